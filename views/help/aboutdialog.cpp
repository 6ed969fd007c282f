#include "views/help/aboutdialog.h"

#include "model/portolanversion.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Portolan"));
    auto* title = new QLabel(tr("<h2>Portolan %1</h2>").arg(portolanVersion()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto* text = new QLabel(
        tr("<p>Plans, draws and checks the network ports of Exchange deployments: the flows each role needs, the "
           "ports to open on every firewall, and live probes that show which ones are.</p>"
           "<p>Built with Qt %1, running on Qt %2.</p>"
           "<p>Uses Qt under the GNU LGPL version 3 and QCustomPlot under the GNU GPL version 3.</p>")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQt"));
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(440, 280);
}
