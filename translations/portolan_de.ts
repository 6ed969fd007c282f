<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DeploymentCommands</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Exchange version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change kind of zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colour of zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assume clients and mail servers in zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assume no clients or mail servers in zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Exchange version to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename deployment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentReader</name>
    <message>
        <source>%1 (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing comma or closing &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing colon after a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing comma or closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid id &quot;%1&quot;: use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a port number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Portolan deployment: the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required key is missing; is this a Portolan deployment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a Portolan deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file uses format version %1, newer than this Portolan (%2); open it with a newer Portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate zone id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown zone kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a colour &quot;#rrggbb&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate server id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a port range string such as &quot;49152-65535&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port range &quot;%1&quot;: expected &quot;first-last&quot; with ports from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentWriter</name>
    <message>
        <source>the device is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan deployments (*.portolan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — %2 — Portolan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixBuilder</name>
    <message>
        <source>(Published through the reverse proxy.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixCsvWriter</name>
    <message>
        <source>cannot write the matrix: the output is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the matrix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixJsonWriter</name>
    <message>
        <source>cannot write the matrix: the output is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the matrix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixMarkdownWriter</name>
    <message>
        <source>cannot write the matrix: the output is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the matrix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port matrix: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment needs no flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unconfirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>Filter: port, server, purpose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All zone pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortMatrixModel</name>
    <message>
        <source>If blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyScene</name>
    <message>
        <source>Stands for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop %1 into a zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 has no %2 role (servers in zone %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange 2000/2003 back-end servers belong on the internal network: Microsoft&apos;s front-end/back-end guide puts only front-end servers in the perimeter, and a back-end there needs the whole Active Directory and RPC port set opened to it (zone %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft does not support %1 servers in a perimeter or outside network (zone %2); only Edge Transport belongs there (S5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge Transport servers belong in the perimeter network, outside the Active Directory forest (zone %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain controller in zone %1 exposes Active Directory outside the internal network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft does not support restricting traffic between internal Exchange servers, or between them and domain controllers (Exchange 2013 and later): the firewall between %1 and %2 must allow all ports between these servers, or they must share a zone (S1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic RPC crosses the boundary from %1 to %2 (TCP %3): the firewall must open a wide port range. Use static RPC ports (Exchange 2010), RPC over HTTP or keep these servers in one zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static RPC port %1 = %2 is outside 1024-65535, which the Exchange Best Practices Analyzer treats as an error (S12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static RPC port %1 = %2 is outside Microsoft&apos;s recommended range %3 (S12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RPC Client Access and Address Book services cannot share static port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static RPC ports apply to Exchange 2010 Client Access and public folder Mailbox servers; this deployment has none, so the option changes no rule (S11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Hub Transport (2007/2010) or Mailbox (2013 and later) server can subscribe the Edge Transport servers: EdgeSync needs one in the organisation, and without it the Edge neither relays inbound mail nor learns recipients (S6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP3/IMAP4 without TLS (TCP %1) is open to the Internet: passwords and mail cross it in clear. Offer only 995/993 outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1 has no effect: %2 does not have this service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan, draw and check Exchange network layouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to PATH and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .portolan file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
