<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Portolan</source>
        <translation>Über Portolan</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Portolan %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Portolan %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Plans, draws and checks the network ports of Exchange deployments: the flows each role needs, the ports to open on every firewall, and live probes that show which ones are.&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;&lt;p&gt;Uses Qt under the GNU LGPL version 3 and QCustomPlot under the GNU GPL version 3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Plant, zeichnet und prüft die Netzwerkports von Exchange-Bereitstellungen: die Datenflüsse, die jede Rolle braucht, die an jeder Firewall zu öffnenden Ports und Live-Prüfungen, die zeigen, welche offen sind.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1, läuft unter Qt %2.&lt;/p&gt;&lt;p&gt;Verwendet Qt unter der GNU LGPL Version 3 und QCustomPlot unter der GNU GPL Version 3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ports or service</source>
        <translation>Ports oder Dienst</translation>
    </message>
    <message>
        <source>From zones</source>
        <translation>Aus Zonen</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>(not placed)</source>
        <translation>(nicht platziert)</translation>
    </message>
    <message>
        <source>443, 6001-6004, dynamic or a service</source>
        <translation>443, 6001-6004, dynamic oder ein Dienst</translation>
    </message>
    <message>
        <source>(choose zones)</source>
        <translation>(Zonen wählen)</translation>
    </message>
</context>
<context>
    <name>AsaWriter</name>
    <message>
        <source>cannot write the configuration: the output is not open for writing</source>
        <translation>die Konfiguration kann nicht geschrieben werden: die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>no firewall &quot;%1&quot; in the deployment (its firewalls: %2)</source>
        <translation>keine Firewall &quot;%1&quot; in der Bereitstellung (ihre Firewalls: %2)</translation>
    </message>
    <message>
        <source>firewall &quot;%1&quot;: the interface &quot;%2&quot; (zone &quot;%3&quot;) is not an ASA interface name (nameif): letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>Firewall &quot;%1&quot;: die Schnittstelle &quot;%2&quot; (Zone &quot;%3&quot;) ist kein ASA-Schnittstellenname (nameif): Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; oder &apos;_&apos;</translation>
    </message>
    <message>
        <source>cannot write the configuration: %1</source>
        <translation>die Konfiguration kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>firewall &quot;%1&quot; runs the servers of zone &quot;%2&quot; on itself (local); a Cisco ASA cannot run them, and its access rules filter only traffic through it: export this firewall for nftables (a Linux firewall host), or give the zone an interface of the firewall instead of local</source>
        <translation>Firewall &quot;%1&quot; betreibt die Server der Zone &quot;%2&quot; selbst (local); eine Cisco ASA kann sie nicht betreiben, und ihre Zugriffsregeln filtern nur Verkehr, der durch sie hindurchgeht: exportieren Sie diese Firewall für nftables (ein Linux-Firewall-Host) oder geben Sie der Zone statt local eine Schnittstelle der Firewall</translation>
    </message>
</context>
<context>
    <name>BoundaryChips</name>
    <message>
        <source>Ports: ?</source>
        <translation>Ports: ?</translation>
    </message>
</context>
<context>
    <name>BoundaryItem</name>
    <message>
        <source>No firewall joins these zones</source>
        <translation>Keine Firewall verbindet diese Zonen</translation>
    </message>
    <message>
        <source>Firewall: %1</source>
        <translation>Firewall: %1</translation>
    </message>
    <message>
        <source>No firewall</source>
        <translation>Keine Firewall</translation>
    </message>
</context>
<context>
    <name>CatalogTexts</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a catalog texts file: the top level is not a JSON object</source>
        <translation>keine Datei mit Katalogtexten: Die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>&quot;%1&quot; erwartet</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 erwartet</translation>
    </message>
    <message>
        <source>expected a language code such as &quot;de&quot;</source>
        <translation>Sprachcode wie &quot;de&quot; erwartet</translation>
    </message>
    <message>
        <source>expected an object of catalog entry ids</source>
        <translation>Objekt mit IDs von Katalogeinträgen erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a text that is not empty</source>
        <translation>nicht leerer Text erwartet</translation>
    </message>
</context>
<context>
    <name>CheckedWrite</name>
    <message>
        <source>an earlier write failed</source>
        <translation>ein früherer Schreibvorgang ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation>die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
</context>
<context>
    <name>CldapCheck</name>
    <message>
        <source>CLDAP, root DSE</source>
        <translation>CLDAP, Root-DSE</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Vergleichen &amp;mit…</translation>
    </message>
    <message>
        <source>S&amp;top Comparing</source>
        <translation>Vergleich &amp;beenden</translation>
    </message>
    <message>
        <source>Compare the port matrix with another deployment file or another Exchange version</source>
        <translation>Die Portmatrix mit einer anderen Bereitstellungsdatei oder einer anderen Exchange-Version vergleichen</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation>%1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>This deployment (%1)</source>
        <translation>Diese Bereitstellung (%1)</translation>
    </message>
    <message>
        <source>The same under %1</source>
        <translation>Dieselbe unter %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>this deployment</source>
        <translation>dieser Bereitstellung</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Another deployment &amp;file:</source>
        <translation>Andere Bereitstellungs&amp;datei:</translation>
    </message>
    <message>
        <source>This deployment under Exchange &amp;version:</source>
        <translation>Diese Bereitstellung unter Exchange-&amp;Version:</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Compare with deployment</source>
        <translation>Mit Bereitstellung vergleichen</translation>
    </message>
    <message>
        <source>Portolan deployments (*.portolan)</source>
        <translation>Portolan-Bereitstellungen (*.portolan)</translation>
    </message>
    <message>
        <source>This deployment is A, the same under that version is B: the comparison says what to open for the new servers and what may be closed once the old ones are gone.</source>
        <translation>Diese Bereitstellung ist A, dieselbe unter jener Version ist B: Der Vergleich zeigt, was für die neuen Server zu öffnen ist und was geschlossen werden kann, sobald die alten fort sind.</translation>
    </message>
    <message>
        <source>The file is A, this deployment is B: the comparison says what this deployment opens and closes compared with the file.</source>
        <translation>Die Datei ist A, diese Bereitstellung ist B: Der Vergleich zeigt, was diese Bereitstellung gegenüber der Datei öffnet und schließt.</translation>
    </message>
    <message>
        <source>Comparing changes only what the window shows: the deployment, its undo history, the saved file and the exports stay as they are.</source>
        <translation>Der Vergleich ändert nur die Anzeige des Fensters: Die Bereitstellung, ihr Rückgängig-Verlauf, die gespeicherte Datei und die Exporte bleiben, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>ComparisonLook</name>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Ports changed</source>
        <translation>Ports geändert</translation>
    </message>
    <message>
        <source>Other servers</source>
        <translation>Andere Server</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Added in %1: %2 (%3) for %4</source>
        <translation>Hinzugefügt in %1: %2 (%3) für %4</translation>
    </message>
    <message>
        <source>Removed in %1: %2 (%3) for %4</source>
        <translation>Entfernt in %1: %2 (%3) für %4</translation>
    </message>
    <message>
        <source>Ports %1 → %2 in %3</source>
        <translation>Ports %1 → %2 in %3</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Öffnet %1</translation>
    </message>
    <message>
        <source>Closes %1</source>
        <translation>Schließt %1</translation>
    </message>
    <message>
        <source>Same ports, other servers in %1</source>
        <translation>Gleiche Ports, andere Server in %1</translation>
    </message>
    <message>
        <source>Now also for %1</source>
        <translation>Jetzt auch für %1</translation>
    </message>
    <message>
        <source>No longer for %1</source>
        <translation>Nicht mehr für %1</translation>
    </message>
    <message>
        <source>New sources: %1</source>
        <translation>Neue Quellen: %1</translation>
    </message>
    <message>
        <source>Sources gone: %1</source>
        <translation>Entfallene Quellen: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>widened</source>
        <translation>erweitert</translation>
    </message>
    <message>
        <source>narrowed</source>
        <translation>eingeengt</translation>
    </message>
    <message>
        <source>opened and closed</source>
        <translation>geöffnet und geschlossen</translation>
    </message>
    <message>
        <source>other servers</source>
        <translation>andere Server</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>A: %1
B: %2</source>
        <translation>A: %1
B: %2</translation>
    </message>
    <message>
        <source>No differences: the port matrices are equal.</source>
        <translation>Keine Unterschiede: Die Portmatrizen sind gleich.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Zones only in B: %1</source>
        <translation>Zonen nur in B: %1</translation>
    </message>
    <message>
        <source>Zones only in A: %1</source>
        <translation>Zonen nur in A: %1</translation>
    </message>
    <message>
        <source>Inside %1 (host firewalls)</source>
        <translation>Innerhalb von %1 (Host-Firewalls)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Click to select this boundary&apos;s changed rules on the diagram</source>
        <translation>Klicken, um die geänderten Regeln dieser Grenze im Diagramm auszuwählen</translation>
    </message>
    <message>
        <source>Nothing to open</source>
        <translation>Nichts zu öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Öffnen: %1</translation>
    </message>
    <message>
        <source>Nothing to close</source>
        <translation>Nichts zu schließen</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Schließen: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more changed rules</source>
        <translation>
            <numerusform>… und %n weitere geänderte Regel</numerusform>
            <numerusform>… und %n weitere geänderte Regeln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsequencesPanel</name>
    <message>
        <source>&amp;Unblock All</source>
        <translation>Alle &amp;freigeben</translation>
    </message>
    <message>
        <source>Clear the &amp;Question</source>
        <translation>&amp;Frage verwerfen</translation>
    </message>
    <message>
        <source>Nothing is blocked. Right-click a port chip on a firewall, a flow arrow or a row of the port matrix and choose &quot;Block (what-if)&quot; to see who would lose which service. &quot;Open an extra port (what-if)&quot; on a firewall tells whether any flow needs a port and what it would expose. The deployment itself never changes.</source>
        <translation>Nichts ist gesperrt. Klicken Sie mit der rechten Maustaste auf einen Port-Chip einer Firewall, einen Flusspfeil oder eine Zeile der Portmatrix und wählen Sie „Sperren (Was-wäre-wenn)“, um zu sehen, wer welchen Dienst verlieren würde. „Zusätzlichen Port öffnen (Was-wäre-wenn)“ an einer Firewall zeigt, ob ein Fluss einen Port braucht und was er freigeben würde. Die Bereitstellung selbst ändert sich nie.</translation>
    </message>
    <message>
        <source>What-if: %1 blocked, %2 broken.</source>
        <comment>rules, flows</comment>
        <translation>Was-wäre-wenn: %1 gesperrt, %2 unterbrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n Fluss</numerusform>
            <numerusform>%n Flüsse</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is blocked.</source>
        <translation>Nichts ist gesperrt.</translation>
    </message>
    <message>
        <source>Opening %1 from %2 to %3 (what-if)</source>
        <translation>%1 von %2 nach %3 öffnen (Was-wäre-wenn)</translation>
    </message>
    <message>
        <source>No flow of this deployment needs it.</source>
        <translation>Kein Fluss dieser Bereitstellung braucht ihn.</translation>
    </message>
    <message numerus="yes">
        <source>Needed by %n rule(s) already:</source>
        <translation>
            <numerusform>Bereits von %n Regel benötigt:</numerusform>
            <numerusform>Bereits von %n Regeln benötigt:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3 (%4)</source>
        <translation>%1 → %2: %3 (%4)</translation>
    </message>
    <message>
        <source>It would expose an unknown service: no entry of the catalog listens on this port behind this firewall.</source>
        <translation>Er würde einen unbekannten Dienst freigeben: Kein Eintrag des Katalogs lauscht hinter dieser Firewall auf diesem Port.</translation>
    </message>
    <message>
        <source>It would expose:</source>
        <translation>Er würde freigeben:</translation>
    </message>
    <message>
        <source>%1 on %2 (switched off in this deployment&apos;s options)</source>
        <translation>%1 auf %2 (in den Optionen dieser Bereitstellung ausgeschaltet)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>DeploymentCommands</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Change roles of %1</source>
        <translation>Rollen von %1 ändern</translation>
    </message>
    <message>
        <source>Change address of %1</source>
        <translation>Adresse von %1 ändern</translation>
    </message>
    <message>
        <source>Change Exchange version of %1</source>
        <translation>Exchange-Version von %1 ändern</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Add zone %1</source>
        <translation>Zone %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove zone %1</source>
        <translation>Zone %1 entfernen</translation>
    </message>
    <message>
        <source>Rename zone %1</source>
        <translation>Zone %1 umbenennen</translation>
    </message>
    <message>
        <source>Change kind of zone %1</source>
        <translation>Art der Zone %1 ändern</translation>
    </message>
    <message>
        <source>Change colour of zone %1</source>
        <translation>Farbe der Zone %1 ändern</translation>
    </message>
    <message>
        <source>Assume clients and mail servers in zone %1</source>
        <translation>In Zone %1 Clients und Mailserver annehmen</translation>
    </message>
    <message>
        <source>Assume no clients or mail servers in zone %1</source>
        <translation>In Zone %1 keine Clients oder Mailserver annehmen</translation>
    </message>
    <message>
        <source>Move zone %1</source>
        <translation>Zone %1 verschieben</translation>
    </message>
    <message>
        <source>Change options</source>
        <translation>Optionen ändern</translation>
    </message>
    <message>
        <source>Change Exchange version to %1</source>
        <translation>Exchange-Version in %1 ändern</translation>
    </message>
    <message>
        <source>Rename deployment</source>
        <translation>Bereitstellung umbenennen</translation>
    </message>
    <message>
        <source>Change dynamic RPC range of %1</source>
        <translation>Dynamischen RPC-Bereich von %1 ändern</translation>
    </message>
    <message>
        <source>Let %1 carry hybrid mail flow</source>
        <translation>Hybrid-Nachrichtenfluss über %1 leiten</translation>
    </message>
    <message>
        <source>Take hybrid mail flow off %1</source>
        <translation>Hybrid-Nachrichtenfluss nicht mehr über %1 leiten</translation>
    </message>
    <message>
        <source>Mark %1 as holding a public folder database</source>
        <translation>%1 als Server mit Öffentliche-Ordner-Datenbank markieren</translation>
    </message>
    <message>
        <source>Mark %1 as holding no public folder database</source>
        <translation>%1 als Server ohne Öffentliche-Ordner-Datenbank markieren</translation>
    </message>
    <message>
        <source>Change deployment description</source>
        <translation>Beschreibung der Bereitstellung ändern</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>static RPC ports</source>
        <translation>statische RPC-Ports</translation>
    </message>
    <message>
        <source>Set static RPC ports</source>
        <translation>Statische RPC-Ports festlegen</translation>
    </message>
    <message>
        <source>database availability group</source>
        <translation>Datenbankverfügbarkeitsgruppe</translation>
    </message>
    <message>
        <source>Set the replication port to %1</source>
        <translation>Replikationsport auf %1 setzen</translation>
    </message>
    <message>
        <source>Set the dynamic RPC range to %1</source>
        <translation>Dynamischen RPC-Bereich auf %1 setzen</translation>
    </message>
    <message>
        <source>Use the Windows default dynamic RPC range</source>
        <translation>Standardbereich von Windows für dynamisches RPC verwenden</translation>
    </message>
    <message>
        <source>Set the UM RTP range to %1</source>
        <translation>UM-RTP-Bereich auf %1 setzen</translation>
    </message>
    <message>
        <source>Change networks of zone %1</source>
        <translation>Netze der Zone %1 ändern</translation>
    </message>
    <message>
        <source>Add firewall %1</source>
        <translation>Firewall %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove firewall %1</source>
        <translation>Firewall %1 entfernen</translation>
    </message>
    <message>
        <source>Rename firewall %1</source>
        <translation>Firewall %1 umbenennen</translation>
    </message>
    <message>
        <source>Change interfaces of firewall %1</source>
        <translation>Schnittstellen der Firewall %1 ändern</translation>
    </message>
    <message>
        <source>Make firewalls explicit</source>
        <translation>Firewalls explizit machen</translation>
    </message>
    <message>
        <source>Firewall %1</source>
        <translation>Firewall %1</translation>
    </message>
    <message>
        <source>Change servers run by firewall %1</source>
        <translation>Server ändern, die auf der Firewall %1 laufen</translation>
    </message>
</context>
<context>
    <name>DeploymentInspector</name>
    <message>
        <source>What this layout is for, who owns it…</source>
        <translation>Wozu dieses Layout dient, wem es gehört …</translation>
    </message>
    <message>
        <source>The Exchange version of servers that do not name their own. Options you set stay as they are.</source>
        <translation>Die Exchange-Version der Server, die keine eigene angeben. Von Ihnen gesetzte Optionen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Select a server, a zone, a port chip or a flow on the diagram to see its details; drag a role from the Roles palette into a zone to add a server.</source>
        <translation>Wählen Sie im Diagramm einen Server, eine Zone, einen Port-Chip oder einen Fluss, um die Details zu sehen; ziehen Sie eine Rolle aus der Rollenpalette in eine Zone, um einen Server hinzuzufügen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>E&amp;xchange:</source>
        <translation>E&amp;xchange:</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Zones: %1 · Servers: %2 · Rules between zones: %3</source>
        <translation>Zonen: %1 · Server: %2 · Regeln zwischen Zonen: %3</translation>
    </message>
    <message>
        <source>Add Firewall</source>
        <translation>Firewall hinzufügen</translation>
    </message>
    <message>
        <source>Adds a firewall joining two neighbouring zones and shows it, to pick its zones and name its interfaces. Firewalls implied by the lanes are listed first, so that the flows keep their way.</source>
        <translation>Fügt eine Firewall hinzu, die zwei benachbarte Zonen verbindet, und zeigt sie, um ihre Zonen zu wählen und ihre Schnittstellen zu benennen. Von den Bahnen vorgegebene Firewalls werden zuerst eingetragen, damit die Flüsse ihren Weg behalten.</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>Firewalls</translation>
    </message>
    <message>
        <source>Implied by the lanes: one between each pair of neighbouring zones.</source>
        <translation>Von den Bahnen vorgegeben: eine zwischen je zwei benachbarten Zonen.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>DeploymentReader</name>
    <message>
        <source>%1 (known: %2)</source>
        <translation>%1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>%1; did you mean &quot;%2&quot;?</source>
        <translation>%1; meinten Sie &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;; meinten Sie &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>erforderlicher Schlüssel fehlt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenfolge erwartet</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>invalid id &quot;%1&quot;: use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>ungültige ID &quot;%1&quot;: Verwenden Sie nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <source>expected a port number from 1 to 65535</source>
        <translation>Portnummer von 1 bis 65535 erwartet</translation>
    </message>
    <message>
        <source>not a Portolan deployment: the top level is not a JSON object</source>
        <translation>keine Portolan-Bereitstellung: Die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>required key is missing; is this a Portolan deployment?</source>
        <translation>erforderlicher Schlüssel fehlt; ist dies eine Portolan-Bereitstellung?</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a Portolan deployment</source>
        <translation>&quot;%1&quot; erwartet; dies ist keine Portolan-Bereitstellung</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>this file uses format version %1, newer than this Portolan (%2); open it with a newer Portolan</source>
        <translation>diese Datei verwendet die Formatversion %1, die neuer ist als die dieser Portolan-Version (%2); öffnen Sie sie mit einer neueren Portolan-Version</translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation>nicht unterstützte Formatversion %1</translation>
    </message>
    <message>
        <source>unknown version &quot;%1&quot;</source>
        <translation>unbekannte Version &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>duplicate zone id &quot;%1&quot;</source>
        <translation>doppelte Zonen-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown zone kind &quot;%1&quot;</source>
        <translation>unbekannte Zonenart &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a colour &quot;#rrggbb&quot;, found &quot;%1&quot;</source>
        <translation>Farbe &quot;#rrggbb&quot; erwartet, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate server id &quot;%1&quot;</source>
        <translation>doppelte Server-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown zone &quot;%1&quot;</source>
        <translation>unbekannte Zone &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>Array von Zeichenfolgen erwartet</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>unbekannte Rolle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate role &quot;%1&quot;</source>
        <translation>doppelte Rolle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a port range string such as &quot;49152-65535&quot;</source>
        <translation>Portbereich als Zeichenfolge erwartet, z. B. &quot;49152-65535&quot;</translation>
    </message>
    <message>
        <source>invalid port range &quot;%1&quot;: expected &quot;first-last&quot; with ports from 1 to 65535</source>
        <translation>ungültiger Portbereich &quot;%1&quot;: &quot;erster-letzter&quot; mit Ports von 1 bis 65535 erwartet</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (allowed: %2)</source>
        <translation>unbekannter Wert &quot;%1&quot; (zulässig: %2)</translation>
    </message>
    <message>
        <source>expected a port range string such as &quot;1024-65535&quot;</source>
        <translation>Portbereich als Zeichenfolge erwartet, z. B. &quot;1024-65535&quot;</translation>
    </message>
    <message>
        <source>expected an array of networks such as [&quot;192.0.2.0/24&quot;]</source>
        <translation>erwartet ein Array von Netzen wie [&quot;192.0.2.0/24&quot;]</translation>
    </message>
    <message>
        <source>expected a string such as &quot;192.0.2.0/24&quot;</source>
        <translation>erwartet eine Zeichenkette wie &quot;192.0.2.0/24&quot;</translation>
    </message>
    <message>
        <source>duplicate network &quot;%1&quot;</source>
        <translation>doppeltes Netz &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>erwartet ein Array</translation>
    </message>
    <message>
        <source>duplicate firewall id &quot;%1&quot;</source>
        <translation>doppelte Firewall-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object of zone ids and interface names, such as {&quot;dmz&quot;: &quot;dmz&quot;}</source>
        <translation>erwartet ein Objekt aus Zonen-IDs und Schnittstellennamen, etwa {&quot;dmz&quot;: &quot;dmz&quot;}</translation>
    </message>
    <message>
        <source>expected the interface&apos;s name, such as &quot;outside&quot;</source>
        <translation>erwartet den Namen der Schnittstelle, etwa &quot;outside&quot;</translation>
    </message>
    <message>
        <source>invalid interface name &quot;%1&quot;: use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>ungültiger Schnittstellenname &quot;%1&quot;: nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; verwenden</translation>
    </message>
    <message>
        <source>interface &quot;%1&quot; already faces zone &quot;%2&quot;; each interface faces one zone</source>
        <translation>Schnittstelle &quot;%1&quot; zeigt bereits zur Zone &quot;%2&quot;; jede Schnittstelle zeigt zu einer Zone</translation>
    </message>
    <message>
        <source>a firewall joins two or more zones</source>
        <translation>eine Firewall verbindet zwei oder mehr Zonen</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot; runs on this firewall (local): it is reached without an interface</source>
        <translation>Zone &quot;%1&quot; läuft auf dieser Firewall (local): sie wird ohne Schnittstelle erreicht</translation>
    </message>
    <message>
        <source>expected the id of the zone whose servers run on the firewall</source>
        <translation>erwartet wird die ID der Zone, deren Server auf der Firewall laufen</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot; is an Internet zone; only a zone of servers runs on a firewall</source>
        <translation>Zone &quot;%1&quot; ist eine Internetzone; nur eine Zone mit Servern läuft auf einer Firewall</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot; already runs on firewall &quot;%2&quot;; a zone runs on one firewall at most</source>
        <translation>Zone &quot;%1&quot; läuft bereits auf Firewall &quot;%2&quot;; eine Zone läuft auf höchstens einer Firewall</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot; faces interface &quot;%2&quot; of firewall &quot;%3&quot;; a zone that runs on a firewall is reached through that firewall only</source>
        <translation>Zone &quot;%1&quot; liegt an der Schnittstelle &quot;%2&quot; der Firewall &quot;%3&quot;; eine Zone, die auf einer Firewall läuft, wird nur über diese Firewall erreicht</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot; runs on firewall &quot;%2&quot;; a zone that runs on a firewall is reached through that firewall only</source>
        <translation>Zone &quot;%1&quot; läuft auf Firewall &quot;%2&quot;; eine Zone, die auf einer Firewall läuft, wird nur über diese Firewall erreicht</translation>
    </message>
</context>
<context>
    <name>DeploymentWriter</name>
    <message>
        <source>cannot save &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>The device is not open for writing.</source>
        <translation>Das Gerät ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>The diagram is too large for an image of %1 × %2 pixels.</source>
        <translation>Das Diagramm ist zu groß für ein Bild mit %1 × %2 Pixeln.</translation>
    </message>
    <message>
        <source>Portolan diagram</source>
        <translation>Portolan-Diagramm</translation>
    </message>
    <message>
        <source>Cannot start the SVG drawing.</source>
        <translation>Die SVG-Zeichnung kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>DiagramNavigation</name>
    <message>
        <source>&amp;Find Server…</source>
        <translation>Server &amp;suchen …</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
    <message>
        <source>Find server</source>
        <translation>Server suchen</translation>
    </message>
    <message>
        <source>A server&apos;s name or part of it; Enter selects and shows the servers that match</source>
        <translation>Der Name eines Servers oder ein Teil davon; die Eingabetaste wählt die passenden Server aus und zeigt sie</translation>
    </message>
</context>
<context>
    <name>DnsCheck</name>
    <message>
        <source>DNS, %1</source>
        <translation>DNS, %1</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Select &amp;All Servers</source>
        <translation>&amp;Alle Server auswählen</translation>
    </message>
    <message>
        <source>&amp;Add Zone</source>
        <translation>Zone &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Zone</source>
        <translation>Zone &amp;entfernen</translation>
    </message>
    <message>
        <source>Move Zone &amp;Left</source>
        <translation>Zone nach &amp;links verschieben</translation>
    </message>
    <message>
        <source>Move Zone R&amp;ight</source>
        <translation>Zone nach &amp;rechts verschieben</translation>
    </message>
    <message>
        <source>Delete the selected servers, or the selected zone with its servers</source>
        <translation>Die ausgewählten Server löschen oder die ausgewählte Zone mit ihren Servern</translation>
    </message>
    <message>
        <source>Rename the selected server or zone, or the deployment</source>
        <translation>Den ausgewählten Server oder die Zone umbenennen, oder die Bereitstellung</translation>
    </message>
    <message>
        <source>Add a copy of each selected server beside it</source>
        <translation>Von jedem ausgewählten Server eine Kopie daneben hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>&amp;Zone</translation>
    </message>
    <message>
        <source>&amp;Delete Zone</source>
        <translation>Zone &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Move to Zone</source>
        <translation>In Zone &amp;verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n server(s)</source>
        <translation>
            <numerusform>%n Server verschieben</numerusform>
            <numerusform>%n Server verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rename Zone</source>
        <translation>Zone &amp;umbenennen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Add Zone &amp;Before</source>
        <translation>Zone &amp;davor hinzufügen</translation>
    </message>
    <message>
        <source>Add Zone &amp;After</source>
        <translation>Zone da&amp;hinter hinzufügen</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Nach &amp;links</translation>
    </message>
    <message>
        <source>Move R&amp;ight</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>&amp;Select Its Servers</source>
        <translation>Ihre Server aus&amp;wählen</translation>
    </message>
    <message>
        <source>Remove &amp;Zone</source>
        <translation>&amp;Zone entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove &amp;Zone and Its %n Server(s)</source>
        <translation>
            <numerusform>&amp;Zone und ihren %n Server entfernen</numerusform>
            <numerusform>&amp;Zone und ihre %n Server entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show Its Rules</source>
        <translation>Regeln &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy Its Rules</source>
        <translation>Regeln &amp;kopieren</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n server(s)</source>
        <translation>
            <numerusform>%n Server duplizieren</numerusform>
            <numerusform>%n Server duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n server(s)</source>
        <translation>
            <numerusform>%n Server löschen</numerusform>
            <numerusform>%n Server löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>Schreiben in die Standardausgabe fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ExporterRegistry</name>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>Markdown document</source>
        <translation>Markdown-Dokument</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON-Daten</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>PowerShell script</source>
        <translation>PowerShell-Skript</translation>
    </message>
    <message>
        <source>Registration entries</source>
        <translation>Registrierungseinträge</translation>
    </message>
    <message>
        <source>nftables ruleset</source>
        <translation>nftables-Regelsatz</translation>
    </message>
    <message>
        <source>Cisco ASA configuration</source>
        <translation>Cisco-ASA-Konfiguration</translation>
    </message>
    <message>
        <source>Windows Defender Firewall script (PowerShell)</source>
        <translation>Skript für die Windows Defender Firewall (PowerShell)</translation>
    </message>
</context>
<context>
    <name>ExtraPortDialog</name>
    <message>
        <source>Open an Extra Port (What-if)</source>
        <translation>Zusätzlichen Port öffnen (Was-wäre-wenn)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
</context>
<context>
    <name>FirewallActions</name>
    <message>
        <source>Export &amp;Firewall Rules…</source>
        <translation>&amp;Firewall-Regeln exportieren…</translation>
    </message>
    <message>
        <source>The rules the firewalls, or the Exchange servers&apos; own Windows Defender Firewall, must allow: nftables, Cisco ASA or PowerShell</source>
        <translation>Die Regeln, die die Firewalls oder die Windows Defender Firewall der Exchange-Server selbst zulassen müssen: nftables, Cisco ASA oder PowerShell</translation>
    </message>
    <message>
        <source>Firewalls stand between zones: this deployment has only one zone</source>
        <translation>Firewalls stehen zwischen Zonen: Diese Bereitstellung hat nur eine Zone</translation>
    </message>
    <message>
        <source>Exported the firewall rules to %1</source>
        <translation>Firewall-Regeln nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>FirewallExportDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Export Firewall Rules</source>
        <translation>Firewall-Regeln exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>F&amp;irewall:</source>
        <translation>F&amp;irewall:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>All Exchange servers</source>
        <translation>Alle Exchange-Server</translation>
    </message>
    <message>
        <source>The deployment has no firewall: firewalls stand between zones, and it has only one zone.</source>
        <translation>Die Bereitstellung hat keine Firewall: Firewalls stehen zwischen Zonen, und sie hat nur eine Zone.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n server</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n servers</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rules</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3, %4</source>
        <translation>%1: %2 %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>in %n group</source>
        <translation>
            <numerusform>in %n Gruppe</numerusform>
            <numerusform>in %n Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n groups</source>
        <translation>
            <numerusform>in %n Gruppe</numerusform>
            <numerusform>in %n Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address set</source>
        <translation>
            <numerusform>%n Adressmenge</numerusform>
            <numerusform>%n Adressmengen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address sets</source>
        <translation>
            <numerusform>%n Adressmenge</numerusform>
            <numerusform>%n Adressmengen</numerusform>
        </translation>
    </message>
    <message>
        <source>firewall-rules</source>
        <translation>Firewall-Regeln</translation>
    </message>
    <message>
        <source>Export firewall rules</source>
        <translation>Firewall-Regeln exportieren</translation>
    </message>
    <message>
        <source>Cannot export the firewall rules</source>
        <translation>Die Firewall-Regeln können nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>%1 kann nicht geschrieben werden:
%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;These rules cannot be written yet.&lt;/b&gt; Fill in or correct what is listed below, and the preview shows them.</source>
        <translation>&lt;b&gt;Diese Regeln können noch nicht geschrieben werden.&lt;/b&gt; Ergänzen oder korrigieren Sie, was unten aufgeführt ist, dann zeigt die Vorschau sie.</translation>
    </message>
</context>
<context>
    <name>FirewallExportTexts</name>
    <message>
        <source>server &quot;%1&quot; in zone &quot;%2&quot;: its host &quot;%3&quot; is a DNS name; a firewall rule needs its IP address in host</source>
        <translation>Server &quot;%1&quot; in Zone &quot;%2&quot;: sein Host &quot;%3&quot; ist ein DNS-Name; eine Firewallregel braucht seine IP-Adresse als Host</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; in zone &quot;%2&quot;: its host &quot;%3&quot; is a DNS name; a firewall rule needs its IP address in host, or the zone its networks</source>
        <translation>Server &quot;%1&quot; in Zone &quot;%2&quot;: sein Host &quot;%3&quot; ist ein DNS-Name; eine Firewallregel braucht seine IP-Adresse als Host oder die Netze der Zone</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; in zone &quot;%2&quot;: no address; give the server its IP address in host, or the zone its networks</source>
        <translation>Server &quot;%1&quot; in Zone &quot;%2&quot;: keine Adresse; geben Sie dem Server seine IP-Adresse als Host oder der Zone ihre Netze</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot; (for %2): no networks; give the zone its networks</source>
        <translation>Zone &quot;%1&quot; (für %2): keine Netze; geben Sie der Zone ihre Netze</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; in zone &quot;%2&quot;: its address %3 is outside the zone&apos;s networks (%4); correct host or the zone&apos;s networks</source>
        <translation>Server &quot;%1&quot; in Zone &quot;%2&quot;: seine Adresse %3 liegt außerhalb der Netze der Zone (%4); korrigieren Sie den Host oder die Netze der Zone</translation>
    </message>
    <message>
        <source>firewall &quot;%1&quot;: the rules need addresses that the deployment does not give or contradicts; fill in or correct:
  %2</source>
        <translation>Firewall &quot;%1&quot;: Die Regeln brauchen Adressen, die die Bereitstellung nicht angibt oder denen sie widerspricht; ergänzen oder korrigieren Sie:
  %2</translation>
    </message>
</context>
<context>
    <name>FirewallHostRules</name>
    <message>
        <source>A firewall joins two or more zones: give it another interface first.</source>
        <translation>Eine Firewall verbindet zwei oder mehr Zonen: Geben Sie ihr zuerst eine weitere Schnittstelle.</translation>
    </message>
    <message>
        <source>There is no zone &quot;%1&quot;.</source>
        <translation>Es gibt keine Zone &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is an Internet zone: only a zone of servers runs on a firewall.</source>
        <translation>%1 ist eine Internet-Zone: Nur eine Zone mit Servern läuft auf einer Firewall.</translation>
    </message>
    <message>
        <source>%1 faces interface &quot;%2&quot; of this firewall: a zone that runs on the firewall is reached without an interface.</source>
        <translation>%1 liegt an der Schnittstelle &quot;%2&quot; dieser Firewall: Eine Zone, die auf der Firewall läuft, wird ohne Schnittstelle erreicht.</translation>
    </message>
    <message>
        <source>%1 already runs on %2: a zone runs on one firewall at most.</source>
        <translation>%1 läuft schon auf %2: Eine Zone läuft auf höchstens einer Firewall.</translation>
    </message>
    <message>
        <source>%1 faces interface &quot;%2&quot; of %3: a zone that runs on a firewall is reached through that firewall only.</source>
        <translation>%1 liegt an der Schnittstelle &quot;%2&quot; von %3: Eine Zone, die auf einer Firewall läuft, wird nur über diese Firewall erreicht.</translation>
    </message>
    <message>
        <source>%1 runs on this firewall: it is reached without an interface.</source>
        <translation>%1 läuft auf dieser Firewall: Sie wird ohne Schnittstelle erreicht.</translation>
    </message>
    <message>
        <source>%1 runs on %2: a zone that runs on a firewall is reached through that firewall only.</source>
        <translation>%1 läuft auf %2: Eine Zone, die auf einer Firewall läuft, wird nur über diese Firewall erreicht.</translation>
    </message>
</context>
<context>
    <name>FirewallInspector</name>
    <message>
        <source>Make Firewalls Explicit</source>
        <translation>Firewalls explizit machen</translation>
    </message>
    <message>
        <source>Remove Firewall</source>
        <translation>Firewall entfernen</translation>
    </message>
    <message>
        <source>Implied by the lanes: the deployment lists no firewalls, so one firewall joins each pair of neighbouring zones. Make them explicit to rename them, change their interfaces or add another; the flows keep their way.</source>
        <translation>Von den Bahnen vorgegeben: Die Bereitstellung nennt keine Firewalls, also verbindet je eine Firewall zwei benachbarte Zonen. Machen Sie sie explizit, um sie umzubenennen, ihre Schnittstellen zu ändern oder eine weitere hinzuzufügen; die Flüsse behalten ihren Weg.</translation>
    </message>
    <message>
        <source>Lists every implied firewall in the deployment, with the same names and interfaces, in one step</source>
        <translation>Trägt jede vorgegebene Firewall mit denselben Namen und Schnittstellen in einem Schritt in die Bereitstellung ein</translation>
    </message>
    <message>
        <source>Joins zone</source>
        <translation>Verbindet Zone</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <source>Double-click a rule to see it in full</source>
        <translation>Doppelklicken Sie auf eine Regel, um sie vollständig zu sehen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>not joined</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1 %2
From: %3
To: %4</source>
        <translation>%1 %2
Von: %3
Nach: %4</translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation>Regeln (%1)</translation>
    </message>
    <message>
        <source>The exports need these addresses:</source>
        <translation>Die Exporte brauchen diese Adressen:</translation>
    </message>
    <message>
        <source>The interface facing %1 needs a name.</source>
        <translation>Die Schnittstelle zu %1 braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface name: use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>„%1“ ist kein Schnittstellenname: Verwenden Sie nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already faces %2: each interface faces one zone.</source>
        <translation>„%1“ zeigt schon zu %2: Jede Schnittstelle zeigt zu einer Zone.</translation>
    </message>
    <message>
        <source>A firewall joins two or more zones.</source>
        <translation>Eine Firewall verbindet zwei oder mehr Zonen.</translation>
    </message>
    <message>
        <source>No flow crosses this firewall: a flow takes the way with the fewest firewalls, and of ways as short, the one through the firewall listed first.</source>
        <translation>Kein Fluss quert diese Firewall: Ein Fluss nimmt den Weg mit den wenigsten Firewalls und unter gleich kurzen den durch die zuerst aufgeführte Firewall.</translation>
    </message>
    <message>
        <source>The zone whose servers run on the firewall itself (Exchange on the firewall host): their traffic ends on the firewall instead of passing through it</source>
        <translation>Die Zone, deren Server auf der Firewall selbst laufen (Exchange auf dem Firewall-Host): Ihr Verkehr endet auf der Firewall, statt durch sie hindurchzugehen</translation>
    </message>
    <message>
        <source>Runs the servers of:</source>
        <translation>Betreibt die Server von:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>FirewallMenu</name>
    <message>
        <source>&amp;Select Its Rules</source>
        <translation>Ihre Regeln &amp;auswählen</translation>
    </message>
    <message>
        <source>&amp;Copy Rules of This Firewall</source>
        <translation>Regeln dieser Firewall &amp;kopieren</translation>
    </message>
    <message>
        <source>Show Only Its Rules in the &amp;Matrix</source>
        <translation>Nur ihre Regeln in der &amp;Matrix zeigen</translation>
    </message>
    <message>
        <source>&amp;Remove Firewall</source>
        <translation>Firewall &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>FirewallTopology</name>
    <message>
        <source>Firewall between %1 and %2</source>
        <translation>Firewall zwischen %1 und %2</translation>
    </message>
    <message>
        <source>this host</source>
        <comment>the firewall&apos;s own side of a rule, instead of an interface name</comment>
        <translation>dieser Host</translation>
    </message>
</context>
<context>
    <name>FlowFamily</name>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>RPC</source>
        <translation>RPC</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Telefonie</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Several families</source>
        <translation>Mehrere Familien</translation>
    </message>
</context>
<context>
    <name>FlowRouter</name>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 among %2</source>
        <translation>%1 innerhalb von %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start&lt;/b&gt; from the deployment Portolan opens with, or choose one with File → New from Template. Each lane is a zone of the network: the Internet, a perimeter network, the LAN, a branch.</source>
        <translation>&lt;b&gt;Beginnen&lt;/b&gt; Sie mit der Bereitstellung, die Portolan beim Start öffnet, oder wählen Sie eine mit Datei → Neu aus Vorlage. Jede Spalte ist eine Zone des Netzwerks: das Internet, ein Umkreisnetzwerk, das LAN, eine Zweigstelle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click to inspect&lt;/b&gt;: a card, a lane, a firewall chip or an arrow shows its details in the Inspector and selects its rules in the Port matrix below the diagram.</source>
        <translation>&lt;b&gt;Klicken zum Untersuchen&lt;/b&gt;: Eine Karte, eine Spalte, ein Firewall-Chip oder ein Pfeil zeigt seine Einzelheiten im Inspektor und wählt seine Regeln in der Portmatrix unter dem Diagramm aus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read the firewalls&lt;/b&gt;: each chip on a firewall lists ports to open, “→” from the left lane to the right one and “←” the other way. View → Legend explains every symbol and colour.</source>
        <translation>&lt;b&gt;Firewalls lesen&lt;/b&gt;: Jeder Chip an einer Firewall nennt zu öffnende Ports, „→“ von der linken Spalte zur rechten und „←“ in die andere Richtung. Ansicht → Legende erklärt jedes Symbol und jede Farbe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export&lt;/b&gt; with the File menu: the diagram (PNG, SVG), the port matrix for the firewall team, or a PDF report with both.</source>
        <translation>&lt;b&gt;Exportieren&lt;/b&gt; Sie über das Menü Datei: das Diagramm (PNG, SVG), die Portmatrix für das Firewall-Team oder einen PDF-Bericht mit beidem.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Probe live&lt;/b&gt;: give servers an address in the Inspector, choose the zone this machine is in on the Probe toolbar and press Probe Now (F5). The dots on the cards and the chip outlines take the colours of the results.</source>
        <translation>&lt;b&gt;Live prüfen&lt;/b&gt;: Geben Sie Servern im Inspektor eine Adresse, wählen Sie in der Prüfen-Symbolleiste die Zone, in der dieser Rechner steht, und drücken Sie Jetzt prüfen (F5). Die Punkte auf den Karten und die Ränder der Chips nehmen die Farben der Ergebnisse an.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Drag a role&lt;/b&gt; from the Roles palette on the left into a zone (or select the zone and press Enter on the role): a server card appears, and the arrows show the flows it needs. Right-click a lane to add, rename or remove zones; drag a lane by its header to move it.</source>
        <translation>&lt;b&gt;Ziehen Sie eine Rolle&lt;/b&gt; aus der Rollenpalette links in eine Zone (oder wählen Sie die Zone und drücken Sie die Eingabetaste auf der Rolle): Eine Serverkarte erscheint, und die Pfeile zeigen die Flüsse, die sie braucht. Ein Rechtsklick auf eine Spur fügt Zonen hinzu, benennt sie um oder entfernt sie; ziehen Sie eine Spur an ihrem Kopf, um sie zu verschieben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check&lt;/b&gt; the Warnings under the Inspector: what Microsoft does not support and what needs your attention. Click a warning to select its servers; Ctrl+F finds a server by name.</source>
        <translation>&lt;b&gt;Prüfen Sie&lt;/b&gt; die Warnungen unter dem Inspektor: was Microsoft nicht unterstützt und was Ihre Aufmerksamkeit braucht. Ein Klick auf eine Warnung wählt ihre Server aus; Strg+F findet einen Server nach seinem Namen.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Portolan</source>
        <translation>Über &amp;Portolan</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>%1 (%2)</source>
        <comment>implicit actor (zone)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (dynamic RPC)</source>
        <translation>%1 (dynamisches RPC)</translation>
    </message>
</context>
<context>
    <name>IpNetwork</name>
    <message>
        <source>&quot;%1&quot; is not a network (CIDR such as 192.0.2.0/24)</source>
        <translation>&quot;%1&quot; ist kein Netz (CIDR wie 192.0.2.0/24)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set; did you mean %2/%3?</source>
        <translation>In &quot;%1&quot; sind Host-Bits gesetzt; war %2/%3 gemeint?</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>required key is missing</source>
        <translation>erforderlicher Schlüssel fehlt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenfolge erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
</context>
<context>
    <name>JsonParseProblem</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>missing comma or closing &apos;}&apos;</source>
        <translation>Komma oder schließendes &apos;}&apos; fehlt</translation>
    </message>
    <message>
        <source>missing colon after a key</source>
        <translation>Doppelpunkt nach einem Schlüssel fehlt</translation>
    </message>
    <message>
        <source>missing comma or closing &apos;]&apos;</source>
        <translation>Komma oder schließendes &apos;]&apos; fehlt</translation>
    </message>
    <message>
        <source>missing comma</source>
        <translation>Komma fehlt</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>ungültiger Wert</translation>
    </message>
    <message>
        <source>unexpected end of the file</source>
        <translation>unerwartetes Dateiende</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escapesequenz</translation>
    </message>
    <message>
        <source>invalid UTF-8 text</source>
        <translation>ungültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenfolge</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>Wert fehlt</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>unerwarteter Text nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>control character in a string: write it as an escape, e.g. \n</source>
        <translation>Steuerzeichen in einer Zeichenkette: als Escape-Sequenz schreiben, z. B. \n</translation>
    </message>
    <message>
        <source>a number must not start with 0</source>
        <translation>eine Zahl darf nicht mit 0 beginnen</translation>
    </message>
    <message>
        <source>a digit must follow the decimal point</source>
        <translation>nach dem Dezimalpunkt muss eine Ziffer folgen</translation>
    </message>
    <message>
        <source>the exponent has no digits</source>
        <translation>der Exponent hat keine Ziffern</translation>
    </message>
</context>
<context>
    <name>LegendItem</name>
    <message>
        <source>Flows:</source>
        <translation>Datenflüsse:</translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <source>Le&amp;sson</source>
        <translation>&amp;Lektion</translation>
    </message>
    <message>
        <source>&amp;Open Lesson…</source>
        <translation>Lektion ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New Lesson from this Deployment…</source>
        <translation>&amp;Neue Lektion aus dieser Bereitstellung…</translation>
    </message>
    <message>
        <source>&amp;Close Lesson</source>
        <translation>Lektion &amp;schließen</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Die Lektion kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation>%1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Lesson “%1”: the asked answers are hidden, the deployment is read-only.</source>
        <translation>Lektion „%1“: Die gefragten Antworten sind verborgen, die Bereitstellung ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Saved the lesson to %1</source>
        <translation>Lektion unter %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>LessonAnswersReader</name>
    <message>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>not a Portolan answer file: the top level is not a JSON object</source>
        <translation>keine Portolan-Antwortdatei: Die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>expected an object with an answer per task id</source>
        <translation>Objekt mit einer Antwort je Aufgaben-ID erwartet</translation>
    </message>
    <message>
        <source>no task &quot;%1&quot; in the lesson</source>
        <translation>keine Aufgabe &quot;%1&quot; in der Lektion</translation>
    </message>
    <message>
        <source>required key is missing; is this a Portolan answer file?</source>
        <translation>erforderlicher Schlüssel fehlt; ist dies eine Portolan-Antwortdatei?</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a Portolan answer file</source>
        <translation>&quot;%1&quot; erwartet; dies ist keine Portolan-Antwortdatei</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>this answer file uses format version %1, newer than this Portolan (%2)</source>
        <translation>diese Antwortdatei verwendet die Formatversion %1, die neuer ist als die dieser Portolan-Version (%2)</translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation>nicht unterstützte Formatversion %1</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenfolge erwartet</translation>
    </message>
    <message>
        <source>these are answers to the lesson &quot;%1&quot;, not to &quot;%2&quot;</source>
        <translation>dies sind Antworten auf die Lektion &quot;%1&quot;, nicht auf &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected a whole number from 0</source>
        <translation>ganze Zahl ab 0 erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an object: role id → zone id</source>
        <translation>Objekt erwartet: Rollen-ID → Zonen-ID</translation>
    </message>
    <message>
        <source>expected &quot;tcp&quot; or &quot;udp&quot;</source>
        <translation>&quot;tcp&quot; oder &quot;udp&quot; erwartet</translation>
    </message>
    <message>
        <source>expected ports such as &quot;25&quot;, &quot;6001-6004&quot; or &quot;6001,6002,6004&quot; (1-65535), or &quot;%1&quot; for the dynamic RPC range</source>
        <translation>Ports wie &quot;25&quot;, &quot;6001-6004&quot; oder &quot;6001,6002,6004&quot; (1-65535) erwartet, oder &quot;%1&quot; für den dynamischen RPC-Bereich</translation>
    </message>
    <message>
        <source>expected a zone id</source>
        <translation>Zonen-ID erwartet</translation>
    </message>
    <message>
        <source>no zone &quot;%1&quot; in the lesson&apos;s deployment</source>
        <translation>keine Zone &quot;%1&quot; in der Bereitstellung der Lektion</translation>
    </message>
    <message>
        <source>the task does not ask to place &quot;%1&quot; (it asks for: %2)</source>
        <translation>die Aufgabe verlangt nicht, &quot;%1&quot; zu platzieren (sie verlangt: %2)</translation>
    </message>
</context>
<context>
    <name>LessonAnswersWriter</name>
    <message>
        <source>cannot save &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>LessonChooser</name>
    <message>
        <source>Open Lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Level %1 — %2</source>
        <translation>Stufe %1 — %2</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>&amp;Datei öffnen…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Portolan lessons (*.portolan-lesson)</source>
        <translation>Portolan-Lektionen (*.portolan-lesson)</translation>
    </message>
</context>
<context>
    <name>LessonGrader</name>
    <message>
        <source>No flow of this deployment needs %1 from %2 to %3.</source>
        <translation>Kein Datenfluss dieser Bereitstellung braucht %1 von %2 nach %3.</translation>
    </message>
    <message>
        <source>%1 does not listen on %2 for %3.</source>
        <translation>%1 lauscht nicht auf %2 für %3.</translation>
    </message>
    <message>
        <source>Unknown service: nothing this deployment runs in %1 listens there, but an open port is one more way in.</source>
        <translation>Unbekannter Dienst: Nichts, was diese Bereitstellung in %1 betreibt, lauscht dort, aber jeder offene Port ist ein weiterer Weg hinein.</translation>
    </message>
    <message>
        <source>Allowing it would expose:
%1</source>
        <translation>Wird sie erlaubt, liegt offen:
%1</translation>
    </message>
    <message>
        <source>Not placed.</source>
        <translation>Nicht platziert.</translation>
    </message>
    <message>
        <source>Supported; it needs no rule between zones.</source>
        <translation>Unterstützt; es braucht keine Regel zwischen Zonen.</translation>
    </message>
    <message>
        <source>Supported; across zones it needs: %1.</source>
        <translation>Unterstützt; zwischen Zonen braucht es: %1.</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Auswerten</translation>
    </message>
    <message>
        <source>&amp;Hint</source>
        <translation>&amp;Tipp</translation>
    </message>
    <message>
        <source>Show &amp;Answers</source>
        <translation>&amp;Lösungen zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Available once every task is right, or after %n checks.</source>
        <translation>
            <numerusform>Verfügbar, sobald jede Aufgabe stimmt, oder nach %n Auswertung.</numerusform>
            <numerusform>Verfügbar, sobald jede Aufgabe stimmt, oder nach %n Auswertungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Save Answers…</source>
        <translation>Antworten &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Open Answers…</source>
        <translation>Antworten ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <source>Portolan answers (*.json)</source>
        <translation>Portolan-Antworten (*.json)</translation>
    </message>
    <message>
        <source>Cannot save the answers</source>
        <translation>Die Antworten können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Open answers</source>
        <translation>Antworten öffnen</translation>
    </message>
    <message>
        <source>Cannot open the answers</source>
        <translation>Die Antworten können nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No rule is missing.</source>
        <translation>Es fehlt keine Regel.</translation>
    </message>
    <message>
        <source>Hint: %1 → %2 needs %3: %4</source>
        <translation>Tipp: %1 → %2 braucht %3: %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; (%3)</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missing: %1&lt;/b&gt;, %2. Needed because: %3 &lt;i&gt;If blocked:&lt;/i&gt; %4</source>
        <translation>&lt;b&gt;Fehlt: %1&lt;/b&gt;, %2. Nötig, weil: %3 &lt;i&gt;Wenn gesperrt:&lt;/i&gt; %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not needed: %1 %2.&lt;/b&gt; %3 &lt;i&gt;%4&lt;/i&gt;</source>
        <translation>&lt;b&gt;Nicht nötig: %1 %2.&lt;/b&gt; %3 &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>nicht platziert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 in %2&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;%1 in %2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Score: %1 % · attempts: %2</source>
        <translation>Ergebnis: %1 % · Versuche: %2</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenfolge erwartet</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>not a Portolan lesson: the top level is not a JSON object</source>
        <translation>keine Portolan-Lektion: Die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>required key is missing; is this a Portolan lesson?</source>
        <translation>erforderlicher Schlüssel fehlt; ist dies eine Portolan-Lektion?</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a Portolan lesson</source>
        <translation>&quot;%1&quot; erwartet; dies ist keine Portolan-Lektion</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>this lesson uses format version %1, newer than this Portolan (%2); open it with a newer Portolan</source>
        <translation>diese Lektion verwendet die Formatversion %1, die neuer ist als die dieser Portolan-Version (%2); öffnen Sie sie mit einer neueren Portolan-Version</translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation>nicht unterstützte Formatversion %1</translation>
    </message>
    <message>
        <source>expected a whole number from 1</source>
        <translation>ganze Zahl ab 1 erwartet</translation>
    </message>
    <message>
        <source>expected the object of a .portolan file</source>
        <translation>Objekt einer .portolan-Datei erwartet</translation>
    </message>
    <message>
        <source>a lesson needs at least one task</source>
        <translation>eine Lektion braucht mindestens eine Aufgabe</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>duplicate task id &quot;%1&quot;</source>
        <translation>doppelte Aufgaben-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no zone &quot;%1&quot; in the deployment</source>
        <translation>keine Zone &quot;%1&quot; in der Bereitstellung</translation>
    </message>
    <message>
        <source>unknown task kind &quot;%1&quot; (known: firewall-rules, server-ports, place-roles)</source>
        <translation>unbekannte Aufgabenart &quot;%1&quot; (bekannt: firewall-rules, server-ports, place-roles)</translation>
    </message>
    <message>
        <source>the two sides of a firewall must be different zones</source>
        <translation>die beiden Seiten einer Firewall müssen verschiedene Zonen sein</translation>
    </message>
    <message>
        <source>no server &quot;%1&quot; in the deployment</source>
        <translation>kein Server &quot;%1&quot; in der Bereitstellung</translation>
    </message>
    <message>
        <source>name at least one role to place</source>
        <translation>nennen Sie mindestens eine zu platzierende Rolle</translation>
    </message>
    <message>
        <source>expected a role id of the catalog, found %1</source>
        <translation>Rollen-ID des Katalogs erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>duplicate role &quot;%1&quot;</source>
        <translation>doppelte Rolle &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>LessonWriter</name>
    <message>
        <source>cannot save &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>The mail server on the LAN, published through a proxy</source>
        <translation>Der Mailserver im LAN, über einen Proxy veröffentlicht</translation>
    </message>
    <message>
        <source>The most common small layout: only SMTP and the published web access cross into the network. You learn that the firewall allows a few ports, each to one server, and why each one is needed.</source>
        <translation>Die häufigste kleine Anordnung: Nur SMTP und der veröffentlichte Webzugriff gelangen ins Netzwerk. Sie lernen, dass die Firewall wenige Ports erlaubt, jeden zu einem Server, und warum jeder gebraucht wird.</translation>
    </message>
    <message>
        <source>Exchange 2003 runs on the LAN; a proxy in the DMZ publishes Outlook Web Access, and SMTP is mapped through to the mail server.</source>
        <translation>Exchange 2003 läuft im LAN; ein Proxy in der DMZ veröffentlicht Outlook Web Access, und SMTP wird zum Mailserver durchgeleitet.</translation>
    </message>
    <message>
        <source>Which rules must the firewall between the Internet and the DMZ allow?</source>
        <translation>Welche Regeln muss die Firewall zwischen dem Internet und der DMZ erlauben?</translation>
    </message>
    <message>
        <source>Which rules must the firewall between the DMZ and the LAN allow?</source>
        <translation>Welche Regeln muss die Firewall zwischen der DMZ und dem LAN erlauben?</translation>
    </message>
    <message>
        <source>Which ports does the mail server listen on, and from which zones?</source>
        <translation>Auf welchen Ports lauscht der Mailserver, und aus welchen Zonen?</translation>
    </message>
    <message>
        <source>An SMTP relay in the DMZ</source>
        <translation>Ein SMTP-Relay in der DMZ</translation>
    </message>
    <message>
        <source>When a relay in the DMZ takes the Internet&apos;s mail, only SMTP crosses the inner firewall. You learn why opening the RPC endpoint mapper or the dynamic RPC range from the DMZ is a mistake.</source>
        <translation>Nimmt ein Relay in der DMZ die Mail aus dem Internet an, passiert nur SMTP die innere Firewall. Sie lernen, warum es ein Fehler ist, den RPC-Endpunktmapper oder den dynamischen RPC-Bereich aus der DMZ zu öffnen.</translation>
    </message>
    <message>
        <source>Exchange 2003 sits on the LAN; a non-Exchange SMTP relay in the DMZ receives the Internet&apos;s mail and sends Exchange&apos;s outbound mail.</source>
        <translation>Exchange 2003 steht im LAN; ein SMTP-Relay ohne Exchange in der DMZ empfängt die Mail aus dem Internet und versendet die ausgehende Mail von Exchange.</translation>
    </message>
    <message>
        <source>The mail server on the firewall host</source>
        <translation>Der Mailserver auf dem Firewall-Host</translation>
    </message>
    <message>
        <source>When Exchange runs on the firewall host itself, the outer interface sees the mail server directly and the inner one carries Active Directory. You learn which side needs which ports.</source>
        <translation>Läuft Exchange auf dem Firewall-Host selbst, sieht die äußere Schnittstelle den Mailserver direkt, und die innere trägt Active Directory. Sie lernen, welche Seite welche Ports braucht.</translation>
    </message>
    <message>
        <source>Exchange 2003 runs on the firewall/proxy host; the domain controller and the clients stay on the LAN.</source>
        <translation>Exchange 2003 läuft auf dem Firewall-/Proxy-Host; der Domänencontroller und die Clients bleiben im LAN.</translation>
    </message>
    <message>
        <source>Which rules must the firewall between the Internet and the firewall host allow?</source>
        <translation>Welche Regeln muss die Firewall zwischen dem Internet und dem Firewall-Host erlauben?</translation>
    </message>
    <message>
        <source>Which rules must the firewall between the firewall host and the LAN allow?</source>
        <translation>Welche Regeln muss die Firewall zwischen dem Firewall-Host und dem LAN erlauben?</translation>
    </message>
    <message>
        <source>Exchange 2003 front-end and back-end servers</source>
        <translation>Exchange 2003 mit Front-End- und Back-End-Servern</translation>
    </message>
    <message>
        <source>A front-end server in the DMZ needs much of Active Directory and the back-ends&apos; ports opened to it. You learn the cost of that design and where back-end servers belong.</source>
        <translation>Ein Front-End-Server in der DMZ braucht einen Großteil von Active Directory und die Ports der Back-End-Server geöffnet. Sie lernen den Preis dieses Entwurfs kennen und wohin Back-End-Server gehören.</translation>
    </message>
    <message>
        <source>A front-end server in the DMZ proxies Outlook Web Access, POP3, IMAP4, SMTP and RPC over HTTP to two back-end servers on the LAN.</source>
        <translation>Ein Front-End-Server in der DMZ leitet Outlook Web Access, POP3, IMAP4, SMTP und RPC über HTTP an zwei Back-End-Server im LAN weiter.</translation>
    </message>
    <message>
        <source>Which ports does the front-end server listen on, and from which zones?</source>
        <translation>Auf welchen Ports lauscht der Front-End-Server, und aus welchen Zonen?</translation>
    </message>
    <message>
        <source>Where does a third back-end server belong?</source>
        <translation>Wohin gehört ein dritter Back-End-Server?</translation>
    </message>
    <message>
        <source>Exchange 2010 with static RPC ports</source>
        <translation>Exchange 2010 mit statischen RPC-Ports</translation>
    </message>
    <message>
        <source>Outlook reaches Exchange 2010 over RPC: the endpoint mapper on 135, then a port it is told. You learn why fixing the RPC Client Access and Address Book ports lets the firewall open TCP 135 and two ports instead of the whole dynamic range.</source>
        <translation>Outlook erreicht Exchange 2010 über RPC: zuerst den Endpunktmapper auf 135, dann einen Port, der ihm genannt wird. Sie lernen, warum feste Ports für RPC-Clientzugriff und Adressbuch der Firewall erlauben, TCP 135 und zwei Ports statt des ganzen dynamischen Bereichs zu öffnen.</translation>
    </message>
    <message>
        <source>An internal firewall separates the Outlook clients&apos; network from the server network. The CAS array uses the static ports 59532 and 59533.</source>
        <translation>Eine interne Firewall trennt das Netzwerk der Outlook-Clients vom Servernetzwerk. Das CAS-Array verwendet die statischen Ports 59532 und 59533.</translation>
    </message>
    <message>
        <source>Which rules must the firewall between the clients&apos; network and the server network allow?</source>
        <translation>Welche Regeln muss die Firewall zwischen dem Client-Netzwerk und dem Servernetzwerk erlauben?</translation>
    </message>
    <message>
        <source>Which ports does the Client Access server listen on, and from which zones?</source>
        <translation>Auf welchen Ports lauscht der Clientzugriffsserver, und aus welchen Zonen?</translation>
    </message>
    <message>
        <source>Exchange 2016 published through a reverse proxy</source>
        <translation>Exchange 2016, über einen Reverse Proxy veröffentlicht</translation>
    </message>
    <message>
        <source>A reverse proxy in the DMZ publishes the web services, so HTTPS crosses both firewalls while SMTP goes straight to the Mailbox servers. You learn what a reverse proxy changes in the rules.</source>
        <translation>Ein Reverse Proxy in der DMZ veröffentlicht die Webdienste, daher passiert HTTPS beide Firewalls, während SMTP direkt zu den Postfachservern geht. Sie lernen, was ein Reverse Proxy an den Regeln ändert.</translation>
    </message>
    <message>
        <source>Two Exchange 2016 Mailbox servers are on the LAN; a reverse proxy in the DMZ publishes Outlook on the web, ActiveSync, EWS, Autodiscover and Outlook Anywhere.</source>
        <translation>Zwei Exchange 2016-Postfachserver stehen im LAN; ein Reverse Proxy in der DMZ veröffentlicht Outlook im Web, ActiveSync, EWS, AutoErmittlung und Outlook Anywhere.</translation>
    </message>
    <message>
        <source>Which rules must the firewall between the Internet and the LAN allow?</source>
        <translation>Welche Regeln muss die Firewall zwischen dem Internet und dem LAN erlauben?</translation>
    </message>
    <message>
        <source>Exchange 2019 with an Edge Transport server</source>
        <translation>Exchange 2019 mit einem Edge-Transport-Server</translation>
    </message>
    <message>
        <source>The Edge Transport server takes the Internet&apos;s mail in the perimeter network and learns recipients through EdgeSync. You learn the two ports the inner firewall needs and why Mailbox servers never go into the DMZ.</source>
        <translation>Der Edge-Transport-Server nimmt die Mail aus dem Internet im Umkreisnetzwerk an und lernt die Empfänger über EdgeSync. Sie lernen die zwei Ports, die die innere Firewall braucht, und warum Postfachserver nie in die DMZ gehören.</translation>
    </message>
    <message>
        <source>A subscribed Edge Transport server sits in the perimeter network; two Mailbox servers and a domain controller are on the LAN.</source>
        <translation>Ein abonnierter Edge-Transport-Server steht im Umkreisnetzwerk; zwei Postfachserver und ein Domänencontroller stehen im LAN.</translation>
    </message>
    <message>
        <source>Which ports does the Edge Transport server listen on, and from which zones?</source>
        <translation>Auf welchen Ports lauscht der Edge-Transport-Server, und aus welchen Zonen?</translation>
    </message>
    <message>
        <source>Where does a third Mailbox server belong?</source>
        <translation>Wohin gehört ein dritter Postfachserver?</translation>
    </message>
    <message>
        <source>Exchange 2019 hybrid with Exchange Online</source>
        <translation>Exchange 2019 hybrid mit Exchange Online</translation>
    </message>
    <message>
        <source>In a hybrid deployment Exchange Online calls the on-premises servers for mail, free/busy and mailbox moves. You learn which ports the cloud needs and that the domain controller stays inside.</source>
        <translation>In einer Hybridbereitstellung ruft Exchange Online die lokalen Server für Mail, Frei/Gebucht-Informationen und Postfachverschiebungen auf. Sie lernen, welche Ports die Cloud braucht und dass der Domänencontroller innen bleibt.</translation>
    </message>
    <message>
        <source>An Exchange 2019 Mailbox server on the LAN is in a hybrid deployment with Exchange Online.</source>
        <translation>Ein Exchange 2019-Postfachserver im LAN ist in einer Hybridbereitstellung mit Exchange Online.</translation>
    </message>
    <message>
        <source>Which rules must the firewall between Exchange Online and the LAN allow?</source>
        <translation>Welche Regeln muss die Firewall zwischen Exchange Online und dem LAN erlauben?</translation>
    </message>
    <message>
        <source>Where does a second domain controller belong?</source>
        <translation>Wohin gehört ein zweiter Domänencontroller?</translation>
    </message>
    <message>
        <source>An Exchange 2019 DAG across sites</source>
        <translation>Eine Exchange 2019-DAG über mehrere Standorte</translation>
    </message>
    <message>
        <source>A database availability group stretched over two sites replicates, seeds and fails over between them, and Microsoft does not support filtering between its members. You learn how much crosses a site link and what the witness needs.</source>
        <translation>Eine Datenbankverfügbarkeitsgruppe über zwei Standorte repliziert, befüllt und wechselt zwischen ihnen, und Microsoft unterstützt keine Filterung zwischen ihren Mitgliedern. Sie lernen, wie viel über eine Standortverbindung geht und was der Zeuge braucht.</translation>
    </message>
    <message>
        <source>Each site holds a Mailbox server of the same DAG and a domain controller; the file share witness is in a third site.</source>
        <translation>Jeder Standort hat einen Postfachserver derselben DAG und einen Domänencontroller; der Dateifreigabenzeuge steht an einem dritten Standort.</translation>
    </message>
    <message>
        <source>Which rules must the link between site A and site B allow?</source>
        <translation>Welche Regeln muss die Verbindung zwischen Standort A und Standort B erlauben?</translation>
    </message>
    <message>
        <source>Which ports does the file share witness listen on, and from which zones?</source>
        <translation>Auf welchen Ports lauscht der Dateifreigabenzeuge, und aus welchen Zonen?</translation>
    </message>
    <message>
        <source>Exchange 2019 DAG across two sites</source>
        <translation>Exchange 2019-DAG über zwei Standorte</translation>
    </message>
    <message>
        <source>A database availability group with one Mailbox server in each of two sites and the file share witness in a third.</source>
        <translation>Eine Datenbankverfügbarkeitsgruppe mit je einem Postfachserver an zwei Standorten und dem Dateifreigabenzeugen an einem dritten.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open deployment</source>
        <translation>Bereitstellung öffnen</translation>
    </message>
    <message>
        <source>Portolan deployments (*.portolan)</source>
        <translation>Portolan-Bereitstellungen (*.portolan)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Port matrix</source>
        <translation>Portmatrix</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Cannot open deployment</source>
        <translation>Bereitstellung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation>%1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Cannot save deployment</source>
        <translation>Bereitstellung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Save deployment</source>
        <translation>Bereitstellung speichern</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The deployment has unsaved changes. Save them?</source>
        <translation>Die Bereitstellung enthält nicht gespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Portolan</source>
        <translation>%1[*] — %2 — Portolan</translation>
    </message>
    <message>
        <source>&amp;New from Template…</source>
        <translation>&amp;Neu aus Vorlage…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation>&lt;geöffnete Datei&gt;</translation>
    </message>
    <message>
        <source>&lt;new from template&gt;</source>
        <translation>&lt;neu aus Vorlage&gt;</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1 no longer exists. It has been removed from the recent files.</source>
        <translation>%1 ist nicht mehr vorhanden. Die Datei wurde aus der Liste der zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Cannot export the diagram</source>
        <translation>Das Diagramm kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>%1 kann nicht geschrieben werden:
%2</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
    <message>
        <source>&amp;Import nmap XML…</source>
        <translation>nmap-XML &amp;importieren…</translation>
    </message>
    <message>
        <source>Import nmap XML</source>
        <translation>nmap-XML importieren</translation>
    </message>
    <message>
        <source>nmap XML reports (*.xml)</source>
        <translation>nmap-XML-Berichte (*.xml)</translation>
    </message>
    <message>
        <source>Probe dashboard</source>
        <translation>Prüf-Dashboard</translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Cannot import the nmap report</source>
        <translation>Der nmap-Bericht kann nicht importiert werden</translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>%1 kann nicht gelesen werden:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n ports from the nmap report</source>
        <translation>
            <numerusform>%n Port aus dem nmap-Bericht importiert</numerusform>
            <numerusform>%n Ports aus dem nmap-Bericht importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>(no server has the address %1)</source>
        <translation>(kein Server hat die Adresse %1)</translation>
    </message>
    <message>
        <source>Export Port &amp;Matrix…</source>
        <translation>Port&amp;matrix exportieren…</translation>
    </message>
    <message>
        <source>port-matrix</source>
        <translation>Portmatrix</translation>
    </message>
    <message>
        <source>&amp;Copy Rules of This Firewall</source>
        <translation>Regeln dieser Firewall &amp;kopieren</translation>
    </message>
    <message>
        <source>a new deployment</source>
        <translation>eine neue Bereitstellung</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Portolan ended without saving the changes to “%1” (%2). The last copy is from %3.

Restore it?</source>
        <translation>Portolan wurde beendet, ohne die Änderungen an „%1“ (%2) zu speichern. Die letzte Kopie stammt vom %3.

Wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>&lt;restored&gt;</source>
        <translation>&lt;wiederhergestellt&gt;</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>selected-rules</source>
        <translation>ausgewaehlte-regeln</translation>
    </message>
    <message>
        <source>Export Its Port &amp;Matrix Rows…</source>
        <translation>Ihre Zeilen der Port-&amp;Matrix exportieren…</translation>
    </message>
</context>
<context>
    <name>MatrixBuilder</name>
    <message>
        <source>(Published through the reverse proxy.)</source>
        <translation>(Über den Reverseproxy veröffentlicht.)</translation>
    </message>
</context>
<context>
    <name>MatrixCsvWriter</name>
    <message>
        <source>cannot write the matrix: the output is not open for writing</source>
        <translation>die Matrix kann nicht geschrieben werden: Die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>cannot write the matrix: %1</source>
        <translation>die Matrix kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>From zone</source>
        <translation>Quellzone</translation>
    </message>
    <message>
        <source>To zone</source>
        <translation>Zielzone</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweise</translation>
    </message>
</context>
<context>
    <name>MatrixExportFlow</name>
    <message>
        <source>Export port matrix</source>
        <translation>Portmatrix exportieren</translation>
    </message>
    <message numerus="yes">
        <source>The table shows %1 of the %n rules.</source>
        <translation>
            <numerusform>Die Tabelle zeigt %1 von %n Regel.</numerusform>
            <numerusform>Die Tabelle zeigt %1 von %n Regeln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which rules do you want to export?</source>
        <translation>Welche Regeln möchten Sie exportieren?</translation>
    </message>
    <message>
        <source>&amp;All rules</source>
        <translation>&amp;Alle Regeln</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Only the %n rows shown</source>
        <translation>
            <numerusform>&amp;Nur die %n angezeigte Zeile</numerusform>
            <numerusform>&amp;Nur die %n angezeigten Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the port matrix</source>
        <translation>Die Portmatrix kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>%1 kann nicht geschrieben werden:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rules to %1</source>
        <translation>
            <numerusform>%n Regel nach %1 exportiert</numerusform>
            <numerusform>%n Regeln nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>the file type &quot;%1&quot; is none of the port matrix formats (%2)</source>
        <translation>der Dateityp &quot;%1&quot; gehört zu keinem der Portmatrix-Formate (%2)</translation>
    </message>
</context>
<context>
    <name>MatrixJsonWriter</name>
    <message>
        <source>cannot write the matrix: the output is not open for writing</source>
        <translation>die Matrix kann nicht geschrieben werden: Die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>cannot write the matrix: %1</source>
        <translation>die Matrix kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>MatrixMarkdownWriter</name>
    <message>
        <source>cannot write the matrix: the output is not open for writing</source>
        <translation>die Matrix kann nicht geschrieben werden: Die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>cannot write the matrix: %1</source>
        <translation>die Matrix kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Untitled deployment</source>
        <translation>Unbenannte Bereitstellung</translation>
    </message>
    <message>
        <source>Port matrix: %1 (%2)</source>
        <translation>Portmatrix: %1 (%2)</translation>
    </message>
    <message>
        <source>The deployment needs no flows.</source>
        <translation>Die Bereitstellung benötigt keine Datenflüsse.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>(unconfirmed)</source>
        <translation>(unbestätigt)</translation>
    </message>
    <message>
        <source>Inside zones</source>
        <translation>Innerhalb von Zonen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>Filter: port, server, purpose…</source>
        <translation>Filter: Port, Server, Zweck…</translation>
    </message>
    <message>
        <source>All zone pairs</source>
        <translation>Alle Zonenpaare</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export Selected Rows…</source>
        <translation>Ausgewählte Zeilen &amp;exportieren …</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Only the rules that cross this firewall</source>
        <translation>Nur die Regeln, die diese Firewall passieren</translation>
    </message>
    <message>
        <source>All firewalls</source>
        <translation>Alle Firewalls</translation>
    </message>
</context>
<context>
    <name>NetworkChecks</name>
    <message>
        <source>%1&apos;s address %2 is outside the networks of its zone %3 (%4): the firewall rules for the zone will not match it. Correct the address or the zone&apos;s networks.</source>
        <translation>Die Adresse %2 von %1 liegt außerhalb der Netze seiner Zone %3 (%4): Die Firewall-Regeln der Zone treffen sie nicht. Korrigieren Sie die Adresse oder die Netze der Zone.</translation>
    </message>
    <message>
        <source>The networks of zones %1 (%2) and %3 (%4) overlap: a firewall cannot tell the two zones apart by address.</source>
        <translation>Die Netze der Zonen %1 (%2) und %3 (%4) überlappen sich: Eine Firewall kann die beiden Zonen nicht an der Adresse unterscheiden.</translation>
    </message>
    <message>
        <source>Interface %1 of firewall %2 faces zone &quot;%3&quot;, which the deployment does not have.</source>
        <translation>Schnittstelle %1 der Firewall %2 zeigt zur Zone &quot;%3&quot;, die es in der Bereitstellung nicht gibt.</translation>
    </message>
    <message numerus="yes">
        <source>Firewall %1 joins %n zone(s); a firewall joins two or more.</source>
        <translation>
            <numerusform>Firewall %1 verbindet %n Zone; eine Firewall verbindet zwei oder mehr.</numerusform>
            <numerusform>Firewall %1 verbindet %n Zonen; eine Firewall verbindet zwei oder mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>No firewall joins zone %1 to the others: flows to and from it cross no firewall that could allow them. Give a firewall an interface facing it.</source>
        <translation>Keine Firewall verbindet die Zone %1 mit den anderen: Verbindungen von und zu ihr passieren keine Firewall, die sie erlauben könnte. Geben Sie einer Firewall eine Schnittstelle zu dieser Zone.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>endpoints</comment>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No address is known for %2 in zone %1, which has no networks: the firewall rules for them cannot name their addresses, and the firewall export lists them to fill in. Give the zone its networks or the servers their IP addresses.</source>
        <translation>Für %2 in der Zone %1, die keine Netze hat, ist keine Adresse bekannt: Die Firewall-Regeln können ihre Adressen nicht nennen, und der Firewall-Export listet sie zum Ausfüllen auf. Geben Sie der Zone ihre Netze oder den Servern ihre IP-Adressen.</translation>
    </message>
    <message>
        <source>Firewall %1 runs zone &quot;%2&quot;, which the deployment does not have.</source>
        <translation>Firewall %1 betreibt die Zone &quot;%2&quot;, die es in der Bereitstellung nicht gibt.</translation>
    </message>
    <message>
        <source>Firewall %1 runs zone %2 and also faces it through interface %3: the servers running on a firewall are reached without an interface.</source>
        <translation>Firewall %1 betreibt die Zone %2 und liegt zugleich über die Schnittstelle %3 an ihr: Server, die auf einer Firewall laufen, werden ohne Schnittstelle erreicht.</translation>
    </message>
    <message>
        <source>Zone %1 runs on firewall %2 and is also joined by firewall %3: a zone that runs on a firewall is reached through that firewall only.</source>
        <translation>Zone %1 läuft auf Firewall %2 und ist zugleich mit Firewall %3 verbunden: eine Zone, die auf einer Firewall läuft, wird nur über diese Firewall erreicht.</translation>
    </message>
</context>
<context>
    <name>NewLessonDialog</name>
    <message>
        <source>New Lesson from this Deployment</source>
        <translation>Neue Lektion aus dieser Bereitstellung</translation>
    </message>
    <message>
        <source>What the learner should do, e.g. which documents to read first.</source>
        <translation>Was die Lernenden tun sollen, z. B. welche Dokumente sie zuerst lesen.</translation>
    </message>
    <message>
        <source>Firewall between %1 and %2</source>
        <translation>Firewall zwischen %1 und %2</translation>
    </message>
    <message>
        <source>Ports of server %1</source>
        <translation>Ports des Servers %1</translation>
    </message>
    <message>
        <source>Where one more %1 belongs</source>
        <translation>Wohin ein weiterer %1 gehört</translation>
    </message>
    <message>
        <source>&amp;Save Lesson…</source>
        <translation>Lektion &amp;speichern…</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lektion</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <source>Portolan lessons (*.portolan-lesson)</source>
        <translation>Portolan-Lektionen (*.portolan-lesson)</translation>
    </message>
    <message>
        <source>Cannot save the lesson</source>
        <translation>Die Lektion kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Anleitung:</translation>
    </message>
    <message>
        <source>&amp;Ask about (the answers are hidden from the learner):</source>
        <translation>&amp;Fragen nach (die Antworten sind für die Lernenden verborgen):</translation>
    </message>
    <message>
        <source>Which rules must the firewall between %1 and %2 allow, in both directions?</source>
        <translation>Welche Regeln muss die Firewall zwischen %1 und %2 in beiden Richtungen zulassen?</translation>
    </message>
    <message>
        <source>Which ports does %1 listen on, and from which zones?</source>
        <translation>Auf welchen Ports lauscht %1, und aus welchen Zonen?</translation>
    </message>
    <message>
        <source>In which zone does one more server of each of these roles belong, so that the layout is supported: %1?</source>
        <translation>In welche Zone gehört je ein weiterer Server dieser Rollen, damit der Aufbau unterstützt ist: %1?</translation>
    </message>
    <message>
        <source>Asks about: %1.</source>
        <translation>Fragt nach: %1.</translation>
    </message>
</context>
<context>
    <name>NftablesWriter</name>
    <message>
        <source>cannot write the ruleset: the output is not open for writing</source>
        <translation>der Regelsatz kann nicht geschrieben werden: die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>no firewall &quot;%1&quot; in the deployment (its firewalls: %2)</source>
        <translation>keine Firewall &quot;%1&quot; in der Bereitstellung (ihre Firewalls: %2)</translation>
    </message>
    <message>
        <source>firewall &quot;%1&quot;: the interface &quot;%2&quot; (zone &quot;%3&quot;) is not a Linux interface name: at most %4 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>Firewall &quot;%1&quot;: die Schnittstelle &quot;%2&quot; (Zone &quot;%3&quot;) ist kein Linux-Schnittstellenname: höchstens %4 Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; oder &apos;_&apos;</translation>
    </message>
    <message>
        <source>%1: the sources (%2) and the destinations (%3) have no address family in common; give them IPv4 or IPv6 addresses of the same family</source>
        <translation>%1: Quellen (%2) und Ziele (%3) haben keine gemeinsame Adressfamilie; geben Sie ihnen IPv4- oder IPv6-Adressen derselben Familie</translation>
    </message>
    <message>
        <source>firewall &quot;%1&quot;: %2</source>
        <translation>Firewall &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>cannot write the ruleset: %1</source>
        <translation>der Regelsatz kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>NmapXmlReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>not an nmap XML report (the root element is not &lt;nmaprun&gt;)</source>
        <translation>kein nmap-XML-Bericht (das Stammelement ist nicht &lt;nmaprun&gt;)</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>POP3</source>
        <translation>POP3</translation>
    </message>
    <message>
        <source>IMAP4</source>
        <translation>IMAP4</translation>
    </message>
    <message>
        <source>SMTP client submission</source>
        <translation>SMTP-Clientübermittlung</translation>
    </message>
    <message>
        <source>Hybrid with Exchange Online</source>
        <translation>Hybrid mit Exchange Online</translation>
    </message>
    <message>
        <source>Unified Messaging services</source>
        <translation>Unified Messaging-Dienste</translation>
    </message>
    <message>
        <source>Sender reputation open-proxy test</source>
        <translation>Absenderzuverlässigkeit: Test auf offene Proxys</translation>
    </message>
    <message>
        <source>Outbound proxy through the front end</source>
        <translation>Ausgehender Proxy über das Front-End</translation>
    </message>
    <message>
        <source>NNTP</source>
        <translation>NNTP</translation>
    </message>
    <message>
        <source>RPC over HTTP</source>
        <translation>RPC über HTTP</translation>
    </message>
    <message>
        <source>X.400 connector</source>
        <translation>X.400-Connector</translation>
    </message>
    <message>
        <source>Chat service</source>
        <translation>Chatdienst</translation>
    </message>
    <message>
        <source>Conferencing server</source>
        <translation>Konferenzserver</translation>
    </message>
    <message>
        <source>Instant Messaging</source>
        <translation>Instant Messaging</translation>
    </message>
    <message>
        <source>Site Replication Service</source>
        <translation>Standortreplikationsdienst</translation>
    </message>
    <message>
        <source>LDAP over SSL</source>
        <translation>LDAP über SSL</translation>
    </message>
    <message>
        <source>Static RPC ports</source>
        <translation>Statische RPC-Ports</translation>
    </message>
    <message>
        <source>Database availability group</source>
        <translation>Datenbankverfügbarkeitsgruppe</translation>
    </message>
    <message>
        <source>Windows default</source>
        <translation>Windows-Standard</translation>
    </message>
    <message>
        <source>Custom:</source>
        <translation>Benutzerdefiniert:</translation>
    </message>
    <message>
        <source>MSExchangeRPC\ParametersSystem &quot;TCP/IP Port&quot;</source>
        <translation>MSExchangeRPC\ParametersSystem &quot;TCP/IP Port&quot;</translation>
    </message>
    <message>
        <source>MSExchangeAB\Parameters &quot;RpcTcpPort&quot;</source>
        <translation>MSExchangeAB\Parameters &quot;RpcTcpPort&quot;</translation>
    </message>
    <message>
        <source>Set-DatabaseAvailabilityGroup -ReplicationPort</source>
        <translation>Set-DatabaseAvailabilityGroup -ReplicationPort</translation>
    </message>
    <message>
        <source>Every server&apos;s dynamic RPC ports are restricted to this range.</source>
        <translation>Die dynamischen RPC-Ports aller Server werden auf diesen Bereich beschränkt.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>RPC and replication</source>
        <translation>RPC und Replikation</translation>
    </message>
    <message>
        <source>RPC Client Access port:</source>
        <translation>RPC-Clientzugriffsport:</translation>
    </message>
    <message>
        <source>Address Book port:</source>
        <translation>Adressbuchport:</translation>
    </message>
    <message>
        <source>Replication port:</source>
        <translation>Replikationsport:</translation>
    </message>
    <message>
        <source>Dynamic RPC range:</source>
        <translation>Dynamischer RPC-Bereich:</translation>
    </message>
    <message>
        <source>No Exchange version uses this option.</source>
        <translation>Keine Exchange-Version verwendet diese Option.</translation>
    </message>
    <message>
        <source>Applies to %1.</source>
        <translation>Gilt für %1.</translation>
    </message>
    <message>
        <source>Not used by the Exchange versions of this deployment. </source>
        <translation>Wird von den Exchange-Versionen dieser Bereitstellung nicht verwendet. </translation>
    </message>
    <message>
        <source>RPC Client Access and the Address Book service listen on fixed ports instead of the dynamic RPC range.</source>
        <translation>Der RPC-Clientzugriffsdienst und der Adressbuchdienst verwenden feste Ports statt des dynamischen RPC-Bereichs.</translation>
    </message>
    <message>
        <source>POP3 clients download mail. Off by default from Exchange 2013 on.</source>
        <translation>POP3-Clients laden E-Mails herunter. Ab Exchange 2013 standardmäßig deaktiviert.</translation>
    </message>
    <message>
        <source>IMAP4 clients read their folders. Off by default from Exchange 2013 on.</source>
        <translation>IMAP4-Clients lesen ihre Ordner. Ab Exchange 2013 standardmäßig deaktiviert.</translation>
    </message>
    <message>
        <source>POP3/IMAP4 clients and applications send mail with authentication.</source>
        <translation>POP3/IMAP4-Clients und Anwendungen senden E-Mails mit Authentifizierung.</translation>
    </message>
    <message>
        <source>Mail flow, free/busy, Autodiscover and EWS with Exchange Online.</source>
        <translation>Nachrichtenfluss, Frei/Gebucht-Informationen, Autodiscover und EWS mit Exchange Online.</translation>
    </message>
    <message>
        <source>Voice mail on 2013/2016 servers: SIP signalling and RTP media with VoIP gateways. 2007/2010 use the Unified Messaging role instead.</source>
        <translation>Voicemail auf 2013/2016-Servern: SIP-Signalisierung und RTP-Medien mit VoIP-Gateways. 2007/2010 verwenden stattdessen die Unified Messaging-Rolle.</translation>
    </message>
    <message>
        <source>The Edge connects back to sending servers to test whether they are open proxies.</source>
        <translation>Der Edge-Server baut eine Verbindung zu den sendenden Servern auf, um zu prüfen, ob es sich um offene Proxys handelt.</translation>
    </message>
    <message>
        <source>Outgoing Internet mail leaves through the front-end transport service (&quot;Proxy through Client Access server&quot;).</source>
        <translation>Ausgehende Internet-E-Mails verlassen die Organisation über den Front-End-Transportdienst (&quot;Proxy über Clientzugriffsserver&quot;).</translation>
    </message>
    <message>
        <source>ActiveSync Direct Push notifications</source>
        <translation>ActiveSync Direct Push-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Exchange 2003 SP2 back-end servers notify the front-end of new items.</source>
        <translation>Exchange 2003 SP2-Back-End-Server benachrichtigen den Front-End-Server über neue Elemente.</translation>
    </message>
    <message>
        <source>News readers and news servers exchange articles with public folders.</source>
        <translation>Newsreader und Newsserver tauschen Artikel mit öffentlichen Ordnern aus.</translation>
    </message>
    <message>
        <source>Outlook 2003 reaches its mailbox through HTTPS to the RPC proxy, which forwards to the back-end.</source>
        <translation>Outlook 2003 erreicht sein Postfach per HTTPS über den RPC-Proxy, der an den Back-End-Server weiterleitet.</translation>
    </message>
    <message>
        <source>The message transfer agent talks X.400 over TCP/IP to other MTAs.</source>
        <translation>Der Message Transfer Agent (MTA) kommuniziert per X.400 über TCP/IP mit anderen MTAs.</translation>
    </message>
    <message>
        <source>Exchange 2000 Chat Service communities for IRC/IRCX clients.</source>
        <translation>Chatcommunitys des Exchange 2000-Chatdienstes für IRC/IRCX-Clients.</translation>
    </message>
    <message>
        <source>Exchange 2000 Conferencing Server: data, audio and video conferences.</source>
        <translation>Exchange 2000 Conferencing Server: Daten-, Audio- und Videokonferenzen.</translation>
    </message>
    <message>
        <source>Exchange 2000 Instant Messaging clients talk RVP over HTTP.</source>
        <translation>Exchange 2000 Instant Messaging-Clients kommunizieren per RVP über HTTP.</translation>
    </message>
    <message>
        <source>Directory exchange with Exchange 5.5 during coexistence.</source>
        <translation>Verzeichnisaustausch mit Exchange 5.5 während der Koexistenz.</translation>
    </message>
    <message>
        <source>Directory lookups to the domain controllers over SSL.</source>
        <translation>Verzeichnisabfragen an die Domänencontroller über SSL.</translation>
    </message>
    <message>
        <source>Each server uses the dynamic RPC range its Exchange version and role default to; the port matrix shows it.</source>
        <translation>Jeder Server verwendet den dynamischen RPC-Bereich, der für seine Exchange-Version und Rolle standardmäßig gilt; die Portmatrix zeigt ihn an.</translation>
    </message>
    <message>
        <source>Ports: %1</source>
        <translation>Ports: %1</translation>
    </message>
    <message>
        <source>Public folder databases</source>
        <translation>Öffentliche-Ordner-Datenbanken</translation>
    </message>
    <message>
        <source>Exchange 2010: Outlook opens public folders directly on the Mailbox servers that hold public folder databases. Public folder replication is e-mail: it travels through the Hub Transport servers and, with Exchange 2000/2003, the routing group connectors.</source>
        <translation>Exchange 2010: Outlook öffnet öffentliche Ordner direkt auf den Postfachservern, die Öffentliche-Ordner-Datenbanken enthalten. Die Replikation öffentlicher Ordner ist E-Mail: Sie läuft über die Hub-Transport-Server und, mit Exchange 2000/2003, über die Routinggruppenconnectors.</translation>
    </message>
    <message>
        <source>Standby continuous replication</source>
        <translation>Fortlaufende Standby-Replikation (SCR)</translation>
    </message>
    <message>
        <source>Exchange 2007 SP1: an SCR target copies transaction logs from its source Mailbox server over SMB.</source>
        <translation>Exchange 2007 SP1: Ein SCR-Ziel kopiert die Transaktionsprotokolle über SMB von seinem Quell-Postfachserver.</translation>
    </message>
    <message>
        <source>Mailbox servers replicate their databases to each other and form a cluster (Exchange 2007: cluster continuous replication, CCR).</source>
        <translation>Postfachserver replizieren ihre Datenbanken untereinander und bilden einen Cluster (Exchange 2007: fortlaufende Clusterreplikation, CCR).</translation>
    </message>
    <message>
        <source>Reverse proxy pre-authentication</source>
        <translation>Vorauthentifizierung am Reverse-Proxy</translation>
    </message>
    <message>
        <source>The reverse proxy authenticates users against Active Directory before it publishes Exchange (unconfirmed ports; hybrid endpoints do not support it).</source>
        <translation>Der Reverse-Proxy authentifiziert Benutzer an Active Directory, bevor er Exchange veröffentlicht (unbestätigte Ports; die Hybrid-Endpunkte unterstützen das nicht).</translation>
    </message>
    <message>
        <source>The VoIP security of the UM dial plans (2007/2010) or the UM startup mode (2013/2016): which SIP ports the gateways use and whether media is SRTP.</source>
        <translation>Die VoIP-Sicherheit der UM-Wählpläne (2007/2010) oder der UM-Startmodus (2013/2016): welche SIP-Ports die Gateways verwenden und ob Medien per SRTP übertragen werden.</translation>
    </message>
    <message>
        <source>Bridging re-encrypts to Exchange on 443; offloading sends HTTP on 80, which Microsoft supports only for some versions.</source>
        <translation>Bridging verschlüsselt erneut zu Exchange auf 443; Offloading sendet HTTP auf 80, was Microsoft nur für einige Versionen unterstützt.</translation>
    </message>
    <message>
        <source>Unsecured (TCP)</source>
        <translation>Ungesichert (TCP)</translation>
    </message>
    <message>
        <source>SIP secured (TLS)</source>
        <translation>SIP gesichert (TLS)</translation>
    </message>
    <message>
        <source>Secured (TLS, SRTP)</source>
        <translation>Gesichert (TLS, SRTP)</translation>
    </message>
    <message>
        <source>Dual (TCP and TLS)</source>
        <translation>Dual (TCP und TLS)</translation>
    </message>
    <message>
        <source>SSL bridging</source>
        <translation>SSL-Bridging</translation>
    </message>
    <message>
        <source>SSL offloading</source>
        <translation>SSL-Offloading</translation>
    </message>
    <message>
        <source>Voice and publishing</source>
        <translation>Sprache und Veröffentlichung</translation>
    </message>
    <message>
        <source>UM RTP range:</source>
        <translation>UM-RTP-Bereich:</translation>
    </message>
    <message>
        <source>The UDP ports of Unified Messaging&apos;s media on the Exchange side (msexchangeum.config); default 1024-65535.</source>
        <translation>Die UDP-Ports der Unified Messaging-Medien auf der Exchange-Seite (msexchangeum.config); Standard 1024-65535.</translation>
    </message>
    <message>
        <source>UM security</source>
        <translation>UM-Sicherheit</translation>
    </message>
    <message>
        <source>Reverse proxy TLS</source>
        <translation>TLS am Reverse-Proxy</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>PortMatrixModel</name>
    <message>
        <source>If blocked: %1</source>
        <translation>Wenn blockiert: %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>%1 · not verified from here</source>
        <translation>%1 · von hier aus nicht bestätigt</translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <comment>firewall (ingress interface → egress interface)</comment>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message>
        <source>no path</source>
        <comment>no chain of firewalls joins the zones</comment>
        <translation>kein Weg</translation>
    </message>
    <message>
        <source>No chain of firewalls joins %1 and %2: no firewall lets this traffic through. Give a firewall an interface facing each zone.</source>
        <translation>Keine Kette von Firewalls verbindet %1 und %2: Keine Firewall lässt diesen Verkehr durch. Geben Sie einer Firewall eine Schnittstelle zu jeder Zone.</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>Firewalls</translation>
    </message>
</context>
<context>
    <name>ProbeDashboard</name>
    <message>
        <source>Connect latency</source>
        <translation>Verbindungslatenz</translation>
    </message>
    <message>
        <source>States per run</source>
        <translation>Zustände pro Durchlauf</translation>
    </message>
    <message>
        <source>Latency, latest run</source>
        <translation>Latenz, letzter Durchlauf</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>open ports</source>
        <translation>offene Ports</translation>
    </message>
    <message>
        <source>connect latency (ms)</source>
        <translation>Verbindungslatenz (ms)</translation>
    </message>
    <message>
        <source>other ports</source>
        <translation>sonstige Ports</translation>
    </message>
    <message>
        <source>Plots are saved as .png or .pdf, not &quot;%1&quot;.</source>
        <translation>Diagramme werden als .png oder .pdf gespeichert, nicht als &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Save Plot as PNG or PDF…</source>
        <translation>Diagramm als PNG oder PDF speichern…</translation>
    </message>
    <message>
        <source>Save plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>No port has changed state yet.</source>
        <translation>Noch hat kein Port seinen Zustand geändert.</translation>
    </message>
    <message>
        <source>Changes between runs</source>
        <translation>Änderungen zwischen Läufen</translation>
    </message>
    <message>
        <source>%1  %2: %3 → %4</source>
        <translation>%1  %2: %3 → %4</translation>
    </message>
</context>
<context>
    <name>ProbeEngine</name>
    <message>
        <source>no address for the name</source>
        <translation>keine Adresse für den Namen</translation>
    </message>
</context>
<context>
    <name>ProbeEvidenceReader</name>
    <message>
        <source>not a time: %1 (expected ISO 8601, e.g. 2024-05-01T10:31:02.000Z)</source>
        <translation>keine Zeitangabe: %1 (ISO 8601 erwartet, z. B. 2024-05-01T10:31:02.000Z)</translation>
    </message>
    <message>
        <source>expected a zone id or null</source>
        <translation>Zonen-ID oder null erwartet</translation>
    </message>
    <message>
        <source>unknown origin %1 (known: probe, nmap)</source>
        <translation>unbekannte Herkunft %1 (bekannt: probe, nmap)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>unknown protocol %1 (known: tcp, udp)</source>
        <translation>unbekanntes Protokoll %1 (bekannt: tcp, udp)</translation>
    </message>
    <message>
        <source>not a port number (1 to 65535)</source>
        <translation>keine Portnummer (1 bis 65535)</translation>
    </message>
    <message>
        <source>unknown state %1 (known: %2)</source>
        <translation>unbekannter Zustand %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>expected a number of milliseconds (0 or more) or null</source>
        <translation>Anzahl Millisekunden (0 oder mehr) oder null erwartet</translation>
    </message>
    <message>
        <source>expected an object or null</source>
        <translation>Objekt oder null erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>not a row number</source>
        <translation>keine Zeilennummer</translation>
    </message>
    <message>
        <source>expected a zone id</source>
        <translation>Zonen-ID erwartet</translation>
    </message>
    <message>
        <source>not a probe results file: the top level is not a JSON object</source>
        <translation>keine Prüfergebnisdatei: Die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>required key is missing; is this a results file of portolan-cli probe?</source>
        <translation>erforderlicher Schlüssel fehlt; ist dies eine Ergebnisdatei von portolan-cli probe?</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>results[%1]: server %2 is not in this deployment — the results file belongs to another deployment</source>
        <translation>results[%1]: Server %2 ist nicht Teil dieser Bereitstellung — die Ergebnisdatei gehört zu einer anderen Bereitstellung</translation>
    </message>
    <message>
        <source>results[%1]: server %2 has the host %3 in this deployment, not %4 — the results file belongs to another deployment</source>
        <translation>results[%1]: Server %2 hat in dieser Bereitstellung den Host %3, nicht %4 — die Ergebnisdatei gehört zu einer anderen Bereitstellung</translation>
    </message>
</context>
<context>
    <name>ProbeObservations</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>nmap from %1</source>
        <translation>nmap von %1 aus</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1 aus</translation>
    </message>
    <message>
        <source>Not verified: this rule is checked only by a probe from %1.</source>
        <translation>Nicht verifiziert: Diese Regel wird nur durch eine Prüfung von %1 aus überprüft.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more ports</source>
        <translation>
            <numerusform>… und %n weiterer Port</numerusform>
            <numerusform>… und %n weitere Ports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeResultsCsvWriter</name>
    <message>
        <source>cannot write the probe results: the output is not open for writing</source>
        <translation>die Prüfergebnisse können nicht geschrieben werden: Die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ProbeResultsJsonWriter</name>
    <message>
        <source>cannot write the probe results: the output is not open for writing</source>
        <translation>die Prüfergebnisse können nicht geschrieben werden: Die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ProbeState</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message>
        <source>open|filtered</source>
        <translation>offen|gefiltert</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>nicht aufgelöst</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>the connection was accepted, or the UDP service answered</source>
        <translation>die Verbindung wurde angenommen, oder der UDP-Dienst hat geantwortet</translation>
    </message>
    <message>
        <source>refused: nothing listens on the port</source>
        <translation>abgewiesen: Auf dem Port lauscht nichts</translation>
    </message>
    <message>
        <source>no answer before the timeout: a firewall drops it</source>
        <translation>keine Antwort vor dem Zeitlimit: Eine Firewall verwirft es</translation>
    </message>
    <message>
        <source>UDP without an answer or an error: open or dropped</source>
        <translation>UDP ohne Antwort oder Fehler: offen oder verworfen</translation>
    </message>
    <message>
        <source>the host or its network cannot be reached</source>
        <translation>der Host oder sein Netzwerk ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the server&apos;s name did not resolve</source>
        <translation>der Name des Servers wurde nicht aufgelöst</translation>
    </message>
    <message>
        <source>the probe failed for another reason</source>
        <translation>die Prüfung ist aus einem anderen Grund fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ProbeStatus</name>
    <message>
        <source>Probing %v of %m ports</source>
        <translation>Prüfe %v von %m Ports</translation>
    </message>
    <message numerus="yes">
        <source>Probing %n ports…</source>
        <translation>
            <numerusform>Prüfe %n Port…</numerusform>
            <numerusform>Prüfe %n Ports…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>Probe cancelled after %n ports in %1: %2</source>
        <translation>
            <numerusform>Prüfung nach %n Port in %1 abgebrochen: %2</numerusform>
            <numerusform>Prüfung nach %n Ports in %1 abgebrochen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Probed %n ports in %1: %2</source>
        <translation>
            <numerusform>%n Port in %1 geprüft: %2</numerusform>
            <numerusform>%n Ports in %1 geprüft: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeToolBar</name>
    <message>
        <source>Probe</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>&amp;Live Probe</source>
        <translation>&amp;Laufend prüfen</translation>
    </message>
    <message>
        <source>Probe &amp;Now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;Cancel Probe</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Probe every required port of the servers with an address, again at each interval and after each edit</source>
        <translation>Jeden benötigten Port der Server mit Adresse prüfen, erneut in jedem Intervall und nach jeder Änderung</translation>
    </message>
    <message>
        <source>Nothing to probe: give a server an address (host) in the inspector.</source>
        <translation>Nichts zu prüfen: Geben Sie einem Server im Inspektor eine Adresse (Host).</translation>
    </message>
    <message>
        <source>This machine is in:</source>
        <translation>Dieser Rechner steht in:</translation>
    </message>
    <message>
        <source>The zone this machine probes from: a rule counts as verified only when probed from its own source zone</source>
        <translation>Die Zone, aus der dieser Rechner prüft: Eine Regel gilt nur als bestätigt, wenn aus ihrer eigenen Quellzone geprüft wurde</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Alle:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often live mode probes again</source>
        <translation>Wie oft der Live-Modus erneut prüft</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>Be&amp;richt exportieren (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Print &amp;Diagram…</source>
        <translation>Di&amp;agramm drucken…</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Der Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1 cannot be written:
%2</source>
        <translation>%1 kann nicht geschrieben werden:
%2</translation>
    </message>
    <message>
        <source>Exported the report to %1</source>
        <translation>Bericht nach %1 exportiert</translation>
    </message>
    <message>
        <source>Print diagram</source>
        <translation>Diagramm drucken</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Port report</source>
        <translation>Portbericht</translation>
    </message>
    <message>
        <source>Port report: %1</source>
        <translation>Portbericht: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Untitled deployment</source>
        <translation>Unbenannte Bereitstellung</translation>
    </message>
    <message>
        <source>Exchange version</source>
        <translation>Exchange-Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Deployment file</source>
        <translation>Bereitstellungsdatei</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>Prepared with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>%1 between zones, %2 inside zones</source>
        <translation>%1 zwischen Zonen, %2 innerhalb von Zonen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Probed ports</source>
        <translation>Geprüfte Ports</translation>
    </message>
    <message>
        <source>no probe results</source>
        <translation>keine Prüfergebnisse</translation>
    </message>
    <message>
        <source>Firewall rules</source>
        <translation>Firewall-Regeln</translation>
    </message>
    <message>
        <source>One table per pair of zones, in the diagram&apos;s order from left to right: what the firewall between them must allow. → is traffic from the first zone to the second, ← from the second to the first; ″ repeats the servers of the row above. Then the flows inside each zone, for host firewalls.</source>
        <translation>Eine Tabelle je Zonenpaar, in der Reihenfolge des Diagramms von links nach rechts: was die Firewall zwischen den beiden Zonen zulassen muss. → steht für Datenverkehr von der ersten zur zweiten Zone, ← für Datenverkehr von der zweiten zur ersten; ″ wiederholt die Server der Zeile darüber. Danach folgen die Datenflüsse innerhalb jeder Zone, für Host-Firewalls.</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>Richt.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüs­selung</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>%1 (see %2)</source>
        <translation>%1 (siehe %2)</translation>
    </message>
    <message>
        <source>Inside %1</source>
        <translation>Innerhalb der Zone %1</translation>
    </message>
    <message>
        <source>The deployment needs no flows.</source>
        <translation>Die Bereitstellung benötigt keine Datenflüsse.</translation>
    </message>
    <message>
        <source>Microsoft supports this layout as drawn: no warnings.</source>
        <translation>Microsoft unterstützt diese Anordnung in der dargestellten Form: keine Warnungen.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>What each server listens on and from which zones: what a host firewall on that server must allow. Servers of one zone and roles that must allow the same are listed together.</source>
        <translation>Welche eingehenden Verbindungen jeder Server annimmt und aus welchen Zonen: was eine Host-Firewall auf diesem Server zulassen muss. Server einer Zone mit denselben Rollen, die dasselbe zulassen müssen, werden zusammen aufgeführt.</translation>
    </message>
    <message>
        <source>From zones</source>
        <translation>Aus Zonen</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Initiiert von</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Adressen: %1</translation>
    </message>
    <message>
        <source>Listens on nothing another machine needs.</source>
        <translation>Nimmt keine eingehenden Verbindungen an, die ein anderer Rechner benötigt.</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation>TLS fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation>STARTTLS angeboten</translation>
    </message>
    <message>
        <source>Probe evidence</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>TLS / banner</source>
        <translation>TLS / Banner</translation>
    </message>
    <message>
        <source>Seen from</source>
        <translation>Geprüft aus</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>not verified: the rule starts in %1</source>
        <translation>nicht verifiziert: Die Regel geht von %1 aus</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>nie verifiziert</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>No rule cites a source.</source>
        <translation>Keine Regel verweist auf eine Quelle.</translation>
    </message>
    <message>
        <source>Services in the firewall tables</source>
        <translation>Dienste in den Firewall-Tabellen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Registry values for static RPC ports</source>
        <translation>Registrierungswerte für statische RPC-Ports</translation>
    </message>
    <message>
        <source>The deployment pins Outlook&apos;s RPC ports. Set these values on the servers named, then restart the services; the firewall then needs TCP 135 and these ports instead of the dynamic range.</source>
        <translation>Die Bereitstellung legt die RPC-Ports für Outlook fest. Setzen Sie diese Werte auf den genannten Servern und starten Sie anschließend die Dienste neu; die Firewall muss dann statt des dynamischen Bereichs nur TCP 135 und diese Ports zulassen.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value name</source>
        <translation>Wertname</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>errors: %1, warnings: %2, notes: %3</source>
        <translation>Fehler: %1, Warnungen: %2, Hinweise: %3</translation>
    </message>
    <message>
        <source>unknown zone</source>
        <translation>unbekannte Zone</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Results of an nmap report (probed from: %1; started: %2).</source>
        <translation>Ergebnisse eines nmap-Berichts (geprüft aus: %1; Beginn: %2).</translation>
    </message>
    <message>
        <source>Results of Portolan&apos;s probe (probed from: %1; started: %2).</source>
        <translation>Ergebnisse der Portolan-Prüfung (geprüft aus: %1; Beginn: %2).</translation>
    </message>
    <message>
        <source>A rule is verified only when its port was probed from the rule&apos;s own source zone; other observations are shown, marked as not verified.</source>
        <translation>Eine Regel gilt nur dann als verifiziert, wenn ihr Port aus der Quellzone der Regel geprüft wurde; andere Beobachtungen werden gezeigt und als nicht verifiziert markiert.</translation>
    </message>
    <message>
        <source>Restart the %1 service.</source>
        <translation>Starten Sie den Dienst %1 neu.</translation>
    </message>
    <message>
        <source>The sources name no service to restart.</source>
        <translation>Die Quellen nennen keinen Dienst, der neu zu starten ist.</translation>
    </message>
    <message>
        <source>Rules per firewall</source>
        <translation>Regeln je Firewall</translation>
    </message>
    <message>
        <source>What each firewall must allow, by the interface the traffic comes in on and the one it leaves by. A rule that crosses two firewalls is listed on both.</source>
        <translation>Was jede Firewall erlauben muss, nach der Schnittstelle, über die der Verkehr hereinkommt, und der, über die er sie verlässt. Eine Regel, die zwei Firewalls passiert, steht bei beiden.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>interface (zone)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Interfaces: %1</source>
        <translation>Schnittstellen: %1</translation>
    </message>
    <message>
        <source>No rule crosses this firewall.</source>
        <translation>Keine Regel passiert diese Firewall.</translation>
    </message>
    <message>
        <source>In on %1 (%2), out on %3 (%4)</source>
        <translation>Herein über %1 (%2), hinaus über %3 (%4)</translation>
    </message>
    <message>
        <source>Rules no firewall carries</source>
        <translation>Regeln, die keine Firewall durchlässt</translation>
    </message>
    <message>
        <source>%1 → %2 (rules: %3)</source>
        <translation>%1 → %2 (Regeln: %3)</translation>
    </message>
    <message>
        <source>No chain of firewalls joins these zones, so no firewall can let their rules through: %1. Give a firewall an interface facing each zone.</source>
        <translation>Keine Kette von Firewalls verbindet diese Zonen, daher kann keine Firewall ihre Regeln durchlassen: %1. Geben Sie einer Firewall eine Schnittstelle zu jeder Zone.</translation>
    </message>
</context>
<context>
    <name>ReportPager</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>cannot draw the report&apos;s pages</source>
        <translation>die Seiten des Berichts können nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>cannot write the report: the output is not open for writing</source>
        <translation>der Bericht kann nicht geschrieben werden: Die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write the report: the PDF has no information dictionary to add the author to</source>
        <translation>der Bericht kann nicht geschrieben werden: Das PDF hat kein Info-Verzeichnis, in das der Autor eingetragen werden kann</translation>
    </message>
</context>
<context>
    <name>RpcRangeEditor</name>
    <message>
        <source>Deployment default</source>
        <translation>Standard der Bereitstellung</translation>
    </message>
    <message>
        <source>Windows Server 2003 and earlier (%1)</source>
        <translation>Windows Server 2003 und früher (%1)</translation>
    </message>
    <message>
        <source>Windows Server 2008 and later (%1)</source>
        <translation>Windows Server 2008 und höher (%1)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>The deployment&apos;s dynamic RPC range (Options), else the Windows default of the server&apos;s version</source>
        <translation>Der dynamische RPC-Bereich der Bereitstellung (Optionen), sonst der Windows-Standard der Version des Servers</translation>
    </message>
    <message>
        <source>First port</source>
        <translation>Erster Port</translation>
    </message>
    <message>
        <source>Last port</source>
        <translation>Letzter Port</translation>
    </message>
</context>
<context>
    <name>RuleInspector</name>
    <message>
        <source>Firewall rule</source>
        <translation>Firewallregel</translation>
    </message>
    <message>
        <source>%1 firewall rules</source>
        <translation>%1 Firewallregeln</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>If blocked:</source>
        <translation>Wenn blockiert:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Verlässlichkeit:</translation>
    </message>
    <message>
        <source>Confirmed by the sources</source>
        <translation>Durch die Quellen bestätigt</translation>
    </message>
    <message>
        <source>Unconfirmed: the sources do not settle it</source>
        <translation>Unbestätigt: Die Quellen klären es nicht eindeutig</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
</context>
<context>
    <name>ScanJsonWriter</name>
    <message>
        <source>cannot write the scan results: the output is not open for writing</source>
        <translation>die Scanergebnisse können nicht geschrieben werden: Die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ServerCardItem</name>
    <message>
        <source>  certificate %1, valid until %2</source>
        <translation>  Zertifikat %1, gültig bis %2</translation>
    </message>
</context>
<context>
    <name>ServerInspector</name>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>From zones</source>
        <translation>Aus Zonen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Address or DNS name</source>
        <translation>Adresse oder DNS-Name</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Listens on</source>
        <translation>Eingehende Verbindungen</translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation>Ausgehende Verbindungen</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Select a flow to read why it exists and where that comes from.</source>
        <translation>Wählen Sie einen Datenfluss aus, um zu lesen, wozu er dient und woher diese Angabe stammt.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Carries hybrid mail flow</source>
        <translation>Überträgt den Hybrid-Nachrichtenfluss</translation>
    </message>
    <message>
        <source>Chosen in the Hybrid Configuration Wizard to send and receive the mail between Exchange Online and the organisation. When any server is marked, only the marked ones get the hybrid SMTP rules.</source>
        <translation>Im Assistenten für die Hybridkonfiguration ausgewählt, um die E-Mails zwischen Exchange Online und der Organisation zu senden und zu empfangen. Sobald ein Server markiert ist, erhalten nur die markierten Server die Hybrid-SMTP-Regeln.</translation>
    </message>
    <message>
        <source>The dynamic RPC ports this server accepts; it overrides the deployment&apos;s range.</source>
        <translation>Die dynamischen RPC-Ports, die dieser Server annimmt; sie ersetzen den Bereich der Bereitstellung.</translation>
    </message>
    <message>
        <source>Dynamic RPC range:</source>
        <translation>Dynamischer RPC-Bereich:</translation>
    </message>
    <message>
        <source>Holds a public folder database</source>
        <translation>Enthält eine Öffentliche-Ordner-Datenbank</translation>
    </message>
    <message>
        <source>Exchange 2010: Outlook opens public folders directly on this Mailbox server. When any server is marked, only the marked ones get Outlook&apos;s RPC rules for public folders.</source>
        <translation>Exchange 2010: Outlook öffnet öffentliche Ordner direkt auf diesem Postfachserver. Sobald ein Server markiert ist, erhalten nur die markierten Server die RPC-Regeln von Outlook für öffentliche Ordner.</translation>
    </message>
    <message>
        <source>The lesson asks for these ports.</source>
        <translation>Die Lektion fragt nach diesen Ports.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Static RPC ports are off: the servers keep the dynamic RPC range, so there is no registry value to set.</source>
        <translation>Statische RPC-Ports sind aus: Die Server behalten den dynamischen RPC-Bereich, also ist kein Registrierungswert zu setzen.</translation>
    </message>
    <message>
        <source>%1 needs no registry value for static RPC ports; the values are for %2.</source>
        <translation>%1 braucht keinen Registrierungswert für statische RPC-Ports; die Werte sind für %2.</translation>
    </message>
    <message>
        <source>Static RPC ports are on, but Portolan sets them for Exchange 2010 only. The plan opens the dynamic RPC range to %1, so the values that would pin their ports (%2) are not set: a port the firewall does not open would cut Outlook off.</source>
        <translation>Statische RPC-Ports sind an, aber Portolan setzt sie nur für Exchange 2010. Der Plan öffnet zu %1 den dynamischen RPC-Bereich, daher werden die Werte, die deren Ports festlegen würden (%2), nicht gesetzt: Ein Port, den die Firewall nicht öffnet, würde Outlook abschneiden.</translation>
    </message>
    <message>
        <source>Static RPC ports are on, but no server here listens on them: they belong to Exchange 2010 Client Access servers and to the Mailbox servers that hold public folders.</source>
        <translation>Statische RPC-Ports sind an, aber kein Server hier lauscht auf ihnen: Sie gehören zu Exchange 2010-Clientzugriffsservern und zu den Postfachservern mit Öffentlichen Ordnern.</translation>
    </message>
</context>
<context>
    <name>ServerSettingsRegWriter</name>
    <message>
        <source>Nothing to set: %1</source>
        <translation>Nichts zu setzen: %1</translation>
    </message>
    <message>
        <source>A .reg file holds the values of one server, and %1 servers need values (%2): choose one.</source>
        <translation>Eine .reg-Datei enthält die Werte eines Servers, und %1 Server brauchen Werte (%2): Wählen Sie einen aus.</translation>
    </message>
</context>
<context>
    <name>ServerSettingsScriptWriter</name>
    <message>
        <source>Nothing to set: %1</source>
        <translation>Nichts zu setzen: %1</translation>
    </message>
</context>
<context>
    <name>ServerSettingsSection</name>
    <message>
        <source>Copy as .reg</source>
        <translation>Als .reg kopieren</translation>
    </message>
    <message>
        <source>Copy as PowerShell</source>
        <translation>Als PowerShell kopieren</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Copies the values as a Registry Editor file (.reg) for this server.</source>
        <translation>Kopiert die Werte als Registrierungs-Editor-Datei (.reg) für diesen Server.</translation>
    </message>
    <message>
        <source>Copies a PowerShell script that sets the values and restarts the services; it is safe to run again.</source>
        <translation>Kopiert ein PowerShell-Skript, das die Werte setzt und die Dienste neu startet; es kann gefahrlos erneut ausgeführt werden.</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Nothing to set. %1</source>
        <translation>Nichts zu setzen. %1</translation>
    </message>
</context>
<context>
    <name>ServiceCheck</name>
    <message>
        <source>TLS is not available on this system</source>
        <translation>TLS ist auf diesem System nicht verfügbar</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no connection within %1 ms</source>
        <translation>keine Verbindung innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>no TLS handshake within %1 ms</source>
        <translation>kein TLS-Handshake innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>STARTTLS refused: %1</source>
        <translation>STARTTLS abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>ServiceCheckAttempt</name>
    <message>
        <source>the service check timed out</source>
        <translation>Zeitüberschreitung bei der Dienstprüfung</translation>
    </message>
</context>
<context>
    <name>ServiceConversation</name>
    <message>
        <source>not an SMTP greeting</source>
        <translation>keine SMTP-Begrüßung</translation>
    </message>
    <message>
        <source>the SMTP server refused the session (%1)</source>
        <translation>der SMTP-Server hat die Sitzung abgelehnt (%1)</translation>
    </message>
    <message>
        <source>not an SMTP reply to EHLO</source>
        <translation>keine SMTP-Antwort auf EHLO</translation>
    </message>
    <message>
        <source>the IMAP4 server refused the session</source>
        <translation>der IMAP4-Server hat die Sitzung abgelehnt</translation>
    </message>
    <message>
        <source>not an IMAP4 greeting</source>
        <translation>keine IMAP4-Begrüßung</translation>
    </message>
    <message>
        <source>the POP3 server refused the session</source>
        <translation>der POP3-Server hat die Sitzung abgelehnt</translation>
    </message>
    <message>
        <source>not a POP3 greeting</source>
        <translation>keine POP3-Begrüßung</translation>
    </message>
    <message>
        <source>not an NNTP greeting</source>
        <translation>keine NNTP-Begrüßung</translation>
    </message>
    <message>
        <source>the NNTP server refused the session (%1)</source>
        <translation>der NNTP-Server hat die Sitzung abgelehnt (%1)</translation>
    </message>
    <message>
        <source>not an HTTP response</source>
        <translation>die Antwort ist kein HTTP</translation>
    </message>
    <message>
        <source>no HTTP response within %1 ms</source>
        <translation>keine HTTP-Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>no greeting within %1 ms</source>
        <translation>keine Begrüßung innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>greeting incomplete after %1 ms</source>
        <translation>Begrüßung nach %1 ms unvollständig</translation>
    </message>
    <message>
        <source>no answer to %1 within %2 ms</source>
        <translation>keine Antwort auf %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>connection closed before the HTTP response</source>
        <translation>Verbindung vor der HTTP-Antwort geschlossen</translation>
    </message>
    <message>
        <source>connection closed before the greeting</source>
        <translation>Verbindung vor der Begrüßung geschlossen</translation>
    </message>
    <message>
        <source>connection closed during the capability query</source>
        <translation>Verbindung während der Abfrage der Fähigkeiten geschlossen</translation>
    </message>
    <message>
        <source>connection closed during STARTTLS</source>
        <translation>Verbindung während STARTTLS geschlossen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Anderswo</translation>
    </message>
</context>
<context>
    <name>SymbolLegend</name>
    <message>
        <source>Flow families (arrow colours)</source>
        <translation>Flussfamilien (Pfeilfarben)</translation>
    </message>
    <message>
        <source>%1: one arrow for all flows between two lanes, on a crowded diagram</source>
        <translation>%1: ein Pfeil für alle Datenflüsse zwischen zwei Spalten, in einem vollen Diagramm</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Pfeile</translation>
    </message>
    <message>
        <source>A flow: from the server that connects to the one that listens</source>
        <translation>Ein Datenfluss: vom Server, der die Verbindung aufbaut, zu dem, der lauscht</translation>
    </message>
    <message>
        <source>Thicker: bundled, the flows of all servers of a lane</source>
        <translation>Dicker: gebündelt, die Datenflüsse aller Server einer Spalte</translation>
    </message>
    <message>
        <source>Bus bar beside a lane&apos;s cards, where bundled arrows end</source>
        <translation>Sammelschiene neben den Karten einer Spalte, an der gebündelte Pfeile enden</translation>
    </message>
    <message>
        <source>Firewall chips (ports to open)</source>
        <translation>Firewall-Chips (zu öffnende Ports)</translation>
    </message>
    <message>
        <source>From the left lane to the right one</source>
        <translation>Von der linken Spalte zur rechten</translation>
    </message>
    <message>
        <source>From the right lane to the left one</source>
        <translation>Von der rechten Spalte zur linken</translation>
    </message>
    <message>
        <source>New with the last change</source>
        <translation>Neu mit der letzten Änderung</translation>
    </message>
    <message>
        <source>Outline: the worst probe state of its rules</source>
        <translation>Rand: der schlechteste Prüfstatus seiner Regeln</translation>
    </message>
    <message>
        <source>Port dots on server cards</source>
        <translation>Portpunkte auf Serverkarten</translation>
    </message>
    <message>
        <source>Not probed yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Filled: probed and verified from this vantage</source>
        <translation>Gefüllt: von diesem Standort aus geprüft und bestätigt</translation>
    </message>
    <message>
        <source>Hollow: probed from a zone its rules do not come from, so not verified from here</source>
        <translation>Hohl: aus einer Zone geprüft, von der seine Regeln nicht ausgehen, daher von hier nicht bestätigt</translation>
    </message>
    <message>
        <source>Probe states (dots, chip outlines)</source>
        <translation>Prüfstatus (Punkte, Chip-Ränder)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Firewalls the deployment lists</source>
        <translation>Firewalls, die die Umgebung aufführt</translation>
    </message>
    <message>
        <source>A firewall above the lanes: one leg to each zone it joins, labelled with the interface facing it, or filled &quot;this host&quot; where that zone&apos;s servers run on the firewall itself; the bars between lanes name the firewalls spanning them</source>
        <translation>Eine Firewall über den Bahnen: ein Bein zu jeder Zone, die sie verbindet, beschriftet mit der Schnittstelle zu dieser Zone, oder gefüllt &quot;dieser Host&quot;, wo die Server dieser Zone auf der Firewall selbst laufen; die Balken zwischen den Bahnen nennen die Firewalls, die sie überspannen</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Exchange 2003 front-end in the DMZ, back-ends on the LAN</source>
        <translation>Exchange 2003: Front-End-Server in der DMZ, Back-End-Server im LAN</translation>
    </message>
    <message>
        <source>Microsoft&apos;s Exchange 2003 perimeter layout: a front-end server in the DMZ proxies OWA, POP3, IMAP4, SMTP and RPC over HTTP to two back-end servers; the firewall opens HTTP 80 (not SSL), the mail protocols and 691 inward, plus the Active Directory ports to the domain controller, and Direct Push UDP 2883 outward.</source>
        <translation>Das Umkreisnetzwerk-Layout von Microsoft für Exchange 2003: Ein Front-End-Server in der DMZ leitet OWA, POP3, IMAP4, SMTP und RPC über HTTP per Proxy an zwei Back-End-Server weiter; die Firewall öffnet nach innen HTTP 80 (nicht SSL), die Mailprotokolle und 691, dazu die Active Directory-Ports zum Domänencontroller, und nach außen Direct Push UDP 2883.</translation>
    </message>
    <message>
        <source>Exchange 2010 CAS array with static RPC ports</source>
        <translation>Exchange 2010: CAS-Array mit statischen RPC-Ports</translation>
    </message>
    <message>
        <source>Exchange 2010 servers behind an internal firewall that separates the Outlook clients&apos; network from the server network. The CAS array uses static ports 59532 (RPC Client Access) and 59533 (Address Book), so the firewall opens TCP 135, 59532 and 59533 instead of a dynamic range.</source>
        <translation>Exchange 2010-Server hinter einer internen Firewall, die das Netzwerk der Outlook-Clients vom Servernetzwerk trennt. Das CAS-Array verwendet die statischen Ports 59532 (RPC-Clientzugriff) und 59533 (Adressbuch); die Firewall öffnet daher TCP 135, 59532 und 59533 statt eines dynamischen Bereichs.</translation>
    </message>
    <message>
        <source>Exchange 2016 published through a reverse proxy</source>
        <translation>Exchange 2016, über einen Reverse-Proxy veröffentlicht</translation>
    </message>
    <message>
        <source>Two Exchange 2016 Mailbox servers on the LAN; a reverse proxy in the DMZ publishes Outlook on the web, ActiveSync, EWS, Autodiscover and Outlook Anywhere. Internet mail goes to the Mailbox servers on TCP 25.</source>
        <translation>Zwei Exchange 2016-Postfachserver im LAN; ein Reverse-Proxy in der DMZ veröffentlicht Outlook im Web, ActiveSync, EWS, Autodiscover und Outlook Anywhere. Internet-E-Mails gehen über TCP 25 an die Postfachserver.</translation>
    </message>
    <message>
        <source>Exchange 2019 with an Edge Transport server in the DMZ</source>
        <translation>Exchange 2019 mit einem Edge-Transport-Server in der DMZ</translation>
    </message>
    <message>
        <source>The default layout: two Exchange 2019 Mailbox servers and a domain controller on the LAN, a subscribed Edge Transport server in the perimeter network. Internet mail reaches the Edge, which relays it inside on TCP 25; EdgeSync pushes recipients to the Edge on TCP 50636.</source>
        <translation>Das Standardlayout: zwei Exchange 2019-Postfachserver und ein Domänencontroller im LAN, ein abonnierter Edge-Transport-Server im Umkreisnetzwerk. Internet-E-Mails erreichen den Edge-Server, der sie über TCP 25 nach innen weiterleitet; EdgeSync überträgt die Empfänger über TCP 50636 an den Edge-Server.</translation>
    </message>
    <message>
        <source>Empty Exchange 2019 deployment</source>
        <translation>Leere Exchange 2019-Bereitstellung</translation>
    </message>
    <message>
        <source>Internet, DMZ and LAN with no servers yet: the starting point for drawing your own layout. Drag roles from the palette into the zones and the port matrix fills in as you go.</source>
        <translation>Internet, DMZ und LAN noch ohne Server: der Ausgangspunkt für ein eigenes Layout. Ziehen Sie Rollen aus der Palette in die Zonen, und die Portmatrix füllt sich dabei.</translation>
    </message>
    <message>
        <source>Exchange 2019 hybrid with Exchange Online</source>
        <translation>Exchange 2019 als Hybrid mit Exchange Online</translation>
    </message>
    <message>
        <source>An Exchange 2019 Mailbox server in a hybrid deployment: Exchange Online sends and receives hybrid mail on TCP 25 and calls EWS/Autodiscover on TCP 443 for free/busy, MailTips and mailbox moves.</source>
        <translation>Ein Exchange 2019-Postfachserver in einer Hybridbereitstellung: Exchange Online sendet und empfängt Hybrid-E-Mails über TCP 25 und ruft EWS/Autodiscover über TCP 443 für Frei/Gebucht-Informationen, E-Mail-Infos und Postfachverschiebungen auf.</translation>
    </message>
    <message>
        <source>Exchange 2003 behind an SMTP relay in the DMZ</source>
        <translation>Exchange 2003 hinter einem SMTP-Relay in der DMZ</translation>
    </message>
    <message>
        <source>The large-network layout of the article “Exchange Network Ports Reference” (leally.ru): a non-Exchange SMTP relay (sendmail, Postfix) in the DMZ receives Internet mail and passes it to Exchange 2003 on the LAN; Exchange sends outbound mail through the relay.</source>
        <translation>Das Layout für große Netzwerke aus dem Artikel „Exchange Network Ports Reference“ (leally.ru): Ein SMTP-Relay ohne Exchange (sendmail, Postfix) in der DMZ empfängt Internet-E-Mails und gibt sie an Exchange 2003 im LAN weiter; Exchange sendet ausgehende E-Mails über das Relay.</translation>
    </message>
    <message>
        <source>Exchange 2003 on the firewall host</source>
        <translation>Exchange 2003 auf dem Firewall-Host</translation>
    </message>
    <message>
        <source>The small-organisation layout of the article “Exchange Network Ports Reference” (leally.ru): Exchange 2003 runs on the firewall/proxy host itself, and only the Internet-facing interface is filtered: SMTP 25 and OWA over HTTPS 443 in, SMTP 25 out. The domain controller and the clients stay on the LAN.</source>
        <translation>Das Layout für kleine Organisationen aus dem Artikel „Exchange Network Ports Reference“ (leally.ru): Exchange 2003 läuft auf dem Firewall-/Proxy-Host selbst, und nur die zum Internet gerichtete Schnittstelle wird gefiltert: SMTP 25 und OWA über HTTPS 443 nach innen, SMTP 25 nach außen. Domänencontroller und Clients bleiben im LAN.</translation>
    </message>
    <message>
        <source>Exchange 2003 on the LAN, published through a proxy</source>
        <translation>Exchange 2003 im LAN, über einen Proxy veröffentlicht</translation>
    </message>
    <message>
        <source>The most common layout of the article “Exchange Network Ports Reference” (leally.ru): Exchange 2003 sits on the LAN and a proxy server (ISA Server or port mapping) in the DMZ publishes OWA; SMTP 25 is mapped through to the mail server.</source>
        <translation>Das häufigste Layout aus dem Artikel „Exchange Network Ports Reference“ (leally.ru): Exchange 2003 steht im LAN, und ein Proxyserver (ISA Server oder Portzuordnung) in der DMZ veröffentlicht OWA; SMTP 25 wird zum Mailserver durchgereicht.</translation>
    </message>
</context>
<context>
    <name>TopologyScene</name>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Unbekannte Rolle &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Drop %1 into a zone.</source>
        <translation>Legen Sie %1 in einer Zone ab.</translation>
    </message>
    <message>
        <source>%1 has no %2 role.</source>
        <translation>In %1 gibt es die Rolle %2 nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n server(s)</source>
        <translation>
            <numerusform>%n Server verschieben</numerusform>
            <numerusform>%n Server verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n server(s)</source>
        <translation>
            <numerusform>%n Server löschen</numerusform>
            <numerusform>%n Server löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n servers)</source>
        <translation>
            <numerusform>%1 (%n Server)</numerusform>
            <numerusform>%1 (%n Server)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stands for:</source>
        <translation>Steht für:</translation>
    </message>
    <message>
        <source>Select a zone for %1 first.</source>
        <translation>Wählen Sie zuerst eine Zone für %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>interface (zone)</comment>
        <translation>Was-wäre-wenn: %1 gesperrt, %2 unterbrochen.</translation>
    </message>
    <message>
        <source>Interfaces: %1</source>
        <translation>Schnittstellen: %1</translation>
    </message>
    <message>
        <source>No rule crosses it.</source>
        <translation>Keine Regel führt durch sie.</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n rule(s) (%3)</source>
        <translation>
            <numerusform>%1 → %2: %n Regel (%3)</numerusform>
            <numerusform>%1 → %2: %n Regeln (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a deployment file that large is refused</source>
        <translation>%1 ist größer als %2 MB; so große Bereitstellungsdateien werden abgelehnt</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a results file that large is refused</source>
        <translation>%1 ist größer als %2 MB; so große Ergebnisdateien werden abgelehnt</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; an nmap report that large is refused</source>
        <translation>%1 ist größer als %2 MB; so große nmap-Berichte werden abgelehnt</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a lesson file that large is refused</source>
        <translation>%1 ist größer als %2 MB; so große Lektionsdateien werden abgelehnt</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; an answer file that large is refused</source>
        <translation>%1 ist größer als %2 MB; so große Antwortdateien werden abgelehnt</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 has no %2 role (servers in zone %3).</source>
        <translation>In %1 gibt es die Rolle %2 nicht (Server in Zone %3).</translation>
    </message>
    <message>
        <source>Exchange 2000/2003 back-end servers belong on the internal network: Microsoft&apos;s front-end/back-end guide puts only front-end servers in the perimeter, and a back-end there needs the whole Active Directory and RPC port set opened to it (zone %1).</source>
        <translation>Exchange 2000/2003-Back-End-Server gehören in das interne Netzwerk: Der Front-End/Back-End-Leitfaden von Microsoft sieht im Umkreisnetzwerk nur Front-End-Server vor, und für einen Back-End-Server dort müssten sämtliche Active Directory- und RPC-Ports geöffnet werden (Zone %1).</translation>
    </message>
    <message>
        <source>Microsoft does not support %1 servers in a perimeter or outside network (zone %2); only Edge Transport belongs there (S5).</source>
        <translation>Microsoft unterstützt keine %1-Server in einem Umkreisnetzwerk oder externen Netzwerk (Zone %2); dorthin gehört nur Edge-Transport (S5).</translation>
    </message>
    <message>
        <source>Edge Transport servers belong in the perimeter network, outside the Active Directory forest (zone %1).</source>
        <translation>Edge-Transport-Server gehören in das Umkreisnetzwerk, außerhalb der Active Directory-Gesamtstruktur (Zone %1).</translation>
    </message>
    <message>
        <source>A domain controller in zone %1 exposes Active Directory outside the internal network.</source>
        <translation>Ein Domänencontroller in Zone %1 macht Active Directory außerhalb des internen Netzwerks zugänglich.</translation>
    </message>
    <message>
        <source>Microsoft does not support restricting traffic between internal Exchange servers, or between them and domain controllers (Exchange 2013 and later): the firewall between %1 and %2 must allow all ports between these servers, or they must share a zone (S1).</source>
        <translation>Microsoft unterstützt keine Einschränkung des Datenverkehrs zwischen internen Exchange-Servern oder zwischen diesen und Domänencontrollern (Exchange 2013 und höher): Die Firewall zwischen %1 und %2 muss alle Ports zwischen diesen Servern zulassen, oder die Server müssen sich in derselben Zone befinden (S1).</translation>
    </message>
    <message>
        <source>Dynamic RPC crosses the boundary from %1 to %2 (TCP %3): the firewall must open a wide port range. Use static RPC ports (Exchange 2010), RPC over HTTP or keep these servers in one zone.</source>
        <translation>Dynamisches RPC überschreitet die Grenze von %1 nach %2 (TCP %3): Die Firewall muss einen großen Portbereich öffnen. Verwenden Sie statische RPC-Ports (Exchange 2010) oder RPC über HTTP, oder belassen Sie diese Server in einer Zone.</translation>
    </message>
    <message>
        <source>The RPC Client Access and Address Book services cannot share static port %1.</source>
        <translation>Der RPC-Clientzugriffsdienst und der Adressbuchdienst können nicht denselben statischen Port %1 verwenden.</translation>
    </message>
    <message>
        <source>Static RPC ports apply to Exchange 2010 Client Access and public folder Mailbox servers; this deployment has none, so the option changes no rule (S11).</source>
        <translation>Statische RPC-Ports gelten für Exchange 2010-Clientzugriffsserver und Postfachserver mit öffentlichen Ordnern; diese Bereitstellung enthält keine solchen Server, daher ändert die Option keine Regel (S11).</translation>
    </message>
    <message>
        <source>No Hub Transport (2007/2010) or Mailbox (2013 and later) server can subscribe the Edge Transport servers: EdgeSync needs one in the organisation, and without it the Edge neither relays inbound mail nor learns recipients (S6).</source>
        <translation>Kein Hub-Transport-Server (2007/2010) und kein Postfachserver (2013 und höher) kann die Edge-Transport-Server abonnieren: EdgeSync benötigt einen solchen Server in der Organisation, und ohne ihn leitet der Edge-Server weder eingehende E-Mails weiter, noch erhält er Empfängerinformationen (S6).</translation>
    </message>
    <message>
        <source>POP3/IMAP4 without TLS (TCP %1) is open to the Internet: passwords and mail cross it in clear. Offer only 995/993 outside.</source>
        <translation>POP3/IMAP4 ohne TLS (TCP %1) ist aus dem Internet erreichbar: Kennwörter und E-Mails werden im Klartext durch das Internet übertragen. Bieten Sie extern nur 995/993 an.</translation>
    </message>
    <message>
        <source>Option %1 has no effect: %2 does not have this service.</source>
        <translation>Die Option %1 hat keine Wirkung: In %2 gibt es diesen Dienst nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>servers</comment>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft does not support a firewall between Exchange 2010 servers, or between Exchange 2010 Mailbox or Client Access servers and Active Directory: the firewall between %1 and %2 must allow all ports between these servers, or they must share a zone (M5).</source>
        <translation>Microsoft unterstützt keine Firewall zwischen Exchange 2010-Servern oder zwischen Exchange 2010-Postfach- oder -Clientzugriffsservern und Active Directory: Die Firewall zwischen %1 und %2 muss alle Ports zwischen diesen Servern zulassen, oder die Server müssen sich in derselben Zone befinden (M5).</translation>
    </message>
    <message>
        <source>POP3/IMAP4 on TCP %1 is open to the Internet. It starts unencrypted, but by default Exchange 2010 and later accept a login only after the client has started TLS (LoginType SecureLogin; M1, M2). Keep that setting, or offer only 995/993 outside.</source>
        <translation>POP3/IMAP4 auf TCP %1 ist aus dem Internet erreichbar. Die Verbindung beginnt unverschlüsselt, doch Exchange 2010 und höher akzeptieren eine Anmeldung standardmäßig erst, nachdem der Client TLS gestartet hat (LoginType SecureLogin; M1, M2). Behalten Sie diese Einstellung bei, oder bieten Sie extern nur 995/993 an.</translation>
    </message>
    <message>
        <source>Option %1 changes no rule: in %2, %3 is a server role of its own. Add %3 servers to the deployment for its ports.</source>
        <translation>Die Option %1 ändert keine Regel: In %2 ist %3 eine eigene Serverrolle. Fügen Sie der Bereitstellung Server mit der Rolle %3 hinzu, um deren Ports zu erhalten.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Exchange 2007 seeds CCR and SCR database copies over a random TCP port (S16) that no firewall rule can name: between %1, allow all TCP between these Mailbox servers while seeding, or seed offline.</source>
        <translation>Exchange 2007 erstellt das Seeding von CCR- und SCR-Datenbankkopien über einen zufälligen TCP-Port (S16), den keine Firewallregel benennen kann: Erlauben Sie zwischen %1 während des Seedings jeden TCP-Verkehr zwischen diesen Postfachservern, oder führen Sie das Seeding offline aus.</translation>
    </message>
    <message>
        <source>Exchange 2007 and earlier may talk through the firewall between %1 and %2 on the ports of Microsoft&apos;s data path tables (S16; for 2000/2003 front-end and back-end servers S23): the rules here are those ports. Microsoft&apos;s later rule against any such firewall covers Exchange 2010 (M5) and 2013 and later (S1).</source>
        <translation>Exchange 2007 und ältere Versionen dürfen durch die Firewall zwischen %1 und %2 über die Ports der Datenpfadtabellen von Microsoft kommunizieren (S16; für Front-End- und Back-End-Server von 2000/2003 S23): Die Regeln hier sind genau diese Ports. Microsofts spätere Regel gegen jede solche Firewall gilt für Exchange 2010 (M5) sowie 2013 und höher (S1).</translation>
    </message>
    <message>
        <source>The dynamic RPC range %1 of %2 is not a port range: the first port must be from 1 to 65535 and not above the last.</source>
        <translation>Der dynamische RPC-Bereich %1 von %2 ist kein Portbereich: Der erste Port muss zwischen 1 und 65535 liegen und darf nicht größer als der letzte sein.</translation>
    </message>
    <message>
        <source>The dynamic RPC range %1 of %2 has %3 ports; Windows needs at least %4 (S46).</source>
        <translation>Der dynamische RPC-Bereich %1 von %2 umfasst %3 Ports; Windows benötigt mindestens %4 (S46).</translation>
    </message>
    <message>
        <source>the deployment</source>
        <translation>der Bereitstellung</translation>
    </message>
    <message>
        <source>%1 has its own dynamic RPC range, but none of its roles accepts dynamic RPC connections, so the range changes no rule.</source>
        <translation>%1 hat einen eigenen dynamischen RPC-Bereich, aber keine seiner Rollen nimmt dynamische RPC-Verbindungen an; der Bereich ändert daher keine Regel.</translation>
    </message>
    <message>
        <source>%1 is marked to carry hybrid mail flow, but none of its roles can in %2: Exchange Online connects to Edge Transport (2010 and later), Hub Transport (2010), Client Access (2013) or Mailbox (2016 and later) servers (M20).</source>
        <translation>%1 ist für den Hybrid-Nachrichtenfluss markiert, aber keine seiner Rollen kann ihn in %2 übernehmen: Exchange Online verbindet sich mit Edge-Transport- (2010 und höher), Hub-Transport- (2010), Clientzugriffs- (2013) oder Postfachservern (2016 und höher) (M20).</translation>
    </message>
    <message>
        <source>Hybrid mail flow is marked on %1, but the hybrid option is off, so the mark changes no rule.</source>
        <translation>Der Hybrid-Nachrichtenfluss ist auf %1 markiert, aber die Option hybrid ist ausgeschaltet; die Markierung ändert daher keine Regel.</translation>
    </message>
    <message>
        <source>%1 is marked as holding a public folder database, but none of its roles takes Outlook&apos;s public folder connections in %2: only Exchange 2010 Mailbox servers do (S11).</source>
        <translation>%1 ist als Server mit Öffentliche-Ordner-Datenbank markiert, aber keine seiner Rollen nimmt in %2 die Verbindungen von Outlook zu öffentlichen Ordnern an: Das tun nur Postfachserver von Exchange 2010 (S11).</translation>
    </message>
    <message>
        <source>The Unified Messaging RTP range %1-%2 is not a valid port range (1-65535, first not above last); the matrix has no RTP rule until it is (S4).</source>
        <translation>Der Unified Messaging-RTP-Bereich %1-%2 ist kein gültiger Portbereich (1-65535, erster Port nicht über dem letzten); bis dahin enthält die Matrix keine RTP-Regel (S4).</translation>
    </message>
    <message>
        <source>Reverse proxy %1 offloads TLS, but Microsoft does not support SSL offloading for %2 (%3): the matrix keeps HTTPS from the proxy to those servers. Use SSL bridging.</source>
        <translation>Der Reverse-Proxy %1 beendet TLS (Offloading), aber Microsoft unterstützt SSL-Offloading für %2 nicht (%3): Die Matrix behält HTTPS vom Proxy zu diesen Servern bei. Verwenden Sie SSL-Bridging.</translation>
    </message>
    <message>
        <source>The reverse proxy pre-authenticates users, but the hybrid endpoints (/ews/exchange.asmx/wssecurity, /autodiscover/autodiscover.svc, /ews/mrsproxy.svc) do not support pre-authentication: publish them as pass-through (S5).</source>
        <translation>Der Reverse-Proxy authentifiziert Benutzer vorab, aber die Hybrid-Endpunkte (/ews/exchange.asmx/wssecurity, /autodiscover/autodiscover.svc, /ews/mrsproxy.svc) unterstützen keine Vorauthentifizierung: Veröffentlichen Sie sie als Pass-Through (S5).</translation>
    </message>
    <message>
        <source>RPC Client Access</source>
        <translation>RPC-Clientzugriff</translation>
    </message>
    <message>
        <source>Address Book</source>
        <translation>Adressbuch</translation>
    </message>
    <message>
        <source>The static %1 port %2 is outside 1024-65535, which the Exchange Best Practices Analyzer treats as an error (S12).</source>
        <translation>Der statische Port für %1, %2, liegt außerhalb von 1024-65535, was der Exchange Best Practices Analyzer als Fehler wertet (S12).</translation>
    </message>
    <message>
        <source>The static %1 port %2 is outside Microsoft&apos;s recommended range %3 (S12).</source>
        <translation>Der statische Port für %1, %2, liegt außerhalb des von Microsoft empfohlenen Bereichs %3 (S12).</translation>
    </message>
    <message>
        <source>The static %1 port %2 on %3 is outside 1024-65535, which the Exchange Best Practices Analyzer treats as an error (S12).</source>
        <translation>Der statische Port für %1, %2, auf %3 liegt außerhalb von 1024-65535, was der Exchange Best Practices Analyzer als Fehler wertet (S12).</translation>
    </message>
    <message>
        <source>The static %1 port %2 on %3 is outside Microsoft&apos;s recommended range %4 (S12).</source>
        <translation>Der statische Port für %1, %2, auf %3 liegt außerhalb des von Microsoft empfohlenen Bereichs %4 (S12).</translation>
    </message>
    <message>
        <source>Public folder databases are marked on %1, but the public folder databases option is off, so the mark changes no rule.</source>
        <translation>Öffentliche-Ordner-Datenbanken sind auf %1 markiert, aber die Option „Öffentliche-Ordner-Datenbanken“ ist ausgeschaltet; die Markierung ändert daher keine Regel.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Perimeter (DMZ)</source>
        <translation>Umkreisnetzwerk (DMZ)</translation>
    </message>
    <message>
        <source>Internal network</source>
        <translation>Internes Netzwerk</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Front-end server</source>
        <translation>Front-End-Server</translation>
    </message>
    <message>
        <source>Exchange 2000/2003 front-end: proxies OWA, POP3, IMAP4, SMTP and RPC over HTTP to the back-end servers; holds no mailboxes.</source>
        <translation>Exchange 2000/2003-Front-End-Server: leitet OWA, POP3, IMAP4, SMTP und RPC über HTTP per Proxy an die Back-End-Server weiter; enthält keine Postfächer.</translation>
    </message>
    <message>
        <source>Back-end server</source>
        <translation>Back-End-Server</translation>
    </message>
    <message>
        <source>Exchange 2000/2003 server that holds the mailbox and public folder stores (a single-server organisation is a back-end).</source>
        <translation>Exchange 2000/2003-Server mit den Postfachspeichern und den Informationsspeichern für öffentliche Ordner (in einer Organisation mit nur einem Server ist dieser ein Back-End-Server).</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Holds mailbox databases; from 2016 on it also runs the Client Access and transport services.</source>
        <translation>Enthält die Postfachdatenbanken; ab 2016 führt die Rolle auch die Clientzugriffs- und Transportdienste aus.</translation>
    </message>
    <message>
        <source>Client Access</source>
        <translation>Clientzugriff</translation>
    </message>
    <message>
        <source>Accepts client connections (HTTPS, POP3, IMAP4, MAPI in 2010) and proxies or redirects them to Mailbox servers.</source>
        <translation>Nimmt Clientverbindungen an (HTTPS, POP3, IMAP4, MAPI in 2010) und leitet sie per Proxy oder Umleitung an Postfachserver weiter.</translation>
    </message>
    <message>
        <source>Hub Transport</source>
        <translation>Hub-Transport</translation>
    </message>
    <message>
        <source>Routes all mail inside the organisation and to and from a subscribed Edge.</source>
        <translation>Leitet alle E-Mails innerhalb der Organisation sowie zu und von einem abonnierten Edge-Server weiter.</translation>
    </message>
    <message>
        <source>Unified Messaging</source>
        <translation>Unified Messaging</translation>
    </message>
    <message>
        <source>Voice mail and voice access as a server role (2007/2010). In 2013 and 2016 UM runs as services on Client Access and Mailbox servers (the Unified Messaging services option); 2019 has no UM.</source>
        <translation>Voicemail und Sprachzugriff als Serverrolle (2007/2010). In 2013 und 2016 läuft UM als Dienste auf Clientzugriffs- und Postfachservern (Option „Unified Messaging-Dienste“); 2019 enthält kein UM.</translation>
    </message>
    <message>
        <source>Edge Transport</source>
        <translation>Edge-Transport</translation>
    </message>
    <message>
        <source>Internet-facing mail gateway in the perimeter network, outside the Active Directory forest; subscribed to the organisation by EdgeSync.</source>
        <translation>Mailgateway mit Internetanbindung im Umkreisnetzwerk, außerhalb der Active Directory-Gesamtstruktur; per EdgeSync bei der Organisation abonniert.</translation>
    </message>
    <message>
        <source>Domain controller</source>
        <translation>Domänencontroller</translation>
    </message>
    <message>
        <source>Active Directory domain controller and global catalog, with AD-integrated DNS: LDAP, global catalog, Kerberos, DNS and RPC.</source>
        <translation>Active Directory-Domänencontroller und globaler Katalog mit AD-integriertem DNS: LDAP, globaler Katalog, Kerberos, DNS und RPC.</translation>
    </message>
    <message>
        <source>Reverse proxy</source>
        <translation>Reverseproxy</translation>
    </message>
    <message>
        <source>Publishes Exchange&apos;s HTTPS services from the perimeter into the internal network (ISA/TMG, WAP, a load balancer or port mapping).</source>
        <translation>Veröffentlicht die HTTPS-Dienste von Exchange aus dem Umkreisnetzwerk in das interne Netzwerk (ISA/TMG, WAP, ein Lastenausgleichsmodul oder eine Portzuordnung).</translation>
    </message>
    <message>
        <source>SMTP relay</source>
        <translation>SMTP-Relay</translation>
    </message>
    <message>
        <source>A non-Exchange SMTP gateway (for example sendmail or Postfix in a DMZ) that receives Internet mail and relays it inside.</source>
        <translation>Ein SMTP-Gateway ohne Exchange (zum Beispiel sendmail oder Postfix in einer DMZ), das Internet-E-Mails empfängt und nach innen weiterleitet.</translation>
    </message>
    <message>
        <source>Witness server</source>
        <translation>Zeugenserver</translation>
    </message>
    <message>
        <source>File share witness of a database availability group (DAG).</source>
        <translation>Dateifreigabenzeuge einer Datenbankverfügbarkeitsgruppe (DAG).</translation>
    </message>
    <message>
        <source>VoIP gateway / IP PBX</source>
        <translation>VoIP-Gateway / IP-PBX</translation>
    </message>
    <message>
        <source>IP gateway, IP PBX or session border controller that talks SIP and RTP to Unified Messaging.</source>
        <translation>IP-Gateway, IP-PBX oder Session Border Controller, der per SIP und RTP mit Unified Messaging kommuniziert.</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>A DNS resolver outside Active Directory; zones of kind internet implicitly hold public DNS.</source>
        <translation>Ein DNS-Resolver außerhalb von Active Directory; Zonen der Art &quot;Internet&quot; enthalten implizit öffentliches DNS.</translation>
    </message>
    <message>
        <source>Internet mail servers</source>
        <translation>Internet-Mailserver</translation>
    </message>
    <message>
        <source>Remote mail transfer agents that send mail to the organisation and receive its outbound mail.</source>
        <translation>Remote-Mail Transfer Agents (MTAs), die E-Mails an die Organisation senden und deren ausgehende E-Mails empfangen.</translation>
    </message>
    <message>
        <source>Outlook clients</source>
        <translation>Outlook-Clients</translation>
    </message>
    <message>
        <source>Outlook desktop: MAPI/RPC, Outlook Anywhere (RPC over HTTP) or MAPI over HTTP, and Autodiscover.</source>
        <translation>Outlook-Desktopclient: MAPI/RPC, Outlook Anywhere (RPC über HTTP) oder MAPI über HTTP sowie Autodiscover.</translation>
    </message>
    <message>
        <source>Web browsers</source>
        <translation>Webbrowser</translation>
    </message>
    <message>
        <source>Outlook Web Access / Outlook on the web and the admin center in a browser.</source>
        <translation>Outlook Web Access / Outlook im Web und das Admin Center im Browser.</translation>
    </message>
    <message>
        <source>Mobile devices</source>
        <translation>Mobile Geräte</translation>
    </message>
    <message>
        <source>Exchange ActiveSync phones and tablets.</source>
        <translation>Telefone und Tablets mit Exchange ActiveSync.</translation>
    </message>
    <message>
        <source>POP3/IMAP4 clients</source>
        <translation>POP3/IMAP4-Clients</translation>
    </message>
    <message>
        <source>Standards-based mail clients that read mail over POP3 or IMAP4.</source>
        <translation>Standardbasierte E-Mail-Clients, die E-Mails über POP3 oder IMAP4 abrufen.</translation>
    </message>
    <message>
        <source>SMTP clients</source>
        <translation>SMTP-Clients</translation>
    </message>
    <message>
        <source>Clients and applications that submit mail over authenticated SMTP.</source>
        <translation>Clients und Anwendungen, die E-Mails über authentifiziertes SMTP übermitteln.</translation>
    </message>
    <message>
        <source>Exchange Online</source>
        <translation>Exchange Online</translation>
    </message>
    <message>
        <source>Microsoft 365 Exchange Online endpoints of a hybrid deployment.</source>
        <translation>Exchange Online-Endpunkte von Microsoft 365 in einer Hybridbereitstellung.</translation>
    </message>
    <message>
        <source>Admin workstations</source>
        <translation>Administratorarbeitsstationen</translation>
    </message>
    <message>
        <source>Administrators&apos; machines running Exchange management tools.</source>
        <translation>Computer der Administratoren mit den Exchange-Verwaltungstools.</translation>
    </message>
    <message>
        <source>Chat, IM and conferencing clients</source>
        <translation>Chat-, IM- und Konferenzclients</translation>
    </message>
    <message>
        <source>NetMeeting, IRC/IRCX chat and Exchange Instant Messaging (RVP) clients of Exchange 2000.</source>
        <translation>NetMeeting-, IRC/IRCX-Chat- und Exchange Instant Messaging-Clients (RVP) von Exchange 2000.</translation>
    </message>
    <message>
        <source>News readers</source>
        <translation>Newsreader</translation>
    </message>
    <message>
        <source>NNTP clients that read and post to public folder newsgroups (Exchange 2000/2003).</source>
        <translation>NNTP-Clients, die Beiträge in Newsgroups öffentlicher Ordner lesen und schreiben (Exchange 2000/2003).</translation>
    </message>
    <message>
        <source>Hybrid Agent</source>
        <translation>Hybrid-Agent</translation>
    </message>
    <message>
        <source>Microsoft Hybrid Agent (Modern Hybrid): relays Exchange Online&apos;s free/busy requests and mailbox migrations to the Exchange server chosen in the Hybrid Configuration Wizard, over outbound connections only.</source>
        <translation>Microsoft Hybrid Agent (moderne Hybridtopologie): leitet Frei/Gebucht-Anfragen und Postfachmigrationen von Exchange Online an den im Assistenten für die Hybridkonfiguration ausgewählten Exchange-Server weiter, nur über ausgehende Verbindungen.</translation>
    </message>
    <message>
        <source>Inbound Internet mail</source>
        <translation>Eingehende Internet-E-Mail</translation>
    </message>
    <message>
        <source>Outbound Internet mail</source>
        <translation>Ausgehende Internet-E-Mail</translation>
    </message>
    <message>
        <source>Mail between the organisation&apos;s servers</source>
        <translation>E-Mail zwischen den Servern der Organisation</translation>
    </message>
    <message>
        <source>Spam filtering (sender reputation)</source>
        <translation>Spamfilter (Absenderreputation)</translation>
    </message>
    <message>
        <source>Outlook on the web, ActiveSync and Outlook over HTTPS</source>
        <translation>Outlook im Web, ActiveSync und Outlook über HTTPS</translation>
    </message>
    <message>
        <source>Outlook on the web</source>
        <translation>Outlook im Web</translation>
    </message>
    <message>
        <source>ActiveSync (mobile devices)</source>
        <translation>ActiveSync (mobile Geräte)</translation>
    </message>
    <message>
        <source>Outlook desktop</source>
        <translation>Outlook-Desktopclient</translation>
    </message>
    <message>
        <source>Public folders</source>
        <translation>Öffentliche Ordner</translation>
    </message>
    <message>
        <source>POP3 and IMAP4 clients</source>
        <translation>POP3- und IMAP4-Clients</translation>
    </message>
    <message>
        <source>Mail sent by SMTP clients and applications</source>
        <translation>E-Mail von SMTP-Clients und Anwendungen</translation>
    </message>
    <message>
        <source>EdgeSync</source>
        <translation>EdgeSync</translation>
    </message>
    <message>
        <source>DAG replication and failover</source>
        <translation>DAG-Replikation und Failover</translation>
    </message>
    <message>
        <source>Directory and authentication</source>
        <translation>Verzeichnis und Authentifizierung</translation>
    </message>
    <message>
        <source>Name resolution (DNS)</source>
        <translation>Namensauflösung (DNS)</translation>
    </message>
    <message>
        <source>Mail between on-premises and Exchange Online</source>
        <translation>E-Mail zwischen lokaler Umgebung und Exchange Online</translation>
    </message>
    <message>
        <source>Hybrid free/busy, MailTips and mailbox moves</source>
        <translation>Hybride Frei/Gebucht-Informationen, E-Mail-Infos und Postfachverschiebungen</translation>
    </message>
    <message>
        <source>Voice mail (Unified Messaging)</source>
        <translation>Voicemail (Unified Messaging)</translation>
    </message>
    <message>
        <source>Administration and setup</source>
        <translation>Verwaltung und Einrichtung</translation>
    </message>
    <message>
        <source>Newsgroups (NNTP)</source>
        <translation>Newsgroups (NNTP)</translation>
    </message>
    <message>
        <source>Conferencing, chat and instant messaging</source>
        <translation>Konferenzen, Chat und Instant Messaging</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>%1. Click to select %2.</source>
        <translation>%1. Klicken, um %2 auszuwählen.</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 (%3, %4)</source>
        <comment>who → whom (service, port)</comment>
        <translation>%1 → %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>WhatIfActions</name>
    <message>
        <source>Consequences</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>&amp;Unblock All (What-if)</source>
        <translation>Alle &amp;freigeben (Was-wäre-wenn)</translation>
    </message>
    <message>
        <source>&amp;Block (What-if)</source>
        <translation>&amp;Sperren (Was-wäre-wenn)</translation>
    </message>
    <message>
        <source>&amp;Unblock (What-if)</source>
        <translation>&amp;Freigeben (Was-wäre-wenn)</translation>
    </message>
    <message>
        <source>Block One &amp;Rule (What-if)</source>
        <translation>Eine &amp;Regel sperren (Was-wäre-wenn)</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4 → %5)</source>
        <translation>%1 %2 %3 (%4 → %5)</translation>
    </message>
    <message>
        <source>&amp;Open an Extra Port (What-if)…</source>
        <translation>Zusätzlichen Port &amp;öffnen (Was-wäre-wenn)…</translation>
    </message>
</context>
<context>
    <name>WhatIfBar</name>
    <message>
        <source>Unblock All</source>
        <translation>Alle freigeben</translation>
    </message>
    <message numerus="yes">
        <source>What-if: %n rule(s) blocked. The deployment, its file and its exports stay as they are.</source>
        <translation>
            <numerusform>Was-wäre-wenn: %n Regel gesperrt. Die Bereitstellung, ihre Datei und ihre Exporte bleiben, wie sie sind.</numerusform>
            <numerusform>Was-wäre-wenn: %n Regeln gesperrt. Die Bereitstellung, ihre Datei und ihre Exporte bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowsFirewallWriter</name>
    <message>
        <source>cannot write the script: the output is not open for writing</source>
        <translation>das Skript kann nicht geschrieben werden: die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>no server &quot;%1&quot; in the deployment</source>
        <translation>kein Server &quot;%1&quot; in der Bereitstellung</translation>
    </message>
    <message>
        <source>cannot write the script: %1</source>
        <translation>das Skript kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the Windows Firewall rules need the addresses connections come from; fill in or correct:
  %1</source>
        <translation>Die Regeln der Windows-Firewall brauchen die Adressen, von denen Verbindungen kommen; ergänzen oder korrigieren Sie:
  %1</translation>
    </message>
</context>
<context>
    <name>ZoneInspector</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Stands for the actors of its kind</source>
        <translation>Steht für die Akteure ihrer Zonenart</translation>
    </message>
    <message>
        <source>Choose the lane colour</source>
        <translation>Farbe der Zone im Diagramm auswählen</translation>
    </message>
    <message>
        <source>Use the tint of the zone&apos;s kind</source>
        <translation>Farbton der Zonenart verwenden</translation>
    </message>
    <message>
        <source>An Internet zone stands for the Internet&apos;s mail servers and remote clients, a LAN for the internal clients, without placing them as servers.</source>
        <translation>Eine Internetzone steht für die Mailserver und Remoteclients im Internet, ein LAN für die internen Clients, ohne dass diese als Server platziert werden.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Implicit actors</source>
        <translation>Implizite Akteure</translation>
    </message>
    <message>
        <source>Kind&apos;s tint</source>
        <translation>Farbton der Art</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Servers (%1)</source>
        <translation>Server (%1)</translation>
    </message>
    <message>
        <source>Zone Colour</source>
        <translation>Zonenfarbe</translation>
    </message>
    <message>
        <source>The zone&apos;s networks in CIDR notation, one a line or separated by commas: what the firewall rules match for servers without an address of their own.</source>
        <translation>Die Netze der Zone in CIDR-Schreibweise, eines pro Zeile oder durch Kommas getrennt: Darauf passen die Firewall-Regeln für Server ohne eigene Adresse.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netze</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>Firewalls</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>jede Adresse</translation>
    </message>
    <message>
        <source>none; one network a line, such as 192.0.2.0/24</source>
        <translation>keine; ein Netz pro Zeile, etwa 192.0.2.0/24</translation>
    </message>
    <message>
        <source>%1, interface %2</source>
        <translation>%1, Schnittstelle %2</translation>
    </message>
    <message>
        <source>None: no firewall joins this zone.</source>
        <translation>Keine: Keine Firewall verbindet diese Zone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>„%1“ steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>Runs on %1: its servers are the firewall host</source>
        <translation>Läuft auf %1: Ihre Server sind der Firewall-Host</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan, draw and check Exchange network layouts.</source>
        <translation>Exchange-Netzwerklayouts planen, zeichnen und prüfen.</translation>
    </message>
    <message>
        <source>Save a picture of the window to PATH and quit.</source>
        <translation>Ein Bild des Fensters unter PATH speichern und beenden.</translation>
    </message>
    <message>
        <source>A .portolan file to open.</source>
        <translation>Eine zu öffnende .portolan-Datei.</translation>
    </message>
    <message>
        <source>Show the interface in LANGUAGE (de, ru, en) instead of the system&apos;s.</source>
        <translation>Die Oberfläche in LANGUAGE (de, ru, en) statt in der Systemsprache anzeigen.</translation>
    </message>
    <message>
        <source>Open the window SIZE pixels large, e.g. 1600x1000.</source>
        <translation>Das Fenster in der Größe SIZE (in Pixeln) öffnen, z. B. 1600x1000.</translation>
    </message>
    <message>
        <source>--size &quot;%1&quot; is not WIDTHxHEIGHT in pixels, e.g. 1600x1000.</source>
        <translation>--size &quot;%1&quot; ist keine Größe BREITExHÖHE in Pixeln, z. B. 1600x1000.</translation>
    </message>
    <message>
        <source>Portolan shows a Microsoft Exchange deployment as zones (Internet, DMZ, LAN, ...) with servers and their roles, every flow those roles need and the ports each firewall must open, each traced to Microsoft&apos;s documentation. Drag a role from the palette into a zone and the port matrix, the warnings and the firewall rules follow at once.

Without a file it starts from the default template; unsaved work left by a crash is offered first. portolan-cli does the same work without a window.</source>
        <translation>Portolan zeigt eine Microsoft-Exchange-Bereitstellung als Zonen (Internet, DMZ, LAN, ...) mit Servern und ihren Rollen, jeden Datenfluss, den diese Rollen brauchen, und die Ports, die jede Firewall öffnen muss, jeweils belegt durch die Dokumentation von Microsoft. Ziehen Sie eine Rolle aus der Palette in eine Zone, und Portmatrix, Warnungen und Firewall-Regeln folgen sofort.

Ohne Datei beginnt es mit der Standardvorlage; ungesicherte Arbeit, die ein Absturz hinterlassen hat, wird zuerst angeboten. portolan-cli leistet dasselbe ohne Fenster.</translation>
    </message>
</context>
</TS>
