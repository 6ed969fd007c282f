#include "views/help/helpmenu.h"

#include "views/help/aboutdialog.h"
#include "views/help/gettingstarteddialog.h"
#include "views/help/shortcutsdialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

HelpMenu* HelpMenu::install(QMainWindow* window)
{
    return new HelpMenu(window);
}

HelpMenu::HelpMenu(QMainWindow* window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("helpMenu"));
    QMenu* menu = window->menuBar()->addMenu(tr("&Help"));
    menu->setObjectName(QStringLiteral("menuHelp"));
    QAction* guide =
        menu->addAction(tr("&Getting Started"), this, [this] { show<GettingStartedDialog>(m_gettingStarted); });
    guide->setObjectName(QStringLiteral("actionGettingStarted"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* shortcuts =
        menu->addAction(tr("&Keyboard Shortcuts"), this, [this] { show<ShortcutsDialog>(m_shortcuts); });
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    menu->addSeparator();
    QAction* about = menu->addAction(tr("&About Portolan"), this, [this] { show<AboutDialog>(m_about); });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

template <typename Dialog> void HelpMenu::show(QPointer<QDialog>& slot)
{
    if (!slot) {
        slot = new Dialog(m_window);
        slot->setAttribute(Qt::WA_DeleteOnClose);
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
}
