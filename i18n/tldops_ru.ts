<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="41"/>
        <source>Coverage over the editions</source>
        <translation>Охват по выпускам</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="55"/>
        <source>%1 editions; coverage in %2: %3</source>
        <translation>Выпусков: %1; охват в %2: %3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="61"/>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="137"/>
        <source>No editions yet</source>
        <translation>Выпусков пока нет</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="176"/>
        <source>All</source>
        <translation>В целом</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="153"/>
        <source>TLD-OPS Desktop: internal error</source>
        <translation>TLD-OPS Desktop: внутренняя ошибка</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="158"/>
        <source>Something went wrong inside TLD-OPS Desktop. This is a bug, not something you did. Your contacts database was not changed by this error. You can keep working; if the window misbehaves, restart the app.</source>
        <translation>В TLD-OPS Desktop произошёл внутренний сбой. Это ошибка программы, а не ваших действий. База контактов из-за этой ошибки не изменилась. Можно продолжать работу; если окно ведёт себя странно, перезапустите приложение.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="166"/>
        <source>The details were written to {path}.</source>
        <translation>Подробности записаны в {path}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="168"/>
        <source>The details could not be written to a log file.</source>
        <translation>Не удалось записать подробности в файл журнала.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="177"/>
        <source>Error details</source>
        <translation>Подробности ошибки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="181"/>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="343"/>
        <source>Member details</source>
        <translation>Сведения об участнике</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="445"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="457"/>
        <source>NOT sent through the TLD-OPS list: these contacts may be false. Check them another way before you trust them.</source>
        <translation>НЕ получено через рассылку TLD-OPS: эти контакты могут быть ложными. Проверьте их другим способом, прежде чем им доверять.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="464"/>
        <source>Trust warning</source>
        <translation>Предупреждение о доверии</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="468"/>
        <location filename="../tldops_desktop/gui/detail.py" line="558"/>
        <location filename="../tldops_desktop/gui/detail.py" line="562"/>
        <source>Copy all</source>
        <translation>Копировать всё</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="469"/>
        <source>Copy every contact of this member as plain text</source>
        <translation>Скопировать все контакты этого участника в виде простого текста</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="470"/>
        <source>Copy all contacts</source>
        <translation>Копировать все контакты</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="474"/>
        <location filename="../tldops_desktop/gui/detail.py" line="559"/>
        <location filename="../tldops_desktop/gui/detail.py" line="563"/>
        <location filename="../tldops_desktop/gui/detail.py" line="564"/>
        <source>Monitoring tools</source>
        <translation>Инструменты мониторинга</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="475"/>
        <source>Monitoring tools for this ccTLD</source>
        <translation>Инструменты мониторинга для этого ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="485"/>
        <source>This member lists no contacts.</source>
        <translation>У этого участника нет контактов.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="500"/>
        <source>all contacts of %1</source>
        <translation>все контакты %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="518"/>
        <source>Former member: {tld} left TLD-OPS in edition {left}. These are its last known contacts, from edition {stamp}; they may be out of date.</source>
        <translation>Бывший участник: {tld} вышел из TLD-OPS в выпуске {left}. Это его последние известные контакты из выпуска {stamp}; они могут быть устаревшими.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="537"/>
        <source>region %1</source>
        <translation>регион %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="540"/>
        <source>region %1 (from the ccTLD table, not the email)</source>
        <translation>регион %1 (из таблицы ccTLD, а не из письма)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="573"/>
        <source>Select a member to see its contacts.</source>
        <translation>Выберите участника, чтобы увидеть его контакты.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="634"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="634"/>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="638"/>
        <source>Changed in the latest edition</source>
        <translation>Изменён в последнем выпуске</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="211"/>
        <location filename="../tldops_desktop/gui/detail.py" line="648"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="157"/>
        <location filename="../tldops_desktop/gui/detail.py" line="212"/>
        <location filename="../tldops_desktop/gui/detail.py" line="651"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="653"/>
        <source>This does not look like an email address; check it.</source>
        <translation>Это не похоже на адрес электронной почты; проверьте его.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="158"/>
        <location filename="../tldops_desktop/gui/detail.py" line="213"/>
        <location filename="../tldops_desktop/gui/detail.py" line="672"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="78"/>
        <source>Primary contact</source>
        <translation>Основной контакт</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="79"/>
        <source>Secondary contact</source>
        <translation>Резервный контакт</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="80"/>
        <source>Third contact</source>
        <translation>Третий контакт</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="83"/>
        <source>Contact #%1</source>
        <translation>Контакт №%1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="111"/>
        <source>{number} ext. {extension}</source>
        <translation>{number} доб. {extension}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="140"/>
        <source>inferred</source>
        <translation>предположительно</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="151"/>
        <source>TLD-OPS repository edition %1</source>
        <translation>Выпуск репозитория TLD-OPS %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="180"/>
        <source>WARNING: this edition was NOT sent through the TLD-OPS list; its contacts may be false. Check them another way before you trust them.</source>
        <translation>ВНИМАНИЕ: этот выпуск НЕ получен через рассылку TLD-OPS; его контакты могут быть ложными. Проверьте их другим способом, прежде чем им доверять.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="207"/>
        <source>New contact in the latest edition.</source>
        <translation>Новый контакт в последнем выпуске.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="208"/>
        <source>Changed in the latest edition:</source>
        <translation>Изменён в последнем выпуске:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="210"/>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="218"/>
        <source>%1: %2 %3 %4</source>
        <translation>%1: %2 %3 %4</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="609"/>
        <source>Show the %1 as a QR code</source>
        <translation>Показать %1 в виде QR-кода</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="676"/>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="678"/>
        <source>Could not be read as an international number; dial as written.</source>
        <translation>Не удалось распознать как международный номер; набирайте так, как написано.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="176"/>
        <source>none listed</source>
        <translation>не указан</translation>
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
        <translation>Копировать: %1</translation>
    </message>
</context>
<context>
    <name>EditionBanners</name>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="40"/>
        <source>Freshness warning</source>
        <translation>Предупреждение об устаревших данных</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="41"/>
        <source>Import the latest monthly email</source>
        <translation>Импортировать последнее ежемесячное письмо</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="49"/>
        <source>These contacts come from an edition NOT sent through the TLD-OPS list: they may be false. Check a number another way before you use it, and import the list&apos;s own email.</source>
        <translation>Эти контакты взяты из выпуска, НЕ полученного через рассылку TLD-OPS: они могут быть ложными. Проверьте номер другим способом, прежде чем им пользоваться, и импортируйте письмо самой рассылки.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="55"/>
        <source>Trust warning</source>
        <translation>Предупреждение о доверии</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="56"/>
        <source>Import the list&apos;s own monthly email</source>
        <translation>Импортировать ежемесячное письмо самой рассылки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="60"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="89"/>
        <source>Read only: the data folder %1 cannot be written (a read-only disk?). Search, copy, QR codes and export work; importing is off until it can be written again.</source>
        <translation>Только чтение: в папку данных %1 нельзя записывать (диск только для чтения?). Поиск, копирование, QR-коды и экспорт работают; импорт отключён, пока запись снова не станет возможной.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="94"/>
        <source>Contacts from %1.</source>
        <translation>Контакты от %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="99"/>
        <source>Contacts from %1: import the latest monthly email</source>
        <translation>Контакты на %1: импортируйте последнее ежемесячное письмо</translation>
    </message>
</context>
<context>
    <name>EmergencySheet</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="128"/>
        <source>(no contacts listed)</source>
        <translation>(контакты не указаны)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="188"/>
        <source>TLD-OPS incident response contacts</source>
        <translation>Контакты TLD-OPS для реагирования на инциденты</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="191"/>
        <source>Edition {stamp} of {date} · members: {members} · contacts: {contacts}</source>
        <translation>Выпуск {stamp} от {date} · участников: {members} · контактов: {contacts}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="201"/>
        <source>UNTRUSTED: not sent through the TLD-OPS list</source>
        <translation>НЕДОВЕРЕННЫЙ: не получен через рассылку TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="210"/>
        <source>Only {shown} of {total} members: {scope}.</source>
        <translation>Только {shown} из {total} участников: {scope}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="216"/>
        <source>those a search showed</source>
        <translation>найденные поиском</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="224"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="225"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="226"/>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="227"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="228"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="229"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="256"/>
        <source>Printed {date} — destroy when superseded by a newer edition · page {page} of {pages}</source>
        <translation>Напечатано {date} — уничтожить после выхода нового выпуска · стр. {page} из {pages}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="311"/>
        <source>primary</source>
        <translation>основной</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="312"/>
        <source>secondary</source>
        <translation>резервный</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="313"/>
        <source>third</source>
        <translation>третий</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="335"/>
        <source>The sheet could not be printed: the printer or file refused it.</source>
        <translation>Не удалось напечатать список: принтер или файл его не принял.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="381"/>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="448"/>
        <source>TLD-OPS contacts, edition {stamp}</source>
        <translation>Контакты TLD-OPS, выпуск {stamp}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="412"/>
        <source>Save the emergency sheet as PDF</source>
        <translation>Сохранить аварийный список в PDF</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="414"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="453"/>
        <source>Print the emergency sheet</source>
        <translation>Печать аварийного списка</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="66"/>
        <source>Export contacts as vCards</source>
        <translation>Экспорт контактов в vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="77"/>
        <source>Which members</source>
        <translation>Какие участники</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="83"/>
        <source>&amp;Selected member (members: {members}, contacts: {contacts})</source>
        <translation>&amp;Выбранный участник (участников: {members}, контактов: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="86"/>
        <source>Current search &amp;results (members: {members}, contacts: {contacts})</source>
        <translation>&amp;Результаты текущего поиска (участников: {members}, контактов: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="88"/>
        <source>&amp;All members (members: {members}, contacts: {contacts})</source>
        <translation>Вс&amp;е участники (участников: {members}, контактов: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="107"/>
        <source>vCard 3.0 (most phones and address books)</source>
        <translation>vCard 3.0 (большинство телефонов и адресных книг)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="108"/>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="109"/>
        <source>vCard version</source>
        <translation>Версия vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="110"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="111"/>
        <source>&amp;One file with every contact</source>
        <translation>&amp;Один файл со всеми контактами</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="112"/>
        <source>One file &amp;per contact, in a folder</source>
        <translation>По файлу на &amp;каждый контакт, в папке</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="117"/>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="118"/>
        <source>Put the &amp;ccTLD before names (“.de Anna Jansen”)</source>
        <translation>Добавлять ccTLD перед &amp;именами («.de Anna Jansen»)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="120"/>
        <source>Makes TLD-OPS contacts easy to find and tell apart in a phone&apos;s list.</source>
        <translation>Так контакты TLD-OPS легко найти и отличить друг от друга в списке контактов телефона.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="132"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="170"/>
        <source>Folder for the vCard files</source>
        <translation>Папка для файлов vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="175"/>
        <source>Save the vCards</source>
        <translation>Сохранить vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="177"/>
        <source>vCard files (*.vcf)</source>
        <translation>Файлы vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="199"/>
        <source>Contacts written to {target}: {contacts}.</source>
        <translation>Контакты записаны в {target}: {contacts}.</translation>
    </message>
</context>
<context>
    <name>FindMailDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="110"/>
        <source>Find my mail</source>
        <translation>Найти мою почту</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="123"/>
        <source>Tick the mailbox where the monthly TLD-OPS repository email arrives: usually your inbox, or the folder your mail filters move the list&apos;s messages to. Nothing is read until you click Import. The mailboxes you import are remembered and checked for new editions each time the app starts.</source>
        <translation>Отметьте почтовый ящик, в который приходит ежемесячное письмо репозитория TLD-OPS: обычно это «Входящие» или папка, куда ваши почтовые фильтры перемещают письма рассылки. Ничего не читается, пока вы не нажмёте «Импортировать». Импортированные почтовые ящики запоминаются и проверяются на наличие новых выпусков при каждом запуске приложения.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="134"/>
        <source>Looking in the usual places of Thunderbird, Evolution, KMail, Claws Mail, Apple Mail and Outlook…</source>
        <translation>Поиск в обычных местах хранения почты Thunderbird, Evolution, KMail, Claws Mail, Apple Mail и Outlook…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="143"/>
        <source>Looking for mailboxes</source>
        <translation>Поиск почтовых ящиков</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="151"/>
        <source>Mailboxes found</source>
        <translation>Найденные почтовые ящики</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="156"/>
        <source>Mailbox</source>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="157"/>
        <source>Mail program</source>
        <translation>Почтовая программа</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="158"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="159"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="160"/>
        <source>Location</source>
        <translation>Расположение</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="183"/>
        <source>Remembered mailboxes (checked for new editions)</source>
        <translation>Запомненные почтовые ящики (проверяются на новые выпуски)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="187"/>
        <source>Remembered mailboxes</source>
        <translation>Запомненные почтовые ящики</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="191"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="193"/>
        <source>Stop checking this mailbox (the contacts already imported stay)</source>
        <translation>Больше не проверять этот почтовый ящик (уже импортированные контакты сохранятся)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="207"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="210"/>
        <source>Remember the ticked mailboxes and import the editions in them</source>
        <translation>Запомнить отмеченные почтовые ящики и импортировать найденные в них выпуски</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="214"/>
        <source>Import a &amp;file…</source>
        <translation>Импорт &amp;файла…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="215"/>
        <source>A saved repository email (.eml) or an mbox file</source>
        <translation>Сохранённое письмо репозитория (.eml) или файл mbox</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="216"/>
        <source>Import a f&amp;older…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="217"/>
        <source>A Maildir or MH folder, or a folder of .eml files</source>
        <translation>Папка Maildir или MH либо папка с файлами .eml</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="302"/>
        <source>Remembered</source>
        <translation>Запомнен</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="324"/>
        <source>No mailbox was found in the usual places of the mail programs. If you know where the monthly email is, import it from here: a saved email or an mbox file with Import a file…, a mail folder with Import a folder…</source>
        <translation>В обычных местах хранения почты почтовые ящики не найдены. Если вы знаете, где находится ежемесячное письмо, импортируйте его отсюда: сохранённое письмо или файл mbox — кнопкой «Импорт файла…», почтовую папку — кнопкой «Импорт папки…»</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="331"/>
        <source>Found 1 mailbox. Tick it, then click Import.</source>
        <translation>Найден 1 почтовый ящик. Отметьте его и нажмите «Импортировать».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="333"/>
        <source>Found %1 mailboxes. Tick the ones to use, then click Import.</source>
        <translation>Найдено почтовых ящиков: %1. Отметьте нужные и нажмите «Импортировать».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="336"/>
        <source>No mailbox found here can be read as it is: see below for what to do.</source>
        <translation>Ни один из найденных почтовых ящиков нельзя прочитать как есть: что делать, см. ниже.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="354"/>
        <source>Not readable: export needed</source>
        <translation>Не читается: нужен экспорт</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="356"/>
        <source>Needs the Outlook add-on</source>
        <translation>Нужно дополнение для Outlook</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="362"/>
        <source>Outlook for Mac keeps mail in its own database, which this app cannot read. Drag the monthly repository emails from Outlook into a folder (they become .eml files) and import that folder.</source>
        <translation>Outlook для Mac хранит почту в собственной базе данных, которую это приложение прочитать не может. Перетащите ежемесячные письма репозитория из Outlook в папку (они станут файлами .eml) и импортируйте эту папку.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="368"/>
        <source>Outlook data files (.pst, .ost) need the optional Outlook support: pip install &apos;tldops-desktop[outlook]&apos;. Without it, drag the emails out of Outlook into a folder and import that folder.</source>
        <translation>Для файлов данных Outlook (.pst, .ost) нужна необязательная поддержка Outlook: pip install &apos;tldops-desktop[outlook]&apos;. Без неё перетащите письма из Outlook в папку и импортируйте эту папку.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="445"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="452"/>
        <source>None yet: the mailboxes you import are remembered here.</source>
        <translation>Пока нет: здесь запоминаются импортированные вами почтовые ящики.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="71"/>
        <source>Edition history</source>
        <translation>История выпусков</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="82"/>
        <source>Editions</source>
        <translation>Выпуски</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="85"/>
        <source>Edition</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="86"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="87"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="88"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="89"/>
        <source>Trusted</source>
        <translation>Доверенный</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="90"/>
        <source>Current</source>
        <translation>Текущий</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="117"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="117"/>
        <source>no — not from the list</source>
        <translation>нет — не из рассылки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="118"/>
        <source>current</source>
        <translation>текущий</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="148"/>
        <source>Older edition</source>
        <translation>Более старый выпуск</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="150"/>
        <source>Newer edition</source>
        <translation>Более новый выпуск</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="152"/>
        <source>(untrusted)</source>
        <translation>(недоверенный)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="155"/>
        <source>Changes &amp;from</source>
        <translation>&amp;Изменения с</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="157"/>
        <source>&amp;to</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="171"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>Old</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>New</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="285"/>
        <source>Import a second edition to see what changed from one month to the next.</source>
        <translation>Импортируйте ещё один выпуск, чтобы увидеть, что изменилось за месяц.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="287"/>
        <source>Choose two editions.</source>
        <translation>Выберите два выпуска.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="291"/>
        <source>Choose two different editions.</source>
        <translation>Выберите два разных выпуска.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="295"/>
        <source>This edition is no longer in the database.</source>
        <translation>Этого выпуска больше нет в базе данных.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="305"/>
        <source>{cctld}: no change between these two editions.</source>
        <translation>{cctld}: между этими двумя выпусками без изменений.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="317"/>
        <source>No changes from {old} to {new}.</source>
        <translation>Изменений между {old} и {new} нет.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="324"/>
        <source>From {old} to {new}: members joined: {joined}, left: {left}, changed: {changed} (contact changes: {contacts}).</source>
        <translation>С {old} по {new}: вступило участников — {joined}, вышло — {left}, изменилось — {changed} (изменений контактов: {contacts}).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="336"/>
        <source>Joined</source>
        <translation>Вступили</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="337"/>
        <source>Left</source>
        <translation>Вышли</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="338"/>
        <source>Changed</source>
        <translation>Изменены</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="387"/>
        <source>Contact added</source>
        <translation>Контакт добавлен</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="397"/>
        <source>Contact removed</source>
        <translation>Контакт удалён</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="406"/>
        <source>Contact changed: {name}</source>
        <translation>Контакт изменён: {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="438"/>
        <source>position</source>
        <translation>позиция</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="439"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="440"/>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="441"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="442"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="443"/>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="459"/>
        <source>1 contact</source>
        <translation>1 контакт</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="460"/>
        <source>{count} contacts</source>
        <translation>Контактов: {count}</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="48"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="65"/>
        <source>Looking for repository emails in 1 location…</source>
        <translation>Поиск писем репозитория в одном месте…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="67"/>
        <source>Looking for repository emails in {count} locations…</source>
        <translation>Поиск писем репозитория (мест: {count})…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="73"/>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="75"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="109"/>
        <source>Cancelling… nothing will be stored.</source>
        <translation>Отмена… ничего не будет сохранено.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="138"/>
        <source>All {messages} messages read · reading the editions found: {editions}…</source>
        <translation>Все письма прочитаны ({messages}) · чтение найденных выпусков: {editions}…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="145"/>
        <source>{scanned} of {total}</source>
        <translation>{scanned} из {total}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="151"/>
        <source>{size} · messages: {messages} · editions found: {editions}</source>
        <translation>{size} · писем: {messages} · найдено выпусков: {editions}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="48"/>
        <source>it has no List-Id header, so it did not come through a mailing list</source>
        <translation>у письма нет заголовка List-Id, значит, оно пришло не через список рассылки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="52"/>
        <source>it came through another mailing list</source>
        <translation>письмо пришло через другой список рассылки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="55"/>
        <source>it has no Sender header of the TLD-OPS list server, which the list&apos;s copies carry</source>
        <translation>в нём нет заголовка Sender сервера списка TLD-OPS, который есть в копиях списка</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="59"/>
        <source>it was sent by another server than the TLD-OPS list&apos;s</source>
        <translation>письмо отправлено другим сервером, а не сервером рассылки TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="62"/>
        <source>neither its From nor its To is the TLD-OPS list address</source>
        <translation>ни в поле From, ни в поле To нет адреса рассылки TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="65"/>
        <source>its edition date is later than the day it was sent: the list sends an edition when it is made</source>
        <translation>дата выпуска позже дня отправки: список рассылки отправляет выпуск сразу после его создания</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="70"/>
        <source>its edition date is more than a week after today: the list sends an edition when it is made</source>
        <translation>дата выпуска более чем на неделю позже сегодняшней: список рассылает выпуск сразу после его подготовки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="75"/>
        <source>it was inside a digest that the TLD-OPS list did not send</source>
        <translation>он находился в дайджесте, который список TLD-OPS не отправлял</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="80"/>
        <source>unknown reason</source>
        <translation>неизвестная причина</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="86"/>
        <source>cannot be read</source>
        <translation>не удаётся прочитать</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="87"/>
        <source>does not exist</source>
        <translation>не существует</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="88"/>
        <source>is a link to a file or folder that does not exist</source>
        <translation>является ссылкой на несуществующий файл или папку</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="91"/>
        <source>is a named pipe, not a file. Save what it gives to a file and import that</source>
        <translation>является именованным каналом, а не файлом. Сохраните то, что он выдаёт, в файл и импортируйте его</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="95"/>
        <source>is not a mailbox or mail file</source>
        <translation>не является почтовым ящиком или почтовым файлом</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="98"/>
        <source>is too large to be an edition</source>
        <translation>слишком велик для выпуска</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="101"/>
        <source>has a header block too large to be mail</source>
        <translation>блок заголовков слишком велик для письма</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="104"/>
        <source>is nested too deeply to read</source>
        <translation>слишком глубокая вложенность для чтения</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="107"/>
        <source>begins a message that names an edition, run on from the message before it after a “From ” line of a form mail programs do not write: not read. Save that message from your mail program as an .eml file and import that</source>
        <translation>начинает сообщение с названием выпуска, слитое с предыдущим сообщением после строки «From » в форме, которую почтовые программы не пишут: не прочитано. Сохраните это сообщение из почтовой программы в файл .eml и импортируйте его</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="113"/>
        <source>ends before its last MIME part is closed, where another message begins in the file (a copy cut short, then another joined to it): read up to there</source>
        <translation>обрывается до закрытия последней MIME-части, там, где в файле начинается другое сообщение (обрезанная копия, к которой присоединено другое): прочитано до этого места</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="118"/>
        <source>unpacks to far more than its own size, as no mail does (an archive made to fill memory or disk): the rest of it was not read</source>
        <translation>распаковывается во много раз больше собственного размера, чего не бывает с почтой (архив, созданный, чтобы заполнить память или диск): остальное не прочитано</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="123"/>
        <source>holds too many files to look through all of them. Unpack it and import the mail in it</source>
        <translation>содержит слишком много файлов, чтобы просмотреть их все. Распакуйте его и импортируйте почту из него</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="127"/>
        <source>cannot be parsed as mail</source>
        <translation>не распознаётся как письмо</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="128"/>
        <source>has no readable text</source>
        <translation>нет читаемого текста</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="129"/>
        <source>lists no members</source>
        <translation>не содержит ни одного участника</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="130"/>
        <source>has an edition stamp that is not a date</source>
        <translation>метка выпуска не является датой</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="138"/>
        <source>has a text too large to be an edition</source>
        <translation>содержит текст слишком большой для выпуска</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="141"/>
        <source>was not imported: part of it is zeroed (NUL bytes, as a crash or a disk fault leaves), so its members&apos; contacts could be mixed up. Import an intact copy</source>
        <translation>не импортировано: часть заполнена нулями (байты NUL, как после сбоя системы или диска), поэтому контакты участников могли перепутаться. Импортируйте неповреждённую копию</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="146"/>
        <source>was forwarded in the text of a message, not attached: who wrote it cannot be checked, so it was not imported. Ask for the original as an attachment</source>
        <translation>переслано в тексте письма, а не вложением: нельзя проверить, кто его написал, поэтому оно не импортировано. Попросите оригинал вложением</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="151"/>
        <source>needs the optional Outlook support</source>
        <translation>требует необязательной поддержки Outlook</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="154"/>
        <source>has only a rich-text (RTF) body; save it as .eml to import it</source>
        <translation>содержит только текст в формате RTF; сохраните его как .eml, чтобы импортировать</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="157"/>
        <source>has an attached message that Apple Mail keeps apart and has not downloaded. Open the message in Mail, then import again</source>
        <translation>содержит вложенное письмо, которое Apple Mail хранит отдельно и ещё не загрузил. Откройте письмо в Mail и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="162"/>
        <source>was not imported: it does not reach the list&apos;s footer and lists fewer members or contacts than the edition before it, as a copy cut short does. Import a complete copy</source>
        <translation>не импортировано: не доходит до подписи списка рассылки и содержит меньше участников или контактов, чем предыдущий выпуск, как обрезанная копия. Импортируйте полную копию</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="168"/>
        <source>names an edition and lists contacts, but its subject does not begin with the edition&apos;s title (a member&apos;s post, or a mark a mail filter put there): not imported</source>
        <translation>упоминает выпуск и содержит контакты, но его тема не начинается с названия выпуска (сообщение участника или пометка почтового фильтра): не импортировано</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="173"/>
        <source>was not imported: only its first lines were downloaded. In Thunderbird, open it and choose to download the rest of the message</source>
        <translation>не импортировано: загружены только первые строки. В Thunderbird откройте письмо и выберите загрузку остальной части сообщения</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="178"/>
        <source>names an edition but is encrypted (S/MIME or PGP), which cannot be read here: not imported. Save the edition from your mail program, decrypted, as an .eml file and import that</source>
        <translation>указывает выпуск, но зашифровано (S/MIME или PGP) и не может быть прочитано здесь: не импортировано. Сохраните выпуск из почтовой программы в расшифрованном виде как файл .eml и импортируйте его</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="184"/>
        <source>names an edition but is signed (S/MIME) with a damaged signature, in which the message is carried: not imported. Save the edition from your mail program as an .eml file and import that</source>
        <translation>указывает выпуск, но подписано (S/MIME) повреждённой подписью, внутри которой находится сообщение: не импортировано. Сохраните выпуск из почтовой программы как файл .eml и импортируйте его</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="190"/>
        <source>has the edition&apos;s title with a stamp not in angle brackets, as the list never writes it (a mail program or gateway changed the subject, or a forgery): not imported</source>
        <translation>содержит заголовок выпуска с меткой не в угловых скобках, как список никогда её не пишет (почтовая программа или шлюз изменили тему, либо это подделка): не импортировано</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="196"/>
        <source>names an edition and has an attachment in Outlook&apos;s own format (a .msg file or winmail.dat), which cannot be read inside a message: not imported. Open it in Outlook, save the attached message to a folder and import that folder</source>
        <translation>упоминает выпуск и содержит вложение в собственном формате Outlook (файл .msg или winmail.dat), которое нельзя прочитать внутри письма: не импортировано. Откройте письмо в Outlook, сохраните вложенное сообщение в папку и импортируйте эту папку</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="224"/>
        <source>a whole copy replaced the one stored, which was cut short (its last members missing): {source}</source>
        <translation>полная копия заменила сохранённую, которая была обрезана (не хватало последних участников): {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="229"/>
        <source>a copy cut short (its last members missing) was left out: {source}</source>
        <translation>обрезанная копия (не хватает последних участников) пропущена: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="233"/>
        <source>a copy with its names whole replaced the one stored, which had “?” for letters (a plain-text digest): {source}</source>
        <translation>копия с целыми именами заменила сохранённую, в которой вместо букв стояли «?» (текстовый дайджест): {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="238"/>
        <source>a copy with “?” for letters of its names (a plain-text digest) was left out: {source}</source>
        <translation>копия с «?» вместо букв в именах (текстовый дайджест) не использована: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="242"/>
        <source>the list&apos;s own copy took the place of one imported without the list&apos;s word: {source}</source>
        <translation>копия самого списка заняла место копии, импортированной без подтверждения списка: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="246"/>
        <source>the copy you chose took the place of the one stored, which stays on record: {source}</source>
        <translation>выбранная вами копия заняла место сохранённой, которая остаётся в записях: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="250"/>
        <source>it does not reach the list&apos;s footer, so it may have been cut short: check its last members, or import a complete copy: {source}</source>
        <translation>не доходит до подписи списка рассылки, поэтому может быть обрезана: проверьте последних участников или импортируйте полную копию: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="255"/>
        <source>stored as another version of TLD-OPS Desktop read it; its contacts are now as this version reads the same email: {source}</source>
        <translation>сохранён так, как его прочитала другая версия TLD-OPS Desktop; теперь его контакты такие, какими их читает в том же письме эта версия: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="271"/>
        <source>the ccTLD&apos;s label and its A-label disagree; the A-label was kept</source>
        <translation>метка ccTLD и её A-label расходятся; сохранена A-label</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="274"/>
        <source>a table column whose cells are not kept (of no kind known, or a second one of a kind): read them in the email</source>
        <translation>столбец таблицы, ячейки которого не сохраняются (неизвестного вида или второй столбец того же вида): прочитайте их в письме</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="279"/>
        <source>its text is not in the character set it declares, so its names were read by a guess: check them</source>
        <translation>текст не в той кодировке, которую он объявляет, поэтому имена прочитаны наугад: проверьте их</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="284"/>
        <source>its text names no character set, so its names were read by a guess: check them</source>
        <translation>в тексте не указана кодировка, поэтому имена прочитаны наугад: проверьте их</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="288"/>
        <source>its text was read in the wrong character set on its way and sent on so (“JosÃ©” for “José”); its names were read back as written: check them</source>
        <translation>по пути текст был прочитан в неверной кодировке и отправлен дальше в таком виде («JosÃ©» вместо «José»); имена прочитаны заново так, как были написаны: проверьте их</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="293"/>
        <source>not an email address (kept as written)</source>
        <translation>не адрес электронной почты (сохранено как написано)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="296"/>
        <source>no number to dial could be read (kept as written)</source>
        <translation>не удалось прочитать номер для набора (сохранено как написано)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="299"/>
        <source>a contact without this field</source>
        <translation>контакт без этого поля</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="302"/>
        <source>no region given (the app shows the usual one, marked)</source>
        <translation>регион не указан (приложение показывает обычный, с пометкой)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="305"/>
        <source>the ccTLD is listed twice; every contact was kept</source>
        <translation>ccTLD указан дважды; все контакты сохранены</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="308"/>
        <source>a member without contacts</source>
        <translation>участник без контактов</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="311"/>
        <source>the same contact written again for the member: kept once</source>
        <translation>тот же контакт записан для участника ещё раз: сохранён один раз</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="314"/>
        <source>a contact whose every field is a placeholder (such as “—” or “TBD”): not kept</source>
        <translation>контакт, все поля которого — заполнители (например, «—» или «TBD»): не сохранён</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="318"/>
        <source>more than three contacts (all kept)</source>
        <translation>больше трёх контактов (все сохранены)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="321"/>
        <source>letters of this name were lost on the way (written as “?”, as a plain-text digest does): import the list&apos;s own copy</source>
        <translation>часть букв этого имени потеряна в пути (записаны как «?», как делает текстовый дайджест): импортируйте копию самой рассылки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="326"/>
        <source>two contacts of the member give this position (both kept, in the order written)</source>
        <translation>два контакта участника указывают эту позицию (оба сохранены в порядке записи)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="342"/>
        <source>an unknown field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="343"/>
        <source>a field outside any member&apos;s contact</source>
        <translation>поле вне контактов какого-либо участника</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="346"/>
        <source>a table row that does not fit the table&apos;s columns</source>
        <translation>строка таблицы не соответствует её столбцам</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="349"/>
        <source>not a ccTLD that can be read</source>
        <translation>не читаемый ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="352"/>
        <source>text among the data</source>
        <translation>текст среди данных</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="353"/>
        <source>a note among the members; read it</source>
        <translation>примечание среди участников; прочтите его</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="390"/>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="412"/>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="411"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="411"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="428"/>
        <source>Import anyway…</source>
        <translation>Всё равно импортировать…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="432"/>
        <source>Keep this copy instead…</source>
        <translation>Оставить вместо неё эту копию…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="435"/>
        <source>Store the selected conflicting copy in place of the one kept</source>
        <translation>Сохранить выбранную конфликтующую копию вместо оставленной</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="466"/>
        <source>The import stopped: {error}</source>
        <translation>Импорт прерван: {error}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="472"/>
        <source>Editions added</source>
        <translation>Добавленные выпуски</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="474"/>
        <source>Already present</source>
        <translation>Уже имеются</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="478"/>
        <source>Not sent through the TLD-OPS list</source>
        <translation>Не прошли через рассылку TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="542"/>
        <source>Where the import stopped</source>
        <translation>Где остановился импорт</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="564"/>
        <source>{stamp}, HTML line {line}</source>
        <translation>{stamp}, строка {line} HTML-кода</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="573"/>
        <source>already stored as a trusted edition; this copy changes nothing; </source>
        <translation>уже сохранён как доверенное издание; эта копия ничего не меняет; </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="574"/>
        <source>imported as untrusted; </source>
        <translation>импортирован как недоверенный; </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="492"/>
        <source>Conflicts (same edition, different content)</source>
        <translation>Конфликты (тот же выпуск, другое содержимое)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="497"/>
        <source>{source}: differs from the copy already stored ({existing}); the stored copy was kept</source>
        <translation>{source}: отличается от уже сохранённой копии ({existing}); сохранённая копия оставлена</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="515"/>
        <source>Lines not understood</source>
        <translation>Нераспознанные строки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="566"/>
        <source>{stamp}, line {line}</source>
        <translation>{stamp}, строка {line}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="526"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="537"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="550"/>
        <source>1 edition did not come through the TLD-OPS list and was not imported. Anyone can send an email that looks like the repository.</source>
        <translation>Один выпуск пришёл не через рассылку TLD-OPS и не был импортирован. Кто угодно может отправить письмо, похожее на репозиторий.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="555"/>
        <source>{count} editions did not come through the TLD-OPS list and were not imported. Anyone can send an email that looks like the repository.</source>
        <translation>Выпусков, пришедших не через рассылку TLD-OPS и не импортированных: {count}. Кто угодно может отправить письмо, похожее на репозиторий.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="581"/>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="582"/>
        <source>the backup taken before an import could not be written: nothing was stored</source>
        <translation>не удалось записать резервную копию, создаваемую перед импортом: ничего не сохранено</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="585"/>
        <source>Mail read</source>
        <translation>Прочитанная почта</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="586"/>
        <source>every edition above is stored, but the mail read is not remembered: the next import reads it again</source>
        <translation>все издания выше сохранены, но прочитанная почта не запомнена: следующий импорт прочитает её снова</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="591"/>
        <source>being written when the import stopped: not stored</source>
        <translation>записывалось, когда импорт остановился: не сохранено</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="593"/>
        <source>written with it, then undone: not stored</source>
        <translation>записано вместе с ним, затем отменено: не сохранено</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="597"/>
        <source>not examined: not stored by this import</source>
        <translation>не проверено: этим импортом не сохранено</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="216"/>
        <source>{problem} (technical detail: {detail})</source>
        <translation>{problem} (техническая подробность: {detail})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="133"/>
        <source>may have been cut short (its mail file ends mid-line, before the list&apos;s footer): not imported. Import a complete copy</source>
        <translation>возможно, обрезано (его почтовый файл обрывается посреди строки, до подписи списка): не импортировано. Импортируйте полную копию</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="608"/>
        <source>Scanned 1 message ({size}).</source>
        <translation>Просмотрено одно письмо ({size}).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="610"/>
        <source>Scanned {count} messages ({size}).</source>
        <translation>Просмотрено писем: {count} ({size}).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="612"/>
        <source>Found 1 edition: {added} added, {present} already present.</source>
        <translation>Найден один выпуск: добавлено: {added}, уже имелось: {present}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="614"/>
        <source>Found {count} editions: {added} added, {present} already present.</source>
        <translation>Найдено выпусков: {count}; добавлено: {added}, уже имелось: {present}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="630"/>
        <source>This was a trial run: nothing was stored.</source>
        <translation>Это был пробный прогон: ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="633"/>
        <source>No repository email was found. Choose the mailbox or the saved email whose subject is “TLD-OPS Incident Response Community Repository &lt;…&gt;”.</source>
        <translation>Письмо репозитория не найдено. Выберите почтовый ящик или сохранённое письмо с темой «TLD-OPS Incident Response Community Repository &lt;…&gt;».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="644"/>
        <source>1 edition was not imported: it was not sent through the TLD-OPS list.</source>
        <translation>Один выпуск не импортирован: он не прошёл через рассылку TLD-OPS.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="647"/>
        <source>%Ln editions were not imported: they were not sent through the TLD-OPS list.</source>
        <translation>
            <numerusform>%Ln выпуск не импортирован: он не прошёл через рассылку TLD-OPS.</numerusform>
            <numerusform>%Ln выпуска не импортированы: они не прошли через рассылку TLD-OPS.</numerusform>
            <numerusform>%Ln выпусков не импортированы: они не прошли через рассылку TLD-OPS.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="654"/>
        <source>1 edition was not imported because of a problem (see Problems).</source>
        <translation>Один выпуск не импортирован из-за проблемы (см. «Проблемы»).</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="657"/>
        <source>%Ln editions were not imported because of a problem (see Problems).</source>
        <translation>
            <numerusform>%Ln выпуск не импортирован из-за проблемы (см. «Проблемы»).</numerusform>
            <numerusform>%Ln выпуска не импортированы из-за проблем (см. «Проблемы»).</numerusform>
            <numerusform>%Ln выпусков не импортированы из-за проблем (см. «Проблемы»).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="665"/>
        <source>1 copy differs from the edition stored under its date: the stored one was kept.</source>
        <translation>Одна копия отличается от выпуска, сохранённого под той же датой: сохранённый оставлен.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="670"/>
        <source>%Ln copies differ from the editions stored under their dates: the stored ones were kept.</source>
        <translation>
            <numerusform>%Ln копия отличается от выпуска, сохранённого под той же датой: сохранённый оставлен.</numerusform>
            <numerusform>%Ln копии отличаются от выпусков, сохранённых под теми же датами: сохранённые оставлены.</numerusform>
            <numerusform>%Ln копий отличаются от выпусков, сохранённых под теми же датами: сохранённые оставлены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="678"/>
        <source>1 file could not be read as mail.</source>
        <translation>Один файл не удалось прочитать как почту.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="680"/>
        <source>%Ln files could not be read as mail.</source>
        <translation>
            <numerusform>%Ln файл не удалось прочитать как почту.</numerusform>
            <numerusform>%Ln файла не удалось прочитать как почту.</numerusform>
            <numerusform>%Ln файлов не удалось прочитать как почту.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="684"/>
        <source>1 other problem (see Problems).</source>
        <translation>Ещё одна проблема (см. «Проблемы»).</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="686"/>
        <source>%Ln other problems (see Problems).</source>
        <translation>
            <numerusform>Ещё %Ln проблема (см. «Проблемы»).</numerusform>
            <numerusform>Ещё %Ln проблемы (см. «Проблемы»).</numerusform>
            <numerusform>Ещё %Ln проблем (см. «Проблемы»).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="695"/>
        <source>Members that differ: {members}.</source>
        <translation>Различающиеся участники: {members}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="779"/>
        <source>Keep this copy instead?</source>
        <translation>Оставить вместо неё эту копию?</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="782"/>
        <source>Edition {stamp} was found twice, with different contacts. Keep the copy from {source} in place of the one stored?</source>
        <translation>Выпуск {stamp} найден дважды, с разными контактами. Оставить копию из {source} вместо сохранённой?</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="792"/>
        <source>Choose it when you know it is the right one, a correction sent by the list, say. A backup is taken first, and the copy stored now stays on record.</source>
        <translation>Выберите её, если знаете, что она верная, например исправление, разосланное списком. Сначала создаётся резервная копия, а сохранённая сейчас копия остаётся в записях.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="798"/>
        <source>Keep this copy</source>
        <translation>Оставить эту копию</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="834"/>
        <source>Import untrusted editions?</source>
        <translation>Импортировать недоверенные выпуски?</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="837"/>
        <source>These editions were not sent through the TLD-OPS mailing list. Anyone can send an email that looks like the repository, with false phone numbers or addresses.</source>
        <translation>Эти выпуски не были отправлены через список рассылки TLD-OPS. Кто угодно может отправить письмо, похожее на письмо репозитория, с ложными номерами телефонов или адресами.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="843"/>
        <source>Import them only if you know where they came from. They are stored marked as untrusted and never become the current edition while a trusted one exists; with none stored, the newest is shown under a red warning.</source>
        <translation>Импортируйте их, только если знаете, откуда они. Они сохраняются с пометкой «недоверенный» и никогда не становятся текущим выпуском, пока есть доверенный; если доверенных нет, самый новый показывается под красным предупреждением.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="855"/>
        <source>Import anyway</source>
        <translation>Всё равно импортировать</translation>
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
        <translation>Ожидание ключа контактов от системного хранилища ключей. Если на рабочем столе появился запрос на разблокировку хранилища ключей, ответьте на него.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/workers.py" line="51"/>
        <source>Stop waiting</source>
        <translation>Прекратить ожидание</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="16"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="18"/>
        <source>The contacts are hidden because the window was left without input.</source>
        <translation>Контакты скрыты, так как в окне долго не было активности.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="25"/>
        <source>Anyone at this computer can unlock it: the key of the contacts is kept by the system (its keyring, or the environment), so no passphrase is asked. Lock the computer itself when you leave it.</source>
        <translation>Разблокировать может любой, кто сидит за этим компьютером: ключ контактов хранит система (её связка ключей или окружение), поэтому парольная фраза не запрашивается. Блокируйте сам компьютер, когда отходите от него.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="33"/>
        <location filename="../tldops_desktop/gui/locked_page.py" line="36"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="205"/>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="207"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="253"/>
        <source>Search ccTLD, country, name, email or phone (Ctrl+F)</source>
        <translation>Поиск по ccTLD, стране, имени, эл. почте или телефону (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="258"/>
        <source>Search members</source>
        <translation>Поиск участников</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="261"/>
        <source>Type a ccTLD, country, name, email or phone digits; Up and Down move in the list, Enter shows the contacts, Escape clears</source>
        <translation>Введите ccTLD, страну, имя, эл. почту или цифры телефона; стрелки вверх и вниз перемещают по списку, Enter показывает контакты, Escape очищает поле</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="274"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="277"/>
        <source>Unknown region</source>
        <translation>Неизвестный регион</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="278"/>
        <source>Region filter</source>
        <translation>Фильтр по региону</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="279"/>
        <source>Show the members of one ICANN region</source>
        <translation>Показать участников одного региона ICANN</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1218"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1184"/>
        <source>The contacts are hidden because the window was left without input.</source>
        <translation>Контакты скрыты, так как в окне долго не было активности.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="329"/>
        <source>Current edition</source>
        <translation>Текущий выпуск</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="331"/>
        <source>Members and contacts</source>
        <translation>Участники и контакты</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="333"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="370"/>
        <source>The contacts are closed. Unlock them to see them again.</source>
        <translation>Контакты закрыты. Разблокируйте их, чтобы снова увидеть.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="482"/>
        <source>Already checking the remembered mailboxes for new editions.</source>
        <translation>Запомненные почтовые ящики уже проверяются на новые выпуски.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1032"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="582"/>
        <source>(NOT sent through the list)</source>
        <translation>(НЕ получен через рассылку)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="587"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="584"/>
        <source>(demo)</source>
        <translation>(демо)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="580"/>
        <source>edition %1</source>
        <translation>выпуск %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="595"/>
        <source>Bold: changed since %1</source>
        <translation>Жирным выделены изменения с %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="600"/>
        <source>No contacts yet</source>
        <translation>Контактов пока нет</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="604"/>
        <source>Edition %1</source>
        <translation>Выпуск %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="608"/>
        <source>NOT sent through the list</source>
        <translation>НЕ получен через рассылку</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="610"/>
        <source>demo data, invented people</source>
        <translation>демоданные, вымышленные люди</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="614"/>
        <source>%1 members · %2 contacts</source>
        <translation>Участников: %1 · контактов: %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="893"/>
        <source>Mail files (*.eml *.mbox *.mbx *.msg *.txt *.zip *.tgz *.tar *.gz *.bz2 *.xz);;All files (*)</source>
        <translation>Почтовые файлы (*.eml *.mbox *.mbx *.msg *.txt *.zip *.tgz *.tar *.gz *.bz2 *.xz);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1028"/>
        <source>the search “%1”</source>
        <translation>поиск «%1»</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1031"/>
        <source>region %1</source>
        <translation>регион %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1275"/>
        <source>Read only: nothing can be imported into this data folder.</source>
        <translation>Только чтение: в эту папку данных ничего нельзя импортировать.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="770"/>
        <source>Copied %1; the clipboard is cleared in %2 s.</source>
        <translation>Скопировано: %1; буфер обмена будет очищен через %2 с.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="772"/>
        <source>Copied %1.</source>
        <translation>Скопировано: %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="784"/>
        <source>the phone number of the %1</source>
        <translation>номер телефона (%1)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="785"/>
        <source>Nothing copied: the %1 lists no phone number.</source>
        <translation>Ничего не скопировано: номер телефона не указан (%1).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="791"/>
        <source>the email address of the %1</source>
        <translation>адрес эл. почты (%1)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="792"/>
        <source>Nothing copied: the %1 lists no email address.</source>
        <translation>Ничего не скопировано: адрес эл. почты не указан (%1).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="830"/>
        <source>No monitoring tools (see Settings)</source>
        <translation>Нет инструментов мониторинга (см. «Настройки»)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="890"/>
        <source>Import the monthly repository email</source>
        <translation>Импорт ежемесячного письма репозитория</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="902"/>
        <source>Import a mail folder (Maildir, MH or .eml files)</source>
        <translation>Импорт почтовой папки (Maildir, MH или файлы .eml)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="927"/>
        <source>Import cancelled: the contacts are as they were.</source>
        <translation>Импорт отменён: контакты остались прежними.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1097"/>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1159"/>
        <source>About TLD-OPS Desktop</source>
        <translation>О программе TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1161"/>
        <source>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;The incident-response contacts of the TLD-OPS member ccTLDs, imported from the monthly repository email and kept encrypted on this computer.&lt;/p&gt;&lt;p&gt;The app never connects to the network: links open in your own mail, phone or browser application, and only when you click them.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;Контакты для реагирования на инциденты всех ccTLD — участников TLD-OPS, импортированные из ежемесячного письма репозитория и хранящиеся на этом компьютере в зашифрованном виде.&lt;/p&gt;&lt;p&gt;Приложение никогда не подключается к сети: ссылки открываются в вашем почтовом клиенте, телефоне или браузере, и только когда вы по ним щёлкаете.&lt;/p&gt;&lt;p&gt;Папка данных: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1181"/>
        <source>The contacts are hidden until you unlock the window.</source>
        <translation>Контакты скрыты, пока вы не разблокируете окно.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1217"/>
        <source>TLD-OPS Desktop (locked)</source>
        <translation>TLD-OPS Desktop (заблокировано)</translation>
    </message>
</context>
<context>
    <name>MemberTable</name>
    <message>
        <location filename="../tldops_desktop/gui/member_table.py" line="48"/>
        <source>Members</source>
        <translation>Участники</translation>
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
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="131"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="132"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="136"/>
        <source>ICANN region; %1 marks a region taken from the ccTLD table, not from the email</source>
        <translation>Регион ICANN; %1 отмечает регион, взятый из таблицы ccTLD, а не из письма</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="178"/>
        <source>%1 (changed in the latest edition)</source>
        <translation>%1 (изменён в последнем выпуске)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="222"/>
        <source>The email gives no region; %1 comes from the ccTLD table.</source>
        <translation>В письме регион не указан; %1 взят из таблицы ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="225"/>
        <source>No region known</source>
        <translation>Регион неизвестен</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="227"/>
        <source>%1 changed in the latest edition</source>
        <translation>%1 изменён в последнем выпуске</translation>
    </message>
</context>
<context>
    <name>NewsBanner</name>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="45"/>
        <source>New editions</source>
        <translation>Новые выпуски</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="60"/>
        <source>Show changes</source>
        <translation>Показать изменения</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="62"/>
        <source>What changed between the two latest editions</source>
        <translation>Что изменилось между двумя последними выпусками</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="73"/>
        <source>Review…</source>
        <translation>Проверить…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="77"/>
        <source>Open the import on the mailboxes where they were found: see who sent them, and import them only if you trust them</source>
        <translation>Открыть импорт из почтовых ящиков, где они найдены: посмотрите, кто их отправил, и импортируйте их, только если доверяете им</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="91"/>
        <location filename="../tldops_desktop/gui/news_banner.py" line="92"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="109"/>
        <source>New contacts: edition %1, %2</source>
        <translation>Новые контакты: выпуск %1, %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="118"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="121"/>
        <source>New contacts: edition %1</source>
        <translation>Новые контакты: выпуск %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="129"/>
        <source>1 edition not sent through the list was ignored (%1): it may be forged.</source>
        <translation>Пропущен 1 выпуск, не прошедший через рассылку (%1): он может быть поддельным.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="133"/>
        <source>%2 editions not sent through the list were ignored (%1): they may be forged.</source>
        <translation>Пропущено выпусков, не прошедших через рассылку: %2 (%1). Они могут быть поддельными.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="166"/>
        <source>no contact changed</source>
        <translation>контакты не изменились</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="168"/>
        <source>1 contact changed</source>
        <translation>изменён 1 контакт</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="169"/>
        <source>%1 contacts changed</source>
        <translation>изменено контактов: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="175"/>
        <source>1 member joined</source>
        <translation>вступил 1 участник</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="175"/>
        <source>%1 members joined</source>
        <translation>вступило участников: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="177"/>
        <source>1 member left</source>
        <translation>вышел 1 участник</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="177"/>
        <source>%1 members left</source>
        <translation>вышло участников: %1</translation>
    </message>
</context>
<context>
    <name>NonMembersDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="55"/>
        <source>ccTLDs not in TLD-OPS yet</source>
        <translation>ccTLD, ещё не входящие в TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="78"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="79"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="82"/>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="90"/>
        <source>ccTLDs that are not members</source>
        <translation>ccTLD, не являющиеся участниками</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="94"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="94"/>
        <source>Country or territory</source>
        <translation>Страна или территория</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="94"/>
        <source>A-label</source>
        <translation>A-label</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="108"/>
        <source>A ccTLD joins TLD-OPS when its IANA administrative contact asks the ccNSO Secretariat. If you know one of these ccTLDs, invite them; until then, their administrative contact in the IANA root zone database is the fallback.</source>
        <translation>ccTLD вступает в TLD-OPS, когда его административный контакт в IANA обращается в секретариат ccNSO. Если вы знакомы с кем-то из этих ccTLD, пригласите их; а пока запасной вариант — их административный контакт в базе данных корневой зоны IANA.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="116"/>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="137"/>
        <source>Coverage over the editions imported</source>
        <translation>Охват по импортированным выпускам</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="124"/>
        <source>Open &amp;IANA page</source>
        <translation>&amp;Открыть страницу IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="127"/>
        <source>The ccTLD&apos;s record in the IANA root zone database, in your web browser</source>
        <translation>Запись ccTLD в базе данных корневой зоны IANA (откроется в браузере)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="129"/>
        <source>Prepare &amp;join request…</source>
        <translation>&amp;Подготовить заявку на вступление…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="144"/>
        <source>Africa</source>
        <translation>Африка</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="145"/>
        <source>Asia Pacific</source>
        <translation>Азиатско-Тихоокеанский регион</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="146"/>
        <source>Europe</source>
        <translation>Европа</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="147"/>
        <source>Latin America and Caribbean</source>
        <translation>Латинская Америка и Карибский бассейн</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="148"/>
        <source>North America</source>
        <translation>Северная Америка</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="168"/>
        <source>There are no editions yet. Import a repository email first.</source>
        <translation>Выпусков пока нет. Сначала импортируйте письмо репозитория.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="175"/>
        <source>Edition %1: %2 of %3 delegated ccTLDs are members (%4); %5 are not yet.</source>
        <translation>Выпуск %1: участники — %2 из %3 делегированных ccTLD (%4); ещё не участвуют: %5.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="190"/>
        <source>%1 — %2 of %3 are members (%4); %5 not yet</source>
        <translation>%1 — участники: %2 из %3 (%4); ещё не участвуют: %5</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="128"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="129"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="130"/>
        <source>Repeat the new passphrase</source>
        <translation>Повтор новой парольной фразы</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="132"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="135"/>
        <source>at least {count} characters</source>
        <translation>не менее {count} символов</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="137"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="138"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="143"/>
        <source>A passphrase cannot be recovered: if it is forgotten, the contacts must be imported again from the monthly emails.</source>
        <translation>Парольную фразу невозможно восстановить: если её забыть, контакты придётся заново импортировать из ежемесячных писем.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="175"/>
        <source>Type the current passphrase.</source>
        <translation>Введите текущую парольную фразу.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="178"/>
        <source>Type a new passphrase.</source>
        <translation>Введите новую парольную фразу.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="183"/>
        <source>A passphrase needs at least {count} characters: a few words are easy to remember and hard to guess.</source>
        <translation>Парольная фраза должна содержать не менее {count} символов: несколько слов легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="189"/>
        <source>The two new passphrases differ.</source>
        <translation>Новые парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="224"/>
        <source>QR code: {name}</source>
        <translation>QR-код: {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="228"/>
        <source>Point the phone&apos;s camera at the code to add {name} ({cctld}) as a contact.</source>
        <translation>Наведите камеру телефона на код, чтобы добавить {name} ({cctld}) в контакты.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="253"/>
        <source>This contact&apos;s name and email address are too long for a QR code a phone camera can read. Export the contact as a vCard instead.</source>
        <translation>Имя и адрес электронной почты этого контакта слишком длинные для QR-кода, который может прочитать камера телефона. Экспортируйте контакт в vCard.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="260"/>
        <source>This code holds the first phone number and email address only: the whole contact would make a code too dense for a phone camera. Export the contact as a vCard for all of it.</source>
        <translation>Этот код содержит только первый номер телефона и первый адрес электронной почты: весь контакт дал бы код, слишком плотный для камеры телефона. Экспортируйте контакт в vCard, чтобы получить его целиком.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="271"/>
        <source>QR code of {name}</source>
        <translation>QR-код контакта {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="292"/>
        <source>&amp;Save as PNG or SVG…</source>
        <translation>&amp;Сохранить как PNG или SVG…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="332"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="332"/>
        <source>SVG image (*.svg)</source>
        <translation>Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="333"/>
        <source>Save the QR code</source>
        <translation>Сохранить QR-код</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="344"/>
        <source>QR code saved to {path}.</source>
        <translation>QR-код сохранён в {path}.</translation>
    </message>
</context>
<context>
    <name>RecheckStatus</name>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="26"/>
        <source>Check for new editions</source>
        <translation>Проверка новых выпусков</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="47"/>
        <source>Could not check the mailboxes for new editions: %1</source>
        <translation>Не удалось проверить почтовые ящики на новые выпуски: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="53"/>
        <source>Checking the remembered mailbox for new editions…</source>
        <translation>Проверка запомненного почтового ящика на новые выпуски…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="55"/>
        <source>Checking %1 remembered mailboxes for new editions…</source>
        <translation>Проверка запомненных почтовых ящиков на новые выпуски (ящиков: %1)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="59"/>
        <source>Read only: new editions cannot be stored in this data folder.</source>
        <translation>Только чтение: новые выпуски нельзя сохранить в этой папке данных.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="64"/>
        <source>No remembered mailbox to check: use File &gt; Find my mail… to pick the one where the monthly email arrives.</source>
        <translation>Нет запомненных почтовых ящиков для проверки: выберите ящик, в который приходит ежемесячное письмо, через «Файл &gt; Найти мою почту…».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="72"/>
        <source>A new edition was stored elsewhere: now showing edition %1.</source>
        <translation>Новый выпуск сохранён в другом месте: теперь показан выпуск %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="78"/>
        <source>The check for new editions failed: see the crash report.</source>
        <translation>Сбой при проверке новых выпусков: см. отчёт о сбое.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="92"/>
        <source>Mailboxes checked at %1: edition %2 imported.</source>
        <translation>Почтовые ящики проверены в %1: импортирован выпуск %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="98"/>
        <source>Mailboxes checked at %1: older edition imported: %2.</source>
        <translation>Почтовые ящики проверены в %1: импортирован более старый выпуск %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="100"/>
        <source>Mailboxes checked at %1: older editions imported: %2.</source>
        <translation>Почтовые ящики проверены в %1: импортированы более старые выпуски: %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="106"/>
        <source>Mailboxes checked at %1: nothing new in them. Edition %2, stored elsewhere, is shown.</source>
        <translation>Почтовые ящики проверены в %1: в них ничего нового. Показан выпуск %2, сохранённый в другом месте.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="113"/>
        <source>Mailboxes checked at %1: no new edition.</source>
        <translation>Почтовые ящики проверены в %1: новых выпусков нет.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="132"/>
        <source>Could not read the remembered mailbox %1 (%2).</source>
        <translation>Не удалось прочитать запомненный почтовый ящик %1 (%2).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="134"/>
        <source>Could not read %3 remembered mailboxes, among them %1 (%2).</source>
        <translation>Не удалось прочитать запомненные почтовые ящики (%3), в том числе %1 (%2).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="144"/>
        <source>Check that the mailbox is still there, or stop checking it in File &gt; Find my mail…</source>
        <translation>Проверьте, на месте ли почтовый ящик, или отключите его проверку в «Файл &gt; Найти мою почту…»</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="89"/>
        <source>The request goes to the ccNSO Secretariat and must be sent by, or copied to, the ccTLD&apos;s administrative contact in the IANA root zone database. This application sends nothing: the email opens in your mail client, or is saved as an .eml file to send later. The email itself is in English, as the Secretariat expects.</source>
        <translation>Заявка направляется в секретариат ccNSO и должна быть отправлена административным контактом ccTLD, указанным в базе данных корневой зоны IANA, или с копией ему. Это приложение ничего не отправляет: письмо открывается в вашем почтовом клиенте или сохраняется как файл .eml для последующей отправки. Само письмо составлено на английском языке, как того ожидает секретариат.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="102"/>
        <source>Join TLD-OPS</source>
        <translation>Вступить в TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="103"/>
        <source>Update the contacts of a member</source>
        <translation>Обновить контакты участника</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="104"/>
        <source>&amp;Request</source>
        <translation>&amp;Тип заявки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="107"/>
        <source>.de, .рф, xn--p1ai</source>
        <translation>.de, .рф, xn--p1ai</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="115"/>
        <source>cc&amp;TLD</source>
        <translation>&amp;Домен ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="125"/>
        <source>Contact 1 (primary)</source>
        <translation>Контакт 1 (основной)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="125"/>
        <source>Contact 2 (secondary)</source>
        <translation>Контакт 2 (резервный)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="126"/>
        <source>Contact 3</source>
        <translation>Контакт 3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="133"/>
        <source>+&lt;country code&gt; &lt;number&gt;</source>
        <translation>+&lt;код страны&gt; &lt;номер&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="134"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="135"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="136"/>
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="144"/>
        <source>IANA administrative contact</source>
        <translation>Административный контакт IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="145"/>
        <source>Look up at IANA</source>
        <translation>Найти в IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="148"/>
        <source>Open the ccTLD&apos;s record in the IANA root zone database in your browser</source>
        <translation>Открыть запись ccTLD в базе данных корневой зоны IANA в браузере</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="153"/>
        <source>IANA &amp;administrative contact</source>
        <translation>&amp;Административный контакт IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="158"/>
        <source>Your &amp;name (signature)</source>
        <translation>Ваше &amp;имя (подпись)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="110"/>
        <source>&amp;Fill from current edition</source>
        <translation>&amp;Заполнить из текущего выпуска</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="168"/>
        <source>&amp;Open in mail client</source>
        <translation>&amp;Открыть в почтовом клиенте</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="171"/>
        <source>&amp;Save as .eml…</source>
        <translation>&amp;Сохранить как .eml…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="235"/>
        <source>Request to join TLD-OPS</source>
        <translation>Заявка на вступление в TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="237"/>
        <source>Update TLD-OPS contacts</source>
        <translation>Обновление контактов TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="250"/>
        <source>Not a ccTLD label.</source>
        <translation>Это не метка ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="252"/>
        <source>Not a delegated ccTLD.</source>
        <translation>Это не делегированный ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="257"/>
        <source>%1: a member as of edition %2.</source>
        <translation>%1: участник по данным выпуска %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="263"/>
        <source>%1: not a member as of edition %2.</source>
        <translation>%1: не участник по данным выпуска %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="290"/>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="297"/>
        <source>Choose join or update.</source>
        <translation>Выберите вступление или обновление.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="298"/>
        <source>“%1” is not a ccTLD (try .de, .рф or xn--p1ai).</source>
        <translation>«%1» — не ccTLD (попробуйте .de, .рф или xn--p1ai).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="299"/>
        <source>%1 is not a delegated ccTLD.</source>
        <translation>%1 — не делегированный ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="300"/>
        <source>.%1 is already a member: choose Update.</source>
        <translation>.%1 уже является участником: выберите обновление контактов.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="301"/>
        <source>.%1 is not a member yet: choose Join.</source>
        <translation>.%1 ещё не участник: выберите вступление.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="302"/>
        <source>Give at least one contact.</source>
        <translation>Укажите хотя бы один контакт.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="303"/>
        <source>TLD-OPS takes at most three contacts.</source>
        <translation>TLD-OPS принимает не более трёх контактов.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="304"/>
        <source>The name is missing.</source>
        <translation>Не указано имя.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="305"/>
        <source>The name has control characters.</source>
        <translation>Имя содержит управляющие символы.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="306"/>
        <source>The email address is missing.</source>
        <translation>Не указан адрес эл. почты.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="307"/>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="317"/>
        <source>“%1” is not an email address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="308"/>
        <source>%1 is given for two contacts.</source>
        <translation>%1 указан для двух контактов.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="309"/>
        <source>The mobile phone number is missing.</source>
        <translation>Не указан номер мобильного телефона.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="311"/>
        <source>“%1” is not a valid phone number: write it as +&lt;country code&gt; &lt;number&gt;.</source>
        <translation>«%1» — недопустимый номер телефона: запишите его в виде +&lt;код страны&gt; &lt;номер&gt;.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="313"/>
        <source>“%1” does not look like a mobile number.</source>
        <translation>«%1» не похож на номер мобильного телефона.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="315"/>
        <source>Give the IANA administrative contact&apos;s email address: it is copied.</source>
        <translation>Укажите адрес эл. почты административного контакта IANA: он будет поставлен в копию.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="322"/>
        <source>Contact %1: %2</source>
        <translation>Контакт %1: %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="363"/>
        <source>Save the request</source>
        <translation>Сохранить заявку</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="363"/>
        <source>Email message (*.eml)</source>
        <translation>Почтовое сообщение (*.eml)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="52"/>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="99"/>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="144"/>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="57"/>
        <source>A backup of the contacts database is taken before every import that changes it. Restoring one puts the contacts back as they were then; the current database is kept aside in {folder}, never deleted. Editions imported since the backup must be imported again.</source>
        <translation>Перед каждым импортом, который изменяет базу контактов, создаётся её резервная копия. Восстановление копии возвращает контакты в тогдашнее состояние; текущая база данных откладывается в {folder} и никогда не удаляется. Выпуски, импортированные после создания копии, придётся импортировать заново.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="66"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="70"/>
        <source>{taken} — edition {edition} — {size}</source>
        <translation>{taken} — выпуск {edition} — {size}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="74"/>
        <source>{taken} — {size}</source>
        <translation>{taken} — {size}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="83"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="116"/>
        <source>Passphrase of the TLD-OPS database:</source>
        <translation>Парольная фраза базы данных TLD-OPS:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="121"/>
        <source>This passphrase opens neither the contacts nor their backups. Check it (Caps Lock?) and type it again:</source>
        <translation>Эта парольная фраза не открывает ни контакты, ни их резервные копии. Проверьте её (Caps Lock?) и введите снова:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="145"/>
        <source>There are no backups yet: one is taken before each import that changes the database. Import the repository emails again from your mailbox instead.</source>
        <translation>Резервных копий пока нет: копия создаётся перед каждым импортом, который изменяет базу данных. Вместо восстановления импортируйте письма репозитория из почтового ящика заново.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="177"/>
        <source>The database as it was before is kept as {path}.</source>
        <translation>Прежняя база данных сохранена как {path}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="185"/>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="186"/>
        <source>The contacts are back as they were on {taken}. {kept} Import your mailbox again for the editions that arrived since then.</source>
        <translation>Контакты возвращены в состояние на {taken}. {kept} Импортируйте почтовый ящик заново, чтобы получить выпуски, пришедшие с тех пор.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="203"/>
        <source>The file {path} was left as it is.</source>
        <translation>Файл {path} оставлен как есть.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="210"/>
        <source>There is no backup of it yet. Start again from your mailbox: a new data folder, into which you import the repository emails again. The current folder is kept, renamed, with the damaged file in it; nothing is deleted.</source>
        <translation>Резервных копий пока нет. Начните заново со своего почтового ящика: новая папка данных, в которую вы снова импортируете письма репозитория. Текущая папка сохраняется под другим именем вместе с повреждённым файлом; ничего не удаляется.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="219"/>
        <source>Restore its backup, taken {taken}; the damaged file is kept beside it.</source>
        <translation>Восстановите его резервную копию от {taken}; повреждённый файл сохранится рядом.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="224"/>
        <source>Restore the newest of its {count} backups, taken {taken}; the damaged file is kept beside it.</source>
        <translation>Восстановите самую новую из его резервных копий (всего: {count}) от {taken}; повреждённый файл сохранится рядом.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="240"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="245"/>
        <source>Restore a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="250"/>
        <source>Start a new data folder…</source>
        <translation>Начать новую папку данных…</translation>
    </message>
</context>
<context>
    <name>SearchFeedback</name>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="53"/>
        <source>Number of results</source>
        <translation>Число результатов</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="72"/>
        <source>No result</source>
        <translation>Нет результата</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="106"/>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="321"/>
        <source>unknown</source>
        <translation>неизвестный</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="197"/>
        <source>{country} ({tld}) is not a TLD-OPS member as of edition {stamp}. Its administrative contact is in the IANA root zone database: &lt;a href=&quot;{url}&quot;&gt;open its page&lt;/a&gt;.</source>
        <translation>{country} ({tld}) не является участником TLD-OPS по данным выпуска {stamp}. Его административный контакт указан в базе данных корневой зоны IANA: &lt;a href=&quot;{url}&quot;&gt;открыть страницу&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="203"/>
        <source>{tld} is not a TLD-OPS member as of edition {stamp}. Its administrative contact is in the IANA root zone database: &lt;a href=&quot;{url}&quot;&gt;open its page&lt;/a&gt;.</source>
        <translation>{tld} не является участником TLD-OPS по данным выпуска {stamp}. Его административный контакт указан в базе данных корневой зоны IANA: &lt;a href=&quot;{url}&quot;&gt;открыть страницу&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="208"/>
        <source>{tld} is not a TLD-OPS member as of edition {stamp}, and not a delegated ccTLD.</source>
        <translation>{tld} не является участником TLD-OPS по данным выпуска {stamp} и не является делегированным ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="221"/>
        <source>{tld} left TLD-OPS in edition {left}. &lt;a href=&quot;{link}&quot;&gt;Show its last known contacts&lt;/a&gt; (edition {last}).</source>
        <translation>{tld} вышел из TLD-OPS в выпуске {left}. &lt;a href=&quot;{link}&quot;&gt;Показать его последние известные контакты&lt;/a&gt; (выпуск {last}).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="232"/>
        <source>Show all regions</source>
        <translation>Показать все регионы</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="248"/>
        <source>Showing %1, the ccTLD of %2.</source>
        <translation>Показан %1 — ccTLD для %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="258"/>
        <source>%1 is not a TLD-OPS member; showing %2, of the same country.</source>
        <translation>%1 не является участником TLD-OPS; показан %2 той же страны.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="266"/>
        <source>Other regions: %1 more.</source>
        <translation>Другие регионы: ещё %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="290"/>
        <source>“%1” names an unknown region.</source>
        <translation>«%1» — неизвестный регион.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="291"/>
        <source>Regions are AF, AP, EU, LAC, NA and unknown.</source>
        <translation>Регионы: AF, AP, EU, LAC, NA и неизвестный.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="293"/>
        <source>No member in this region.</source>
        <translation>В этом регионе нет участников.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="298"/>
        <source>No member in region %2 matches “%1”.</source>
        <translation>Ни один участник региона %2 не соответствует «%1».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="303"/>
        <source>No member matches “%1”.</source>
        <translation>Ни один участник не соответствует «%1».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="308"/>
        <source>Did you mean “%1”?</source>
        <translation>Возможно, вы имели в виду «%1»?</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="312"/>
        <source>Enter searches for it.</source>
        <translation>Нажмите Enter, чтобы найти его.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="319"/>
        <source>%1 is in region %2, not in the region shown.</source>
        <translation>%1 находится в регионе %2, а не в показанном.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="329"/>
        <source>Matches in other regions: %1.</source>
        <translation>Совпадения в других регионах: %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="338"/>
        <source>Try fewer words, or part of a word.</source>
        <translation>Попробуйте меньше слов или часть слова.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="340"/>
        <source>Try part of a word, or another spelling.</source>
        <translation>Попробуйте часть слова или другое написание.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="344"/>
        <source>Search by ccTLD (.de, рф), domain (nic.de), country in any language, person&apos;s name, email or phone digits.</source>
        <translation>Ищите по ccTLD (.de, рф), домену (nic.de), стране на любом языке, имени человека, адресу почты или цифрам телефона.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="359"/>
        <source>Unknown region</source>
        <translation>Неизвестный регион</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="362"/>
        <source>%1 members</source>
        <translation>Участников: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="365"/>
        <source>No match</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="368"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="213"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="223"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="224"/>
        <source>Trusted list</source>
        <translation>Доверенная рассылка</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="225"/>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="328"/>
        <source>Monitoring tools</source>
        <translation>Инструменты мониторинга</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="226"/>
        <source>Data and key</source>
        <translation>Данные и ключ</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="247"/>
        <source>System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="252"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="253"/>
        <source>A new language applies after a restart.</source>
        <translation>Новый язык будет применён после перезапуска.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="256"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="257"/>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="264"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="259"/>
        <source>Clear the clipboard after</source>
        <translation>Очищать буфер обмена через</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="260"/>
        <source>Clear copied values &amp;after:</source>
        <translation>Очищать скопированное &amp;через:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="263"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="266"/>
        <source>Lock after minutes without input</source>
        <translation>Блокировка после бездействия, в минутах</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="267"/>
        <source>L&amp;ock after no input for:</source>
        <translation>&amp;Блокировать при бездействии через:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="268"/>
        <source>Check remembered mailboxes for new editions at &amp;start</source>
        <translation>Проверять запомненные почтовые ящики на новые выпуски при &amp;запуске</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="272"/>
        <source>In the background, after the contacts open; choose the mailboxes with File &gt; Find my mail…</source>
        <translation>В фоновом режиме, после открытия контактов; почтовые ящики выбираются в «Файл &gt; Найти мою почту…»</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="286"/>
        <source>An edition is trusted only when it came through this mailing list. Change these only if the TLD-OPS list itself moves.</source>
        <translation>Выпуск считается доверенным, только если он пришёл через эту рассылку. Меняйте эти параметры, только если сама рассылка TLD-OPS переедет.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="297"/>
        <source>List-&amp;Id:</source>
        <translation>&amp;Заголовок List-Id:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="298"/>
        <source>List &amp;address:</source>
        <translation>&amp;Адрес рассылки:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="299"/>
        <source>&amp;Bounce address (Sender):</source>
        <translation>Адрес &amp;возвратов (Sender):</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="301"/>
        <source>&amp;Reset to the TLD-OPS list</source>
        <translation>&amp;Сбросить на рассылку TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="312"/>
        <source>Web tools offered for the selected ccTLD; {tld} stands for it. They open in your browser only when you choose one.</source>
        <translation>Веб-инструменты для выбранного ccTLD; {tld} обозначает этот ccTLD. Инструмент открывается в браузере, только когда вы его выбираете.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="319"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="319"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="333"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="334"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="335"/>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="336"/>
        <source>Reset to &amp;defaults</source>
        <translation>&amp;Сбросить по умолчанию</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="351"/>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="352"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="357"/>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="360"/>
        <source>Database key:</source>
        <translation>Ключ базы данных:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="363"/>
        <source>Keep the key in the system &amp;keyring…</source>
        <translation>Хранить ключ в системном &amp;хранилище ключей…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="398"/>
        <source>New tool</source>
        <translation>Новый инструмент</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="440"/>
        <source>Monitoring tool {row}: give it a name and a web address (https://…) containing {{tld}}.</source>
        <translation>Инструмент мониторинга {row}: укажите название и веб-адрес (https://…), содержащий {{tld}}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="457"/>
        <source>kept in the system keyring: the contacts open without a passphrase.</source>
        <translation>хранится в системном хранилище ключей: контакты открываются без парольной фразы.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="459"/>
        <source>a passphrase, asked for at every start.</source>
        <translation>парольная фраза, запрашиваемая при каждом запуске.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="461"/>
        <source>open the contacts to change how they are protected.</source>
        <translation>откройте контакты, чтобы изменить способ их защиты.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="467"/>
        <source>The data folder cannot be written: its protection cannot change now.</source>
        <translation>В папку данных нельзя записывать: её защиту сейчас нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="471"/>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Сменить парольную фразу…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="473"/>
        <source>Use a &amp;passphrase…</source>
        <translation>Использовать &amp;парольную фразу…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="478"/>
        <source>Keep the key in the system keyring</source>
        <translation>Хранить ключ в системном хранилище ключей</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="489"/>
        <source>Change the passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="489"/>
        <source>Protect with a passphrase</source>
        <translation>Защита парольной фразой</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="511"/>
        <source>The database key was changed.</source>
        <translation>Ключ базы данных изменён.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="534"/>
        <source>The List-Id and both addresses are needed to recognise the list.</source>
        <translation>Для распознавания рассылки нужны List-Id и оба адреса.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="541"/>
        <source>The List-Id is a name with dots, without spaces or angle brackets (tld-ops.lists.dns-oarc.net), and both addresses are mail addresses (name@domain). Check them.</source>
        <translation>List-Id — это имя с точками, без пробелов и угловых скобок (tld-ops.lists.dns-oarc.net), а оба адреса — адреса электронной почты (имя@домен). Проверьте их.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="560"/>
        <source>The settings could not be saved in {file}: they apply until TLD-OPS Desktop is closed. Check that this file and its folder can be written by you.</source>
        <translation>Не удалось сохранить настройки в {file}: они действуют до закрытия TLD-OPS Desktop. Проверьте, что этот файл и его папка доступны вам для записи.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="67"/>
        <source>Protect the TLD-OPS contacts</source>
        <translation>Защита контактов TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="67"/>
        <source>Unlock TLD-OPS</source>
        <translation>Разблокировка TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="137"/>
        <source>No system keyring is available to keep the database key. Choose a passphrase for the new contacts database in {folder}. It cannot be recovered: if you forget it, import the repository emails again into a new data folder.</source>
        <translation>Системное хранилище ключей для ключа базы данных недоступно. Задайте парольную фразу для новой базы контактов в {folder}. Её невозможно восстановить: если вы её забудете, импортируйте письма репозитория заново в новую папку данных.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="148"/>
        <source>The contacts database in {folder} is protected by a passphrase. Type it to open the contacts.</source>
        <translation>База контактов в {folder} защищена парольной фразой. Введите её, чтобы открыть контакты.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="77"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="80"/>
        <source>at least {count} characters</source>
        <translation>не менее {count} символов</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="82"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="86"/>
        <source>Repeat the passphrase</source>
        <translation>Повтор парольной фразы</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="88"/>
        <source>&amp;Repeat:</source>
        <translation>Повто&amp;р:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="97"/>
        <source>Unlock problem</source>
        <translation>Ошибка разблокировки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="101"/>
        <source>Forgotten it? It cannot be recovered. Start again from your mailbox: a new data folder, into which you import the repository emails again. The current folder is kept, renamed, with everything in it; nothing is deleted.</source>
        <translation>Забыли её? Восстановить её невозможно. Начните заново со своего почтового ящика: новая папка данных, в которую вы снова импортируете письма репозитория. Текущая папка сохраняется под другим именем со всем содержимым; ничего не удаляется.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="114"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="114"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="115"/>
        <source>Start a &amp;new data folder…</source>
        <translation>Начать &amp;новую папку данных…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="131"/>
        <source>A new, empty data folder is ready in {folder}. The previous one is kept, untouched, as {kept}. Choose a passphrase for the new contacts database, then import the repository emails again. It cannot be recovered: keep it safe.</source>
        <translation>Новая пустая папка данных готова: {folder}. Прежняя сохранена без изменений как {kept}. Задайте парольную фразу для новой базы контактов, затем снова импортируйте письма репозитория. Её невозможно восстановить: храните её надёжно.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="143"/>
        <source>The file that says how the contacts database in {folder} is protected (keyinfo.json) is missing, and the system keyring holds no key for it. If it is protected by a passphrase, type it to open the contacts.</source>
        <translation>Файл, в котором указано, как защищена база контактов в {folder} (keyinfo.json), отсутствует, а в системном хранилище ключей нет ключа для неё. Если она защищена парольной фразой, введите её, чтобы открыть контакты.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="168"/>
        <source>Type the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="173"/>
        <source>A passphrase needs at least {count} characters: a few words are easy to remember and hard to guess.</source>
        <translation>Парольная фраза должна содержать не менее {count} символов: несколько слов легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="181"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Парольные фразы не совпадают. Введите одну и ту же фразу дважды.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="207"/>
        <source>This passphrase does not open the database. Check it (Caps Lock?) and try again.</source>
        <translation>Эта парольная фраза не открывает базу данных. Проверьте её (не включён ли Caps Lock?) и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="235"/>
        <source>The passphrase given in the environment (TLDOPS_PASSPHRASE or its file) does not open the database. Type the passphrase.</source>
        <translation>Парольная фраза из окружения (TLDOPS_PASSPHRASE или её файл) не открывает базу данных. Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="321"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="324"/>
        <source>The key of the contacts in {folder} is kept in the system keyring, which is not available now (locked, or not answering). Unlock your desktop session&apos;s keyring, then try again: the key is still kept there.</source>
        <translation>Ключ контактов в {folder} хранится в системном хранилище ключей, которое сейчас недоступно (заблокировано или не отвечает). Разблокируйте хранилище ключей своего сеанса и повторите попытку: ключ по-прежнему хранится там.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="330"/>
        <source>Or start again from your mailbox: a new data folder, protected by a passphrase, into which you import the repository emails again. The current folder is kept, renamed, with everything in it; nothing is deleted.</source>
        <translation>Или начните заново со своего почтового ящика: новая папка данных, защищённая парольной фразой, в которую вы снова импортируете письма репозитория. Текущая папка сохраняется под другим именем со всем содержимым; ничего не удаляется.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="337"/>
        <source>The system keyring no longer holds the key of the contacts in {folder}, so they cannot be opened. If you restore the keyring from a backup, the key may come back with it.</source>
        <translation>В системном хранилище ключей больше нет ключа контактов в {folder}, поэтому их нельзя открыть. Если восстановить хранилище ключей из резервной копии, ключ может вернуться вместе с ним.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="343"/>
        <source>To carry on, start again from your mailbox: a new data folder, protected by a passphrase, into which you import the repository emails again. The current folder is kept, renamed, with everything in it; nothing is deleted.</source>
        <translation>Чтобы продолжить, начните заново со своего почтового ящика: новая папка данных, защищённая парольной фразой, в которую вы снова импортируете письма репозитория. Текущая папка сохраняется под другим именем со всем содержимым; ничего не удаляется.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="351"/>
        <source>Start a new data folder…</source>
        <translation>Начать новую папку данных…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="357"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="363"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="365"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="47"/>
        <source>This key or passphrase does not open the contacts.</source>
        <translation>Этот ключ или парольная фраза не открывает контакты.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="50"/>
        <source>The contacts are in use by another import or window.</source>
        <translation>Контакты заняты другим импортом или другим окном.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="53"/>
        <source>The disk is full.</source>
        <translation>Диск заполнен.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="54"/>
        <source>The data folder cannot be written.</source>
        <translation>Запись в папку данных невозможна.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="57"/>
        <source>The contacts database is damaged.</source>
        <translation>База данных контактов повреждена.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="58"/>
        <source>The system keyring is not available.</source>
        <translation>Системное хранилище ключей недоступно.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="61"/>
        <source>The system keyring no longer holds the key of the contacts.</source>
        <translation>В системном хранилище ключей больше нет ключа контактов.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="64"/>
        <source>A passphrase is needed to open the contacts.</source>
        <translation>Чтобы открыть контакты, нужна парольная фраза.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="67"/>
        <source>These contacts were saved by a newer version of TLD-OPS Desktop.</source>
        <translation>Эти контакты сохранены более новой версией TLD-OPS Desktop.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="70"/>
        <source>The file could not be written.</source>
        <translation>Не удалось записать файл.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="71"/>
        <source>This backup is damaged.</source>
        <translation>Эта резервная копия повреждена.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="72"/>
        <source>This backup was made with another key.</source>
        <translation>Эта резервная копия сделана с другим ключом.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="75"/>
        <source>This backup cannot be read.</source>
        <translation>Не удаётся прочитать эту резервную копию.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="76"/>
        <source>There is no backup to restore.</source>
        <translation>Нет резервной копии для восстановления.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="77"/>
        <source>The contacts database could not be opened.</source>
        <translation>Не удалось открыть базу данных контактов.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="80"/>
        <source>A file or folder could not be used.</source>
        <translation>Не удалось использовать файл или папку.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="81"/>
        <source>The data folder&apos;s files cannot be read: they may belong to another user.</source>
        <translation>Не удаётся прочитать файлы папки данных: возможно, они принадлежат другому пользователю.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="84"/>
        <source>Printing failed.</source>
        <translation>Печать не удалась.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="85"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="88"/>
        <source>An empty passphrase is not allowed.</source>
        <translation>Пустая парольная фраза не допускается.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="91"/>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="94"/>
        <source>The list of remembered mailboxes cannot be read.</source>
        <translation>Не удаётся прочитать список запомненных почтовых ящиков.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="97"/>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="100"/>
        <source>The key information of the contacts cannot be read.</source>
        <translation>Не удаётся прочитать сведения о ключе контактов.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="103"/>
        <source>An earlier change of key was interrupted.</source>
        <translation>Предыдущая смена ключа была прервана.</translation>
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
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="26"/>
        <source>TLD-OPS Desktop logo</source>
        <translation>Логотип TLD-OPS Desktop</translation>
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
        <translation>Контакты для реагирования на инциденты всех ccTLD — участников TLD-OPS: на этом компьютере, в зашифрованном виде и с доступом без сети.

Для начала позвольте приложению найти почтовый ящик, в который приходит ежемесячное письмо репозитория (Thunderbird, Apple Mail, Outlook, Evolution, KMail, Claws Mail), или импортируйте последнее письмо сами: сохранённый файл .eml или ваш почтовый ящик (mbox, папку Maildir или MH). Можно также перетащить его в это окно.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="50"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="54"/>
        <source>Import the latest monthly email</source>
        <translation>Импортировать последнее ежемесячное письмо</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="57"/>
        <source>Find my mail…</source>
        <translation>Найти мою почту…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="63"/>
        <source>Look for the mailboxes of your mail program and pick the one to import</source>
        <translation>Найти почтовые ящики вашей почтовой программы и выбрать ящик для импорта</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="65"/>
        <source>Find my mail</source>
        <translation>Найти мою почту</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="68"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="75"/>
        <source>Try demo data</source>
        <translation>Попробовать демоданные</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="73"/>
        <source>Invented contacts, kept apart from your real data, to try the app</source>
        <translation>Вымышленные контакты, хранящиеся отдельно от ваших настоящих данных, — чтобы опробовать приложение</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="78"/>
        <source>Data folder: %1</source>
        <translation>Папка данных: %1</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="110"/>
        <source>Find &amp;my mail…</source>
        <translation>Найти &amp;мою почту…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="114"/>
        <source>Find the mailbox where the monthly email arrives, and import from it</source>
        <translation>Найти почтовый ящик, в который приходит ежемесячное письмо, и импортировать из него</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="118"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Импорт файла…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="122"/>
        <source>Import a saved repository email or an mbox file</source>
        <translation>Импортировать сохранённое письмо репозитория или файл mbox</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="126"/>
        <source>Import &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="130"/>
        <source>Import a mail folder (Maildir, MH or a folder of .eml files)</source>
        <translation>Импортировать почтовую папку (Maildir, MH или папку с файлами .eml)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="134"/>
        <source>&amp;Export vCards…</source>
        <translation>&amp;Экспорт в vCard…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="138"/>
        <source>Export contacts as vCards for a phone</source>
        <translation>Экспортировать контакты в vCard для телефона</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="142"/>
        <source>&amp;Print emergency sheet…</source>
        <translation>Пе&amp;чать аварийного списка…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="146"/>
        <source>Print the contacts shown, for the paper copy</source>
        <translation>Напечатать показанные контакты для бумажной копии</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="150"/>
        <source>Save sheet as P&amp;DF…</source>
        <translation>Со&amp;хранить список в PDF…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="154"/>
        <source>Save the emergency sheet of the contacts shown as a PDF</source>
        <translation>Сохранить аварийный список показанных контактов в PDF</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="158"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="166"/>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="170"/>
        <source>Go to the search field</source>
        <translation>Перейти к полю поиска</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="174"/>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="178"/>
        <source>Editions and what changed between them</source>
        <translation>Выпуски и изменения между ними</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="182"/>
        <source>&amp;Check for new editions</source>
        <translation>Проверить новые &amp;выпуски</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="186"/>
        <source>Look for a new monthly email in the remembered mailboxes</source>
        <translation>Поискать новое ежемесячное письмо в запомненных почтовых ящиках</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="190"/>
        <source>&amp;Copy all</source>
        <translation>&amp;Копировать всё</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="194"/>
        <source>Copy every contact of the selected member as plain text</source>
        <translation>Скопировать все контакты выбранного участника в виде простого текста</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="198"/>
        <source>Copy &amp;phone number</source>
        <translation>Копировать &amp;номер телефона</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="203"/>
        <source>Copy the number to dial, in international form, of the contact with the keyboard focus (the primary contact otherwise)</source>
        <translation>Скопировать номер для набора в международном формате у контакта, на котором фокус клавиатуры (иначе у основного контакта)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="209"/>
        <source>Copy &amp;email address</source>
        <translation>Копировать адрес &amp;эл. почты</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="214"/>
        <source>Copy the email address of the contact with the keyboard focus (the primary contact otherwise)</source>
        <translation>Скопировать адрес эл. почты контакта, на котором фокус клавиатуры (иначе основного контакта)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="220"/>
        <source>Show &amp;QR code…</source>
        <translation>&amp;Показать QR-код…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="224"/>
        <source>Show a contact as a QR code to scan with a phone</source>
        <translation>Показать контакт в виде QR-кода для сканирования телефоном</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="228"/>
        <source>&amp;Monitoring tools…</source>
        <translation>&amp;Инструменты мониторинга…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="232"/>
        <source>Open a monitoring tool for the selected ccTLD in the browser</source>
        <translation>Открыть инструмент мониторинга для выбранного ccTLD в браузере</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="236"/>
        <source>&amp;Non-members and coverage…</source>
        <translation>&amp;Неучастники и охват…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="240"/>
        <source>The ccTLDs that are not TLD-OPS members yet, by region</source>
        <translation>ccTLD, ещё не входящие в TLD-OPS, по регионам</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="244"/>
        <source>Request a contact &amp;update…</source>
        <translation>Заявка на &amp;обновление контактов…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="248"/>
        <source>Prepare the email that updates the selected member&apos;s contacts</source>
        <translation>Подготовить письмо для обновления контактов выбранного участника</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="252"/>
        <source>Request to &amp;join TLD-OPS…</source>
        <translation>Заявка на &amp;вступление в TLD-OPS…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="256"/>
        <source>Prepare the email with which a ccTLD joins TLD-OPS</source>
        <translation>Подготовить письмо с заявкой ccTLD на вступление в TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="260"/>
        <source>&amp;Restore a backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="264"/>
        <source>Put back the contacts as they were before an import</source>
        <translation>Вернуть контакты в состояние до импорта</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="268"/>
        <source>&amp;Lock</source>
        <translation>За&amp;блокировать</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="272"/>
        <source>Hide the contacts until unlocked again</source>
        <translation>Скрыть контакты до повторной разблокировки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="276"/>
        <source>&amp;About TLD-OPS Desktop</source>
        <translation>&amp;О программе TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="288"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="296"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="298"/>
        <source>&amp;Member</source>
        <translation>&amp;Участник</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="300"/>
        <source>Monitoring &amp;tools</source>
        <translation>Инструменты &amp;мониторинга</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="307"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="312"/>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
</context>
<context>
    <name>_ValueLabel</name>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="316"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
</context>
</TS>
