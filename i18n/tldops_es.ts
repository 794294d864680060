<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="101"/>
        <source>Coverage over the editions</source>
        <translation>Cobertura a lo largo de las ediciones</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="114"/>
        <source>%1 editions; coverage in %2: %3</source>
        <translation>%1 ediciones; cobertura en %2: %3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="120"/>
        <location filename="../tldops_desktop/gui/community.py" line="167"/>
        <source>No editions yet</source>
        <translation>Aún no hay ediciones</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="203"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="61"/>
        <source>TLD-OPS Desktop: internal error</source>
        <translation>TLD-OPS Desktop: error interno</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="66"/>
        <source>Something went wrong inside TLD-OPS Desktop. This is a bug, not something you did. Your contacts database was not changed by this error. You can keep working; if the window misbehaves, restart the app.</source>
        <translation>Algo falló dentro de TLD-OPS Desktop. Es un error del programa, no algo que usted haya hecho. Este error no modificó su base de datos de contactos. Puede seguir trabajando; si la ventana se comporta de forma extraña, reinicie la aplicación.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="74"/>
        <source>The details were written to {path}.</source>
        <translation>Los detalles se guardaron en {path}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="76"/>
        <source>The details could not be written to a log file.</source>
        <translation>No se pudieron guardar los detalles en un archivo de registro.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="85"/>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="89"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="120"/>
        <source>Member details</source>
        <translation>Detalles del miembro</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="167"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="175"/>
        <source>Copy all</source>
        <translation>Copiar todo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="176"/>
        <source>Copy every contact of this member as plain text</source>
        <translation>Copiar todos los contactos de este miembro como texto sin formato</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="177"/>
        <source>Copy all contacts</source>
        <translation>Copiar todos los contactos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="180"/>
        <source>Monitoring tools</source>
        <translation>Herramientas de monitoreo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="184"/>
        <source>Monitoring tools for this ccTLD</source>
        <translation>Herramientas de monitoreo para este ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="193"/>
        <source>This member lists no contacts.</source>
        <translation>Este miembro no indica ningún contacto.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="203"/>
        <source>all contacts of %1</source>
        <translation>todos los contactos de %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="220"/>
        <source>region %1</source>
        <translation>región %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="223"/>
        <source>region %1 (from the ccTLD table, not the email)</source>
        <translation>región %1 (según la tabla de ccTLD, no el correo)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="235"/>
        <source>Select a member to see its contacts.</source>
        <translation>Seleccione un miembro para ver sus contactos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="262"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="262"/>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="266"/>
        <source>Changed in the latest edition</source>
        <translation>Modificado en la última edición</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="276"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="278"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="280"/>
        <source>This does not look like an email address; check it.</source>
        <translation>Esto no parece una dirección de correo; verifíquela.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="285"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="291"/>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="297"/>
        <source>Could not be read as an international number; dial as written.</source>
        <translation>No se pudo interpretar como número internacional; márquelo tal como está escrito.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="350"/>
        <source>%1 of the %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="351"/>
        <location filename="../tldops_desktop/gui/detail.py" line="352"/>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="54"/>
        <source>Export contacts as vCards</source>
        <translation>Exportar contactos como vCards</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="65"/>
        <source>Which members</source>
        <translation>Qué miembros</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="70"/>
        <source>&amp;Selected member ({members} members, {contacts} contacts)</source>
        <translation>Miembro &amp;seleccionado ({members} miembros, {contacts} contactos)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="73"/>
        <source>Current search &amp;results ({members} members, {contacts} contacts)</source>
        <translation>&amp;Resultados de la búsqueda actual ({members} miembros, {contacts} contactos)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="75"/>
        <source>&amp;All members ({members} members, {contacts} contacts)</source>
        <translation>&amp;Todos los miembros ({members} miembros, {contacts} contactos)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="94"/>
        <source>vCard 3.0 (most phones and address books)</source>
        <translation>vCard 3.0 (la mayoría de los teléfonos y libretas de direcciones)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="95"/>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="96"/>
        <source>vCard version</source>
        <translation>Versión de vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="97"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="98"/>
        <source>One &amp;file with every contact</source>
        <translation>Un &amp;archivo con todos los contactos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="99"/>
        <source>One file &amp;per contact, in a folder</source>
        <translation>Un archivo &amp;por contacto, en una carpeta</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="104"/>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="105"/>
        <source>Put the &amp;ccTLD before names (“.de Anna Jansen”)</source>
        <translation>Poner el &amp;ccTLD antes del nombre (“.de Anna Jansen”)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="107"/>
        <source>Makes TLD-OPS contacts easy to find and tell apart in a phone&apos;s list.</source>
        <translation>Facilita encontrar y distinguir los contactos de TLD-OPS en la lista del teléfono.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="117"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="153"/>
        <source>Folder for the vCard files</source>
        <translation>Carpeta para los archivos vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="158"/>
        <source>Save the vCards</source>
        <translation>Guardar las vCards</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="160"/>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="184"/>
        <source>{contacts} contact(s) written to {target}.</source>
        <translation>Se exportaron {contacts} contacto(s) a {target}.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="52"/>
        <source>Edition history</source>
        <translation>Historial de ediciones</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="62"/>
        <source>Editions</source>
        <translation>Ediciones</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="65"/>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="66"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="67"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="68"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="69"/>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="70"/>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="88"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="88"/>
        <source>no — not from the list</source>
        <translation>no — no llegó por la lista</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="89"/>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="106"/>
        <source>Older edition</source>
        <translation>Edición anterior</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="108"/>
        <source>Newer edition</source>
        <translation>Edición más reciente</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="110"/>
        <source>(untrusted)</source>
        <translation>(no confiable)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="113"/>
        <source>Changes &amp;from</source>
        <translation>Cambios &amp;desde</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="115"/>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="128"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="131"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="131"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="131"/>
        <source>Old</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="131"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="186"/>
        <source>Import a second edition to see what changed from one month to the next.</source>
        <translation>Importe una segunda edición para ver qué cambió de un mes a otro.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="188"/>
        <source>Choose two editions.</source>
        <translation>Elija dos ediciones.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="192"/>
        <source>Choose two different editions.</source>
        <translation>Elija dos ediciones distintas.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="196"/>
        <source>This edition is no longer in the database.</source>
        <translation>Esta edición ya no está en la base de datos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="208"/>
        <source>No changes from {old} to {new}.</source>
        <translation>Sin cambios de {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="215"/>
        <source>From {old} to {new}: {joined} member(s) joined, {left} left, {changed} changed ({contacts} contact change(s)).</source>
        <translation>De {old} a {new}: {joined} miembro(s) incorporado(s), {left} retirado(s), {changed} modificado(s) ({contacts} cambio(s) de contacto).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="227"/>
        <source>Joined</source>
        <translation>Incorporados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="228"/>
        <source>Left</source>
        <translation>Retirados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="229"/>
        <source>Changed</source>
        <translation>Modificados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="268"/>
        <source>Contact added</source>
        <translation>Contacto agregado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="278"/>
        <source>Contact removed</source>
        <translation>Contacto eliminado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="287"/>
        <source>Contact changed: {name}</source>
        <translation>Contacto modificado: {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="308"/>
        <source>position</source>
        <translation>posición</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="309"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="310"/>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="311"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="312"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="313"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="325"/>
        <source>{count} contact(s)</source>
        <translation>{count} contacto(s)</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="46"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="61"/>
        <source>Looking for repository emails in {count} location(s)…</source>
        <translation>Buscando correos del repositorio en {count} ubicación(es)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="69"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="71"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="75"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="105"/>
        <source>Cancelling… nothing will be stored.</source>
        <translation>Cancelando… no se guardará nada.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="129"/>
        <source>{scanned} of {total}</source>
        <translation>{scanned} de {total}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="137"/>
        <source>{size} · {messages} messages · {editions} edition(s) found</source>
        <translation>{size} · {messages} mensajes · {editions} edición(es) encontrada(s)</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="81"/>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="98"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="97"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="97"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="107"/>
        <source>Import anyway…</source>
        <translation>Importar de todos modos…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="121"/>
        <source>The import stopped: {error}</source>
        <translation>La importación se detuvo: {error}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="128"/>
        <source>Editions added</source>
        <translation>Ediciones agregadas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="130"/>
        <source>Already present</source>
        <translation>Ya presentes</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="134"/>
        <source>Not sent through the TLD-OPS list</source>
        <translation>No enviadas a través de la lista TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="138"/>
        <source>imported as untrusted; </source>
        <translation>importada como no confiable; </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="148"/>
        <source>Conflicts (same edition, different content)</source>
        <translation>Conflictos (misma edición, contenido distinto)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="153"/>
        <source>{source}: differs from the copy already stored ({existing}); the stored copy was kept</source>
        <translation>{source}: difiere de la copia ya guardada ({existing}); se conservó la copia guardada</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="164"/>
        <source>Lines not understood</source>
        <translation>Líneas no reconocidas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="167"/>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="180"/>
        <source>{stamp}, line {line}</source>
        <translation>{stamp}, línea {line}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="177"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="190"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="199"/>
        <source>{count} edition(s) did not come through the TLD-OPS list and were not imported. Anyone can send an email that looks like the repository.</source>
        <translation>{count} edición(es) no llegaron a través de la lista TLD-OPS y no se importaron. Cualquiera puede enviar un correo que parezca el del repositorio.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="212"/>
        <source>Scanned {messages} messages ({size}); found {found} edition(s): {added} added, {present} already present.</source>
        <translation>Se analizaron {messages} mensajes ({size}); se encontraron {found} edición(es): {added} agregada(s), {present} ya presente(s).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="222"/>
        <source>This was a trial run: nothing was stored.</source>
        <translation>Fue una prueba: no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="225"/>
        <source>No repository email was found. Choose the mailbox or the saved email whose subject is “TLD-OPS Incident Response Community Repository &lt;…&gt;”.</source>
        <translation>No se encontró ningún correo del repositorio. Elija el buzón o el correo guardado cuyo asunto es “TLD-OPS Incident Response Community Repository &lt;…&gt;”.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="265"/>
        <source>Import untrusted editions?</source>
        <translation>¿Importar ediciones no confiables?</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="268"/>
        <source>These editions were not sent through the TLD-OPS mailing list. Anyone can send an email that looks like the repository, with false phone numbers or addresses.</source>
        <translation>Estas ediciones no se enviaron a través de la lista de correo TLD-OPS. Cualquiera puede enviar un correo que parezca el del repositorio, con números de teléfono o direcciones falsos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="274"/>
        <source>Import them only if you know where they came from. They are stored marked as untrusted and never become the current edition while a trusted one exists.</source>
        <translation>Impórtelas solo si sabe de dónde proceden. Se guardan marcadas como no confiables y nunca pasan a ser la edición actual mientras exista una de confianza.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="279"/>
        <source>Import anyway</source>
        <translation>Importar de todos modos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="167"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Importar archivo…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="171"/>
        <source>Import a saved repository email or an mbox file</source>
        <translation>Importar un correo del repositorio guardado o un archivo mbox</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="175"/>
        <source>Import &amp;folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="179"/>
        <source>Import a mail folder (Maildir, MH or a folder of .eml files)</source>
        <translation>Importar una carpeta de correo (Maildir, MH o una carpeta de archivos .eml)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="183"/>
        <source>&amp;Export vCards…</source>
        <translation>&amp;Exportar vCards…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="187"/>
        <source>Export contacts as vCards for a phone</source>
        <translation>Exportar contactos como vCards para un teléfono</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="191"/>
        <source>&amp;Print emergency sheet…</source>
        <translation>Im&amp;primir hoja de emergencia…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="195"/>
        <source>Print the contacts shown, for the paper copy</source>
        <translation>Imprimir los contactos mostrados, para la copia en papel</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="199"/>
        <source>Save sheet as P&amp;DF…</source>
        <translation>Guardar hoja como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="203"/>
        <source>Save the emergency sheet of the contacts shown as a PDF</source>
        <translation>Guardar la hoja de emergencia de los contactos mostrados como PDF</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="207"/>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="212"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="215"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="219"/>
        <source>Go to the search field</source>
        <translation>Ir al campo de búsqueda</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="223"/>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="227"/>
        <source>Editions and what changed between them</source>
        <translation>Ediciones y lo que cambió entre ellas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="230"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="234"/>
        <source>&amp;Copy all</source>
        <translation>&amp;Copiar todo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="238"/>
        <source>Copy every contact of the selected member as plain text</source>
        <translation>Copiar todos los contactos del miembro seleccionado como texto sin formato</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="242"/>
        <source>Show &amp;QR code…</source>
        <translation>Mostrar código &amp;QR…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="246"/>
        <source>Show a contact as a QR code to scan with a phone</source>
        <translation>Mostrar un contacto como código QR para escanearlo con un teléfono</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="250"/>
        <source>&amp;Monitoring tools…</source>
        <translation>&amp;Herramientas de monitoreo…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="254"/>
        <source>Open a monitoring tool for the selected ccTLD in the browser</source>
        <translation>Abrir en el navegador una herramienta de monitoreo para el ccTLD seleccionado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="258"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="262"/>
        <source>Hide the contacts until unlocked again</source>
        <translation>Ocultar los contactos hasta volver a desbloquear</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="266"/>
        <source>&amp;About TLD-OPS Desktop</source>
        <translation>&amp;Acerca de TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="278"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="286"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="288"/>
        <source>&amp;Member</source>
        <translation>&amp;Miembro</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="290"/>
        <source>Monitoring &amp;tools</source>
        <translation>&amp;Herramientas de monitoreo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="296"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="301"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="331"/>
        <source>Freshness warning</source>
        <translation>Aviso de datos desactualizados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="332"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="333"/>
        <source>Import the latest monthly email</source>
        <translation>Importar el último correo mensual</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="344"/>
        <source>Search ccTLD, country, name, email or phone (Ctrl+F)</source>
        <translation>Buscar ccTLD, país, nombre, correo o teléfono (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="348"/>
        <source>Search members</source>
        <translation>Buscar miembros</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="351"/>
        <source>Type a ccTLD, country, name, email or phone digits; Up and Down move in the list, Enter shows the contacts, Escape clears</source>
        <translation>Escriba un ccTLD, país, nombre, correo o dígitos de teléfono; Arriba y Abajo recorren la lista, Intro muestra los contactos, Esc borra la búsqueda</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="364"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="367"/>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="589"/>
        <source>Unknown region</source>
        <translation>Región desconocida</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="368"/>
        <source>Region filter</source>
        <translation>Filtro de región</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="369"/>
        <source>Show the members of one ICANN region</source>
        <translation>Mostrar los miembros de una región de ICANN</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="373"/>
        <source>Number of results</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="385"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="429"/>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="963"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="431"/>
        <source>The contacts are hidden because the window was left without input.</source>
        <translation>Los contactos están ocultos porque la ventana quedó sin actividad.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="435"/>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="437"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="449"/>
        <source>Current edition</source>
        <translation>Edición actual</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="451"/>
        <source>Members and contacts</source>
        <translation>Miembros y contactos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="453"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="508"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="510"/>
        <source>(demo)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="512"/>
        <source>edition %1</source>
        <translation>edición %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="521"/>
        <source>Bold: changed since %1</source>
        <translation>Negrita: modificado desde %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="526"/>
        <source>No contacts yet</source>
        <translation>Aún no hay contactos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="530"/>
        <source>Edition %1</source>
        <translation>Edición %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="534"/>
        <source>NOT sent through the list</source>
        <translation>NO enviada a través de la lista</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="536"/>
        <source>demo data, invented people</source>
        <translation>datos de demostración, personas ficticias</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="539"/>
        <source>%1 members · %2 contacts</source>
        <translation>%1 miembros · %2 contactos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="553"/>
        <source>Contacts from %1: import the latest monthly email</source>
        <translation>Contactos del %1: importe el último correo mensual</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="591"/>
        <source>%1 members</source>
        <translation>%1 miembros</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="593"/>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="596"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="718"/>
        <source>Copied %1; the clipboard is cleared in %2 s.</source>
        <translation>Copiado: %1; el portapapeles se vaciará en %2 s.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="720"/>
        <source>Copied %1.</source>
        <translation>Copiado: %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="744"/>
        <source>No monitoring tools (see Settings)</source>
        <translation>No hay herramientas de monitoreo (vea Configuración)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="802"/>
        <source>Import the monthly repository email</source>
        <translation>Importar el correo mensual del repositorio</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="804"/>
        <source>Mail files (*.eml *.mbox *.mbx *.msg *.txt);;All files (*)</source>
        <translation>Archivos de correo (*.eml *.mbox *.mbx *.msg *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="811"/>
        <source>Import a mail folder (Maildir, MH or .eml files)</source>
        <translation>Importar una carpeta de correo (Maildir, MH o archivos .eml)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="932"/>
        <source>About TLD-OPS Desktop</source>
        <translation>Acerca de TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="934"/>
        <source>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;The incident-response contacts of the TLD-OPS member ccTLDs, imported from the monthly repository email and kept encrypted on this computer.&lt;/p&gt;&lt;p&gt;The app never connects to the network: links open in your own mail, phone or browser application, and only when you click them.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;Los contactos de respuesta a incidentes de los ccTLD miembros de TLD-OPS, importados del correo mensual del repositorio y guardados cifrados en este equipo.&lt;/p&gt;&lt;p&gt;La aplicación nunca se conecta a la red: los enlaces se abren en su propia aplicación de correo, teléfono o navegador, y solo cuando usted hace clic en ellos.&lt;/p&gt;&lt;p&gt;Carpeta de datos: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="962"/>
        <source>TLD-OPS Desktop (locked)</source>
        <translation>TLD-OPS Desktop (bloqueado)</translation>
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
        <translation>País</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="115"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="116"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="120"/>
        <source>ICANN region; %1 marks a region taken from the ccTLD table, not from the email</source>
        <translation>Región de ICANN; %1 indica una región tomada de la tabla de ccTLD, no del correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="179"/>
        <source>The email gives no region; %1 comes from the ccTLD table.</source>
        <translation>El correo no indica ninguna región; %1 proviene de la tabla de ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="182"/>
        <source>No region known</source>
        <translation>Región desconocida</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="184"/>
        <source>%1 changed in the latest edition</source>
        <translation>%1 cambió en la última edición</translation>
    </message>
</context>
<context>
    <name>NonMembersDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="227"/>
        <source>ccTLDs not in TLD-OPS yet</source>
        <translation>ccTLD que aún no están en TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="245"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="246"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="249"/>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="257"/>
        <source>ccTLDs that are not members</source>
        <translation>ccTLD que no son miembros</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="259"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="259"/>
        <source>Country or territory</source>
        <translation>País o territorio</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="272"/>
        <source>A ccTLD joins TLD-OPS when its IANA administrative contact asks the ccNSO Secretariat. If you know one of these ccTLDs, invite them; until then, their administrative contact in the IANA root zone database is the fallback.</source>
        <translation>Un ccTLD se une a TLD-OPS cuando su contacto administrativo de IANA lo solicita a la Secretaría de la ccNSO. Si conoce alguno de estos ccTLD, invítelo; mientras tanto, su contacto administrativo en la base de datos de la zona raíz de IANA es la alternativa.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="280"/>
        <source>Coverage over the editions imported</source>
        <translation>Cobertura a lo largo de las ediciones importadas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="288"/>
        <source>Open &amp;IANA page</source>
        <translation>Abrir la página de &amp;IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="291"/>
        <source>The ccTLD&apos;s record in the IANA root zone database, in your web browser</source>
        <translation>El registro del ccTLD en la base de datos de la zona raíz de IANA, en su navegador</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="293"/>
        <source>Prepare &amp;join request…</source>
        <translation>Preparar solicitud de &amp;adhesión…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="308"/>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="309"/>
        <source>Asia Pacific</source>
        <translation>Asia-Pacífico</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="310"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="311"/>
        <source>Latin America and Caribbean</source>
        <translation>América Latina y el Caribe</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="312"/>
        <source>North America</source>
        <translation>América del Norte</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="332"/>
        <source>There are no editions yet. Import a repository email first.</source>
        <translation>Aún no hay ediciones. Primero importe un correo del repositorio.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="339"/>
        <source>Edition %1: %2 of %3 delegated ccTLDs are members (%4); %5 are not yet.</source>
        <translation>Edición %1: %2 de %3 ccTLD delegados son miembros (%4); %5 aún no.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="354"/>
        <source>%1 — %2 of %3 are members (%4); %5 not yet</source>
        <translation>%1 — %2 de %3 son miembros (%4); %5 aún no</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="90"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="91"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="92"/>
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="94"/>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="96"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="97"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="102"/>
        <source>A passphrase cannot be recovered: if it is forgotten, the contacts must be imported again from the monthly emails.</source>
        <translation>Una frase de contraseña no se puede recuperar: si se olvida, habrá que volver a importar los contactos desde los correos mensuales.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="133"/>
        <source>Type the current passphrase.</source>
        <translation>Escriba la frase de contraseña actual.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="136"/>
        <source>Type a new passphrase.</source>
        <translation>Escriba una nueva frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="139"/>
        <source>The two new passphrases differ.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="203"/>
        <source>QR code: {name}</source>
        <translation>Código QR: {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="207"/>
        <source>Point the phone&apos;s camera at the code to add {name} ({cctld}) as a contact.</source>
        <translation>Apunte la cámara del teléfono al código para agregar a {name} ({cctld}) como contacto.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="216"/>
        <source>QR code of {name}</source>
        <translation>Código QR de {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="224"/>
        <source>&amp;Save as PNG or SVG…</source>
        <translation>&amp;Guardar como PNG o SVG…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="250"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="250"/>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="252"/>
        <source>Save the QR code</source>
        <translation>Guardar el código QR</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="485"/>
        <source>The request goes to the ccNSO Secretariat and must be sent by, or copied to, the ccTLD&apos;s administrative contact in the IANA root zone database. This application sends nothing: the email opens in your mail client, or is saved as an .eml file to send later. The email itself is in English, as the Secretariat expects.</source>
        <translation>La solicitud se dirige a la Secretaría de la ccNSO y debe enviarla el contacto administrativo del ccTLD en la base de datos de la zona raíz de IANA, o bien ir con copia a dicho contacto. Esta aplicación no envía nada: el correo se abre en su cliente de correo o se guarda como archivo .eml para enviarlo más tarde. El correo en sí está en inglés, como espera la Secretaría.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="498"/>
        <source>Join TLD-OPS</source>
        <translation>Unirse a TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="499"/>
        <source>Update the contacts of a member</source>
        <translation>Actualizar los contactos de un miembro</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="500"/>
        <source>&amp;Request</source>
        <translation>&amp;Solicitud</translation>
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
        <translation>Contacto 1 (principal)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="512"/>
        <source>Contact 2 (secondary)</source>
        <translation>Contacto 2 (secundario)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="513"/>
        <source>Contact 3</source>
        <translation>Contacto 3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="520"/>
        <source>+&lt;country code&gt; &lt;number&gt;</source>
        <translation>+&lt;código de país&gt; &lt;número&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="521"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="522"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="523"/>
        <source>Mobile phone</source>
        <translation>Teléfono móvil</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="531"/>
        <source>IANA administrative contact</source>
        <translation>Contacto administrativo de IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="532"/>
        <source>Look up at IANA</source>
        <translation>Consultar en IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="535"/>
        <source>Open the ccTLD&apos;s record in the IANA root zone database in your browser</source>
        <translation>Abrir en el navegador el registro del ccTLD en la base de datos de la zona raíz de IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="540"/>
        <source>IANA &amp;administrative contact</source>
        <translation>Contacto &amp;administrativo de IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="545"/>
        <source>Your &amp;name (signature)</source>
        <translation>Su &amp;nombre (firma)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="555"/>
        <source>&amp;Fill from current edition</source>
        <translation>Co&amp;mpletar con la edición actual</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="557"/>
        <source>&amp;Open in mail client</source>
        <translation>Abrir en el cliente de &amp;correo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="560"/>
        <source>&amp;Save as .eml…</source>
        <translation>&amp;Guardar como .eml…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="622"/>
        <source>Request to join TLD-OPS</source>
        <translation>Solicitud de adhesión a TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="624"/>
        <source>Update TLD-OPS contacts</source>
        <translation>Actualización de contactos de TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="637"/>
        <source>Not a ccTLD label.</source>
        <translation>No es una etiqueta de ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="639"/>
        <source>Not a delegated ccTLD.</source>
        <translation>No es un ccTLD delegado.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="644"/>
        <source>%1: a member as of edition %2.</source>
        <translation>%1: miembro según la edición %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="650"/>
        <source>%1: not a member as of edition %2.</source>
        <translation>%1: no es miembro según la edición %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="677"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="684"/>
        <source>Choose join or update.</source>
        <translation>Elija unirse o actualizar.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="685"/>
        <source>“%1” is not a ccTLD (try .de, .рф or xn--p1ai).</source>
        <translation>“%1” no es un ccTLD (pruebe .de, .рф o xn--p1ai).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="686"/>
        <source>%1 is not a delegated ccTLD.</source>
        <translation>%1 no es un ccTLD delegado.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="687"/>
        <source>.%1 is already a member: choose Update.</source>
        <translation>.%1 ya es miembro: elija Actualizar.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="688"/>
        <source>.%1 is not a member yet: choose Join.</source>
        <translation>.%1 aún no es miembro: elija Unirse.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="689"/>
        <source>Give at least one contact.</source>
        <translation>Indique al menos un contacto.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="690"/>
        <source>TLD-OPS takes at most three contacts.</source>
        <translation>TLD-OPS admite como máximo tres contactos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="691"/>
        <source>The name is missing.</source>
        <translation>Falta el nombre.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="692"/>
        <source>The name has control characters.</source>
        <translation>El nombre contiene caracteres de control.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="693"/>
        <source>The email address is missing.</source>
        <translation>Falta la dirección de correo.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="694"/>
        <location filename="../tldops_desktop/gui/community.py" line="704"/>
        <source>“%1” is not an email address.</source>
        <translation>“%1” no es una dirección de correo.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="695"/>
        <source>%1 is given for two contacts.</source>
        <translation>%1 figura en dos contactos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="696"/>
        <source>The mobile phone number is missing.</source>
        <translation>Falta el número de teléfono móvil.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="698"/>
        <source>“%1” is not a valid phone number: write it as +&lt;country code&gt; &lt;number&gt;.</source>
        <translation>“%1” no es un número de teléfono válido: escríbalo como +&lt;código de país&gt; &lt;número&gt;.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="700"/>
        <source>“%1” does not look like a mobile number.</source>
        <translation>“%1” no parece un número móvil.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="702"/>
        <source>Give the IANA administrative contact&apos;s email address: it is copied.</source>
        <translation>Indique la dirección de correo del contacto administrativo de IANA: se le pone en copia.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="709"/>
        <source>Contact %1: %2</source>
        <translation>Contacto %1: %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="750"/>
        <source>Save the request</source>
        <translation>Guardar la solicitud</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="750"/>
        <source>Email message (*.eml)</source>
        <translation>Mensaje de correo (*.eml)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="163"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="173"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="174"/>
        <source>Trusted list</source>
        <translation>Lista de confianza</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="175"/>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="261"/>
        <source>Monitoring tools</source>
        <translation>Herramientas de monitoreo</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="176"/>
        <source>Data and key</source>
        <translation>Datos y clave</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="197"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="202"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="203"/>
        <source>A new language applies after a restart.</source>
        <translation>El nuevo idioma se aplica tras reiniciar.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="206"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="207"/>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="214"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="209"/>
        <source>Clear the clipboard after</source>
        <translation>Vaciar el portapapeles después de</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="210"/>
        <source>Clear copied values &amp;after:</source>
        <translation>Borrar lo copiado &amp;después de:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="213"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="216"/>
        <source>Lock after minutes without input</source>
        <translation>Minutos sin actividad antes de bloquear</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="217"/>
        <source>L&amp;ock after no input for:</source>
        <translation>&amp;Bloquear tras inactividad de:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="225"/>
        <source>An edition is trusted only when it came through this mailing list. Change these only if the TLD-OPS list itself moves.</source>
        <translation>Una edición es de confianza solo si llegó a través de esta lista de correo. Cambie estos valores solo si la propia lista TLD-OPS cambia de dirección.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="235"/>
        <source>List-&amp;Id:</source>
        <translation>List-&amp;Id:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="236"/>
        <source>List &amp;address:</source>
        <translation>Dirección de la &amp;lista:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="237"/>
        <source>&amp;Bounce address (Sender):</source>
        <translation>Dirección de re&amp;bote (Sender):</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="239"/>
        <source>&amp;Reset to the TLD-OPS list</source>
        <translation>&amp;Restablecer la lista TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="250"/>
        <source>Web tools offered for the selected ccTLD; {tld} stands for it. They open in your browser only when you choose one.</source>
        <translation>Herramientas web ofrecidas para el ccTLD seleccionado; {tld} lo representa. Se abren en su navegador solo cuando usted elige una.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="257"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="257"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="266"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="267"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="268"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="269"/>
        <source>Reset to &amp;defaults</source>
        <translation>Restablecer &amp;valores predeterminados</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="284"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="285"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="290"/>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="293"/>
        <source>Database key:</source>
        <translation>Clave de la base de datos:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="296"/>
        <source>Keep the key in the system &amp;keyring…</source>
        <translation>Guardar la clave en el &amp;llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="330"/>
        <source>New tool</source>
        <translation>Nueva herramienta</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="372"/>
        <source>Monitoring tool {row}: give it a name and a web address (https://…) containing {{tld}}.</source>
        <translation>Herramienta de monitoreo {row}: indique un nombre y una dirección web (https://…) que contenga {{tld}}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="389"/>
        <source>kept in the system keyring: the contacts open without a passphrase.</source>
        <translation>guardada en el llavero del sistema: los contactos se abren sin frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="391"/>
        <source>a passphrase, asked for at every start.</source>
        <translation>una frase de contraseña, solicitada en cada inicio.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="393"/>
        <source>open the contacts to change how they are protected.</source>
        <translation>abra los contactos para cambiar cómo se protegen.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="398"/>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="400"/>
        <source>Use a &amp;passphrase…</source>
        <translation>Usar una &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="405"/>
        <source>Keep the key in the system keyring</source>
        <translation>Guardar la clave en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="416"/>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="416"/>
        <source>Protect with a passphrase</source>
        <translation>Proteger con una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="438"/>
        <source>The database key was changed.</source>
        <translation>Se cambió la clave de la base de datos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="461"/>
        <source>The List-Id and both addresses are needed to recognise the list.</source>
        <translation>Se necesitan el List-Id y ambas direcciones para reconocer la lista.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="48"/>
        <source>Protect the TLD-OPS contacts</source>
        <translation>Proteger los contactos de TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="48"/>
        <source>Unlock TLD-OPS</source>
        <translation>Desbloquear TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="53"/>
        <source>No system keyring is available to keep the database key. Choose a passphrase for the new contacts database in {folder}. It cannot be recovered: if you forget it, import the repository emails again into a new data folder.</source>
        <translation>No hay ningún llavero del sistema disponible para guardar la clave de la base de datos. Elija una frase de contraseña para la nueva base de datos de contactos en {folder}. No se puede recuperar: si la olvida, vuelva a importar los correos del repositorio en una nueva carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="59"/>
        <source>The contacts database in {folder} is protected by a passphrase. Type it to open the contacts.</source>
        <translation>La base de datos de contactos en {folder} está protegida con una frase de contraseña. Escríbala para abrir los contactos.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="69"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="70"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="74"/>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="76"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="85"/>
        <source>Unlock problem</source>
        <translation>Problema al desbloquear</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="91"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="91"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="107"/>
        <source>Type the passphrase.</source>
        <translation>Escriba la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="110"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Las dos frases de contraseña no coinciden. Escriba la misma frase dos veces.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="135"/>
        <source>This passphrase does not open the database. Check it (Caps Lock?) and try again.</source>
        <translation>Esta frase de contraseña no abre la base de datos. Revísela (¿Bloq Mayús activado?) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="156"/>
        <source>The passphrase given in the environment (TLDOPS_PASSPHRASE or its file) does not open the database. Type the passphrase.</source>
        <translation>La frase de contraseña indicada en el entorno (TLDOPS_PASSPHRASE o su archivo) no abre la base de datos. Escriba la frase de contraseña.</translation>
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
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="23"/>
        <source>TLD-OPS Desktop logo</source>
        <translation>Logotipo de TLD-OPS Desktop</translation>
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
        <translation>Los contactos de respuesta a incidentes de todos los ccTLD miembros de TLD-OPS, en este equipo, cifrados y disponibles sin red.

Para empezar, importe el último correo mensual del repositorio: un archivo .eml guardado o su buzón (carpeta mbox, Maildir o MH). También puede arrastrarlo a esta ventana.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="47"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="52"/>
        <source>Import the latest monthly email</source>
        <translation>Importar el último correo mensual</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="55"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="61"/>
        <source>Try demo data</source>
        <translation>Probar con datos de demostración</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="59"/>
        <source>Invented contacts, kept apart from your real data, to try the app</source>
        <translation>Contactos ficticios, separados de sus datos reales, para probar la aplicación</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="64"/>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
</context>
</TS>
