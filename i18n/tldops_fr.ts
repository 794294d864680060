<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="41"/>
        <source>Coverage over the editions</source>
        <translation>Couverture au fil des éditions</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="55"/>
        <source>%1 editions; coverage in %2: %3</source>
        <translation>%1 éditions&#xa0;; couverture en %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="61"/>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="137"/>
        <source>No editions yet</source>
        <translation>Aucune édition pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/coverage_chart.py" line="176"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="153"/>
        <source>TLD-OPS Desktop: internal error</source>
        <translation>TLD-OPS Desktop&#xa0;: erreur interne</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="158"/>
        <source>Something went wrong inside TLD-OPS Desktop. This is a bug, not something you did. Your contacts database was not changed by this error. You can keep working; if the window misbehaves, restart the app.</source>
        <translation>Un problème est survenu dans TLD-OPS Desktop. Il s&apos;agit d&apos;un bogue, pas d&apos;une erreur de votre part. Cette erreur n&apos;a pas modifié votre base de contacts. Vous pouvez continuer à travailler&#xa0;; si la fenêtre se comporte anormalement, redémarrez l&apos;application.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="166"/>
        <source>The details were written to {path}.</source>
        <translation>Les détails ont été enregistrés dans {path}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="168"/>
        <source>The details could not be written to a log file.</source>
        <translation>Impossible d&apos;enregistrer les détails dans un fichier journal.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="177"/>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="181"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="343"/>
        <source>Member details</source>
        <translation>Détails du membre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="445"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="457"/>
        <source>NOT sent through the TLD-OPS list: these contacts may be false. Check them another way before you trust them.</source>
        <translation>NON envoyée via la liste TLD-OPS&#xa0;: ces contacts peuvent être faux. Vérifiez-les par un autre moyen avant de vous y fier.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="464"/>
        <source>Trust warning</source>
        <translation>Avertissement de confiance</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="468"/>
        <location filename="../tldops_desktop/gui/detail.py" line="558"/>
        <location filename="../tldops_desktop/gui/detail.py" line="562"/>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="469"/>
        <source>Copy every contact of this member as plain text</source>
        <translation>Copier tous les contacts de ce membre en texte brut</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="470"/>
        <source>Copy all contacts</source>
        <translation>Copier tous les contacts</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="474"/>
        <location filename="../tldops_desktop/gui/detail.py" line="559"/>
        <location filename="../tldops_desktop/gui/detail.py" line="563"/>
        <location filename="../tldops_desktop/gui/detail.py" line="564"/>
        <source>Monitoring tools</source>
        <translation>Outils de supervision</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="475"/>
        <source>Monitoring tools for this ccTLD</source>
        <translation>Outils de supervision pour ce ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="485"/>
        <source>This member lists no contacts.</source>
        <translation>Ce membre n&apos;indique aucun contact.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="500"/>
        <source>all contacts of %1</source>
        <translation>tous les contacts de %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="518"/>
        <source>Former member: {tld} left TLD-OPS in edition {left}. These are its last known contacts, from edition {stamp}; they may be out of date.</source>
        <translation>Ancien membre&#xa0;: {tld} a quitté TLD-OPS dans l’édition {left}. Voici ses derniers contacts connus, de l’édition {stamp}&#xa0;; ils peuvent être périmés.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="537"/>
        <source>region %1</source>
        <translation>région %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="540"/>
        <source>region %1 (from the ccTLD table, not the email)</source>
        <translation>région %1 (d&apos;après la table des ccTLD, pas l&apos;e-mail)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="573"/>
        <source>Select a member to see its contacts.</source>
        <translation>Sélectionnez un membre pour afficher ses contacts.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="634"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="634"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="638"/>
        <source>Changed in the latest edition</source>
        <translation>Modifié dans la dernière édition</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="211"/>
        <location filename="../tldops_desktop/gui/detail.py" line="648"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="157"/>
        <location filename="../tldops_desktop/gui/detail.py" line="212"/>
        <location filename="../tldops_desktop/gui/detail.py" line="651"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="653"/>
        <source>This does not look like an email address; check it.</source>
        <translation>Ceci ne ressemble pas à une adresse e-mail&#xa0;; vérifiez-la.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="158"/>
        <location filename="../tldops_desktop/gui/detail.py" line="213"/>
        <location filename="../tldops_desktop/gui/detail.py" line="672"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="78"/>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="79"/>
        <source>Secondary contact</source>
        <translation>Contact secondaire</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="80"/>
        <source>Third contact</source>
        <translation>Troisième contact</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="83"/>
        <source>Contact #%1</source>
        <translation>Contact nº %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="111"/>
        <source>{number} ext. {extension}</source>
        <translation>{number} poste {extension}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="140"/>
        <source>inferred</source>
        <translation>déduite</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="151"/>
        <source>TLD-OPS repository edition %1</source>
        <translation>Référentiel TLD-OPS, édition %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="180"/>
        <source>WARNING: this edition was NOT sent through the TLD-OPS list; its contacts may be false. Check them another way before you trust them.</source>
        <translation>ATTENTION&#xa0;: cette édition n’a PAS été envoyée via la liste TLD-OPS&#xa0;; ses contacts peuvent être faux. Vérifiez-les par un autre moyen avant de vous y fier.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="207"/>
        <source>New contact in the latest edition.</source>
        <translation>Nouveau contact dans la dernière édition.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="208"/>
        <source>Changed in the latest edition:</source>
        <translation>Modifié dans la dernière édition&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="210"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="218"/>
        <source>%1: %2 %3 %4</source>
        <translation>%1&#xa0;: %2 %3 %4</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="609"/>
        <source>Show the %1 as a QR code</source>
        <translation>Afficher le %1 en code QR</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="676"/>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="678"/>
        <source>Could not be read as an international number; dial as written.</source>
        <translation>Impossible de lire ce numéro au format international&#xa0;; composez-le tel qu&apos;il est écrit.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="176"/>
        <source>none listed</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="737"/>
        <source>%1 of the %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="739"/>
        <location filename="../tldops_desktop/gui/detail.py" line="740"/>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
</context>
<context>
    <name>EditionBanners</name>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="40"/>
        <source>Freshness warning</source>
        <translation>Avertissement de données obsolètes</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="41"/>
        <source>Import the latest monthly email</source>
        <translation>Importer le dernier e-mail mensuel</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="49"/>
        <source>These contacts come from an edition NOT sent through the TLD-OPS list: they may be false. Check a number another way before you use it, and import the list&apos;s own email.</source>
        <translation>Ces contacts viennent d’une édition NON envoyée via la liste TLD-OPS&#xa0;: ils peuvent être faux. Vérifiez un numéro par un autre moyen avant de l’utiliser, et importez le courriel de la liste elle-même.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="55"/>
        <source>Trust warning</source>
        <translation>Avertissement de confiance</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="56"/>
        <source>Import the list&apos;s own monthly email</source>
        <translation>Importer le courriel mensuel de la liste elle-même</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="60"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="89"/>
        <source>Read only: the data folder %1 cannot be written (a read-only disk?). Search, copy, QR codes and export work; importing is off until it can be written again.</source>
        <translation>Lecture seule&#xa0;: le dossier de données %1 ne peut pas être écrit (un disque en lecture seule&#xa0;?). La recherche, la copie, les codes QR et l’export fonctionnent&#xa0;; l’import est désactivé jusqu’à ce qu’il soit de nouveau accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="94"/>
        <source>Contacts from %1.</source>
        <translation>Contacts datant du %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/edition_banners.py" line="99"/>
        <source>Contacts from %1: import the latest monthly email</source>
        <translation>Contacts datant du %1&#xa0;: importez le dernier e-mail mensuel</translation>
    </message>
</context>
<context>
    <name>EmergencySheet</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="128"/>
        <source>(no contacts listed)</source>
        <translation>(aucun contact indiqué)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="188"/>
        <source>TLD-OPS incident response contacts</source>
        <translation>Contacts de réponse aux incidents TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="191"/>
        <source>Edition {stamp} of {date} · members: {members} · contacts: {contacts}</source>
        <translation>Édition {stamp} du {date} · membres&#xa0;: {members} · contacts&#xa0;: {contacts}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="201"/>
        <source>UNTRUSTED: not sent through the TLD-OPS list</source>
        <translation>NON FIABLE&#xa0;: non envoyée via la liste TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="210"/>
        <source>Only {shown} of {total} members: {scope}.</source>
        <translation>Seulement {shown} membres sur {total}&#xa0;: {scope}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="216"/>
        <source>those a search showed</source>
        <translation>ceux qu’une recherche a montrés</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="224"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="225"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="226"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="227"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="228"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="229"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="256"/>
        <source>Printed {date} — destroy when superseded by a newer edition · page {page} of {pages}</source>
        <translation>Imprimée le {date} — à détruire dès qu&apos;une édition plus récente la remplace · page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="311"/>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="312"/>
        <source>secondary</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="313"/>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="335"/>
        <source>The sheet could not be printed: the printer or file refused it.</source>
        <translation>Impossible d&apos;imprimer la fiche&#xa0;: l&apos;imprimante ou le fichier l&apos;a refusée.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="381"/>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="448"/>
        <source>TLD-OPS contacts, edition {stamp}</source>
        <translation>Contacts TLD-OPS, édition {stamp}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="412"/>
        <source>Save the emergency sheet as PDF</source>
        <translation>Enregistrer la fiche d&apos;urgence en PDF</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="414"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/sheet.py" line="453"/>
        <source>Print the emergency sheet</source>
        <translation>Imprimer la fiche d&apos;urgence</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="66"/>
        <source>Export contacts as vCards</source>
        <translation>Exporter les contacts en vCards</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="77"/>
        <source>Which members</source>
        <translation>Membres concernés</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="83"/>
        <source>&amp;Selected member (members: {members}, contacts: {contacts})</source>
        <translation>Membre &amp;sélectionné (membres&#xa0;: {members}, contacts&#xa0;: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="86"/>
        <source>Current search &amp;results (members: {members}, contacts: {contacts})</source>
        <translation>&amp;Résultats de la recherche en cours (membres&#xa0;: {members}, contacts&#xa0;: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="88"/>
        <source>&amp;All members (members: {members}, contacts: {contacts})</source>
        <translation>&amp;Tous les membres (membres&#xa0;: {members}, contacts&#xa0;: {contacts})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="107"/>
        <source>vCard 3.0 (most phones and address books)</source>
        <translation>vCard 3.0 (la plupart des téléphones et carnets d&apos;adresses)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="108"/>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="109"/>
        <source>vCard version</source>
        <translation>Version de vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="110"/>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="111"/>
        <source>&amp;One file with every contact</source>
        <translation>Un seul &amp;fichier pour tous les contacts</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="112"/>
        <source>One file &amp;per contact, in a folder</source>
        <translation>Un fichier &amp;par contact, dans un dossier</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="117"/>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="118"/>
        <source>Put the &amp;ccTLD before names (“.de Anna Jansen”)</source>
        <translation>Placer le &amp;ccTLD devant les noms («&#xa0;.de Anna Jansen&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="120"/>
        <source>Makes TLD-OPS contacts easy to find and tell apart in a phone&apos;s list.</source>
        <translation>Permet de trouver et de distinguer facilement les contacts TLD-OPS dans le répertoire du téléphone.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="132"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="170"/>
        <source>Folder for the vCard files</source>
        <translation>Dossier des fichiers vCard</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="175"/>
        <source>Save the vCards</source>
        <translation>Enregistrer les vCards</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="177"/>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="199"/>
        <source>Contacts written to {target}: {contacts}.</source>
        <translation>Contacts écrits dans {target}&#xa0;: {contacts}.</translation>
    </message>
</context>
<context>
    <name>FindMailDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="110"/>
        <source>Find my mail</source>
        <translation>Trouver mes e-mails</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="123"/>
        <source>Tick the mailbox where the monthly TLD-OPS repository email arrives: usually your inbox, or the folder your mail filters move the list&apos;s messages to. Nothing is read until you click Import. The mailboxes you import are remembered and checked for new editions each time the app starts.</source>
        <translation>Cochez la boîte aux lettres où arrive l&apos;e-mail mensuel du référentiel TLD-OPS&#xa0;: en général votre boîte de réception, ou le dossier vers lequel vos filtres de messagerie déplacent les messages de la liste. Rien n&apos;est lu avant que vous cliquiez sur Importer. Les boîtes aux lettres que vous importez sont mémorisées, et les nouvelles éditions y sont recherchées à chaque démarrage de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="134"/>
        <source>Looking in the usual places of Thunderbird, Evolution, KMail, Claws Mail, Apple Mail and Outlook…</source>
        <translation>Recherche dans les emplacements habituels de Thunderbird, Evolution, KMail, Claws Mail, Apple Mail et Outlook…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="143"/>
        <source>Looking for mailboxes</source>
        <translation>Recherche des boîtes aux lettres</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="151"/>
        <source>Mailboxes found</source>
        <translation>Boîtes aux lettres trouvées</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="156"/>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="157"/>
        <source>Mail program</source>
        <translation>Logiciel de messagerie</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="158"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="159"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="160"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="183"/>
        <source>Remembered mailboxes (checked for new editions)</source>
        <translation>Boîtes aux lettres mémorisées (vérifiées pour les nouvelles éditions)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="187"/>
        <source>Remembered mailboxes</source>
        <translation>Boîtes aux lettres mémorisées</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="191"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="193"/>
        <source>Stop checking this mailbox (the contacts already imported stay)</source>
        <translation>Ne plus vérifier cette boîte aux lettres (les contacts déjà importés sont conservés)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="207"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="210"/>
        <source>Remember the ticked mailboxes and import the editions in them</source>
        <translation>Mémoriser les boîtes aux lettres cochées et importer les éditions qu&apos;elles contiennent</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="214"/>
        <source>Import a &amp;file…</source>
        <translation>Importer un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="215"/>
        <source>A saved repository email (.eml) or an mbox file</source>
        <translation>Un e-mail du référentiel enregistré (.eml) ou un fichier mbox</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="216"/>
        <source>Import a f&amp;older…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="217"/>
        <source>A Maildir or MH folder, or a folder of .eml files</source>
        <translation>Un dossier Maildir ou MH, ou un dossier de fichiers .eml</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="302"/>
        <source>Remembered</source>
        <translation>Mémorisée</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="324"/>
        <source>No mailbox was found in the usual places of the mail programs. If you know where the monthly email is, import it from here: a saved email or an mbox file with Import a file…, a mail folder with Import a folder…</source>
        <translation>Aucune boîte aux lettres n&apos;a été trouvée dans les emplacements habituels des logiciels de messagerie. Si vous savez où se trouve l&apos;e-mail mensuel, importez-le d&apos;ici&#xa0;: un e-mail enregistré ou un fichier mbox avec Importer un fichier…, un dossier de messagerie avec Importer un dossier…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="331"/>
        <source>Found 1 mailbox. Tick it, then click Import.</source>
        <translation>1 boîte aux lettres trouvée. Cochez-la, puis cliquez sur Importer.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="333"/>
        <source>Found %1 mailboxes. Tick the ones to use, then click Import.</source>
        <translation>%1 boîtes aux lettres trouvées. Cochez celles à utiliser, puis cliquez sur Importer.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="336"/>
        <source>No mailbox found here can be read as it is: see below for what to do.</source>
        <translation>Aucune des boîtes aux lettres trouvées ne peut être lue en l&apos;état&#xa0;: voir ci-dessous la marche à suivre.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="354"/>
        <source>Not readable: export needed</source>
        <translation>Illisible&#xa0;: exportation nécessaire</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="356"/>
        <source>Needs the Outlook add-on</source>
        <translation>Nécessite le module complémentaire Outlook</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="362"/>
        <source>Outlook for Mac keeps mail in its own database, which this app cannot read. Drag the monthly repository emails from Outlook into a folder (they become .eml files) and import that folder.</source>
        <translation>Outlook pour Mac conserve les e-mails dans sa propre base de données, que cette application ne peut pas lire. Faites glisser les e-mails mensuels du référentiel depuis Outlook vers un dossier (ils deviennent des fichiers .eml) et importez ce dossier.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="368"/>
        <source>Outlook data files (.pst, .ost) need the optional Outlook support: pip install &apos;tldops-desktop[outlook]&apos;. Without it, drag the emails out of Outlook into a folder and import that folder.</source>
        <translation>Les fichiers de données Outlook (.pst, .ost) nécessitent la prise en charge facultative d&apos;Outlook&#xa0;: pip install &apos;tldops-desktop[outlook]&apos;. Sans elle, faites glisser les e-mails depuis Outlook vers un dossier et importez ce dossier.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="445"/>
        <source>missing</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/find_mail.py" line="452"/>
        <source>None yet: the mailboxes you import are remembered here.</source>
        <translation>Aucune pour l&apos;instant&#xa0;: les boîtes aux lettres que vous importez sont mémorisées ici.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="71"/>
        <source>Edition history</source>
        <translation>Historique des éditions</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="82"/>
        <source>Editions</source>
        <translation>Éditions</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="85"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="86"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="87"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="88"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="89"/>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="90"/>
        <source>Current</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="117"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="117"/>
        <source>no — not from the list</source>
        <translation>non — pas reçue via la liste</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="118"/>
        <source>current</source>
        <translation>actuelle</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="148"/>
        <source>Older edition</source>
        <translation>Édition plus ancienne</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="150"/>
        <source>Newer edition</source>
        <translation>Édition plus récente</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="152"/>
        <source>(untrusted)</source>
        <translation>(non fiable)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="155"/>
        <source>Changes &amp;from</source>
        <translation>Modifications e&amp;ntre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="157"/>
        <source>&amp;to</source>
        <translation>&amp;et</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="171"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="174"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="285"/>
        <source>Import a second edition to see what changed from one month to the next.</source>
        <translation>Importez une deuxième édition pour voir ce qui a changé d&apos;un mois à l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="287"/>
        <source>Choose two editions.</source>
        <translation>Choisissez deux éditions.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="291"/>
        <source>Choose two different editions.</source>
        <translation>Choisissez deux éditions différentes.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="295"/>
        <source>This edition is no longer in the database.</source>
        <translation>Cette édition ne figure plus dans la base de données.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="305"/>
        <source>{cctld}: no change between these two editions.</source>
        <translation>{cctld}&#xa0;: aucune modification entre ces deux éditions.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="317"/>
        <source>No changes from {old} to {new}.</source>
        <translation>Aucune modification entre {old} et {new}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="324"/>
        <source>From {old} to {new}: members joined: {joined}, left: {left}, changed: {changed} (contact changes: {contacts}).</source>
        <translation>De {old} à {new}&#xa0;: membres arrivés&#xa0;: {joined}, partis&#xa0;: {left}, modifiés&#xa0;: {changed} (modifications de contact&#xa0;: {contacts}).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="336"/>
        <source>Joined</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="337"/>
        <source>Left</source>
        <translation>Départs</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="338"/>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="387"/>
        <source>Contact added</source>
        <translation>Contact ajouté</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="397"/>
        <source>Contact removed</source>
        <translation>Contact supprimé</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="406"/>
        <source>Contact changed: {name}</source>
        <translation>Contact modifié&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="438"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="439"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="440"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="441"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="442"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="443"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="459"/>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="460"/>
        <source>{count} contacts</source>
        <translation>{count} contacts</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="48"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="65"/>
        <source>Looking for repository emails in 1 location…</source>
        <translation>Recherche des e-mails du référentiel dans 1 emplacement…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="67"/>
        <source>Looking for repository emails in {count} locations…</source>
        <translation>Recherche des e-mails du référentiel dans {count} emplacements…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="73"/>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="75"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="109"/>
        <source>Cancelling… nothing will be stored.</source>
        <translation>Annulation… rien ne sera enregistré.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="138"/>
        <source>All {messages} messages read · reading the editions found: {editions}…</source>
        <translation>Les {messages} messages sont lus · lecture des éditions trouvées&#xa0;: {editions}…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="145"/>
        <source>{scanned} of {total}</source>
        <translation>{scanned} sur {total}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/import_dialog.py" line="151"/>
        <source>{size} · messages: {messages} · editions found: {editions}</source>
        <translation>{size} · messages&#xa0;: {messages} · éditions trouvées&#xa0;: {editions}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="48"/>
        <source>it has no List-Id header, so it did not come through a mailing list</source>
        <translation>il n&apos;a pas d&apos;en-tête List-Id, il n&apos;est donc pas passé par une liste de diffusion</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="52"/>
        <source>it came through another mailing list</source>
        <translation>il est passé par une autre liste de diffusion</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="55"/>
        <source>it has no Sender header of the TLD-OPS list server, which the list&apos;s copies carry</source>
        <translation>elle n’a pas l’en-tête Sender du serveur de la liste TLD-OPS, que portent les copies de la liste</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="59"/>
        <source>it was sent by another server than the TLD-OPS list&apos;s</source>
        <translation>il a été envoyé par un autre serveur que celui de la liste TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="62"/>
        <source>neither its From nor its To is the TLD-OPS list address</source>
        <translation>ni son From ni son To n&apos;est l&apos;adresse de la liste TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="65"/>
        <source>its edition date is later than the day it was sent: the list sends an edition when it is made</source>
        <translation>sa date d’édition est postérieure au jour de son envoi&#xa0;: la liste envoie une édition dès qu’elle est produite</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="70"/>
        <source>its edition date is more than a week after today: the list sends an edition when it is made</source>
        <translation>sa date d’édition dépasse de plus d’une semaine la date du jour&#xa0;: la liste envoie une édition dès qu’elle est produite</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="75"/>
        <source>it was inside a digest that the TLD-OPS list did not send</source>
        <translation>il se trouvait dans un condensé que la liste TLD-OPS n’a pas envoyé</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="80"/>
        <source>unknown reason</source>
        <translation>raison inconnue</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="86"/>
        <source>cannot be read</source>
        <translation>ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="87"/>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="88"/>
        <source>is a link to a file or folder that does not exist</source>
        <translation>est un lien vers un fichier ou un dossier qui n’existe pas</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="91"/>
        <source>is a named pipe, not a file. Save what it gives to a file and import that</source>
        <translation>est un tube nommé, pas un fichier. Enregistrez ce qu’il fournit dans un fichier et importez celui-ci</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="95"/>
        <source>is not a mailbox or mail file</source>
        <translation>n&apos;est ni une boîte aux lettres ni un fichier de messagerie</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="98"/>
        <source>is too large to be an edition</source>
        <translation>est trop volumineux pour être une édition</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="101"/>
        <source>has a header block too large to be mail</source>
        <translation>a un bloc d&apos;en-têtes trop volumineux pour un e-mail</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="104"/>
        <source>is nested too deeply to read</source>
        <translation>est imbriqué trop profondément pour être lu</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="107"/>
        <source>begins a message that names an edition, run on from the message before it after a “From ” line of a form mail programs do not write: not read. Save that message from your mail program as an .eml file and import that</source>
        <translation>commence un message qui nomme une édition, collé au message précédent après une ligne «&#xa0;From&#xa0;» d’une forme qu’aucun logiciel de messagerie n’écrit&#xa0;: non lu. Enregistrez ce message depuis votre logiciel de messagerie dans un fichier .eml et importez celui-ci</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="113"/>
        <source>ends before its last MIME part is closed, where another message begins in the file (a copy cut short, then another joined to it): read up to there</source>
        <translation>se termine avant la fermeture de sa dernière partie MIME, là où un autre message commence dans le fichier (une copie tronquée, suivie d’une autre)&#xa0;: lu jusque-là</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="118"/>
        <source>unpacks to far more than its own size, as no mail does (an archive made to fill memory or disk): the rest of it was not read</source>
        <translation>se décompresse en bien plus que sa propre taille, ce qu’aucun courrier ne fait (une archive faite pour remplir la mémoire ou le disque)&#xa0;: le reste n’a pas été lu</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="123"/>
        <source>holds too many files to look through all of them. Unpack it and import the mail in it</source>
        <translation>contient trop de fichiers pour les parcourir tous. Décompressez-le et importez le courrier qu’il contient</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="127"/>
        <source>cannot be parsed as mail</source>
        <translation>ne peut pas être analysé comme un e-mail</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="128"/>
        <source>has no readable text</source>
        <translation>ne contient aucun texte lisible</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="129"/>
        <source>lists no members</source>
        <translation>n&apos;indique aucun membre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="130"/>
        <source>has an edition stamp that is not a date</source>
        <translation>a un identifiant d&apos;édition qui n&apos;est pas une date</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="138"/>
        <source>has a text too large to be an edition</source>
        <translation>contient un texte trop grand pour être une édition</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="141"/>
        <source>was not imported: part of it is zeroed (NUL bytes, as a crash or a disk fault leaves), so its members&apos; contacts could be mixed up. Import an intact copy</source>
        <translation>n’a pas été importée&#xa0;: une partie est remplie de zéros (octets NUL, comme en laisse un plantage ou une panne de disque), et les contacts de ses membres pourraient être mélangés. Importez une copie intacte</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="146"/>
        <source>was forwarded in the text of a message, not attached: who wrote it cannot be checked, so it was not imported. Ask for the original as an attachment</source>
        <translation>a été transféré dans le texte d’un message, pas en pièce jointe&#xa0;: on ne peut vérifier qui l’a écrit, il n’a donc pas été importé. Demandez l’original en pièce jointe</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="151"/>
        <source>needs the optional Outlook support</source>
        <translation>nécessite la prise en charge facultative d’Outlook</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="154"/>
        <source>has only a rich-text (RTF) body; save it as .eml to import it</source>
        <translation>n’a qu’un corps en texte enrichi (RTF)&#xa0;; enregistrez-le en .eml pour l’importer</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="157"/>
        <source>has an attached message that Apple Mail keeps apart and has not downloaded. Open the message in Mail, then import again</source>
        <translation>contient un message joint qu’Apple Mail garde à part et n’a pas encore téléchargé. Ouvrez le message dans Mail, puis importez de nouveau</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="162"/>
        <source>was not imported: it does not reach the list&apos;s footer and lists fewer members or contacts than the edition before it, as a copy cut short does. Import a complete copy</source>
        <translation>n’a pas été importée&#xa0;: elle n’atteint pas le pied de page de la liste et compte moins de membres ou de contacts que l’édition précédente, comme une copie tronquée. Importez une copie complète</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="168"/>
        <source>names an edition and lists contacts, but its subject does not begin with the edition&apos;s title (a member&apos;s post, or a mark a mail filter put there): not imported</source>
        <translation>nomme une édition et contient des contacts, mais son objet ne commence pas par le titre de l&apos;édition (un message d&apos;un membre, ou une marque ajoutée par un filtre de messagerie)&#xa0;: non importé</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="173"/>
        <source>was not imported: only its first lines were downloaded. In Thunderbird, open it and choose to download the rest of the message</source>
        <translation>n’a pas été importé&#xa0;: seules ses premières lignes ont été téléchargées. Dans Thunderbird, ouvrez-le et choisissez de télécharger la suite du message</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="178"/>
        <source>names an edition but is encrypted (S/MIME or PGP), which cannot be read here: not imported. Save the edition from your mail program, decrypted, as an .eml file and import that</source>
        <translation>désigne une édition mais est chiffré (S/MIME ou PGP), ce qui ne peut pas être lu ici&#xa0;: non importé. Enregistrez l’édition depuis votre logiciel de messagerie, déchiffrée, en fichier .eml et importez ce fichier</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="184"/>
        <source>names an edition but is signed (S/MIME) with a damaged signature, in which the message is carried: not imported. Save the edition from your mail program as an .eml file and import that</source>
        <translation>désigne une édition mais est signé (S/MIME) avec une signature endommagée, dans laquelle le message est transporté&#xa0;: non importé. Enregistrez l’édition depuis votre logiciel de messagerie en fichier .eml et importez ce fichier</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="190"/>
        <source>has the edition&apos;s title with a stamp not in angle brackets, as the list never writes it (a mail program or gateway changed the subject, or a forgery): not imported</source>
        <translation>porte le titre de l’édition avec un identifiant hors de chevrons, ce que la liste n’écrit jamais (un logiciel de messagerie ou une passerelle a modifié l’objet, ou c’est une falsification)&#xa0;: non importé</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="196"/>
        <source>names an edition and has an attachment in Outlook&apos;s own format (a .msg file or winmail.dat), which cannot be read inside a message: not imported. Open it in Outlook, save the attached message to a folder and import that folder</source>
        <translation>nomme une édition et contient une pièce jointe au format propre d’Outlook (un fichier .msg ou winmail.dat), illisible à l’intérieur d’un message&#xa0;: non importé. Ouvrez-le dans Outlook, enregistrez le message joint dans un dossier et importez ce dossier</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="224"/>
        <source>a whole copy replaced the one stored, which was cut short (its last members missing): {source}</source>
        <translation>une copie complète a remplacé celle enregistrée, qui était tronquée (il manquait ses derniers membres)&#xa0;: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="229"/>
        <source>a copy cut short (its last members missing) was left out: {source}</source>
        <translation>une copie tronquée (il manque ses derniers membres) a été ignorée&#xa0;: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="233"/>
        <source>a copy with its names whole replaced the one stored, which had “?” for letters (a plain-text digest): {source}</source>
        <translation>une copie aux noms intacts a remplacé celle enregistrée, qui avait «&#xa0;?&#xa0;» à la place de lettres (un condensé en texte brut)&#xa0;: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="238"/>
        <source>a copy with “?” for letters of its names (a plain-text digest) was left out: {source}</source>
        <translation>une copie avec «&#xa0;?&#xa0;» à la place de lettres de ses noms (un condensé en texte brut) a été écartée&#xa0;: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="242"/>
        <source>the list&apos;s own copy took the place of one imported without the list&apos;s word: {source}</source>
        <translation>la copie de la liste elle-même a pris la place d’une copie importée sans la garantie de la liste&#xa0;: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="246"/>
        <source>the copy you chose took the place of the one stored, which stays on record: {source}</source>
        <translation>la copie que vous avez choisie a pris la place de celle enregistrée, qui reste conservée&#xa0;: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="250"/>
        <source>it does not reach the list&apos;s footer, so it may have been cut short: check its last members, or import a complete copy: {source}</source>
        <translation>elle n’atteint pas le pied de page de la liste et a donc pu être tronquée&#xa0;: vérifiez ses derniers membres, ou importez une copie complète&#xa0;: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="255"/>
        <source>stored as another version of TLD-OPS Desktop read it; its contacts are now as this version reads the same email: {source}</source>
        <translation>enregistrée telle qu’une autre version de TLD-OPS Desktop l’avait lue&#xa0;; ses contacts sont désormais ceux que cette version lit dans le même message&#xa0;: {source}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="271"/>
        <source>the ccTLD&apos;s label and its A-label disagree; the A-label was kept</source>
        <translation>le libellé du ccTLD et son A-label diffèrent&#xa0;; le A-label a été conservé</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="274"/>
        <source>a table column whose cells are not kept (of no kind known, or a second one of a kind): read them in the email</source>
        <translation>une colonne du tableau dont les cellules ne sont pas conservées (d’un type inconnu, ou une deuxième du même type)&#xa0;: lisez-les dans le courriel</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="279"/>
        <source>its text is not in the character set it declares, so its names were read by a guess: check them</source>
        <translation>son texte n’est pas dans le jeu de caractères qu’il déclare, ses noms ont donc été lus au jugé&#xa0;: vérifiez-les</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="284"/>
        <source>its text names no character set, so its names were read by a guess: check them</source>
        <translation>son texte n’indique aucun jeu de caractères, ses noms ont donc été lus par supposition&#xa0;: vérifiez-les</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="288"/>
        <source>its text was read in the wrong character set on its way and sent on so (“JosÃ©” for “José”); its names were read back as written: check them</source>
        <translation>son texte a été lu dans un mauvais jeu de caractères en route, puis renvoyé ainsi («&#xa0;JosÃ©&#xa0;» pour «&#xa0;José&#xa0;»)&#xa0;; ses noms ont été relus tels qu’ils étaient écrits&#xa0;: vérifiez-les</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="293"/>
        <source>not an email address (kept as written)</source>
        <translation>pas une adresse e-mail (conservée telle qu’écrite)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="296"/>
        <source>no number to dial could be read (kept as written)</source>
        <translation>aucun numéro à composer n’a pu être lu (conservé tel qu’écrit)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="299"/>
        <source>a contact without this field</source>
        <translation>un contact sans ce champ</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="302"/>
        <source>no region given (the app shows the usual one, marked)</source>
        <translation>aucune région indiquée (l’application affiche l’habituelle, signalée)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="305"/>
        <source>the ccTLD is listed twice; every contact was kept</source>
        <translation>le ccTLD figure deux fois&#xa0;; tous les contacts ont été conservés</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="308"/>
        <source>a member without contacts</source>
        <translation>un membre sans contact</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="311"/>
        <source>the same contact written again for the member: kept once</source>
        <translation>le même contact écrit à nouveau pour le membre&#xa0;: gardé une fois</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="314"/>
        <source>a contact whose every field is a placeholder (such as “—” or “TBD”): not kept</source>
        <translation>un contact dont chaque champ est un espace réservé (comme «&#xa0;—&#xa0;» ou «&#xa0;TBD&#xa0;»)&#xa0;: non gardé</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="318"/>
        <source>more than three contacts (all kept)</source>
        <translation>plus de trois contacts (tous conservés)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="321"/>
        <source>letters of this name were lost on the way (written as “?”, as a plain-text digest does): import the list&apos;s own copy</source>
        <translation>des lettres de ce nom se sont perdues en route (écrites «&#xa0;?&#xa0;», comme le fait un condensé en texte brut)&#xa0;: importez la copie de la liste elle-même</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="326"/>
        <source>two contacts of the member give this position (both kept, in the order written)</source>
        <translation>deux contacts du membre indiquent cette position (les deux sont conservés, dans l’ordre écrit)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="342"/>
        <source>an unknown field</source>
        <translation>un champ inconnu</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="343"/>
        <source>a field outside any member&apos;s contact</source>
        <translation>un champ hors de tout contact d’un membre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="346"/>
        <source>a table row that does not fit the table&apos;s columns</source>
        <translation>une ligne de tableau qui ne correspond pas à ses colonnes</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="349"/>
        <source>not a ccTLD that can be read</source>
        <translation>pas un ccTLD lisible</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="352"/>
        <source>text among the data</source>
        <translation>texte parmi les données</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="353"/>
        <source>a note among the members; read it</source>
        <translation>une note parmi les membres&#xa0;; lisez-la</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="390"/>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="412"/>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="411"/>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="411"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="428"/>
        <source>Import anyway…</source>
        <translation>Importer quand même…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="432"/>
        <source>Keep this copy instead…</source>
        <translation>Garder plutôt cette copie…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="435"/>
        <source>Store the selected conflicting copy in place of the one kept</source>
        <translation>Enregistrer la copie en conflit sélectionnée à la place de celle conservée</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="466"/>
        <source>The import stopped: {error}</source>
        <translation>L&apos;importation s&apos;est arrêtée&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="472"/>
        <source>Editions added</source>
        <translation>Éditions ajoutées</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="474"/>
        <source>Already present</source>
        <translation>Déjà présentes</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="478"/>
        <source>Not sent through the TLD-OPS list</source>
        <translation>Non envoyées via la liste TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="542"/>
        <source>Where the import stopped</source>
        <translation>Où l&apos;importation s&apos;est arrêtée</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="564"/>
        <source>{stamp}, HTML line {line}</source>
        <translation>{stamp}, ligne {line} du HTML</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="573"/>
        <source>already stored as a trusted edition; this copy changes nothing; </source>
        <translation>déjà enregistrée comme édition fiable&#xa0;; cette copie ne change rien&#xa0;; </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="574"/>
        <source>imported as untrusted; </source>
        <translation>importée comme non fiable&#xa0;; </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="492"/>
        <source>Conflicts (same edition, different content)</source>
        <translation>Conflits (même édition, contenu différent)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="497"/>
        <source>{source}: differs from the copy already stored ({existing}); the stored copy was kept</source>
        <translation>{source}&#xa0;: diffère de la copie déjà enregistrée ({existing})&#xa0;; la copie enregistrée a été conservée</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="515"/>
        <source>Lines not understood</source>
        <translation>Lignes non reconnues</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="566"/>
        <source>{stamp}, line {line}</source>
        <translation>{stamp}, ligne {line}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="526"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="537"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="550"/>
        <source>1 edition did not come through the TLD-OPS list and was not imported. Anyone can send an email that looks like the repository.</source>
        <translation>1 édition n&apos;est pas passée par la liste TLD-OPS et n&apos;a pas été importée. N&apos;importe qui peut envoyer un e-mail qui ressemble au référentiel.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="555"/>
        <source>{count} editions did not come through the TLD-OPS list and were not imported. Anyone can send an email that looks like the repository.</source>
        <translation>{count} éditions ne sont pas passées par la liste TLD-OPS et n&apos;ont pas été importées. N&apos;importe qui peut envoyer un e-mail qui ressemble au référentiel.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="581"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="582"/>
        <source>the backup taken before an import could not be written: nothing was stored</source>
        <translation>la sauvegarde faite avant une importation n&apos;a pas pu être écrite&#xa0;: rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="585"/>
        <source>Mail read</source>
        <translation>Courrier lu</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="586"/>
        <source>every edition above is stored, but the mail read is not remembered: the next import reads it again</source>
        <translation>toutes les éditions ci-dessus sont enregistrées, mais le courrier lu n&apos;est pas mémorisé&#xa0;: la prochaine importation le relira</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="591"/>
        <source>being written when the import stopped: not stored</source>
        <translation>en cours d&apos;écriture quand l&apos;importation s&apos;est arrêtée&#xa0;: non enregistrée</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="593"/>
        <source>written with it, then undone: not stored</source>
        <translation>écrite avec elle, puis annulée&#xa0;: non enregistrée</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="597"/>
        <source>not examined: not stored by this import</source>
        <translation>non examinée&#xa0;: non enregistrée par cette importation</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="216"/>
        <source>{problem} (technical detail: {detail})</source>
        <translation>{problem} (détail technique&#xa0;: {detail})</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="133"/>
        <source>may have been cut short (its mail file ends mid-line, before the list&apos;s footer): not imported. Import a complete copy</source>
        <translation>a pu être tronquée (son fichier de courrier se termine au milieu d’une ligne, avant le pied de page de la liste)&#xa0;: non importée. Importez une copie complète</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="608"/>
        <source>Scanned 1 message ({size}).</source>
        <translation>1 message examiné ({size}).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="610"/>
        <source>Scanned {count} messages ({size}).</source>
        <translation>{count} messages examinés ({size}).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="612"/>
        <source>Found 1 edition: {added} added, {present} already present.</source>
        <translation>1 édition trouvée&#xa0;: {added} ajoutée, {present} déjà présente.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="614"/>
        <source>Found {count} editions: {added} added, {present} already present.</source>
        <translation>{count} éditions trouvées&#xa0;: {added} ajoutées, {present} déjà présentes.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="630"/>
        <source>This was a trial run: nothing was stored.</source>
        <translation>C&apos;était un essai&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="633"/>
        <source>No repository email was found. Choose the mailbox or the saved email whose subject is “TLD-OPS Incident Response Community Repository &lt;…&gt;”.</source>
        <translation>Aucun e-mail du référentiel n&apos;a été trouvé. Choisissez la boîte aux lettres ou l&apos;e-mail enregistré dont l&apos;objet est «&#xa0;TLD-OPS Incident Response Community Repository &lt;…&gt;&#xa0;».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="644"/>
        <source>1 edition was not imported: it was not sent through the TLD-OPS list.</source>
        <translation>1 édition n&apos;a pas été importée&#xa0;: elle n&apos;a pas été envoyée via la liste TLD-OPS.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="647"/>
        <source>%Ln editions were not imported: they were not sent through the TLD-OPS list.</source>
        <translation>
            <numerusform>%Ln édition n&apos;a pas été importée&#xa0;: elle n&apos;a pas été envoyée via la liste TLD-OPS.</numerusform>
            <numerusform>%Ln éditions n&apos;ont pas été importées&#xa0;: elles n&apos;ont pas été envoyées via la liste TLD-OPS.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="654"/>
        <source>1 edition was not imported because of a problem (see Problems).</source>
        <translation>1 édition n&apos;a pas été importée à cause d&apos;un problème (voir Problèmes).</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="657"/>
        <source>%Ln editions were not imported because of a problem (see Problems).</source>
        <translation>
            <numerusform>%Ln édition n&apos;a pas été importée à cause d&apos;un problème (voir Problèmes).</numerusform>
            <numerusform>%Ln éditions n&apos;ont pas été importées à cause d&apos;un problème (voir Problèmes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="665"/>
        <source>1 copy differs from the edition stored under its date: the stored one was kept.</source>
        <translation>1 copie diffère de l&apos;édition enregistrée à sa date&#xa0;: celle enregistrée a été conservée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="670"/>
        <source>%Ln copies differ from the editions stored under their dates: the stored ones were kept.</source>
        <translation>
            <numerusform>%Ln copie diffère de l&apos;édition enregistrée à sa date&#xa0;: celle enregistrée a été conservée.</numerusform>
            <numerusform>%Ln copies diffèrent des éditions enregistrées à leurs dates&#xa0;: celles enregistrées ont été conservées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="678"/>
        <source>1 file could not be read as mail.</source>
        <translation>1 fichier n&apos;a pas pu être lu comme un e-mail.</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="680"/>
        <source>%Ln files could not be read as mail.</source>
        <translation>
            <numerusform>%Ln fichier n&apos;a pas pu être lu comme un e-mail.</numerusform>
            <numerusform>%Ln fichiers n&apos;ont pas pu être lus comme des e-mails.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="684"/>
        <source>1 other problem (see Problems).</source>
        <translation>1 autre problème (voir Problèmes).</translation>
    </message>
    <message numerus="yes">
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="686"/>
        <source>%Ln other problems (see Problems).</source>
        <translation>
            <numerusform>%Ln autre problème (voir Problèmes).</numerusform>
            <numerusform>%Ln autres problèmes (voir Problèmes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="695"/>
        <source>Members that differ: {members}.</source>
        <translation>Membres qui diffèrent&#xa0;: {members}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="779"/>
        <source>Keep this copy instead?</source>
        <translation>Garder plutôt cette copie&#xa0;?</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="782"/>
        <source>Edition {stamp} was found twice, with different contacts. Keep the copy from {source} in place of the one stored?</source>
        <translation>L’édition {stamp} a été trouvée deux fois, avec des contacts différents. Garder la copie de {source} à la place de celle enregistrée&#xa0;?</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="792"/>
        <source>Choose it when you know it is the right one, a correction sent by the list, say. A backup is taken first, and the copy stored now stays on record.</source>
        <translation>Choisissez-la si vous savez que c’est la bonne, une correction envoyée par la liste par exemple. Une sauvegarde est faite d’abord, et la copie enregistrée maintenant reste conservée.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="798"/>
        <source>Keep this copy</source>
        <translation>Garder cette copie</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="834"/>
        <source>Import untrusted editions?</source>
        <translation>Importer des éditions non fiables&#xa0;?</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="837"/>
        <source>These editions were not sent through the TLD-OPS mailing list. Anyone can send an email that looks like the repository, with false phone numbers or addresses.</source>
        <translation>Ces éditions n&apos;ont pas été envoyées via la liste de diffusion TLD-OPS. N&apos;importe qui peut envoyer un e-mail qui ressemble à celui du référentiel, avec de faux numéros de téléphone ou de fausses adresses.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="843"/>
        <source>Import them only if you know where they came from. They are stored marked as untrusted and never become the current edition while a trusted one exists; with none stored, the newest is shown under a red warning.</source>
        <translation>Ne les importez que si vous savez d’où elles viennent. Elles sont enregistrées comme non fiables et ne deviennent jamais l’édition actuelle tant qu’une édition fiable existe&#xa0;; s’il n’y en a aucune, la plus récente s’affiche sous un avertissement rouge.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/report.py" line="855"/>
        <source>Import anyway</source>
        <translation>Importer quand même</translation>
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
        <translation>En attente de la clé des contacts, que doit donner le trousseau du système. Si votre bureau affiche une demande de déverrouillage du trousseau, répondez-y.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/workers.py" line="51"/>
        <source>Stop waiting</source>
        <translation>Ne plus attendre</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="16"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="18"/>
        <source>The contacts are hidden because the window was left without input.</source>
        <translation>Les contacts sont masqués, car la fenêtre est restée sans activité.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="25"/>
        <source>Anyone at this computer can unlock it: the key of the contacts is kept by the system (its keyring, or the environment), so no passphrase is asked. Lock the computer itself when you leave it.</source>
        <translation>N’importe qui devant cet ordinateur peut la déverrouiller&#xa0;: la clé des contacts est gardée par le système (son trousseau, ou l’environnement), donc aucune phrase de passe n’est demandée. Verrouillez l’ordinateur lui-même quand vous le quittez.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/locked_page.py" line="33"/>
        <location filename="../tldops_desktop/gui/locked_page.py" line="36"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="205"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="207"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="253"/>
        <source>Search ccTLD, country, name, email or phone (Ctrl+F)</source>
        <translation>Rechercher un ccTLD, un pays, un nom, un e-mail ou un téléphone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="258"/>
        <source>Search members</source>
        <translation>Rechercher des membres</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="261"/>
        <source>Type a ccTLD, country, name, email or phone digits; Up and Down move in the list, Enter shows the contacts, Escape clears</source>
        <translation>Saisissez un ccTLD, un pays, un nom, un e-mail ou des chiffres de téléphone&#xa0;; Haut et Bas parcourent la liste, Entrée affiche les contacts, Échap efface</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="274"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="277"/>
        <source>Unknown region</source>
        <translation>Région inconnue</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="278"/>
        <source>Region filter</source>
        <translation>Filtre de région</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="279"/>
        <source>Show the members of one ICANN region</source>
        <translation>Afficher les membres d&apos;une région ICANN</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1218"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1184"/>
        <source>The contacts are hidden because the window was left without input.</source>
        <translation>Les contacts sont masqués, car la fenêtre est restée sans activité.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="329"/>
        <source>Current edition</source>
        <translation>Édition actuelle</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="331"/>
        <source>Members and contacts</source>
        <translation>Membres et contacts</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="333"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="370"/>
        <source>The contacts are closed. Unlock them to see them again.</source>
        <translation>Les contacts sont fermés. Déverrouillez-les pour les revoir.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="482"/>
        <source>Already checking the remembered mailboxes for new editions.</source>
        <translation>Recherche de nouvelles éditions déjà en cours dans les boîtes aux lettres mémorisées.</translation>
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
        <translation>(NON envoyée via la liste)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="587"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="584"/>
        <source>(demo)</source>
        <translation>(démo)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="580"/>
        <source>edition %1</source>
        <translation>édition %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="595"/>
        <source>Bold: changed since %1</source>
        <translation>En gras&#xa0;: modifié depuis %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="600"/>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="604"/>
        <source>Edition %1</source>
        <translation>Édition %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="608"/>
        <source>NOT sent through the list</source>
        <translation>NON envoyée via la liste</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="610"/>
        <source>demo data, invented people</source>
        <translation>données de démonstration, personnes fictives</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="614"/>
        <source>%1 members · %2 contacts</source>
        <translation>%1 membres · %2 contacts</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="893"/>
        <source>Mail files (*.eml *.mbox *.mbx *.msg *.txt *.zip *.tgz *.tar *.gz *.bz2 *.xz);;All files (*)</source>
        <translation>Fichiers de messagerie (*.eml *.mbox *.mbx *.msg *.txt *.zip *.tgz *.tar *.gz *.bz2 *.xz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1028"/>
        <source>the search “%1”</source>
        <translation>la recherche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1031"/>
        <source>region %1</source>
        <translation>région %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1275"/>
        <source>Read only: nothing can be imported into this data folder.</source>
        <translation>Lecture seule&#xa0;: rien ne peut être importé dans ce dossier de données.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="770"/>
        <source>Copied %1; the clipboard is cleared in %2 s.</source>
        <translation>Copié&#xa0;: %1&#xa0;; le presse-papiers sera vidé dans %2 s.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="772"/>
        <source>Copied %1.</source>
        <translation>Copié&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="784"/>
        <source>the phone number of the %1</source>
        <translation>le numéro de téléphone du %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="785"/>
        <source>Nothing copied: the %1 lists no phone number.</source>
        <translation>Rien n’a été copié&#xa0;: le %1 n’a pas de numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="791"/>
        <source>the email address of the %1</source>
        <translation>l’adresse e-mail du %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="792"/>
        <source>Nothing copied: the %1 lists no email address.</source>
        <translation>Rien n’a été copié&#xa0;: le %1 n’a pas d’adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="830"/>
        <source>No monitoring tools (see Settings)</source>
        <translation>Aucun outil de supervision (voir Paramètres)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="890"/>
        <source>Import the monthly repository email</source>
        <translation>Importer l&apos;e-mail mensuel du référentiel</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="902"/>
        <source>Import a mail folder (Maildir, MH or .eml files)</source>
        <translation>Importer un dossier de messagerie (Maildir, MH ou fichiers .eml)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="927"/>
        <source>Import cancelled: the contacts are as they were.</source>
        <translation>Import annulé&#xa0;: les contacts sont restés tels quels.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1097"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1159"/>
        <source>About TLD-OPS Desktop</source>
        <translation>À propos de TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1161"/>
        <source>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;The incident-response contacts of the TLD-OPS member ccTLDs, imported from the monthly repository email and kept encrypted on this computer.&lt;/p&gt;&lt;p&gt;The app never connects to the network: links open in your own mail, phone or browser application, and only when you click them.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TLD-OPS Desktop %1&lt;/h3&gt;&lt;p&gt;Les contacts de réponse aux incidents des ccTLD membres de TLD-OPS, importés depuis l&apos;e-mail mensuel du référentiel et conservés chiffrés sur cet ordinateur.&lt;/p&gt;&lt;p&gt;L&apos;application ne se connecte jamais au réseau&#xa0;: les liens s&apos;ouvrent dans vos propres applications de messagerie, de téléphonie ou de navigation, et uniquement lorsque vous cliquez dessus.&lt;/p&gt;&lt;p&gt;Dossier de données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1181"/>
        <source>The contacts are hidden until you unlock the window.</source>
        <translation>Les contacts sont masqués jusqu’à ce que vous déverrouilliez la fenêtre.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/mainwindow.py" line="1217"/>
        <source>TLD-OPS Desktop (locked)</source>
        <translation>TLD-OPS Desktop (verrouillé)</translation>
    </message>
</context>
<context>
    <name>MemberTable</name>
    <message>
        <location filename="../tldops_desktop/gui/member_table.py" line="48"/>
        <source>Members</source>
        <translation>Membres</translation>
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
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="131"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="132"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="136"/>
        <source>ICANN region; %1 marks a region taken from the ccTLD table, not from the email</source>
        <translation>Région ICANN&#xa0;; %1 signale une région tirée de la table des ccTLD, et non de l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="178"/>
        <source>%1 (changed in the latest edition)</source>
        <translation>%1 (modifié dans la dernière édition)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="222"/>
        <source>The email gives no region; %1 comes from the ccTLD table.</source>
        <translation>L&apos;e-mail n&apos;indique pas de région&#xa0;; %1 provient de la table des ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="225"/>
        <source>No region known</source>
        <translation>Aucune région connue</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/models.py" line="227"/>
        <source>%1 changed in the latest edition</source>
        <translation>%1 a changé dans la dernière édition</translation>
    </message>
</context>
<context>
    <name>NewsBanner</name>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="45"/>
        <source>New editions</source>
        <translation>Nouvelles éditions</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="60"/>
        <source>Show changes</source>
        <translation>Afficher les modifications</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="62"/>
        <source>What changed between the two latest editions</source>
        <translation>Ce qui a changé entre les deux dernières éditions</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="73"/>
        <source>Review…</source>
        <translation>Examiner…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="77"/>
        <source>Open the import on the mailboxes where they were found: see who sent them, and import them only if you trust them</source>
        <translation>Ouvrir l&apos;importation sur les boîtes aux lettres où elles ont été trouvées&#xa0;: voyez qui les a envoyées, et ne les importez que si vous leur faites confiance</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="91"/>
        <location filename="../tldops_desktop/gui/news_banner.py" line="92"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="109"/>
        <source>New contacts: edition %1, %2</source>
        <translation>Nouveaux contacts&#xa0;: édition %1, %2</translation>
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
        <translation>Nouveaux contacts&#xa0;: édition %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="129"/>
        <source>1 edition not sent through the list was ignored (%1): it may be forged.</source>
        <translation>1 édition non envoyée via la liste a été ignorée (%1)&#xa0;: elle peut être falsifiée.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="133"/>
        <source>%2 editions not sent through the list were ignored (%1): they may be forged.</source>
        <translation>%2 éditions non envoyées via la liste ont été ignorées (%1)&#xa0;: elles peuvent être falsifiées.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="166"/>
        <source>no contact changed</source>
        <translation>aucun contact modifié</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="168"/>
        <source>1 contact changed</source>
        <translation>1 contact modifié</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="169"/>
        <source>%1 contacts changed</source>
        <translation>%1 contacts modifiés</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="175"/>
        <source>1 member joined</source>
        <translation>1 membre arrivé</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="175"/>
        <source>%1 members joined</source>
        <translation>%1 membres arrivés</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="177"/>
        <source>1 member left</source>
        <translation>1 membre parti</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/news_banner.py" line="177"/>
        <source>%1 members left</source>
        <translation>%1 membres partis</translation>
    </message>
</context>
<context>
    <name>NonMembersDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="55"/>
        <source>ccTLDs not in TLD-OPS yet</source>
        <translation>ccTLD pas encore membres de TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="78"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="79"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="82"/>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="90"/>
        <source>ccTLDs that are not members</source>
        <translation>ccTLD non membres</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="94"/>
        <source>ccTLD</source>
        <translation>ccTLD</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="94"/>
        <source>Country or territory</source>
        <translation>Pays ou territoire</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="94"/>
        <source>A-label</source>
        <translation>A-label</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="108"/>
        <source>A ccTLD joins TLD-OPS when its IANA administrative contact asks the ccNSO Secretariat. If you know one of these ccTLDs, invite them; until then, their administrative contact in the IANA root zone database is the fallback.</source>
        <translation>Un ccTLD rejoint TLD-OPS lorsque son contact administratif IANA en fait la demande au Secrétariat de la ccNSO. Si vous connaissez l&apos;un de ces ccTLD, invitez-le&#xa0;; d&apos;ici là, son contact administratif dans la base de données de la zone racine de l&apos;IANA reste la solution de repli.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="116"/>
        <location filename="../tldops_desktop/gui/dialogs/history.py" line="137"/>
        <source>Coverage over the editions imported</source>
        <translation>Couverture au fil des éditions importées</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="124"/>
        <source>Open &amp;IANA page</source>
        <translation>Ouvrir la page &amp;IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="127"/>
        <source>The ccTLD&apos;s record in the IANA root zone database, in your web browser</source>
        <translation>La fiche du ccTLD dans la base de données de la zone racine de l&apos;IANA, dans votre navigateur</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="129"/>
        <source>Prepare &amp;join request…</source>
        <translation>Préparer une demande d&apos;a&amp;dhésion…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="144"/>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="145"/>
        <source>Asia Pacific</source>
        <translation>Asie-Pacifique</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="146"/>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="147"/>
        <source>Latin America and Caribbean</source>
        <translation>Amérique latine et Caraïbes</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="148"/>
        <source>North America</source>
        <translation>Amérique du Nord</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="168"/>
        <source>There are no editions yet. Import a repository email first.</source>
        <translation>Aucune édition pour l&apos;instant. Importez d&apos;abord un e-mail du référentiel.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="175"/>
        <source>Edition %1: %2 of %3 delegated ccTLDs are members (%4); %5 are not yet.</source>
        <translation>Édition %1&#xa0;: %2 des %3 ccTLD délégués sont membres (%4)&#xa0;; %5 ne le sont pas encore.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/community.py" line="190"/>
        <source>%1 — %2 of %3 are members (%4); %5 not yet</source>
        <translation>%1 — %2 sur %3 sont membres (%4)&#xa0;; %5 pas encore</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="128"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="129"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="130"/>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="132"/>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="135"/>
        <source>at least {count} characters</source>
        <translation>au moins {count} caractères</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="137"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="138"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="143"/>
        <source>A passphrase cannot be recovered: if it is forgotten, the contacts must be imported again from the monthly emails.</source>
        <translation>Une phrase secrète ne peut pas être récupérée&#xa0;: en cas d&apos;oubli, les contacts doivent être réimportés à partir des e-mails mensuels.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="175"/>
        <source>Type the current passphrase.</source>
        <translation>Saisissez la phrase secrète actuelle.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="178"/>
        <source>Type a new passphrase.</source>
        <translation>Saisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="183"/>
        <source>A passphrase needs at least {count} characters: a few words are easy to remember and hard to guess.</source>
        <translation>Une phrase secrète doit compter au moins {count} caractères&#xa0;: quelques mots sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="189"/>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="224"/>
        <source>QR code: {name}</source>
        <translation>Code QR&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="228"/>
        <source>Point the phone&apos;s camera at the code to add {name} ({cctld}) as a contact.</source>
        <translation>Pointez l&apos;appareil photo du téléphone vers le code pour ajouter {name} ({cctld}) aux contacts.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="253"/>
        <source>This contact&apos;s name and email address are too long for a QR code a phone camera can read. Export the contact as a vCard instead.</source>
        <translation>Le nom et l&apos;adresse e-mail de ce contact sont trop longs pour un code QR lisible par l&apos;appareil photo d&apos;un téléphone. Exportez plutôt le contact en vCard.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="260"/>
        <source>This code holds the first phone number and email address only: the whole contact would make a code too dense for a phone camera. Export the contact as a vCard for all of it.</source>
        <translation>Ce code ne contient que le premier numéro de téléphone et la première adresse e-mail&#xa0;: le contact entier donnerait un code trop dense pour l&apos;appareil photo d&apos;un téléphone. Exportez le contact en vCard pour l&apos;avoir en entier.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="271"/>
        <source>QR code of {name}</source>
        <translation>Code QR de {name}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="292"/>
        <source>&amp;Save as PNG or SVG…</source>
        <translation>&amp;Enregistrer en PNG ou SVG…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="332"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="332"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="333"/>
        <source>Save the QR code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/export_dialog.py" line="344"/>
        <source>QR code saved to {path}.</source>
        <translation>Code QR enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>RecheckStatus</name>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="26"/>
        <source>Check for new editions</source>
        <translation>Vérification des nouvelles éditions</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="47"/>
        <source>Could not check the mailboxes for new editions: %1</source>
        <translation>Impossible de rechercher de nouvelles éditions dans les boîtes aux lettres&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="53"/>
        <source>Checking the remembered mailbox for new editions…</source>
        <translation>Recherche de nouvelles éditions dans la boîte aux lettres mémorisée…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="55"/>
        <source>Checking %1 remembered mailboxes for new editions…</source>
        <translation>Recherche de nouvelles éditions dans %1 boîtes aux lettres mémorisées…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="59"/>
        <source>Read only: new editions cannot be stored in this data folder.</source>
        <translation>Lecture seule&#xa0;: aucune nouvelle édition ne peut être enregistrée dans ce dossier de données.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="64"/>
        <source>No remembered mailbox to check: use File &gt; Find my mail… to pick the one where the monthly email arrives.</source>
        <translation>Aucune boîte aux lettres mémorisée à vérifier&#xa0;: utilisez Fichier &gt; Trouver mes e-mails… pour choisir celle où arrive l&apos;e-mail mensuel.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="72"/>
        <source>A new edition was stored elsewhere: now showing edition %1.</source>
        <translation>Une nouvelle édition a été enregistrée ailleurs&#xa0;: l’édition %1 est maintenant affichée.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="78"/>
        <source>The check for new editions failed: see the crash report.</source>
        <translation>La recherche de nouvelles éditions a échoué&#xa0;: consultez le rapport d&apos;erreur.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="92"/>
        <source>Mailboxes checked at %1: edition %2 imported.</source>
        <translation>Boîtes aux lettres vérifiées à %1&#xa0;: édition %2 importée.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="98"/>
        <source>Mailboxes checked at %1: older edition imported: %2.</source>
        <translation>Boîtes aux lettres vérifiées à %1&#xa0;: édition plus ancienne importée&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="100"/>
        <source>Mailboxes checked at %1: older editions imported: %2.</source>
        <translation>Boîtes aux lettres vérifiées à %1&#xa0;: éditions plus anciennes importées&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="106"/>
        <source>Mailboxes checked at %1: nothing new in them. Edition %2, stored elsewhere, is shown.</source>
        <translation>Boîtes aux lettres vérifiées à %1&#xa0;: rien de nouveau. L’édition %2, enregistrée ailleurs, est affichée.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="113"/>
        <source>Mailboxes checked at %1: no new edition.</source>
        <translation>Boîtes aux lettres vérifiées à %1&#xa0;: aucune nouvelle édition.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="132"/>
        <source>Could not read the remembered mailbox %1 (%2).</source>
        <translation>Impossible de lire la boîte aux lettres mémorisée %1 (%2).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="134"/>
        <source>Could not read %3 remembered mailboxes, among them %1 (%2).</source>
        <translation>Impossible de lire %3 boîtes aux lettres mémorisées, dont %1 (%2).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/recheck_status.py" line="144"/>
        <source>Check that the mailbox is still there, or stop checking it in File &gt; Find my mail…</source>
        <translation>Vérifiez que la boîte aux lettres existe toujours, ou cessez de la vérifier dans Fichier &gt; Trouver mes e-mails…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="89"/>
        <source>The request goes to the ccNSO Secretariat and must be sent by, or copied to, the ccTLD&apos;s administrative contact in the IANA root zone database. This application sends nothing: the email opens in your mail client, or is saved as an .eml file to send later. The email itself is in English, as the Secretariat expects.</source>
        <translation>La demande est adressée au Secrétariat de la ccNSO et doit être envoyée par le contact administratif du ccTLD inscrit dans la base de données de la zone racine de l&apos;IANA, ou le mettre en copie. Cette application n&apos;envoie rien&#xa0;: l&apos;e-mail s&apos;ouvre dans votre client de messagerie, ou est enregistré en fichier .eml à envoyer plus tard. L&apos;e-mail lui-même est rédigé en anglais, comme l&apos;attend le Secrétariat.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="102"/>
        <source>Join TLD-OPS</source>
        <translation>Rejoindre TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="103"/>
        <source>Update the contacts of a member</source>
        <translation>Mettre à jour les contacts d&apos;un membre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="104"/>
        <source>&amp;Request</source>
        <translation>&amp;Demande</translation>
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
        <translation>Contact 1 (principal)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="125"/>
        <source>Contact 2 (secondary)</source>
        <translation>Contact 2 (secondaire)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="126"/>
        <source>Contact 3</source>
        <translation>Contact 3</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="133"/>
        <source>+&lt;country code&gt; &lt;number&gt;</source>
        <translation>+&lt;indicatif pays&gt; &lt;numéro&gt;</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="134"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="135"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="136"/>
        <source>Mobile phone</source>
        <translation>Téléphone mobile</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="144"/>
        <source>IANA administrative contact</source>
        <translation>Contact administratif IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="145"/>
        <source>Look up at IANA</source>
        <translation>Consulter l&apos;IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="148"/>
        <source>Open the ccTLD&apos;s record in the IANA root zone database in your browser</source>
        <translation>Ouvrir dans le navigateur la fiche du ccTLD dans la base de données de la zone racine de l&apos;IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="153"/>
        <source>IANA &amp;administrative contact</source>
        <translation>Contact &amp;administratif IANA</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="158"/>
        <source>Your &amp;name (signature)</source>
        <translation>Votre &amp;nom (signature)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="110"/>
        <source>&amp;Fill from current edition</source>
        <translation>&amp;Remplir depuis l&apos;édition actuelle</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="168"/>
        <source>&amp;Open in mail client</source>
        <translation>&amp;Ouvrir dans le client de messagerie</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="171"/>
        <source>&amp;Save as .eml…</source>
        <translation>&amp;Enregistrer en .eml…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="235"/>
        <source>Request to join TLD-OPS</source>
        <translation>Demande d&apos;adhésion à TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="237"/>
        <source>Update TLD-OPS contacts</source>
        <translation>Mise à jour des contacts TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="250"/>
        <source>Not a ccTLD label.</source>
        <translation>Ce n&apos;est pas un libellé de ccTLD.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="252"/>
        <source>Not a delegated ccTLD.</source>
        <translation>Ce n&apos;est pas un ccTLD délégué.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="257"/>
        <source>%1: a member as of edition %2.</source>
        <translation>%1&#xa0;: membre selon l&apos;édition %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="263"/>
        <source>%1: not a member as of edition %2.</source>
        <translation>%1&#xa0;: non membre selon l&apos;édition %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="290"/>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="297"/>
        <source>Choose join or update.</source>
        <translation>Choisissez entre adhésion et mise à jour.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="298"/>
        <source>“%1” is not a ccTLD (try .de, .рф or xn--p1ai).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ccTLD (essayez .de, .рф ou xn--p1ai).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="299"/>
        <source>%1 is not a delegated ccTLD.</source>
        <translation>%1 n&apos;est pas un ccTLD délégué.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="300"/>
        <source>.%1 is already a member: choose Update.</source>
        <translation>.%1 est déjà membre&#xa0;: choisissez Mettre à jour.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="301"/>
        <source>.%1 is not a member yet: choose Join.</source>
        <translation>.%1 n&apos;est pas encore membre&#xa0;: choisissez Rejoindre.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="302"/>
        <source>Give at least one contact.</source>
        <translation>Indiquez au moins un contact.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="303"/>
        <source>TLD-OPS takes at most three contacts.</source>
        <translation>TLD-OPS accepte au plus trois contacts.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="304"/>
        <source>The name is missing.</source>
        <translation>Le nom est manquant.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="305"/>
        <source>The name has control characters.</source>
        <translation>Le nom contient des caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="306"/>
        <source>The email address is missing.</source>
        <translation>L&apos;adresse e-mail est manquante.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="307"/>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="317"/>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="308"/>
        <source>%1 is given for two contacts.</source>
        <translation>%1 est indiqué pour deux contacts.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="309"/>
        <source>The mobile phone number is missing.</source>
        <translation>Le numéro de téléphone mobile est manquant.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="311"/>
        <source>“%1” is not a valid phone number: write it as +&lt;country code&gt; &lt;number&gt;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone valide&#xa0;: écrivez-le sous la forme +&lt;indicatif pays&gt; &lt;numéro&gt;.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="313"/>
        <source>“%1” does not look like a mobile number.</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à un numéro de mobile.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="315"/>
        <source>Give the IANA administrative contact&apos;s email address: it is copied.</source>
        <translation>Indiquez l&apos;adresse e-mail du contact administratif IANA&#xa0;: il est mis en copie.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="322"/>
        <source>Contact %1: %2</source>
        <translation>Contact %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="363"/>
        <source>Save the request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/request_dialog.py" line="363"/>
        <source>Email message (*.eml)</source>
        <translation>Message e-mail (*.eml)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="52"/>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="99"/>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="144"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="57"/>
        <source>A backup of the contacts database is taken before every import that changes it. Restoring one puts the contacts back as they were then; the current database is kept aside in {folder}, never deleted. Editions imported since the backup must be imported again.</source>
        <translation>Une sauvegarde de la base de contacts est effectuée avant chaque importation qui la modifie. En restaurer une remet les contacts dans l&apos;état où ils étaient alors&#xa0;; la base actuelle est mise de côté dans {folder}, jamais supprimée. Les éditions importées depuis la sauvegarde doivent être réimportées.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="66"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="70"/>
        <source>{taken} — edition {edition} — {size}</source>
        <translation>{taken} — édition {edition} — {size}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="74"/>
        <source>{taken} — {size}</source>
        <translation>{taken} — {size}</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="83"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="116"/>
        <source>Passphrase of the TLD-OPS database:</source>
        <translation>Phrase secrète de la base de données TLD-OPS&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="121"/>
        <source>This passphrase opens neither the contacts nor their backups. Check it (Caps Lock?) and type it again:</source>
        <translation>Cette phrase secrète n&apos;ouvre ni les contacts ni leurs sauvegardes. Vérifiez-la (Verr. Maj&#xa0;?) et saisissez-la de nouveau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="145"/>
        <source>There are no backups yet: one is taken before each import that changes the database. Import the repository emails again from your mailbox instead.</source>
        <translation>Aucune sauvegarde pour l&apos;instant&#xa0;: une sauvegarde est effectuée avant chaque importation qui modifie la base de données. Réimportez plutôt les e-mails du référentiel depuis votre boîte aux lettres.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="177"/>
        <source>The database as it was before is kept as {path}.</source>
        <translation>La base de données telle qu&apos;elle était auparavant est conservée sous {path}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="185"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="186"/>
        <source>The contacts are back as they were on {taken}. {kept} Import your mailbox again for the editions that arrived since then.</source>
        <translation>Les contacts sont revenus à leur état du {taken}. {kept} Réimportez votre boîte aux lettres pour récupérer les éditions arrivées depuis.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="203"/>
        <source>The file {path} was left as it is.</source>
        <translation>Le fichier {path} a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="210"/>
        <source>There is no backup of it yet. Start again from your mailbox: a new data folder, into which you import the repository emails again. The current folder is kept, renamed, with the damaged file in it; nothing is deleted.</source>
        <translation>Il n&apos;en existe encore aucune sauvegarde. Repartez de votre boîte aux lettres&#xa0;: un nouveau dossier de données, dans lequel vous réimportez les e-mails du référentiel. Le dossier actuel est conservé, renommé, avec le fichier endommagé&#xa0;; rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="219"/>
        <source>Restore its backup, taken {taken}; the damaged file is kept beside it.</source>
        <translation>Restaurez sa sauvegarde, faite le {taken}&#xa0;; le fichier endommagé est conservé à côté.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="224"/>
        <source>Restore the newest of its {count} backups, taken {taken}; the damaged file is kept beside it.</source>
        <translation>Restaurez la plus récente de ses {count} sauvegardes, faite le {taken}&#xa0;; le fichier endommagé est conservé à côté.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="240"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="245"/>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/restore.py" line="250"/>
        <source>Start a new data folder…</source>
        <translation>Commencer un nouveau dossier de données…</translation>
    </message>
</context>
<context>
    <name>SearchFeedback</name>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="53"/>
        <source>Number of results</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="72"/>
        <source>No result</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="106"/>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="321"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="197"/>
        <source>{country} ({tld}) is not a TLD-OPS member as of edition {stamp}. Its administrative contact is in the IANA root zone database: &lt;a href=&quot;{url}&quot;&gt;open its page&lt;/a&gt;.</source>
        <translation>{country} ({tld}) n&apos;est pas membre de TLD-OPS selon l&apos;édition {stamp}. Son contact administratif figure dans la base de données de la zone racine de l&apos;IANA&#xa0;: &lt;a href=&quot;{url}&quot;&gt;ouvrir sa page&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="203"/>
        <source>{tld} is not a TLD-OPS member as of edition {stamp}. Its administrative contact is in the IANA root zone database: &lt;a href=&quot;{url}&quot;&gt;open its page&lt;/a&gt;.</source>
        <translation>{tld} n&apos;est pas membre de TLD-OPS selon l&apos;édition {stamp}. Son contact administratif figure dans la base de données de la zone racine de l&apos;IANA&#xa0;: &lt;a href=&quot;{url}&quot;&gt;ouvrir sa page&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="208"/>
        <source>{tld} is not a TLD-OPS member as of edition {stamp}, and not a delegated ccTLD.</source>
        <translation>{tld} n&apos;est pas membre de TLD-OPS selon l&apos;édition {stamp}, et n&apos;est pas un ccTLD délégué.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="221"/>
        <source>{tld} left TLD-OPS in edition {left}. &lt;a href=&quot;{link}&quot;&gt;Show its last known contacts&lt;/a&gt; (edition {last}).</source>
        <translation>{tld} a quitté TLD-OPS dans l’édition {left}. &lt;a href=&quot;{link}&quot;&gt;Afficher ses derniers contacts connus&lt;/a&gt; (édition {last}).</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="232"/>
        <source>Show all regions</source>
        <translation>Afficher toutes les régions</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="248"/>
        <source>Showing %1, the ccTLD of %2.</source>
        <translation>Affichage de %1, le ccTLD de %2.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="258"/>
        <source>%1 is not a TLD-OPS member; showing %2, of the same country.</source>
        <translation>%1 n’est pas membre de TLD-OPS&#xa0;; affichage de %2, du même pays.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="266"/>
        <source>Other regions: %1 more.</source>
        <translation>Autres régions&#xa0;: %1 de plus.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="290"/>
        <source>“%1” names an unknown region.</source>
        <translation>«&#xa0;%1&#xa0;» désigne une région inconnue.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="291"/>
        <source>Regions are AF, AP, EU, LAC, NA and unknown.</source>
        <translation>Les régions sont AF, AP, EU, LAC, NA et inconnue.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="293"/>
        <source>No member in this region.</source>
        <translation>Aucun membre dans cette région.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="298"/>
        <source>No member in region %2 matches “%1”.</source>
        <translation>Aucun membre de la région %2 ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="303"/>
        <source>No member matches “%1”.</source>
        <translation>Aucun membre ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="308"/>
        <source>Did you mean “%1”?</source>
        <translation>Vouliez-vous dire «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="312"/>
        <source>Enter searches for it.</source>
        <translation>Appuyez sur Entrée pour le chercher.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="319"/>
        <source>%1 is in region %2, not in the region shown.</source>
        <translation>%1 est dans la région %2, pas dans la région affichée.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="329"/>
        <source>Matches in other regions: %1.</source>
        <translation>Résultats dans d’autres régions&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="338"/>
        <source>Try fewer words, or part of a word.</source>
        <translation>Essayez moins de mots, ou une partie d’un mot.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="340"/>
        <source>Try part of a word, or another spelling.</source>
        <translation>Essayez une partie d’un mot, ou une autre orthographe.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="344"/>
        <source>Search by ccTLD (.de, рф), domain (nic.de), country in any language, person&apos;s name, email or phone digits.</source>
        <translation>Recherchez par ccTLD (.de, рф), domaine (nic.de), pays dans n’importe quelle langue, nom de personne, e-mail ou chiffres du téléphone.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="359"/>
        <source>Unknown region</source>
        <translation>Région inconnue</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="362"/>
        <source>%1 members</source>
        <translation>%1 membres</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="365"/>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/search_feedback.py" line="368"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="213"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="223"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="224"/>
        <source>Trusted list</source>
        <translation>Liste de confiance</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="225"/>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="328"/>
        <source>Monitoring tools</source>
        <translation>Outils de supervision</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="226"/>
        <source>Data and key</source>
        <translation>Données et clé</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="247"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="252"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="253"/>
        <source>A new language applies after a restart.</source>
        <translation>Une nouvelle langue s&apos;applique après un redémarrage.</translation>
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
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="259"/>
        <source>Clear the clipboard after</source>
        <translation>Effacer le presse-papiers après</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="260"/>
        <source>Clear copied values &amp;after:</source>
        <translation>Effacer les valeurs copiées &amp;après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="263"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="266"/>
        <source>Lock after minutes without input</source>
        <translation>Minutes sans activité avant verrouillage</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="267"/>
        <source>L&amp;ock after no input for:</source>
        <translation>&amp;Verrouiller après une inactivité de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="268"/>
        <source>Check remembered mailboxes for new editions at &amp;start</source>
        <translation>Rechercher de nouvelles éditions dans les boîtes aux lettres mémorisées au &amp;démarrage</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="272"/>
        <source>In the background, after the contacts open; choose the mailboxes with File &gt; Find my mail…</source>
        <translation>En arrière-plan, après l&apos;ouverture des contacts&#xa0;; choisissez les boîtes aux lettres avec Fichier &gt; Trouver mes e-mails…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="286"/>
        <source>An edition is trusted only when it came through this mailing list. Change these only if the TLD-OPS list itself moves.</source>
        <translation>Une édition n&apos;est de confiance que si elle est passée par cette liste de diffusion. Ne modifiez ces valeurs que si la liste TLD-OPS elle-même change d&apos;adresse.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="297"/>
        <source>List-&amp;Id:</source>
        <translation>List-&amp;Id&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="298"/>
        <source>List &amp;address:</source>
        <translation>&amp;Adresse de la liste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="299"/>
        <source>&amp;Bounce address (Sender):</source>
        <translation>Adresse de &amp;rebond (Sender)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="301"/>
        <source>&amp;Reset to the TLD-OPS list</source>
        <translation>Rétablir la liste &amp;TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="312"/>
        <source>Web tools offered for the selected ccTLD; {tld} stands for it. They open in your browser only when you choose one.</source>
        <translation>Outils web proposés pour le ccTLD sélectionné&#xa0;; {tld} le représente. Ils s&apos;ouvrent dans votre navigateur uniquement lorsque vous en choisissez un.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="319"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="319"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="333"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="334"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="335"/>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="336"/>
        <source>Reset to &amp;defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="351"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="352"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="357"/>
        <source>Data folder:</source>
        <translation>Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="360"/>
        <source>Database key:</source>
        <translation>Clé de la base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="363"/>
        <source>Keep the key in the system &amp;keyring…</source>
        <translation>Conserver la clé dans le &amp;trousseau du système…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="398"/>
        <source>New tool</source>
        <translation>Nouvel outil</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="440"/>
        <source>Monitoring tool {row}: give it a name and a web address (https://…) containing {{tld}}.</source>
        <translation>Outil de supervision {row}&#xa0;: indiquez un nom et une adresse web (https://…) contenant {{tld}}.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="457"/>
        <source>kept in the system keyring: the contacts open without a passphrase.</source>
        <translation>conservée dans le trousseau du système&#xa0;: les contacts s&apos;ouvrent sans phrase secrète.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="459"/>
        <source>a passphrase, asked for at every start.</source>
        <translation>une phrase secrète, demandée à chaque démarrage.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="461"/>
        <source>open the contacts to change how they are protected.</source>
        <translation>ouvrez les contacts pour modifier leur protection.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="467"/>
        <source>The data folder cannot be written: its protection cannot change now.</source>
        <translation>Le dossier de données ne peut pas être écrit&#xa0;: sa protection ne peut pas changer pour l’instant.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="471"/>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="473"/>
        <source>Use a &amp;passphrase…</source>
        <translation>Utiliser une &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="478"/>
        <source>Keep the key in the system keyring</source>
        <translation>Conserver la clé dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="489"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="489"/>
        <source>Protect with a passphrase</source>
        <translation>Protéger par une phrase secrète</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="511"/>
        <source>The database key was changed.</source>
        <translation>La clé de la base de données a été changée.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="534"/>
        <source>The List-Id and both addresses are needed to recognise the list.</source>
        <translation>Le List-Id et les deux adresses sont nécessaires pour reconnaître la liste.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="541"/>
        <source>The List-Id is a name with dots, without spaces or angle brackets (tld-ops.lists.dns-oarc.net), and both addresses are mail addresses (name@domain). Check them.</source>
        <translation>Le List-Id est un nom avec des points, sans espaces ni chevrons (tld-ops.lists.dns-oarc.net), et les deux adresses sont des adresses électroniques (nom@domaine). Vérifiez-les.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/settings_dialog.py" line="560"/>
        <source>The settings could not be saved in {file}: they apply until TLD-OPS Desktop is closed. Check that this file and its folder can be written by you.</source>
        <translation>Les paramètres n’ont pas pu être enregistrés dans {file}&#xa0;: ils s’appliquent jusqu’à la fermeture de TLD-OPS Desktop. Vérifiez que vous pouvez écrire dans ce fichier et dans son dossier.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="67"/>
        <source>Protect the TLD-OPS contacts</source>
        <translation>Protéger les contacts TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="67"/>
        <source>Unlock TLD-OPS</source>
        <translation>Déverrouiller TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="137"/>
        <source>No system keyring is available to keep the database key. Choose a passphrase for the new contacts database in {folder}. It cannot be recovered: if you forget it, import the repository emails again into a new data folder.</source>
        <translation>Aucun trousseau système n&apos;est disponible pour conserver la clé de la base de données. Choisissez une phrase secrète pour la nouvelle base de contacts dans {folder}. Elle ne peut pas être récupérée&#xa0;: si vous l&apos;oubliez, réimportez les e-mails du référentiel dans un nouveau dossier de données.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="148"/>
        <source>The contacts database in {folder} is protected by a passphrase. Type it to open the contacts.</source>
        <translation>La base de contacts dans {folder} est protégée par une phrase secrète. Saisissez-la pour ouvrir les contacts.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="77"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="80"/>
        <source>at least {count} characters</source>
        <translation>au moins {count} caractères</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="82"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="86"/>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="88"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="97"/>
        <source>Unlock problem</source>
        <translation>Problème de déverrouillage</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="101"/>
        <source>Forgotten it? It cannot be recovered. Start again from your mailbox: a new data folder, into which you import the repository emails again. The current folder is kept, renamed, with everything in it; nothing is deleted.</source>
        <translation>Vous l&apos;avez oubliée&#xa0;? Elle ne peut pas être récupérée. Repartez de votre boîte aux lettres&#xa0;: un nouveau dossier de données, dans lequel vous réimportez les e-mails du référentiel. Le dossier actuel est conservé, renommé, avec tout son contenu&#xa0;; rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="114"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="114"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="115"/>
        <source>Start a &amp;new data folder…</source>
        <translation>Commencer un &amp;nouveau dossier de données…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="131"/>
        <source>A new, empty data folder is ready in {folder}. The previous one is kept, untouched, as {kept}. Choose a passphrase for the new contacts database, then import the repository emails again. It cannot be recovered: keep it safe.</source>
        <translation>Un nouveau dossier de données, vide, est prêt dans {folder}. L&apos;ancien est conservé, intact, sous le nom {kept}. Choisissez une phrase secrète pour la nouvelle base de contacts, puis réimportez les e-mails du référentiel. Elle ne peut pas être récupérée&#xa0;: conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="143"/>
        <source>The file that says how the contacts database in {folder} is protected (keyinfo.json) is missing, and the system keyring holds no key for it. If it is protected by a passphrase, type it to open the contacts.</source>
        <translation>Le fichier qui indique comment la base de contacts de {folder} est protégée (keyinfo.json) est manquant, et le trousseau système ne contient aucune clé pour elle. Si elle est protégée par une phrase secrète, saisissez-la pour ouvrir les contacts.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="168"/>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="173"/>
        <source>A passphrase needs at least {count} characters: a few words are easy to remember and hard to guess.</source>
        <translation>Une phrase secrète doit compter au moins {count} caractères&#xa0;: quelques mots sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="181"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Les deux phrases secrètes diffèrent. Saisissez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="207"/>
        <source>This passphrase does not open the database. Check it (Caps Lock?) and try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas la base de données. Vérifiez-la (Verr. Maj&#xa0;?) et réessayez.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="235"/>
        <source>The passphrase given in the environment (TLDOPS_PASSPHRASE or its file) does not open the database. Type the passphrase.</source>
        <translation>La phrase secrète fournie par l&apos;environnement (TLDOPS_PASSPHRASE ou son fichier) n&apos;ouvre pas la base de données. Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="321"/>
        <source>TLD-OPS Desktop</source>
        <translation>TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="324"/>
        <source>The key of the contacts in {folder} is kept in the system keyring, which is not available now (locked, or not answering). Unlock your desktop session&apos;s keyring, then try again: the key is still kept there.</source>
        <translation>La clé des contacts de {folder} est conservée dans le trousseau système, qui n&apos;est pas disponible pour le moment (verrouillé, ou sans réponse). Déverrouillez le trousseau de votre session, puis réessayez&#xa0;: la clé y est toujours conservée.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="330"/>
        <source>Or start again from your mailbox: a new data folder, protected by a passphrase, into which you import the repository emails again. The current folder is kept, renamed, with everything in it; nothing is deleted.</source>
        <translation>Ou repartez de votre boîte aux lettres&#xa0;: un nouveau dossier de données, protégé par une phrase secrète, dans lequel vous réimportez les e-mails du référentiel. Le dossier actuel est conservé, renommé, avec tout son contenu&#xa0;; rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="337"/>
        <source>The system keyring no longer holds the key of the contacts in {folder}, so they cannot be opened. If you restore the keyring from a backup, the key may come back with it.</source>
        <translation>Le trousseau système ne contient plus la clé des contacts de {folder}&#xa0;: ils ne peuvent donc pas être ouverts. Si vous restaurez le trousseau depuis une sauvegarde, la clé peut revenir avec lui.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="343"/>
        <source>To carry on, start again from your mailbox: a new data folder, protected by a passphrase, into which you import the repository emails again. The current folder is kept, renamed, with everything in it; nothing is deleted.</source>
        <translation>Pour continuer, repartez de votre boîte aux lettres&#xa0;: un nouveau dossier de données, protégé par une phrase secrète, dans lequel vous réimportez les e-mails du référentiel. Le dossier actuel est conservé, renommé, avec tout son contenu&#xa0;; rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="351"/>
        <source>Start a new data folder…</source>
        <translation>Commencer un nouveau dossier de données…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="357"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="363"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/unlock.py" line="365"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="47"/>
        <source>This key or passphrase does not open the contacts.</source>
        <translation>Cette clé ou phrase secrète n’ouvre pas les contacts.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="50"/>
        <source>The contacts are in use by another import or window.</source>
        <translation>Les contacts sont utilisés par une autre importation ou une autre fenêtre.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="53"/>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="54"/>
        <source>The data folder cannot be written.</source>
        <translation>Impossible d’écrire dans le dossier de données.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="57"/>
        <source>The contacts database is damaged.</source>
        <translation>La base de données des contacts est endommagée.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="58"/>
        <source>The system keyring is not available.</source>
        <translation>Le trousseau du système n’est pas disponible.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="61"/>
        <source>The system keyring no longer holds the key of the contacts.</source>
        <translation>Le trousseau du système ne contient plus la clé des contacts.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="64"/>
        <source>A passphrase is needed to open the contacts.</source>
        <translation>Une phrase secrète est nécessaire pour ouvrir les contacts.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="67"/>
        <source>These contacts were saved by a newer version of TLD-OPS Desktop.</source>
        <translation>Ces contacts ont été enregistrés par une version plus récente de TLD-OPS Desktop.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="70"/>
        <source>The file could not be written.</source>
        <translation>Impossible d’écrire le fichier.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="71"/>
        <source>This backup is damaged.</source>
        <translation>Cette sauvegarde est endommagée.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="72"/>
        <source>This backup was made with another key.</source>
        <translation>Cette sauvegarde a été faite avec une autre clé.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="75"/>
        <source>This backup cannot be read.</source>
        <translation>Impossible de lire cette sauvegarde.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="76"/>
        <source>There is no backup to restore.</source>
        <translation>Aucune sauvegarde à restaurer.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="77"/>
        <source>The contacts database could not be opened.</source>
        <translation>Impossible d’ouvrir la base de données des contacts.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="80"/>
        <source>A file or folder could not be used.</source>
        <translation>Un fichier ou un dossier n’a pas pu être utilisé.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="81"/>
        <source>The data folder&apos;s files cannot be read: they may belong to another user.</source>
        <translation>Les fichiers du dossier de données ne peuvent pas être lus&#xa0;: ils appartiennent peut-être à un autre utilisateur.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="84"/>
        <source>Printing failed.</source>
        <translation>L’impression a échoué.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="85"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="88"/>
        <source>An empty passphrase is not allowed.</source>
        <translation>Une phrase secrète vide n’est pas autorisée.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="91"/>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="94"/>
        <source>The list of remembered mailboxes cannot be read.</source>
        <translation>Impossible de lire la liste des boîtes aux lettres mémorisées.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="97"/>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="100"/>
        <source>The key information of the contacts cannot be read.</source>
        <translation>Les informations de clé des contacts ne peuvent pas être lues.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/dialogs/crash.py" line="103"/>
        <source>An earlier change of key was interrupted.</source>
        <translation>Un changement de clé précédent a été interrompu.</translation>
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
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="26"/>
        <source>TLD-OPS Desktop logo</source>
        <translation>Logo de TLD-OPS Desktop</translation>
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
        <translation>Les contacts de réponse aux incidents de tous les ccTLD membres de TLD-OPS, sur cet ordinateur, chiffrés et utilisables sans réseau.

Pour commencer, laissez l&apos;application trouver la boîte aux lettres où arrive l&apos;e-mail mensuel du référentiel (Thunderbird, Apple Mail, Outlook, Evolution, KMail, Claws Mail), ou importez vous-même le dernier e-mail&#xa0;: un fichier .eml enregistré, ou votre boîte aux lettres (mbox, Maildir ou dossier MH). Vous pouvez aussi le déposer sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="50"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="54"/>
        <source>Import the latest monthly email</source>
        <translation>Importer le dernier e-mail mensuel</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="57"/>
        <source>Find my mail…</source>
        <translation>Trouver mes e-mails…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="63"/>
        <source>Look for the mailboxes of your mail program and pick the one to import</source>
        <translation>Rechercher les boîtes aux lettres de votre logiciel de messagerie et choisir celle à importer</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="65"/>
        <source>Find my mail</source>
        <translation>Trouver mes e-mails</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="68"/>
        <location filename="../tldops_desktop/gui/welcome.py" line="75"/>
        <source>Try demo data</source>
        <translation>Essayer les données de démonstration</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="73"/>
        <source>Invented contacts, kept apart from your real data, to try the app</source>
        <translation>Contacts fictifs, séparés de vos données réelles, pour essayer l&apos;application</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/welcome.py" line="78"/>
        <source>Data folder: %1</source>
        <translation>Dossier de données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="110"/>
        <source>Find &amp;my mail…</source>
        <translation>Trouver &amp;mes e-mails…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="114"/>
        <source>Find the mailbox where the monthly email arrives, and import from it</source>
        <translation>Trouver la boîte aux lettres où arrive l&apos;e-mail mensuel, et importer depuis celle-ci</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="118"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="122"/>
        <source>Import a saved repository email or an mbox file</source>
        <translation>Importer un e-mail du référentiel enregistré ou un fichier mbox</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="126"/>
        <source>Import &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="130"/>
        <source>Import a mail folder (Maildir, MH or a folder of .eml files)</source>
        <translation>Importer un dossier de messagerie (Maildir, MH ou dossier de fichiers .eml)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="134"/>
        <source>&amp;Export vCards…</source>
        <translation>&amp;Exporter des vCards…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="138"/>
        <source>Export contacts as vCards for a phone</source>
        <translation>Exporter les contacts en vCards pour un téléphone</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="142"/>
        <source>&amp;Print emergency sheet…</source>
        <translation>Im&amp;primer la fiche d&apos;urgence…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="146"/>
        <source>Print the contacts shown, for the paper copy</source>
        <translation>Imprimer les contacts affichés, pour la copie papier</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="150"/>
        <source>Save sheet as P&amp;DF…</source>
        <translation>Enregistrer la fiche en PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="154"/>
        <source>Save the emergency sheet of the contacts shown as a PDF</source>
        <translation>Enregistrer la fiche d&apos;urgence des contacts affichés au format PDF</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="158"/>
        <source>&amp;Settings…</source>
        <translation>Pa&amp;ramètres…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="166"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="170"/>
        <source>Go to the search field</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="174"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="178"/>
        <source>Editions and what changed between them</source>
        <translation>Les éditions et ce qui a changé entre elles</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="182"/>
        <source>&amp;Check for new editions</source>
        <translation>&amp;Vérifier les nouvelles éditions</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="186"/>
        <source>Look for a new monthly email in the remembered mailboxes</source>
        <translation>Rechercher un nouvel e-mail mensuel dans les boîtes aux lettres mémorisées</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="190"/>
        <source>&amp;Copy all</source>
        <translation>&amp;Tout copier</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="194"/>
        <source>Copy every contact of the selected member as plain text</source>
        <translation>Copier tous les contacts du membre sélectionné en texte brut</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="198"/>
        <source>Copy &amp;phone number</source>
        <translation>Copier le &amp;numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="203"/>
        <source>Copy the number to dial, in international form, of the contact with the keyboard focus (the primary contact otherwise)</source>
        <translation>Copier le numéro à composer, au format international, du contact qui a le focus du clavier (sinon du contact principal)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="209"/>
        <source>Copy &amp;email address</source>
        <translation>Copier l’adresse &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="214"/>
        <source>Copy the email address of the contact with the keyboard focus (the primary contact otherwise)</source>
        <translation>Copier l’adresse e-mail du contact qui a le focus du clavier (sinon du contact principal)</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="220"/>
        <source>Show &amp;QR code…</source>
        <translation>Afficher le code &amp;QR…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="224"/>
        <source>Show a contact as a QR code to scan with a phone</source>
        <translation>Afficher un contact sous forme de code QR à scanner avec un téléphone</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="228"/>
        <source>&amp;Monitoring tools…</source>
        <translation>&amp;Outils de supervision…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="232"/>
        <source>Open a monitoring tool for the selected ccTLD in the browser</source>
        <translation>Ouvrir dans le navigateur un outil de supervision pour le ccTLD sélectionné</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="236"/>
        <source>&amp;Non-members and coverage…</source>
        <translation>&amp;Non-membres et couverture…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="240"/>
        <source>The ccTLDs that are not TLD-OPS members yet, by region</source>
        <translation>Les ccTLD qui ne sont pas encore membres de TLD-OPS, par région</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="244"/>
        <source>Request a contact &amp;update…</source>
        <translation>Demander une &amp;mise à jour des contacts…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="248"/>
        <source>Prepare the email that updates the selected member&apos;s contacts</source>
        <translation>Préparer l&apos;e-mail qui met à jour les contacts du membre sélectionné</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="252"/>
        <source>Request to &amp;join TLD-OPS…</source>
        <translation>Demander l&apos;a&amp;dhésion à TLD-OPS…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="256"/>
        <source>Prepare the email with which a ccTLD joins TLD-OPS</source>
        <translation>Préparer l&apos;e-mail par lequel un ccTLD rejoint TLD-OPS</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="260"/>
        <source>&amp;Restore a backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="264"/>
        <source>Put back the contacts as they were before an import</source>
        <translation>Remettre les contacts dans l&apos;état où ils étaient avant une importation</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="268"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="272"/>
        <source>Hide the contacts until unlocked again</source>
        <translation>Masquer les contacts jusqu&apos;au prochain déverrouillage</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="276"/>
        <source>&amp;About TLD-OPS Desktop</source>
        <translation>À &amp;propos de TLD-OPS Desktop</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="288"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="296"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="298"/>
        <source>&amp;Member</source>
        <translation>&amp;Membre</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="300"/>
        <source>Monitoring &amp;tools</source>
        <translation>&amp;Outils de supervision</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="307"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../tldops_desktop/gui/window_actions.py" line="312"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>_ValueLabel</name>
    <message>
        <location filename="../tldops_desktop/gui/detail.py" line="316"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
</TS>
