#include "model/templatetexts.h"

#include <QCoreApplication>

const QStringList& templateTexts()
{
    static const char* const texts[] = {
        QT_TRANSLATE_NOOP("Templates", "Exchange 2003 front-end in the DMZ, back-ends on the LAN"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "Microsoft's Exchange 2003 perimeter layout: a front-end server in the DMZ proxies OWA, POP3, IMAP4, SMTP "
            "and RPC over HTTP to two back-end servers; the firewall opens HTTP 80 (not SSL), the mail protocols and "
            "691 inward, plus the Active Directory ports to the domain controller, and Direct Push UDP 2883 outward."),
        QT_TRANSLATE_NOOP("Templates", "Exchange 2010 CAS array with static RPC ports"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "Exchange 2010 servers behind an internal firewall that separates the Outlook clients' network from the "
            "server network. The CAS array uses static ports 59532 (RPC Client Access) and 59533 (Address Book), so "
            "the firewall opens TCP 135, 59532 and 59533 instead of a dynamic range."),
        QT_TRANSLATE_NOOP("Templates", "Exchange 2016 published through a reverse proxy"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "Two Exchange 2016 Mailbox servers on the LAN; a reverse proxy in the DMZ publishes Outlook on the web, "
            "ActiveSync, EWS, Autodiscover and Outlook Anywhere. Internet mail goes to the Mailbox servers on TCP 25."),
        QT_TRANSLATE_NOOP("Templates", "Exchange 2019 with an Edge Transport server in the DMZ"),
        QT_TRANSLATE_NOOP("Templates",
                          "The default layout: two Exchange 2019 Mailbox servers and a domain controller on the LAN, a "
                          "subscribed Edge Transport server in the perimeter network. Internet mail reaches the Edge, "
                          "which relays it inside on TCP 25; EdgeSync pushes recipients to the Edge on TCP 50636."),
        QT_TRANSLATE_NOOP("Templates", "Empty Exchange 2019 deployment"),
        QT_TRANSLATE_NOOP("Templates",
                          "Internet, DMZ and LAN with no servers yet: the starting point for drawing your own layout. "
                          "Drag roles from the palette into the zones and the port matrix fills in as you go."),
        QT_TRANSLATE_NOOP("Templates", "Exchange 2019 hybrid with Exchange Online"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "An Exchange 2019 Mailbox server in a hybrid deployment: Exchange Online sends and receives hybrid mail on "
            "TCP 25 and calls EWS/Autodiscover on TCP 443 for free/busy, MailTips and mailbox moves."),
        QT_TRANSLATE_NOOP("Templates", "Exchange 2003 behind an SMTP relay in the DMZ"),
        QT_TRANSLATE_NOOP("Templates",
                          "The large-network layout of the article “Exchange Network Ports Reference” (leally.ru): a "
                          "non-Exchange SMTP relay (sendmail, Postfix) in the DMZ receives Internet mail and passes it "
                          "to Exchange 2003 on the LAN; Exchange sends outbound mail through the relay."),
        QT_TRANSLATE_NOOP("Templates", "Exchange 2003 on the firewall host"),
        QT_TRANSLATE_NOOP(
            "Templates",
            "The small-organisation layout of the article “Exchange Network Ports Reference” (leally.ru): Exchange "
            "2003 runs on the firewall/proxy host itself, and only the Internet-facing interface is filtered: SMTP 25 "
            "and OWA over HTTPS 443 in, SMTP 25 out. The domain controller and the clients stay on the LAN."),
        QT_TRANSLATE_NOOP("Templates", "Exchange 2003 on the LAN, published through a proxy"),
        QT_TRANSLATE_NOOP("Templates",
                          "The most common layout of the article “Exchange Network Ports Reference” (leally.ru): "
                          "Exchange 2003 sits on the LAN and a proxy server (ISA Server or port mapping) in the DMZ "
                          "publishes OWA; SMTP 25 is mapped through to the mail server."),
    };
    static const QStringList list = [] {
        QStringList result;
        for (const char* text : texts)
            result.append(QString::fromUtf8(text));
        return result;
    }();
    return list;
}
