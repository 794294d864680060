<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="41"/>
        <source>Coverage over the editions</source>
        <translation>Cobertura a lo largo de las ediciones</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="55"/>
        <source>%1 editions; coverage in %2: %3</source>
        <translation>%1 ediciones; cobertura en %2: %3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="61"/>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="137"/>
        <source>No editions yet</source>
        <translation>Aún no hay ediciones</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="176"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="153"/>
        <source>TLD-OPS Desktop: internal error</source>
        <translation>TLD-OPS Desktop: error interno</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="158"/>
        <source>Something went wrong inside TLD-OPS Desktop. This is a bug, not something you did. Your contacts database was not changed by this error. You can keep working; if the window misbehaves, restart the app.</source>
        <translation>Algo falló dentro de TLD-OPS Desktop. Es un error del programa, no algo que usted haya hecho. Este error no modificó su base de datos de contactos. Puede seguir trabajando; si la ventana se comporta de forma extraña, reinicie la aplicación.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="166"/>
        <source>The details were written to {path}.</source>
        <translation>Los detalles se guardaron en {path}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="168"/>
        <source>The details could not be written to a log file.</source>
        <translation>No se pudieron guardar los detalles en un archivo de registro.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="177"/>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="181"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="343"/>
        <source>Member details</source>
        <translation>Detalles del miembro</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="445"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="457"/>
        <source>NOT sent through the TLD-OPS list: these contacts may be false. Check them another way before you trust them.</source>
        <translation>NO enviada a través de la lista TLD-OPS: estos contactos pueden ser falsos. Compruébelos por otra vía antes de fiarse de ellos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="464"/>
        <source>Trust warning</source>
        <translation>Aviso de confianza</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="468"/>
        <location filename="../tldops_desktop/gui/detail.py" line="558"/>
        <location filename="../tldops_desktop/gui/detail.py" line="562"/>
        <source>Copy all</source>
        <translation>Copiar todo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="469"/>
        <source>Copy every contact of this member as plain text</source>
        <translation>Copiar todos los contactos de este miembro como texto sin formato</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="470"/>
        <source>Copy all contacts</source>
        <translation>Copiar todos los contactos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="474"/>
        <location filename="../tldops_desktop/gui/detail.py" line="559"/>
        <location filename="../tldops_desktop/gui/detail.py" line="563"/>
        <location filename="../tldops_desktop/gui/detail.py" line="564"/>
        <source>Monitoring tools</source>
        <translation>Herramientas de monitoreo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="475"/>
        <source>Monitoring tools for this ccTLD</source>
        <translation>Herramientas de monitoreo para este ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="485"/>
        <source>This member lists no contacts.</source>
        <translation>Este miembro no indica ningún contacto.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="500"/>
        <source>all contacts of %1</source>
        <translation>todos los contactos de %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="518"/>
        <source>Former member: {tld} left TLD-OPS in edition {left}. These are its last known contacts, from edition {stamp}; they may be out of date.</source>
        <translation>Antiguo miembro: {tld} dejó TLD-OPS en la edición {left}. Estos son sus últimos contactos conocidos, de la edición {stamp}; pueden estar desactualizados.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="537"/>
        <source>region %1</source>
        <translation>región %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="540"/>
        <source>region %1 (from the ccTLD table, not the email)</source>
        <translation>región %1 (según la tabla de ccTLD, no el correo)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="573"/>
        <source>Select a member to see its contacts.</source>
        <translation>Seleccione un miembro para ver sus contactos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="634"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="634"/>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="638"/>
        <source>Changed in the latest edition</source>
        <translation>Modificado en la última edición</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="211"/>
        <location filename="../tldops_desktop/gui/detail.py" line="648"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="157"/>
        <location filename="../tldops_desktop/gui/detail.py" line="212"/>
        <location filename="../tldops_desktop/gui/detail.py" line="651"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="653"/>
        <source>This does not look like an email address; check it.</source>
        <translation>Esto no parece una dirección de correo; verifíquela.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="158"/>
        <location filename="../tldops_desktop/gui/detail.py" line="213"/>
        <location filename="../tldops_desktop/gui/detail.py" line="672"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="78"/>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="79"/>
        <source>Secondary contact</source>
        <translation>Contacto secundario</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="80"/>
        <source>Third contact</source>
        <translation>Tercer contacto</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="83"/>
        <source>Contact #%1</source>
        <translation>Contacto n.º %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="111"/>
        <source>{number} ext. {extension}</source>
        <translation>{number} ext. {extension}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="140"/>
        <source>inferred</source>
        <translation>deducida</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="151"/>
        <source>TLD-OPS repository edition %1</source>
        <translation>Repositorio de TLD-OPS, edición %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="180"/>
        <source>WARNING: this edition was NOT sent through the TLD-OPS list; its contacts may be false. Check them another way before you trust them.</source>
        <translation>AVISO: esta edición NO se envió a través de la lista TLD-OPS; sus contactos pueden ser falsos. Compruébelos por otra vía antes de fiarse de ellos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="207"/>
        <source>New contact in the latest edition.</source>
        <translation>Contacto nuevo en la última edición.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="208"/>
        <source>Changed in the latest edition:</source>
        <translation>Modificado en la última edición:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="210"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="218"/>
        <source>%1: %2 %3 %4</source>
        <translation>%1: %2 %3 %4</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="609"/>
        <source>Show the %1 as a QR code</source>
        <translation>Mostrar el %1 como código QR</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="676"/>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="678"/>
        <source>Could not be read as an international number; dial as written.</source>
        <translation>No se pudo interpretar como número internacional; márquelo tal como está escrito.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="176"/>
        <source>none listed</source>
        <translation>no figura</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="737"/>
        <source>%1 of the %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="739"/>
        <location filename="../tldops_desktop/gui/detail.py" line="740"/>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
</context>
<context>
    <name>EditionBanners</name>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="40"/>
        <source>Freshness warning</source>
        <translation>Aviso de datos desactualizados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="41"/>
        <source>Import the latest monthly email</source>
        <translation>Importar el último correo mensual</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="49"/>
        <source>These contacts come from an edition NOT sent through the TLD-OPS list: they may be false. Check a number another way before you use it, and import the list&apos;s own email.</source>
        <translation>Estos contactos vienen de una edición NO enviada a través de la lista TLD-OPS: pueden ser falsos. Compruebe un número por otra vía antes de usarlo e importe el correo de la propia lista.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="55"/>
        <source>Trust warning</source>
        <translation>Aviso de confianza</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="56"/>
        <source>Import the list&apos;s own monthly email</source>
        <translation>Importar el correo mensual de la propia lista</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="60"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="89"/>
        <source>Read only: the data folder %1 cannot be written (a read-only disk?). Search, copy, QR codes and export work; importing is off until it can be written again.</source>
        <translation>Solo lectura: no se puede escribir en la carpeta de datos %1 (¿un disco de solo lectura?). La búsqueda, la copia, los códigos QR y la exportación funcionan; la importación queda desactivada hasta que se pueda volver a escribir.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="94"/>
        <source>Contacts from %1.</source>
        <translation>Contactos del %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="99"/>
        <source>Contacts from %1: import the latest monthly email</source>
        <translation>Contactos del %1: importe el último correo mensual</translation>
    </message>
</context>
<context>
    <name>EmergencySheet</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="128"/>
        <source>(no contacts listed)</source>
        <translation>(ningún contacto indicado)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="188"/>
        <source>TLD-OPS incident response contacts</source>
        <translation>Contactos de respuesta a incidentes de TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="191"/>
        <source>Edition {stamp} of {date} · members: {members} · contacts: {contacts}</source>
        <translation>Edición {stamp} del {date} · miembros: {members} · contactos: {contacts}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="201"/>
        <source>UNTRUSTED: not sent through the TLD-OPS list</source>
        <translation>NO CONFIABLE: no se envió a través de la lista TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="210"/>
        <source>Only {shown} of {total} members: {scope}.</source>
        <translation>Solo {shown} de {total} miembros: {scope}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="216"/>
        <source>those a search showed</source>
        <translation>los que mostró una búsqueda</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="224"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="225"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="226"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="227"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="228"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="229"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="256"/>
        <source>Printed {date} — destroy when superseded by a newer edition · page {page} of {pages}</source>
        <translation>Impresa el {date} — destrúyala cuando la sustituya una edición más reciente · página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="311"/>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="312"/>
        <source>secondary</source>
        <translation>secundario</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="313"/>
        <source>third</source>
        <translation>tercero</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="335"/>
        <source>The sheet could not be printed: the printer or file refused it.</source>
        <translation>No se pudo imprimir la hoja: la impresora o el archivo la rechazó.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="381"/>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="448"/>
        <source>TLD-OPS contacts, edition {stamp}</source>
        <translation>Contactos de TLD-OPS, edición {stamp}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="412"/>
        <source>Save the emergency sheet as PDF</source>
        <translation>Guardar la hoja de emergencia como PDF</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="414"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="453"/>
        <source>Print the emergency sheet</source>
        <translation>Imprimir la hoja de emergencia</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="66"/>
        <source>Export contacts as vCards</source>
        <translation>Exportar contactos como vCards</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="77"/>
        <source>Which members</source>
        <translation>Qué miembros</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="83"/>
        <source>&amp;Selected member (members: {members}, contacts: {contacts})</source>
        <translation>Miembro &amp;seleccionado (miembros: {members}, contactos: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="86"/>
        <source>Current search &amp;results (members: {members}, contacts: {contacts})</source>
        <translation>&amp;Resultados de la búsqueda actual (miembros: {members}, contactos: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="88"/>
        <source>&amp;All members (members: {members}, contacts: {contacts})</source>
        <translation>&amp;Todos los miembros (miembros: {members}, contactos: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="107"/>
        <source>vCard 3.0 (most phones and address books)</source>
        <translation>vCard 3.0 (la mayoría de los teléfonos y libretas de direcciones)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="108"/>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="109"/>
        <source>vCard version</source>
        <translation>Versión de vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="110"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="111"/>
        <source>&amp;One file with every contact</source>
        <translation>Un &amp;archivo con todos los contactos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="112"/>
        <source>One file &amp;per contact, in a folder</source>
        <translation>Un archivo &amp;por contacto, en una carpeta</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="117"/>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="118"/>
        <source>Put the &amp;ccTLD before names (“.de Anna Jansen”)</source>
        <translation>Poner el &amp;ccTLD antes del nombre (“.de Anna Jansen”)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="120"/>
        <source>Makes TLD-OPS contacts easy to find and tell apart in a phone&apos;s list.</source>
        <translation>Facilita encontrar y distinguir los contactos de TLD-OPS en la lista del teléfono.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="132"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="170"/>
        <source>Folder for the vCard files</source>
        <translation>Carpeta para los archivos vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="175"/>
        <source>Save the vCards</source>
        <translation>Guardar las vCards</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="177"/>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="199"/>
        <source>Contacts written to {target}: {contacts}.</source>
        <translation>Contactos escritos en {target}: {contacts}.</translation>
    </message>
</context>
<context>
    <name>FindMailDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="110"/>
        <source>Find my mail</source>
        <translation>Buscar mi correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="123"/>
        <source>Tick the mailbox where the monthly TLD-OPS repository email arrives: usually your inbox, or the folder your mail filters move the list&apos;s messages to. Nothing is read until you click Import. The mailboxes you import are remembered and checked for new editions each time the app starts.</source>
        <translation>Marque el buzón donde llega el correo mensual del repositorio de TLD-OPS: normalmente su bandeja de entrada, o la carpeta a la que sus filtros de correo mueven los mensajes de la lista. No se lee nada hasta que haga clic en Importar. Los buzones que importe se recuerdan y, cada vez que se inicia la aplicación, se comprueba si contienen ediciones nuevas.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="134"/>
        <source>Looking in the usual places of Thunderbird, Evolution, KMail, Claws Mail, Apple Mail and Outlook…</source>
        <translation>Buscando en las ubicaciones habituales de Thunderbird, Evolution, KMail, Claws Mail, Apple Mail y Outlook…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="143"/>
        <source>Looking for mailboxes</source>
        <translation>Buscando buzones</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="151"/>
        <source>Mailboxes found</source>
        <translation>Buzones encontrados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="156"/>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="157"/>
        <source>Mail program</source>
        <translation>Programa de correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="158"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="159"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="160"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="183"/>
        <source>Remembered mailboxes (checked for new editions)</source>
        <translation>Buzones recordados (se comprueba si hay ediciones nuevas)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="187"/>
        <source>Remembered mailboxes</source>
        <translation>Buzones recordados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="191"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="193"/>
        <source>Stop checking this mailbox (the contacts already imported stay)</source>
        <translation>Dejar de comprobar este buzón (los contactos ya importados se conservan)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="207"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="210"/>
        <source>Remember the ticked mailboxes and import the editions in them</source>
        <translation>Recordar los buzones marcados e importar las ediciones que contienen</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="214"/>
        <source>Import a &amp;file…</source>
        <translation>Importar un &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="215"/>
        <source>A saved repository email (.eml) or an mbox file</source>
        <translation>Un correo del repositorio guardado (.eml) o un archivo mbox</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="216"/>
        <source>Import a f&amp;older…</source>
        <translation>Importar una &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="217"/>
        <source>A Maildir or MH folder, or a folder of .eml files</source>
        <translation>Una carpeta Maildir o MH, o una carpeta de archivos .eml</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="302"/>
        <source>Remembered</source>
        <translation>Recordado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="324"/>
        <source>No mailbox was found in the usual places of the mail programs. If you know where the monthly email is, import it from here: a saved email or an mbox file with Import a file…, a mail folder with Import a folder…</source>
        <translation>No se encontró ningún buzón en las ubicaciones habituales de los programas de correo. Si sabe dónde está el correo mensual, impórtelo desde aquí: un correo guardado o un archivo mbox con Importar un archivo…, una carpeta de correo con Importar una carpeta…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="331"/>
        <source>Found 1 mailbox. Tick it, then click Import.</source>
        <translation>Se encontró 1 buzón. Márquelo y haga clic en Importar.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="333"/>
        <source>Found %1 mailboxes. Tick the ones to use, then click Import.</source>
        <translation>Se encontraron %1 buzones. Marque los que desee usar y haga clic en Importar.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="336"/>
        <source>No mailbox found here can be read as it is: see below for what to do.</source>
        <translation>Ninguno de los buzones encontrados se puede leer tal cual: vea más abajo qué hacer.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="354"/>
        <source>Not readable: export needed</source>
        <translation>Ilegible: hay que exportarlo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="356"/>
        <source>Needs the Outlook add-on</source>
        <translation>Requiere el complemento de Outlook</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="362"/>
        <source>Outlook for Mac keeps mail in its own database, which this app cannot read. Drag the monthly repository emails from Outlook into a folder (they become .eml files) and import that folder.</source>
        <translation>Outlook para Mac guarda el correo en su propia base de datos, que esta aplicación no puede leer. Arrastre los correos mensuales del repositorio desde Outlook a una carpeta (se convierten en archivos .eml) e importe esa carpeta.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="368"/>
        <source>Outlook data files (.pst, .ost) need the optional Outlook support: pip install &apos;tldops-desktop[outlook]&apos;. Without it, drag the emails out of Outlook into a folder and import that folder.</source>
        <translation>Los archivos de datos de Outlook (.pst, .ost) requieren la compatibilidad opcional con Outlook: pip install &apos;tldops-desktop[outlook]&apos;. Sin ella, arrastre los correos desde Outlook a una carpeta e importe esa carpeta.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="445"/>
        <source>missing</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="452"/>
        <source>None yet: the mailboxes you import are remembered here.</source>
        <translation>Ninguno por ahora: aquí se recuerdan los buzones que importe.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="71"/>
        <source>Edition history</source>
        <translation>Historial de ediciones</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="82"/>
        <source>Editions</source>
        <translation>Ediciones</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="85"/>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="86"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="87"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="88"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="89"/>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="90"/>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="117"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="117"/>
        <source>no — not from the list</source>
        <translation>no — no llegó por la lista</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="118"/>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="148"/>
        <source>Older edition</source>
        <translation>Edición anterior</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="150"/>
        <source>Newer edition</source>
        <translation>Edición más reciente</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="152"/>
        <source>(untrusted)</source>
        <translation>(no confiable)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="155"/>
        <source>Changes &amp;from</source>
        <translation>Cambios &amp;desde</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="157"/>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="171"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>Old</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="285"/>
        <source>Import a second edition to see what changed from one month to the next.</source>
        <translation>Importe una segunda edición para ver qué cambió de un mes a otro.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="287"/>
        <source>Choose two editions.</source>
        <translation>Elija dos ediciones.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="291"/>
        <source>Choose two different editions.</source>
        <translation>Elija dos ediciones distintas.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="295"/>
        <source>This edition is no longer in the database.</source>
        <translation>Esta edición ya no está en la base de datos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="305"/>
        <source>{cctld}: no change between these two editions.</source>
        <translation>{cctld}: sin cambios entre estas dos ediciones.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="317"/>
        <source>No changes from {old} to {new}.</source>
        <translation>Sin cambios de {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="324"/>
        <source>From {old} to {new}: members joined: {joined}, left: {left}, changed: {changed} (contact changes: {contacts}).</source>
        <translation>De {old} a {new}: miembros incorporados: {joined}, retirados: {left}, modificados: {changed} (cambios de contacto: {contacts}).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="336"/>
        <source>Joined</source>
        <translation>Incorporados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="337"/>
        <source>Left</source>
        <translation>Retirados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="338"/>
        <source>Changed</source>
        <translation>Modificados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="387"/>
        <source>Contact added</source>
        <translation>Contacto agregado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="397"/>
        <source>Contact removed</source>
        <translation>Contacto eliminado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="406"/>
        <source>Contact changed: {name}</source>
        <translation>Contacto modificado: {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="438"/>
        <source>position</source>
        <translation>posición</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="439"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="440"/>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="441"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="442"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="443"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="459"/>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="460"/>
        <source>{count} contacts</source>
        <translation>{count} contactos</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="48"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="65"/>
        <source>Looking for repository emails in 1 location…</source>
        <translation>Buscando correos del repositorio en 1 ubicación…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="67"/>
        <source>Looking for repository emails in {count} locations…</source>
        <translation>Buscando correos del repositorio en {count} ubicaciones…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="73"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="75"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="109"/>
        <source>Cancelling… nothing will be stored.</source>
        <translation>Cancelando… no se guardará nada.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="138"/>
        <source>All {messages} messages read · reading the editions found: {editions}…</source>
        <translation>Leídos los {messages} mensajes · leyendo las ediciones encontradas: {editions}…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="145"/>
        <source>{scanned} of {total}</source>
        <translation>{scanned} de {total}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="151"/>
        <source>{size} · messages: {messages} · editions found: {editions}</source>
        <translation>{size} · mensajes: {messages} · ediciones encontradas: {editions}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="48"/>
        <source>it has no List-Id header, so it did not come through a mailing list</source>
        <translation>no tiene encabezado List-Id, por lo que no llegó a través de una lista de correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="52"/>
        <source>it came through another mailing list</source>
        <translation>llegó a través de otra lista de correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="55"/>
        <source>it has no Sender header of the TLD-OPS list server, which the list&apos;s copies carry</source>
        <translation>no tiene la cabecera Sender del servidor de la lista TLD-OPS, que llevan las copias de la lista</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="59"/>
        <source>it was sent by another server than the TLD-OPS list&apos;s</source>
        <translation>lo envió un servidor distinto del de la lista TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="62"/>
        <source>neither its From nor its To is the TLD-OPS list address</source>
        <translation>ni su From ni su To es la dirección de la lista TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="65"/>
        <source>its edition date is later than the day it was sent: the list sends an edition when it is made</source>
        <translation>su fecha de edición es posterior al día en que se envió: la lista envía cada edición cuando se genera</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="70"/>
        <source>its edition date is more than a week after today: the list sends an edition when it is made</source>
        <translation>la fecha de su edición es más de una semana posterior a hoy: la lista envía una edición cuando se elabora</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="75"/>
        <source>it was inside a digest that the TLD-OPS list did not send</source>
        <translation>estaba dentro de un resumen que la lista TLD-OPS no envió</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="80"/>
        <source>unknown reason</source>
        <translation>motivo desconocido</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="86"/>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="87"/>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="88"/>
        <source>is a link to a file or folder that does not exist</source>
        <translation>es un enlace a un archivo o carpeta que no existe</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="91"/>
        <source>is a named pipe, not a file. Save what it gives to a file and import that</source>
        <translation>es una tubería con nombre, no un archivo. Guarde lo que entrega en un archivo e importe ese archivo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="95"/>
        <source>is not a mailbox or mail file</source>
        <translation>no es un buzón ni un archivo de correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="98"/>
        <source>is too large to be an edition</source>
        <translation>es demasiado grande para ser una edición</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="101"/>
        <source>has a header block too large to be mail</source>
        <translation>tiene un bloque de encabezados demasiado grande para ser un correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="104"/>
        <source>is nested too deeply to read</source>
        <translation>tiene demasiados niveles de anidamiento para leerlo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="107"/>
        <source>begins a message that names an edition, run on from the message before it after a “From ” line of a form mail programs do not write: not read. Save that message from your mail program as an .eml file and import that</source>
        <translation>empieza un mensaje que nombra una edición, pegado al mensaje anterior tras una línea “From ” de una forma que los programas de correo no escriben: no leído. Guarde ese mensaje desde su programa de correo como archivo .eml e impórtelo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="113"/>
        <source>ends before its last MIME part is closed, where another message begins in the file (a copy cut short, then another joined to it): read up to there</source>
        <translation>termina antes de cerrar su última parte MIME, donde empieza otro mensaje en el archivo (una copia cortada a la que se unió otra): leído hasta ahí</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="118"/>
        <source>unpacks to far more than its own size, as no mail does (an archive made to fill memory or disk): the rest of it was not read</source>
        <translation>se descomprime en mucho más que su propio tamaño, algo que ningún correo hace (un archivo hecho para llenar la memoria o el disco): no se leyó el resto</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="123"/>
        <source>holds too many files to look through all of them. Unpack it and import the mail in it</source>
        <translation>contiene demasiados archivos para revisarlos todos. Descomprímalo e importe el correo que contiene</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="127"/>
        <source>cannot be parsed as mail</source>
        <translation>no se puede interpretar como correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="128"/>
        <source>has no readable text</source>
        <translation>no tiene texto legible</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="129"/>
        <source>lists no members</source>
        <translation>no indica ningún miembro</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="130"/>
        <source>has an edition stamp that is not a date</source>
        <translation>tiene un identificador de edición que no es una fecha</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="138"/>
        <source>has a text too large to be an edition</source>
        <translation>tiene un texto demasiado grande para ser una edición</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="141"/>
        <source>was not imported: part of it is zeroed (NUL bytes, as a crash or a disk fault leaves), so its members&apos; contacts could be mixed up. Import an intact copy</source>
        <translation>no se importó: una parte está puesta a cero (bytes NUL, como deja un fallo del sistema o del disco), así que los contactos de sus miembros podrían mezclarse. Importe una copia intacta</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="146"/>
        <source>was forwarded in the text of a message, not attached: who wrote it cannot be checked, so it was not imported. Ask for the original as an attachment</source>
        <translation>se reenvió en el texto de un mensaje, no como adjunto: no se puede comprobar quién lo escribió, así que no se importó. Pida el original como adjunto</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="151"/>
        <source>needs the optional Outlook support</source>
        <translation>necesita el soporte opcional de Outlook</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="154"/>
        <source>has only a rich-text (RTF) body; save it as .eml to import it</source>
        <translation>solo tiene un cuerpo de texto enriquecido (RTF); guárdelo como .eml para importarlo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="157"/>
        <source>has an attached message that Apple Mail keeps apart and has not downloaded. Open the message in Mail, then import again</source>
        <translation>tiene un mensaje adjunto que Apple Mail guarda aparte y aún no ha descargado. Abra el mensaje en Mail y vuelva a importar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="162"/>
        <source>was not imported: it does not reach the list&apos;s footer and lists fewer members or contacts than the edition before it, as a copy cut short does. Import a complete copy</source>
        <translation>no se importó: no llega al pie de la lista y tiene menos miembros o contactos que la edición anterior, como una copia cortada. Importe una copia completa</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="168"/>
        <source>names an edition and lists contacts, but its subject does not begin with the edition&apos;s title (a member&apos;s post, or a mark a mail filter put there): not imported</source>
        <translation>menciona una edición y contiene contactos, pero su asunto no empieza por el título de la edición (un mensaje de un miembro, o una marca que puso un filtro de correo): no se importó</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="173"/>
        <source>was not imported: only its first lines were downloaded. In Thunderbird, open it and choose to download the rest of the message</source>
        <translation>no se importó: solo se descargaron sus primeras líneas. En Thunderbird, ábralo y elija descargar el resto del mensaje</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="178"/>
        <source>names an edition but is encrypted (S/MIME or PGP), which cannot be read here: not imported. Save the edition from your mail program, decrypted, as an .eml file and import that</source>
        <translation>nombra una edición, pero está cifrado (S/MIME o PGP) y no puede leerse aquí: no se importó. Guarde la edición desde su programa de correo, descifrada, como archivo .eml e importe ese archivo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="184"/>
        <source>names an edition but is signed (S/MIME) with a damaged signature, in which the message is carried: not imported. Save the edition from your mail program as an .eml file and import that</source>
        <translation>nombra una edición, pero está firmado (S/MIME) con una firma dañada, dentro de la cual va el mensaje: no se importó. Guarde la edición desde su programa de correo como archivo .eml e importe ese archivo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="190"/>
        <source>has the edition&apos;s title with a stamp not in angle brackets, as the list never writes it (a mail program or gateway changed the subject, or a forgery): not imported</source>
        <translation>tiene el título de la edición con un identificador que no está entre corchetes angulares, como la lista nunca lo escribe (un programa de correo o una pasarela cambió el asunto, o es una falsificación): no se importó</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="196"/>
        <source>names an edition and has an attachment in Outlook&apos;s own format (a .msg file or winmail.dat), which cannot be read inside a message: not imported. Open it in Outlook, save the attached message to a folder and import that folder</source>
        <translation>menciona una edición y tiene un adjunto en el formato propio de Outlook (un archivo .msg o winmail.dat), que no se puede leer dentro de un mensaje: no se importó. Ábralo en Outlook, guarde el mensaje adjunto en una carpeta e importe esa carpeta</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="224"/>
        <source>a whole copy replaced the one stored, which was cut short (its last members missing): {source}</source>
        <translation>una copia completa sustituyó a la guardada, que estaba cortada (le faltaban los últimos miembros): {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="229"/>
        <source>a copy cut short (its last members missing) was left out: {source}</source>
        <translation>se omitió una copia cortada (le faltan los últimos miembros): {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="233"/>
        <source>a copy with its names whole replaced the one stored, which had “?” for letters (a plain-text digest): {source}</source>
        <translation>una copia con los nombres completos sustituyó a la almacenada, que tenía «?» en lugar de letras (un resumen en texto plano): {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="238"/>
        <source>a copy with “?” for letters of its names (a plain-text digest) was left out: {source}</source>
        <translation>se descartó una copia con «?» en lugar de letras de sus nombres (un resumen en texto plano): {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="242"/>
        <source>the list&apos;s own copy took the place of one imported without the list&apos;s word: {source}</source>
        <translation>la copia de la propia lista ocupó el lugar de una importada sin la garantía de la lista: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="246"/>
        <source>the copy you chose took the place of the one stored, which stays on record: {source}</source>
        <translation>la copia que eligió ocupó el lugar de la almacenada, que queda registrada: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="250"/>
        <source>it does not reach the list&apos;s footer, so it may have been cut short: check its last members, or import a complete copy: {source}</source>
        <translation>no llega al pie de la lista, así que puede estar cortada: revise sus últimos miembros o importe una copia completa: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="255"/>
        <source>stored as another version of TLD-OPS Desktop read it; its contacts are now as this version reads the same email: {source}</source>
        <translation>guardada tal como la leyó otra versión de TLD-OPS Desktop; sus contactos son ahora los que esta versión lee en el mismo correo: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="271"/>
        <source>the ccTLD&apos;s label and its A-label disagree; the A-label was kept</source>
        <translation>la etiqueta del ccTLD y su etiqueta A no coinciden; se conservó la etiqueta A</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="274"/>
        <source>a table column whose cells are not kept (of no kind known, or a second one of a kind): read them in the email</source>
        <translation>una columna de la tabla cuyas celdas no se guardan (de un tipo desconocido, o una segunda del mismo tipo): léalas en el correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="279"/>
        <source>its text is not in the character set it declares, so its names were read by a guess: check them</source>
        <translation>su texto no está en el juego de caracteres que declara, así que sus nombres se leyeron por aproximación: compruébelos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="284"/>
        <source>its text names no character set, so its names were read by a guess: check them</source>
        <translation>su texto no indica ningún juego de caracteres, así que sus nombres se leyeron por conjetura: compruébelos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="288"/>
        <source>its text was read in the wrong character set on its way and sent on so (“JosÃ©” for “José”); its names were read back as written: check them</source>
        <translation>su texto se leyó con un juego de caracteres equivocado por el camino y se reenvió así («JosÃ©» por «José»); sus nombres se volvieron a leer tal como se escribieron: compruébelos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="293"/>
        <source>not an email address (kept as written)</source>
        <translation>no es una dirección de correo (se conserva tal como está escrita)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="296"/>
        <source>no number to dial could be read (kept as written)</source>
        <translation>no se pudo leer un número para marcar (se conserva tal como está escrito)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="299"/>
        <source>a contact without this field</source>
        <translation>un contacto sin este campo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="302"/>
        <source>no region given (the app shows the usual one, marked)</source>
        <translation>no se indica región (la aplicación muestra la habitual, marcada)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="305"/>
        <source>the ccTLD is listed twice; every contact was kept</source>
        <translation>el ccTLD aparece dos veces; se conservaron todos los contactos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="308"/>
        <source>a member without contacts</source>
        <translation>un miembro sin contactos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="311"/>
        <source>the same contact written again for the member: kept once</source>
        <translation>el mismo contacto escrito de nuevo para el miembro: se guarda una vez</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="314"/>
        <source>a contact whose every field is a placeholder (such as “—” or “TBD”): not kept</source>
        <translation>un contacto cuyos campos son todos marcadores (como “—” o “TBD”): no se guarda</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="318"/>
        <source>more than three contacts (all kept)</source>
        <translation>más de tres contactos (se conservan todos)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="321"/>
        <source>letters of this name were lost on the way (written as “?”, as a plain-text digest does): import the list&apos;s own copy</source>
        <translation>se perdieron letras de este nombre por el camino (escritas como «?», como hace un resumen en texto plano): importe la copia de la propia lista</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="326"/>
        <source>two contacts of the member give this position (both kept, in the order written)</source>
        <translation>dos contactos del miembro indican esta posición (se conservan ambos, en el orden escrito)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="342"/>
        <source>an unknown field</source>
        <translation>un campo desconocido</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="343"/>
        <source>a field outside any member&apos;s contact</source>
        <translation>un campo fuera del contacto de cualquier miembro</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="346"/>
        <source>a table row that does not fit the table&apos;s columns</source>
        <translation>una fila que no encaja con las columnas de la tabla</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="349"/>
        <source>not a ccTLD that can be read</source>
        <translation>no es un ccTLD legible</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="352"/>
        <source>text among the data</source>
        <translation>texto entre los datos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="353"/>
        <source>a note among the members; read it</source>
        <translation>una nota entre los miembros; léala</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="390"/>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="412"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="411"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="411"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="428"/>
        <source>Import anyway…</source>
        <translation>Importar de todos modos…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="432"/>
        <source>Keep this copy instead…</source>
        <translation>Conservar esta copia en su lugar…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="435"/>
        <source>Store the selected conflicting copy in place of the one kept</source>
        <translation>Almacenar la copia en conflicto seleccionada en lugar de la conservada</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="466"/>
        <source>The import stopped: {error}</source>
        <translation>La importación se detuvo: {error}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="472"/>
        <source>Editions added</source>
        <translation>Ediciones agregadas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="474"/>
        <source>Already present</source>
        <translation>Ya presentes</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="478"/>
        <source>Not sent through the TLD-OPS list</source>
        <translation>No enviadas a través de la lista TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="542"/>
        <source>Where the import stopped</source>
        <translation>Dónde se detuvo la importación</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="564"/>
        <source>{stamp}, HTML line {line}</source>
        <translation>{stamp}, línea {line} del HTML</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="573"/>
        <source>already stored as a trusted edition; this copy changes nothing; </source>
        <translation>ya guardada como edición confiable; esta copia no cambia nada; </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="574"/>
        <source>imported as untrusted; </source>
        <translation>importada como no confiable; </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="492"/>
        <source>Conflicts (same edition, different content)</source>
        <translation>Conflictos (misma edición, contenido distinto)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="497"/>
        <source>{source}: differs from the copy already stored ({existing}); the stored copy was kept</source>
        <translation>{source}: difiere de la copia ya guardada ({existing}); se conservó la copia guardada</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="515"/>
        <source>Lines not understood</source>
        <translation>Líneas no reconocidas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="566"/>
        <source>{stamp}, line {line}</source>
        <translation>{stamp}, línea {line}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="526"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="537"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="550"/>
        <source>1 edition did not come through the TLD-OPS list and was not imported. Anyone can send an email that looks like the repository.</source>
        <translation>1 edición no llegó a través de la lista de TLD-OPS y no se importó. Cualquiera puede enviar un correo que parezca el repositorio.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="555"/>
        <source>{count} editions did not come through the TLD-OPS list and were not imported. Anyone can send an email that looks like the repository.</source>
        <translation>{count} ediciones no llegaron a través de la lista de TLD-OPS y no se importaron. Cualquiera puede enviar un correo que parezca el repositorio.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="581"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="582"/>
        <source>the backup taken before an import could not be written: nothing was stored</source>
        <translation>no se pudo escribir la copia de seguridad que se hace antes de una importación: no se guardó nada</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="585"/>
        <source>Mail read</source>
        <translation>Correo leído</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="586"/>
        <source>every edition above is stored, but the mail read is not remembered: the next import reads it again</source>
        <translation>todas las ediciones de arriba están guardadas, pero no se recuerda el correo leído: la próxima importación lo volverá a leer</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="591"/>
        <source>being written when the import stopped: not stored</source>
        <translation>se estaba escribiendo cuando se detuvo la importación: no se guardó</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="593"/>
        <source>written with it, then undone: not stored</source>
        <translation>escrita junto con ella y luego deshecha: no se guardó</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="597"/>
        <source>not examined: not stored by this import</source>
        <translation>no examinada: esta importación no la guardó</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="216"/>
        <source>{problem} (technical detail: {detail})</source>
        <translation>{problem} (detalle técnico: {detail})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="133"/>
        <source>may have been cut short (its mail file ends mid-line, before the list&apos;s footer): not imported. Import a complete copy</source>
        <translation>puede haber quedado cortada (su archivo de correo termina a mitad de línea, antes del pie de la lista): no importada. Importe una copia completa</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="608"/>
        <source>Scanned 1 message ({size}).</source>
        <translation>Se examinó 1 mensaje ({size}).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="610"/>
        <source>Scanned {count} messages ({size}).</source>
        <translation>Se examinaron {count} mensajes ({size}).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="612"/>
        <source>Found 1 edition: {added} added, {present} already present.</source>
        <translation>Se encontró 1 edición: {added} añadida, {present} ya presente.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="614"/>
        <source>Found {count} editions: {added} added, {present} already present.</source>
        <translation>Se encontraron {count} ediciones: {added} añadidas, {present} ya presentes.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="630"/>
        <source>This was a trial run: nothing was stored.</source>
        <translation>Fue una prueba: no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="633"/>
        <source>No repository email was found. Choose the mailbox or the saved email whose subject is “TLD-OPS Incident Response Community Repository &lt;…&gt;”.</source>
        <translation>No se encontró ningún correo del repositorio. Elija el buzón o el correo guardado cuyo asunto es “TLD-OPS Incident Response Community Repository &lt;…&gt;”.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="644"/>
        <source>1 edition was not imported: it was not sent through the TLD-OPS list.</source>
        <translation>1 edición no se importó: no se envió a través de la lista TLD-OPS.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="647"/>
        <source>%Ln editions were not imported: they were not sent through the TLD-OPS list.</source>
        <translation>
            <numerusform>%Ln edición no se importó: no se envió a través de la lista TLD-OPS.</numerusform>
            <numerusform>%Ln ediciones no se importaron: no se enviaron a través de la lista TLD-OPS.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="654"/>
        <source>1 edition was not imported because of a problem (see Problems).</source>
        <translation>1 edición no se importó por un problema (ver Problemas).</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="657"/>
        <source>%Ln editions were not imported because of a problem (see Problems).</source>
        <translation>
            <numerusform>%Ln edición no se importó por un problema (ver Problemas).</numerusform>
            <numerusform>%Ln ediciones no se importaron por un problema (ver Problemas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="665"/>
        <source>1 copy differs from the edition stored under its date: the stored one was kept.</source>
        <translation>1 copia difiere de la edición guardada con su fecha: se conservó la guardada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="670"/>
        <source>%Ln copies differ from the editions stored under their dates: the stored ones were kept.</source>
        <translation>
            <numerusform>%Ln copia difiere de la edición guardada con su fecha: se conservó la guardada.</numerusform>
            <numerusform>%Ln copias difieren de las ediciones guardadas con sus fechas: se conservaron las guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="678"/>
        <source>1 file could not be read as mail.</source>
        <translation>1 archivo no se pudo leer como correo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="680"/>
        <source>%Ln files could not be read as mail.</source>
        <translation>
            <numerusform>%Ln archivo no se pudo leer como correo.</numerusform>
            <numerusform>%Ln archivos no se pudieron leer como correo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="684"/>
        <source>1 other problem (see Problems).</source>
        <translation>1 problema más (ver Problemas).</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="686"/>
        <source>%Ln other problems (see Problems).</source>
        <translation>
            <numerusform>%Ln problema más (ver Problemas).</numerusform>
            <numerusform>%Ln problemas más (ver Problemas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="695"/>
        <source>Members that differ: {members}.</source>
        <translation>Miembros que difieren: {members}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="779"/>
        <source>Keep this copy instead?</source>
        <translation>¿Conservar esta copia en su lugar?</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="782"/>
        <source>Edition {stamp} was found twice, with different contacts. Keep the copy from {source} in place of the one stored?</source>
        <translation>La edición {stamp} se encontró dos veces, con contactos distintos. ¿Conservar la copia de {source} en lugar de la almacenada?</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="792"/>
        <source>Choose it when you know it is the right one, a correction sent by the list, say. A backup is taken first, and the copy stored now stays on record.</source>
        <translation>Elíjala cuando sepa que es la correcta, por ejemplo una corrección enviada por la lista. Antes se hace una copia de seguridad, y la copia almacenada ahora queda registrada.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="798"/>
        <source>Keep this copy</source>
        <translation>Conservar esta copia</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="834"/>
        <source>Import untrusted editions?</source>
        <translation>¿Importar ediciones no confiables?</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="837"/>
        <source>These editions were not sent through the TLD-OPS mailing list. Anyone can send an email that looks like the repository, with false phone numbers or addresses.</source>
        <translation>Estas ediciones no se enviaron a través de la lista de correo TLD-OPS. Cualquiera puede enviar un correo que parezca el del repositorio, con números de teléfono o direcciones falsos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="843"/>
        <source>Import them only if you know where they came from. They are stored marked as untrusted and never become the current edition while a trusted one exists; with none stored, the newest is shown under a red warning.</source>
        <translation>Impórtelas solo si sabe de dónde vienen. Se almacenan marcadas como no confiables y nunca pasan a ser la edición actual mientras exista una confiable; si no hay ninguna, la más reciente se muestra bajo un aviso en rojo.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="855"/>
        <source>Import anyway</source>
        <translation>Importar de todos modos</translation>
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
        <translation>Esperando a que el llavero del sistema dé la clave de los contactos. Si su escritorio muestra una petición para desbloquear el llavero, respóndala.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/workers.py" line="51"/>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="16"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="18"/>
        <source>The contacts are hidden because the window was left without input.</source>
        <translation>Los contactos están ocultos porque la ventana quedó sin actividad.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="25"/>
        <source>Anyone at this computer can unlock it: the key of the contacts is kept by the system (its keyring, or the environment), so no passphrase is asked. Lock the computer itself when you leave it.</source>
        <translation>Cualquiera en este ordenador puede desbloquearla: la clave de los contactos la guarda el sistema (su llavero o el entorno), así que no se pide frase de contraseña. Bloquee el propio ordenador cuando se ausente.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="33"/>
        <location filename="../tldops_desktop/gui/locked_page.py" line="36"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="205"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="207"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="253"/>
        <source>Search ccTLD, country, name, email or phone (Ctrl+F)</source>
        <translation>Buscar ccTLD, país, nombre, correo o teléfono (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="258"/>
        <source>Search members</source>
        <translation>Buscar miembros</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="261"/>
        <source>Type a ccTLD, country, name, email or phone digits; Up and Down move in the list, Enter shows the contacts, Escape clears</source>
        <translation>Escriba un ccTLD, país, nombre, correo o dígitos de teléfono; Arriba y Abajo recorren la lista, Intro muestra los contactos, Esc borra la búsqueda</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="274"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="277"/>
        <source>Unknown region</source>
        <translation>Región desconocida</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="278"/>
        <source>Region filter</source>
        <translation>Filtro de región</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="279"/>
        <source>Show the members of one ICANN region</source>
        <translation>Mostrar los miembros de una región de ICANN</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1218"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1184"/>
        <source>The contacts are hidden because the window was left without input.</source>
        <translation>Los contactos están ocultos porque la ventana quedó sin actividad.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="329"/>
        <source>Current edition</source>
        <translation>Edición actual</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="331"/>
        <source>Members and contacts</source>
        <translation>Miembros y contactos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="333"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="370"/>
        <source>The contacts are closed. Unlock them to see them again.</source>
        <translation>Los contactos están cerrados. Desbloquéelos para volver a verlos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="482"/>
        <source>Already checking the remembered mailboxes for new editions.</source>
        <translation>Ya se está comprobando si hay ediciones nuevas en los buzones recordados.</translation>
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
        <translation>(NO enviada a través de la lista)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="587"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="584"/>
        <source>(demo)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="580"/>
        <source>edition %1</source>
        <translation>edición %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="595"/>
        <source>Bold: changed since %1</source>
        <translation>Negrita: modificado desde %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="600"/>
        <source>No contacts yet</source>
        <translation>Aún no hay contactos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="604"/>
        <source>Edition %1</source>
        <translation>Edición %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="608"/>
        <source>NOT sent through the list</source>
        <translation>NO enviada a través de la lista</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="610"/>
        <source>demo data, invented people</source>
        <translation>datos de demostración, personas ficticias</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="614"/>
        <source>%1 members · %2 contacts</source>
        <translation>%1 miembros · %2 contactos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="893"/>
        <source>Mail files (*.eml *.mbox *.mbx *.msg *.txt *.zip *.tgz *.tar *.gz *.bz2 *.xz);;All files (*)</source>
        <translation>Archivos de correo (*.eml *.mbox *.mbx *.msg *.txt *.zip *.tgz *.tar *.gz *.bz2 *.xz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1028"/>
        <source>the search “%1”</source>
        <translation>la búsqueda «%1»</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1031"/>
        <source>region %1</source>
        <translation>región %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1275"/>
        <source>Read only: nothing can be imported into this data folder.</source>
        <translation>Solo lectura: no se puede importar nada en esta carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="770"/>
        <source>Copied %1; the clipboard is cleared in %2 s.</source>
        <translation>Copiado: %1; el portapapeles se vaciará en %2 s.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="772"/>
        <source>Copied %1.</source>
        <translation>Copiado: %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="784"/>
        <source>the phone number of the %1</source>
        <translation>el número de teléfono del %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="785"/>
        <source>Nothing copied: the %1 lists no phone number.</source>
        <translation>No se copió nada: el %1 no tiene número de teléfono.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="791"/>
        <source>the email address of the %1</source>
        <translation>la dirección de correo del %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="792"/>
        <source>Nothing copied: the %1 lists no email address.</source>
        <translation>No se copió nada: el %1 no tiene dirección de correo.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="830"/>
        <source>No monitoring tools (see Settings)</source>
        <translation>No hay herramientas de monitoreo (vea Configuración)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="890"/>
        <source>Import the monthly repository email</source>
        <translation>Importar el correo mensual del repositorio</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="902"/>
        <source>Import a mail folder (Maildir, MH or .eml files)</source>
        <translation>Importar una carpeta de correo (Maildir, MH o archivos .eml)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="927"/>
        <source>Import cancelled: the contacts are as they were.</source>
        <translation>Importación cancelada: los contactos siguen como estaban.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1097"/>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1159"/>
        <source>About TLD-OPS Desktop</source>
        <translation>Acerca de TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1161"/>
        <source>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;The incident-response contacts of the TLD-OPS member ccTLDs, imported from the monthly repository email and kept encrypted on this computer.&lt;/p&gt;&lt;p&gt;The app never connects to the network: links open in your own mail, phone or browser application, and only when you click them.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;Los contactos de respuesta a incidentes de los ccTLD miembros de TLD-OPS, importados del correo mensual del repositorio y guardados cifrados en este equipo.&lt;/p&gt;&lt;p&gt;La aplicación nunca se conecta a la red: los enlaces se abren en su propia aplicación de correo, teléfono o navegador, y solo cuando usted hace clic en ellos.&lt;/p&gt;&lt;p&gt;Carpeta de datos: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1181"/>
        <source>The contacts are hidden until you unlock the window.</source>
        <translation>Los contactos están ocultos hasta que desbloquee la ventana.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1217"/>
        <source>TLD-OPS Desktop (locked)</source>
        <translation>TLD-OPS Desktop (bloqueado)</translation>
    </message>
</context>
<context>
    <name>MemberTable</name>
    <message>
        <location filename="../tldops_desktop/gui/member_table.py" line="48"/>
        <source>Members</source>
        <translation>Miembros</translation>
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
        <translation>País</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="131"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="132"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="136"/>
        <source>ICANN region; %1 marks a region taken from the ccTLD table, not from the email</source>
        <translation>Región de ICANN; %1 indica una región tomada de la tabla de ccTLD, no del correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="178"/>
        <source>%1 (changed in the latest edition)</source>
        <translation>%1 (modificado en la última edición)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="222"/>
        <source>The email gives no region; %1 comes from the ccTLD table.</source>
        <translation>El correo no indica ninguna región; %1 proviene de la tabla de ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="225"/>
        <source>No region known</source>
        <translation>Región desconocida</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="227"/>
        <source>%1 changed in the latest edition</source>
        <translation>%1 cambió en la última edición</translation>
    </message>
</context>
<context>
    <name>NewsBanner</name>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="45"/>
        <source>New editions</source>
        <translation>Ediciones nuevas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="60"/>
        <source>Show changes</source>
        <translation>Mostrar cambios</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="62"/>
        <source>What changed between the two latest editions</source>
        <translation>Qué cambió entre las dos últimas ediciones</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="73"/>
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="77"/>
        <source>Open the import on the mailboxes where they were found: see who sent them, and import them only if you trust them</source>
        <translation>Abrir la importación en los buzones donde se encontraron: vea quién las envió e impórtelas solo si confía en ellas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="91"/>
        <location filename="../tldops_desktop/gui/news_banner.py" line="92"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="109"/>
        <source>New contacts: edition %1, %2</source>
        <translation>Contactos nuevos: edición %1, %2</translation>
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
        <translation>Contactos nuevos: edición %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="129"/>
        <source>1 edition not sent through the list was ignored (%1): it may be forged.</source>
        <translation>Se ignoró 1 edición no enviada a través de la lista (%1): puede estar falsificada.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="133"/>
        <source>%2 editions not sent through the list were ignored (%1): they may be forged.</source>
        <translation>Se ignoraron %2 ediciones no enviadas a través de la lista (%1): pueden estar falsificadas.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="166"/>
        <source>no contact changed</source>
        <translation>ningún contacto modificado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="168"/>
        <source>1 contact changed</source>
        <translation>1 contacto modificado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="169"/>
        <source>%1 contacts changed</source>
        <translation>%1 contactos modificados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="175"/>
        <source>1 member joined</source>
        <translation>1 miembro incorporado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="175"/>
        <source>%1 members joined</source>
        <translation>%1 miembros incorporados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="177"/>
        <source>1 member left</source>
        <translation>1 miembro retirado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="177"/>
        <source>%1 members left</source>
        <translation>%1 miembros retirados</translation>
    </message>
</context>
<context>
    <name>NonMembersDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="55"/>
        <source>ccTLDs not in TLD-OPS yet</source>
        <translation>ccTLD que aún no están en TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="78"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="79"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="82"/>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="90"/>
        <source>ccTLDs that are not members</source>
        <translation>ccTLD que no son miembros</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="94"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="94"/>
        <source>Country or territory</source>
        <translation>País o territorio</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="94"/>
        <source>A-label</source>
        <translation>A-label</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="108"/>
        <source>A ccTLD joins TLD-OPS when its IANA administrative contact asks the ccNSO Secretariat. If you know one of these ccTLDs, invite them; until then, their administrative contact in the IANA root zone database is the fallback.</source>
        <translation>Un ccTLD se une a TLD-OPS cuando su contacto administrativo de IANA lo solicita a la Secretaría de la ccNSO. Si conoce alguno de estos ccTLD, invítelo; mientras tanto, su contacto administrativo en la base de datos de la zona raíz de IANA es la alternativa.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="116"/>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="137"/>
        <source>Coverage over the editions imported</source>
        <translation>Cobertura a lo largo de las ediciones importadas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="124"/>
        <source>Open &amp;IANA page</source>
        <translation>Abrir la página de &amp;IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="127"/>
        <source>The ccTLD&apos;s record in the IANA root zone database, in your web browser</source>
        <translation>El registro del ccTLD en la base de datos de la zona raíz de IANA, en su navegador</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="129"/>
        <source>Prepare &amp;join request…</source>
        <translation>Preparar solicitud de &amp;adhesión…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="144"/>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="145"/>
        <source>Asia Pacific</source>
        <translation>Asia-Pacífico</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="146"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="147"/>
        <source>Latin America and Caribbean</source>
        <translation>América Latina y el Caribe</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="148"/>
        <source>North America</source>
        <translation>América del Norte</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="168"/>
        <source>There are no editions yet. Import a repository email first.</source>
        <translation>Aún no hay ediciones. Primero importe un correo del repositorio.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="175"/>
        <source>Edition %1: %2 of %3 delegated ccTLDs are members (%4); %5 are not yet.</source>
        <translation>Edición %1: %2 de %3 ccTLD delegados son miembros (%4); %5 aún no.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="190"/>
        <source>%1 — %2 of %3 are members (%4); %5 not yet</source>
        <translation>%1 — %2 de %3 son miembros (%4); %5 aún no</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="128"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="129"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="130"/>
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="132"/>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="135"/>
        <source>at least {count} characters</source>
        <translation>al menos {count} caracteres</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="137"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="138"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="143"/>
        <source>A passphrase cannot be recovered: if it is forgotten, the contacts must be imported again from the monthly emails.</source>
        <translation>Una frase de contraseña no se puede recuperar: si se olvida, habrá que volver a importar los contactos desde los correos mensuales.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="175"/>
        <source>Type the current passphrase.</source>
        <translation>Escriba la frase de contraseña actual.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="178"/>
        <source>Type a new passphrase.</source>
        <translation>Escriba una nueva frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="183"/>
        <source>A passphrase needs at least {count} characters: a few words are easy to remember and hard to guess.</source>
        <translation>La frase de contraseña necesita al menos {count} caracteres: unas cuantas palabras son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="189"/>
        <source>The two new passphrases differ.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="224"/>
        <source>QR code: {name}</source>
        <translation>Código QR: {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="228"/>
        <source>Point the phone&apos;s camera at the code to add {name} ({cctld}) as a contact.</source>
        <translation>Apunte la cámara del teléfono al código para agregar a {name} ({cctld}) como contacto.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="253"/>
        <source>This contact&apos;s name and email address are too long for a QR code a phone camera can read. Export the contact as a vCard instead.</source>
        <translation>El nombre y la dirección de correo de este contacto son demasiado largos para un código QR que la cámara de un teléfono pueda leer. Exporte el contacto como vCard.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="260"/>
        <source>This code holds the first phone number and email address only: the whole contact would make a code too dense for a phone camera. Export the contact as a vCard for all of it.</source>
        <translation>Este código contiene solo el primer número de teléfono y la primera dirección de correo: el contacto completo daría un código demasiado denso para la cámara de un teléfono. Exporte el contacto como vCard para tenerlo completo.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="271"/>
        <source>QR code of {name}</source>
        <translation>Código QR de {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="292"/>
        <source>&amp;Save as PNG or SVG…</source>
        <translation>&amp;Guardar como PNG o SVG…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="332"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="332"/>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="333"/>
        <source>Save the QR code</source>
        <translation>Guardar el código QR</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="344"/>
        <source>QR code saved to {path}.</source>
        <translation>Código QR guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>RecheckStatus</name>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="26"/>
        <source>Check for new editions</source>
        <translation>Comprobación de ediciones nuevas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="47"/>
        <source>Could not check the mailboxes for new editions: %1</source>
        <translation>No se pudo comprobar si hay ediciones nuevas en los buzones: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="53"/>
        <source>Checking the remembered mailbox for new editions…</source>
        <translation>Comprobando si hay ediciones nuevas en el buzón recordado…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="55"/>
        <source>Checking %1 remembered mailboxes for new editions…</source>
        <translation>Comprobando si hay ediciones nuevas en %1 buzones recordados…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="59"/>
        <source>Read only: new editions cannot be stored in this data folder.</source>
        <translation>Solo lectura: no se pueden guardar ediciones nuevas en esta carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="64"/>
        <source>No remembered mailbox to check: use File &gt; Find my mail… to pick the one where the monthly email arrives.</source>
        <translation>No hay ningún buzón recordado que comprobar: use Archivo &gt; Buscar mi correo… para elegir aquel donde llega el correo mensual.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="72"/>
        <source>A new edition was stored elsewhere: now showing edition %1.</source>
        <translation>Se guardó una nueva edición desde otro lugar: ahora se muestra la edición %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="78"/>
        <source>The check for new editions failed: see the crash report.</source>
        <translation>Falló la comprobación de ediciones nuevas: vea el informe de error.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="92"/>
        <source>Mailboxes checked at %1: edition %2 imported.</source>
        <translation>Buzones comprobados a las %1: edición %2 importada.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="98"/>
        <source>Mailboxes checked at %1: older edition imported: %2.</source>
        <translation>Buzones comprobados a las %1: edición anterior importada: %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="100"/>
        <source>Mailboxes checked at %1: older editions imported: %2.</source>
        <translation>Buzones comprobados a las %1: ediciones anteriores importadas: %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="106"/>
        <source>Mailboxes checked at %1: nothing new in them. Edition %2, stored elsewhere, is shown.</source>
        <translation>Buzones comprobados a las %1: nada nuevo en ellos. Se muestra la edición %2, guardada desde otro lugar.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="113"/>
        <source>Mailboxes checked at %1: no new edition.</source>
        <translation>Buzones comprobados a las %1: ninguna edición nueva.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="132"/>
        <source>Could not read the remembered mailbox %1 (%2).</source>
        <translation>No se pudo leer el buzón recordado %1 (%2).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="134"/>
        <source>Could not read %3 remembered mailboxes, among them %1 (%2).</source>
        <translation>No se pudieron leer %3 buzones recordados, entre ellos %1 (%2).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="144"/>
        <source>Check that the mailbox is still there, or stop checking it in File &gt; Find my mail…</source>
        <translation>Compruebe que el buzón sigue existiendo, o deje de comprobarlo en Archivo &gt; Buscar mi correo…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="89"/>
        <source>The request goes to the ccNSO Secretariat and must be sent by, or copied to, the ccTLD&apos;s administrative contact in the IANA root zone database. This application sends nothing: the email opens in your mail client, or is saved as an .eml file to send later. The email itself is in English, as the Secretariat expects.</source>
        <translation>La solicitud se dirige a la Secretaría de la ccNSO y debe enviarla el contacto administrativo del ccTLD en la base de datos de la zona raíz de IANA, o bien ir con copia a dicho contacto. Esta aplicación no envía nada: el correo se abre en su cliente de correo o se guarda como archivo .eml para enviarlo más tarde. El correo en sí está en inglés, como espera la Secretaría.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="102"/>
        <source>Join TLD-OPS</source>
        <translation>Unirse a TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="103"/>
        <source>Update the contacts of a member</source>
        <translation>Actualizar los contactos de un miembro</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="104"/>
        <source>&amp;Request</source>
        <translation>&amp;Solicitud</translation>
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
        <translation>Contacto 1 (principal)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="125"/>
        <source>Contact 2 (secondary)</source>
        <translation>Contacto 2 (secundario)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="126"/>
        <source>Contact 3</source>
        <translation>Contacto 3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="133"/>
        <source>+&lt;country code&gt; &lt;number&gt;</source>
        <translation>+&lt;código de país&gt; &lt;número&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="134"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="135"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="136"/>
        <source>Mobile phone</source>
        <translation>Teléfono móvil</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="144"/>
        <source>IANA administrative contact</source>
        <translation>Contacto administrativo de IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="145"/>
        <source>Look up at IANA</source>
        <translation>Consultar en IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="148"/>
        <source>Open the ccTLD&apos;s record in the IANA root zone database in your browser</source>
        <translation>Abrir en el navegador el registro del ccTLD en la base de datos de la zona raíz de IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="153"/>
        <source>IANA &amp;administrative contact</source>
        <translation>Contacto &amp;administrativo de IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="158"/>
        <source>Your &amp;name (signature)</source>
        <translation>Su &amp;nombre (firma)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="110"/>
        <source>&amp;Fill from current edition</source>
        <translation>Co&amp;mpletar con la edición actual</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="168"/>
        <source>&amp;Open in mail client</source>
        <translation>Abrir en el cliente de &amp;correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="171"/>
        <source>&amp;Save as .eml…</source>
        <translation>&amp;Guardar como .eml…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="235"/>
        <source>Request to join TLD-OPS</source>
        <translation>Solicitud de adhesión a TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="237"/>
        <source>Update TLD-OPS contacts</source>
        <translation>Actualización de contactos de TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="250"/>
        <source>Not a ccTLD label.</source>
        <translation>No es una etiqueta de ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="252"/>
        <source>Not a delegated ccTLD.</source>
        <translation>No es un ccTLD delegado.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="257"/>
        <source>%1: a member as of edition %2.</source>
        <translation>%1: miembro según la edición %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="263"/>
        <source>%1: not a member as of edition %2.</source>
        <translation>%1: no es miembro según la edición %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="290"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="297"/>
        <source>Choose join or update.</source>
        <translation>Elija unirse o actualizar.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="298"/>
        <source>“%1” is not a ccTLD (try .de, .рф or xn--p1ai).</source>
        <translation>“%1” no es un ccTLD (pruebe .de, .рф o xn--p1ai).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="299"/>
        <source>%1 is not a delegated ccTLD.</source>
        <translation>%1 no es un ccTLD delegado.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="300"/>
        <source>.%1 is already a member: choose Update.</source>
        <translation>.%1 ya es miembro: elija Actualizar.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="301"/>
        <source>.%1 is not a member yet: choose Join.</source>
        <translation>.%1 aún no es miembro: elija Unirse.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="302"/>
        <source>Give at least one contact.</source>
        <translation>Indique al menos un contacto.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="303"/>
        <source>TLD-OPS takes at most three contacts.</source>
        <translation>TLD-OPS admite como máximo tres contactos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="304"/>
        <source>The name is missing.</source>
        <translation>Falta el nombre.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="305"/>
        <source>The name has control characters.</source>
        <translation>El nombre contiene caracteres de control.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="306"/>
        <source>The email address is missing.</source>
        <translation>Falta la dirección de correo.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="307"/>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="317"/>
        <source>“%1” is not an email address.</source>
        <translation>“%1” no es una dirección de correo.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="308"/>
        <source>%1 is given for two contacts.</source>
        <translation>%1 figura en dos contactos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="309"/>
        <source>The mobile phone number is missing.</source>
        <translation>Falta el número de teléfono móvil.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="311"/>
        <source>“%1” is not a valid phone number: write it as +&lt;country code&gt; &lt;number&gt;.</source>
        <translation>“%1” no es un número de teléfono válido: escríbalo como +&lt;código de país&gt; &lt;número&gt;.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="313"/>
        <source>“%1” does not look like a mobile number.</source>
        <translation>“%1” no parece un número móvil.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="315"/>
        <source>Give the IANA administrative contact&apos;s email address: it is copied.</source>
        <translation>Indique la dirección de correo del contacto administrativo de IANA: se le pone en copia.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="322"/>
        <source>Contact %1: %2</source>
        <translation>Contacto %1: %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="363"/>
        <source>Save the request</source>
        <translation>Guardar la solicitud</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="363"/>
        <source>Email message (*.eml)</source>
        <translation>Mensaje de correo (*.eml)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="52"/>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="99"/>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="144"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="57"/>
        <source>A backup of the contacts database is taken before every import that changes it. Restoring one puts the contacts back as they were then; the current database is kept aside in {folder}, never deleted. Editions imported since the backup must be imported again.</source>
        <translation>Antes de cada importación que modifica la base de datos de contactos se hace una copia de seguridad. Al restaurar una, los contactos vuelven a estar como entonces; la base de datos actual se aparta en {folder}, nunca se elimina. Las ediciones importadas después de la copia deberán importarse de nuevo.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="66"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="70"/>
        <source>{taken} — edition {edition} — {size}</source>
        <translation>{taken} — edición {edition} — {size}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="74"/>
        <source>{taken} — {size}</source>
        <translation>{taken} — {size}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="83"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="116"/>
        <source>Passphrase of the TLD-OPS database:</source>
        <translation>Frase de contraseña de la base de datos de TLD-OPS:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="121"/>
        <source>This passphrase opens neither the contacts nor their backups. Check it (Caps Lock?) and type it again:</source>
        <translation>Esta frase de contraseña no abre ni los contactos ni sus copias de seguridad. Compruébela (¿Bloq Mayús?) y escríbala de nuevo:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="145"/>
        <source>There are no backups yet: one is taken before each import that changes the database. Import the repository emails again from your mailbox instead.</source>
        <translation>Aún no hay copias de seguridad: se hace una antes de cada importación que modifica la base de datos. En su lugar, vuelva a importar los correos del repositorio desde su buzón.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="177"/>
        <source>The database as it was before is kept as {path}.</source>
        <translation>La base de datos tal como estaba antes se conserva como {path}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="185"/>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="186"/>
        <source>The contacts are back as they were on {taken}. {kept} Import your mailbox again for the editions that arrived since then.</source>
        <translation>Los contactos vuelven a estar como el {taken}. {kept} Vuelva a importar su buzón para recuperar las ediciones llegadas desde entonces.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="203"/>
        <source>The file {path} was left as it is.</source>
        <translation>El archivo {path} se dejó tal como está.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="210"/>
        <source>There is no backup of it yet. Start again from your mailbox: a new data folder, into which you import the repository emails again. The current folder is kept, renamed, with the damaged file in it; nothing is deleted.</source>
        <translation>Todavía no hay ninguna copia de seguridad. Empiece de nuevo desde su buzón: una nueva carpeta de datos, en la que vuelva a importar los correos del repositorio. La carpeta actual se conserva, con otro nombre y con el archivo dañado dentro; no se borra nada.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="219"/>
        <source>Restore its backup, taken {taken}; the damaged file is kept beside it.</source>
        <translation>Restaure su copia de seguridad, hecha el {taken}; el archivo dañado se conserva a su lado.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="224"/>
        <source>Restore the newest of its {count} backups, taken {taken}; the damaged file is kept beside it.</source>
        <translation>Restaure la más reciente de sus {count} copias de seguridad, hecha el {taken}; el archivo dañado se conserva a su lado.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="240"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="245"/>
        <source>Restore a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="250"/>
        <source>Start a new data folder…</source>
        <translation>Empezar una nueva carpeta de datos…</translation>
    </message>
</context>
<context>
    <name>SearchFeedback</name>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="53"/>
        <source>Number of results</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="72"/>
        <source>No result</source>
        <translation>Ningún resultado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="106"/>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="321"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="197"/>
        <source>{country} ({tld}) is not a TLD-OPS member as of edition {stamp}. Its administrative contact is in the IANA root zone database: &lt;a href=&quot;{url}&quot;&gt;open its page&lt;/a&gt;.</source>
        <translation>{country} ({tld}) no es miembro de TLD-OPS según la edición {stamp}. Su contacto administrativo figura en la base de datos de la zona raíz de IANA: &lt;a href=&quot;{url}&quot;&gt;abrir su página&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="203"/>
        <source>{tld} is not a TLD-OPS member as of edition {stamp}. Its administrative contact is in the IANA root zone database: &lt;a href=&quot;{url}&quot;&gt;open its page&lt;/a&gt;.</source>
        <translation>{tld} no es miembro de TLD-OPS según la edición {stamp}. Su contacto administrativo figura en la base de datos de la zona raíz de IANA: &lt;a href=&quot;{url}&quot;&gt;abrir su página&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="208"/>
        <source>{tld} is not a TLD-OPS member as of edition {stamp}, and not a delegated ccTLD.</source>
        <translation>{tld} no es miembro de TLD-OPS según la edición {stamp}, ni es un ccTLD delegado.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="221"/>
        <source>{tld} left TLD-OPS in edition {left}. &lt;a href=&quot;{link}&quot;&gt;Show its last known contacts&lt;/a&gt; (edition {last}).</source>
        <translation>{tld} dejó TLD-OPS en la edición {left}. &lt;a href=&quot;{link}&quot;&gt;Mostrar sus últimos contactos conocidos&lt;/a&gt; (edición {last}).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="232"/>
        <source>Show all regions</source>
        <translation>Mostrar todas las regiones</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="248"/>
        <source>Showing %1, the ccTLD of %2.</source>
        <translation>Se muestra %1, el ccTLD de %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="258"/>
        <source>%1 is not a TLD-OPS member; showing %2, of the same country.</source>
        <translation>%1 no es miembro de TLD-OPS; se muestra %2, del mismo país.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="266"/>
        <source>Other regions: %1 more.</source>
        <translation>Otras regiones: %1 más.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="290"/>
        <source>“%1” names an unknown region.</source>
        <translation>«%1» no es una región conocida.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="291"/>
        <source>Regions are AF, AP, EU, LAC, NA and unknown.</source>
        <translation>Las regiones son AF, AP, EU, LAC, NA y desconocida.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="293"/>
        <source>No member in this region.</source>
        <translation>Ningún miembro en esta región.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="298"/>
        <source>No member in region %2 matches “%1”.</source>
        <translation>Ningún miembro de la región %2 coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="303"/>
        <source>No member matches “%1”.</source>
        <translation>Ningún miembro coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="308"/>
        <source>Did you mean “%1”?</source>
        <translation>¿Quería decir «%1»?</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="312"/>
        <source>Enter searches for it.</source>
        <translation>Pulse Intro para buscarlo.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="319"/>
        <source>%1 is in region %2, not in the region shown.</source>
        <translation>%1 está en la región %2, no en la región mostrada.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="329"/>
        <source>Matches in other regions: %1.</source>
        <translation>Coincidencias en otras regiones: %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="338"/>
        <source>Try fewer words, or part of a word.</source>
        <translation>Pruebe con menos palabras o con parte de una palabra.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="340"/>
        <source>Try part of a word, or another spelling.</source>
        <translation>Pruebe con parte de una palabra u otra grafía.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="344"/>
        <source>Search by ccTLD (.de, рф), domain (nic.de), country in any language, person&apos;s name, email or phone digits.</source>
        <translation>Busque por ccTLD (.de, рф), dominio (nic.de), país en cualquier idioma, nombre de persona, correo o cifras del teléfono.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="359"/>
        <source>Unknown region</source>
        <translation>Región desconocida</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="362"/>
        <source>%1 members</source>
        <translation>%1 miembros</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="365"/>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="368"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="213"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="223"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="224"/>
        <source>Trusted list</source>
        <translation>Lista de confianza</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="225"/>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="328"/>
        <source>Monitoring tools</source>
        <translation>Herramientas de monitoreo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="226"/>
        <source>Data and key</source>
        <translation>Datos y clave</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="247"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="252"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="253"/>
        <source>A new language applies after a restart.</source>
        <translation>El nuevo idioma se aplica tras reiniciar.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="256"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="257"/>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="264"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="259"/>
        <source>Clear the clipboard after</source>
        <translation>Vaciar el portapapeles después de</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="260"/>
        <source>Clear copied values &amp;after:</source>
        <translation>Borrar lo copiado &amp;después de:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="263"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="266"/>
        <source>Lock after minutes without input</source>
        <translation>Minutos sin actividad antes de bloquear</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="267"/>
        <source>L&amp;ock after no input for:</source>
        <translation>&amp;Bloquear tras inactividad de:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="268"/>
        <source>Check remembered mailboxes for new editions at &amp;start</source>
        <translation>Comprobar al i&amp;niciar si hay ediciones nuevas en los buzones recordados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="272"/>
        <source>In the background, after the contacts open; choose the mailboxes with File &gt; Find my mail…</source>
        <translation>En segundo plano, después de abrir los contactos; elija los buzones en Archivo &gt; Buscar mi correo…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="286"/>
        <source>An edition is trusted only when it came through this mailing list. Change these only if the TLD-OPS list itself moves.</source>
        <translation>Una edición es de confianza solo si llegó a través de esta lista de correo. Cambie estos valores solo si la propia lista TLD-OPS cambia de dirección.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="297"/>
        <source>List-&amp;Id:</source>
        <translation>List-&amp;Id:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="298"/>
        <source>List &amp;address:</source>
        <translation>Dirección de la &amp;lista:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="299"/>
        <source>&amp;Bounce address (Sender):</source>
        <translation>Dirección de re&amp;bote (Sender):</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="301"/>
        <source>&amp;Reset to the TLD-OPS list</source>
        <translation>&amp;Restablecer la lista TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="312"/>
        <source>Web tools offered for the selected ccTLD; {tld} stands for it. They open in your browser only when you choose one.</source>
        <translation>Herramientas web ofrecidas para el ccTLD seleccionado; {tld} lo representa. Se abren en su navegador solo cuando usted elige una.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="319"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="319"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="333"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="334"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="335"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="336"/>
        <source>Reset to &amp;defaults</source>
        <translation>Restablecer &amp;valores predeterminados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="351"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="352"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="357"/>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="360"/>
        <source>Database key:</source>
        <translation>Clave de la base de datos:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="363"/>
        <source>Keep the key in the system &amp;keyring…</source>
        <translation>Guardar la clave en el &amp;llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="398"/>
        <source>New tool</source>
        <translation>Nueva herramienta</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="440"/>
        <source>Monitoring tool {row}: give it a name and a web address (https://…) containing {{tld}}.</source>
        <translation>Herramienta de monitoreo {row}: indique un nombre y una dirección web (https://…) que contenga {{tld}}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="457"/>
        <source>kept in the system keyring: the contacts open without a passphrase.</source>
        <translation>guardada en el llavero del sistema: los contactos se abren sin frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="459"/>
        <source>a passphrase, asked for at every start.</source>
        <translation>una frase de contraseña, solicitada en cada inicio.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="461"/>
        <source>open the contacts to change how they are protected.</source>
        <translation>abra los contactos para cambiar cómo se protegen.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="467"/>
        <source>The data folder cannot be written: its protection cannot change now.</source>
        <translation>No se puede escribir en la carpeta de datos: su protección no puede cambiar ahora.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="471"/>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="473"/>
        <source>Use a &amp;passphrase…</source>
        <translation>Usar una &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="478"/>
        <source>Keep the key in the system keyring</source>
        <translation>Guardar la clave en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="489"/>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="489"/>
        <source>Protect with a passphrase</source>
        <translation>Proteger con una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="511"/>
        <source>The database key was changed.</source>
        <translation>Se cambió la clave de la base de datos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="534"/>
        <source>The List-Id and both addresses are needed to recognise the list.</source>
        <translation>Se necesitan el List-Id y ambas direcciones para reconocer la lista.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="541"/>
        <source>The List-Id is a name with dots, without spaces or angle brackets (tld-ops.lists.dns-oarc.net), and both addresses are mail addresses (name@domain). Check them.</source>
        <translation>El List-Id es un nombre con puntos, sin espacios ni corchetes angulares (tld-ops.lists.dns-oarc.net), y ambas direcciones son direcciones de correo (nombre@dominio). Compruébelas.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="560"/>
        <source>The settings could not be saved in {file}: they apply until TLD-OPS Desktop is closed. Check that this file and its folder can be written by you.</source>
        <translation>No se pudieron guardar los ajustes en {file}: se aplican hasta que se cierre TLD-OPS Desktop. Compruebe que puede escribir en este archivo y en su carpeta.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="67"/>
        <source>Protect the TLD-OPS contacts</source>
        <translation>Proteger los contactos de TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="67"/>
        <source>Unlock TLD-OPS</source>
        <translation>Desbloquear TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="137"/>
        <source>No system keyring is available to keep the database key. Choose a passphrase for the new contacts database in {folder}. It cannot be recovered: if you forget it, import the repository emails again into a new data folder.</source>
        <translation>No hay ningún llavero del sistema disponible para guardar la clave de la base de datos. Elija una frase de contraseña para la nueva base de datos de contactos en {folder}. No se puede recuperar: si la olvida, vuelva a importar los correos del repositorio en una nueva carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="148"/>
        <source>The contacts database in {folder} is protected by a passphrase. Type it to open the contacts.</source>
        <translation>La base de datos de contactos en {folder} está protegida con una frase de contraseña. Escríbala para abrir los contactos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="77"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="80"/>
        <source>at least {count} characters</source>
        <translation>al menos {count} caracteres</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="82"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="86"/>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="88"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="97"/>
        <source>Unlock problem</source>
        <translation>Problema al desbloquear</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="101"/>
        <source>Forgotten it? It cannot be recovered. Start again from your mailbox: a new data folder, into which you import the repository emails again. The current folder is kept, renamed, with everything in it; nothing is deleted.</source>
        <translation>¿La ha olvidado? No se puede recuperar. Empiece de nuevo desde su buzón: una nueva carpeta de datos, en la que vuelva a importar los correos del repositorio. La carpeta actual se conserva, con otro nombre y con todo su contenido; no se borra nada.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="114"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="114"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="115"/>
        <source>Start a &amp;new data folder…</source>
        <translation>Empezar una &amp;nueva carpeta de datos…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="131"/>
        <source>A new, empty data folder is ready in {folder}. The previous one is kept, untouched, as {kept}. Choose a passphrase for the new contacts database, then import the repository emails again. It cannot be recovered: keep it safe.</source>
        <translation>Una nueva carpeta de datos vacía está lista en {folder}. La anterior se conserva, intacta, como {kept}. Elija una frase de contraseña para la nueva base de datos de contactos y vuelva a importar los correos del repositorio. No se puede recuperar: guárdela bien.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="143"/>
        <source>The file that says how the contacts database in {folder} is protected (keyinfo.json) is missing, and the system keyring holds no key for it. If it is protected by a passphrase, type it to open the contacts.</source>
        <translation>Falta el archivo que indica cómo está protegida la base de datos de contactos de {folder} (keyinfo.json), y el llavero del sistema no guarda ninguna clave para ella. Si está protegida con una frase de contraseña, escríbala para abrir los contactos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="168"/>
        <source>Type the passphrase.</source>
        <translation>Escriba la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="173"/>
        <source>A passphrase needs at least {count} characters: a few words are easy to remember and hard to guess.</source>
        <translation>La frase de contraseña necesita al menos {count} caracteres: unas cuantas palabras son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="181"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Las dos frases de contraseña no coinciden. Escriba la misma frase dos veces.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="207"/>
        <source>This passphrase does not open the database. Check it (Caps Lock?) and try again.</source>
        <translation>Esta frase de contraseña no abre la base de datos. Revísela (¿Bloq Mayús activado?) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="235"/>
        <source>The passphrase given in the environment (TLDOPS_PASSPHRASE or its file) does not open the database. Type the passphrase.</source>
        <translation>La frase de contraseña indicada en el entorno (TLDOPS_PASSPHRASE o su archivo) no abre la base de datos. Escriba la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="321"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="324"/>
        <source>The key of the contacts in {folder} is kept in the system keyring, which is not available now (locked, or not answering). Unlock your desktop session&apos;s keyring, then try again: the key is still kept there.</source>
        <translation>La clave de los contactos de {folder} se guarda en el llavero del sistema, que ahora no está disponible (bloqueado, o no responde). Desbloquee el llavero de su sesión de escritorio y vuelva a intentarlo: la clave sigue guardada allí.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="330"/>
        <source>Or start again from your mailbox: a new data folder, protected by a passphrase, into which you import the repository emails again. The current folder is kept, renamed, with everything in it; nothing is deleted.</source>
        <translation>O empiece de nuevo desde su buzón: una nueva carpeta de datos, protegida con una frase de contraseña, en la que vuelva a importar los correos del repositorio. La carpeta actual se conserva, con otro nombre y con todo su contenido; no se borra nada.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="337"/>
        <source>The system keyring no longer holds the key of the contacts in {folder}, so they cannot be opened. If you restore the keyring from a backup, the key may come back with it.</source>
        <translation>El llavero del sistema ya no guarda la clave de los contactos de {folder}, así que no se pueden abrir. Si restaura el llavero desde una copia de seguridad, la clave puede volver con él.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="343"/>
        <source>To carry on, start again from your mailbox: a new data folder, protected by a passphrase, into which you import the repository emails again. The current folder is kept, renamed, with everything in it; nothing is deleted.</source>
        <translation>Para continuar, empiece de nuevo desde su buzón: una nueva carpeta de datos, protegida con una frase de contraseña, en la que vuelva a importar los correos del repositorio. La carpeta actual se conserva, con otro nombre y con todo su contenido; no se borra nada.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="351"/>
        <source>Start a new data folder…</source>
        <translation>Empezar una nueva carpeta de datos…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="357"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="363"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="365"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="47"/>
        <source>This key or passphrase does not open the contacts.</source>
        <translation>Esta clave o frase de contraseña no abre los contactos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="50"/>
        <source>The contacts are in use by another import or window.</source>
        <translation>Los contactos están en uso por otra importación u otra ventana.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="53"/>
        <source>The disk is full.</source>
        <translation>El disco está lleno.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="54"/>
        <source>The data folder cannot be written.</source>
        <translation>No se puede escribir en la carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="57"/>
        <source>The contacts database is damaged.</source>
        <translation>La base de datos de contactos está dañada.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="58"/>
        <source>The system keyring is not available.</source>
        <translation>El llavero del sistema no está disponible.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="61"/>
        <source>The system keyring no longer holds the key of the contacts.</source>
        <translation>El llavero del sistema ya no contiene la clave de los contactos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="64"/>
        <source>A passphrase is needed to open the contacts.</source>
        <translation>Se necesita una frase de contraseña para abrir los contactos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="67"/>
        <source>These contacts were saved by a newer version of TLD-OPS Desktop.</source>
        <translation>Estos contactos se guardaron con una versión más reciente de TLD-OPS Desktop.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="70"/>
        <source>The file could not be written.</source>
        <translation>No se pudo escribir el archivo.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="71"/>
        <source>This backup is damaged.</source>
        <translation>Esta copia de seguridad está dañada.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="72"/>
        <source>This backup was made with another key.</source>
        <translation>Esta copia de seguridad se hizo con otra clave.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="75"/>
        <source>This backup cannot be read.</source>
        <translation>No se puede leer esta copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="76"/>
        <source>There is no backup to restore.</source>
        <translation>No hay ninguna copia de seguridad que restaurar.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="77"/>
        <source>The contacts database could not be opened.</source>
        <translation>No se pudo abrir la base de datos de contactos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="80"/>
        <source>A file or folder could not be used.</source>
        <translation>No se pudo usar un archivo o una carpeta.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="81"/>
        <source>The data folder&apos;s files cannot be read: they may belong to another user.</source>
        <translation>No se pueden leer los archivos de la carpeta de datos: puede que pertenezcan a otro usuario.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="84"/>
        <source>Printing failed.</source>
        <translation>Error al imprimir.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="85"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="88"/>
        <source>An empty passphrase is not allowed.</source>
        <translation>No se admite una frase de contraseña vacía.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="91"/>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="94"/>
        <source>The list of remembered mailboxes cannot be read.</source>
        <translation>No se puede leer la lista de buzones recordados.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="97"/>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="100"/>
        <source>The key information of the contacts cannot be read.</source>
        <translation>No se puede leer la información de la clave de los contactos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="103"/>
        <source>An earlier change of key was interrupted.</source>
        <translation>Se interrumpió un cambio de clave anterior.</translation>
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
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="26"/>
        <source>TLD-OPS Desktop logo</source>
        <translation>Logotipo de TLD-OPS Desktop</translation>
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
        <translation>Los contactos de respuesta a incidentes de todos los ccTLD miembros de TLD-OPS, en este equipo, cifrados y utilizables sin red.

Para empezar, deje que la aplicación busque el buzón donde llega el correo mensual del repositorio (Thunderbird, Apple Mail, Outlook, Evolution, KMail, Claws Mail), o importe usted mismo el último correo: un archivo .eml guardado, o su buzón (mbox, Maildir o carpeta MH). También puede soltarlo en esta ventana.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="50"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="54"/>
        <source>Import the latest monthly email</source>
        <translation>Importar el último correo mensual</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="57"/>
        <source>Find my mail…</source>
        <translation>Buscar mi correo…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="63"/>
        <source>Look for the mailboxes of your mail program and pick the one to import</source>
        <translation>Buscar los buzones de su programa de correo y elegir el que se importará</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="65"/>
        <source>Find my mail</source>
        <translation>Buscar mi correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="68"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="75"/>
        <source>Try demo data</source>
        <translation>Probar con datos de demostración</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="73"/>
        <source>Invented contacts, kept apart from your real data, to try the app</source>
        <translation>Contactos ficticios, separados de sus datos reales, para probar la aplicación</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="78"/>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="110"/>
        <source>Find &amp;my mail…</source>
        <translation>Buscar &amp;mi correo…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="114"/>
        <source>Find the mailbox where the monthly email arrives, and import from it</source>
        <translation>Buscar el buzón donde llega el correo mensual e importar desde él</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="118"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Importar archivo…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="122"/>
        <source>Import a saved repository email or an mbox file</source>
        <translation>Importar un correo del repositorio guardado o un archivo mbox</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="126"/>
        <source>Import &amp;folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="130"/>
        <source>Import a mail folder (Maildir, MH or a folder of .eml files)</source>
        <translation>Importar una carpeta de correo (Maildir, MH o una carpeta de archivos .eml)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="134"/>
        <source>&amp;Export vCards…</source>
        <translation>&amp;Exportar vCards…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="138"/>
        <source>Export contacts as vCards for a phone</source>
        <translation>Exportar contactos como vCards para un teléfono</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="142"/>
        <source>&amp;Print emergency sheet…</source>
        <translation>Im&amp;primir hoja de emergencia…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="146"/>
        <source>Print the contacts shown, for the paper copy</source>
        <translation>Imprimir los contactos mostrados, para la copia en papel</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="150"/>
        <source>Save sheet as P&amp;DF…</source>
        <translation>Guardar hoja como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="154"/>
        <source>Save the emergency sheet of the contacts shown as a PDF</source>
        <translation>Guardar la hoja de emergencia de los contactos mostrados como PDF</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="158"/>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="166"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="170"/>
        <source>Go to the search field</source>
        <translation>Ir al campo de búsqueda</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="174"/>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="178"/>
        <source>Editions and what changed between them</source>
        <translation>Ediciones y lo que cambió entre ellas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="182"/>
        <source>&amp;Check for new editions</source>
        <translation>&amp;Comprobar si hay ediciones nuevas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="186"/>
        <source>Look for a new monthly email in the remembered mailboxes</source>
        <translation>Buscar un correo mensual nuevo en los buzones recordados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="190"/>
        <source>&amp;Copy all</source>
        <translation>&amp;Copiar todo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="194"/>
        <source>Copy every contact of the selected member as plain text</source>
        <translation>Copiar todos los contactos del miembro seleccionado como texto sin formato</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="198"/>
        <source>Copy &amp;phone number</source>
        <translation>Copiar número de &amp;teléfono</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="203"/>
        <source>Copy the number to dial, in international form, of the contact with the keyboard focus (the primary contact otherwise)</source>
        <translation>Copiar el número que hay que marcar, en formato internacional, del contacto que tiene el foco del teclado (si no, del contacto principal)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="209"/>
        <source>Copy &amp;email address</source>
        <translation>Copiar dirección de corr&amp;eo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="214"/>
        <source>Copy the email address of the contact with the keyboard focus (the primary contact otherwise)</source>
        <translation>Copiar la dirección de correo del contacto que tiene el foco del teclado (si no, del contacto principal)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="220"/>
        <source>Show &amp;QR code…</source>
        <translation>Mostrar código &amp;QR…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="224"/>
        <source>Show a contact as a QR code to scan with a phone</source>
        <translation>Mostrar un contacto como código QR para escanearlo con un teléfono</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="228"/>
        <source>&amp;Monitoring tools…</source>
        <translation>&amp;Herramientas de monitoreo…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="232"/>
        <source>Open a monitoring tool for the selected ccTLD in the browser</source>
        <translation>Abrir en el navegador una herramienta de monitoreo para el ccTLD seleccionado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="236"/>
        <source>&amp;Non-members and coverage…</source>
        <translation>&amp;No miembros y cobertura…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="240"/>
        <source>The ccTLDs that are not TLD-OPS members yet, by region</source>
        <translation>Los ccTLD que aún no son miembros de TLD-OPS, por región</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="244"/>
        <source>Request a contact &amp;update…</source>
        <translation>Solicitar una &amp;actualización de contactos…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="248"/>
        <source>Prepare the email that updates the selected member&apos;s contacts</source>
        <translation>Preparar el correo que actualiza los contactos del miembro seleccionado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="252"/>
        <source>Request to &amp;join TLD-OPS…</source>
        <translation>Solicitar la a&amp;dhesión a TLD-OPS…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="256"/>
        <source>Prepare the email with which a ccTLD joins TLD-OPS</source>
        <translation>Preparar el correo con el que un ccTLD se une a TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="260"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="264"/>
        <source>Put back the contacts as they were before an import</source>
        <translation>Devolver los contactos al estado en que estaban antes de una importación</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="268"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="272"/>
        <source>Hide the contacts until unlocked again</source>
        <translation>Ocultar los contactos hasta volver a desbloquear</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="276"/>
        <source>&amp;About TLD-OPS Desktop</source>
        <translation>&amp;Acerca de TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="288"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="296"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="298"/>
        <source>&amp;Member</source>
        <translation>&amp;Miembro</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="300"/>
        <source>Monitoring &amp;tools</source>
        <translation>&amp;Herramientas de monitoreo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="307"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="312"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
</context>
<context>
    <name>_ValueLabel</name>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="316"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
</TS>
