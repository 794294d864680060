<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="101"/>
        <source>Coverage over the editions</source>
        <translation>Охват по выпускам</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="114"/>
        <source>%1 editions; coverage in %2: %3</source>
        <translation>Выпусков: %1; охват в %2: %3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="120"/>
        <location filename="../tldops_desktop/gui/community.py" line="167"/>
        <source>No editions yet</source>
        <translation>Выпусков пока нет</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="203"/>
        <source>All</source>
        <translation>В целом</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="61"/>
        <source>TLD-OPS Desktop: internal error</source>
        <translation>TLD-OPS Desktop: внутренняя ошибка</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="66"/>
        <source>Something went wrong inside TLD-OPS Desktop. This is a bug, not something you did. Your contacts database was not changed by this error. You can keep working; if the window misbehaves, restart the app.</source>
        <translation>В TLD-OPS Desktop произошёл внутренний сбой. Это ошибка программы, а не ваших действий. База контактов из-за этой ошибки не изменилась. Можно продолжать работу; если окно ведёт себя странно, перезапустите приложение.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="74"/>
        <source>The details were written to {path}.</source>
        <translation>Подробности записаны в {path}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="76"/>
        <source>The details could not be written to a log file.</source>
        <translation>Не удалось записать подробности в файл журнала.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="85"/>
        <source>Error details</source>
        <translation>Подробности ошибки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="89"/>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="120"/>
        <source>Member details</source>
        <translation>Сведения об участнике</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="167"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="175"/>
        <source>Copy all</source>
        <translation>Копировать всё</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="176"/>
        <source>Copy every contact of this member as plain text</source>
        <translation>Скопировать все контакты этого участника в виде простого текста</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="177"/>
        <source>Copy all contacts</source>
        <translation>Копировать все контакты</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="180"/>
        <source>Monitoring tools</source>
        <translation>Инструменты мониторинга</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="184"/>
        <source>Monitoring tools for this ccTLD</source>
        <translation>Инструменты мониторинга для этого ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="193"/>
        <source>This member lists no contacts.</source>
        <translation>У этого участника нет контактов.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="203"/>
        <source>all contacts of %1</source>
        <translation>все контакты %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="220"/>
        <source>region %1</source>
        <translation>регион %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="223"/>
        <source>region %1 (from the ccTLD table, not the email)</source>
        <translation>регион %1 (из таблицы ccTLD, а не из письма)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="235"/>
        <source>Select a member to see its contacts.</source>
        <translation>Выберите участника, чтобы увидеть его контакты.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="262"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="262"/>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="266"/>
        <source>Changed in the latest edition</source>
        <translation>Изменён в последнем выпуске</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="276"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="278"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="280"/>
        <source>This does not look like an email address; check it.</source>
        <translation>Это не похоже на адрес электронной почты; проверьте его.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="285"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="291"/>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="297"/>
        <source>Could not be read as an international number; dial as written.</source>
        <translation>Не удалось распознать как международный номер; набирайте так, как написано.</translation>
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
        <translation>Копировать: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="54"/>
        <source>Export contacts as vCards</source>
        <translation>Экспорт контактов в vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="65"/>
        <source>Which members</source>
        <translation>Какие участники</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="70"/>
        <source>&amp;Selected member ({members} members, {contacts} contacts)</source>
        <translation>&amp;Выбранный участник (участников: {members}, контактов: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="73"/>
        <source>Current search &amp;results ({members} members, {contacts} contacts)</source>
        <translation>Текущие &amp;результаты поиска (участников: {members}, контактов: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="75"/>
        <source>&amp;All members ({members} members, {contacts} contacts)</source>
        <translation>Вс&amp;е участники (участников: {members}, контактов: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="94"/>
        <source>vCard 3.0 (most phones and address books)</source>
        <translation>vCard 3.0 (большинство телефонов и адресных книг)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="95"/>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="96"/>
        <source>vCard version</source>
        <translation>Версия vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="97"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="98"/>
        <source>One &amp;file with every contact</source>
        <translation>&amp;Один файл со всеми контактами</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="99"/>
        <source>One file &amp;per contact, in a folder</source>
        <translation>По файлу на &amp;каждый контакт, в папке</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="104"/>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="105"/>
        <source>Put the &amp;ccTLD before names (“.de Anna Jansen”)</source>
        <translation>Добавлять ccTLD перед &amp;именами («.de Anna Jansen»)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="107"/>
        <source>Makes TLD-OPS contacts easy to find and tell apart in a phone&apos;s list.</source>
        <translation>Так контакты TLD-OPS легко найти и отличить друг от друга в списке контактов телефона.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="117"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="153"/>
        <source>Folder for the vCard files</source>
        <translation>Папка для файлов vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="158"/>
        <source>Save the vCards</source>
        <translation>Сохранить vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="160"/>
        <source>vCard files (*.vcf)</source>
        <translation>Файлы vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="184"/>
        <source>{contacts} contact(s) written to {target}.</source>
        <translation>Контакты ({contacts}) записаны в {target}.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="52"/>
        <source>Edition history</source>
        <translation>История выпусков</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="62"/>
        <source>Editions</source>
        <translation>Выпуски</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="65"/>
        <source>Edition</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="66"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="67"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="68"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="69"/>
        <source>Trusted</source>
        <translation>Доверенный</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="70"/>
        <source>Current</source>
        <translation>Текущий</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="88"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="88"/>
        <source>no — not from the list</source>
        <translation>нет — не из рассылки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="89"/>
        <source>current</source>
        <translation>текущий</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="106"/>
        <source>Older edition</source>
        <translation>Более старый выпуск</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="108"/>
        <source>Newer edition</source>
        <translation>Более новый выпуск</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="110"/>
        <source>(untrusted)</source>
        <translation>(недоверенный)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="113"/>
        <source>Changes &amp;from</source>
        <translation>&amp;Изменения с</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="115"/>
        <source>&amp;to</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="128"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="131"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="131"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="131"/>
        <source>Old</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="131"/>
        <source>New</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="186"/>
        <source>Import a second edition to see what changed from one month to the next.</source>
        <translation>Импортируйте ещё один выпуск, чтобы увидеть, что изменилось за месяц.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="188"/>
        <source>Choose two editions.</source>
        <translation>Выберите два выпуска.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="192"/>
        <source>Choose two different editions.</source>
        <translation>Выберите два разных выпуска.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="196"/>
        <source>This edition is no longer in the database.</source>
        <translation>Этого выпуска больше нет в базе данных.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="208"/>
        <source>No changes from {old} to {new}.</source>
        <translation>Изменений между {old} и {new} нет.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="215"/>
        <source>From {old} to {new}: {joined} member(s) joined, {left} left, {changed} changed ({contacts} contact change(s)).</source>
        <translation>С {old} по {new}: вступило участников — {joined}, вышло — {left}, изменилось — {changed} (изменений контактов: {contacts}).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="227"/>
        <source>Joined</source>
        <translation>Вступили</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="228"/>
        <source>Left</source>
        <translation>Вышли</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="229"/>
        <source>Changed</source>
        <translation>Изменены</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="268"/>
        <source>Contact added</source>
        <translation>Контакт добавлен</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="278"/>
        <source>Contact removed</source>
        <translation>Контакт удалён</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="287"/>
        <source>Contact changed: {name}</source>
        <translation>Контакт изменён: {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="308"/>
        <source>position</source>
        <translation>позиция</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="309"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="310"/>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="311"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="312"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="313"/>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="325"/>
        <source>{count} contact(s)</source>
        <translation>Контактов: {count}</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="46"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="61"/>
        <source>Looking for repository emails in {count} location(s)…</source>
        <translation>Поиск писем репозитория (источников: {count})…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="69"/>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="71"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="75"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="105"/>
        <source>Cancelling… nothing will be stored.</source>
        <translation>Отмена… ничего не будет сохранено.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="129"/>
        <source>{scanned} of {total}</source>
        <translation>{scanned} из {total}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="137"/>
        <source>{size} · {messages} messages · {editions} edition(s) found</source>
        <translation>{size} · писем: {messages} · найдено выпусков: {editions}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="81"/>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="98"/>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="97"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="97"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="107"/>
        <source>Import anyway…</source>
        <translation>Всё равно импортировать…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="121"/>
        <source>The import stopped: {error}</source>
        <translation>Импорт прерван: {error}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="128"/>
        <source>Editions added</source>
        <translation>Добавленные выпуски</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="130"/>
        <source>Already present</source>
        <translation>Уже имеются</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="134"/>
        <source>Not sent through the TLD-OPS list</source>
        <translation>Не прошли через рассылку TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="138"/>
        <source>imported as untrusted; </source>
        <translation>импортирован как недоверенный; </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="148"/>
        <source>Conflicts (same edition, different content)</source>
        <translation>Конфликты (тот же выпуск, другое содержимое)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="153"/>
        <source>{source}: differs from the copy already stored ({existing}); the stored copy was kept</source>
        <translation>{source}: отличается от уже сохранённой копии ({existing}); сохранённая копия оставлена</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="164"/>
        <source>Lines not understood</source>
        <translation>Нераспознанные строки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="167"/>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="180"/>
        <source>{stamp}, line {line}</source>
        <translation>{stamp}, строка {line}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="177"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="190"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="199"/>
        <source>{count} edition(s) did not come through the TLD-OPS list and were not imported. Anyone can send an email that looks like the repository.</source>
        <translation>Не импортированы выпуски, не прошедшие через рассылку TLD-OPS: {count}. Кто угодно может отправить письмо, похожее на письмо репозитория.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="212"/>
        <source>Scanned {messages} messages ({size}); found {found} edition(s): {added} added, {present} already present.</source>
        <translation>Просмотрено писем: {messages} ({size}); найдено выпусков: {found}, из них добавлено: {added}, уже имелось: {present}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="222"/>
        <source>This was a trial run: nothing was stored.</source>
        <translation>Это был пробный прогон: ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="225"/>
        <source>No repository email was found. Choose the mailbox or the saved email whose subject is “TLD-OPS Incident Response Community Repository &lt;…&gt;”.</source>
        <translation>Письмо репозитория не найдено. Выберите почтовый ящик или сохранённое письмо с темой «TLD-OPS Incident Response Community Repository &lt;…&gt;».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="265"/>
        <source>Import untrusted editions?</source>
        <translation>Импортировать недоверенные выпуски?</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="268"/>
        <source>These editions were not sent through the TLD-OPS mailing list. Anyone can send an email that looks like the repository, with false phone numbers or addresses.</source>
        <translation>Эти выпуски не были отправлены через список рассылки TLD-OPS. Кто угодно может отправить письмо, похожее на письмо репозитория, с ложными номерами телефонов или адресами.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="274"/>
        <source>Import them only if you know where they came from. They are stored marked as untrusted and never become the current edition while a trusted one exists.</source>
        <translation>Импортируйте их, только если знаете, откуда они взялись. Они сохраняются с пометкой «недоверенный» и никогда не становятся текущим выпуском, пока есть доверенный.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="279"/>
        <source>Import anyway</source>
        <translation>Всё равно импортировать</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="167"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Импорт файла…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="171"/>
        <source>Import a saved repository email or an mbox file</source>
        <translation>Импортировать сохранённое письмо репозитория или файл mbox</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="175"/>
        <source>Import &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="179"/>
        <source>Import a mail folder (Maildir, MH or a folder of .eml files)</source>
        <translation>Импортировать почтовую папку (Maildir, MH или папку с файлами .eml)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="183"/>
        <source>&amp;Export vCards…</source>
        <translation>&amp;Экспорт в vCard…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="187"/>
        <source>Export contacts as vCards for a phone</source>
        <translation>Экспортировать контакты в vCard для телефона</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="191"/>
        <source>&amp;Print emergency sheet…</source>
        <translation>Пе&amp;чать аварийного списка…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="195"/>
        <source>Print the contacts shown, for the paper copy</source>
        <translation>Напечатать показанные контакты для бумажной копии</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="199"/>
        <source>Save sheet as P&amp;DF…</source>
        <translation>Со&amp;хранить список в PDF…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="203"/>
        <source>Save the emergency sheet of the contacts shown as a PDF</source>
        <translation>Сохранить аварийный список показанных контактов в PDF</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="207"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="212"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="215"/>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="219"/>
        <source>Go to the search field</source>
        <translation>Перейти к полю поиска</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="223"/>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="227"/>
        <source>Editions and what changed between them</source>
        <translation>Выпуски и изменения между ними</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="230"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="234"/>
        <source>&amp;Copy all</source>
        <translation>&amp;Копировать всё</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="238"/>
        <source>Copy every contact of the selected member as plain text</source>
        <translation>Скопировать все контакты выбранного участника в виде простого текста</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="242"/>
        <source>Show &amp;QR code…</source>
        <translation>&amp;Показать QR-код…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="246"/>
        <source>Show a contact as a QR code to scan with a phone</source>
        <translation>Показать контакт в виде QR-кода для сканирования телефоном</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="250"/>
        <source>&amp;Monitoring tools…</source>
        <translation>&amp;Инструменты мониторинга…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="254"/>
        <source>Open a monitoring tool for the selected ccTLD in the browser</source>
        <translation>Открыть инструмент мониторинга для выбранного ccTLD в браузере</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="258"/>
        <source>&amp;Lock</source>
        <translation>За&amp;блокировать</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="262"/>
        <source>Hide the contacts until unlocked again</source>
        <translation>Скрыть контакты до повторной разблокировки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="266"/>
        <source>&amp;About TLD-OPS Desktop</source>
        <translation>&amp;О программе TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="278"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="286"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="288"/>
        <source>&amp;Member</source>
        <translation>&amp;Участник</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="290"/>
        <source>Monitoring &amp;tools</source>
        <translation>Инструменты &amp;мониторинга</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="296"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="301"/>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="331"/>
        <source>Freshness warning</source>
        <translation>Предупреждение об устаревших данных</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="332"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="333"/>
        <source>Import the latest monthly email</source>
        <translation>Импортировать последнее ежемесячное письмо</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="344"/>
        <source>Search ccTLD, country, name, email or phone (Ctrl+F)</source>
        <translation>Поиск по ccTLD, стране, имени, эл. почте или телефону (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="348"/>
        <source>Search members</source>
        <translation>Поиск участников</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="351"/>
        <source>Type a ccTLD, country, name, email or phone digits; Up and Down move in the list, Enter shows the contacts, Escape clears</source>
        <translation>Введите ccTLD, страну, имя, эл. почту или цифры телефона; стрелки вверх и вниз перемещают по списку, Enter показывает контакты, Escape очищает поле</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="364"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="367"/>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="589"/>
        <source>Unknown region</source>
        <translation>Неизвестный регион</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="368"/>
        <source>Region filter</source>
        <translation>Фильтр по региону</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="369"/>
        <source>Show the members of one ICANN region</source>
        <translation>Показать участников одного региона ICANN</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="373"/>
        <source>Number of results</source>
        <translation>Число результатов</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="385"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="429"/>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="963"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="431"/>
        <source>The contacts are hidden because the window was left without input.</source>
        <translation>Контакты скрыты, так как в окне долго не было активности.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="435"/>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="437"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="449"/>
        <source>Current edition</source>
        <translation>Текущий выпуск</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="451"/>
        <source>Members and contacts</source>
        <translation>Участники и контакты</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="453"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="508"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="510"/>
        <source>(demo)</source>
        <translation>(демо)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="512"/>
        <source>edition %1</source>
        <translation>выпуск %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="521"/>
        <source>Bold: changed since %1</source>
        <translation>Жирным выделены изменения с %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="526"/>
        <source>No contacts yet</source>
        <translation>Контактов пока нет</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="530"/>
        <source>Edition %1</source>
        <translation>Выпуск %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="534"/>
        <source>NOT sent through the list</source>
        <translation>НЕ получен через рассылку</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="536"/>
        <source>demo data, invented people</source>
        <translation>демоданные, вымышленные люди</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="539"/>
        <source>%1 members · %2 contacts</source>
        <translation>Участников: %1 · контактов: %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="553"/>
        <source>Contacts from %1: import the latest monthly email</source>
        <translation>Контакты на %1: импортируйте последнее ежемесячное письмо</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="591"/>
        <source>%1 members</source>
        <translation>Участников: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="593"/>
        <source>No match</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="596"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="718"/>
        <source>Copied %1; the clipboard is cleared in %2 s.</source>
        <translation>Скопировано: %1; буфер обмена будет очищен через %2 с.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="720"/>
        <source>Copied %1.</source>
        <translation>Скопировано: %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="744"/>
        <source>No monitoring tools (see Settings)</source>
        <translation>Нет инструментов мониторинга (см. «Настройки»)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="802"/>
        <source>Import the monthly repository email</source>
        <translation>Импорт ежемесячного письма репозитория</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="804"/>
        <source>Mail files (*.eml *.mbox *.mbx *.msg *.txt);;All files (*)</source>
        <translation>Почтовые файлы (*.eml *.mbox *.mbx *.msg *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="811"/>
        <source>Import a mail folder (Maildir, MH or .eml files)</source>
        <translation>Импорт почтовой папки (Maildir, MH или файлы .eml)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="932"/>
        <source>About TLD-OPS Desktop</source>
        <translation>О программе TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="934"/>
        <source>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;The incident-response contacts of the TLD-OPS member ccTLDs, imported from the monthly repository email and kept encrypted on this computer.&lt;/p&gt;&lt;p&gt;The app never connects to the network: links open in your own mail, phone or browser application, and only when you click them.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;Контакты для реагирования на инциденты всех ccTLD — участников TLD-OPS, импортированные из ежемесячного письма репозитория и хранящиеся на этом компьютере в зашифрованном виде.&lt;/p&gt;&lt;p&gt;Приложение никогда не подключается к сети: ссылки открываются в вашем почтовом клиенте, телефоне или браузере, и только когда вы по ним щёлкаете.&lt;/p&gt;&lt;p&gt;Папка данных: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="962"/>
        <source>TLD-OPS Desktop (locked)</source>
        <translation>TLD-OPS Desktop (заблокировано)</translation>
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
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="115"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="116"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="120"/>
        <source>ICANN region; %1 marks a region taken from the ccTLD table, not from the email</source>
        <translation>Регион ICANN; %1 отмечает регион, взятый из таблицы ccTLD, а не из письма</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="179"/>
        <source>The email gives no region; %1 comes from the ccTLD table.</source>
        <translation>В письме регион не указан; %1 взят из таблицы ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="182"/>
        <source>No region known</source>
        <translation>Регион неизвестен</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="184"/>
        <source>%1 changed in the latest edition</source>
        <translation>%1 изменён в последнем выпуске</translation>
    </message>
</context>
<context>
    <name>NonMembersDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="227"/>
        <source>ccTLDs not in TLD-OPS yet</source>
        <translation>ccTLD, ещё не входящие в TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="245"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="246"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="249"/>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="257"/>
        <source>ccTLDs that are not members</source>
        <translation>ccTLD, не являющиеся участниками</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="259"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="259"/>
        <source>Country or territory</source>
        <translation>Страна или территория</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="272"/>
        <source>A ccTLD joins TLD-OPS when its IANA administrative contact asks the ccNSO Secretariat. If you know one of these ccTLDs, invite them; until then, their administrative contact in the IANA root zone database is the fallback.</source>
        <translation>ccTLD вступает в TLD-OPS, когда его административный контакт в IANA обращается в секретариат ccNSO. Если вы знакомы с кем-то из этих ccTLD, пригласите их; а пока запасной вариант — их административный контакт в базе данных корневой зоны IANA.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="280"/>
        <source>Coverage over the editions imported</source>
        <translation>Охват по импортированным выпускам</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="288"/>
        <source>Open &amp;IANA page</source>
        <translation>&amp;Открыть страницу IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="291"/>
        <source>The ccTLD&apos;s record in the IANA root zone database, in your web browser</source>
        <translation>Запись ccTLD в базе данных корневой зоны IANA (откроется в браузере)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="293"/>
        <source>Prepare &amp;join request…</source>
        <translation>&amp;Подготовить заявку на вступление…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="308"/>
        <source>Africa</source>
        <translation>Африка</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="309"/>
        <source>Asia Pacific</source>
        <translation>Азиатско-Тихоокеанский регион</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="310"/>
        <source>Europe</source>
        <translation>Европа</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="311"/>
        <source>Latin America and Caribbean</source>
        <translation>Латинская Америка и Карибский бассейн</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="312"/>
        <source>North America</source>
        <translation>Северная Америка</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="332"/>
        <source>There are no editions yet. Import a repository email first.</source>
        <translation>Выпусков пока нет. Сначала импортируйте письмо репозитория.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="339"/>
        <source>Edition %1: %2 of %3 delegated ccTLDs are members (%4); %5 are not yet.</source>
        <translation>Выпуск %1: участники — %2 из %3 делегированных ccTLD (%4); ещё не участвуют: %5.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="354"/>
        <source>%1 — %2 of %3 are members (%4); %5 not yet</source>
        <translation>%1 — участники: %2 из %3 (%4); ещё не участвуют: %5</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="90"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="91"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="92"/>
        <source>Repeat the new passphrase</source>
        <translation>Повтор новой парольной фразы</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="94"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="96"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="97"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="102"/>
        <source>A passphrase cannot be recovered: if it is forgotten, the contacts must be imported again from the monthly emails.</source>
        <translation>Парольную фразу невозможно восстановить: если её забыть, контакты придётся заново импортировать из ежемесячных писем.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="133"/>
        <source>Type the current passphrase.</source>
        <translation>Введите текущую парольную фразу.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="136"/>
        <source>Type a new passphrase.</source>
        <translation>Введите новую парольную фразу.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="139"/>
        <source>The two new passphrases differ.</source>
        <translation>Новые парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="203"/>
        <source>QR code: {name}</source>
        <translation>QR-код: {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="207"/>
        <source>Point the phone&apos;s camera at the code to add {name} ({cctld}) as a contact.</source>
        <translation>Наведите камеру телефона на код, чтобы добавить {name} ({cctld}) в контакты.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="216"/>
        <source>QR code of {name}</source>
        <translation>QR-код контакта {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="224"/>
        <source>&amp;Save as PNG or SVG…</source>
        <translation>&amp;Сохранить как PNG или SVG…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="250"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="250"/>
        <source>SVG image (*.svg)</source>
        <translation>Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="252"/>
        <source>Save the QR code</source>
        <translation>Сохранить QR-код</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="485"/>
        <source>The request goes to the ccNSO Secretariat and must be sent by, or copied to, the ccTLD&apos;s administrative contact in the IANA root zone database. This application sends nothing: the email opens in your mail client, or is saved as an .eml file to send later. The email itself is in English, as the Secretariat expects.</source>
        <translation>Заявка направляется в секретариат ccNSO и должна быть отправлена административным контактом ccTLD, указанным в базе данных корневой зоны IANA, или с копией ему. Это приложение ничего не отправляет: письмо открывается в вашем почтовом клиенте или сохраняется как файл .eml для последующей отправки. Само письмо составлено на английском языке, как того ожидает секретариат.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="498"/>
        <source>Join TLD-OPS</source>
        <translation>Вступить в TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="499"/>
        <source>Update the contacts of a member</source>
        <translation>Обновить контакты участника</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="500"/>
        <source>&amp;Request</source>
        <translation>&amp;Тип заявки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="503"/>
        <source>.de, .рф, xn--p1ai</source>
        <translation>.de, .рф, xn--p1ai</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="504"/>
        <source>cc&amp;TLD</source>
        <translation>&amp;Домен ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="512"/>
        <source>Contact 1 (primary)</source>
        <translation>Контакт 1 (основной)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="512"/>
        <source>Contact 2 (secondary)</source>
        <translation>Контакт 2 (резервный)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="513"/>
        <source>Contact 3</source>
        <translation>Контакт 3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="520"/>
        <source>+&lt;country code&gt; &lt;number&gt;</source>
        <translation>+&lt;код страны&gt; &lt;номер&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="521"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="522"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="523"/>
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="531"/>
        <source>IANA administrative contact</source>
        <translation>Административный контакт IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="532"/>
        <source>Look up at IANA</source>
        <translation>Найти в IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="535"/>
        <source>Open the ccTLD&apos;s record in the IANA root zone database in your browser</source>
        <translation>Открыть запись ccTLD в базе данных корневой зоны IANA в браузере</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="540"/>
        <source>IANA &amp;administrative contact</source>
        <translation>&amp;Административный контакт IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="545"/>
        <source>Your &amp;name (signature)</source>
        <translation>Ваше &amp;имя (подпись)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="555"/>
        <source>&amp;Fill from current edition</source>
        <translation>&amp;Заполнить из текущего выпуска</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="557"/>
        <source>&amp;Open in mail client</source>
        <translation>&amp;Открыть в почтовом клиенте</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="560"/>
        <source>&amp;Save as .eml…</source>
        <translation>&amp;Сохранить как .eml…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="622"/>
        <source>Request to join TLD-OPS</source>
        <translation>Заявка на вступление в TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="624"/>
        <source>Update TLD-OPS contacts</source>
        <translation>Обновление контактов TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="637"/>
        <source>Not a ccTLD label.</source>
        <translation>Это не метка ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="639"/>
        <source>Not a delegated ccTLD.</source>
        <translation>Это не делегированный ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="644"/>
        <source>%1: a member as of edition %2.</source>
        <translation>%1: участник по данным выпуска %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="650"/>
        <source>%1: not a member as of edition %2.</source>
        <translation>%1: не участник по данным выпуска %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="677"/>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="684"/>
        <source>Choose join or update.</source>
        <translation>Выберите вступление или обновление.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="685"/>
        <source>“%1” is not a ccTLD (try .de, .рф or xn--p1ai).</source>
        <translation>«%1» — не ccTLD (попробуйте .de, .рф или xn--p1ai).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="686"/>
        <source>%1 is not a delegated ccTLD.</source>
        <translation>%1 — не делегированный ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="687"/>
        <source>.%1 is already a member: choose Update.</source>
        <translation>.%1 уже является участником: выберите обновление контактов.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="688"/>
        <source>.%1 is not a member yet: choose Join.</source>
        <translation>.%1 ещё не участник: выберите вступление.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="689"/>
        <source>Give at least one contact.</source>
        <translation>Укажите хотя бы один контакт.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="690"/>
        <source>TLD-OPS takes at most three contacts.</source>
        <translation>TLD-OPS принимает не более трёх контактов.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="691"/>
        <source>The name is missing.</source>
        <translation>Не указано имя.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="692"/>
        <source>The name has control characters.</source>
        <translation>Имя содержит управляющие символы.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="693"/>
        <source>The email address is missing.</source>
        <translation>Не указан адрес эл. почты.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="694"/>
        <location filename="../tldops_desktop/gui/community.py" line="704"/>
        <source>“%1” is not an email address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="695"/>
        <source>%1 is given for two contacts.</source>
        <translation>%1 указан для двух контактов.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="696"/>
        <source>The mobile phone number is missing.</source>
        <translation>Не указан номер мобильного телефона.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="698"/>
        <source>“%1” is not a valid phone number: write it as +&lt;country code&gt; &lt;number&gt;.</source>
        <translation>«%1» — недопустимый номер телефона: запишите его в виде +&lt;код страны&gt; &lt;номер&gt;.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="700"/>
        <source>“%1” does not look like a mobile number.</source>
        <translation>«%1» не похож на номер мобильного телефона.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="702"/>
        <source>Give the IANA administrative contact&apos;s email address: it is copied.</source>
        <translation>Укажите адрес эл. почты административного контакта IANA: он будет поставлен в копию.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="709"/>
        <source>Contact %1: %2</source>
        <translation>Контакт %1: %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="750"/>
        <source>Save the request</source>
        <translation>Сохранить заявку</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="750"/>
        <source>Email message (*.eml)</source>
        <translation>Почтовое сообщение (*.eml)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="163"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="173"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="174"/>
        <source>Trusted list</source>
        <translation>Доверенная рассылка</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="175"/>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="261"/>
        <source>Monitoring tools</source>
        <translation>Инструменты мониторинга</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="176"/>
        <source>Data and key</source>
        <translation>Данные и ключ</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="197"/>
        <source>System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="202"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="203"/>
        <source>A new language applies after a restart.</source>
        <translation>Новый язык будет применён после перезапуска.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="206"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="207"/>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="214"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="209"/>
        <source>Clear the clipboard after</source>
        <translation>Очищать буфер обмена через</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="210"/>
        <source>Clear copied values &amp;after:</source>
        <translation>Очищать скопированное &amp;через:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="213"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="216"/>
        <source>Lock after minutes without input</source>
        <translation>Блокировка после бездействия, в минутах</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="217"/>
        <source>L&amp;ock after no input for:</source>
        <translation>&amp;Блокировать при бездействии через:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="225"/>
        <source>An edition is trusted only when it came through this mailing list. Change these only if the TLD-OPS list itself moves.</source>
        <translation>Выпуск считается доверенным, только если он пришёл через эту рассылку. Меняйте эти параметры, только если сама рассылка TLD-OPS переедет.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="235"/>
        <source>List-&amp;Id:</source>
        <translation>&amp;Заголовок List-Id:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="236"/>
        <source>List &amp;address:</source>
        <translation>&amp;Адрес рассылки:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="237"/>
        <source>&amp;Bounce address (Sender):</source>
        <translation>Адрес &amp;возвратов (Sender):</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="239"/>
        <source>&amp;Reset to the TLD-OPS list</source>
        <translation>&amp;Сбросить на рассылку TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="250"/>
        <source>Web tools offered for the selected ccTLD; {tld} stands for it. They open in your browser only when you choose one.</source>
        <translation>Веб-инструменты для выбранного ccTLD; {tld} обозначает этот ccTLD. Инструмент открывается в браузере, только когда вы его выбираете.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="257"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="257"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="266"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="267"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="268"/>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="269"/>
        <source>Reset to &amp;defaults</source>
        <translation>&amp;Сбросить по умолчанию</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="284"/>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="285"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="290"/>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="293"/>
        <source>Database key:</source>
        <translation>Ключ базы данных:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="296"/>
        <source>Keep the key in the system &amp;keyring…</source>
        <translation>Хранить ключ в системном &amp;хранилище ключей…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="330"/>
        <source>New tool</source>
        <translation>Новый инструмент</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="372"/>
        <source>Monitoring tool {row}: give it a name and a web address (https://…) containing {{tld}}.</source>
        <translation>Инструмент мониторинга {row}: укажите название и веб-адрес (https://…), содержащий {{tld}}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="389"/>
        <source>kept in the system keyring: the contacts open without a passphrase.</source>
        <translation>хранится в системном хранилище ключей: контакты открываются без парольной фразы.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="391"/>
        <source>a passphrase, asked for at every start.</source>
        <translation>парольная фраза, запрашиваемая при каждом запуске.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="393"/>
        <source>open the contacts to change how they are protected.</source>
        <translation>откройте контакты, чтобы изменить способ их защиты.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="398"/>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Сменить парольную фразу…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="400"/>
        <source>Use a &amp;passphrase…</source>
        <translation>Использовать &amp;парольную фразу…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="405"/>
        <source>Keep the key in the system keyring</source>
        <translation>Хранить ключ в системном хранилище ключей</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="416"/>
        <source>Change the passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="416"/>
        <source>Protect with a passphrase</source>
        <translation>Защита парольной фразой</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="438"/>
        <source>The database key was changed.</source>
        <translation>Ключ базы данных изменён.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="461"/>
        <source>The List-Id and both addresses are needed to recognise the list.</source>
        <translation>Для распознавания рассылки нужны List-Id и оба адреса.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="48"/>
        <source>Protect the TLD-OPS contacts</source>
        <translation>Защита контактов TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="48"/>
        <source>Unlock TLD-OPS</source>
        <translation>Разблокировка TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="53"/>
        <source>No system keyring is available to keep the database key. Choose a passphrase for the new contacts database in {folder}. It cannot be recovered: if you forget it, import the repository emails again into a new data folder.</source>
        <translation>Системное хранилище ключей для ключа базы данных недоступно. Задайте парольную фразу для новой базы контактов в {folder}. Её невозможно восстановить: если вы её забудете, импортируйте письма репозитория заново в новую папку данных.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="59"/>
        <source>The contacts database in {folder} is protected by a passphrase. Type it to open the contacts.</source>
        <translation>База контактов в {folder} защищена парольной фразой. Введите её, чтобы открыть контакты.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="69"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="70"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="74"/>
        <source>Repeat the passphrase</source>
        <translation>Повтор парольной фразы</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="76"/>
        <source>&amp;Repeat:</source>
        <translation>Повто&amp;р:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="85"/>
        <source>Unlock problem</source>
        <translation>Ошибка разблокировки</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="91"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="91"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="107"/>
        <source>Type the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="110"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Парольные фразы не совпадают. Введите одну и ту же фразу дважды.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="135"/>
        <source>This passphrase does not open the database. Check it (Caps Lock?) and try again.</source>
        <translation>Эта парольная фраза не открывает базу данных. Проверьте её (не включён ли Caps Lock?) и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="156"/>
        <source>The passphrase given in the environment (TLDOPS_PASSPHRASE or its file) does not open the database. Type the passphrase.</source>
        <translation>Парольная фраза из окружения (TLDOPS_PASSPHRASE или её файл) не открывает базу данных. Введите парольную фразу.</translation>
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
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="23"/>
        <source>TLD-OPS Desktop logo</source>
        <translation>Логотип TLD-OPS Desktop</translation>
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
        <translation>Контакты для реагирования на инциденты всех ccTLD — участников TLD-OPS: на этом компьютере, в зашифрованном виде и без необходимости подключения к сети.

Для начала импортируйте последнее ежемесячное письмо репозитория: сохранённый файл .eml или ваш почтовый ящик (mbox, папку Maildir или MH). Письмо также можно перетащить в это окно.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="47"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="52"/>
        <source>Import the latest monthly email</source>
        <translation>Импортировать последнее ежемесячное письмо</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="55"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="61"/>
        <source>Try demo data</source>
        <translation>Попробовать демоданные</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="59"/>
        <source>Invented contacts, kept apart from your real data, to try the app</source>
        <translation>Вымышленные контакты, хранящиеся отдельно от ваших настоящих данных, — чтобы опробовать приложение</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="64"/>
        <source>Data folder: %1</source>
        <translation>Папка данных: %1</translation>
    </message>
</context>
</TS>
