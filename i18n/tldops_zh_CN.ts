<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="41"/>
        <source>Coverage over the editions</source>
        <translation>各版本的覆盖率</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="55"/>
        <source>%1 editions; coverage in %2: %3</source>
        <translation>共 %1 个版本；%2 的覆盖率：%3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="61"/>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="137"/>
        <source>No editions yet</source>
        <translation>尚无版本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="176"/>
        <source>All</source>
        <translation>总体</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="153"/>
        <source>TLD-OPS Desktop: internal error</source>
        <translation>TLD-OPS Desktop：内部错误</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="158"/>
        <source>Something went wrong inside TLD-OPS Desktop. This is a bug, not something you did. Your contacts database was not changed by this error. You can keep working; if the window misbehaves, restart the app.</source>
        <translation>TLD-OPS Desktop 内部出现问题。这是程序缺陷，并非您的操作所致。此错误未改动您的联系人数据库。您可以继续工作；如果窗口运行异常，请重启应用。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="166"/>
        <source>The details were written to {path}.</source>
        <translation>详细信息已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="168"/>
        <source>The details could not be written to a log file.</source>
        <translation>无法将详细信息写入日志文件。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="177"/>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="181"/>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="343"/>
        <source>Member details</source>
        <translation>成员详情</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="445"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="457"/>
        <source>NOT sent through the TLD-OPS list: these contacts may be false. Check them another way before you trust them.</source>
        <translation>并非通过 TLD-OPS 邮件列表发送：这些联系人可能是假的。请先通过其他途径核实，再信任它们。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="464"/>
        <source>Trust warning</source>
        <translation>可信度警告</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="468"/>
        <location filename="../tldops_desktop/gui/detail.py" line="558"/>
        <location filename="../tldops_desktop/gui/detail.py" line="562"/>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="469"/>
        <source>Copy every contact of this member as plain text</source>
        <translation>将此成员的所有联系人复制为纯文本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="470"/>
        <source>Copy all contacts</source>
        <translation>复制所有联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="474"/>
        <location filename="../tldops_desktop/gui/detail.py" line="559"/>
        <location filename="../tldops_desktop/gui/detail.py" line="563"/>
        <location filename="../tldops_desktop/gui/detail.py" line="564"/>
        <source>Monitoring tools</source>
        <translation>监测工具</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="475"/>
        <source>Monitoring tools for this ccTLD</source>
        <translation>此 ccTLD 的监测工具</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="485"/>
        <source>This member lists no contacts.</source>
        <translation>此成员未列出任何联系人。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="500"/>
        <source>all contacts of %1</source>
        <translation>%1 的所有联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="518"/>
        <source>Former member: {tld} left TLD-OPS in edition {left}. These are its last known contacts, from edition {stamp}; they may be out of date.</source>
        <translation>前成员：{tld} 已于版本 {left} 退出 TLD-OPS。以下是其最后已知的联系人，来自版本 {stamp}，可能已过时。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="537"/>
        <source>region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="540"/>
        <source>region %1 (from the ccTLD table, not the email)</source>
        <translation>区域 %1（来自 ccTLD 表，而非邮件）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="573"/>
        <source>Select a member to see its contacts.</source>
        <translation>选择一个成员以查看其联系人。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="634"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="634"/>
        <source>changed</source>
        <translation>已变更</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="638"/>
        <source>Changed in the latest edition</source>
        <translation>在最新版本中有变更</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="211"/>
        <location filename="../tldops_desktop/gui/detail.py" line="648"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="157"/>
        <location filename="../tldops_desktop/gui/detail.py" line="212"/>
        <location filename="../tldops_desktop/gui/detail.py" line="651"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="653"/>
        <source>This does not look like an email address; check it.</source>
        <translation>这看起来不像电子邮件地址，请核对。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="158"/>
        <location filename="../tldops_desktop/gui/detail.py" line="213"/>
        <location filename="../tldops_desktop/gui/detail.py" line="672"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="78"/>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="79"/>
        <source>Secondary contact</source>
        <translation>次要联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="80"/>
        <source>Third contact</source>
        <translation>第三联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="83"/>
        <source>Contact #%1</source>
        <translation>联系人 #%1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="111"/>
        <source>{number} ext. {extension}</source>
        <translation>{number} 转 {extension}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="140"/>
        <source>inferred</source>
        <translation>推断</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="151"/>
        <source>TLD-OPS repository edition %1</source>
        <translation>TLD-OPS 存储库版本 %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="180"/>
        <source>WARNING: this edition was NOT sent through the TLD-OPS list; its contacts may be false. Check them another way before you trust them.</source>
        <translation>警告：此版本并非通过 TLD-OPS 邮件列表发送，其中的联系人可能是假的。请先通过其他途径核实，再信任它们。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="207"/>
        <source>New contact in the latest edition.</source>
        <translation>最新版本中新增的联系人。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="208"/>
        <source>Changed in the latest edition:</source>
        <translation>在最新版本中有变更：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="210"/>
        <source>Position</source>
        <translation>顺位</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="218"/>
        <source>%1: %2 %3 %4</source>
        <translation>%1：%2 %3 %4</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="609"/>
        <source>Show the %1 as a QR code</source>
        <translation>以二维码显示%1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="676"/>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="678"/>
        <source>Could not be read as an international number; dial as written.</source>
        <translation>无法识别为国际号码，请按原样拨打。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="176"/>
        <source>none listed</source>
        <translation>未列出</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="737"/>
        <source>%1 of the %2</source>
        <translation>%2的%1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="739"/>
        <location filename="../tldops_desktop/gui/detail.py" line="740"/>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
</context>
<context>
    <name>EditionBanners</name>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="40"/>
        <source>Freshness warning</source>
        <translation>数据过期警告</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="41"/>
        <source>Import the latest monthly email</source>
        <translation>导入最新的月度邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="49"/>
        <source>These contacts come from an edition NOT sent through the TLD-OPS list: they may be false. Check a number another way before you use it, and import the list&apos;s own email.</source>
        <translation>这些联系人来自并非通过 TLD-OPS 邮件列表发送的版本：它们可能是假的。使用号码前请先通过其他途径核实，并导入邮件列表自己发出的邮件。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="55"/>
        <source>Trust warning</source>
        <translation>可信度警告</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="56"/>
        <source>Import the list&apos;s own monthly email</source>
        <translation>导入邮件列表自己发出的月度邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="60"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="89"/>
        <source>Read only: the data folder %1 cannot be written (a read-only disk?). Search, copy, QR codes and export work; importing is off until it can be written again.</source>
        <translation>只读：无法写入数据文件夹 %1（只读磁盘？）。搜索、复制、二维码和导出仍可使用；在恢复可写之前无法导入。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="94"/>
        <source>Contacts from %1.</source>
        <translation>联系人日期：%1。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="99"/>
        <source>Contacts from %1: import the latest monthly email</source>
        <translation>联系人数据截至 %1：请导入最新的月度邮件</translation>
    </message>
</context>
<context>
    <name>EmergencySheet</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="128"/>
        <source>(no contacts listed)</source>
        <translation>（未列出联系人）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="188"/>
        <source>TLD-OPS incident response contacts</source>
        <translation>TLD-OPS 事件响应联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="191"/>
        <source>Edition {stamp} of {date} · members: {members} · contacts: {contacts}</source>
        <translation>版本 {stamp}（{date}）· 成员：{members} · 联系人：{contacts}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="201"/>
        <source>UNTRUSTED: not sent through the TLD-OPS list</source>
        <translation>不可信：并非通过 TLD-OPS 邮件列表发送</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="210"/>
        <source>Only {shown} of {total} members: {scope}.</source>
        <translation>仅含 {total} 个成员中的 {shown} 个：{scope}。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="216"/>
        <source>those a search showed</source>
        <translation>搜索所显示的成员</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="224"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="225"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="226"/>
        <source>Position</source>
        <translation>顺位</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="227"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="228"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="229"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="256"/>
        <source>Printed {date} — destroy when superseded by a newer edition · page {page} of {pages}</source>
        <translation>打印于 {date}——有新版本后请销毁 · 第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="311"/>
        <source>primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="312"/>
        <source>secondary</source>
        <translation>次要</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="313"/>
        <source>third</source>
        <translation>第三</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="335"/>
        <source>The sheet could not be printed: the printer or file refused it.</source>
        <translation>无法打印联系表：打印机或文件拒绝了打印。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="381"/>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="448"/>
        <source>TLD-OPS contacts, edition {stamp}</source>
        <translation>TLD-OPS 联系人，版本 {stamp}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="412"/>
        <source>Save the emergency sheet as PDF</source>
        <translation>将应急联系表另存为 PDF</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="414"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="453"/>
        <source>Print the emergency sheet</source>
        <translation>打印应急联系表</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="66"/>
        <source>Export contacts as vCards</source>
        <translation>将联系人导出为 vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="77"/>
        <source>Which members</source>
        <translation>导出范围</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="83"/>
        <source>&amp;Selected member (members: {members}, contacts: {contacts})</source>
        <translation>所选成员(&amp;S)（成员：{members}，联系人：{contacts}）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="86"/>
        <source>Current search &amp;results (members: {members}, contacts: {contacts})</source>
        <translation>当前搜索结果(&amp;R)（成员：{members}，联系人：{contacts}）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="88"/>
        <source>&amp;All members (members: {members}, contacts: {contacts})</source>
        <translation>全部成员(&amp;A)（成员：{members}，联系人：{contacts}）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="107"/>
        <source>vCard 3.0 (most phones and address books)</source>
        <translation>vCard 3.0（适用于大多数手机和通讯录）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="108"/>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="109"/>
        <source>vCard version</source>
        <translation>vCard 版本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="110"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="111"/>
        <source>&amp;One file with every contact</source>
        <translation>所有联系人存为一个文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="112"/>
        <source>One file &amp;per contact, in a folder</source>
        <translation>每个联系人一个文件，存入文件夹(&amp;P)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="117"/>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="118"/>
        <source>Put the &amp;ccTLD before names (“.de Anna Jansen”)</source>
        <translation>在姓名前加上 ccTLD（“.de Anna Jansen”）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="120"/>
        <source>Makes TLD-OPS contacts easy to find and tell apart in a phone&apos;s list.</source>
        <translation>便于在手机联系人列表中查找和区分 TLD-OPS 联系人。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="132"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="170"/>
        <source>Folder for the vCard files</source>
        <translation>存放 vCard 文件的文件夹</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="175"/>
        <source>Save the vCards</source>
        <translation>保存 vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="177"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard 文件 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="199"/>
        <source>Contacts written to {target}: {contacts}.</source>
        <translation>已写入 {target} 的联系人：{contacts}。</translation>
    </message>
</context>
<context>
    <name>FindMailDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="110"/>
        <source>Find my mail</source>
        <translation>查找我的邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="123"/>
        <source>Tick the mailbox where the monthly TLD-OPS repository email arrives: usually your inbox, or the folder your mail filters move the list&apos;s messages to. Nothing is read until you click Import. The mailboxes you import are remembered and checked for new editions each time the app starts.</source>
        <translation>勾选接收 TLD-OPS 存储库月度邮件的邮箱：通常是收件箱，或邮件过滤规则将该列表邮件移入的文件夹。在您点击“导入”之前，不会读取任何内容。您导入的邮箱会被记住，并在每次启动应用时检查是否有新版本。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="134"/>
        <source>Looking in the usual places of Thunderbird, Evolution, KMail, Claws Mail, Apple Mail and Outlook…</source>
        <translation>正在 Thunderbird、Evolution、KMail、Claws Mail、Apple Mail 和 Outlook 的常用位置中查找…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="143"/>
        <source>Looking for mailboxes</source>
        <translation>正在查找邮箱</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="151"/>
        <source>Mailboxes found</source>
        <translation>找到的邮箱</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="156"/>
        <source>Mailbox</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="157"/>
        <source>Mail program</source>
        <translation>邮件程序</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="158"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="159"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="160"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="183"/>
        <source>Remembered mailboxes (checked for new editions)</source>
        <translation>已记住的邮箱（会检查是否有新版本）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="187"/>
        <source>Remembered mailboxes</source>
        <translation>已记住的邮箱</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="191"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="193"/>
        <source>Stop checking this mailbox (the contacts already imported stay)</source>
        <translation>不再检查此邮箱（已导入的联系人会保留）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="207"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="210"/>
        <source>Remember the ticked mailboxes and import the editions in them</source>
        <translation>记住已勾选的邮箱，并导入其中的版本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="214"/>
        <source>Import a &amp;file…</source>
        <translation>导入文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="215"/>
        <source>A saved repository email (.eml) or an mbox file</source>
        <translation>已保存的存储库邮件（.eml）或 mbox 文件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="216"/>
        <source>Import a f&amp;older…</source>
        <translation>导入文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="217"/>
        <source>A Maildir or MH folder, or a folder of .eml files</source>
        <translation>Maildir 或 MH 文件夹，或包含 .eml 文件的文件夹</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="302"/>
        <source>Remembered</source>
        <translation>已记住</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="324"/>
        <source>No mailbox was found in the usual places of the mail programs. If you know where the monthly email is, import it from here: a saved email or an mbox file with Import a file…, a mail folder with Import a folder…</source>
        <translation>在各邮件程序的常用位置中未找到邮箱。如果您知道每月邮件的位置，可在此导入：已保存的邮件或 mbox 文件请用“导入文件…”，邮件文件夹请用“导入文件夹…”。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="331"/>
        <source>Found 1 mailbox. Tick it, then click Import.</source>
        <translation>找到 1 个邮箱。请勾选它，然后点击“导入”。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="333"/>
        <source>Found %1 mailboxes. Tick the ones to use, then click Import.</source>
        <translation>找到 %1 个邮箱。请勾选要使用的邮箱，然后点击“导入”。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="336"/>
        <source>No mailbox found here can be read as it is: see below for what to do.</source>
        <translation>此处找到的邮箱均无法直接读取：处理方法见下文。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="354"/>
        <source>Not readable: export needed</source>
        <translation>无法读取：需要导出</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="356"/>
        <source>Needs the Outlook add-on</source>
        <translation>需要 Outlook 附加组件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="362"/>
        <source>Outlook for Mac keeps mail in its own database, which this app cannot read. Drag the monthly repository emails from Outlook into a folder (they become .eml files) and import that folder.</source>
        <translation>Outlook for Mac 将邮件保存在自己的数据库中，本应用无法读取。请将月度存储库邮件从 Outlook 拖到一个文件夹中（它们会成为 .eml 文件），然后导入该文件夹。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="368"/>
        <source>Outlook data files (.pst, .ost) need the optional Outlook support: pip install &apos;tldops-desktop[outlook]&apos;. Without it, drag the emails out of Outlook into a folder and import that folder.</source>
        <translation>Outlook 数据文件（.pst、.ost）需要可选的 Outlook 支持：pip install &apos;tldops-desktop[outlook]&apos;。如未安装，请将邮件从 Outlook 拖到一个文件夹中，然后导入该文件夹。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="445"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="452"/>
        <source>None yet: the mailboxes you import are remembered here.</source>
        <translation>暂无：您导入的邮箱会记在这里。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="71"/>
        <source>Edition history</source>
        <translation>版本历史</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="82"/>
        <source>Editions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="85"/>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="86"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="87"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="88"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="89"/>
        <source>Trusted</source>
        <translation>可信</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="90"/>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="117"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="117"/>
        <source>no — not from the list</source>
        <translation>否——并非来自邮件列表</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="118"/>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="148"/>
        <source>Older edition</source>
        <translation>较早的版本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="150"/>
        <source>Newer edition</source>
        <translation>较新的版本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="152"/>
        <source>(untrusted)</source>
        <translation>（不可信）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="155"/>
        <source>Changes &amp;from</source>
        <translation>变更：从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="157"/>
        <source>&amp;to</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="171"/>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>Old</source>
        <translation>旧值</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="285"/>
        <source>Import a second edition to see what changed from one month to the next.</source>
        <translation>再导入一个版本，即可查看逐月的变化。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="287"/>
        <source>Choose two editions.</source>
        <translation>请选择两个版本。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="291"/>
        <source>Choose two different editions.</source>
        <translation>请选择两个不同的版本。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="295"/>
        <source>This edition is no longer in the database.</source>
        <translation>数据库中已没有此版本。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="305"/>
        <source>{cctld}: no change between these two editions.</source>
        <translation>{cctld}：这两个版本之间没有变化。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="317"/>
        <source>No changes from {old} to {new}.</source>
        <translation>从 {old} 到 {new} 没有变化。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="324"/>
        <source>From {old} to {new}: members joined: {joined}, left: {left}, changed: {changed} (contact changes: {contacts}).</source>
        <translation>从 {old} 到 {new}：加入的成员：{joined}，退出：{left}，有变更：{changed}（联系人变更：{contacts}）。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="336"/>
        <source>Joined</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="337"/>
        <source>Left</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="338"/>
        <source>Changed</source>
        <translation>有变更</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="387"/>
        <source>Contact added</source>
        <translation>新增联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="397"/>
        <source>Contact removed</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="406"/>
        <source>Contact changed: {name}</source>
        <translation>联系人变更：{name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="438"/>
        <source>position</source>
        <translation>顺位</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="439"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="440"/>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="441"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="442"/>
        <source>country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="443"/>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="459"/>
        <source>1 contact</source>
        <translation>1 个联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="460"/>
        <source>{count} contacts</source>
        <translation>{count} 个联系人</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="48"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="65"/>
        <source>Looking for repository emails in 1 location…</source>
        <translation>正在 1 个位置中查找存储库邮件…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="67"/>
        <source>Looking for repository emails in {count} locations…</source>
        <translation>正在 {count} 个位置中查找存储库邮件…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="73"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="75"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="109"/>
        <source>Cancelling… nothing will be stored.</source>
        <translation>正在取消……不会存储任何内容。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="138"/>
        <source>All {messages} messages read · reading the editions found: {editions}…</source>
        <translation>已读完全部 {messages} 封邮件 · 正在读取找到的版本：{editions}…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="145"/>
        <source>{scanned} of {total}</source>
        <translation>{scanned} / {total}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="151"/>
        <source>{size} · messages: {messages} · editions found: {editions}</source>
        <translation>{size} · 邮件：{messages} · 找到的版本：{editions}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="48"/>
        <source>it has no List-Id header, so it did not come through a mailing list</source>
        <translation>它没有 List-Id 头，因此并非经由邮件列表送达</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="52"/>
        <source>it came through another mailing list</source>
        <translation>它来自另一个邮件列表</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="55"/>
        <source>it has no Sender header of the TLD-OPS list server, which the list&apos;s copies carry</source>
        <translation>它没有 TLD-OPS 列表服务器的 Sender 头，而列表发出的副本都带有该头</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="59"/>
        <source>it was sent by another server than the TLD-OPS list&apos;s</source>
        <translation>它由 TLD-OPS 邮件列表服务器以外的服务器发送</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="62"/>
        <source>neither its From nor its To is the TLD-OPS list address</source>
        <translation>其 From 和 To 都不是 TLD-OPS 邮件列表地址</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="65"/>
        <source>its edition date is later than the day it was sent: the list sends an edition when it is made</source>
        <translation>其版本日期晚于发送日期：邮件列表在生成版本时即发送</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="70"/>
        <source>its edition date is more than a week after today: the list sends an edition when it is made</source>
        <translation>其版本日期比今天晚一周以上：邮件列表在版本生成时即发送</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="75"/>
        <source>it was inside a digest that the TLD-OPS list did not send</source>
        <translation>它位于并非由 TLD-OPS 列表发送的摘要中</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="80"/>
        <source>unknown reason</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="86"/>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="87"/>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="88"/>
        <source>is a link to a file or folder that does not exist</source>
        <translation>是指向不存在的文件或文件夹的链接</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="91"/>
        <source>is a named pipe, not a file. Save what it gives to a file and import that</source>
        <translation>是命名管道，不是文件。请将其输出保存到文件中，再导入该文件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="95"/>
        <source>is not a mailbox or mail file</source>
        <translation>不是邮箱或邮件文件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="98"/>
        <source>is too large to be an edition</source>
        <translation>过大，不可能是一个版本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="101"/>
        <source>has a header block too large to be mail</source>
        <translation>头部块过大，不像是邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="104"/>
        <source>is nested too deeply to read</source>
        <translation>嵌套层级过深，无法读取</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="107"/>
        <source>begins a message that names an edition, run on from the message before it after a “From ” line of a form mail programs do not write: not read. Save that message from your mail program as an .eml file and import that</source>
        <translation>开始一封提及某一期的邮件，它接在前一封邮件之后，中间的“From ”行格式不是邮件程序所写的：未读取。请在邮件程序中将该邮件另存为 .eml 文件并导入</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="113"/>
        <source>ends before its last MIME part is closed, where another message begins in the file (a copy cut short, then another joined to it): read up to there</source>
        <translation>在最后一个 MIME 部分关闭之前结束，文件中另一封邮件从该处开始（一份被截断的副本后接了另一封邮件）：已读取到该处</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="118"/>
        <source>unpacks to far more than its own size, as no mail does (an archive made to fill memory or disk): the rest of it was not read</source>
        <translation>解压后远大于其自身大小，邮件不会如此（为耗尽内存或磁盘而制作的归档）：其余部分未读取</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="123"/>
        <source>holds too many files to look through all of them. Unpack it and import the mail in it</source>
        <translation>包含的文件太多，无法全部查看。请解压后导入其中的邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="127"/>
        <source>cannot be parsed as mail</source>
        <translation>无法解析为邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="128"/>
        <source>has no readable text</source>
        <translation>没有可读的文本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="129"/>
        <source>lists no members</source>
        <translation>未列出任何成员</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="130"/>
        <source>has an edition stamp that is not a date</source>
        <translation>版本标记不是日期</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="138"/>
        <source>has a text too large to be an edition</source>
        <translation>其正文过大，不可能是一期版本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="141"/>
        <source>was not imported: part of it is zeroed (NUL bytes, as a crash or a disk fault leaves), so its members&apos; contacts could be mixed up. Import an intact copy</source>
        <translation>未导入：其中一部分被清零（崩溃或磁盘故障留下的 NUL 字节），成员的联系人可能被混淆。请导入完好的副本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="146"/>
        <source>was forwarded in the text of a message, not attached: who wrote it cannot be checked, so it was not imported. Ask for the original as an attachment</source>
        <translation>是在邮件正文中转发的，而非作为附件：无法核实撰写者，因此未导入。请索取以附件形式发送的原件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="151"/>
        <source>needs the optional Outlook support</source>
        <translation>需要可选的 Outlook 支持</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="154"/>
        <source>has only a rich-text (RTF) body; save it as .eml to import it</source>
        <translation>只有富文本 (RTF) 正文；请将其另存为 .eml 后再导入</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="157"/>
        <source>has an attached message that Apple Mail keeps apart and has not downloaded. Open the message in Mail, then import again</source>
        <translation>含有一封附加的邮件，Apple Mail 将其单独保存且尚未下载。请在“邮件”中打开该邮件，然后重新导入</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="162"/>
        <source>was not imported: it does not reach the list&apos;s footer and lists fewer members or contacts than the edition before it, as a copy cut short does. Import a complete copy</source>
        <translation>未导入：它没有到达邮件列表的页脚，且成员或联系人少于上一版本，就像被截断的副本。请导入完整副本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="168"/>
        <source>names an edition and lists contacts, but its subject does not begin with the edition&apos;s title (a member&apos;s post, or a mark a mail filter put there): not imported</source>
        <translation>提到某一期并列有联系人，但其主题不是以该期的标题开头（成员的帖子，或邮件过滤器加上的标记）：未导入</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="173"/>
        <source>was not imported: only its first lines were downloaded. In Thunderbird, open it and choose to download the rest of the message</source>
        <translation>未导入：只下载了前几行。请在 Thunderbird 中打开它，并选择下载邮件的其余部分</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="178"/>
        <source>names an edition but is encrypted (S/MIME or PGP), which cannot be read here: not imported. Save the edition from your mail program, decrypted, as an .eml file and import that</source>
        <translation>指明了一个版本，但已加密（S/MIME 或 PGP），无法在此读取：未导入。请在邮件程序中将该版本解密后另存为 .eml 文件，再导入该文件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="184"/>
        <source>names an edition but is signed (S/MIME) with a damaged signature, in which the message is carried: not imported. Save the edition from your mail program as an .eml file and import that</source>
        <translation>指明了一个版本，但带有已损坏的 S/MIME 签名，而邮件就装在签名之中：未导入。请在邮件程序中将该版本另存为 .eml 文件，再导入该文件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="190"/>
        <source>has the edition&apos;s title with a stamp not in angle brackets, as the list never writes it (a mail program or gateway changed the subject, or a forgery): not imported</source>
        <translation>带有版本标题，但其标记不在尖括号内，列表从不这样写（邮件程序或网关改动了主题，或是伪造）：未导入</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="196"/>
        <source>names an edition and has an attachment in Outlook&apos;s own format (a .msg file or winmail.dat), which cannot be read inside a message: not imported. Open it in Outlook, save the attached message to a folder and import that folder</source>
        <translation>提到某一期，并带有 Outlook 专有格式的附件（.msg 文件或 winmail.dat），在邮件内无法读取：未导入。请在 Outlook 中打开该邮件，将附带的邮件保存到一个文件夹，然后导入该文件夹</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="224"/>
        <source>a whole copy replaced the one stored, which was cut short (its last members missing): {source}</source>
        <translation>完整副本替换了已存储的截断副本（缺少最后的成员）：{source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="229"/>
        <source>a copy cut short (its last members missing) was left out: {source}</source>
        <translation>已略过一个截断的副本（缺少最后的成员）：{source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="233"/>
        <source>a copy with its names whole replaced the one stored, which had “?” for letters (a plain-text digest): {source}</source>
        <translation>姓名完整的副本取代了已存储的副本，后者的部分字母被写成“?”（纯文本摘要）：{source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="238"/>
        <source>a copy with “?” for letters of its names (a plain-text digest) was left out: {source}</source>
        <translation>已舍弃一份姓名中部分字母被写成“?”的副本（纯文本摘要）：{source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="242"/>
        <source>the list&apos;s own copy took the place of one imported without the list&apos;s word: {source}</source>
        <translation>邮件列表自己的副本取代了未经列表确认而导入的副本：{source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="246"/>
        <source>the copy you chose took the place of the one stored, which stays on record: {source}</source>
        <translation>您选择的副本取代了已存储的副本，后者仍保留在记录中：{source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="250"/>
        <source>it does not reach the list&apos;s footer, so it may have been cut short: check its last members, or import a complete copy: {source}</source>
        <translation>它没有到达邮件列表的页脚，可能已被截断：请检查最后几个成员，或导入完整副本：{source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="255"/>
        <source>stored as another version of TLD-OPS Desktop read it; its contacts are now as this version reads the same email: {source}</source>
        <translation>按 TLD-OPS Desktop 的另一版本读取的结果存储；其联系人现已改为本版本读取同一封邮件的结果：{source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="271"/>
        <source>the ccTLD&apos;s label and its A-label disagree; the A-label was kept</source>
        <translation>ccTLD 的标签与其 A-label 不一致；已保留 A-label</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="274"/>
        <source>a table column whose cells are not kept (of no kind known, or a second one of a kind): read them in the email</source>
        <translation>表格中未保留其单元格的一列（类型未知，或同类的第二列）：请在邮件中查看</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="279"/>
        <source>its text is not in the character set it declares, so its names were read by a guess: check them</source>
        <translation>其文本并非所声明的字符集，姓名是推测读出的：请核对</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="284"/>
        <source>its text names no character set, so its names were read by a guess: check them</source>
        <translation>其文本未声明字符集，因此姓名是推测读取的：请核对</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="288"/>
        <source>its text was read in the wrong character set on its way and sent on so (“JosÃ©” for “José”); its names were read back as written: check them</source>
        <translation>其文本在传递中被按错误的字符集读取后又照此转发（“JosÃ©”而非“José”）；姓名已按原本的写法重新读取：请核对</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="293"/>
        <source>not an email address (kept as written)</source>
        <translation>不是电子邮件地址（按原样保留）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="296"/>
        <source>no number to dial could be read (kept as written)</source>
        <translation>无法读出可拨打的号码（按原样保留）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="299"/>
        <source>a contact without this field</source>
        <translation>缺少此字段的联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="302"/>
        <source>no region given (the app shows the usual one, marked)</source>
        <translation>未给出区域（应用显示通常的区域，并加标记）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="305"/>
        <source>the ccTLD is listed twice; every contact was kept</source>
        <translation>该 ccTLD 出现两次；所有联系人均已保留</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="308"/>
        <source>a member without contacts</source>
        <translation>没有联系人的成员</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="311"/>
        <source>the same contact written again for the member: kept once</source>
        <translation>该成员的同一联系人再次出现：只保留一次</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="314"/>
        <source>a contact whose every field is a placeholder (such as “—” or “TBD”): not kept</source>
        <translation>所有字段均为占位符（如“—”或“TBD”）的联系人：未保留</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="318"/>
        <source>more than three contacts (all kept)</source>
        <translation>超过三个联系人（全部保留）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="321"/>
        <source>letters of this name were lost on the way (written as “?”, as a plain-text digest does): import the list&apos;s own copy</source>
        <translation>此姓名的部分字母在传递中丢失（被写成“?”，纯文本摘要会这样）：请导入邮件列表自己的副本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="326"/>
        <source>two contacts of the member give this position (both kept, in the order written)</source>
        <translation>该成员的两个联系人标注了同一位置（均已保留，按书写顺序排列）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="342"/>
        <source>an unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="343"/>
        <source>a field outside any member&apos;s contact</source>
        <translation>不属于任何成员联系人的字段</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="346"/>
        <source>a table row that does not fit the table&apos;s columns</source>
        <translation>与表格列不符的表格行</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="349"/>
        <source>not a ccTLD that can be read</source>
        <translation>不是可识别的 ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="352"/>
        <source>text among the data</source>
        <translation>数据中的文字</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="353"/>
        <source>a note among the members; read it</source>
        <translation>成员之间的附注；请阅读</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="390"/>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="412"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="411"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="411"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="428"/>
        <source>Import anyway…</source>
        <translation>仍然导入…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="432"/>
        <source>Keep this copy instead…</source>
        <translation>改为保留此副本…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="435"/>
        <source>Store the selected conflicting copy in place of the one kept</source>
        <translation>用所选的冲突副本替换已保留的副本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="466"/>
        <source>The import stopped: {error}</source>
        <translation>导入已中止：{error}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="472"/>
        <source>Editions added</source>
        <translation>已添加的版本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="474"/>
        <source>Already present</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="478"/>
        <source>Not sent through the TLD-OPS list</source>
        <translation>未经 TLD-OPS 邮件列表发送</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="542"/>
        <source>Where the import stopped</source>
        <translation>导入停止的位置</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="564"/>
        <source>{stamp}, HTML line {line}</source>
        <translation>{stamp}，HTML 第 {line} 行</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="573"/>
        <source>already stored as a trusted edition; this copy changes nothing; </source>
        <translation>已作为可信版本保存；此副本不会改变任何内容；</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="574"/>
        <source>imported as untrusted; </source>
        <translation>已作为不可信版本导入；</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="492"/>
        <source>Conflicts (same edition, different content)</source>
        <translation>冲突（同一版本，内容不同）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="497"/>
        <source>{source}: differs from the copy already stored ({existing}); the stored copy was kept</source>
        <translation>{source}：与已存储的副本（{existing}）不同；已保留存储的副本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="515"/>
        <source>Lines not understood</source>
        <translation>无法识别的行</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="566"/>
        <source>{stamp}, line {line}</source>
        <translation>{stamp}，第 {line} 行</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="526"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="537"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="550"/>
        <source>1 edition did not come through the TLD-OPS list and was not imported. Anyone can send an email that looks like the repository.</source>
        <translation>有 1 个版本并非通过 TLD-OPS 邮件列表送达，未被导入。任何人都可以发送看起来像存储库的邮件。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="555"/>
        <source>{count} editions did not come through the TLD-OPS list and were not imported. Anyone can send an email that looks like the repository.</source>
        <translation>有 {count} 个版本并非通过 TLD-OPS 邮件列表送达，未被导入。任何人都可以发送看起来像存储库的邮件。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="581"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="582"/>
        <source>the backup taken before an import could not be written: nothing was stored</source>
        <translation>导入前的备份无法写入：未保存任何内容</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="585"/>
        <source>Mail read</source>
        <translation>已读取的邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="586"/>
        <source>every edition above is stored, but the mail read is not remembered: the next import reads it again</source>
        <translation>以上各版本均已保存，但未记住已读取的邮件：下次导入会重新读取</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="591"/>
        <source>being written when the import stopped: not stored</source>
        <translation>导入停止时正在写入：未保存</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="593"/>
        <source>written with it, then undone: not stored</source>
        <translation>与其一同写入后被撤销：未保存</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="597"/>
        <source>not examined: not stored by this import</source>
        <translation>未检查：本次导入未保存</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="216"/>
        <source>{problem} (technical detail: {detail})</source>
        <translation>{problem}（技术细节：{detail}）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="133"/>
        <source>may have been cut short (its mail file ends mid-line, before the list&apos;s footer): not imported. Import a complete copy</source>
        <translation>可能被截断（其邮件文件在一行中间结束，未到列表的页脚）：未导入。请导入完整副本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="608"/>
        <source>Scanned 1 message ({size}).</source>
        <translation>已扫描 1 封邮件（{size}）。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="610"/>
        <source>Scanned {count} messages ({size}).</source>
        <translation>已扫描 {count} 封邮件（{size}）。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="612"/>
        <source>Found 1 edition: {added} added, {present} already present.</source>
        <translation>找到 1 个版本：新增 {added} 个，已存在 {present} 个。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="614"/>
        <source>Found {count} editions: {added} added, {present} already present.</source>
        <translation>找到 {count} 个版本：新增 {added} 个，已存在 {present} 个。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="630"/>
        <source>This was a trial run: nothing was stored.</source>
        <translation>这是一次试运行：未存储任何内容。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="633"/>
        <source>No repository email was found. Choose the mailbox or the saved email whose subject is “TLD-OPS Incident Response Community Repository &lt;…&gt;”.</source>
        <translation>未找到存储库邮件。请选择邮箱或已保存的邮件，其主题为“TLD-OPS Incident Response Community Repository &lt;…&gt;”。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="644"/>
        <source>1 edition was not imported: it was not sent through the TLD-OPS list.</source>
        <translation>有 1 个版本未导入：它未经 TLD-OPS 邮件列表发送。</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="647"/>
        <source>%Ln editions were not imported: they were not sent through the TLD-OPS list.</source>
        <translation>
            <numerusform>有 %Ln 个版本未导入：它们未经 TLD-OPS 邮件列表发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="654"/>
        <source>1 edition was not imported because of a problem (see Problems).</source>
        <translation>有 1 个版本因问题未导入（见“问题”）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="657"/>
        <source>%Ln editions were not imported because of a problem (see Problems).</source>
        <translation>
            <numerusform>有 %Ln 个版本因问题未导入（见“问题”）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="665"/>
        <source>1 copy differs from the edition stored under its date: the stored one was kept.</source>
        <translation>有 1 份副本与按其日期存储的版本不同：已保留存储的版本。</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="670"/>
        <source>%Ln copies differ from the editions stored under their dates: the stored ones were kept.</source>
        <translation>
            <numerusform>有 %Ln 份副本与按其日期存储的版本不同：已保留存储的版本。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="678"/>
        <source>1 file could not be read as mail.</source>
        <translation>有 1 个文件无法作为邮件读取。</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="680"/>
        <source>%Ln files could not be read as mail.</source>
        <translation>
            <numerusform>有 %Ln 个文件无法作为邮件读取。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="684"/>
        <source>1 other problem (see Problems).</source>
        <translation>另有 1 个问题（见“问题”）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="686"/>
        <source>%Ln other problems (see Problems).</source>
        <translation>
            <numerusform>另有 %Ln 个问题（见“问题”）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="695"/>
        <source>Members that differ: {members}.</source>
        <translation>存在差异的成员：{members}。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="779"/>
        <source>Keep this copy instead?</source>
        <translation>改为保留此副本？</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="782"/>
        <source>Edition {stamp} was found twice, with different contacts. Keep the copy from {source} in place of the one stored?</source>
        <translation>版本 {stamp} 出现了两次，联系人不同。是否保留来自 {source} 的副本以取代已存储的副本？</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="792"/>
        <source>Choose it when you know it is the right one, a correction sent by the list, say. A backup is taken first, and the copy stored now stays on record.</source>
        <translation>如果您确定它是正确的（例如列表发出的更正），请选择它。会先进行备份，当前存储的副本仍保留在记录中。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="798"/>
        <source>Keep this copy</source>
        <translation>保留此副本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="834"/>
        <source>Import untrusted editions?</source>
        <translation>导入不可信的版本？</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="837"/>
        <source>These editions were not sent through the TLD-OPS mailing list. Anyone can send an email that looks like the repository, with false phone numbers or addresses.</source>
        <translation>这些版本并非通过 TLD-OPS 邮件列表发送。任何人都可以发送看似存储库邮件的邮件，其中可能含有虚假的电话号码或地址。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="843"/>
        <source>Import them only if you know where they came from. They are stored marked as untrusted and never become the current edition while a trusted one exists; with none stored, the newest is shown under a red warning.</source>
        <translation>仅当您知道其来源时才导入。它们会被标记为不可信并存储，只要存在可信版本就绝不会成为当前版本；若没有任何可信版本，则在红色警告下显示最新的一个。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="855"/>
        <source>Import anyway</source>
        <translation>仍然导入</translation>
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
        <translation>正在等待系统密钥环提供联系人的密钥。如果桌面显示解锁密钥环的提示，请回应它。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/workers.py" line="51"/>
        <source>Stop waiting</source>
        <translation>停止等待</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="16"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="18"/>
        <source>The contacts are hidden because the window was left without input.</source>
        <translation>由于窗口长时间无操作，联系人已被隐藏。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="25"/>
        <source>Anyone at this computer can unlock it: the key of the contacts is kept by the system (its keyring, or the environment), so no passphrase is asked. Lock the computer itself when you leave it.</source>
        <translation>这台电脑前的任何人都能解锁：联系人的密钥由系统保管（系统钥匙串或环境变量），因此不会询问口令。离开时请锁定电脑本身。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="33"/>
        <location filename="../tldops_desktop/gui/locked_page.py" line="36"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="205"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="207"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="253"/>
        <source>Search ccTLD, country, name, email or phone (Ctrl+F)</source>
        <translation>搜索 ccTLD、国家/地区、姓名、电子邮件或电话（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="258"/>
        <source>Search members</source>
        <translation>搜索成员</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="261"/>
        <source>Type a ccTLD, country, name, email or phone digits; Up and Down move in the list, Enter shows the contacts, Escape clears</source>
        <translation>输入 ccTLD、国家/地区、姓名、电子邮件或电话号码；用上下方向键在列表中移动，按 Enter 显示联系人，按 Escape 清除</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="274"/>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="277"/>
        <source>Unknown region</source>
        <translation>未知区域</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="278"/>
        <source>Region filter</source>
        <translation>区域筛选</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="279"/>
        <source>Show the members of one ICANN region</source>
        <translation>显示某一 ICANN 区域的成员</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1218"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1184"/>
        <source>The contacts are hidden because the window was left without input.</source>
        <translation>由于窗口长时间无操作，联系人已被隐藏。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="329"/>
        <source>Current edition</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="331"/>
        <source>Members and contacts</source>
        <translation>成员和联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="333"/>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="370"/>
        <source>The contacts are closed. Unlock them to see them again.</source>
        <translation>联系人已关闭。解锁后即可再次查看。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="482"/>
        <source>Already checking the remembered mailboxes for new editions.</source>
        <translation>已在检查已记住的邮箱中是否有新版本。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1032"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="582"/>
        <source>(NOT sent through the list)</source>
        <translation>（并非通过邮件列表发送）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="587"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="584"/>
        <source>(demo)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="580"/>
        <source>edition %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="595"/>
        <source>Bold: changed since %1</source>
        <translation>粗体：自 %1 以来有变更</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="600"/>
        <source>No contacts yet</source>
        <translation>尚无联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="604"/>
        <source>Edition %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="608"/>
        <source>NOT sent through the list</source>
        <translation>并非通过邮件列表发送</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="610"/>
        <source>demo data, invented people</source>
        <translation>演示数据，人物均为虚构</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="614"/>
        <source>%1 members · %2 contacts</source>
        <translation>%1 个成员 · %2 个联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="893"/>
        <source>Mail files (*.eml *.mbox *.mbx *.msg *.txt *.zip *.tgz *.tar *.gz *.bz2 *.xz);;All files (*)</source>
        <translation>邮件文件 (*.eml *.mbox *.mbx *.msg *.txt *.zip *.tgz *.tar *.gz *.bz2 *.xz);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1028"/>
        <source>the search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1031"/>
        <source>region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1275"/>
        <source>Read only: nothing can be imported into this data folder.</source>
        <translation>只读：无法向此数据文件夹导入任何内容。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="770"/>
        <source>Copied %1; the clipboard is cleared in %2 s.</source>
        <translation>已复制：%1；剪贴板将在 %2 秒后清空。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="772"/>
        <source>Copied %1.</source>
        <translation>已复制：%1。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="784"/>
        <source>the phone number of the %1</source>
        <translation>%1的电话号码</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="785"/>
        <source>Nothing copied: the %1 lists no phone number.</source>
        <translation>未复制任何内容：%1未列出电话号码。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="791"/>
        <source>the email address of the %1</source>
        <translation>%1的电子邮件地址</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="792"/>
        <source>Nothing copied: the %1 lists no email address.</source>
        <translation>未复制任何内容：%1未列出电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="830"/>
        <source>No monitoring tools (see Settings)</source>
        <translation>没有监测工具（见“设置”）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="890"/>
        <source>Import the monthly repository email</source>
        <translation>导入月度存储库邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="902"/>
        <source>Import a mail folder (Maildir, MH or .eml files)</source>
        <translation>导入邮件文件夹（Maildir、MH 或 .eml 文件）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="927"/>
        <source>Import cancelled: the contacts are as they were.</source>
        <translation>已取消导入：联系人保持不变。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1097"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1159"/>
        <source>About TLD-OPS Desktop</source>
        <translation>关于 TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1161"/>
        <source>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;The incident-response contacts of the TLD-OPS member ccTLDs, imported from the monthly repository email and kept encrypted on this computer.&lt;/p&gt;&lt;p&gt;The app never connects to the network: links open in your own mail, phone or browser application, and only when you click them.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;TLD-OPS 成员 ccTLD 的事件响应联系人，从月度存储库邮件导入，并加密保存在本机上。&lt;/p&gt;&lt;p&gt;本应用从不连接网络：链接只会在您点击时，在您自己的邮件、电话或浏览器应用中打开。&lt;/p&gt;&lt;p&gt;数据文件夹：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1181"/>
        <source>The contacts are hidden until you unlock the window.</source>
        <translation>联系人已隐藏，解锁窗口后即可查看。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1217"/>
        <source>TLD-OPS Desktop (locked)</source>
        <translation>TLD-OPS Desktop（已锁定）</translation>
    </message>
</context>
<context>
    <name>MemberTable</name>
    <message>
        <location filename="../tldops_desktop/gui/member_table.py" line="48"/>
        <source>Members</source>
        <translation>成员</translation>
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
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="131"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="132"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="136"/>
        <source>ICANN region; %1 marks a region taken from the ccTLD table, not from the email</source>
        <translation>ICANN 区域；%1 表示该区域取自 ccTLD 表，而非邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="178"/>
        <source>%1 (changed in the latest edition)</source>
        <translation>%1（在最新版本中有变更）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="222"/>
        <source>The email gives no region; %1 comes from the ccTLD table.</source>
        <translation>邮件未提供区域；%1 来自 ccTLD 表。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="225"/>
        <source>No region known</source>
        <translation>区域未知</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="227"/>
        <source>%1 changed in the latest edition</source>
        <translation>%1 在最新版本中有变更</translation>
    </message>
</context>
<context>
    <name>NewsBanner</name>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="45"/>
        <source>New editions</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="60"/>
        <source>Show changes</source>
        <translation>显示变更</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="62"/>
        <source>What changed between the two latest editions</source>
        <translation>最近两个版本之间的变化</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="73"/>
        <source>Review…</source>
        <translation>核查…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="77"/>
        <source>Open the import on the mailboxes where they were found: see who sent them, and import them only if you trust them</source>
        <translation>对发现它们的邮箱打开导入：查看发件人，仅在您信任它们时才导入</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="91"/>
        <location filename="../tldops_desktop/gui/news_banner.py" line="92"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="109"/>
        <source>New contacts: edition %1, %2</source>
        <translation>联系人已更新：版本 %1，%2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="118"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="121"/>
        <source>New contacts: edition %1</source>
        <translation>联系人已更新：版本 %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="129"/>
        <source>1 edition not sent through the list was ignored (%1): it may be forged.</source>
        <translation>已忽略 1 个未经邮件列表发送的版本（%1）：它可能是伪造的。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="133"/>
        <source>%2 editions not sent through the list were ignored (%1): they may be forged.</source>
        <translation>已忽略 %2 个未经邮件列表发送的版本（%1）：它们可能是伪造的。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="166"/>
        <source>no contact changed</source>
        <translation>无联系人变更</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="168"/>
        <source>1 contact changed</source>
        <translation>1 个联系人有变更</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="169"/>
        <source>%1 contacts changed</source>
        <translation>%1 个联系人有变更</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="175"/>
        <source>1 member joined</source>
        <translation>1 个成员加入</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="175"/>
        <source>%1 members joined</source>
        <translation>%1 个成员加入</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="177"/>
        <source>1 member left</source>
        <translation>1 个成员退出</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="177"/>
        <source>%1 members left</source>
        <translation>%1 个成员退出</translation>
    </message>
</context>
<context>
    <name>NonMembersDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="55"/>
        <source>ccTLDs not in TLD-OPS yet</source>
        <translation>尚未加入 TLD-OPS 的 ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="78"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="79"/>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="82"/>
        <source>&amp;Region</source>
        <translation>区域(&amp;R)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="90"/>
        <source>ccTLDs that are not members</source>
        <translation>非成员 ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="94"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="94"/>
        <source>Country or territory</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="94"/>
        <source>A-label</source>
        <translation>A-label</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="108"/>
        <source>A ccTLD joins TLD-OPS when its IANA administrative contact asks the ccNSO Secretariat. If you know one of these ccTLDs, invite them; until then, their administrative contact in the IANA root zone database is the fallback.</source>
        <translation>ccTLD 由其 IANA 行政联系人向 ccNSO 秘书处提出申请后即可加入 TLD-OPS。如果您认识其中某个 ccTLD 的人员，请邀请他们加入；在此之前，可退而联系其在 IANA 根区数据库中登记的行政联系人。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="116"/>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="137"/>
        <source>Coverage over the editions imported</source>
        <translation>已导入各版本的覆盖率</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="124"/>
        <source>Open &amp;IANA page</source>
        <translation>打开 IANA 页面(&amp;I)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="127"/>
        <source>The ccTLD&apos;s record in the IANA root zone database, in your web browser</source>
        <translation>在网页浏览器中查看该 ccTLD 在 IANA 根区数据库中的记录</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="129"/>
        <source>Prepare &amp;join request…</source>
        <translation>准备加入申请(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="144"/>
        <source>Africa</source>
        <translation>非洲</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="145"/>
        <source>Asia Pacific</source>
        <translation>亚太</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="146"/>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="147"/>
        <source>Latin America and Caribbean</source>
        <translation>拉丁美洲和加勒比</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="148"/>
        <source>North America</source>
        <translation>北美</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="168"/>
        <source>There are no editions yet. Import a repository email first.</source>
        <translation>尚无版本。请先导入一封存储库邮件。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="175"/>
        <source>Edition %1: %2 of %3 delegated ccTLDs are members (%4); %5 are not yet.</source>
        <translation>版本 %1：%3 个已委派的 ccTLD 中有 %2 个是成员（%4）；%5 个尚未加入。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="190"/>
        <source>%1 — %2 of %3 are members (%4); %5 not yet</source>
        <translation>%1——%3 个中有 %2 个是成员（%4）；%5 个尚未加入</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="128"/>
        <source>Current passphrase</source>
        <translation>当前密码短语</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="129"/>
        <source>New passphrase</source>
        <translation>新密码短语</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="130"/>
        <source>Repeat the new passphrase</source>
        <translation>再次输入新密码短语</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="132"/>
        <source>&amp;Current passphrase:</source>
        <translation>当前密码短语(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="135"/>
        <source>at least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="137"/>
        <source>&amp;New passphrase:</source>
        <translation>新密码短语(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="138"/>
        <source>&amp;Repeat:</source>
        <translation>确认(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="143"/>
        <source>A passphrase cannot be recovered: if it is forgotten, the contacts must be imported again from the monthly emails.</source>
        <translation>密码短语无法找回：一旦忘记，就必须从月度邮件重新导入联系人。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="175"/>
        <source>Type the current passphrase.</source>
        <translation>请输入当前密码短语。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="178"/>
        <source>Type a new passphrase.</source>
        <translation>请输入新密码短语。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="183"/>
        <source>A passphrase needs at least {count} characters: a few words are easy to remember and hard to guess.</source>
        <translation>密码短语至少需要 {count} 个字符：几个单词既容易记住，又难以猜到。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="189"/>
        <source>The two new passphrases differ.</source>
        <translation>两次输入的新密码短语不一致。</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="224"/>
        <source>QR code: {name}</source>
        <translation>QR 码：{name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="228"/>
        <source>Point the phone&apos;s camera at the code to add {name} ({cctld}) as a contact.</source>
        <translation>将手机摄像头对准此码，即可将 {name}（{cctld}）添加为联系人。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="253"/>
        <source>This contact&apos;s name and email address are too long for a QR code a phone camera can read. Export the contact as a vCard instead.</source>
        <translation>此联系人的姓名和电子邮件地址太长，无法生成手机摄像头能读取的二维码。请改为将联系人导出为 vCard。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="260"/>
        <source>This code holds the first phone number and email address only: the whole contact would make a code too dense for a phone camera. Export the contact as a vCard for all of it.</source>
        <translation>此二维码只包含第一个电话号码和第一个电子邮件地址：完整的联系人会使二维码过于密集，手机摄像头无法读取。请将联系人导出为 vCard 以获取全部信息。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="271"/>
        <source>QR code of {name}</source>
        <translation>{name} 的 QR 码</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="292"/>
        <source>&amp;Save as PNG or SVG…</source>
        <translation>另存为 PNG 或 SVG(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="332"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="332"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="333"/>
        <source>Save the QR code</source>
        <translation>保存 QR 码</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="344"/>
        <source>QR code saved to {path}.</source>
        <translation>二维码已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>RecheckStatus</name>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="26"/>
        <source>Check for new editions</source>
        <translation>检查新版本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="47"/>
        <source>Could not check the mailboxes for new editions: %1</source>
        <translation>无法检查邮箱中是否有新版本：%1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="53"/>
        <source>Checking the remembered mailbox for new editions…</source>
        <translation>正在检查已记住的邮箱中是否有新版本…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="55"/>
        <source>Checking %1 remembered mailboxes for new editions…</source>
        <translation>正在检查 %1 个已记住的邮箱中是否有新版本…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="59"/>
        <source>Read only: new editions cannot be stored in this data folder.</source>
        <translation>只读：无法在此数据文件夹中存储新版本。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="64"/>
        <source>No remembered mailbox to check: use File &gt; Find my mail… to pick the one where the monthly email arrives.</source>
        <translation>没有可检查的已记住邮箱：请使用“文件 &gt; 查找我的邮件…”选择接收月度邮件的邮箱。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="72"/>
        <source>A new edition was stored elsewhere: now showing edition %1.</source>
        <translation>其他位置已保存新版本：现在显示版本 %1。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="78"/>
        <source>The check for new editions failed: see the crash report.</source>
        <translation>检查新版本失败：请参阅崩溃报告。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="92"/>
        <source>Mailboxes checked at %1: edition %2 imported.</source>
        <translation>已于 %1 检查邮箱：已导入版本 %2。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="98"/>
        <source>Mailboxes checked at %1: older edition imported: %2.</source>
        <translation>已于 %1 检查邮箱：已导入较早的版本 %2。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="100"/>
        <source>Mailboxes checked at %1: older editions imported: %2.</source>
        <translation>已于 %1 检查邮箱：已导入较早的版本：%2。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="106"/>
        <source>Mailboxes checked at %1: nothing new in them. Edition %2, stored elsewhere, is shown.</source>
        <translation>已于 %1 检查邮箱：没有新内容。显示的是在其他位置保存的版本 %2。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="113"/>
        <source>Mailboxes checked at %1: no new edition.</source>
        <translation>已于 %1 检查邮箱：没有新版本。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="132"/>
        <source>Could not read the remembered mailbox %1 (%2).</source>
        <translation>无法读取已记住的邮箱 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="134"/>
        <source>Could not read %3 remembered mailboxes, among them %1 (%2).</source>
        <translation>无法读取 %3 个已记住的邮箱，其中包括 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="144"/>
        <source>Check that the mailbox is still there, or stop checking it in File &gt; Find my mail…</source>
        <translation>请检查该邮箱是否仍然存在，或在“文件 &gt; 查找我的邮件…”中停止检查它</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="89"/>
        <source>The request goes to the ccNSO Secretariat and must be sent by, or copied to, the ccTLD&apos;s administrative contact in the IANA root zone database. This application sends nothing: the email opens in your mail client, or is saved as an .eml file to send later. The email itself is in English, as the Secretariat expects.</source>
        <translation>申请将发送给 ccNSO 秘书处，且必须由该 ccTLD 在 IANA 根区数据库中登记的行政联系人发送或抄送该联系人。本应用不会发送任何内容：邮件会在您的邮件客户端中打开，或保存为 .eml 文件以便稍后发送。邮件本身为英文，这是秘书处的要求。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="102"/>
        <source>Join TLD-OPS</source>
        <translation>加入 TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="103"/>
        <source>Update the contacts of a member</source>
        <translation>更新成员的联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="104"/>
        <source>&amp;Request</source>
        <translation>申请类型(&amp;R)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="107"/>
        <source>.de, .рф, xn--p1ai</source>
        <translation>.de, .рф, xn--p1ai</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="115"/>
        <source>cc&amp;TLD</source>
        <translation>ccTLD(&amp;T)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="125"/>
        <source>Contact 1 (primary)</source>
        <translation>联系人 1（主要）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="125"/>
        <source>Contact 2 (secondary)</source>
        <translation>联系人 2（次要）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="126"/>
        <source>Contact 3</source>
        <translation>联系人 3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="133"/>
        <source>+&lt;country code&gt; &lt;number&gt;</source>
        <translation>+&lt;国家代码&gt; &lt;号码&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="134"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="135"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="136"/>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="144"/>
        <source>IANA administrative contact</source>
        <translation>IANA 行政联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="145"/>
        <source>Look up at IANA</source>
        <translation>在 IANA 查询</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="148"/>
        <source>Open the ccTLD&apos;s record in the IANA root zone database in your browser</source>
        <translation>在浏览器中打开该 ccTLD 在 IANA 根区数据库中的记录</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="153"/>
        <source>IANA &amp;administrative contact</source>
        <translation>IANA 行政联系人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="158"/>
        <source>Your &amp;name (signature)</source>
        <translation>您的姓名（署名）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="110"/>
        <source>&amp;Fill from current edition</source>
        <translation>从当前版本填写(&amp;F)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="168"/>
        <source>&amp;Open in mail client</source>
        <translation>在邮件客户端中打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="171"/>
        <source>&amp;Save as .eml…</source>
        <translation>另存为 .eml(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="235"/>
        <source>Request to join TLD-OPS</source>
        <translation>申请加入 TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="237"/>
        <source>Update TLD-OPS contacts</source>
        <translation>更新 TLD-OPS 联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="250"/>
        <source>Not a ccTLD label.</source>
        <translation>不是 ccTLD 标签。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="252"/>
        <source>Not a delegated ccTLD.</source>
        <translation>不是已委派的 ccTLD。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="257"/>
        <source>%1: a member as of edition %2.</source>
        <translation>%1：截至版本 %2 为成员。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="263"/>
        <source>%1: not a member as of edition %2.</source>
        <translation>%1：截至版本 %2 尚不是成员。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="290"/>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="297"/>
        <source>Choose join or update.</source>
        <translation>请选择加入或更新。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="298"/>
        <source>“%1” is not a ccTLD (try .de, .рф or xn--p1ai).</source>
        <translation>“%1”不是 ccTLD（请尝试 .de、.рф 或 xn--p1ai）。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="299"/>
        <source>%1 is not a delegated ccTLD.</source>
        <translation>%1 不是已委派的 ccTLD。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="300"/>
        <source>.%1 is already a member: choose Update.</source>
        <translation>.%1 已是成员：请选择“更新”。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="301"/>
        <source>.%1 is not a member yet: choose Join.</source>
        <translation>.%1 尚未成为成员：请选择“加入”。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="302"/>
        <source>Give at least one contact.</source>
        <translation>请至少填写一个联系人。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="303"/>
        <source>TLD-OPS takes at most three contacts.</source>
        <translation>TLD-OPS 最多接受三个联系人。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="304"/>
        <source>The name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="305"/>
        <source>The name has control characters.</source>
        <translation>姓名中含有控制字符。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="306"/>
        <source>The email address is missing.</source>
        <translation>缺少电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="307"/>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="317"/>
        <source>“%1” is not an email address.</source>
        <translation>“%1”不是电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="308"/>
        <source>%1 is given for two contacts.</source>
        <translation>%1 被填写给了两个联系人。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="309"/>
        <source>The mobile phone number is missing.</source>
        <translation>缺少手机号码。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="311"/>
        <source>“%1” is not a valid phone number: write it as +&lt;country code&gt; &lt;number&gt;.</source>
        <translation>“%1”不是有效的电话号码：请写成 +&lt;国家代码&gt; &lt;号码&gt; 的形式。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="313"/>
        <source>“%1” does not look like a mobile number.</source>
        <translation>“%1”看起来不像手机号码。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="315"/>
        <source>Give the IANA administrative contact&apos;s email address: it is copied.</source>
        <translation>请填写 IANA 行政联系人的电子邮件地址：邮件会抄送给该地址。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="322"/>
        <source>Contact %1: %2</source>
        <translation>联系人 %1：%2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="363"/>
        <source>Save the request</source>
        <translation>保存申请</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="363"/>
        <source>Email message (*.eml)</source>
        <translation>电子邮件 (*.eml)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="52"/>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="99"/>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="144"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="57"/>
        <source>A backup of the contacts database is taken before every import that changes it. Restoring one puts the contacts back as they were then; the current database is kept aside in {folder}, never deleted. Editions imported since the backup must be imported again.</source>
        <translation>每次导入会更改联系人数据库时，都会先为其创建备份。恢复备份会将联系人还原为当时的状态；当前数据库会另存于 {folder}，绝不删除。备份之后导入的版本必须重新导入。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="66"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="70"/>
        <source>{taken} — edition {edition} — {size}</source>
        <translation>{taken}——版本 {edition}——{size}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="74"/>
        <source>{taken} — {size}</source>
        <translation>{taken}——{size}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="83"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="116"/>
        <source>Passphrase of the TLD-OPS database:</source>
        <translation>TLD-OPS 数据库的密码短语：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="121"/>
        <source>This passphrase opens neither the contacts nor their backups. Check it (Caps Lock?) and type it again:</source>
        <translation>此密码短语既打不开联系人，也打不开其备份。请检查（是否开启了大写锁定？）后重新输入：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="145"/>
        <source>There are no backups yet: one is taken before each import that changes the database. Import the repository emails again from your mailbox instead.</source>
        <translation>尚无备份：每次导入会更改数据库时，都会先创建一个备份。请改为从邮箱重新导入存储库邮件。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="177"/>
        <source>The database as it was before is kept as {path}.</source>
        <translation>原先的数据库已保存为 {path}。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="185"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="186"/>
        <source>The contacts are back as they were on {taken}. {kept} Import your mailbox again for the editions that arrived since then.</source>
        <translation>联系人已恢复到 {taken} 时的状态。{kept}请重新导入邮箱，以获取此后收到的版本。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="203"/>
        <source>The file {path} was left as it is.</source>
        <translation>文件 {path} 保持原样。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="210"/>
        <source>There is no backup of it yet. Start again from your mailbox: a new data folder, into which you import the repository emails again. The current folder is kept, renamed, with the damaged file in it; nothing is deleted.</source>
        <translation>目前还没有它的备份。请从邮箱重新开始：使用一个新的数据文件夹，将存储库邮件重新导入其中。当前文件夹会改名保留，损坏的文件仍在其中；不会删除任何内容。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="219"/>
        <source>Restore its backup, taken {taken}; the damaged file is kept beside it.</source>
        <translation>请恢复它的备份（创建于 {taken}）；损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="224"/>
        <source>Restore the newest of its {count} backups, taken {taken}; the damaged file is kept beside it.</source>
        <translation>请恢复它的 {count} 个备份中最新的一个（创建于 {taken}）；损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="240"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="245"/>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="250"/>
        <source>Start a new data folder…</source>
        <translation>启用新的数据文件夹…</translation>
    </message>
</context>
<context>
    <name>SearchFeedback</name>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="53"/>
        <source>Number of results</source>
        <translation>结果数量</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="72"/>
        <source>No result</source>
        <translation>无结果</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="106"/>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="321"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="197"/>
        <source>{country} ({tld}) is not a TLD-OPS member as of edition {stamp}. Its administrative contact is in the IANA root zone database: &lt;a href=&quot;{url}&quot;&gt;open its page&lt;/a&gt;.</source>
        <translation>截至版本 {stamp}，{country}（{tld}）不是 TLD-OPS 成员。其行政联系人登记在 IANA 根区数据库中：&lt;a href=&quot;{url}&quot;&gt;打开其页面&lt;/a&gt;。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="203"/>
        <source>{tld} is not a TLD-OPS member as of edition {stamp}. Its administrative contact is in the IANA root zone database: &lt;a href=&quot;{url}&quot;&gt;open its page&lt;/a&gt;.</source>
        <translation>截至版本 {stamp}，{tld} 不是 TLD-OPS 成员。其行政联系人登记在 IANA 根区数据库中：&lt;a href=&quot;{url}&quot;&gt;打开其页面&lt;/a&gt;。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="208"/>
        <source>{tld} is not a TLD-OPS member as of edition {stamp}, and not a delegated ccTLD.</source>
        <translation>截至版本 {stamp}，{tld} 不是 TLD-OPS 成员，也不是已委派的 ccTLD。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="221"/>
        <source>{tld} left TLD-OPS in edition {left}. &lt;a href=&quot;{link}&quot;&gt;Show its last known contacts&lt;/a&gt; (edition {last}).</source>
        <translation>{tld} 已于版本 {left} 退出 TLD-OPS。&lt;a href=&quot;{link}&quot;&gt;显示其最后已知的联系人&lt;/a&gt;（版本 {last}）。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="232"/>
        <source>Show all regions</source>
        <translation>显示所有区域</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="248"/>
        <source>Showing %1, the ccTLD of %2.</source>
        <translation>显示 %1，即 %2 的 ccTLD。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="258"/>
        <source>%1 is not a TLD-OPS member; showing %2, of the same country.</source>
        <translation>%1 不是 TLD-OPS 成员；显示同一国家的 %2。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="266"/>
        <source>Other regions: %1 more.</source>
        <translation>其他区域：另有 %1 个。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="290"/>
        <source>“%1” names an unknown region.</source>
        <translation>“%1”不是已知区域。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="291"/>
        <source>Regions are AF, AP, EU, LAC, NA and unknown.</source>
        <translation>区域为 AF、AP、EU、LAC、NA 和未知。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="293"/>
        <source>No member in this region.</source>
        <translation>此区域没有成员。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="298"/>
        <source>No member in region %2 matches “%1”.</source>
        <translation>区域 %2 中没有成员匹配“%1”。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="303"/>
        <source>No member matches “%1”.</source>
        <translation>没有成员匹配“%1”。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="308"/>
        <source>Did you mean “%1”?</source>
        <translation>您是不是要找“%1”？</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="312"/>
        <source>Enter searches for it.</source>
        <translation>按 Enter 键搜索它。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="319"/>
        <source>%1 is in region %2, not in the region shown.</source>
        <translation>%1 位于区域 %2，不在当前显示的区域中。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="329"/>
        <source>Matches in other regions: %1.</source>
        <translation>其他区域中的匹配：%1。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="338"/>
        <source>Try fewer words, or part of a word.</source>
        <translation>请尝试更少的词，或词的一部分。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="340"/>
        <source>Try part of a word, or another spelling.</source>
        <translation>请尝试词的一部分，或其他拼写。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="344"/>
        <source>Search by ccTLD (.de, рф), domain (nic.de), country in any language, person&apos;s name, email or phone digits.</source>
        <translation>可按 ccTLD（.de、рф）、域名（nic.de）、任何语言的国家名、人名、电子邮件或电话号码数字搜索。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="359"/>
        <source>Unknown region</source>
        <translation>未知区域</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="362"/>
        <source>%1 members</source>
        <translation>%1 个成员</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="365"/>
        <source>No match</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="368"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="213"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="223"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="224"/>
        <source>Trusted list</source>
        <translation>可信邮件列表</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="225"/>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="328"/>
        <source>Monitoring tools</source>
        <translation>监测工具</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="226"/>
        <source>Data and key</source>
        <translation>数据和密钥</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="247"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="252"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="253"/>
        <source>A new language applies after a restart.</source>
        <translation>更改语言将在重启后生效。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="256"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="257"/>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="264"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="259"/>
        <source>Clear the clipboard after</source>
        <translation>清空剪贴板的时间</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="260"/>
        <source>Clear copied values &amp;after:</source>
        <translation>清除复制内容的时间(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="263"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="266"/>
        <source>Lock after minutes without input</source>
        <translation>无操作多少分钟后锁定</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="267"/>
        <source>L&amp;ock after no input for:</source>
        <translation>无操作多久后锁定(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="268"/>
        <source>Check remembered mailboxes for new editions at &amp;start</source>
        <translation>启动时检查已记住的邮箱中是否有新版本(&amp;S)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="272"/>
        <source>In the background, after the contacts open; choose the mailboxes with File &gt; Find my mail…</source>
        <translation>在联系人打开后于后台进行；请通过“文件 &gt; 查找我的邮件…”选择邮箱</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="286"/>
        <source>An edition is trusted only when it came through this mailing list. Change these only if the TLD-OPS list itself moves.</source>
        <translation>只有通过此邮件列表收到的版本才被视为可信。仅当 TLD-OPS 邮件列表本身迁移时才需更改这些设置。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="297"/>
        <source>List-&amp;Id:</source>
        <translation>List-Id(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="298"/>
        <source>List &amp;address:</source>
        <translation>列表地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="299"/>
        <source>&amp;Bounce address (Sender):</source>
        <translation>退信地址（Sender）(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="301"/>
        <source>&amp;Reset to the TLD-OPS list</source>
        <translation>重置为 TLD-OPS 邮件列表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="312"/>
        <source>Web tools offered for the selected ccTLD; {tld} stands for it. They open in your browser only when you choose one.</source>
        <translation>为所选 ccTLD 提供的网页工具；{tld} 代表该 ccTLD。仅当您选择某个工具时，才会在浏览器中打开。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="319"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="319"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="333"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="334"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="335"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="336"/>
        <source>Reset to &amp;defaults</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="351"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="352"/>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="357"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="360"/>
        <source>Database key:</source>
        <translation>数据库密钥：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="363"/>
        <source>Keep the key in the system &amp;keyring…</source>
        <translation>将密钥保存在系统密钥环中(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="398"/>
        <source>New tool</source>
        <translation>新工具</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="440"/>
        <source>Monitoring tool {row}: give it a name and a web address (https://…) containing {{tld}}.</source>
        <translation>监测工具 {row}：请填写名称和包含 {{tld}} 的网址（https://…）。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="457"/>
        <source>kept in the system keyring: the contacts open without a passphrase.</source>
        <translation>保存在系统密钥环中：无需密码短语即可打开联系人。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="459"/>
        <source>a passphrase, asked for at every start.</source>
        <translation>密码短语，每次启动时询问。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="461"/>
        <source>open the contacts to change how they are protected.</source>
        <translation>请先打开联系人，再更改其保护方式。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="467"/>
        <source>The data folder cannot be written: its protection cannot change now.</source>
        <translation>无法写入数据文件夹：目前无法更改其保护方式。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="471"/>
        <source>&amp;Change the passphrase…</source>
        <translation>更改密码短语(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="473"/>
        <source>Use a &amp;passphrase…</source>
        <translation>使用密码短语(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="478"/>
        <source>Keep the key in the system keyring</source>
        <translation>将密钥保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="489"/>
        <source>Change the passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="489"/>
        <source>Protect with a passphrase</source>
        <translation>使用密码短语保护</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="511"/>
        <source>The database key was changed.</source>
        <translation>数据库密钥已更改。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="534"/>
        <source>The List-Id and both addresses are needed to recognise the list.</source>
        <translation>需要 List-Id 和两个地址才能识别该邮件列表。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="541"/>
        <source>The List-Id is a name with dots, without spaces or angle brackets (tld-ops.lists.dns-oarc.net), and both addresses are mail addresses (name@domain). Check them.</source>
        <translation>List-Id 是带点的名称，不含空格或尖括号（tld-ops.lists.dns-oarc.net），两个地址都是电子邮件地址（name@domain）。请检查它们。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="560"/>
        <source>The settings could not be saved in {file}: they apply until TLD-OPS Desktop is closed. Check that this file and its folder can be written by you.</source>
        <translation>无法将设置保存到 {file}：设置在 TLD-OPS Desktop 关闭前有效。请检查您是否可以写入此文件及其所在文件夹。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="67"/>
        <source>Protect the TLD-OPS contacts</source>
        <translation>保护 TLD-OPS 联系人</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="67"/>
        <source>Unlock TLD-OPS</source>
        <translation>解锁 TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="137"/>
        <source>No system keyring is available to keep the database key. Choose a passphrase for the new contacts database in {folder}. It cannot be recovered: if you forget it, import the repository emails again into a new data folder.</source>
        <translation>没有可用于保存数据库密钥的系统密钥环。请为 {folder} 中的新联系人数据库设置密码短语。密码短语无法找回：如果忘记，只能将存储库邮件重新导入到新的数据文件夹中。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="148"/>
        <source>The contacts database in {folder} is protected by a passphrase. Type it to open the contacts.</source>
        <translation>{folder} 中的联系人数据库受密码短语保护。请输入密码短语以打开联系人。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="77"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="80"/>
        <source>at least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="82"/>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="86"/>
        <source>Repeat the passphrase</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="88"/>
        <source>&amp;Repeat:</source>
        <translation>确认(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="97"/>
        <source>Unlock problem</source>
        <translation>解锁问题</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="101"/>
        <source>Forgotten it? It cannot be recovered. Start again from your mailbox: a new data folder, into which you import the repository emails again. The current folder is kept, renamed, with everything in it; nothing is deleted.</source>
        <translation>忘记了？密码短语无法找回。请从邮箱重新开始：使用一个新的数据文件夹，将存储库邮件重新导入其中。当前文件夹会改名保留，其中的内容完好无损；不会删除任何内容。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="114"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="114"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="115"/>
        <source>Start a &amp;new data folder…</source>
        <translation>启用新的数据文件夹(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="131"/>
        <source>A new, empty data folder is ready in {folder}. The previous one is kept, untouched, as {kept}. Choose a passphrase for the new contacts database, then import the repository emails again. It cannot be recovered: keep it safe.</source>
        <translation>新的空数据文件夹已在 {folder} 中准备好。原来的文件夹已原样保留为 {kept}。请为新的联系人数据库设置密码短语，然后重新导入存储库邮件。密码短语无法找回：请妥善保管。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="143"/>
        <source>The file that says how the contacts database in {folder} is protected (keyinfo.json) is missing, and the system keyring holds no key for it. If it is protected by a passphrase, type it to open the contacts.</source>
        <translation>说明 {folder} 中联系人数据库保护方式的文件（keyinfo.json）缺失，系统密钥环中也没有它的密钥。如果它受密码短语保护，请输入密码短语以打开联系人。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="168"/>
        <source>Type the passphrase.</source>
        <translation>请输入密码短语。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="173"/>
        <source>A passphrase needs at least {count} characters: a few words are easy to remember and hard to guess.</source>
        <translation>密码短语至少需要 {count} 个字符：几个单词既容易记住，又难以猜到。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="181"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>两次输入的密码短语不一致。请输入相同的密码短语两次。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="207"/>
        <source>This passphrase does not open the database. Check it (Caps Lock?) and try again.</source>
        <translation>此密码短语无法打开数据库。请检查（是否开启了 Caps Lock？）后重试。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="235"/>
        <source>The passphrase given in the environment (TLDOPS_PASSPHRASE or its file) does not open the database. Type the passphrase.</source>
        <translation>环境中提供的密码短语（TLDOPS_PASSPHRASE 或其文件）无法打开数据库。请输入密码短语。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="321"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="324"/>
        <source>The key of the contacts in {folder} is kept in the system keyring, which is not available now (locked, or not answering). Unlock your desktop session&apos;s keyring, then try again: the key is still kept there.</source>
        <translation>{folder} 中联系人的密钥保存在系统密钥环中，而系统密钥环目前不可用（已锁定或没有响应）。请解锁桌面会话的密钥环，然后重试：密钥仍保存在其中。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="330"/>
        <source>Or start again from your mailbox: a new data folder, protected by a passphrase, into which you import the repository emails again. The current folder is kept, renamed, with everything in it; nothing is deleted.</source>
        <translation>或者从邮箱重新开始：使用一个受密码短语保护的新数据文件夹，将存储库邮件重新导入其中。当前文件夹会改名保留，其中的内容完好无损；不会删除任何内容。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="337"/>
        <source>The system keyring no longer holds the key of the contacts in {folder}, so they cannot be opened. If you restore the keyring from a backup, the key may come back with it.</source>
        <translation>系统密钥环中已不再有 {folder} 中联系人的密钥，因此无法打开它们。如果从备份恢复密钥环，密钥可能会随之恢复。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="343"/>
        <source>To carry on, start again from your mailbox: a new data folder, protected by a passphrase, into which you import the repository emails again. The current folder is kept, renamed, with everything in it; nothing is deleted.</source>
        <translation>要继续使用，请从邮箱重新开始：使用一个受密码短语保护的新数据文件夹，将存储库邮件重新导入其中。当前文件夹会改名保留，其中的内容完好无损；不会删除任何内容。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="351"/>
        <source>Start a new data folder…</source>
        <translation>启用新的数据文件夹…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="357"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="363"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="365"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="47"/>
        <source>This key or passphrase does not open the contacts.</source>
        <translation>此密钥或密码短语无法打开联系人。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="50"/>
        <source>The contacts are in use by another import or window.</source>
        <translation>联系人正被另一个导入任务或窗口使用。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="53"/>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="54"/>
        <source>The data folder cannot be written.</source>
        <translation>无法写入数据文件夹。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="57"/>
        <source>The contacts database is damaged.</source>
        <translation>联系人数据库已损坏。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="58"/>
        <source>The system keyring is not available.</source>
        <translation>系统密钥环不可用。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="61"/>
        <source>The system keyring no longer holds the key of the contacts.</source>
        <translation>系统密钥环中已不再有联系人的密钥。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="64"/>
        <source>A passphrase is needed to open the contacts.</source>
        <translation>需要密码短语才能打开联系人。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="67"/>
        <source>These contacts were saved by a newer version of TLD-OPS Desktop.</source>
        <translation>这些联系人由更新版本的 TLD-OPS Desktop 保存。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="70"/>
        <source>The file could not be written.</source>
        <translation>无法写入文件。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="71"/>
        <source>This backup is damaged.</source>
        <translation>此备份已损坏。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="72"/>
        <source>This backup was made with another key.</source>
        <translation>此备份是用另一个密钥创建的。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="75"/>
        <source>This backup cannot be read.</source>
        <translation>无法读取此备份。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="76"/>
        <source>There is no backup to restore.</source>
        <translation>没有可恢复的备份。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="77"/>
        <source>The contacts database could not be opened.</source>
        <translation>无法打开联系人数据库。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="80"/>
        <source>A file or folder could not be used.</source>
        <translation>无法使用某个文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="81"/>
        <source>The data folder&apos;s files cannot be read: they may belong to another user.</source>
        <translation>无法读取数据文件夹中的文件：它们可能属于另一个用户。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="84"/>
        <source>Printing failed.</source>
        <translation>打印失败。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="85"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="88"/>
        <source>An empty passphrase is not allowed.</source>
        <translation>不允许使用空密码短语。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="91"/>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="94"/>
        <source>The list of remembered mailboxes cannot be read.</source>
        <translation>无法读取已记住的邮箱列表。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="97"/>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="100"/>
        <source>The key information of the contacts cannot be read.</source>
        <translation>无法读取联系人的密钥信息。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="103"/>
        <source>An earlier change of key was interrupted.</source>
        <translation>之前的密钥更改被中断。</translation>
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
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="26"/>
        <source>TLD-OPS Desktop logo</source>
        <translation>TLD-OPS Desktop 徽标</translation>
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
        <translation>所有 TLD-OPS 成员 ccTLD 的事件响应联系人，加密保存在本机上，无需网络即可使用。

首先，可以让应用查找接收月度存储库邮件的邮箱（Thunderbird、Apple Mail、Outlook、Evolution、KMail、Claws Mail），也可以自行导入最新的邮件：已保存的 .eml 文件，或您的邮箱（mbox、Maildir 或 MH 文件夹）。您也可以将其拖放到此窗口中。</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="50"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="54"/>
        <source>Import the latest monthly email</source>
        <translation>导入最新的月度邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="57"/>
        <source>Find my mail…</source>
        <translation>查找我的邮件…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="63"/>
        <source>Look for the mailboxes of your mail program and pick the one to import</source>
        <translation>查找您的邮件程序中的邮箱，并选择要导入的邮箱</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="65"/>
        <source>Find my mail</source>
        <translation>查找我的邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="68"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="75"/>
        <source>Try demo data</source>
        <translation>试用演示数据</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="73"/>
        <source>Invented contacts, kept apart from your real data, to try the app</source>
        <translation>虚构的联系人，与您的真实数据分开保存，用于试用本应用</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="78"/>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="110"/>
        <source>Find &amp;my mail…</source>
        <translation>查找我的邮件(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="114"/>
        <source>Find the mailbox where the monthly email arrives, and import from it</source>
        <translation>查找接收月度邮件的邮箱，并从中导入</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="118"/>
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="122"/>
        <source>Import a saved repository email or an mbox file</source>
        <translation>导入已保存的存储库邮件或 mbox 文件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="126"/>
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="130"/>
        <source>Import a mail folder (Maildir, MH or a folder of .eml files)</source>
        <translation>导入邮件文件夹（Maildir、MH 或包含 .eml 文件的文件夹）</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="134"/>
        <source>&amp;Export vCards…</source>
        <translation>导出 vCard(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="138"/>
        <source>Export contacts as vCards for a phone</source>
        <translation>将联系人导出为 vCard，供手机使用</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="142"/>
        <source>&amp;Print emergency sheet…</source>
        <translation>打印应急联系表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="146"/>
        <source>Print the contacts shown, for the paper copy</source>
        <translation>打印当前显示的联系人，作为纸质备份</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="150"/>
        <source>Save sheet as P&amp;DF…</source>
        <translation>将联系表另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="154"/>
        <source>Save the emergency sheet of the contacts shown as a PDF</source>
        <translation>将当前显示联系人的应急联系表另存为 PDF</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="158"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="166"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="170"/>
        <source>Go to the search field</source>
        <translation>转到搜索框</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="174"/>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="178"/>
        <source>Editions and what changed between them</source>
        <translation>各版本及其之间的变化</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="182"/>
        <source>&amp;Check for new editions</source>
        <translation>检查新版本(&amp;C)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="186"/>
        <source>Look for a new monthly email in the remembered mailboxes</source>
        <translation>在已记住的邮箱中查找新的月度邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="190"/>
        <source>&amp;Copy all</source>
        <translation>全部复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="194"/>
        <source>Copy every contact of the selected member as plain text</source>
        <translation>将所选成员的所有联系人复制为纯文本</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="198"/>
        <source>Copy &amp;phone number</source>
        <translation>复制电话号码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="203"/>
        <source>Copy the number to dial, in international form, of the contact with the keyboard focus (the primary contact otherwise)</source>
        <translation>复制拥有键盘焦点的联系人（否则为主要联系人）的国际格式拨号号码</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="209"/>
        <source>Copy &amp;email address</source>
        <translation>复制电子邮件地址(&amp;E)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="214"/>
        <source>Copy the email address of the contact with the keyboard focus (the primary contact otherwise)</source>
        <translation>复制拥有键盘焦点的联系人（否则为主要联系人）的电子邮件地址</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="220"/>
        <source>Show &amp;QR code…</source>
        <translation>显示 QR 码(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="224"/>
        <source>Show a contact as a QR code to scan with a phone</source>
        <translation>将联系人显示为 QR 码，供手机扫描</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="228"/>
        <source>&amp;Monitoring tools…</source>
        <translation>监测工具(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="232"/>
        <source>Open a monitoring tool for the selected ccTLD in the browser</source>
        <translation>在浏览器中打开所选 ccTLD 的监测工具</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="236"/>
        <source>&amp;Non-members and coverage…</source>
        <translation>非成员与覆盖率(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="240"/>
        <source>The ccTLDs that are not TLD-OPS members yet, by region</source>
        <translation>按区域列出尚未加入 TLD-OPS 的 ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="244"/>
        <source>Request a contact &amp;update…</source>
        <translation>申请更新联系人(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="248"/>
        <source>Prepare the email that updates the selected member&apos;s contacts</source>
        <translation>准备用于更新所选成员联系人的邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="252"/>
        <source>Request to &amp;join TLD-OPS…</source>
        <translation>申请加入 TLD-OPS(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="256"/>
        <source>Prepare the email with which a ccTLD joins TLD-OPS</source>
        <translation>准备 ccTLD 申请加入 TLD-OPS 的邮件</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="260"/>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="264"/>
        <source>Put back the contacts as they were before an import</source>
        <translation>将联系人恢复到某次导入之前的状态</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="268"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="272"/>
        <source>Hide the contacts until unlocked again</source>
        <translation>隐藏联系人，直到再次解锁</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="276"/>
        <source>&amp;About TLD-OPS Desktop</source>
        <translation>关于 TLD-OPS Desktop(&amp;A)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="288"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="296"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="298"/>
        <source>&amp;Member</source>
        <translation>成员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="300"/>
        <source>Monitoring &amp;tools</source>
        <translation>监测工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="307"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="312"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>_ValueLabel</name>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="316"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
</TS>
