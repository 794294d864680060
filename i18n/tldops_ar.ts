<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="41"/>
        <source>Coverage over the editions</source>
        <translation>التغطية عبر الإصدارات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="55"/>
        <source>%1 editions; coverage in %2: %3</source>
        <translation>عدد الإصدارات: %1؛ التغطية في ⁨%2⁩: %3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="61"/>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="137"/>
        <source>No editions yet</source>
        <translation>لا توجد إصدارات بعد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="176"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="153"/>
        <source>TLD-OPS Desktop: internal error</source>
        <translation>خطأ داخلي في TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="158"/>
        <source>Something went wrong inside TLD-OPS Desktop. This is a bug, not something you did. Your contacts database was not changed by this error. You can keep working; if the window misbehaves, restart the app.</source>
        <translation>حدث خطأ داخل TLD-OPS Desktop. هذا خلل برمجي في التطبيق، وليس بسبب أي إجراء قمت به. لم يُغيِّر هذا الخطأ قاعدة بيانات جهات الاتصال. يمكنك مواصلة العمل؛ وإذا لم تعمل النافذة كما ينبغي، فأعد تشغيل التطبيق.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="166"/>
        <source>The details were written to {path}.</source>
        <translation>كُتبت التفاصيل في ⁨{path}⁩.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="168"/>
        <source>The details could not be written to a log file.</source>
        <translation>تعذّرت كتابة التفاصيل في ملف سجل.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="177"/>
        <source>Error details</source>
        <translation>تفاصيل الخطأ</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="181"/>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="343"/>
        <source>Member details</source>
        <translation>تفاصيل العضو</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="445"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="457"/>
        <source>NOT sent through the TLD-OPS list: these contacts may be false. Check them another way before you trust them.</source>
        <translation>لم يُرسَل عبر قائمة TLD-OPS: قد تكون جهات الاتصال هذه زائفة. تحقّق منها بطريقة أخرى قبل أن تثق بها.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="464"/>
        <source>Trust warning</source>
        <translation>تحذير الثقة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="468"/>
        <location filename="../tldops_desktop/gui/detail.py" line="558"/>
        <location filename="../tldops_desktop/gui/detail.py" line="562"/>
        <source>Copy all</source>
        <translation>نسخ الكل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="469"/>
        <source>Copy every contact of this member as plain text</source>
        <translation>نسخ جميع جهات اتصال هذا العضو كنص عادي</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="470"/>
        <source>Copy all contacts</source>
        <translation>نسخ جميع جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="474"/>
        <location filename="../tldops_desktop/gui/detail.py" line="559"/>
        <location filename="../tldops_desktop/gui/detail.py" line="563"/>
        <location filename="../tldops_desktop/gui/detail.py" line="564"/>
        <source>Monitoring tools</source>
        <translation>أدوات المراقبة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="475"/>
        <source>Monitoring tools for this ccTLD</source>
        <translation>أدوات مراقبة نطاق ccTLD هذا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="485"/>
        <source>This member lists no contacts.</source>
        <translation>لم يُدرج هذا العضو أي جهة اتصال.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="500"/>
        <source>all contacts of %1</source>
        <translation>جميع جهات اتصال ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="518"/>
        <source>Former member: {tld} left TLD-OPS in edition {left}. These are its last known contacts, from edition {stamp}; they may be out of date.</source>
        <translation>عضو سابق: غادر ⁨{tld}⁩ TLD-OPS في الإصدار ⁨{left}⁩. هذه آخر جهات اتصال معروفة له، من الإصدار ⁨{stamp}⁩؛ وقد تكون قديمة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="537"/>
        <source>region %1</source>
        <translation>المنطقة %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="540"/>
        <source>region %1 (from the ccTLD table, not the email)</source>
        <translation>المنطقة %1 (من جدول ccTLD، لا من الرسالة)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="573"/>
        <source>Select a member to see its contacts.</source>
        <translation>اختر عضوًا لعرض جهات اتصاله.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="634"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="634"/>
        <source>changed</source>
        <translation>مُعدَّل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="638"/>
        <source>Changed in the latest edition</source>
        <translation>تغيّر في أحدث إصدار</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="211"/>
        <location filename="../tldops_desktop/gui/detail.py" line="648"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="157"/>
        <location filename="../tldops_desktop/gui/detail.py" line="212"/>
        <location filename="../tldops_desktop/gui/detail.py" line="651"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="653"/>
        <source>This does not look like an email address; check it.</source>
        <translation>لا يبدو هذا عنوان بريد إلكتروني صحيحًا؛ تحقّق منه.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="158"/>
        <location filename="../tldops_desktop/gui/detail.py" line="213"/>
        <location filename="../tldops_desktop/gui/detail.py" line="672"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="78"/>
        <source>Primary contact</source>
        <translation>جهة الاتصال الأساسية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="79"/>
        <source>Secondary contact</source>
        <translation>جهة الاتصال الثانوية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="80"/>
        <source>Third contact</source>
        <translation>جهة الاتصال الثالثة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="83"/>
        <source>Contact #%1</source>
        <translation>جهة الاتصال رقم %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="111"/>
        <source>{number} ext. {extension}</source>
        <translation>{number} (تحويلة {extension})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="140"/>
        <source>inferred</source>
        <translation>مُستنتَجة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="151"/>
        <source>TLD-OPS repository edition %1</source>
        <translation>إصدار مستودع TLD-OPS ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="180"/>
        <source>WARNING: this edition was NOT sent through the TLD-OPS list; its contacts may be false. Check them another way before you trust them.</source>
        <translation>تحذير: هذا الإصدار لم يُرسَل عبر قائمة TLD-OPS، وقد تكون جهات الاتصال فيه زائفة. تحقّق منها بطريقة أخرى قبل أن تثق بها.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="207"/>
        <source>New contact in the latest edition.</source>
        <translation>جهة اتصال جديدة في أحدث إصدار.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="208"/>
        <source>Changed in the latest edition:</source>
        <translation>التغييرات في أحدث إصدار:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="210"/>
        <source>Position</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="218"/>
        <source>%1: %2 %3 %4</source>
        <translation>%1: %2 %3 %4</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="609"/>
        <source>Show the %1 as a QR code</source>
        <translation>إظهار %1 كرمز QR</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="676"/>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="678"/>
        <source>Could not be read as an international number; dial as written.</source>
        <translation>تعذّرت قراءته كرقم دولي؛ اطلبه كما هو مكتوب.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="176"/>
        <source>none listed</source>
        <translation>غير مُدرَج</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="737"/>
        <source>%1 of the %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="739"/>
        <location filename="../tldops_desktop/gui/detail.py" line="740"/>
        <source>Copy %1</source>
        <translation>نسخ %1</translation>
    </message>
</context>
<context>
    <name>EditionBanners</name>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="40"/>
        <source>Freshness warning</source>
        <translation>تحذير من قِدم البيانات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="41"/>
        <source>Import the latest monthly email</source>
        <translation>استيراد أحدث رسالة شهرية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="49"/>
        <source>These contacts come from an edition NOT sent through the TLD-OPS list: they may be false. Check a number another way before you use it, and import the list&apos;s own email.</source>
        <translation>جهات الاتصال هذه مأخوذة من إصدار لم يُرسَل عبر قائمة TLD-OPS: قد تكون زائفة. تحقّق من أي رقم بطريقة أخرى قبل استخدامه، واستورد رسالة القائمة نفسها.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="55"/>
        <source>Trust warning</source>
        <translation>تحذير الثقة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="56"/>
        <source>Import the list&apos;s own monthly email</source>
        <translation>استيراد الرسالة الشهرية الصادرة عن القائمة نفسها</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="60"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="89"/>
        <source>Read only: the data folder %1 cannot be written (a read-only disk?). Search, copy, QR codes and export work; importing is off until it can be written again.</source>
        <translation>للقراءة فقط: لا يمكن الكتابة في مجلد البيانات %1 (قرص للقراءة فقط؟). البحث والنسخ ورموز QR والتصدير تعمل؛ الاستيراد معطل حتى تصبح الكتابة ممكنة من جديد.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="94"/>
        <source>Contacts from %1.</source>
        <translation>جهات اتصال بتاريخ %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="99"/>
        <source>Contacts from %1: import the latest monthly email</source>
        <translation>جهات الاتصال تعود إلى ⁨%1⁩: استورد أحدث رسالة شهرية</translation>
    </message>
</context>
<context>
    <name>EmergencySheet</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="128"/>
        <source>(no contacts listed)</source>
        <translation>(لا توجد جهات اتصال مُدرَجة)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="188"/>
        <source>TLD-OPS incident response contacts</source>
        <translation>جهات اتصال الاستجابة للحوادث في TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="191"/>
        <source>Edition {stamp} of {date} · members: {members} · contacts: {contacts}</source>
        <translation>الإصدار ⁨{stamp}⁩ بتاريخ ⁨{date}⁩ · الأعضاء: {members} · جهات الاتصال: {contacts}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="201"/>
        <source>UNTRUSTED: not sent through the TLD-OPS list</source>
        <translation>غير موثوق: لم يُرسَل عبر قائمة TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="210"/>
        <source>Only {shown} of {total} members: {scope}.</source>
        <translation>فقط {shown} من أصل {total} عضوًا: {scope}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="216"/>
        <source>those a search showed</source>
        <translation>من أظهرهم البحث</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="224"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="225"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="226"/>
        <source>Position</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="227"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="228"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="229"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="256"/>
        <source>Printed {date} — destroy when superseded by a newer edition · page {page} of {pages}</source>
        <translation>طُبعت في ⁨{date}⁩ — أتلِفها عند صدور إصدار أحدث · الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="311"/>
        <source>primary</source>
        <translation>أساسية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="312"/>
        <source>secondary</source>
        <translation>ثانوية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="313"/>
        <source>third</source>
        <translation>ثالثة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="335"/>
        <source>The sheet could not be printed: the printer or file refused it.</source>
        <translation>تعذّرت طباعة الورقة: رفضتها الطابعة أو الملف.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="381"/>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="448"/>
        <source>TLD-OPS contacts, edition {stamp}</source>
        <translation>جهات اتصال TLD-OPS، الإصدار ⁨{stamp}⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="412"/>
        <source>Save the emergency sheet as PDF</source>
        <translation>حفظ ورقة الطوارئ بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="414"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="453"/>
        <source>Print the emergency sheet</source>
        <translation>طباعة ورقة الطوارئ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="66"/>
        <source>Export contacts as vCards</source>
        <translation>تصدير جهات الاتصال كبطاقات vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="77"/>
        <source>Which members</source>
        <translation>الأعضاء المشمولون</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="83"/>
        <source>&amp;Selected member (members: {members}, contacts: {contacts})</source>
        <translation>ال&amp;عضو المحدد (الأعضاء: {members}، جهات الاتصال: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="86"/>
        <source>Current search &amp;results (members: {members}, contacts: {contacts})</source>
        <translation>&amp;نتائج البحث الحالية (الأعضاء: {members}، جهات الاتصال: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="88"/>
        <source>&amp;All members (members: {members}, contacts: {contacts})</source>
        <translation>&amp;كل الأعضاء (الأعضاء: {members}، جهات الاتصال: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="107"/>
        <source>vCard 3.0 (most phones and address books)</source>
        <translation>vCard 3.0 (معظم الهواتف ودفاتر العناوين)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="108"/>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="109"/>
        <source>vCard version</source>
        <translation>نسخة vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="110"/>
        <source>&amp;Format:</source>
        <translation>&amp;تنسيق:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="111"/>
        <source>&amp;One file with every contact</source>
        <translation>&amp;ملف واحد يضم كل جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="112"/>
        <source>One file &amp;per contact, in a folder</source>
        <translation>ملف منفصل &amp;لكل جهة اتصال، داخل مجلد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="117"/>
        <source>Files:</source>
        <translation>الملفات:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="118"/>
        <source>Put the &amp;ccTLD before names (“.de Anna Jansen”)</source>
        <translation>وضع &amp;ccTLD قبل الأسماء («⁨.de Anna Jansen⁩»)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="120"/>
        <source>Makes TLD-OPS contacts easy to find and tell apart in a phone&apos;s list.</source>
        <translation>يسهّل العثور على جهات اتصال TLD-OPS وتمييزها في قائمة جهات الاتصال بالهاتف.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="132"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="170"/>
        <source>Folder for the vCard files</source>
        <translation>مجلد ملفات vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="175"/>
        <source>Save the vCards</source>
        <translation>حفظ بطاقات vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="177"/>
        <source>vCard files (*.vcf)</source>
        <translation>ملفات vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="199"/>
        <source>Contacts written to {target}: {contacts}.</source>
        <translation>جهات الاتصال المكتوبة في {target}: {contacts}.</translation>
    </message>
</context>
<context>
    <name>FindMailDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="110"/>
        <source>Find my mail</source>
        <translation>البحث عن بريدي</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="123"/>
        <source>Tick the mailbox where the monthly TLD-OPS repository email arrives: usually your inbox, or the folder your mail filters move the list&apos;s messages to. Nothing is read until you click Import. The mailboxes you import are remembered and checked for new editions each time the app starts.</source>
        <translation>حدّد صندوق البريد الذي تصل إليه رسالة مستودع TLD-OPS الشهرية: عادةً صندوق الوارد، أو المجلد الذي تنقل إليه عوامل تصفية البريد رسائل القائمة. لا يُقرأ أي شيء حتى تنقر على «استيراد». يحفظ التطبيق صناديق البريد التي تستورد منها، ويتحقّق منها بحثًا عن إصدارات جديدة في كل مرة يبدأ فيها.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="134"/>
        <source>Looking in the usual places of Thunderbird, Evolution, KMail, Claws Mail, Apple Mail and Outlook…</source>
        <translation>جارٍ البحث في المواقع المعتادة لبرامج Thunderbird وEvolution وKMail وClaws Mail وApple Mail وOutlook…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="143"/>
        <source>Looking for mailboxes</source>
        <translation>جارٍ البحث عن صناديق البريد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="151"/>
        <source>Mailboxes found</source>
        <translation>صناديق البريد التي عُثر عليها</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="156"/>
        <source>Mailbox</source>
        <translation>صندوق البريد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="157"/>
        <source>Mail program</source>
        <translation>برنامج البريد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="158"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="159"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="160"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="183"/>
        <source>Remembered mailboxes (checked for new editions)</source>
        <translation>صناديق البريد المحفوظة (يُتحقَّق منها بحثًا عن إصدارات جديدة)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="187"/>
        <source>Remembered mailboxes</source>
        <translation>صناديق البريد المحفوظة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="191"/>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="193"/>
        <source>Stop checking this mailbox (the contacts already imported stay)</source>
        <translation>إيقاف التحقق من صندوق البريد هذا (تبقى جهات الاتصال المستوردة مسبقًا)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="207"/>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="210"/>
        <source>Remember the ticked mailboxes and import the editions in them</source>
        <translation>حفظ صناديق البريد المحددة واستيراد الإصدارات الموجودة فيها</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="214"/>
        <source>Import a &amp;file…</source>
        <translation>استيراد &amp;ملف…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="215"/>
        <source>A saved repository email (.eml) or an mbox file</source>
        <translation>رسالة مستودع محفوظة (⁨.eml⁩) أو ملف mbox</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="216"/>
        <source>Import a f&amp;older…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="217"/>
        <source>A Maildir or MH folder, or a folder of .eml files</source>
        <translation>مجلد Maildir أو MH، أو مجلد ملفات ⁨.eml⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="302"/>
        <source>Remembered</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="324"/>
        <source>No mailbox was found in the usual places of the mail programs. If you know where the monthly email is, import it from here: a saved email or an mbox file with Import a file…, a mail folder with Import a folder…</source>
        <translation>لم يُعثر على أي صندوق بريد في المواقع المعتادة لبرامج البريد. إذا كنت تعرف مكان الرسالة الشهرية، فاستوردها من هنا: رسالة محفوظة أو ملف mbox عبر «استيراد ملف…»، أو مجلد بريد عبر «استيراد مجلد…»</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="331"/>
        <source>Found 1 mailbox. Tick it, then click Import.</source>
        <translation>عُثر على صندوق بريد واحد. حدّده، ثم انقر على «استيراد».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="333"/>
        <source>Found %1 mailboxes. Tick the ones to use, then click Import.</source>
        <translation>عدد صناديق البريد التي عُثر عليها: %1. حدّد ما تريد استخدامه منها، ثم انقر على «استيراد».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="336"/>
        <source>No mailbox found here can be read as it is: see below for what to do.</source>
        <translation>لا يمكن قراءة أي من صناديق البريد التي عُثر عليها هنا كما هي: انظر أدناه لمعرفة ما يجب فعله.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="354"/>
        <source>Not readable: export needed</source>
        <translation>غير قابل للقراءة: يلزم التصدير</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="356"/>
        <source>Needs the Outlook add-on</source>
        <translation>يتطلب الإضافة الخاصة بـ Outlook</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="362"/>
        <source>Outlook for Mac keeps mail in its own database, which this app cannot read. Drag the monthly repository emails from Outlook into a folder (they become .eml files) and import that folder.</source>
        <translation>يحفظ Outlook for Mac البريد في قاعدة بيانات خاصة به لا يستطيع هذا التطبيق قراءتها. اسحب رسائل المستودع الشهرية من Outlook إلى مجلد (فتصبح ملفات ⁨.eml⁩) ثم استورد ذلك المجلد.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="368"/>
        <source>Outlook data files (.pst, .ost) need the optional Outlook support: pip install &apos;tldops-desktop[outlook]&apos;. Without it, drag the emails out of Outlook into a folder and import that folder.</source>
        <translation>تحتاج ملفات بيانات Outlook (⁨.pst⁩ و⁨.ost⁩) إلى دعم Outlook الاختياري: ⁨pip install &apos;tldops-desktop[outlook]&apos;⁩. ومن دونه، اسحب الرسائل من Outlook إلى مجلد ثم استورد ذلك المجلد.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="445"/>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="452"/>
        <source>None yet: the mailboxes you import are remembered here.</source>
        <translation>لا يوجد شيء بعد: تُحفَظ هنا صناديق البريد التي تستورد منها.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="71"/>
        <source>Edition history</source>
        <translation>سجل الإصدارات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="82"/>
        <source>Editions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="85"/>
        <source>Edition</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="86"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="87"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="88"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="89"/>
        <source>Trusted</source>
        <translation>موثوق</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="90"/>
        <source>Current</source>
        <translation>الحالي</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="117"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="117"/>
        <source>no — not from the list</source>
        <translation>لا — لم يصل عبر القائمة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="118"/>
        <source>current</source>
        <translation>الحالي</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="148"/>
        <source>Older edition</source>
        <translation>الإصدار الأقدم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="150"/>
        <source>Newer edition</source>
        <translation>الإصدار الأحدث</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="152"/>
        <source>(untrusted)</source>
        <translation>(غير موثوق)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="155"/>
        <source>Changes &amp;from</source>
        <translation>التغييرات &amp;من</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="157"/>
        <source>&amp;to</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="171"/>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>Old</source>
        <translation>القديم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>New</source>
        <translation>الجديد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="285"/>
        <source>Import a second edition to see what changed from one month to the next.</source>
        <translation>استورد إصدارًا ثانيًا لترى ما تغيّر من شهر إلى آخر.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="287"/>
        <source>Choose two editions.</source>
        <translation>اختر إصدارين.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="291"/>
        <source>Choose two different editions.</source>
        <translation>اختر إصدارين مختلفين.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="295"/>
        <source>This edition is no longer in the database.</source>
        <translation>لم يعد هذا الإصدار موجودًا في قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="305"/>
        <source>{cctld}: no change between these two editions.</source>
        <translation>{cctld}: لا تغيير بين هذين الإصدارين.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="317"/>
        <source>No changes from {old} to {new}.</source>
        <translation>لا تغييرات من ⁨{old}⁩ إلى ⁨{new}⁩.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="324"/>
        <source>From {old} to {new}: members joined: {joined}, left: {left}, changed: {changed} (contact changes: {contacts}).</source>
        <translation>من ⁨{old}⁩ إلى ⁨{new}⁩: الأعضاء المنضمون: {joined}، المغادرون: {left}، المعدَّلون: {changed} (تغييرات جهات الاتصال: {contacts}).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="336"/>
        <source>Joined</source>
        <translation>المنضمون</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="337"/>
        <source>Left</source>
        <translation>المغادرون</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="338"/>
        <source>Changed</source>
        <translation>المعدَّلون</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="387"/>
        <source>Contact added</source>
        <translation>أُضيفت جهة اتصال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="397"/>
        <source>Contact removed</source>
        <translation>أُزيلت جهة اتصال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="406"/>
        <source>Contact changed: {name}</source>
        <translation>تغيّرت جهة اتصال: ⁨{name}⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="438"/>
        <source>position</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="439"/>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="440"/>
        <source>email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="441"/>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="442"/>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="443"/>
        <source>region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="459"/>
        <source>1 contact</source>
        <translation>جهة اتصال واحدة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="460"/>
        <source>{count} contacts</source>
        <translation>جهات الاتصال: {count}</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="48"/>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="65"/>
        <source>Looking for repository emails in 1 location…</source>
        <translation>جارٍ البحث عن رسائل المستودع في موقع واحد…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="67"/>
        <source>Looking for repository emails in {count} locations…</source>
        <translation>جارٍ البحث عن رسائل المستودع (عدد المواقع: {count})…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="73"/>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="75"/>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="109"/>
        <source>Cancelling… nothing will be stored.</source>
        <translation>جارٍ الإلغاء… لن يُخزَّن أي شيء.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="138"/>
        <source>All {messages} messages read · reading the editions found: {editions}…</source>
        <translation>قُرئت الرسائل كلها ({messages}) · جارٍ قراءة الإصدارات المعثور عليها: {editions}…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="145"/>
        <source>{scanned} of {total}</source>
        <translation>{scanned} من {total}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="151"/>
        <source>{size} · messages: {messages} · editions found: {editions}</source>
        <translation>⁨{size}⁩ · الرسائل: {messages} · الإصدارات المعثور عليها: {editions}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="48"/>
        <source>it has no List-Id header, so it did not come through a mailing list</source>
        <translation>لا يحتوي على ترويسة List-Id، لذا لم يصل عبر قائمة بريدية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="52"/>
        <source>it came through another mailing list</source>
        <translation>وصل عبر قائمة بريدية أخرى</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="55"/>
        <source>it has no Sender header of the TLD-OPS list server, which the list&apos;s copies carry</source>
        <translation>ليس فيها ترويسة Sender لخادم قائمة TLD-OPS، وهي موجودة في نسخ القائمة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="59"/>
        <source>it was sent by another server than the TLD-OPS list&apos;s</source>
        <translation>أرسله خادم غير خادم قائمة TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="62"/>
        <source>neither its From nor its To is the TLD-OPS list address</source>
        <translation>لا يطابق الحقلُ From ولا الحقلُ To فيه عنوانَ قائمة TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="65"/>
        <source>its edition date is later than the day it was sent: the list sends an edition when it is made</source>
        <translation>تاريخ إصداره لاحق ليوم إرساله: القائمة ترسل الإصدار حين يُعدّ</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="70"/>
        <source>its edition date is more than a week after today: the list sends an edition when it is made</source>
        <translation>تاريخ إصداره يتجاوز اليوم بأكثر من أسبوع: ترسل القائمة الإصدار عند إعداده</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="75"/>
        <source>it was inside a digest that the TLD-OPS list did not send</source>
        <translation>كان داخل ملخّص لم ترسله قائمة TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="80"/>
        <source>unknown reason</source>
        <translation>سبب غير معروف</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="86"/>
        <source>cannot be read</source>
        <translation>تتعذّر قراءته</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="87"/>
        <source>does not exist</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="88"/>
        <source>is a link to a file or folder that does not exist</source>
        <translation>رابط إلى ملف أو مجلد غير موجود</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="91"/>
        <source>is a named pipe, not a file. Save what it gives to a file and import that</source>
        <translation>أنبوب مسمّى وليس ملفًا. احفظ ما يعطيه في ملف واستورد ذلك الملف</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="95"/>
        <source>is not a mailbox or mail file</source>
        <translation>ليس صندوق بريد ولا ملف بريد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="98"/>
        <source>is too large to be an edition</source>
        <translation>أكبر من أن يكون إصدارًا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="101"/>
        <source>has a header block too large to be mail</source>
        <translation>كتلة الترويسات فيه أكبر من أن تكون لرسالة بريد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="104"/>
        <source>is nested too deeply to read</source>
        <translation>متداخل بعمق يتعذّر معه قراءته</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="107"/>
        <source>begins a message that names an edition, run on from the message before it after a “From ” line of a form mail programs do not write: not read. Save that message from your mail program as an .eml file and import that</source>
        <translation>يبدأ رسالة تذكر إصدارًا، ملتصقة بالرسالة التي قبلها بعد سطر “From ” بصيغة لا تكتبها برامج البريد: لم تُقرأ. احفظ تلك الرسالة من برنامج البريد ملفًا ⁨.eml⁩ واستورده</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="113"/>
        <source>ends before its last MIME part is closed, where another message begins in the file (a copy cut short, then another joined to it): read up to there</source>
        <translation>ينتهي قبل إغلاق آخر جزء MIME فيه، حيث تبدأ رسالة أخرى في الملف (نسخة مقطوعة أُلحقت بها رسالة أخرى): قُرئ حتى ذلك الموضع</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="118"/>
        <source>unpacks to far more than its own size, as no mail does (an archive made to fill memory or disk): the rest of it was not read</source>
        <translation>يُفك إلى حجم يفوق حجمه بكثير، وهذا ما لا يفعله أي بريد (أرشيف صُنع لملء الذاكرة أو القرص): لم يُقرأ باقيه</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="123"/>
        <source>holds too many files to look through all of them. Unpack it and import the mail in it</source>
        <translation>يحتوي ملفات أكثر من أن تُفحص كلها. فُكّه واستورد البريد الذي فيه</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="127"/>
        <source>cannot be parsed as mail</source>
        <translation>تتعذّر معالجته كرسالة بريد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="128"/>
        <source>has no readable text</source>
        <translation>لا يحتوي على نص قابل للقراءة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="129"/>
        <source>lists no members</source>
        <translation>لا يُدرج أي عضو</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="130"/>
        <source>has an edition stamp that is not a date</source>
        <translation>يحمل ختم إصدار ليس تاريخًا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="138"/>
        <source>has a text too large to be an edition</source>
        <translation>يحتوي على نص أكبر من أن يكون إصدارًا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="141"/>
        <source>was not imported: part of it is zeroed (NUL bytes, as a crash or a disk fault leaves), so its members&apos; contacts could be mixed up. Import an intact copy</source>
        <translation>لم تُستورد: جزء منها مُصفَّر (بايتات NUL، كما يخلّفها انهيار أو عطل في القرص)، فقد تختلط جهات اتصال أعضائها. استورد نسخة سليمة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="146"/>
        <source>was forwarded in the text of a message, not attached: who wrote it cannot be checked, so it was not imported. Ask for the original as an attachment</source>
        <translation>أُعيد توجيهه داخل نص رسالة، لا كمرفق: لا يمكن التحقق ممن كتبه، لذا لم يُستورد. اطلب النسخة الأصلية كمرفق</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="151"/>
        <source>needs the optional Outlook support</source>
        <translation>يحتاج إلى دعم Outlook الاختياري</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="154"/>
        <source>has only a rich-text (RTF) body; save it as .eml to import it</source>
        <translation>ليس له إلا نص منسق (RTF)؛ احفظه بصيغة ‎.eml‎ لاستيراده</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="157"/>
        <source>has an attached message that Apple Mail keeps apart and has not downloaded. Open the message in Mail, then import again</source>
        <translation>يحتوي على رسالة مرفقة يحتفظ بها Apple Mail منفصلة ولم ينزّلها بعد. افتح الرسالة في Mail، ثم استورد مرة أخرى</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="162"/>
        <source>was not imported: it does not reach the list&apos;s footer and lists fewer members or contacts than the edition before it, as a copy cut short does. Import a complete copy</source>
        <translation>لم تُستورد: لا تصل إلى تذييل القائمة وتضم أعضاء أو جهات اتصال أقل من الإصدار السابق، كما تفعل نسخة مبتورة. استورد نسخة كاملة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="168"/>
        <source>names an edition and lists contacts, but its subject does not begin with the edition&apos;s title (a member&apos;s post, or a mark a mail filter put there): not imported</source>
        <translation>يذكر نسخة ويسرد جهات اتصال، لكن موضوعه لا يبدأ بعنوان النسخة (رسالة من أحد الأعضاء، أو علامة وضعها مرشّح بريد): لم يُستورد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="173"/>
        <source>was not imported: only its first lines were downloaded. In Thunderbird, open it and choose to download the rest of the message</source>
        <translation>لم تُستورد: نُزّلت أسطرها الأولى فقط. في Thunderbird، افتح الرسالة واختر تنزيل بقية الرسالة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="178"/>
        <source>names an edition but is encrypted (S/MIME or PGP), which cannot be read here: not imported. Save the edition from your mail program, decrypted, as an .eml file and import that</source>
        <translation>يسمّي إصدارًا لكنه مشفَّر (S/MIME أو PGP) ولا يمكن قراءته هنا: لم يُستورد. احفظ الإصدار من برنامج البريد، بعد فك تشفيره، ملفًا بصيغة ‎.eml ثم استورد ذلك الملف</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="184"/>
        <source>names an edition but is signed (S/MIME) with a damaged signature, in which the message is carried: not imported. Save the edition from your mail program as an .eml file and import that</source>
        <translation>يسمّي إصدارًا لكنه موقَّع (S/MIME) بتوقيع تالف، والرسالة محمولة داخله: لم يُستورد. احفظ الإصدار من برنامج البريد ملفًا بصيغة ‎.eml ثم استورد ذلك الملف</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="190"/>
        <source>has the edition&apos;s title with a stamp not in angle brackets, as the list never writes it (a mail program or gateway changed the subject, or a forgery): not imported</source>
        <translation>يحمل عنوان الإصدار مع ختم ليس بين قوسين زاويين، كما لا تكتبه القائمة أبدًا (برنامج بريد أو بوابة غيّرا الموضوع، أو تزوير): لم يُستورد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="196"/>
        <source>names an edition and has an attachment in Outlook&apos;s own format (a .msg file or winmail.dat), which cannot be read inside a message: not imported. Open it in Outlook, save the attached message to a folder and import that folder</source>
        <translation>يذكر نسخة وفيه مرفق بصيغة Outlook الخاصة (ملف ‎.msg‎ أو winmail.dat) لا يمكن قراءته داخل رسالة: لم يُستورد. افتحه في Outlook، واحفظ الرسالة المرفقة في مجلد، ثم استورد ذلك المجلد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="224"/>
        <source>a whole copy replaced the one stored, which was cut short (its last members missing): {source}</source>
        <translation>حلّت نسخة كاملة محل النسخة المخزنة التي كانت مبتورة (ينقصها آخر الأعضاء): {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="229"/>
        <source>a copy cut short (its last members missing) was left out: {source}</source>
        <translation>أُهملت نسخة مبتورة (ينقصها آخر الأعضاء): {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="233"/>
        <source>a copy with its names whole replaced the one stored, which had “?” for letters (a plain-text digest): {source}</source>
        <translation>حلّت نسخة أسماؤها كاملة محل النسخة المخزّنة التي كانت فيها «?» مكان بعض الحروف (ملخّص نصي عادي): {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="238"/>
        <source>a copy with “?” for letters of its names (a plain-text digest) was left out: {source}</source>
        <translation>استُبعدت نسخة فيها «?» مكان حروف من أسمائها (ملخّص نصي عادي): {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="242"/>
        <source>the list&apos;s own copy took the place of one imported without the list&apos;s word: {source}</source>
        <translation>حلّت نسخة القائمة نفسها محل نسخة استُوردت دون تأكيد من القائمة: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="246"/>
        <source>the copy you chose took the place of the one stored, which stays on record: {source}</source>
        <translation>حلّت النسخة التي اخترتها محل النسخة المخزّنة، التي تبقى محفوظة في السجل: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="250"/>
        <source>it does not reach the list&apos;s footer, so it may have been cut short: check its last members, or import a complete copy: {source}</source>
        <translation>لا تصل إلى تذييل القائمة، فربما بُترت: تحقّق من أعضائها الأخيرين، أو استورد نسخة كاملة: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="255"/>
        <source>stored as another version of TLD-OPS Desktop read it; its contacts are now as this version reads the same email: {source}</source>
        <translation>مخزَّن كما قرأه إصدار آخر من TLD-OPS Desktop؛ جهات الاتصال فيه الآن كما يقرأ هذا الإصدار الرسالة نفسها: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="271"/>
        <source>the ccTLD&apos;s label and its A-label disagree; the A-label was kept</source>
        <translation>لا يتطابق اسم ccTLD مع تسميته A-label؛ احتُفظ بـ A-label</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="274"/>
        <source>a table column whose cells are not kept (of no kind known, or a second one of a kind): read them in the email</source>
        <translation>عمود جدول لا تُحفظ خلاياه (من نوع غير معروف، أو عمود ثانٍ من النوع نفسه): اقرأها في الرسالة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="279"/>
        <source>its text is not in the character set it declares, so its names were read by a guess: check them</source>
        <translation>نصّها ليس بمجموعة المحارف التي تعلنها، فقُرئت أسماؤها بالتخمين: تحقّق منها</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="284"/>
        <source>its text names no character set, so its names were read by a guess: check them</source>
        <translation>نصّه لا يذكر أي مجموعة محارف، فقُرئت الأسماء فيه بالتخمين: تحقّق منها</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="288"/>
        <source>its text was read in the wrong character set on its way and sent on so (“JosÃ©” for “José”); its names were read back as written: check them</source>
        <translation>قُرئ نصّه بمجموعة محارف خاطئة في الطريق ثم أُعيد إرساله كذلك («JosÃ©» بدلًا من «José»)؛ فأُعيدت قراءة الأسماء فيه كما كُتبت: تحقّق منها</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="293"/>
        <source>not an email address (kept as written)</source>
        <translation>ليس عنوان بريد إلكتروني (محفوظ كما كُتب)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="296"/>
        <source>no number to dial could be read (kept as written)</source>
        <translation>تعذرت قراءة رقم للاتصال (محفوظ كما كُتب)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="299"/>
        <source>a contact without this field</source>
        <translation>جهة اتصال بلا هذا الحقل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="302"/>
        <source>no region given (the app shows the usual one, marked)</source>
        <translation>لم تُذكر منطقة (يعرض التطبيق المنطقة المعتادة مع علامة)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="305"/>
        <source>the ccTLD is listed twice; every contact was kept</source>
        <translation>ورد ccTLD مرتين؛ احتُفظ بكل جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="308"/>
        <source>a member without contacts</source>
        <translation>عضو بلا جهات اتصال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="311"/>
        <source>the same contact written again for the member: kept once</source>
        <translation>جهة الاتصال نفسها مكتوبة مرة أخرى للعضو: احتُفظ بها مرة واحدة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="314"/>
        <source>a contact whose every field is a placeholder (such as “—” or “TBD”): not kept</source>
        <translation>جهة اتصال كل حقولها عناصر نائبة (مثل “—” أو “TBD”): لم يُحتفظ بها</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="318"/>
        <source>more than three contacts (all kept)</source>
        <translation>أكثر من ثلاث جهات اتصال (احتُفظ بها كلها)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="321"/>
        <source>letters of this name were lost on the way (written as “?”, as a plain-text digest does): import the list&apos;s own copy</source>
        <translation>فُقدت حروف من هذا الاسم في الطريق (كُتبت «?» كما يفعل الملخّص النصي العادي): استورد نسخة القائمة نفسها</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="326"/>
        <source>two contacts of the member give this position (both kept, in the order written)</source>
        <translation>جهتا اتصال لدى العضو تذكران هذا الترتيب (احتُفظ بكلتيهما بترتيب ورودهما)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="342"/>
        <source>an unknown field</source>
        <translation>حقل غير معروف</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="343"/>
        <source>a field outside any member&apos;s contact</source>
        <translation>حقل خارج جهات اتصال أي عضو</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="346"/>
        <source>a table row that does not fit the table&apos;s columns</source>
        <translation>صف جدول لا يطابق أعمدة الجدول</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="349"/>
        <source>not a ccTLD that can be read</source>
        <translation>ليس ccTLD يمكن قراءته</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="352"/>
        <source>text among the data</source>
        <translation>نص بين البيانات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="353"/>
        <source>a note among the members; read it</source>
        <translation>ملاحظة بين الأعضاء؛ اقرأها</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="390"/>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="412"/>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="411"/>
        <source>What</source>
        <translation>البند</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="411"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="428"/>
        <source>Import anyway…</source>
        <translation>استيراد على أي حال…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="432"/>
        <source>Keep this copy instead…</source>
        <translation>الاحتفاظ بهذه النسخة بدلًا منها…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="435"/>
        <source>Store the selected conflicting copy in place of the one kept</source>
        <translation>خزّن النسخة المتعارضة المحددة محل النسخة المحتفَظ بها</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="466"/>
        <source>The import stopped: {error}</source>
        <translation>توقّف الاستيراد: ⁨{error}⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="472"/>
        <source>Editions added</source>
        <translation>الإصدارات المضافة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="474"/>
        <source>Already present</source>
        <translation>موجودة مسبقًا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="478"/>
        <source>Not sent through the TLD-OPS list</source>
        <translation>لم تُرسَل عبر قائمة TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="542"/>
        <source>Where the import stopped</source>
        <translation>أين توقف الاستيراد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="564"/>
        <source>{stamp}, HTML line {line}</source>
        <translation>⁨{stamp}⁩، السطر {line} من شيفرة HTML</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="573"/>
        <source>already stored as a trusted edition; this copy changes nothing; </source>
        <translation>محفوظ من قبل كإصدار موثوق؛ هذه النسخة لا تغيّر شيئًا؛ </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="574"/>
        <source>imported as untrusted; </source>
        <translation>استُورد كغير موثوق؛ </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="492"/>
        <source>Conflicts (same edition, different content)</source>
        <translation>التعارضات (الإصدار نفسه بمحتوى مختلف)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="497"/>
        <source>{source}: differs from the copy already stored ({existing}); the stored copy was kept</source>
        <translation>⁨{source}⁩: يختلف عن النسخة المخزَّنة مسبقًا (⁨{existing}⁩)؛ أُبقي على النسخة المخزَّنة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="515"/>
        <source>Lines not understood</source>
        <translation>أسطر تعذّر تفسيرها</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="566"/>
        <source>{stamp}, line {line}</source>
        <translation>⁨{stamp}⁩، السطر {line}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="526"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="537"/>
        <source>Problems</source>
        <translation>مشكلات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="550"/>
        <source>1 edition did not come through the TLD-OPS list and was not imported. Anyone can send an email that looks like the repository.</source>
        <translation>إصدار واحد لم يصل عبر قائمة TLD-OPS ولم يُستورد. يمكن لأي شخص أن يرسل بريدًا يشبه المستودع.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="555"/>
        <source>{count} editions did not come through the TLD-OPS list and were not imported. Anyone can send an email that looks like the repository.</source>
        <translation>إصدارات لم تصل عبر قائمة TLD-OPS ولم تُستورد: {count}. يمكن لأي شخص أن يرسل بريدًا يشبه المستودع.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="581"/>
        <source>Backup</source>
        <translation>النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="582"/>
        <source>the backup taken before an import could not be written: nothing was stored</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية التي تُؤخذ قبل الاستيراد: لم يُحفظ شيء</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="585"/>
        <source>Mail read</source>
        <translation>البريد المقروء</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="586"/>
        <source>every edition above is stored, but the mail read is not remembered: the next import reads it again</source>
        <translation>حُفظت كل الإصدارات أعلاه، لكن البريد المقروء لم يُسجَّل: سيقرؤه الاستيراد التالي من جديد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="591"/>
        <source>being written when the import stopped: not stored</source>
        <translation>كان قيد الكتابة عندما توقف الاستيراد: لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="593"/>
        <source>written with it, then undone: not stored</source>
        <translation>كُتب معه ثم أُلغي: لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="597"/>
        <source>not examined: not stored by this import</source>
        <translation>لم يُفحص: لم يحفظه هذا الاستيراد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="216"/>
        <source>{problem} (technical detail: {detail})</source>
        <translation>{problem} (تفصيل تقني: {detail})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="133"/>
        <source>may have been cut short (its mail file ends mid-line, before the list&apos;s footer): not imported. Import a complete copy</source>
        <translation>ربما قُطعت (ينتهي ملف بريدها في منتصف سطر، قبل تذييل القائمة): لم تُستورد. استورد نسخة كاملة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="608"/>
        <source>Scanned 1 message ({size}).</source>
        <translation>فُحصت رسالة واحدة (⁨{size}⁩).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="610"/>
        <source>Scanned {count} messages ({size}).</source>
        <translation>الرسائل المفحوصة: {count} (⁨{size}⁩).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="612"/>
        <source>Found 1 edition: {added} added, {present} already present.</source>
        <translation>عُثر على إصدار واحد: المضاف {added}، والموجود مسبقًا {present}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="614"/>
        <source>Found {count} editions: {added} added, {present} already present.</source>
        <translation>الإصدارات المعثور عليها: {count}؛ المضاف {added}، والموجود مسبقًا {present}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="630"/>
        <source>This was a trial run: nothing was stored.</source>
        <translation>كان هذا تشغيلًا تجريبيًا: لم يُخزَّن أي شيء.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="633"/>
        <source>No repository email was found. Choose the mailbox or the saved email whose subject is “TLD-OPS Incident Response Community Repository &lt;…&gt;”.</source>
        <translation>لم يُعثر على أي رسالة مستودع. اختر صندوق البريد أو الرسالة المحفوظة التي عنوانها «⁨TLD-OPS Incident Response Community Repository &lt;…&gt;⁩».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="644"/>
        <source>1 edition was not imported: it was not sent through the TLD-OPS list.</source>
        <translation>إصدار واحد لم يُستورد: لم يُرسَل عبر قائمة TLD-OPS.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="647"/>
        <source>%Ln editions were not imported: they were not sent through the TLD-OPS list.</source>
        <translation>
            <numerusform>الإصدارات التي لم تُستورد لأنها لم تُرسَل عبر قائمة TLD-OPS: %Ln.</numerusform>
            <numerusform>الإصدارات التي لم تُستورد لأنها لم تُرسَل عبر قائمة TLD-OPS: %Ln.</numerusform>
            <numerusform>الإصدارات التي لم تُستورد لأنها لم تُرسَل عبر قائمة TLD-OPS: %Ln.</numerusform>
            <numerusform>الإصدارات التي لم تُستورد لأنها لم تُرسَل عبر قائمة TLD-OPS: %Ln.</numerusform>
            <numerusform>الإصدارات التي لم تُستورد لأنها لم تُرسَل عبر قائمة TLD-OPS: %Ln.</numerusform>
            <numerusform>الإصدارات التي لم تُستورد لأنها لم تُرسَل عبر قائمة TLD-OPS: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="654"/>
        <source>1 edition was not imported because of a problem (see Problems).</source>
        <translation>إصدار واحد لم يُستورد بسبب مشكلة (انظر «مشكلات»).</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="657"/>
        <source>%Ln editions were not imported because of a problem (see Problems).</source>
        <translation>
            <numerusform>الإصدارات التي لم تُستورد بسبب مشكلة: %Ln (انظر «مشكلات»).</numerusform>
            <numerusform>الإصدارات التي لم تُستورد بسبب مشكلة: %Ln (انظر «مشكلات»).</numerusform>
            <numerusform>الإصدارات التي لم تُستورد بسبب مشكلة: %Ln (انظر «مشكلات»).</numerusform>
            <numerusform>الإصدارات التي لم تُستورد بسبب مشكلة: %Ln (انظر «مشكلات»).</numerusform>
            <numerusform>الإصدارات التي لم تُستورد بسبب مشكلة: %Ln (انظر «مشكلات»).</numerusform>
            <numerusform>الإصدارات التي لم تُستورد بسبب مشكلة: %Ln (انظر «مشكلات»).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="665"/>
        <source>1 copy differs from the edition stored under its date: the stored one was kept.</source>
        <translation>نسخة واحدة تختلف عن الإصدار المخزَّن بتاريخها: أُبقي على المخزَّن.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="670"/>
        <source>%Ln copies differ from the editions stored under their dates: the stored ones were kept.</source>
        <translation>
            <numerusform>النسخ التي تختلف عن الإصدارات المخزَّنة بتواريخها: %Ln؛ أُبقي على المخزَّنة.</numerusform>
            <numerusform>النسخ التي تختلف عن الإصدارات المخزَّنة بتواريخها: %Ln؛ أُبقي على المخزَّنة.</numerusform>
            <numerusform>النسخ التي تختلف عن الإصدارات المخزَّنة بتواريخها: %Ln؛ أُبقي على المخزَّنة.</numerusform>
            <numerusform>النسخ التي تختلف عن الإصدارات المخزَّنة بتواريخها: %Ln؛ أُبقي على المخزَّنة.</numerusform>
            <numerusform>النسخ التي تختلف عن الإصدارات المخزَّنة بتواريخها: %Ln؛ أُبقي على المخزَّنة.</numerusform>
            <numerusform>النسخ التي تختلف عن الإصدارات المخزَّنة بتواريخها: %Ln؛ أُبقي على المخزَّنة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="678"/>
        <source>1 file could not be read as mail.</source>
        <translation>ملف واحد تعذّرت قراءته بريدًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="680"/>
        <source>%Ln files could not be read as mail.</source>
        <translation>
            <numerusform>الملفات التي تعذّرت قراءتها بريدًا: %Ln.</numerusform>
            <numerusform>الملفات التي تعذّرت قراءتها بريدًا: %Ln.</numerusform>
            <numerusform>الملفات التي تعذّرت قراءتها بريدًا: %Ln.</numerusform>
            <numerusform>الملفات التي تعذّرت قراءتها بريدًا: %Ln.</numerusform>
            <numerusform>الملفات التي تعذّرت قراءتها بريدًا: %Ln.</numerusform>
            <numerusform>الملفات التي تعذّرت قراءتها بريدًا: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="684"/>
        <source>1 other problem (see Problems).</source>
        <translation>مشكلة أخرى واحدة (انظر «مشكلات»).</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="686"/>
        <source>%Ln other problems (see Problems).</source>
        <translation>
            <numerusform>مشكلات أخرى: %Ln (انظر «مشكلات»).</numerusform>
            <numerusform>مشكلات أخرى: %Ln (انظر «مشكلات»).</numerusform>
            <numerusform>مشكلات أخرى: %Ln (انظر «مشكلات»).</numerusform>
            <numerusform>مشكلات أخرى: %Ln (انظر «مشكلات»).</numerusform>
            <numerusform>مشكلات أخرى: %Ln (انظر «مشكلات»).</numerusform>
            <numerusform>مشكلات أخرى: %Ln (انظر «مشكلات»).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="695"/>
        <source>Members that differ: {members}.</source>
        <translation>الأعضاء المختلفون: ⁨{members}⁩.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="779"/>
        <source>Keep this copy instead?</source>
        <translation>الاحتفاظ بهذه النسخة بدلًا منها؟</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="782"/>
        <source>Edition {stamp} was found twice, with different contacts. Keep the copy from {source} in place of the one stored?</source>
        <translation>عُثر على الإصدار ⁨{stamp}⁩ مرتين بجهات اتصال مختلفة. هل تريد الاحتفاظ بالنسخة الواردة من ⁨{source}⁩ محل النسخة المخزّنة؟</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="792"/>
        <source>Choose it when you know it is the right one, a correction sent by the list, say. A backup is taken first, and the copy stored now stays on record.</source>
        <translation>اخترها عندما تعلم أنها الصحيحة، كتصحيح أرسلته القائمة مثلًا. تُؤخذ نسخة احتياطية أولًا، وتبقى النسخة المخزّنة الآن محفوظة في السجل.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="798"/>
        <source>Keep this copy</source>
        <translation>الاحتفاظ بهذه النسخة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="834"/>
        <source>Import untrusted editions?</source>
        <translation>استيراد إصدارات غير موثوقة؟</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="837"/>
        <source>These editions were not sent through the TLD-OPS mailing list. Anyone can send an email that looks like the repository, with false phone numbers or addresses.</source>
        <translation>لم تُرسَل هذه الإصدارات عبر القائمة البريدية لـ TLD-OPS. يمكن لأي شخص أن يرسل رسالة تشبه رسالة المستودع، بأرقام هواتف أو عناوين مزيّفة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="843"/>
        <source>Import them only if you know where they came from. They are stored marked as untrusted and never become the current edition while a trusted one exists; with none stored, the newest is shown under a red warning.</source>
        <translation>لا تستوردها إلا إذا كنت تعرف مصدرها. تُخزَّن موسومة بأنها غير موثوقة ولا تصبح الإصدار الحالي ما دام يوجد إصدار موثوق؛ وإن لم يُخزَّن أي إصدار موثوق، يُعرض أحدثها تحت تحذير أحمر.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="855"/>
        <source>Import anyway</source>
        <translation>استيراد على أي حال</translation>
    </message>
</context>
<context>
    <name>KeyringWait</name>
    <message>
        <location filename="../tldops_desktop/gui/workers.py" line="43"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/workers.py" line="45"/>
        <source>Waiting for the system keyring to give the key of the contacts. If your desktop shows a prompt to unlock the keyring, answer it.</source>
        <translation>في انتظار أن تعطي حلقة مفاتيح النظام مفتاح جهات الاتصال. إذا عرض سطح المكتب طلبًا لفتح قفل حلقة المفاتيح، فأجب عنه.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/workers.py" line="51"/>
        <source>Stop waiting</source>
        <translation>إيقاف الانتظار</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="16"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="18"/>
        <source>The contacts are hidden because the window was left without input.</source>
        <translation>جهات الاتصال مخفية لأن النافذة تُركت دون أي إدخال.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="25"/>
        <source>Anyone at this computer can unlock it: the key of the contacts is kept by the system (its keyring, or the environment), so no passphrase is asked. Lock the computer itself when you leave it.</source>
        <translation>يمكن لأي شخص على هذا الحاسوب فتح القفل: مفتاح جهات الاتصال يحفظه النظام (في حلقة المفاتيح أو في البيئة)، فلا تُطلب عبارة مرور. اقفل الحاسوب نفسه عندما تغادره.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="33"/>
        <location filename="../tldops_desktop/gui/locked_page.py" line="36"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="205"/>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="207"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="253"/>
        <source>Search ccTLD, country, name, email or phone (Ctrl+F)</source>
        <translation>ابحث عن ccTLD أو بلد أو اسم أو بريد إلكتروني أو هاتف (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="258"/>
        <source>Search members</source>
        <translation>البحث في الأعضاء</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="261"/>
        <source>Type a ccTLD, country, name, email or phone digits; Up and Down move in the list, Enter shows the contacts, Escape clears</source>
        <translation>اكتب ccTLD أو بلدًا أو اسمًا أو بريدًا إلكترونيًا أو أرقام هاتف؛ يتنقّل السهمان لأعلى ولأسفل في القائمة، ويعرض Enter جهات الاتصال، ويمسح Escape البحث</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="274"/>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="277"/>
        <source>Unknown region</source>
        <translation>منطقة غير معروفة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="278"/>
        <source>Region filter</source>
        <translation>تصفية حسب المنطقة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="279"/>
        <source>Show the members of one ICANN region</source>
        <translation>عرض أعضاء منطقة واحدة من مناطق ICANN</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1218"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1184"/>
        <source>The contacts are hidden because the window was left without input.</source>
        <translation>جهات الاتصال مخفية لأن النافذة تُركت دون أي إدخال.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="329"/>
        <source>Current edition</source>
        <translation>الإصدار الحالي</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="331"/>
        <source>Members and contacts</source>
        <translation>الأعضاء وجهات الاتصال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="333"/>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="370"/>
        <source>The contacts are closed. Unlock them to see them again.</source>
        <translation>جهات الاتصال مغلقة. افتح قفلها لتراها مجددًا.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="482"/>
        <source>Already checking the remembered mailboxes for new editions.</source>
        <translation>يجري بالفعل التحقق من صناديق البريد المحفوظة بحثًا عن إصدارات جديدة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1032"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="582"/>
        <source>(NOT sent through the list)</source>
        <translation>(لم يُرسَل عبر القائمة)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="587"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="584"/>
        <source>(demo)</source>
        <translation>(تجريبي)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="580"/>
        <source>edition %1</source>
        <translation>الإصدار ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="595"/>
        <source>Bold: changed since %1</source>
        <translation>الخط العريض: تغيّر منذ ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="600"/>
        <source>No contacts yet</source>
        <translation>لا توجد جهات اتصال بعد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="604"/>
        <source>Edition %1</source>
        <translation>الإصدار ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="608"/>
        <source>NOT sent through the list</source>
        <translation>لم يُرسَل عبر القائمة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="610"/>
        <source>demo data, invented people</source>
        <translation>بيانات تجريبية، أشخاص وهميون</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="614"/>
        <source>%1 members · %2 contacts</source>
        <translation>الأعضاء: %1 · جهات الاتصال: %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="893"/>
        <source>Mail files (*.eml *.mbox *.mbx *.msg *.txt *.zip *.tgz *.tar *.gz *.bz2 *.xz);;All files (*)</source>
        <translation>ملفات البريد (*.eml *.mbox *.mbx *.msg *.txt *.zip *.tgz *.tar *.gz *.bz2 *.xz);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1028"/>
        <source>the search “%1”</source>
        <translation>البحث «%1»</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1031"/>
        <source>region %1</source>
        <translation>المنطقة %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1275"/>
        <source>Read only: nothing can be imported into this data folder.</source>
        <translation>للقراءة فقط: لا يمكن استيراد أي شيء إلى مجلد البيانات هذا.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="770"/>
        <source>Copied %1; the clipboard is cleared in %2 s.</source>
        <translation>نُسخ %1؛ ستُمسح الحافظة بعد %2 ثانية.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="772"/>
        <source>Copied %1.</source>
        <translation>نُسخ %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="784"/>
        <source>the phone number of the %1</source>
        <translation>رقم هاتف %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="785"/>
        <source>Nothing copied: the %1 lists no phone number.</source>
        <translation>لم يُنسخ شيء: لا رقم هاتف لدى %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="791"/>
        <source>the email address of the %1</source>
        <translation>عنوان البريد الإلكتروني (%1)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="792"/>
        <source>Nothing copied: the %1 lists no email address.</source>
        <translation>لم يُنسخ شيء: لا عنوان بريد إلكتروني لدى %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="830"/>
        <source>No monitoring tools (see Settings)</source>
        <translation>لا توجد أدوات مراقبة (انظر الإعدادات)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="890"/>
        <source>Import the monthly repository email</source>
        <translation>استيراد رسالة المستودع الشهرية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="902"/>
        <source>Import a mail folder (Maildir, MH or .eml files)</source>
        <translation>استيراد مجلد بريد (Maildir أو MH أو ملفات ⁨.eml⁩)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="927"/>
        <source>Import cancelled: the contacts are as they were.</source>
        <translation>أُلغي الاستيراد: بقيت جهات الاتصال كما كانت.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1097"/>
        <source>Backup restored</source>
        <translation>تمت استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1159"/>
        <source>About TLD-OPS Desktop</source>
        <translation>حول TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1161"/>
        <source>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;The incident-response contacts of the TLD-OPS member ccTLDs, imported from the monthly repository email and kept encrypted on this computer.&lt;/p&gt;&lt;p&gt;The app never connects to the network: links open in your own mail, phone or browser application, and only when you click them.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;جهات الاتصال للاستجابة للحوادث لدى نطاقات ccTLD الأعضاء في TLD-OPS، مستوردة من رسالة المستودع الشهرية ومحفوظة مشفّرةً على هذا الحاسوب.&lt;/p&gt;&lt;p&gt;لا يتصل التطبيق بالشبكة أبدًا: تُفتح الروابط في تطبيق البريد أو الهاتف أو المتصفح لديك، وفقط عند النقر عليها.&lt;/p&gt;&lt;p&gt;مجلد البيانات: ⁨%2⁩&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1181"/>
        <source>The contacts are hidden until you unlock the window.</source>
        <translation>جهات الاتصال مخفية حتى تفتح قفل النافذة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1217"/>
        <source>TLD-OPS Desktop (locked)</source>
        <translation>TLD-OPS Desktop (مقفل)</translation>
    </message>
</context>
<context>
    <name>MemberTable</name>
    <message>
        <location filename="../tldops_desktop/gui/member_table.py" line="48"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="128"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="129"/>
        <source>A-label</source>
        <translation>A-label</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="130"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="131"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="132"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="136"/>
        <source>ICANN region; %1 marks a region taken from the ccTLD table, not from the email</source>
        <translation>منطقة ICANN؛ العلامة %1 تدل على منطقة مأخوذة من جدول ccTLD، لا من الرسالة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="178"/>
        <source>%1 (changed in the latest edition)</source>
        <translation>⁨%1⁩ (تغيّر في أحدث إصدار)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="222"/>
        <source>The email gives no region; %1 comes from the ccTLD table.</source>
        <translation>لا تذكر الرسالة أي منطقة؛ المنطقة %1 مأخوذة من جدول ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="225"/>
        <source>No region known</source>
        <translation>لا توجد منطقة معروفة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="227"/>
        <source>%1 changed in the latest edition</source>
        <translation>تغيّرت بيانات ⁨%1⁩ في أحدث إصدار</translation>
    </message>
</context>
<context>
    <name>NewsBanner</name>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="45"/>
        <source>New editions</source>
        <translation>إصدارات جديدة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="60"/>
        <source>Show changes</source>
        <translation>عرض التغييرات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="62"/>
        <source>What changed between the two latest editions</source>
        <translation>ما تغيّر بين آخر إصدارين</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="73"/>
        <source>Review…</source>
        <translation>مراجعة…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="77"/>
        <source>Open the import on the mailboxes where they were found: see who sent them, and import them only if you trust them</source>
        <translation>فتح الاستيراد على صناديق البريد التي عُثر عليها فيها: اطّلع على مُرسِليها، ولا تستوردها إلا إذا كنت تثق بها</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="91"/>
        <location filename="../tldops_desktop/gui/news_banner.py" line="92"/>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="109"/>
        <source>New contacts: edition %1, %2</source>
        <translation>جهات اتصال جديدة: الإصدار ⁨%1⁩، %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="118"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="121"/>
        <source>New contacts: edition %1</source>
        <translation>جهات اتصال جديدة: الإصدار ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="129"/>
        <source>1 edition not sent through the list was ignored (%1): it may be forged.</source>
        <translation>جرى تجاهل إصدار واحد لم يُرسَل عبر القائمة (⁨%1⁩): قد يكون مزوَّرًا.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="133"/>
        <source>%2 editions not sent through the list were ignored (%1): they may be forged.</source>
        <translation>عدد الإصدارات التي لم تُرسَل عبر القائمة وجرى تجاهلها: %2 (⁨%1⁩)؛ قد تكون مزوَّرة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="166"/>
        <source>no contact changed</source>
        <translation>لم تتغيّر أي جهة اتصال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="168"/>
        <source>1 contact changed</source>
        <translation>تغيّرت جهة اتصال واحدة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="169"/>
        <source>%1 contacts changed</source>
        <translation>جهات الاتصال المتغيّرة: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="175"/>
        <source>1 member joined</source>
        <translation>انضم عضو واحد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="175"/>
        <source>%1 members joined</source>
        <translation>الأعضاء المنضمون: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="177"/>
        <source>1 member left</source>
        <translation>غادر عضو واحد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="177"/>
        <source>%1 members left</source>
        <translation>الأعضاء المغادرون: %1</translation>
    </message>
</context>
<context>
    <name>NonMembersDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="55"/>
        <source>ccTLDs not in TLD-OPS yet</source>
        <translation>نطاقات ccTLD غير المنضمة إلى TLD-OPS بعد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="78"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="79"/>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="82"/>
        <source>&amp;Region</source>
        <translation>ال&amp;منطقة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="90"/>
        <source>ccTLDs that are not members</source>
        <translation>نطاقات ccTLD غير الأعضاء</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="94"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="94"/>
        <source>Country or territory</source>
        <translation>البلد أو الإقليم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="94"/>
        <source>A-label</source>
        <translation>A-label</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="108"/>
        <source>A ccTLD joins TLD-OPS when its IANA administrative contact asks the ccNSO Secretariat. If you know one of these ccTLDs, invite them; until then, their administrative contact in the IANA root zone database is the fallback.</source>
        <translation>ينضم نطاق ccTLD إلى TLD-OPS عندما تطلب ذلك جهةُ الاتصال الإدارية الخاصة به لدى IANA من أمانة ccNSO. إذا كنت تعرف أحد هذه النطاقات فادعُه إلى الانضمام؛ وإلى أن يحدث ذلك، تبقى جهة الاتصال الإدارية الخاصة به في قاعدة بيانات منطقة الجذر لدى IANA هي البديل.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="116"/>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="137"/>
        <source>Coverage over the editions imported</source>
        <translation>التغطية عبر الإصدارات المستوردة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="124"/>
        <source>Open &amp;IANA page</source>
        <translation>فتح صفحة &amp;IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="127"/>
        <source>The ccTLD&apos;s record in the IANA root zone database, in your web browser</source>
        <translation>سجل نطاق ccTLD في قاعدة بيانات منطقة الجذر لدى IANA، في متصفح الويب</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="129"/>
        <source>Prepare &amp;join request…</source>
        <translation>إعداد طلب &amp;انضمام…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="144"/>
        <source>Africa</source>
        <translation>أفريقيا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="145"/>
        <source>Asia Pacific</source>
        <translation>آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="146"/>
        <source>Europe</source>
        <translation>أوروبا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="147"/>
        <source>Latin America and Caribbean</source>
        <translation>أمريكا اللاتينية والكاريبي</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="148"/>
        <source>North America</source>
        <translation>أمريكا الشمالية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="168"/>
        <source>There are no editions yet. Import a repository email first.</source>
        <translation>لا توجد إصدارات بعد. استورد رسالة مستودع أولًا.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="175"/>
        <source>Edition %1: %2 of %3 delegated ccTLDs are members (%4); %5 are not yet.</source>
        <translation>الإصدار ⁨%1⁩: %2 من أصل %3 من نطاقات ccTLD المفوَّضة أعضاء (%4)؛ و%5 ليست أعضاء بعد.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="190"/>
        <source>%1 — %2 of %3 are members (%4); %5 not yet</source>
        <translation>%1 — %2 من أصل %3 أعضاء (%4)؛ %5 ليست أعضاء بعد</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="128"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="129"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="130"/>
        <source>Repeat the new passphrase</source>
        <translation>أعد كتابة عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="132"/>
        <source>&amp;Current passphrase:</source>
        <translation>عبارة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="135"/>
        <source>at least {count} characters</source>
        <translation>{count} أحرف على الأقل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="137"/>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="138"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;أعد الكتابة:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="143"/>
        <source>A passphrase cannot be recovered: if it is forgotten, the contacts must be imported again from the monthly emails.</source>
        <translation>لا يمكن استعادة عبارة المرور: إذا نُسيت، فيجب استيراد جهات الاتصال مجددًا من الرسائل الشهرية.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="175"/>
        <source>Type the current passphrase.</source>
        <translation>اكتب عبارة المرور الحالية.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="178"/>
        <source>Type a new passphrase.</source>
        <translation>اكتب عبارة مرور جديدة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="183"/>
        <source>A passphrase needs at least {count} characters: a few words are easy to remember and hard to guess.</source>
        <translation>تحتاج عبارة المرور إلى {count} أحرف على الأقل: بضع كلمات سهلة التذكر وصعبة التخمين.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="189"/>
        <source>The two new passphrases differ.</source>
        <translation>عبارتا المرور الجديدتان مختلفتان.</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="224"/>
        <source>QR code: {name}</source>
        <translation>رمز QR: ⁨{name}⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="228"/>
        <source>Point the phone&apos;s camera at the code to add {name} ({cctld}) as a contact.</source>
        <translation>وجّه كاميرا الهاتف نحو الرمز لإضافة ⁨{name}⁩ (⁨{cctld}⁩) كجهة اتصال.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="253"/>
        <source>This contact&apos;s name and email address are too long for a QR code a phone camera can read. Export the contact as a vCard instead.</source>
        <translation>اسم جهة الاتصال هذه وعنوان بريدها الإلكتروني أطول من أن يحملهما رمز QR تقرؤه كاميرا الهاتف. صدِّر جهة الاتصال بصيغة vCard بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="260"/>
        <source>This code holds the first phone number and email address only: the whole contact would make a code too dense for a phone camera. Export the contact as a vCard for all of it.</source>
        <translation>لا يحمل هذا الرمز إلا أول رقم هاتف وأول عنوان بريد إلكتروني: جهة الاتصال كاملةً تجعل الرمز أكثف من أن تقرأه كاميرا الهاتف. صدِّر جهة الاتصال بصيغة vCard لتحصل عليها كاملة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="271"/>
        <source>QR code of {name}</source>
        <translation>رمز QR لـ ⁨{name}⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="292"/>
        <source>&amp;Save as PNG or SVG…</source>
        <translation>&amp;حفظ بصيغة PNG أو SVG…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="332"/>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="332"/>
        <source>SVG image (*.svg)</source>
        <translation>صورة SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="333"/>
        <source>Save the QR code</source>
        <translation>حفظ رمز QR</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="344"/>
        <source>QR code saved to {path}.</source>
        <translation>حُفظ رمز QR في ⁨{path}⁩.</translation>
    </message>
</context>
<context>
    <name>RecheckStatus</name>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="26"/>
        <source>Check for new editions</source>
        <translation>التحقق من وجود إصدارات جديدة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="47"/>
        <source>Could not check the mailboxes for new editions: %1</source>
        <translation>تعذّر التحقق من صناديق البريد بحثًا عن إصدارات جديدة: ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="53"/>
        <source>Checking the remembered mailbox for new editions…</source>
        <translation>جارٍ التحقق من صندوق البريد المحفوظ بحثًا عن إصدارات جديدة…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="55"/>
        <source>Checking %1 remembered mailboxes for new editions…</source>
        <translation>جارٍ التحقق من صناديق البريد المحفوظة (%1) بحثًا عن إصدارات جديدة…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="59"/>
        <source>Read only: new editions cannot be stored in this data folder.</source>
        <translation>للقراءة فقط: لا يمكن تخزين إصدارات جديدة في مجلد البيانات هذا.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="64"/>
        <source>No remembered mailbox to check: use File &gt; Find my mail… to pick the one where the monthly email arrives.</source>
        <translation>لا يوجد صندوق بريد محفوظ للتحقق منه: استخدم ملف &gt; البحث عن بريدي… لاختيار الصندوق الذي تصل إليه الرسالة الشهرية.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="72"/>
        <source>A new edition was stored elsewhere: now showing edition %1.</source>
        <translation>خُزّن إصدار جديد من مكان آخر: يُعرض الآن الإصدار ⁨%1⁩.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="78"/>
        <source>The check for new editions failed: see the crash report.</source>
        <translation>فشل التحقق من وجود إصدارات جديدة: انظر تقرير الخطأ الداخلي.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="92"/>
        <source>Mailboxes checked at %1: edition %2 imported.</source>
        <translation>جرى التحقق من صناديق البريد في ⁨%1⁩: استُورد الإصدار ⁨%2⁩.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="98"/>
        <source>Mailboxes checked at %1: older edition imported: %2.</source>
        <translation>جرى التحقق من صناديق البريد في ⁨%1⁩: استُورد إصدار أقدم: ⁨%2⁩.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="100"/>
        <source>Mailboxes checked at %1: older editions imported: %2.</source>
        <translation>جرى التحقق من صناديق البريد في ⁨%1⁩: استُوردت إصدارات أقدم: ⁨%2⁩.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="106"/>
        <source>Mailboxes checked at %1: nothing new in them. Edition %2, stored elsewhere, is shown.</source>
        <translation>فُحصت صناديق البريد في ⁨%1⁩: لا جديد فيها. يُعرض الإصدار ⁨%2⁩ الذي خُزّن من مكان آخر.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="113"/>
        <source>Mailboxes checked at %1: no new edition.</source>
        <translation>جرى التحقق من صناديق البريد في ⁨%1⁩: لا يوجد إصدار جديد.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="132"/>
        <source>Could not read the remembered mailbox %1 (%2).</source>
        <translation>تعذّرت قراءة صندوق البريد المحفوظ ⁨%1⁩ (⁨%2⁩).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="134"/>
        <source>Could not read %3 remembered mailboxes, among them %1 (%2).</source>
        <translation>تعذّرت قراءة صناديق بريد محفوظة عددها %3، منها ⁨%1⁩ (⁨%2⁩).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="144"/>
        <source>Check that the mailbox is still there, or stop checking it in File &gt; Find my mail…</source>
        <translation>تحقّق من أن صندوق البريد لا يزال موجودًا، أو أوقف التحقق منه عبر ملف &gt; البحث عن بريدي…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="89"/>
        <source>The request goes to the ccNSO Secretariat and must be sent by, or copied to, the ccTLD&apos;s administrative contact in the IANA root zone database. This application sends nothing: the email opens in your mail client, or is saved as an .eml file to send later. The email itself is in English, as the Secretariat expects.</source>
        <translation>يُرسَل الطلب إلى أمانة ccNSO، ويجب أن ترسله جهة الاتصال الإدارية لنطاق ccTLD في قاعدة بيانات منطقة الجذر لدى IANA، أو أن تكون في نسخة منه. لا يرسل هذا التطبيق أي شيء: تُفتح الرسالة في عميل البريد لديك، أو تُحفظ كملف ⁨.eml⁩ لإرسالها لاحقًا. الرسالة نفسها باللغة الإنجليزية، كما تتوقع الأمانة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="102"/>
        <source>Join TLD-OPS</source>
        <translation>الانضمام إلى TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="103"/>
        <source>Update the contacts of a member</source>
        <translation>تحديث جهات اتصال عضو</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="104"/>
        <source>&amp;Request</source>
        <translation>&amp;الطلب</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="107"/>
        <source>.de, .рф, xn--p1ai</source>
        <translation>.de, .рф, xn--p1ai</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="115"/>
        <source>cc&amp;TLD</source>
        <translation>cc&amp;TLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="125"/>
        <source>Contact 1 (primary)</source>
        <translation>جهة الاتصال 1 (الأساسية)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="125"/>
        <source>Contact 2 (secondary)</source>
        <translation>جهة الاتصال 2 (الثانوية)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="126"/>
        <source>Contact 3</source>
        <translation>جهة الاتصال 3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="133"/>
        <source>+&lt;country code&gt; &lt;number&gt;</source>
        <translation>+&lt;رمز الدولة&gt; &lt;الرقم&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="134"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="135"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="136"/>
        <source>Mobile phone</source>
        <translation>الهاتف المحمول</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="144"/>
        <source>IANA administrative contact</source>
        <translation>جهة الاتصال الإدارية لدى IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="145"/>
        <source>Look up at IANA</source>
        <translation>البحث لدى IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="148"/>
        <source>Open the ccTLD&apos;s record in the IANA root zone database in your browser</source>
        <translation>فتح سجل نطاق ccTLD في قاعدة بيانات منطقة الجذر لدى IANA في المتصفح</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="153"/>
        <source>IANA &amp;administrative contact</source>
        <translation>&amp;جهة الاتصال الإدارية لدى IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="158"/>
        <source>Your &amp;name (signature)</source>
        <translation>ا&amp;سمك (التوقيع)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="110"/>
        <source>&amp;Fill from current edition</source>
        <translation>&amp;ملء من الإصدار الحالي</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="168"/>
        <source>&amp;Open in mail client</source>
        <translation>&amp;فتح في عميل البريد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="171"/>
        <source>&amp;Save as .eml…</source>
        <translation>&amp;حفظ كملف ⁨.eml⁩…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="235"/>
        <source>Request to join TLD-OPS</source>
        <translation>طلب الانضمام إلى TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="237"/>
        <source>Update TLD-OPS contacts</source>
        <translation>تحديث جهات اتصال TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="250"/>
        <source>Not a ccTLD label.</source>
        <translation>ليست تسمية ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="252"/>
        <source>Not a delegated ccTLD.</source>
        <translation>ليس نطاق ccTLD مفوَّضًا.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="257"/>
        <source>%1: a member as of edition %2.</source>
        <translation>%1: عضو بحسب الإصدار ⁨%2⁩.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="263"/>
        <source>%1: not a member as of edition %2.</source>
        <translation>%1: ليس عضوًا بحسب الإصدار ⁨%2⁩.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="290"/>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="297"/>
        <source>Choose join or update.</source>
        <translation>اختر الانضمام أو التحديث.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="298"/>
        <source>“%1” is not a ccTLD (try .de, .рф or xn--p1ai).</source>
        <translation>«⁨%1⁩» ليس نطاق ccTLD (جرّب ⁨.de⁩ أو ⁨.рф⁩ أو ⁨xn--p1ai⁩).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="299"/>
        <source>%1 is not a delegated ccTLD.</source>
        <translation>⁨%1⁩ ليس نطاق ccTLD مفوَّضًا.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="300"/>
        <source>.%1 is already a member: choose Update.</source>
        <translation>⁨.%1⁩ عضو بالفعل: اختر «تحديث جهات اتصال عضو».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="301"/>
        <source>.%1 is not a member yet: choose Join.</source>
        <translation>⁨.%1⁩ ليس عضوًا بعد: اختر «الانضمام إلى TLD-OPS».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="302"/>
        <source>Give at least one contact.</source>
        <translation>أدخل جهة اتصال واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="303"/>
        <source>TLD-OPS takes at most three contacts.</source>
        <translation>يقبل TLD-OPS ثلاث جهات اتصال على الأكثر.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="304"/>
        <source>The name is missing.</source>
        <translation>الاسم مفقود.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="305"/>
        <source>The name has control characters.</source>
        <translation>يحتوي الاسم على محارف تحكّم.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="306"/>
        <source>The email address is missing.</source>
        <translation>عنوان البريد الإلكتروني مفقود.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="307"/>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="317"/>
        <source>“%1” is not an email address.</source>
        <translation>«⁨%1⁩» ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="308"/>
        <source>%1 is given for two contacts.</source>
        <translation>أُدخل ⁨%1⁩ لجهتَي اتصال.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="309"/>
        <source>The mobile phone number is missing.</source>
        <translation>رقم الهاتف المحمول مفقود.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="311"/>
        <source>“%1” is not a valid phone number: write it as +&lt;country code&gt; &lt;number&gt;.</source>
        <translation>«⁨%1⁩» ليس رقم هاتف صالحًا: اكتبه بالصيغة +&lt;رمز الدولة&gt; &lt;الرقم&gt;.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="313"/>
        <source>“%1” does not look like a mobile number.</source>
        <translation>«⁨%1⁩» لا يبدو رقم هاتف محمول.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="315"/>
        <source>Give the IANA administrative contact&apos;s email address: it is copied.</source>
        <translation>أدخل عنوان البريد الإلكتروني لجهة الاتصال الإدارية لدى IANA: ستتلقى نسخة من الرسالة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="322"/>
        <source>Contact %1: %2</source>
        <translation>جهة الاتصال %1: %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="363"/>
        <source>Save the request</source>
        <translation>حفظ الطلب</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="363"/>
        <source>Email message (*.eml)</source>
        <translation>رسالة بريد إلكتروني (*.eml)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="52"/>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="99"/>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="144"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="57"/>
        <source>A backup of the contacts database is taken before every import that changes it. Restoring one puts the contacts back as they were then; the current database is kept aside in {folder}, never deleted. Editions imported since the backup must be imported again.</source>
        <translation>تُؤخذ نسخة احتياطية من قاعدة بيانات جهات الاتصال قبل كل عملية استيراد تغيّرها. تؤدي استعادة إحداها إلى إعادة جهات الاتصال إلى ما كانت عليه حينها؛ وتُنقل قاعدة البيانات الحالية جانبًا إلى ⁨{folder}⁩ ولا تُحذف أبدًا. يجب استيراد الإصدارات المستوردة بعد تلك النسخة الاحتياطية مجددًا.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="66"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="70"/>
        <source>{taken} — edition {edition} — {size}</source>
        <translation>⁨{taken}⁩ — الإصدار {edition} — {size}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="74"/>
        <source>{taken} — {size}</source>
        <translation>⁨{taken}⁩ — {size}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="83"/>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="116"/>
        <source>Passphrase of the TLD-OPS database:</source>
        <translation>عبارة مرور قاعدة بيانات TLD-OPS:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="121"/>
        <source>This passphrase opens neither the contacts nor their backups. Check it (Caps Lock?) and type it again:</source>
        <translation>عبارة المرور هذه لا تفتح جهات الاتصال ولا نسخها الاحتياطية. تحقق منها (هل مفتاح Caps Lock مفعّل؟) واكتبها مجددًا:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="145"/>
        <source>There are no backups yet: one is taken before each import that changes the database. Import the repository emails again from your mailbox instead.</source>
        <translation>لا توجد نسخ احتياطية بعد: تُؤخذ نسخة قبل كل عملية استيراد تغيّر قاعدة البيانات. بدلًا من ذلك، استورد رسائل المستودع مجددًا من صندوق بريدك.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="177"/>
        <source>The database as it was before is kept as {path}.</source>
        <translation>حُفظت قاعدة البيانات كما كانت من قبل باسم ⁨{path}⁩.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="185"/>
        <source>Backup restored</source>
        <translation>تمت استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="186"/>
        <source>The contacts are back as they were on {taken}. {kept} Import your mailbox again for the editions that arrived since then.</source>
        <translation>أُعيدت جهات الاتصال إلى ما كانت عليه في ⁨{taken}⁩. {kept} استورد صندوق بريدك مجددًا للحصول على الإصدارات التي وصلت منذ ذلك الحين.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="203"/>
        <source>The file {path} was left as it is.</source>
        <translation>تُرك الملف ⁨{path}⁩ كما هو.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="210"/>
        <source>There is no backup of it yet. Start again from your mailbox: a new data folder, into which you import the repository emails again. The current folder is kept, renamed, with the damaged file in it; nothing is deleted.</source>
        <translation>لا توجد نسخة احتياطية منه بعد. ابدأ من جديد من صندوق بريدك: مجلد بيانات جديد تستورد إليه رسائل المستودع مجددًا. يُحتفظ بالمجلد الحالي بعد إعادة تسميته، والملف التالف فيه؛ لا يُحذف شيء.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="219"/>
        <source>Restore its backup, taken {taken}; the damaged file is kept beside it.</source>
        <translation>استعد نسخته الاحتياطية المأخوذة في ⁨{taken}⁩؛ يُحتفظ بالملف التالف بجانبها.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="224"/>
        <source>Restore the newest of its {count} backups, taken {taken}; the damaged file is kept beside it.</source>
        <translation>استعد أحدث نسخه الاحتياطية (عددها {count})، المأخوذة في ⁨{taken}⁩؛ يُحتفظ بالملف التالف بجانبها.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="240"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="245"/>
        <source>Restore a backup…</source>
        <translation>استعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="250"/>
        <source>Start a new data folder…</source>
        <translation>بدء مجلد بيانات جديد…</translation>
    </message>
</context>
<context>
    <name>SearchFeedback</name>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="53"/>
        <source>Number of results</source>
        <translation>عدد النتائج</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="72"/>
        <source>No result</source>
        <translation>لا نتيجة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="106"/>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="321"/>
        <source>unknown</source>
        <translation>غير المعروفة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="197"/>
        <source>{country} ({tld}) is not a TLD-OPS member as of edition {stamp}. Its administrative contact is in the IANA root zone database: &lt;a href=&quot;{url}&quot;&gt;open its page&lt;/a&gt;.</source>
        <translation>⁨{country}⁩ (⁨{tld}⁩) ليس عضوًا في TLD-OPS وفق الإصدار ⁨{stamp}⁩. توجد جهة الاتصال الإدارية الخاصة به في قاعدة بيانات منطقة الجذر لدى IANA: &lt;a href=&quot;{url}&quot;&gt;افتح صفحته&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="203"/>
        <source>{tld} is not a TLD-OPS member as of edition {stamp}. Its administrative contact is in the IANA root zone database: &lt;a href=&quot;{url}&quot;&gt;open its page&lt;/a&gt;.</source>
        <translation>⁨{tld}⁩ ليس عضوًا في TLD-OPS وفق الإصدار ⁨{stamp}⁩. توجد جهة الاتصال الإدارية الخاصة به في قاعدة بيانات منطقة الجذر لدى IANA: &lt;a href=&quot;{url}&quot;&gt;افتح صفحته&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="208"/>
        <source>{tld} is not a TLD-OPS member as of edition {stamp}, and not a delegated ccTLD.</source>
        <translation>⁨{tld}⁩ ليس عضوًا في TLD-OPS وفق الإصدار ⁨{stamp}⁩، وليس نطاق ccTLD مفوَّضًا.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="221"/>
        <source>{tld} left TLD-OPS in edition {left}. &lt;a href=&quot;{link}&quot;&gt;Show its last known contacts&lt;/a&gt; (edition {last}).</source>
        <translation>غادر ⁨{tld}⁩ TLD-OPS في الإصدار ⁨{left}⁩. &lt;a href=&quot;{link}&quot;&gt;اعرض آخر جهات اتصال معروفة له&lt;/a&gt; (الإصدار ⁨{last}⁩).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="232"/>
        <source>Show all regions</source>
        <translation>إظهار كل المناطق</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="248"/>
        <source>Showing %1, the ccTLD of %2.</source>
        <translation>يُعرض %1، وهو ccTLD الخاص بـ %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="258"/>
        <source>%1 is not a TLD-OPS member; showing %2, of the same country.</source>
        <translation>%1 ليس عضوًا في TLD-OPS؛ يُعرض %2 من البلد نفسه.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="266"/>
        <source>Other regions: %1 more.</source>
        <translation>مناطق أخرى: %1 إضافية.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="290"/>
        <source>“%1” names an unknown region.</source>
        <translation>«%1» اسم منطقة غير معروفة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="291"/>
        <source>Regions are AF, AP, EU, LAC, NA and unknown.</source>
        <translation>المناطق هي AF وAP وEU وLAC وNA وغير معروفة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="293"/>
        <source>No member in this region.</source>
        <translation>لا عضو في هذه المنطقة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="298"/>
        <source>No member in region %2 matches “%1”.</source>
        <translation>لا عضو في المنطقة %2 يطابق «%1».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="303"/>
        <source>No member matches “%1”.</source>
        <translation>لا عضو يطابق «%1».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="308"/>
        <source>Did you mean “%1”?</source>
        <translation>هل تقصد «%1»؟</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="312"/>
        <source>Enter searches for it.</source>
        <translation>اضغط Enter للبحث عنه.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="319"/>
        <source>%1 is in region %2, not in the region shown.</source>
        <translation>%1 في المنطقة %2، لا في المنطقة المعروضة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="329"/>
        <source>Matches in other regions: %1.</source>
        <translation>نتائج في مناطق أخرى: %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="338"/>
        <source>Try fewer words, or part of a word.</source>
        <translation>جرّب كلمات أقل أو جزءًا من كلمة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="340"/>
        <source>Try part of a word, or another spelling.</source>
        <translation>جرّب جزءًا من كلمة أو تهجئة أخرى.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="344"/>
        <source>Search by ccTLD (.de, рф), domain (nic.de), country in any language, person&apos;s name, email or phone digits.</source>
        <translation>ابحث بـ ccTLD (.de، рф) أو النطاق (nic.de) أو اسم البلد بأي لغة أو اسم الشخص أو البريد الإلكتروني أو أرقام الهاتف.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="359"/>
        <source>Unknown region</source>
        <translation>منطقة غير معروفة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="362"/>
        <source>%1 members</source>
        <translation>الأعضاء: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="365"/>
        <source>No match</source>
        <translation>لا توجد نتائج</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="368"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="213"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="223"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="224"/>
        <source>Trusted list</source>
        <translation>القائمة الموثوقة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="225"/>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="328"/>
        <source>Monitoring tools</source>
        <translation>أدوات المراقبة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="226"/>
        <source>Data and key</source>
        <translation>البيانات والمفتاح</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="247"/>
        <source>System</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="252"/>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="253"/>
        <source>A new language applies after a restart.</source>
        <translation>تُطبَّق اللغة الجديدة بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="256"/>
        <source> s</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="257"/>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="264"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="259"/>
        <source>Clear the clipboard after</source>
        <translation>مسح الحافظة بعد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="260"/>
        <source>Clear copied values &amp;after:</source>
        <translation>مسح القيم المنسوخة &amp;بعد:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="263"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="266"/>
        <source>Lock after minutes without input</source>
        <translation>القفل بعد دقائق دون إدخال</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="267"/>
        <source>L&amp;ock after no input for:</source>
        <translation>&amp;قفل عند عدم الإدخال لمدة:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="268"/>
        <source>Check remembered mailboxes for new editions at &amp;start</source>
        <translation>التحقق من صناديق البريد المحفوظة بحثًا عن إصدارات جديدة عند بدء ال&amp;تشغيل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="272"/>
        <source>In the background, after the contacts open; choose the mailboxes with File &gt; Find my mail…</source>
        <translation>في الخلفية، بعد فتح جهات الاتصال؛ اختر صناديق البريد عبر ملف &gt; البحث عن بريدي…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="286"/>
        <source>An edition is trusted only when it came through this mailing list. Change these only if the TLD-OPS list itself moves.</source>
        <translation>لا يُعدّ الإصدار موثوقًا إلا إذا وصل عبر هذه القائمة البريدية. لا تغيّر هذه القيم إلا إذا انتقلت قائمة TLD-OPS نفسها.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="297"/>
        <source>List-&amp;Id:</source>
        <translation>List-&amp;Id:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="298"/>
        <source>List &amp;address:</source>
        <translation>&amp;عنوان القائمة:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="299"/>
        <source>&amp;Bounce address (Sender):</source>
        <translation>عنوان &amp;الارتداد (Sender):</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="301"/>
        <source>&amp;Reset to the TLD-OPS list</source>
        <translation>&amp;إعادة التعيين إلى قائمة TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="312"/>
        <source>Web tools offered for the selected ccTLD; {tld} stands for it. They open in your browser only when you choose one.</source>
        <translation>أدوات ويب متاحة لنطاق ccTLD المحدد، ويمثّله ⁨{tld}⁩. لا تُفتح في المتصفح إلا عندما تختار إحداها.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="319"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="319"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="333"/>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="334"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="335"/>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="336"/>
        <source>Reset to &amp;defaults</source>
        <translation>&amp;استعادة الإعدادات الافتراضية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="351"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="352"/>
        <source>&amp;Open folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="357"/>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="360"/>
        <source>Database key:</source>
        <translation>مفتاح قاعدة البيانات:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="363"/>
        <source>Keep the key in the system &amp;keyring…</source>
        <translation>حفظ المفتاح في &amp;حلقة مفاتيح النظام…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="398"/>
        <source>New tool</source>
        <translation>أداة جديدة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="440"/>
        <source>Monitoring tool {row}: give it a name and a web address (https://…) containing {{tld}}.</source>
        <translation>أداة المراقبة {row}: أدخل لها اسمًا وعنوان ويب (https://…) يحتوي على ⁨{{tld}}⁩.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="457"/>
        <source>kept in the system keyring: the contacts open without a passphrase.</source>
        <translation>محفوظ في حلقة مفاتيح النظام: تُفتح جهات الاتصال دون عبارة مرور.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="459"/>
        <source>a passphrase, asked for at every start.</source>
        <translation>عبارة مرور تُطلب عند كل تشغيل.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="461"/>
        <source>open the contacts to change how they are protected.</source>
        <translation>افتح جهات الاتصال لتغيير طريقة حمايتها.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="467"/>
        <source>The data folder cannot be written: its protection cannot change now.</source>
        <translation>لا يمكن الكتابة في مجلد البيانات: لا يمكن تغيير حمايته الآن.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="471"/>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="473"/>
        <source>Use a &amp;passphrase…</source>
        <translation>استخدام &amp;عبارة مرور…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="478"/>
        <source>Keep the key in the system keyring</source>
        <translation>حفظ المفتاح في حلقة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="489"/>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="489"/>
        <source>Protect with a passphrase</source>
        <translation>الحماية بعبارة مرور</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="511"/>
        <source>The database key was changed.</source>
        <translation>تم تغيير مفتاح قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="534"/>
        <source>The List-Id and both addresses are needed to recognise the list.</source>
        <translation>يلزم List-Id والعنوانان كلاهما للتعرّف على القائمة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="541"/>
        <source>The List-Id is a name with dots, without spaces or angle brackets (tld-ops.lists.dns-oarc.net), and both addresses are mail addresses (name@domain). Check them.</source>
        <translation>معرّف القائمة List-Id اسم فيه نقاط، بلا مسافات ولا أقواس زاوية (tld-ops.lists.dns-oarc.net)، والعنوانان كلاهما عنوانا بريد إلكتروني (name@domain). تحقّق منهما.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="560"/>
        <source>The settings could not be saved in {file}: they apply until TLD-OPS Desktop is closed. Check that this file and its folder can be written by you.</source>
        <translation>تعذّر حفظ الإعدادات في {file}: تبقى سارية حتى يُغلق TLD-OPS Desktop. تحقّق من أنّ هذا الملف ومجلده قابلان للكتابة من قِبلك.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="67"/>
        <source>Protect the TLD-OPS contacts</source>
        <translation>حماية جهات اتصال TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="67"/>
        <source>Unlock TLD-OPS</source>
        <translation>فتح قفل TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="137"/>
        <source>No system keyring is available to keep the database key. Choose a passphrase for the new contacts database in {folder}. It cannot be recovered: if you forget it, import the repository emails again into a new data folder.</source>
        <translation>لا تتوفر حلقة مفاتيح نظام لحفظ مفتاح قاعدة البيانات. اختر عبارة مرور لقاعدة بيانات جهات الاتصال الجديدة في ⁨{folder}⁩. لا يمكن استعادتها: إذا نسيتها، فاستورد رسائل المستودع مجددًا إلى مجلد بيانات جديد.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="148"/>
        <source>The contacts database in {folder} is protected by a passphrase. Type it to open the contacts.</source>
        <translation>قاعدة بيانات جهات الاتصال في ⁨{folder}⁩ محمية بعبارة مرور. اكتبها لفتح جهات الاتصال.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="77"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="80"/>
        <source>at least {count} characters</source>
        <translation>{count} أحرف على الأقل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="82"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="86"/>
        <source>Repeat the passphrase</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="88"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;أعد الكتابة:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="97"/>
        <source>Unlock problem</source>
        <translation>مشكلة في فتح القفل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="101"/>
        <source>Forgotten it? It cannot be recovered. Start again from your mailbox: a new data folder, into which you import the repository emails again. The current folder is kept, renamed, with everything in it; nothing is deleted.</source>
        <translation>هل نسيتها؟ لا يمكن استعادتها. ابدأ من جديد من صندوق بريدك: مجلد بيانات جديد تستورد إليه رسائل المستودع مجددًا. يُحتفظ بالمجلد الحالي بعد إعادة تسميته، بكل ما فيه؛ لا يُحذف شيء.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="114"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="114"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="115"/>
        <source>Start a &amp;new data folder…</source>
        <translation>بدء مجلد بيانات &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="131"/>
        <source>A new, empty data folder is ready in {folder}. The previous one is kept, untouched, as {kept}. Choose a passphrase for the new contacts database, then import the repository emails again. It cannot be recovered: keep it safe.</source>
        <translation>مجلد بيانات جديد وفارغ جاهز في ⁨{folder}⁩. يُحتفظ بالمجلد السابق دون أي تغيير باسم ⁨{kept}⁩. اختر عبارة مرور لقاعدة بيانات جهات الاتصال الجديدة، ثم استورد رسائل المستودع مجددًا. لا يمكن استعادتها: احفظها في مكان آمن.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="143"/>
        <source>The file that says how the contacts database in {folder} is protected (keyinfo.json) is missing, and the system keyring holds no key for it. If it is protected by a passphrase, type it to open the contacts.</source>
        <translation>الملف الذي يبيّن كيفية حماية قاعدة بيانات جهات الاتصال في ⁨{folder}⁩ (keyinfo.json) مفقود، ولا تحتفظ حلقة مفاتيح النظام بمفتاح لها. إذا كانت محمية بعبارة مرور، فاكتبها لفتح جهات الاتصال.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="168"/>
        <source>Type the passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="173"/>
        <source>A passphrase needs at least {count} characters: a few words are easy to remember and hard to guess.</source>
        <translation>تحتاج عبارة المرور إلى {count} أحرف على الأقل: بضع كلمات سهلة التذكر وصعبة التخمين.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="181"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>عبارتا المرور مختلفتان. اكتب عبارة المرور نفسها مرتين.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="207"/>
        <source>This passphrase does not open the database. Check it (Caps Lock?) and try again.</source>
        <translation>عبارة المرور هذه لا تفتح قاعدة البيانات. تحقّق منها (هل Caps Lock مفعَّل؟) وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="235"/>
        <source>The passphrase given in the environment (TLDOPS_PASSPHRASE or its file) does not open the database. Type the passphrase.</source>
        <translation>عبارة المرور المعطاة في البيئة (TLDOPS_PASSPHRASE أو ملفها) لا تفتح قاعدة البيانات. اكتب عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="321"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="324"/>
        <source>The key of the contacts in {folder} is kept in the system keyring, which is not available now (locked, or not answering). Unlock your desktop session&apos;s keyring, then try again: the key is still kept there.</source>
        <translation>مفتاح جهات الاتصال في ⁨{folder}⁩ محفوظ في حلقة مفاتيح النظام، وهي غير متاحة الآن (مقفلة، أو لا تستجيب). افتح قفل حلقة المفاتيح في جلسة سطح المكتب، ثم حاول مجددًا: المفتاح ما زال محفوظًا فيها.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="330"/>
        <source>Or start again from your mailbox: a new data folder, protected by a passphrase, into which you import the repository emails again. The current folder is kept, renamed, with everything in it; nothing is deleted.</source>
        <translation>أو ابدأ من جديد من صندوق بريدك: مجلد بيانات جديد محمي بعبارة مرور، تستورد إليه رسائل المستودع مجددًا. يُحتفظ بالمجلد الحالي بعد إعادة تسميته، بكل ما فيه؛ لا يُحذف شيء.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="337"/>
        <source>The system keyring no longer holds the key of the contacts in {folder}, so they cannot be opened. If you restore the keyring from a backup, the key may come back with it.</source>
        <translation>لم تعد حلقة مفاتيح النظام تحتفظ بمفتاح جهات الاتصال في ⁨{folder}⁩، لذا لا يمكن فتحها. إذا استعدت حلقة المفاتيح من نسخة احتياطية، فقد يعود المفتاح معها.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="343"/>
        <source>To carry on, start again from your mailbox: a new data folder, protected by a passphrase, into which you import the repository emails again. The current folder is kept, renamed, with everything in it; nothing is deleted.</source>
        <translation>للمتابعة، ابدأ من جديد من صندوق بريدك: مجلد بيانات جديد محمي بعبارة مرور، تستورد إليه رسائل المستودع مجددًا. يُحتفظ بالمجلد الحالي بعد إعادة تسميته، بكل ما فيه؛ لا يُحذف شيء.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="351"/>
        <source>Start a new data folder…</source>
        <translation>بدء مجلد بيانات جديد…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="357"/>
        <source>Try again</source>
        <translation>المحاولة مجددًا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="363"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="365"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="47"/>
        <source>This key or passphrase does not open the contacts.</source>
        <translation>هذا المفتاح أو عبارة المرور لا يفتح جهات الاتصال.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="50"/>
        <source>The contacts are in use by another import or window.</source>
        <translation>جهات الاتصال قيد الاستخدام في عملية استيراد أو نافذة أخرى.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="53"/>
        <source>The disk is full.</source>
        <translation>القرص ممتلئ.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="54"/>
        <source>The data folder cannot be written.</source>
        <translation>لا يمكن الكتابة في مجلد البيانات.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="57"/>
        <source>The contacts database is damaged.</source>
        <translation>قاعدة بيانات جهات الاتصال تالفة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="58"/>
        <source>The system keyring is not available.</source>
        <translation>حلقة مفاتيح النظام غير متاحة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="61"/>
        <source>The system keyring no longer holds the key of the contacts.</source>
        <translation>لم تعد حلقة مفاتيح النظام تحتفظ بمفتاح جهات الاتصال.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="64"/>
        <source>A passphrase is needed to open the contacts.</source>
        <translation>يلزم إدخال عبارة المرور لفتح جهات الاتصال.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="67"/>
        <source>These contacts were saved by a newer version of TLD-OPS Desktop.</source>
        <translation>حُفظت جهات الاتصال هذه بإصدار أحدث من TLD-OPS Desktop.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="70"/>
        <source>The file could not be written.</source>
        <translation>تعذّرت كتابة الملف.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="71"/>
        <source>This backup is damaged.</source>
        <translation>هذه النسخة الاحتياطية تالفة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="72"/>
        <source>This backup was made with another key.</source>
        <translation>أُنشئت هذه النسخة الاحتياطية بمفتاح آخر.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="75"/>
        <source>This backup cannot be read.</source>
        <translation>لا يمكن قراءة هذه النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="76"/>
        <source>There is no backup to restore.</source>
        <translation>لا توجد نسخة احتياطية لاستعادتها.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="77"/>
        <source>The contacts database could not be opened.</source>
        <translation>تعذّر فتح قاعدة بيانات جهات الاتصال.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="80"/>
        <source>A file or folder could not be used.</source>
        <translation>تعذّر استخدام ملف أو مجلد.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="81"/>
        <source>The data folder&apos;s files cannot be read: they may belong to another user.</source>
        <translation>تعذّرت قراءة ملفات مجلد البيانات: قد تكون مملوكة لمستخدم آخر.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="84"/>
        <source>Printing failed.</source>
        <translation>فشلت الطباعة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="85"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="88"/>
        <source>An empty passphrase is not allowed.</source>
        <translation>لا يُسمح بعبارة مرور فارغة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="91"/>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="94"/>
        <source>The list of remembered mailboxes cannot be read.</source>
        <translation>لا يمكن قراءة قائمة صناديق البريد المحفوظة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="97"/>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="100"/>
        <source>The key information of the contacts cannot be read.</source>
        <translation>تعذّرت قراءة معلومات مفتاح جهات الاتصال.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="103"/>
        <source>An earlier change of key was interrupted.</source>
        <translation>انقطع تغيير سابق للمفتاح.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="123"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="22"/>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="26"/>
        <source>TLD-OPS Desktop logo</source>
        <translation>شعار TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="28"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="37"/>
        <source>The incident-response contacts of every TLD-OPS member ccTLD, on this computer, encrypted, and usable without a network.

To begin, let the app find the mailbox where the monthly repository email arrives (Thunderbird, Apple Mail, Outlook, Evolution, KMail, Claws Mail), or import the latest email yourself: a saved .eml file, or your mailbox (mbox, Maildir or MH folder). You can also drop it onto this window.</source>
        <translation>جهات اتصال الاستجابة للحوادث لدى كل نطاقات ccTLD الأعضاء في TLD-OPS، على هذا الحاسوب، مشفّرةً وقابلةً للاستخدام دون اتصال بالشبكة.

للبدء، دع التطبيق يعثر على صندوق البريد الذي تصل إليه رسالة المستودع الشهرية (Thunderbird أو Apple Mail أو Outlook أو Evolution أو KMail أو Claws Mail)، أو استورد أحدث رسالة بنفسك: ملف ⁨.eml⁩ محفوظ، أو صندوق بريدك (mbox أو Maildir أو مجلد MH). يمكنك أيضًا إفلاتها على هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="50"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="54"/>
        <source>Import the latest monthly email</source>
        <translation>استيراد أحدث رسالة شهرية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="57"/>
        <source>Find my mail…</source>
        <translation>البحث عن بريدي…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="63"/>
        <source>Look for the mailboxes of your mail program and pick the one to import</source>
        <translation>البحث عن صناديق البريد في برنامج البريد لديك واختيار الصندوق المراد الاستيراد منه</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="65"/>
        <source>Find my mail</source>
        <translation>البحث عن بريدي</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="68"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="75"/>
        <source>Try demo data</source>
        <translation>تجربة البيانات التجريبية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="73"/>
        <source>Invented contacts, kept apart from your real data, to try the app</source>
        <translation>جهات اتصال وهمية، منفصلة عن بياناتك الحقيقية، لتجربة التطبيق</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="78"/>
        <source>Data folder: %1</source>
        <translation>مجلد البيانات: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="110"/>
        <source>Find &amp;my mail…</source>
        <translation>البحث عن &amp;بريدي…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="114"/>
        <source>Find the mailbox where the monthly email arrives, and import from it</source>
        <translation>البحث عن صندوق البريد الذي تصل إليه الرسالة الشهرية، والاستيراد منه</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="118"/>
        <source>&amp;Import file…</source>
        <translation>&amp;استيراد ملف…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="122"/>
        <source>Import a saved repository email or an mbox file</source>
        <translation>استيراد رسالة مستودع محفوظة أو ملف mbox</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="126"/>
        <source>Import &amp;folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="130"/>
        <source>Import a mail folder (Maildir, MH or a folder of .eml files)</source>
        <translation>استيراد مجلد بريد (Maildir أو MH أو مجلد ملفات ⁨.eml⁩)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="134"/>
        <source>&amp;Export vCards…</source>
        <translation>&amp;تصدير بطاقات vCard…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="138"/>
        <source>Export contacts as vCards for a phone</source>
        <translation>تصدير جهات الاتصال كبطاقات vCard إلى هاتف</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="142"/>
        <source>&amp;Print emergency sheet…</source>
        <translation>&amp;طباعة ورقة الطوارئ…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="146"/>
        <source>Print the contacts shown, for the paper copy</source>
        <translation>طباعة جهات الاتصال المعروضة للحصول على نسخة ورقية</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="150"/>
        <source>Save sheet as P&amp;DF…</source>
        <translation>حفظ الورقة بصيغة P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="154"/>
        <source>Save the emergency sheet of the contacts shown as a PDF</source>
        <translation>حفظ ورقة الطوارئ لجهات الاتصال المعروضة بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="158"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="166"/>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="170"/>
        <source>Go to the search field</source>
        <translation>الانتقال إلى حقل البحث</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="174"/>
        <source>&amp;History…</source>
        <translation>ال&amp;سجل…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="178"/>
        <source>Editions and what changed between them</source>
        <translation>الإصدارات وما تغيّر بينها</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="182"/>
        <source>&amp;Check for new editions</source>
        <translation>ال&amp;تحقق من وجود إصدارات جديدة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="186"/>
        <source>Look for a new monthly email in the remembered mailboxes</source>
        <translation>البحث عن رسالة شهرية جديدة في صناديق البريد المحفوظة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="190"/>
        <source>&amp;Copy all</source>
        <translation>&amp;نسخ الكل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="194"/>
        <source>Copy every contact of the selected member as plain text</source>
        <translation>نسخ جميع جهات اتصال العضو المحدد كنص عادي</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="198"/>
        <source>Copy &amp;phone number</source>
        <translation>نسخ رقم ال&amp;هاتف</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="203"/>
        <source>Copy the number to dial, in international form, of the contact with the keyboard focus (the primary contact otherwise)</source>
        <translation>نسخ الرقم المطلوب بالصيغة الدولية لجهة الاتصال التي عليها تركيز لوحة المفاتيح (وإلا فجهة الاتصال الأساسية)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="209"/>
        <source>Copy &amp;email address</source>
        <translation>نسخ عنوان ال&amp;بريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="214"/>
        <source>Copy the email address of the contact with the keyboard focus (the primary contact otherwise)</source>
        <translation>نسخ عنوان البريد الإلكتروني لجهة الاتصال التي عليها تركيز لوحة المفاتيح (وإلا فجهة الاتصال الأساسية)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="220"/>
        <source>Show &amp;QR code…</source>
        <translation>عرض رمز &amp;QR…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="224"/>
        <source>Show a contact as a QR code to scan with a phone</source>
        <translation>عرض جهة اتصال كرمز QR لمسحه بالهاتف</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="228"/>
        <source>&amp;Monitoring tools…</source>
        <translation>&amp;أدوات المراقبة…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="232"/>
        <source>Open a monitoring tool for the selected ccTLD in the browser</source>
        <translation>فتح أداة مراقبة لنطاق ccTLD المحدد في المتصفح</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="236"/>
        <source>&amp;Non-members and coverage…</source>
        <translation>&amp;غير الأعضاء والتغطية…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="240"/>
        <source>The ccTLDs that are not TLD-OPS members yet, by region</source>
        <translation>نطاقات ccTLD التي ليست أعضاء في TLD-OPS بعد، حسب المنطقة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="244"/>
        <source>Request a contact &amp;update…</source>
        <translation>طلب &amp;تحديث جهات الاتصال…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="248"/>
        <source>Prepare the email that updates the selected member&apos;s contacts</source>
        <translation>إعداد الرسالة التي تحدّث جهات اتصال العضو المحدد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="252"/>
        <source>Request to &amp;join TLD-OPS…</source>
        <translation>طلب الان&amp;ضمام إلى TLD-OPS…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="256"/>
        <source>Prepare the email with which a ccTLD joins TLD-OPS</source>
        <translation>إعداد الرسالة التي ينضم بها نطاق ccTLD إلى TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="260"/>
        <source>&amp;Restore a backup…</source>
        <translation>ا&amp;ستعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="264"/>
        <source>Put back the contacts as they were before an import</source>
        <translation>إعادة جهات الاتصال إلى ما كانت عليه قبل عملية استيراد</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="268"/>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="272"/>
        <source>Hide the contacts until unlocked again</source>
        <translation>إخفاء جهات الاتصال حتى يُفتح القفل مجددًا</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="276"/>
        <source>&amp;About TLD-OPS Desktop</source>
        <translation>&amp;حول TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="288"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="296"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="298"/>
        <source>&amp;Member</source>
        <translation>&amp;العضو</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="300"/>
        <source>Monitoring &amp;tools</source>
        <translation>أدوات ال&amp;مراقبة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="307"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="312"/>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
</context>
<context>
    <name>_ValueLabel</name>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="316"/>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
</context>
</TS>
