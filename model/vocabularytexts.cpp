#include "model/vocabularytexts.h"

#include <QtGlobal>

const QStringList& vocabularyTexts()
{
    static const char* const texts[] = {
        QT_TRANSLATE_NOOP("Vocabulary", "Internet"),
        QT_TRANSLATE_NOOP("Vocabulary", "Perimeter (DMZ)"),
        QT_TRANSLATE_NOOP("Vocabulary", "Internal network"),
        QT_TRANSLATE_NOOP("Vocabulary", "Cloud"),
        QT_TRANSLATE_NOOP("Vocabulary", "Front-end server"),
        QT_TRANSLATE_NOOP("Vocabulary", "Exchange 2000/2003 front-end: proxies OWA, POP3, IMAP4, SMTP and RPC over "
                                        "HTTP to the back-end servers; holds no mailboxes."),
        QT_TRANSLATE_NOOP("Vocabulary", "Back-end server"),
        QT_TRANSLATE_NOOP("Vocabulary", "Exchange 2000/2003 server that holds the mailbox and public folder stores (a "
                                        "single-server organisation is a back-end)."),
        QT_TRANSLATE_NOOP("Vocabulary", "Mailbox"),
        QT_TRANSLATE_NOOP(
            "Vocabulary",
            "Holds mailbox databases; from 2016 on it also runs the Client Access and transport services."),
        QT_TRANSLATE_NOOP("Vocabulary", "Client Access"),
        QT_TRANSLATE_NOOP("Vocabulary", "Accepts client connections (HTTPS, POP3, IMAP4, MAPI in 2010) and proxies or "
                                        "redirects them to Mailbox servers."),
        QT_TRANSLATE_NOOP("Vocabulary", "Hub Transport"),
        QT_TRANSLATE_NOOP("Vocabulary", "Routes all mail inside the organisation and to and from a subscribed Edge."),
        QT_TRANSLATE_NOOP("Vocabulary", "Unified Messaging"),
        QT_TRANSLATE_NOOP(
            "Vocabulary",
            "Voice mail and voice access as a server role (2007/2010). In 2013 and 2016 UM runs as "
            "services on Client Access and Mailbox servers (the Unified Messaging services option); 2019 has no UM."),
        QT_TRANSLATE_NOOP("Vocabulary", "Edge Transport"),
        QT_TRANSLATE_NOOP("Vocabulary", "Internet-facing mail gateway in the perimeter network, outside the Active "
                                        "Directory forest; subscribed to the organisation by EdgeSync."),
        QT_TRANSLATE_NOOP("Vocabulary", "Domain controller"),
        QT_TRANSLATE_NOOP("Vocabulary", "Active Directory domain controller and global catalog, with AD-integrated "
                                        "DNS: LDAP, global catalog, Kerberos, DNS and RPC."),
        QT_TRANSLATE_NOOP("Vocabulary", "Reverse proxy"),
        QT_TRANSLATE_NOOP("Vocabulary", "Publishes Exchange's HTTPS services from the perimeter into the internal "
                                        "network (ISA/TMG, WAP, a load balancer or port mapping)."),
        QT_TRANSLATE_NOOP("Vocabulary", "SMTP relay"),
        QT_TRANSLATE_NOOP("Vocabulary", "A non-Exchange SMTP gateway (for example sendmail or Postfix in a DMZ) that "
                                        "receives Internet mail and relays it inside."),
        QT_TRANSLATE_NOOP("Vocabulary", "Witness server"),
        QT_TRANSLATE_NOOP("Vocabulary", "File share witness of a database availability group (DAG)."),
        QT_TRANSLATE_NOOP("Vocabulary", "VoIP gateway / IP PBX"),
        QT_TRANSLATE_NOOP(
            "Vocabulary",
            "IP gateway, IP PBX or session border controller that talks SIP and RTP to Unified Messaging."),
        QT_TRANSLATE_NOOP("Vocabulary", "Hybrid Agent"),
        QT_TRANSLATE_NOOP("Vocabulary", "Microsoft Hybrid Agent (Modern Hybrid): relays Exchange Online's free/busy "
                                        "requests and mailbox migrations to the Exchange server chosen in the Hybrid "
                                        "Configuration Wizard, over outbound connections only."),
        QT_TRANSLATE_NOOP("Vocabulary", "DNS server"),
        QT_TRANSLATE_NOOP(
            "Vocabulary",
            "A DNS resolver outside Active Directory; zones of kind internet implicitly hold public DNS."),
        QT_TRANSLATE_NOOP("Vocabulary", "Internet mail servers"),
        QT_TRANSLATE_NOOP(
            "Vocabulary",
            "Remote mail transfer agents that send mail to the organisation and receive its outbound mail."),
        QT_TRANSLATE_NOOP("Vocabulary", "Outlook clients"),
        QT_TRANSLATE_NOOP(
            "Vocabulary",
            "Outlook desktop: MAPI/RPC, Outlook Anywhere (RPC over HTTP) or MAPI over HTTP, and Autodiscover."),
        QT_TRANSLATE_NOOP("Vocabulary", "Web browsers"),
        QT_TRANSLATE_NOOP("Vocabulary", "Outlook Web Access / Outlook on the web and the admin center in a browser."),
        QT_TRANSLATE_NOOP("Vocabulary", "Mobile devices"),
        QT_TRANSLATE_NOOP("Vocabulary", "Exchange ActiveSync phones and tablets."),
        QT_TRANSLATE_NOOP("Vocabulary", "POP3/IMAP4 clients"),
        QT_TRANSLATE_NOOP("Vocabulary", "Standards-based mail clients that read mail over POP3 or IMAP4."),
        QT_TRANSLATE_NOOP("Vocabulary", "News readers"),
        QT_TRANSLATE_NOOP("Vocabulary",
                          "NNTP clients that read and post to public folder newsgroups (Exchange 2000/2003)."),
        QT_TRANSLATE_NOOP("Vocabulary", "SMTP clients"),
        QT_TRANSLATE_NOOP("Vocabulary", "Clients and applications that submit mail over authenticated SMTP."),
        QT_TRANSLATE_NOOP("Vocabulary", "Exchange Online"),
        QT_TRANSLATE_NOOP("Vocabulary", "Microsoft 365 Exchange Online endpoints of a hybrid deployment."),
        QT_TRANSLATE_NOOP("Vocabulary", "Admin workstations"),
        QT_TRANSLATE_NOOP("Vocabulary", "Administrators' machines running Exchange management tools."),
        QT_TRANSLATE_NOOP("Vocabulary", "Chat, IM and conferencing clients"),
        QT_TRANSLATE_NOOP("Vocabulary",
                          "NetMeeting, IRC/IRCX chat and Exchange Instant Messaging (RVP) clients of Exchange 2000."),
        QT_TRANSLATE_NOOP("Vocabulary", "Inbound Internet mail"),
        QT_TRANSLATE_NOOP("Vocabulary", "Outbound Internet mail"),
        QT_TRANSLATE_NOOP("Vocabulary", "Mail between the organisation's servers"),
        QT_TRANSLATE_NOOP("Vocabulary", "Spam filtering (sender reputation)"),
        QT_TRANSLATE_NOOP("Vocabulary", "Outlook on the web, ActiveSync and Outlook over HTTPS"),
        QT_TRANSLATE_NOOP("Vocabulary", "Outlook on the web"),
        QT_TRANSLATE_NOOP("Vocabulary", "ActiveSync (mobile devices)"),
        QT_TRANSLATE_NOOP("Vocabulary", "Outlook desktop"),
        QT_TRANSLATE_NOOP("Vocabulary", "Public folders"),
        QT_TRANSLATE_NOOP("Vocabulary", "POP3 and IMAP4 clients"),
        QT_TRANSLATE_NOOP("Vocabulary", "Mail sent by SMTP clients and applications"),
        QT_TRANSLATE_NOOP("Vocabulary", "EdgeSync"),
        QT_TRANSLATE_NOOP("Vocabulary", "DAG replication and failover"),
        QT_TRANSLATE_NOOP("Vocabulary", "Directory and authentication"),
        QT_TRANSLATE_NOOP("Vocabulary", "Name resolution (DNS)"),
        QT_TRANSLATE_NOOP("Vocabulary", "Mail between on-premises and Exchange Online"),
        QT_TRANSLATE_NOOP("Vocabulary", "Hybrid free/busy, MailTips and mailbox moves"),
        QT_TRANSLATE_NOOP("Vocabulary", "Voice mail (Unified Messaging)"),
        QT_TRANSLATE_NOOP("Vocabulary", "Administration and setup"),
        QT_TRANSLATE_NOOP("Vocabulary", "Newsgroups (NNTP)"),
        QT_TRANSLATE_NOOP("Vocabulary", "Conferencing, chat and instant messaging"),
    };
    static const QStringList list = [] {
        QStringList result;
        for (const char* text : texts)
            result.append(QString::fromUtf8(text));
        return result;
    }();
    return list;
}
