#include "views/help/gettingstarteddialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

GettingStartedDialog::GettingStartedDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    setWindowTitle(tr("Getting Started"));
    const QStringList steps = {
        tr("<b>Start</b> from the deployment Portolan opens with, or choose one with File → New from Template. "
           "Each lane is a zone of the network: the Internet, a perimeter network, the LAN, a branch."),
        tr("<b>Drag a role</b> from the Roles palette on the left into a zone (or select the zone and press Enter "
           "on the role): a server card appears, and the arrows show the flows it needs. Right-click a lane to add, "
           "rename or remove zones; drag a lane by its header to move it."),
        tr("<b>Click to inspect</b>: a card, a lane, a firewall chip or an arrow shows its details in the Inspector "
           "and selects its rules in the Port matrix below the diagram."),
        tr("<b>Read the firewalls</b>: each chip on a firewall lists ports to open, “→” from the left lane to the "
           "right one and “←” the other way. View → Legend explains every symbol and colour."),
        tr("<b>Check</b> the Warnings under the Inspector: what Microsoft does not support and what needs your "
           "attention. Click a warning to select its servers; Ctrl+F finds a server by name."),
        tr("<b>Export</b> with the File menu: the diagram (PNG, SVG), the port matrix for the firewall team, "
           "or a PDF report with both."),
        tr("<b>Probe live</b>: give servers an address in the Inspector, choose the zone this machine is in on the "
           "Probe toolbar and press Probe Now (F5). The dots on the cards and the chip outlines take the colours of "
           "the results.")};
    QString html = QStringLiteral("<ol>");
    for (const QString& step : steps)
        html += QStringLiteral("<li style=\"margin-bottom: 6px\">") + step + QStringLiteral("</li>");
    html += QStringLiteral("</ol>");

    auto* text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("gettingStartedText"));
    text->setHtml(html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(560, 380);
}
