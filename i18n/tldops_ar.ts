<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="101"/>
        <source>Coverage over the editions</source>
        <translation>التغطية عبر الإصدارات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="114"/>
        <source>%1 editions; coverage in %2: %3</source>
        <translation>عدد الإصدارات: %1؛ التغطية في ⁨%2⁩: %3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="120"/>
        <location filename="../tldops_desktop/gui/community.py" line="167"/>
        <source>No editions yet</source>
        <translation>لا توجد إصدارات بعد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="203"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="61"/>
        <source>TLD-OPS Desktop: internal error</source>
        <translation>خطأ داخلي في TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="66"/>
        <source>Something went wrong inside TLD-OPS Desktop. This is a bug, not something you did. Your contacts database was not changed by this error. You can keep working; if the window misbehaves, restart the app.</source>
        <translation>حدث خطأ داخل TLD-OPS Desktop. هذا خلل برمجي في التطبيق، وليس بسبب أي إجراء قمت به. لم يُغيِّر هذا الخطأ قاعدة بيانات جهات الاتصال. يمكنك مواصلة العمل؛ وإذا لم تعمل النافذة كما ينبغي، فأعد تشغيل التطبيق.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="74"/>
        <source>The details were written to {path}.</source>
        <translation>كُتبت التفاصيل في ⁨{path}⁩.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="76"/>
        <source>The details could not be written to a log file.</source>
        <translation>تعذّرت كتابة التفاصيل في ملف سجل.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="85"/>
        <source>Error details</source>
        <translation>تفاصيل الخطأ</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="89"/>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="120"/>
        <source>Member details</source>
        <translation>تفاصيل العضو</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="167"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="175"/>
        <source>Copy all</source>
        <translation>نسخ الكل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="176"/>
        <source>Copy every contact of this member as plain text</source>
        <translation>نسخ جميع جهات اتصال هذا العضو كنص عادي</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="177"/>
        <source>Copy all contacts</source>
        <translation>نسخ جميع جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="180"/>
        <source>Monitoring tools</source>
        <translation>أدوات المراقبة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="184"/>
        <source>Monitoring tools for this ccTLD</source>
        <translation>أدوات مراقبة نطاق ccTLD هذا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="193"/>
        <source>This member lists no contacts.</source>
        <translation>لم يُدرج هذا العضو أي جهة اتصال.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="203"/>
        <source>all contacts of %1</source>
        <translation>جميع جهات اتصال ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="220"/>
        <source>region %1</source>
        <translation>المنطقة %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="223"/>
        <source>region %1 (from the ccTLD table, not the email)</source>
        <translation>المنطقة %1 (من جدول ccTLD، لا من الرسالة)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="235"/>
        <source>Select a member to see its contacts.</source>
        <translation>اختر عضوًا لعرض جهات اتصاله.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="262"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="262"/>
        <source>changed</source>
        <translation>مُعدَّل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="266"/>
        <source>Changed in the latest edition</source>
        <translation>تغيّر في أحدث إصدار</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="276"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="278"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="280"/>
        <source>This does not look like an email address; check it.</source>
        <translation>لا يبدو هذا عنوان بريد إلكتروني صحيحًا؛ تحقّق منه.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="285"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="291"/>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="297"/>
        <source>Could not be read as an international number; dial as written.</source>
        <translation>تعذّرت قراءته كرقم دولي؛ اطلبه كما هو مكتوب.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="350"/>
        <source>%1 of the %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="351"/>
        <location filename="../tldops_desktop/gui/detail.py" line="352"/>
        <source>Copy %1</source>
        <translation>نسخ %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="54"/>
        <source>Export contacts as vCards</source>
        <translation>تصدير جهات الاتصال كبطاقات vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="65"/>
        <source>Which members</source>
        <translation>الأعضاء المشمولون</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="70"/>
        <source>&amp;Selected member ({members} members, {contacts} contacts)</source>
        <translation>&amp;العضو المحدد (الأعضاء: {members}، جهات الاتصال: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="73"/>
        <source>Current search &amp;results ({members} members, {contacts} contacts)</source>
        <translation>&amp;نتائج البحث الحالية (الأعضاء: {members}، جهات الاتصال: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="75"/>
        <source>&amp;All members ({members} members, {contacts} contacts)</source>
        <translation>&amp;كل الأعضاء (الأعضاء: {members}، جهات الاتصال: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="94"/>
        <source>vCard 3.0 (most phones and address books)</source>
        <translation>vCard 3.0 (معظم الهواتف ودفاتر العناوين)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="95"/>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="96"/>
        <source>vCard version</source>
        <translation>نسخة vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="97"/>
        <source>&amp;Format:</source>
        <translation>&amp;تنسيق:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="98"/>
        <source>One &amp;file with every contact</source>
        <translation>&amp;ملف واحد يضم كل جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="99"/>
        <source>One file &amp;per contact, in a folder</source>
        <translation>ملف منفصل &amp;لكل جهة اتصال، داخل مجلد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="104"/>
        <source>Files:</source>
        <translation>الملفات:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="105"/>
        <source>Put the &amp;ccTLD before names (“.de Anna Jansen”)</source>
        <translation>وضع &amp;ccTLD قبل الأسماء («⁨.de Anna Jansen⁩»)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="107"/>
        <source>Makes TLD-OPS contacts easy to find and tell apart in a phone&apos;s list.</source>
        <translation>يسهّل العثور على جهات اتصال TLD-OPS وتمييزها في قائمة جهات الاتصال بالهاتف.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="117"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="153"/>
        <source>Folder for the vCard files</source>
        <translation>مجلد ملفات vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="158"/>
        <source>Save the vCards</source>
        <translation>حفظ بطاقات vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="160"/>
        <source>vCard files (*.vcf)</source>
        <translation>ملفات vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="184"/>
        <source>{contacts} contact(s) written to {target}.</source>
        <translation>عدد جهات الاتصال المكتوبة في ⁨{target}⁩: {contacts}.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="52"/>
        <source>Edition history</source>
        <translation>سجل الإصدارات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="62"/>
        <source>Editions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="65"/>
        <source>Edition</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="66"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="67"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="68"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="69"/>
        <source>Trusted</source>
        <translation>موثوق</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="70"/>
        <source>Current</source>
        <translation>الحالي</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="88"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="88"/>
        <source>no — not from the list</source>
        <translation>لا — لم يصل عبر القائمة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="89"/>
        <source>current</source>
        <translation>الحالي</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="106"/>
        <source>Older edition</source>
        <translation>الإصدار الأقدم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="108"/>
        <source>Newer edition</source>
        <translation>الإصدار الأحدث</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="110"/>
        <source>(untrusted)</source>
        <translation>(غير موثوق)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="113"/>
        <source>Changes &amp;from</source>
        <translation>التغييرات &amp;من</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="115"/>
        <source>&amp;to</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="128"/>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="131"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="131"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="131"/>
        <source>Old</source>
        <translation>القديم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="131"/>
        <source>New</source>
        <translation>الجديد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="186"/>
        <source>Import a second edition to see what changed from one month to the next.</source>
        <translation>استورد إصدارًا ثانيًا لترى ما تغيّر من شهر إلى آخر.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="188"/>
        <source>Choose two editions.</source>
        <translation>اختر إصدارين.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="192"/>
        <source>Choose two different editions.</source>
        <translation>اختر إصدارين مختلفين.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="196"/>
        <source>This edition is no longer in the database.</source>
        <translation>لم يعد هذا الإصدار موجودًا في قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="208"/>
        <source>No changes from {old} to {new}.</source>
        <translation>لا تغييرات من ⁨{old}⁩ إلى ⁨{new}⁩.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="215"/>
        <source>From {old} to {new}: {joined} member(s) joined, {left} left, {changed} changed ({contacts} contact change(s)).</source>
        <translation>من ⁨{old}⁩ إلى ⁨{new}⁩: الأعضاء المنضمون: {joined}، المغادرون: {left}، المعدَّلون: {changed} (تغييرات جهات الاتصال: {contacts}).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="227"/>
        <source>Joined</source>
        <translation>المنضمون</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="228"/>
        <source>Left</source>
        <translation>المغادرون</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="229"/>
        <source>Changed</source>
        <translation>المعدَّلون</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="268"/>
        <source>Contact added</source>
        <translation>أُضيفت جهة اتصال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="278"/>
        <source>Contact removed</source>
        <translation>أُزيلت جهة اتصال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="287"/>
        <source>Contact changed: {name}</source>
        <translation>تغيّرت جهة اتصال: ⁨{name}⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="308"/>
        <source>position</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="309"/>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="310"/>
        <source>email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="311"/>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="312"/>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="313"/>
        <source>region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="325"/>
        <source>{count} contact(s)</source>
        <translation>جهات الاتصال: {count}</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="46"/>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="61"/>
        <source>Looking for repository emails in {count} location(s)…</source>
        <translation>جارٍ البحث عن رسائل المستودع في المواقع المحددة ({count})…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="69"/>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="71"/>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="75"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="105"/>
        <source>Cancelling… nothing will be stored.</source>
        <translation>جارٍ الإلغاء… لن يُخزَّن أي شيء.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="129"/>
        <source>{scanned} of {total}</source>
        <translation>{scanned} من {total}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="137"/>
        <source>{size} · {messages} messages · {editions} edition(s) found</source>
        <translation>{size} · الرسائل: {messages} · الإصدارات التي عُثر عليها: {editions}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="81"/>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="98"/>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="97"/>
        <source>What</source>
        <translation>البند</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="97"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="107"/>
        <source>Import anyway…</source>
        <translation>استيراد على أي حال…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="121"/>
        <source>The import stopped: {error}</source>
        <translation>توقّف الاستيراد: ⁨{error}⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="128"/>
        <source>Editions added</source>
        <translation>الإصدارات المضافة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="130"/>
        <source>Already present</source>
        <translation>موجودة مسبقًا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="134"/>
        <source>Not sent through the TLD-OPS list</source>
        <translation>لم تُرسَل عبر قائمة TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="138"/>
        <source>imported as untrusted; </source>
        <translation>استُورد كغير موثوق؛ </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="148"/>
        <source>Conflicts (same edition, different content)</source>
        <translation>التعارضات (الإصدار نفسه بمحتوى مختلف)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="153"/>
        <source>{source}: differs from the copy already stored ({existing}); the stored copy was kept</source>
        <translation>⁨{source}⁩: يختلف عن النسخة المخزَّنة مسبقًا (⁨{existing}⁩)؛ أُبقي على النسخة المخزَّنة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="164"/>
        <source>Lines not understood</source>
        <translation>أسطر تعذّر تفسيرها</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="167"/>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="180"/>
        <source>{stamp}, line {line}</source>
        <translation>⁨{stamp}⁩، السطر {line}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="177"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="190"/>
        <source>Problems</source>
        <translation>مشكلات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="199"/>
        <source>{count} edition(s) did not come through the TLD-OPS list and were not imported. Anyone can send an email that looks like the repository.</source>
        <translation>عدد الإصدارات التي لم تصل عبر قائمة TLD-OPS ولم تُستورَد: {count}. يمكن لأي شخص أن يرسل رسالة تشبه رسالة المستودع.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="212"/>
        <source>Scanned {messages} messages ({size}); found {found} edition(s): {added} added, {present} already present.</source>
        <translation>الرسائل المفحوصة: {messages} ({size})؛ الإصدارات التي عُثر عليها: {found}، منها {added} مضافة و{present} موجودة مسبقًا.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="222"/>
        <source>This was a trial run: nothing was stored.</source>
        <translation>كان هذا تشغيلًا تجريبيًا: لم يُخزَّن أي شيء.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="225"/>
        <source>No repository email was found. Choose the mailbox or the saved email whose subject is “TLD-OPS Incident Response Community Repository &lt;…&gt;”.</source>
        <translation>لم يُعثر على أي رسالة مستودع. اختر صندوق البريد أو الرسالة المحفوظة التي عنوانها «⁨TLD-OPS Incident Response Community Repository &lt;…&gt;⁩».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="265"/>
        <source>Import untrusted editions?</source>
        <translation>استيراد إصدارات غير موثوقة؟</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="268"/>
        <source>These editions were not sent through the TLD-OPS mailing list. Anyone can send an email that looks like the repository, with false phone numbers or addresses.</source>
        <translation>لم تُرسَل هذه الإصدارات عبر القائمة البريدية لـ TLD-OPS. يمكن لأي شخص أن يرسل رسالة تشبه رسالة المستودع، بأرقام هواتف أو عناوين مزيّفة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="274"/>
        <source>Import them only if you know where they came from. They are stored marked as untrusted and never become the current edition while a trusted one exists.</source>
        <translation>لا تستوردها إلا إذا كنت تعرف مصدرها. تُخزَّن موسومةً بأنها غير موثوقة، ولا تصبح الإصدار الحالي أبدًا ما دام هناك إصدار موثوق.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="279"/>
        <source>Import anyway</source>
        <translation>استيراد على أي حال</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="167"/>
        <source>&amp;Import file…</source>
        <translation>&amp;استيراد ملف…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="171"/>
        <source>Import a saved repository email or an mbox file</source>
        <translation>استيراد رسالة مستودع محفوظة أو ملف mbox</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="175"/>
        <source>Import &amp;folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="179"/>
        <source>Import a mail folder (Maildir, MH or a folder of .eml files)</source>
        <translation>استيراد مجلد بريد (Maildir أو MH أو مجلد ملفات ⁨.eml⁩)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="183"/>
        <source>&amp;Export vCards…</source>
        <translation>&amp;تصدير بطاقات vCard…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="187"/>
        <source>Export contacts as vCards for a phone</source>
        <translation>تصدير جهات الاتصال كبطاقات vCard إلى هاتف</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="191"/>
        <source>&amp;Print emergency sheet…</source>
        <translation>&amp;طباعة ورقة الطوارئ…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="195"/>
        <source>Print the contacts shown, for the paper copy</source>
        <translation>طباعة جهات الاتصال المعروضة للحصول على نسخة ورقية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="199"/>
        <source>Save sheet as P&amp;DF…</source>
        <translation>حفظ الورقة بصيغة P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="203"/>
        <source>Save the emergency sheet of the contacts shown as a PDF</source>
        <translation>حفظ ورقة الطوارئ لجهات الاتصال المعروضة بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="207"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="212"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="215"/>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="219"/>
        <source>Go to the search field</source>
        <translation>الانتقال إلى حقل البحث</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="223"/>
        <source>&amp;History…</source>
        <translation>ال&amp;سجل…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="227"/>
        <source>Editions and what changed between them</source>
        <translation>الإصدارات وما تغيّر بينها</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="230"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="234"/>
        <source>&amp;Copy all</source>
        <translation>&amp;نسخ الكل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="238"/>
        <source>Copy every contact of the selected member as plain text</source>
        <translation>نسخ جميع جهات اتصال العضو المحدد كنص عادي</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="242"/>
        <source>Show &amp;QR code…</source>
        <translation>عرض رمز &amp;QR…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="246"/>
        <source>Show a contact as a QR code to scan with a phone</source>
        <translation>عرض جهة اتصال كرمز QR لمسحه بالهاتف</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="250"/>
        <source>&amp;Monitoring tools…</source>
        <translation>&amp;أدوات المراقبة…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="254"/>
        <source>Open a monitoring tool for the selected ccTLD in the browser</source>
        <translation>فتح أداة مراقبة لنطاق ccTLD المحدد في المتصفح</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="258"/>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="262"/>
        <source>Hide the contacts until unlocked again</source>
        <translation>إخفاء جهات الاتصال حتى يُفتح القفل مجددًا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="266"/>
        <source>&amp;About TLD-OPS Desktop</source>
        <translation>&amp;حول TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="278"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="286"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="288"/>
        <source>&amp;Member</source>
        <translation>&amp;العضو</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="290"/>
        <source>Monitoring &amp;tools</source>
        <translation>أدوات ال&amp;مراقبة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="296"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="301"/>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="331"/>
        <source>Freshness warning</source>
        <translation>تحذير من قِدم البيانات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="332"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="333"/>
        <source>Import the latest monthly email</source>
        <translation>استيراد أحدث رسالة شهرية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="344"/>
        <source>Search ccTLD, country, name, email or phone (Ctrl+F)</source>
        <translation>ابحث عن ccTLD أو بلد أو اسم أو بريد إلكتروني أو هاتف (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="348"/>
        <source>Search members</source>
        <translation>البحث في الأعضاء</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="351"/>
        <source>Type a ccTLD, country, name, email or phone digits; Up and Down move in the list, Enter shows the contacts, Escape clears</source>
        <translation>اكتب ccTLD أو بلدًا أو اسمًا أو بريدًا إلكترونيًا أو أرقام هاتف؛ يتنقّل السهمان لأعلى ولأسفل في القائمة، ويعرض Enter جهات الاتصال، ويمسح Escape البحث</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="364"/>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="367"/>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="589"/>
        <source>Unknown region</source>
        <translation>منطقة غير معروفة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="368"/>
        <source>Region filter</source>
        <translation>تصفية حسب المنطقة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="369"/>
        <source>Show the members of one ICANN region</source>
        <translation>عرض أعضاء منطقة واحدة من مناطق ICANN</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="373"/>
        <source>Number of results</source>
        <translation>عدد النتائج</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="385"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="429"/>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="963"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="431"/>
        <source>The contacts are hidden because the window was left without input.</source>
        <translation>جهات الاتصال مخفية لأن النافذة تُركت دون أي إدخال.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="435"/>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="437"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="449"/>
        <source>Current edition</source>
        <translation>الإصدار الحالي</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="451"/>
        <source>Members and contacts</source>
        <translation>الأعضاء وجهات الاتصال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="453"/>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="508"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="510"/>
        <source>(demo)</source>
        <translation>(تجريبي)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="512"/>
        <source>edition %1</source>
        <translation>الإصدار ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="521"/>
        <source>Bold: changed since %1</source>
        <translation>الخط العريض: تغيّر منذ ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="526"/>
        <source>No contacts yet</source>
        <translation>لا توجد جهات اتصال بعد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="530"/>
        <source>Edition %1</source>
        <translation>الإصدار ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="534"/>
        <source>NOT sent through the list</source>
        <translation>لم يُرسَل عبر القائمة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="536"/>
        <source>demo data, invented people</source>
        <translation>بيانات تجريبية، أشخاص وهميون</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="539"/>
        <source>%1 members · %2 contacts</source>
        <translation>الأعضاء: %1 · جهات الاتصال: %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="553"/>
        <source>Contacts from %1: import the latest monthly email</source>
        <translation>جهات الاتصال تعود إلى ⁨%1⁩: استورد أحدث رسالة شهرية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="591"/>
        <source>%1 members</source>
        <translation>الأعضاء: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="593"/>
        <source>No match</source>
        <translation>لا توجد نتائج</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="596"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="718"/>
        <source>Copied %1; the clipboard is cleared in %2 s.</source>
        <translation>نُسخ %1؛ ستُمسح الحافظة بعد %2 ثانية.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="720"/>
        <source>Copied %1.</source>
        <translation>نُسخ %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="744"/>
        <source>No monitoring tools (see Settings)</source>
        <translation>لا توجد أدوات مراقبة (انظر الإعدادات)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="802"/>
        <source>Import the monthly repository email</source>
        <translation>استيراد رسالة المستودع الشهرية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="804"/>
        <source>Mail files (*.eml *.mbox *.mbx *.msg *.txt);;All files (*)</source>
        <translation>ملفات البريد (*.eml *.mbox *.mbx *.msg *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="811"/>
        <source>Import a mail folder (Maildir, MH or .eml files)</source>
        <translation>استيراد مجلد بريد (Maildir أو MH أو ملفات ⁨.eml⁩)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="932"/>
        <source>About TLD-OPS Desktop</source>
        <translation>حول TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="934"/>
        <source>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;The incident-response contacts of the TLD-OPS member ccTLDs, imported from the monthly repository email and kept encrypted on this computer.&lt;/p&gt;&lt;p&gt;The app never connects to the network: links open in your own mail, phone or browser application, and only when you click them.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;جهات الاتصال للاستجابة للحوادث لدى نطاقات ccTLD الأعضاء في TLD-OPS، مستوردة من رسالة المستودع الشهرية ومحفوظة مشفّرةً على هذا الحاسوب.&lt;/p&gt;&lt;p&gt;لا يتصل التطبيق بالشبكة أبدًا: تُفتح الروابط في تطبيق البريد أو الهاتف أو المتصفح لديك، وفقط عند النقر عليها.&lt;/p&gt;&lt;p&gt;مجلد البيانات: ⁨%2⁩&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="962"/>
        <source>TLD-OPS Desktop (locked)</source>
        <translation>TLD-OPS Desktop (مقفل)</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="112"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="113"/>
        <source>A-label</source>
        <translation>A-label</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="114"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="115"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="116"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="120"/>
        <source>ICANN region; %1 marks a region taken from the ccTLD table, not from the email</source>
        <translation>منطقة ICANN؛ العلامة %1 تدل على منطقة مأخوذة من جدول ccTLD، لا من الرسالة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="179"/>
        <source>The email gives no region; %1 comes from the ccTLD table.</source>
        <translation>لا تذكر الرسالة أي منطقة؛ المنطقة %1 مأخوذة من جدول ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="182"/>
        <source>No region known</source>
        <translation>لا توجد منطقة معروفة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="184"/>
        <source>%1 changed in the latest edition</source>
        <translation>تغيّرت بيانات ⁨%1⁩ في أحدث إصدار</translation>
    </message>
</context>
<context>
    <name>NonMembersDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="227"/>
        <source>ccTLDs not in TLD-OPS yet</source>
        <translation>نطاقات ccTLD غير المنضمة إلى TLD-OPS بعد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="245"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="246"/>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="249"/>
        <source>&amp;Region</source>
        <translation>&amp;المنطقة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="257"/>
        <source>ccTLDs that are not members</source>
        <translation>نطاقات ccTLD غير الأعضاء</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="259"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="259"/>
        <source>Country or territory</source>
        <translation>البلد أو الإقليم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="272"/>
        <source>A ccTLD joins TLD-OPS when its IANA administrative contact asks the ccNSO Secretariat. If you know one of these ccTLDs, invite them; until then, their administrative contact in the IANA root zone database is the fallback.</source>
        <translation>ينضم نطاق ccTLD إلى TLD-OPS عندما تطلب ذلك جهةُ الاتصال الإدارية الخاصة به لدى IANA من أمانة ccNSO. إذا كنت تعرف أحد هذه النطاقات فادعُه إلى الانضمام؛ وإلى أن يحدث ذلك، تبقى جهة الاتصال الإدارية الخاصة به في قاعدة بيانات منطقة الجذر لدى IANA هي البديل.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="280"/>
        <source>Coverage over the editions imported</source>
        <translation>التغطية عبر الإصدارات المستوردة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="288"/>
        <source>Open &amp;IANA page</source>
        <translation>فتح صفحة &amp;IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="291"/>
        <source>The ccTLD&apos;s record in the IANA root zone database, in your web browser</source>
        <translation>سجل نطاق ccTLD في قاعدة بيانات منطقة الجذر لدى IANA، في متصفح الويب</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="293"/>
        <source>Prepare &amp;join request…</source>
        <translation>إعداد طلب &amp;انضمام…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="308"/>
        <source>Africa</source>
        <translation>أفريقيا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="309"/>
        <source>Asia Pacific</source>
        <translation>آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="310"/>
        <source>Europe</source>
        <translation>أوروبا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="311"/>
        <source>Latin America and Caribbean</source>
        <translation>أمريكا اللاتينية والكاريبي</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="312"/>
        <source>North America</source>
        <translation>أمريكا الشمالية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="332"/>
        <source>There are no editions yet. Import a repository email first.</source>
        <translation>لا توجد إصدارات بعد. استورد رسالة مستودع أولًا.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="339"/>
        <source>Edition %1: %2 of %3 delegated ccTLDs are members (%4); %5 are not yet.</source>
        <translation>الإصدار ⁨%1⁩: %2 من أصل %3 من نطاقات ccTLD المفوَّضة أعضاء (%4)؛ و%5 ليست أعضاء بعد.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="354"/>
        <source>%1 — %2 of %3 are members (%4); %5 not yet</source>
        <translation>%1 — %2 من أصل %3 أعضاء (%4)؛ %5 ليست أعضاء بعد</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="90"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="91"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="92"/>
        <source>Repeat the new passphrase</source>
        <translation>أعد كتابة عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="94"/>
        <source>&amp;Current passphrase:</source>
        <translation>عبارة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="96"/>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="97"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;أعد الكتابة:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="102"/>
        <source>A passphrase cannot be recovered: if it is forgotten, the contacts must be imported again from the monthly emails.</source>
        <translation>لا يمكن استعادة عبارة المرور: إذا نُسيت، فيجب استيراد جهات الاتصال مجددًا من الرسائل الشهرية.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="133"/>
        <source>Type the current passphrase.</source>
        <translation>اكتب عبارة المرور الحالية.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="136"/>
        <source>Type a new passphrase.</source>
        <translation>اكتب عبارة مرور جديدة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="139"/>
        <source>The two new passphrases differ.</source>
        <translation>عبارتا المرور الجديدتان مختلفتان.</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="203"/>
        <source>QR code: {name}</source>
        <translation>رمز QR: ⁨{name}⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="207"/>
        <source>Point the phone&apos;s camera at the code to add {name} ({cctld}) as a contact.</source>
        <translation>وجّه كاميرا الهاتف نحو الرمز لإضافة ⁨{name}⁩ (⁨{cctld}⁩) كجهة اتصال.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="216"/>
        <source>QR code of {name}</source>
        <translation>رمز QR لـ ⁨{name}⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="224"/>
        <source>&amp;Save as PNG or SVG…</source>
        <translation>&amp;حفظ بصيغة PNG أو SVG…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="250"/>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="250"/>
        <source>SVG image (*.svg)</source>
        <translation>صورة SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="252"/>
        <source>Save the QR code</source>
        <translation>حفظ رمز QR</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="485"/>
        <source>The request goes to the ccNSO Secretariat and must be sent by, or copied to, the ccTLD&apos;s administrative contact in the IANA root zone database. This application sends nothing: the email opens in your mail client, or is saved as an .eml file to send later. The email itself is in English, as the Secretariat expects.</source>
        <translation>يُرسَل الطلب إلى أمانة ccNSO، ويجب أن ترسله جهة الاتصال الإدارية لنطاق ccTLD في قاعدة بيانات منطقة الجذر لدى IANA، أو أن تكون في نسخة منه. لا يرسل هذا التطبيق أي شيء: تُفتح الرسالة في عميل البريد لديك، أو تُحفظ كملف ⁨.eml⁩ لإرسالها لاحقًا. الرسالة نفسها باللغة الإنجليزية، كما تتوقع الأمانة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="498"/>
        <source>Join TLD-OPS</source>
        <translation>الانضمام إلى TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="499"/>
        <source>Update the contacts of a member</source>
        <translation>تحديث جهات اتصال عضو</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="500"/>
        <source>&amp;Request</source>
        <translation>&amp;الطلب</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="503"/>
        <source>.de, .рф, xn--p1ai</source>
        <translation>.de, .рф, xn--p1ai</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="504"/>
        <source>cc&amp;TLD</source>
        <translation>cc&amp;TLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="512"/>
        <source>Contact 1 (primary)</source>
        <translation>جهة الاتصال 1 (الأساسية)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="512"/>
        <source>Contact 2 (secondary)</source>
        <translation>جهة الاتصال 2 (الثانوية)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="513"/>
        <source>Contact 3</source>
        <translation>جهة الاتصال 3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="520"/>
        <source>+&lt;country code&gt; &lt;number&gt;</source>
        <translation>+&lt;رمز الدولة&gt; &lt;الرقم&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="521"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="522"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="523"/>
        <source>Mobile phone</source>
        <translation>الهاتف المحمول</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="531"/>
        <source>IANA administrative contact</source>
        <translation>جهة الاتصال الإدارية لدى IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="532"/>
        <source>Look up at IANA</source>
        <translation>البحث لدى IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="535"/>
        <source>Open the ccTLD&apos;s record in the IANA root zone database in your browser</source>
        <translation>فتح سجل نطاق ccTLD في قاعدة بيانات منطقة الجذر لدى IANA في المتصفح</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="540"/>
        <source>IANA &amp;administrative contact</source>
        <translation>&amp;جهة الاتصال الإدارية لدى IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="545"/>
        <source>Your &amp;name (signature)</source>
        <translation>ا&amp;سمك (التوقيع)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="555"/>
        <source>&amp;Fill from current edition</source>
        <translation>&amp;ملء من الإصدار الحالي</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="557"/>
        <source>&amp;Open in mail client</source>
        <translation>&amp;فتح في عميل البريد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="560"/>
        <source>&amp;Save as .eml…</source>
        <translation>&amp;حفظ كملف ⁨.eml⁩…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="622"/>
        <source>Request to join TLD-OPS</source>
        <translation>طلب الانضمام إلى TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="624"/>
        <source>Update TLD-OPS contacts</source>
        <translation>تحديث جهات اتصال TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="637"/>
        <source>Not a ccTLD label.</source>
        <translation>ليست تسمية ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="639"/>
        <source>Not a delegated ccTLD.</source>
        <translation>ليس نطاق ccTLD مفوَّضًا.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="644"/>
        <source>%1: a member as of edition %2.</source>
        <translation>%1: عضو بحسب الإصدار ⁨%2⁩.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="650"/>
        <source>%1: not a member as of edition %2.</source>
        <translation>%1: ليس عضوًا بحسب الإصدار ⁨%2⁩.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="677"/>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="684"/>
        <source>Choose join or update.</source>
        <translation>اختر الانضمام أو التحديث.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="685"/>
        <source>“%1” is not a ccTLD (try .de, .рф or xn--p1ai).</source>
        <translation>«⁨%1⁩» ليس نطاق ccTLD (جرّب ⁨.de⁩ أو ⁨.рф⁩ أو ⁨xn--p1ai⁩).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="686"/>
        <source>%1 is not a delegated ccTLD.</source>
        <translation>⁨%1⁩ ليس نطاق ccTLD مفوَّضًا.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="687"/>
        <source>.%1 is already a member: choose Update.</source>
        <translation>⁨.%1⁩ عضو بالفعل: اختر «تحديث جهات اتصال عضو».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="688"/>
        <source>.%1 is not a member yet: choose Join.</source>
        <translation>⁨.%1⁩ ليس عضوًا بعد: اختر «الانضمام إلى TLD-OPS».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="689"/>
        <source>Give at least one contact.</source>
        <translation>أدخل جهة اتصال واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="690"/>
        <source>TLD-OPS takes at most three contacts.</source>
        <translation>يقبل TLD-OPS ثلاث جهات اتصال على الأكثر.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="691"/>
        <source>The name is missing.</source>
        <translation>الاسم مفقود.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="692"/>
        <source>The name has control characters.</source>
        <translation>يحتوي الاسم على محارف تحكّم.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="693"/>
        <source>The email address is missing.</source>
        <translation>عنوان البريد الإلكتروني مفقود.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="694"/>
        <location filename="../tldops_desktop/gui/community.py" line="704"/>
        <source>“%1” is not an email address.</source>
        <translation>«⁨%1⁩» ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="695"/>
        <source>%1 is given for two contacts.</source>
        <translation>أُدخل ⁨%1⁩ لجهتَي اتصال.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="696"/>
        <source>The mobile phone number is missing.</source>
        <translation>رقم الهاتف المحمول مفقود.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="698"/>
        <source>“%1” is not a valid phone number: write it as +&lt;country code&gt; &lt;number&gt;.</source>
        <translation>«⁨%1⁩» ليس رقم هاتف صالحًا: اكتبه بالصيغة +&lt;رمز الدولة&gt; &lt;الرقم&gt;.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="700"/>
        <source>“%1” does not look like a mobile number.</source>
        <translation>«⁨%1⁩» لا يبدو رقم هاتف محمول.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="702"/>
        <source>Give the IANA administrative contact&apos;s email address: it is copied.</source>
        <translation>أدخل عنوان البريد الإلكتروني لجهة الاتصال الإدارية لدى IANA: ستتلقى نسخة من الرسالة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="709"/>
        <source>Contact %1: %2</source>
        <translation>جهة الاتصال %1: %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="750"/>
        <source>Save the request</source>
        <translation>حفظ الطلب</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="750"/>
        <source>Email message (*.eml)</source>
        <translation>رسالة بريد إلكتروني (*.eml)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="163"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="173"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="174"/>
        <source>Trusted list</source>
        <translation>القائمة الموثوقة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="175"/>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="261"/>
        <source>Monitoring tools</source>
        <translation>أدوات المراقبة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="176"/>
        <source>Data and key</source>
        <translation>البيانات والمفتاح</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="197"/>
        <source>System</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="202"/>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="203"/>
        <source>A new language applies after a restart.</source>
        <translation>تُطبَّق اللغة الجديدة بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="206"/>
        <source> s</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="207"/>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="214"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="209"/>
        <source>Clear the clipboard after</source>
        <translation>مسح الحافظة بعد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="210"/>
        <source>Clear copied values &amp;after:</source>
        <translation>مسح القيم المنسوخة &amp;بعد:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="213"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="216"/>
        <source>Lock after minutes without input</source>
        <translation>القفل بعد دقائق دون إدخال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="217"/>
        <source>L&amp;ock after no input for:</source>
        <translation>&amp;قفل عند عدم الإدخال لمدة:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="225"/>
        <source>An edition is trusted only when it came through this mailing list. Change these only if the TLD-OPS list itself moves.</source>
        <translation>لا يُعدّ الإصدار موثوقًا إلا إذا وصل عبر هذه القائمة البريدية. لا تغيّر هذه القيم إلا إذا انتقلت قائمة TLD-OPS نفسها.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="235"/>
        <source>List-&amp;Id:</source>
        <translation>List-&amp;Id:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="236"/>
        <source>List &amp;address:</source>
        <translation>&amp;عنوان القائمة:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="237"/>
        <source>&amp;Bounce address (Sender):</source>
        <translation>عنوان &amp;الارتداد (Sender):</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="239"/>
        <source>&amp;Reset to the TLD-OPS list</source>
        <translation>&amp;إعادة التعيين إلى قائمة TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="250"/>
        <source>Web tools offered for the selected ccTLD; {tld} stands for it. They open in your browser only when you choose one.</source>
        <translation>أدوات ويب متاحة لنطاق ccTLD المحدد، ويمثّله ⁨{tld}⁩. لا تُفتح في المتصفح إلا عندما تختار إحداها.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="257"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="257"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="266"/>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="267"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="268"/>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="269"/>
        <source>Reset to &amp;defaults</source>
        <translation>&amp;استعادة الإعدادات الافتراضية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="284"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="285"/>
        <source>&amp;Open folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="290"/>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="293"/>
        <source>Database key:</source>
        <translation>مفتاح قاعدة البيانات:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="296"/>
        <source>Keep the key in the system &amp;keyring…</source>
        <translation>حفظ المفتاح في &amp;حلقة مفاتيح النظام…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="330"/>
        <source>New tool</source>
        <translation>أداة جديدة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="372"/>
        <source>Monitoring tool {row}: give it a name and a web address (https://…) containing {{tld}}.</source>
        <translation>أداة المراقبة {row}: أدخل لها اسمًا وعنوان ويب (https://…) يحتوي على ⁨{{tld}}⁩.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="389"/>
        <source>kept in the system keyring: the contacts open without a passphrase.</source>
        <translation>محفوظ في حلقة مفاتيح النظام: تُفتح جهات الاتصال دون عبارة مرور.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="391"/>
        <source>a passphrase, asked for at every start.</source>
        <translation>عبارة مرور تُطلب عند كل تشغيل.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="393"/>
        <source>open the contacts to change how they are protected.</source>
        <translation>افتح جهات الاتصال لتغيير طريقة حمايتها.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="398"/>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="400"/>
        <source>Use a &amp;passphrase…</source>
        <translation>استخدام &amp;عبارة مرور…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="405"/>
        <source>Keep the key in the system keyring</source>
        <translation>حفظ المفتاح في حلقة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="416"/>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="416"/>
        <source>Protect with a passphrase</source>
        <translation>الحماية بعبارة مرور</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="438"/>
        <source>The database key was changed.</source>
        <translation>تم تغيير مفتاح قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="461"/>
        <source>The List-Id and both addresses are needed to recognise the list.</source>
        <translation>يلزم List-Id والعنوانان كلاهما للتعرّف على القائمة.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="48"/>
        <source>Protect the TLD-OPS contacts</source>
        <translation>حماية جهات اتصال TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="48"/>
        <source>Unlock TLD-OPS</source>
        <translation>فتح قفل TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="53"/>
        <source>No system keyring is available to keep the database key. Choose a passphrase for the new contacts database in {folder}. It cannot be recovered: if you forget it, import the repository emails again into a new data folder.</source>
        <translation>لا تتوفر حلقة مفاتيح نظام لحفظ مفتاح قاعدة البيانات. اختر عبارة مرور لقاعدة بيانات جهات الاتصال الجديدة في ⁨{folder}⁩. لا يمكن استعادتها: إذا نسيتها، فاستورد رسائل المستودع مجددًا إلى مجلد بيانات جديد.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="59"/>
        <source>The contacts database in {folder} is protected by a passphrase. Type it to open the contacts.</source>
        <translation>قاعدة بيانات جهات الاتصال في ⁨{folder}⁩ محمية بعبارة مرور. اكتبها لفتح جهات الاتصال.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="69"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="70"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="74"/>
        <source>Repeat the passphrase</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="76"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;أعد الكتابة:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="85"/>
        <source>Unlock problem</source>
        <translation>مشكلة في فتح القفل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="91"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="91"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="107"/>
        <source>Type the passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="110"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>عبارتا المرور مختلفتان. اكتب عبارة المرور نفسها مرتين.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="135"/>
        <source>This passphrase does not open the database. Check it (Caps Lock?) and try again.</source>
        <translation>عبارة المرور هذه لا تفتح قاعدة البيانات. تحقّق منها (هل Caps Lock مفعَّل؟) وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="156"/>
        <source>The passphrase given in the environment (TLDOPS_PASSPHRASE or its file) does not open the database. Type the passphrase.</source>
        <translation>عبارة المرور المعطاة في البيئة (TLDOPS_PASSPHRASE أو ملفها) لا تفتح قاعدة البيانات. اكتب عبارة المرور.</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="40"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="19"/>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="23"/>
        <source>TLD-OPS Desktop logo</source>
        <translation>شعار TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="25"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="34"/>
        <source>The incident-response contacts of every TLD-OPS member ccTLD, on this computer, encrypted, and usable without a network.

To begin, import the latest monthly repository email: a saved .eml file, or your mailbox (mbox, Maildir or MH folder). You can also drop it onto this window.</source>
        <translation>جهات الاتصال للاستجابة للحوادث لدى كل نطاقات ccTLD الأعضاء في TLD-OPS، على هذا الحاسوب، مشفّرةً، وقابلة للاستخدام دون اتصال بالشبكة.

للبدء، استورد أحدث رسالة مستودع شهرية: ملف ⁨.eml⁩ محفوظًا، أو صندوق بريدك (ملف mbox أو مجلد Maildir أو MH). يمكنك أيضًا إفلاتها على هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="47"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="52"/>
        <source>Import the latest monthly email</source>
        <translation>استيراد أحدث رسالة شهرية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="55"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="61"/>
        <source>Try demo data</source>
        <translation>تجربة البيانات التجريبية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="59"/>
        <source>Invented contacts, kept apart from your real data, to try the app</source>
        <translation>جهات اتصال وهمية، منفصلة عن بياناتك الحقيقية، لتجربة التطبيق</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="64"/>
        <source>Data folder: %1</source>
        <translation>مجلد البيانات: ⁨%1⁩</translation>
    </message>
</context>
</TS>
