<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="101"/>
        <source>Coverage over the editions</source>
        <translation>Couverture au fil des éditions</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="114"/>
        <source>%1 editions; coverage in %2: %3</source>
        <translation>%1 éditions ; couverture en %2 : %3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="120"/>
        <location filename="../tldops_desktop/gui/community.py" line="167"/>
        <source>No editions yet</source>
        <translation>Aucune édition pour l'instant</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="203"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="61"/>
        <source>TLD-OPS Desktop: internal error</source>
        <translation>TLD-OPS Desktop : erreur interne</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="66"/>
        <source>Something went wrong inside TLD-OPS Desktop. This is a bug, not something you did. Your contacts database was not changed by this error. You can keep working; if the window misbehaves, restart the app.</source>
        <translation>Un problème est survenu dans TLD-OPS Desktop. Il s'agit d'un bogue, pas d'une erreur de votre part. Cette erreur n'a pas modifié votre base de contacts. Vous pouvez continuer à travailler ; si la fenêtre se comporte anormalement, redémarrez l'application.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="74"/>
        <source>The details were written to {path}.</source>
        <translation>Les détails ont été enregistrés dans {path}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="76"/>
        <source>The details could not be written to a log file.</source>
        <translation>Impossible d'enregistrer les détails dans un fichier journal.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="85"/>
        <source>Error details</source>
        <translation>Détails de l'erreur</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="89"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="120"/>
        <source>Member details</source>
        <translation>Détails du membre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="167"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="175"/>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="176"/>
        <source>Copy every contact of this member as plain text</source>
        <translation>Copier tous les contacts de ce membre en texte brut</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="177"/>
        <source>Copy all contacts</source>
        <translation>Copier tous les contacts</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="180"/>
        <source>Monitoring tools</source>
        <translation>Outils de supervision</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="184"/>
        <source>Monitoring tools for this ccTLD</source>
        <translation>Outils de supervision pour ce ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="193"/>
        <source>This member lists no contacts.</source>
        <translation>Ce membre n'indique aucun contact.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="203"/>
        <source>all contacts of %1</source>
        <translation>tous les contacts de %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="220"/>
        <source>region %1</source>
        <translation>région %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="223"/>
        <source>region %1 (from the ccTLD table, not the email)</source>
        <translation>région %1 (d'après la table des ccTLD, pas l'e-mail)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="235"/>
        <source>Select a member to see its contacts.</source>
        <translation>Sélectionnez un membre pour afficher ses contacts.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="262"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="262"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="266"/>
        <source>Changed in the latest edition</source>
        <translation>Modifié dans la dernière édition</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="276"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="278"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="280"/>
        <source>This does not look like an email address; check it.</source>
        <translation>Ceci ne ressemble pas à une adresse e-mail ; vérifiez-la.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="285"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="291"/>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="297"/>
        <source>Could not be read as an international number; dial as written.</source>
        <translation>Impossible de lire ce numéro au format international ; composez-le tel qu'il est écrit.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="350"/>
        <source>%1 of the %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="351"/>
        <location filename="../tldops_desktop/gui/detail.py" line="352"/>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="54"/>
        <source>Export contacts as vCards</source>
        <translation>Exporter les contacts en vCards</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="65"/>
        <source>Which members</source>
        <translation>Membres concernés</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="70"/>
        <source>&amp;Selected member ({members} members, {contacts} contacts)</source>
        <translation>Membre &amp;sélectionné ({members} membres, {contacts} contacts)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="73"/>
        <source>Current search &amp;results ({members} members, {contacts} contacts)</source>
        <translation>&amp;Résultats de la recherche actuelle ({members} membres, {contacts} contacts)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="75"/>
        <source>&amp;All members ({members} members, {contacts} contacts)</source>
        <translation>&amp;Tous les membres ({members} membres, {contacts} contacts)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="94"/>
        <source>vCard 3.0 (most phones and address books)</source>
        <translation>vCard 3.0 (la plupart des téléphones et carnets d'adresses)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="95"/>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="96"/>
        <source>vCard version</source>
        <translation>Version de vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="97"/>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="98"/>
        <source>One &amp;file with every contact</source>
        <translation>Un seul &amp;fichier pour tous les contacts</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="99"/>
        <source>One file &amp;per contact, in a folder</source>
        <translation>Un fichier &amp;par contact, dans un dossier</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="104"/>
        <source>Files:</source>
        <translation>Fichiers :</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="105"/>
        <source>Put the &amp;ccTLD before names (“.de Anna Jansen”)</source>
        <translation>Placer le &amp;ccTLD devant les noms (« .de Anna Jansen »)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="107"/>
        <source>Makes TLD-OPS contacts easy to find and tell apart in a phone&apos;s list.</source>
        <translation>Permet de trouver et de distinguer facilement les contacts TLD-OPS dans le répertoire du téléphone.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="117"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="153"/>
        <source>Folder for the vCard files</source>
        <translation>Dossier des fichiers vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="158"/>
        <source>Save the vCards</source>
        <translation>Enregistrer les vCards</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="160"/>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="184"/>
        <source>{contacts} contact(s) written to {target}.</source>
        <translation>{contacts} contact(s) exporté(s) vers {target}.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="52"/>
        <source>Edition history</source>
        <translation>Historique des éditions</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="62"/>
        <source>Editions</source>
        <translation>Éditions</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="65"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="66"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="67"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="68"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="69"/>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="70"/>
        <source>Current</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="88"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="88"/>
        <source>no — not from the list</source>
        <translation>non — pas reçue via la liste</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="89"/>
        <source>current</source>
        <translation>actuelle</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="106"/>
        <source>Older edition</source>
        <translation>Édition plus ancienne</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="108"/>
        <source>Newer edition</source>
        <translation>Édition plus récente</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="110"/>
        <source>(untrusted)</source>
        <translation>(non fiable)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="113"/>
        <source>Changes &amp;from</source>
        <translation>Modifications e&amp;ntre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="115"/>
        <source>&amp;to</source>
        <translation>&amp;et</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="128"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="131"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="131"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="131"/>
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="131"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="186"/>
        <source>Import a second edition to see what changed from one month to the next.</source>
        <translation>Importez une deuxième édition pour voir ce qui a changé d'un mois à l'autre.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="188"/>
        <source>Choose two editions.</source>
        <translation>Choisissez deux éditions.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="192"/>
        <source>Choose two different editions.</source>
        <translation>Choisissez deux éditions différentes.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="196"/>
        <source>This edition is no longer in the database.</source>
        <translation>Cette édition ne figure plus dans la base de données.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="208"/>
        <source>No changes from {old} to {new}.</source>
        <translation>Aucune modification entre {old} et {new}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="215"/>
        <source>From {old} to {new}: {joined} member(s) joined, {left} left, {changed} changed ({contacts} contact change(s)).</source>
        <translation>De {old} à {new} : {joined} membre(s) arrivé(s), {left} parti(s), {changed} modifié(s) ({contacts} modification(s) de contact).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="227"/>
        <source>Joined</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="228"/>
        <source>Left</source>
        <translation>Départs</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="229"/>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="268"/>
        <source>Contact added</source>
        <translation>Contact ajouté</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="278"/>
        <source>Contact removed</source>
        <translation>Contact supprimé</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="287"/>
        <source>Contact changed: {name}</source>
        <translation>Contact modifié : {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="308"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="309"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="310"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="311"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="312"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="313"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="325"/>
        <source>{count} contact(s)</source>
        <translation>{count} contact(s)</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="46"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="61"/>
        <source>Looking for repository emails in {count} location(s)…</source>
        <translation>Recherche des e-mails du référentiel dans {count} emplacement(s)…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="69"/>
        <source>Import progress</source>
        <translation>Progression de l'importation</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="71"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="75"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="105"/>
        <source>Cancelling… nothing will be stored.</source>
        <translation>Annulation… rien ne sera enregistré.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="129"/>
        <source>{scanned} of {total}</source>
        <translation>{scanned} sur {total}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="137"/>
        <source>{size} · {messages} messages · {editions} edition(s) found</source>
        <translation>{size} · {messages} messages · {editions} édition(s) trouvée(s)</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="81"/>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="98"/>
        <source>Import report</source>
        <translation>Rapport d'importation</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="97"/>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="97"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="107"/>
        <source>Import anyway…</source>
        <translation>Importer quand même…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="121"/>
        <source>The import stopped: {error}</source>
        <translation>L'importation s'est arrêtée : {error}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="128"/>
        <source>Editions added</source>
        <translation>Éditions ajoutées</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="130"/>
        <source>Already present</source>
        <translation>Déjà présentes</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="134"/>
        <source>Not sent through the TLD-OPS list</source>
        <translation>Non envoyées via la liste TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="138"/>
        <source>imported as untrusted; </source>
        <translation>importée comme non fiable ; </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="148"/>
        <source>Conflicts (same edition, different content)</source>
        <translation>Conflits (même édition, contenu différent)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="153"/>
        <source>{source}: differs from the copy already stored ({existing}); the stored copy was kept</source>
        <translation>{source} : diffère de la copie déjà enregistrée ({existing}) ; la copie enregistrée a été conservée</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="164"/>
        <source>Lines not understood</source>
        <translation>Lignes non reconnues</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="167"/>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="180"/>
        <source>{stamp}, line {line}</source>
        <translation>{stamp}, ligne {line}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="177"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="190"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="199"/>
        <source>{count} edition(s) did not come through the TLD-OPS list and were not imported. Anyone can send an email that looks like the repository.</source>
        <translation>{count} édition(s) ne sont pas passées par la liste TLD-OPS et n'ont pas été importées. N'importe qui peut envoyer un e-mail qui ressemble à celui du référentiel.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="212"/>
        <source>Scanned {messages} messages ({size}); found {found} edition(s): {added} added, {present} already present.</source>
        <translation>{messages} messages analysés ({size}) ; {found} édition(s) trouvée(s) : {added} ajoutée(s), {present} déjà présente(s).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="222"/>
        <source>This was a trial run: nothing was stored.</source>
        <translation>C'était un essai : rien n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="225"/>
        <source>No repository email was found. Choose the mailbox or the saved email whose subject is “TLD-OPS Incident Response Community Repository &lt;…&gt;”.</source>
        <translation>Aucun e-mail du référentiel n'a été trouvé. Choisissez la boîte aux lettres ou l'e-mail enregistré dont l'objet est « TLD-OPS Incident Response Community Repository &lt;…&gt; ».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="265"/>
        <source>Import untrusted editions?</source>
        <translation>Importer des éditions non fiables ?</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="268"/>
        <source>These editions were not sent through the TLD-OPS mailing list. Anyone can send an email that looks like the repository, with false phone numbers or addresses.</source>
        <translation>Ces éditions n'ont pas été envoyées via la liste de diffusion TLD-OPS. N'importe qui peut envoyer un e-mail qui ressemble à celui du référentiel, avec de faux numéros de téléphone ou de fausses adresses.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="274"/>
        <source>Import them only if you know where they came from. They are stored marked as untrusted and never become the current edition while a trusted one exists.</source>
        <translation>Ne les importez que si vous savez d'où elles viennent. Elles sont enregistrées comme non fiables et ne deviennent jamais l'édition actuelle tant qu'il en existe une de confiance.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="279"/>
        <source>Import anyway</source>
        <translation>Importer quand même</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="167"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="171"/>
        <source>Import a saved repository email or an mbox file</source>
        <translation>Importer un e-mail du référentiel enregistré ou un fichier mbox</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="175"/>
        <source>Import &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="179"/>
        <source>Import a mail folder (Maildir, MH or a folder of .eml files)</source>
        <translation>Importer un dossier de messagerie (Maildir, MH ou dossier de fichiers .eml)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="183"/>
        <source>&amp;Export vCards…</source>
        <translation>&amp;Exporter des vCards…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="187"/>
        <source>Export contacts as vCards for a phone</source>
        <translation>Exporter les contacts en vCards pour un téléphone</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="191"/>
        <source>&amp;Print emergency sheet…</source>
        <translation>Im&amp;primer la fiche d'urgence…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="195"/>
        <source>Print the contacts shown, for the paper copy</source>
        <translation>Imprimer les contacts affichés, pour la copie papier</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="199"/>
        <source>Save sheet as P&amp;DF…</source>
        <translation>Enregistrer la fiche en PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="203"/>
        <source>Save the emergency sheet of the contacts shown as a PDF</source>
        <translation>Enregistrer la fiche d'urgence des contacts affichés au format PDF</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="207"/>
        <source>&amp;Settings…</source>
        <translation>Pa&amp;ramètres…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="212"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="215"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="219"/>
        <source>Go to the search field</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="223"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="227"/>
        <source>Editions and what changed between them</source>
        <translation>Les éditions et ce qui a changé entre elles</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="230"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="234"/>
        <source>&amp;Copy all</source>
        <translation>&amp;Tout copier</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="238"/>
        <source>Copy every contact of the selected member as plain text</source>
        <translation>Copier tous les contacts du membre sélectionné en texte brut</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="242"/>
        <source>Show &amp;QR code…</source>
        <translation>Afficher le code &amp;QR…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="246"/>
        <source>Show a contact as a QR code to scan with a phone</source>
        <translation>Afficher un contact sous forme de code QR à scanner avec un téléphone</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="250"/>
        <source>&amp;Monitoring tools…</source>
        <translation>&amp;Outils de supervision…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="254"/>
        <source>Open a monitoring tool for the selected ccTLD in the browser</source>
        <translation>Ouvrir dans le navigateur un outil de supervision pour le ccTLD sélectionné</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="258"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="262"/>
        <source>Hide the contacts until unlocked again</source>
        <translation>Masquer les contacts jusqu'au prochain déverrouillage</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="266"/>
        <source>&amp;About TLD-OPS Desktop</source>
        <translation>À &amp;propos de TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="278"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="286"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="288"/>
        <source>&amp;Member</source>
        <translation>&amp;Membre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="290"/>
        <source>Monitoring &amp;tools</source>
        <translation>&amp;Outils de supervision</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="296"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="301"/>
        <source>Main toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="331"/>
        <source>Freshness warning</source>
        <translation>Avertissement de données obsolètes</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="332"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="333"/>
        <source>Import the latest monthly email</source>
        <translation>Importer le dernier e-mail mensuel</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="344"/>
        <source>Search ccTLD, country, name, email or phone (Ctrl+F)</source>
        <translation>Rechercher un ccTLD, un pays, un nom, un e-mail ou un téléphone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="348"/>
        <source>Search members</source>
        <translation>Rechercher des membres</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="351"/>
        <source>Type a ccTLD, country, name, email or phone digits; Up and Down move in the list, Enter shows the contacts, Escape clears</source>
        <translation>Saisissez un ccTLD, un pays, un nom, un e-mail ou des chiffres de téléphone ; Haut et Bas parcourent la liste, Entrée affiche les contacts, Échap efface</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="364"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="367"/>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="589"/>
        <source>Unknown region</source>
        <translation>Région inconnue</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="368"/>
        <source>Region filter</source>
        <translation>Filtre de région</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="369"/>
        <source>Show the members of one ICANN region</source>
        <translation>Afficher les membres d'une région ICANN</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="373"/>
        <source>Number of results</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="385"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="429"/>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="963"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="431"/>
        <source>The contacts are hidden because the window was left without input.</source>
        <translation>Les contacts sont masqués, car la fenêtre est restée sans activité.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="435"/>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="437"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="449"/>
        <source>Current edition</source>
        <translation>Édition actuelle</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="451"/>
        <source>Members and contacts</source>
        <translation>Membres et contacts</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="453"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="508"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="510"/>
        <source>(demo)</source>
        <translation>(démo)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="512"/>
        <source>edition %1</source>
        <translation>édition %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="521"/>
        <source>Bold: changed since %1</source>
        <translation>En gras : modifié depuis %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="526"/>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l'instant</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="530"/>
        <source>Edition %1</source>
        <translation>Édition %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="534"/>
        <source>NOT sent through the list</source>
        <translation>NON envoyée via la liste</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="536"/>
        <source>demo data, invented people</source>
        <translation>données de démonstration, personnes fictives</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="539"/>
        <source>%1 members · %2 contacts</source>
        <translation>%1 membres · %2 contacts</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="553"/>
        <source>Contacts from %1: import the latest monthly email</source>
        <translation>Contacts datant du %1 : importez le dernier e-mail mensuel</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="591"/>
        <source>%1 members</source>
        <translation>%1 membres</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="593"/>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="596"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="718"/>
        <source>Copied %1; the clipboard is cleared in %2 s.</source>
        <translation>Copié : %1 ; le presse-papiers sera vidé dans %2 s.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="720"/>
        <source>Copied %1.</source>
        <translation>Copié : %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="744"/>
        <source>No monitoring tools (see Settings)</source>
        <translation>Aucun outil de supervision (voir Paramètres)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="802"/>
        <source>Import the monthly repository email</source>
        <translation>Importer l'e-mail mensuel du référentiel</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="804"/>
        <source>Mail files (*.eml *.mbox *.mbx *.msg *.txt);;All files (*)</source>
        <translation>Fichiers de messagerie (*.eml *.mbox *.mbx *.msg *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="811"/>
        <source>Import a mail folder (Maildir, MH or .eml files)</source>
        <translation>Importer un dossier de messagerie (Maildir, MH ou fichiers .eml)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="932"/>
        <source>About TLD-OPS Desktop</source>
        <translation>À propos de TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="934"/>
        <source>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;The incident-response contacts of the TLD-OPS member ccTLDs, imported from the monthly repository email and kept encrypted on this computer.&lt;/p&gt;&lt;p&gt;The app never connects to the network: links open in your own mail, phone or browser application, and only when you click them.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;Les contacts de réponse aux incidents des ccTLD membres de TLD-OPS, importés depuis l'e-mail mensuel du référentiel et conservés chiffrés sur cet ordinateur.&lt;/p&gt;&lt;p&gt;L'application ne se connecte jamais au réseau : les liens s'ouvrent dans vos propres applications de messagerie, de téléphonie ou de navigation, et uniquement lorsque vous cliquez dessus.&lt;/p&gt;&lt;p&gt;Dossier de données : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="962"/>
        <source>TLD-OPS Desktop (locked)</source>
        <translation>TLD-OPS Desktop (verrouillé)</translation>
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
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="115"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="116"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="120"/>
        <source>ICANN region; %1 marks a region taken from the ccTLD table, not from the email</source>
        <translation>Région ICANN ; %1 signale une région tirée de la table des ccTLD, et non de l'e-mail</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="179"/>
        <source>The email gives no region; %1 comes from the ccTLD table.</source>
        <translation>L'e-mail n'indique pas de région ; %1 provient de la table des ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="182"/>
        <source>No region known</source>
        <translation>Aucune région connue</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="184"/>
        <source>%1 changed in the latest edition</source>
        <translation>%1 a changé dans la dernière édition</translation>
    </message>
</context>
<context>
    <name>NonMembersDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="227"/>
        <source>ccTLDs not in TLD-OPS yet</source>
        <translation>ccTLD pas encore membres de TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="245"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="246"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="249"/>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="257"/>
        <source>ccTLDs that are not members</source>
        <translation>ccTLD non membres</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="259"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="259"/>
        <source>Country or territory</source>
        <translation>Pays ou territoire</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="272"/>
        <source>A ccTLD joins TLD-OPS when its IANA administrative contact asks the ccNSO Secretariat. If you know one of these ccTLDs, invite them; until then, their administrative contact in the IANA root zone database is the fallback.</source>
        <translation>Un ccTLD rejoint TLD-OPS lorsque son contact administratif IANA en fait la demande au Secrétariat de la ccNSO. Si vous connaissez l'un de ces ccTLD, invitez-le ; d'ici là, son contact administratif dans la base de données de la zone racine de l'IANA reste la solution de repli.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="280"/>
        <source>Coverage over the editions imported</source>
        <translation>Couverture au fil des éditions importées</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="288"/>
        <source>Open &amp;IANA page</source>
        <translation>Ouvrir la page &amp;IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="291"/>
        <source>The ccTLD&apos;s record in the IANA root zone database, in your web browser</source>
        <translation>La fiche du ccTLD dans la base de données de la zone racine de l'IANA, dans votre navigateur</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="293"/>
        <source>Prepare &amp;join request…</source>
        <translation>Préparer une demande d'a&amp;dhésion…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="308"/>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="309"/>
        <source>Asia Pacific</source>
        <translation>Asie-Pacifique</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="310"/>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="311"/>
        <source>Latin America and Caribbean</source>
        <translation>Amérique latine et Caraïbes</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="312"/>
        <source>North America</source>
        <translation>Amérique du Nord</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="332"/>
        <source>There are no editions yet. Import a repository email first.</source>
        <translation>Aucune édition pour l'instant. Importez d'abord un e-mail du référentiel.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="339"/>
        <source>Edition %1: %2 of %3 delegated ccTLDs are members (%4); %5 are not yet.</source>
        <translation>Édition %1 : %2 des %3 ccTLD délégués sont membres (%4) ; %5 ne le sont pas encore.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="354"/>
        <source>%1 — %2 of %3 are members (%4); %5 not yet</source>
        <translation>%1 — %2 sur %3 sont membres (%4) ; %5 pas encore</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="90"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="91"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="92"/>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="94"/>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="96"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="97"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="102"/>
        <source>A passphrase cannot be recovered: if it is forgotten, the contacts must be imported again from the monthly emails.</source>
        <translation>Une phrase secrète ne peut pas être récupérée : en cas d'oubli, les contacts doivent être réimportés à partir des e-mails mensuels.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="133"/>
        <source>Type the current passphrase.</source>
        <translation>Saisissez la phrase secrète actuelle.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="136"/>
        <source>Type a new passphrase.</source>
        <translation>Saisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="139"/>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="203"/>
        <source>QR code: {name}</source>
        <translation>Code QR : {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="207"/>
        <source>Point the phone&apos;s camera at the code to add {name} ({cctld}) as a contact.</source>
        <translation>Pointez l'appareil photo du téléphone vers le code pour ajouter {name} ({cctld}) aux contacts.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="216"/>
        <source>QR code of {name}</source>
        <translation>Code QR de {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="224"/>
        <source>&amp;Save as PNG or SVG…</source>
        <translation>&amp;Enregistrer en PNG ou SVG…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="250"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="250"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="252"/>
        <source>Save the QR code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="485"/>
        <source>The request goes to the ccNSO Secretariat and must be sent by, or copied to, the ccTLD&apos;s administrative contact in the IANA root zone database. This application sends nothing: the email opens in your mail client, or is saved as an .eml file to send later. The email itself is in English, as the Secretariat expects.</source>
        <translation>La demande est adressée au Secrétariat de la ccNSO et doit être envoyée par le contact administratif du ccTLD inscrit dans la base de données de la zone racine de l'IANA, ou le mettre en copie. Cette application n'envoie rien : l'e-mail s'ouvre dans votre client de messagerie, ou est enregistré en fichier .eml à envoyer plus tard. L'e-mail lui-même est rédigé en anglais, comme l'attend le Secrétariat.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="498"/>
        <source>Join TLD-OPS</source>
        <translation>Rejoindre TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="499"/>
        <source>Update the contacts of a member</source>
        <translation>Mettre à jour les contacts d'un membre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="500"/>
        <source>&amp;Request</source>
        <translation>&amp;Demande</translation>
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
        <translation>Contact 1 (principal)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="512"/>
        <source>Contact 2 (secondary)</source>
        <translation>Contact 2 (secondaire)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="513"/>
        <source>Contact 3</source>
        <translation>Contact 3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="520"/>
        <source>+&lt;country code&gt; &lt;number&gt;</source>
        <translation>+&lt;indicatif pays&gt; &lt;numéro&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="521"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="522"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="523"/>
        <source>Mobile phone</source>
        <translation>Téléphone mobile</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="531"/>
        <source>IANA administrative contact</source>
        <translation>Contact administratif IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="532"/>
        <source>Look up at IANA</source>
        <translation>Consulter l'IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="535"/>
        <source>Open the ccTLD&apos;s record in the IANA root zone database in your browser</source>
        <translation>Ouvrir dans le navigateur la fiche du ccTLD dans la base de données de la zone racine de l'IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="540"/>
        <source>IANA &amp;administrative contact</source>
        <translation>Contact &amp;administratif IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="545"/>
        <source>Your &amp;name (signature)</source>
        <translation>Votre &amp;nom (signature)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="555"/>
        <source>&amp;Fill from current edition</source>
        <translation>&amp;Remplir depuis l'édition actuelle</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="557"/>
        <source>&amp;Open in mail client</source>
        <translation>&amp;Ouvrir dans le client de messagerie</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="560"/>
        <source>&amp;Save as .eml…</source>
        <translation>&amp;Enregistrer en .eml…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="622"/>
        <source>Request to join TLD-OPS</source>
        <translation>Demande d'adhésion à TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="624"/>
        <source>Update TLD-OPS contacts</source>
        <translation>Mise à jour des contacts TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="637"/>
        <source>Not a ccTLD label.</source>
        <translation>Ce n'est pas un libellé de ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="639"/>
        <source>Not a delegated ccTLD.</source>
        <translation>Ce n'est pas un ccTLD délégué.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="644"/>
        <source>%1: a member as of edition %2.</source>
        <translation>%1 : membre selon l'édition %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="650"/>
        <source>%1: not a member as of edition %2.</source>
        <translation>%1 : non membre selon l'édition %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="677"/>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="684"/>
        <source>Choose join or update.</source>
        <translation>Choisissez entre adhésion et mise à jour.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="685"/>
        <source>“%1” is not a ccTLD (try .de, .рф or xn--p1ai).</source>
        <translation>« %1 » n'est pas un ccTLD (essayez .de, .рф ou xn--p1ai).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="686"/>
        <source>%1 is not a delegated ccTLD.</source>
        <translation>%1 n'est pas un ccTLD délégué.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="687"/>
        <source>.%1 is already a member: choose Update.</source>
        <translation>.%1 est déjà membre : choisissez Mettre à jour.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="688"/>
        <source>.%1 is not a member yet: choose Join.</source>
        <translation>.%1 n'est pas encore membre : choisissez Rejoindre.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="689"/>
        <source>Give at least one contact.</source>
        <translation>Indiquez au moins un contact.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="690"/>
        <source>TLD-OPS takes at most three contacts.</source>
        <translation>TLD-OPS accepte au plus trois contacts.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="691"/>
        <source>The name is missing.</source>
        <translation>Le nom est manquant.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="692"/>
        <source>The name has control characters.</source>
        <translation>Le nom contient des caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="693"/>
        <source>The email address is missing.</source>
        <translation>L'adresse e-mail est manquante.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="694"/>
        <location filename="../tldops_desktop/gui/community.py" line="704"/>
        <source>“%1” is not an email address.</source>
        <translation>« %1 » n'est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="695"/>
        <source>%1 is given for two contacts.</source>
        <translation>%1 est indiqué pour deux contacts.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="696"/>
        <source>The mobile phone number is missing.</source>
        <translation>Le numéro de téléphone mobile est manquant.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="698"/>
        <source>“%1” is not a valid phone number: write it as +&lt;country code&gt; &lt;number&gt;.</source>
        <translation>« %1 » n'est pas un numéro de téléphone valide : écrivez-le sous la forme +&lt;indicatif pays&gt; &lt;numéro&gt;.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="700"/>
        <source>“%1” does not look like a mobile number.</source>
        <translation>« %1 » ne ressemble pas à un numéro de mobile.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="702"/>
        <source>Give the IANA administrative contact&apos;s email address: it is copied.</source>
        <translation>Indiquez l'adresse e-mail du contact administratif IANA : il est mis en copie.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="709"/>
        <source>Contact %1: %2</source>
        <translation>Contact %1 : %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="750"/>
        <source>Save the request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="750"/>
        <source>Email message (*.eml)</source>
        <translation>Message e-mail (*.eml)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="163"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="173"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="174"/>
        <source>Trusted list</source>
        <translation>Liste de confiance</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="175"/>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="261"/>
        <source>Monitoring tools</source>
        <translation>Outils de supervision</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="176"/>
        <source>Data and key</source>
        <translation>Données et clé</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="197"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="202"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="203"/>
        <source>A new language applies after a restart.</source>
        <translation>Une nouvelle langue s'applique après un redémarrage.</translation>
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
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="209"/>
        <source>Clear the clipboard after</source>
        <translation>Effacer le presse-papiers après</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="210"/>
        <source>Clear copied values &amp;after:</source>
        <translation>Effacer les valeurs copiées &amp;après :</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="213"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="216"/>
        <source>Lock after minutes without input</source>
        <translation>Minutes sans activité avant verrouillage</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="217"/>
        <source>L&amp;ock after no input for:</source>
        <translation>&amp;Verrouiller après une inactivité de :</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="225"/>
        <source>An edition is trusted only when it came through this mailing list. Change these only if the TLD-OPS list itself moves.</source>
        <translation>Une édition n'est de confiance que si elle est passée par cette liste de diffusion. Ne modifiez ces valeurs que si la liste TLD-OPS elle-même change d'adresse.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="235"/>
        <source>List-&amp;Id:</source>
        <translation>List-&amp;Id :</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="236"/>
        <source>List &amp;address:</source>
        <translation>&amp;Adresse de la liste :</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="237"/>
        <source>&amp;Bounce address (Sender):</source>
        <translation>Adresse de &amp;rebond (Sender) :</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="239"/>
        <source>&amp;Reset to the TLD-OPS list</source>
        <translation>Rétablir la liste &amp;TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="250"/>
        <source>Web tools offered for the selected ccTLD; {tld} stands for it. They open in your browser only when you choose one.</source>
        <translation>Outils web proposés pour le ccTLD sélectionné ; {tld} le représente. Ils s'ouvrent dans votre navigateur uniquement lorsque vous en choisissez un.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="257"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="257"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="266"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="267"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="268"/>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="269"/>
        <source>Reset to &amp;defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="284"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="285"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="290"/>
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="293"/>
        <source>Database key:</source>
        <translation>Clé de la base de données :</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="296"/>
        <source>Keep the key in the system &amp;keyring…</source>
        <translation>Conserver la clé dans le &amp;trousseau du système…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="330"/>
        <source>New tool</source>
        <translation>Nouvel outil</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="372"/>
        <source>Monitoring tool {row}: give it a name and a web address (https://…) containing {{tld}}.</source>
        <translation>Outil de supervision {row} : indiquez un nom et une adresse web (https://…) contenant {{tld}}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="389"/>
        <source>kept in the system keyring: the contacts open without a passphrase.</source>
        <translation>conservée dans le trousseau du système : les contacts s'ouvrent sans phrase secrète.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="391"/>
        <source>a passphrase, asked for at every start.</source>
        <translation>une phrase secrète, demandée à chaque démarrage.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="393"/>
        <source>open the contacts to change how they are protected.</source>
        <translation>ouvrez les contacts pour modifier leur protection.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="398"/>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="400"/>
        <source>Use a &amp;passphrase…</source>
        <translation>Utiliser une &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="405"/>
        <source>Keep the key in the system keyring</source>
        <translation>Conserver la clé dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="416"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="416"/>
        <source>Protect with a passphrase</source>
        <translation>Protéger par une phrase secrète</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="438"/>
        <source>The database key was changed.</source>
        <translation>La clé de la base de données a été changée.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="461"/>
        <source>The List-Id and both addresses are needed to recognise the list.</source>
        <translation>Le List-Id et les deux adresses sont nécessaires pour reconnaître la liste.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="48"/>
        <source>Protect the TLD-OPS contacts</source>
        <translation>Protéger les contacts TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="48"/>
        <source>Unlock TLD-OPS</source>
        <translation>Déverrouiller TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="53"/>
        <source>No system keyring is available to keep the database key. Choose a passphrase for the new contacts database in {folder}. It cannot be recovered: if you forget it, import the repository emails again into a new data folder.</source>
        <translation>Aucun trousseau système n'est disponible pour conserver la clé de la base de données. Choisissez une phrase secrète pour la nouvelle base de contacts dans {folder}. Elle ne peut pas être récupérée : si vous l'oubliez, réimportez les e-mails du référentiel dans un nouveau dossier de données.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="59"/>
        <source>The contacts database in {folder} is protected by a passphrase. Type it to open the contacts.</source>
        <translation>La base de contacts dans {folder} est protégée par une phrase secrète. Saisissez-la pour ouvrir les contacts.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="69"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="70"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="74"/>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="76"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="85"/>
        <source>Unlock problem</source>
        <translation>Problème de déverrouillage</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="91"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="91"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="107"/>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="110"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Les deux phrases secrètes diffèrent. Saisissez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="135"/>
        <source>This passphrase does not open the database. Check it (Caps Lock?) and try again.</source>
        <translation>Cette phrase secrète n'ouvre pas la base de données. Vérifiez-la (Verr. Maj ?) et réessayez.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="156"/>
        <source>The passphrase given in the environment (TLDOPS_PASSPHRASE or its file) does not open the database. Type the passphrase.</source>
        <translation>La phrase secrète fournie par l'environnement (TLDOPS_PASSPHRASE ou son fichier) n'ouvre pas la base de données. Saisissez la phrase secrète.</translation>
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
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="23"/>
        <source>TLD-OPS Desktop logo</source>
        <translation>Logo de TLD-OPS Desktop</translation>
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
        <translation>Les contacts de réponse aux incidents de tous les ccTLD membres de TLD-OPS, sur cet ordinateur, chiffrés et utilisables sans réseau.

Pour commencer, importez le dernier e-mail mensuel du référentiel : un fichier .eml enregistré, ou votre boîte aux lettres (dossier mbox, Maildir ou MH). Vous pouvez aussi le déposer sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="47"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="52"/>
        <source>Import the latest monthly email</source>
        <translation>Importer le dernier e-mail mensuel</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="55"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="61"/>
        <source>Try demo data</source>
        <translation>Essayer les données de démonstration</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="59"/>
        <source>Invented contacts, kept apart from your real data, to try the app</source>
        <translation>Contacts fictifs, séparés de vos données réelles, pour essayer l'application</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="64"/>
        <source>Data folder: %1</source>
        <translation>Dossier de données : %1</translation>
    </message>
</context>
</TS>
