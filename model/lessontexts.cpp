#include "model/lessontexts.h"

#include <QCoreApplication>

const QStringList& lessonTexts()
{
    static const char* const texts[] = {
        QT_TRANSLATE_NOOP("Lessons", "The mail server on the LAN, published through a proxy"),
        QT_TRANSLATE_NOOP(
            "Lessons",
            "The most common small layout: only SMTP and the published web access cross into the network. You learn "
            "that the firewall allows a few ports, each to one server, and why each one is needed."),
        QT_TRANSLATE_NOOP("Lessons", "Exchange 2003 runs on the LAN; a proxy in the DMZ publishes Outlook Web Access, "
                                     "and SMTP is mapped through to the mail server."),
        QT_TRANSLATE_NOOP("Lessons", "Which rules must the firewall between the Internet and the DMZ allow?"),
        QT_TRANSLATE_NOOP("Lessons", "Which rules must the firewall between the DMZ and the LAN allow?"),
        QT_TRANSLATE_NOOP("Lessons", "Which ports does the mail server listen on, and from which zones?"),
        QT_TRANSLATE_NOOP("Lessons", "An SMTP relay in the DMZ"),
        QT_TRANSLATE_NOOP(
            "Lessons", "When a relay in the DMZ takes the Internet's mail, only SMTP crosses the inner firewall. You "
                       "learn why opening the RPC endpoint mapper or the dynamic RPC range from the DMZ is a mistake."),
        QT_TRANSLATE_NOOP("Lessons", "Exchange 2003 sits on the LAN; a non-Exchange SMTP relay in the DMZ receives the "
                                     "Internet's mail and sends Exchange's outbound mail."),
        QT_TRANSLATE_NOOP("Lessons", "The mail server on the firewall host"),
        QT_TRANSLATE_NOOP(
            "Lessons", "When Exchange runs on the firewall host itself, the outer interface sees the mail server "
                       "directly and the inner one carries Active Directory. You learn which side needs which ports."),
        QT_TRANSLATE_NOOP(
            "Lessons",
            "Exchange 2003 runs on the firewall/proxy host; the domain controller and the clients stay on the LAN."),
        QT_TRANSLATE_NOOP("Lessons", "Which rules must the firewall between the Internet and the firewall host allow?"),
        QT_TRANSLATE_NOOP("Lessons", "Which rules must the firewall between the firewall host and the LAN allow?"),
        QT_TRANSLATE_NOOP("Lessons", "Exchange 2003 front-end and back-end servers"),
        QT_TRANSLATE_NOOP("Lessons",
                          "A front-end server in the DMZ needs much of Active Directory and the back-ends' ports "
                          "opened to it. You learn the cost of that design and where back-end servers belong."),
        QT_TRANSLATE_NOOP("Lessons", "A front-end server in the DMZ proxies Outlook Web Access, POP3, IMAP4, SMTP and "
                                     "RPC over HTTP to two back-end servers on the LAN."),
        QT_TRANSLATE_NOOP("Lessons", "Which ports does the front-end server listen on, and from which zones?"),
        QT_TRANSLATE_NOOP("Lessons", "Where does a third back-end server belong?"),
        QT_TRANSLATE_NOOP("Lessons", "Exchange 2010 with static RPC ports"),
        QT_TRANSLATE_NOOP("Lessons",
                          "Outlook reaches Exchange 2010 over RPC: the endpoint mapper on 135, then a port it is told. "
                          "You learn why fixing the RPC Client Access and Address Book ports lets the firewall open "
                          "TCP 135 and two ports instead of the whole dynamic range."),
        QT_TRANSLATE_NOOP("Lessons", "An internal firewall separates the Outlook clients' network from the server "
                                     "network. The CAS array uses the static ports 59532 and 59533."),
        QT_TRANSLATE_NOOP("Lessons",
                          "Which rules must the firewall between the clients' network and the server network allow?"),
        QT_TRANSLATE_NOOP("Lessons", "Which ports does the Client Access server listen on, and from which zones?"),
        QT_TRANSLATE_NOOP("Lessons", "Exchange 2016 published through a reverse proxy"),
        QT_TRANSLATE_NOOP(
            "Lessons",
            "A reverse proxy in the DMZ publishes the web services, so HTTPS crosses both firewalls while SMTP goes "
            "straight to the Mailbox servers. You learn what a reverse proxy changes in the rules."),
        QT_TRANSLATE_NOOP("Lessons",
                          "Two Exchange 2016 Mailbox servers are on the LAN; a reverse proxy in the DMZ publishes "
                          "Outlook on the web, ActiveSync, EWS, Autodiscover and Outlook Anywhere."),
        QT_TRANSLATE_NOOP("Lessons", "Which rules must the firewall between the Internet and the LAN allow?"),
        QT_TRANSLATE_NOOP("Lessons", "Exchange 2019 with an Edge Transport server"),
        QT_TRANSLATE_NOOP("Lessons", "The Edge Transport server takes the Internet's mail in the perimeter network and "
                                     "learns recipients through EdgeSync. You learn the two ports the inner firewall "
                                     "needs and why Mailbox servers never go into the DMZ."),
        QT_TRANSLATE_NOOP("Lessons", "A subscribed Edge Transport server sits in the perimeter network; two Mailbox "
                                     "servers and a domain controller are on the LAN."),
        QT_TRANSLATE_NOOP("Lessons", "Which ports does the Edge Transport server listen on, and from which zones?"),
        QT_TRANSLATE_NOOP("Lessons", "Where does a third Mailbox server belong?"),
        QT_TRANSLATE_NOOP("Lessons", "Exchange 2019 hybrid with Exchange Online"),
        QT_TRANSLATE_NOOP(
            "Lessons",
            "In a hybrid deployment Exchange Online calls the on-premises servers for mail, free/busy and mailbox "
            "moves. You learn which ports the cloud needs and that the domain controller stays inside."),
        QT_TRANSLATE_NOOP("Lessons",
                          "An Exchange 2019 Mailbox server on the LAN is in a hybrid deployment with Exchange Online."),
        QT_TRANSLATE_NOOP("Lessons", "Which rules must the firewall between Exchange Online and the LAN allow?"),
        QT_TRANSLATE_NOOP("Lessons", "Where does a second domain controller belong?"),
        QT_TRANSLATE_NOOP("Lessons", "An Exchange 2019 DAG across sites"),
        QT_TRANSLATE_NOOP("Lessons", "A database availability group stretched over two sites replicates, seeds and "
                                     "fails over between them, and Microsoft does not support filtering between its "
                                     "members. You learn how much crosses a site link and what the witness needs."),
        QT_TRANSLATE_NOOP("Lessons", "Each site holds a Mailbox server of the same DAG and a domain controller; the "
                                     "file share witness is in a third site."),
        QT_TRANSLATE_NOOP("Lessons", "Which rules must the link between site A and site B allow?"),
        QT_TRANSLATE_NOOP("Lessons", "Which ports does the file share witness listen on, and from which zones?"),
        QT_TRANSLATE_NOOP("Lessons", "Exchange 2019 DAG across two sites"),
        QT_TRANSLATE_NOOP("Lessons", "A database availability group with one Mailbox server in each of two sites and "
                                     "the file share witness in a third."),
    };
    static const QStringList list = [] {
        QStringList result;
        for (const char* text : texts)
            result.append(QString::fromUtf8(text));
        return result;
    }();
    return list;
}
