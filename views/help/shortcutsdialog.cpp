#include "views/help/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString shortcutText(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

// The menu's actions with a shortcut, its submenus' too, in menu order.
void collect(const QMenu* menu, QList<QAction*>* actions)
{
    for (QAction* action : menu->actions()) {
        if (action->menu())
            collect(action->menu(), actions);
        else if (!action->shortcuts().isEmpty())
            actions->append(action);
    }
}
} // namespace

QString ShortcutsDialog::plainText(const QAction* action)
{
    // "&&" is a literal ampersand, a single one marks the mnemonic.
    const QString text = action->text().remove(u'…');
    QString plain;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && ++i == text.size())
            break;
        plain.append(text.at(i));
    }
    return plain.trimmed();
}

ShortcutsDialog::ShortcutsDialog(QWidget* window)
    : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcutsTree"));
    tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    tree->setRootIsDecorated(false);
    tree->setSelectionMode(QAbstractItemView::NoSelection);

    QSet<const QAction*> listed;
    const auto addGroup = [&](const QString& title, const QList<QAction*>& actions) {
        QTreeWidgetItem* group = nullptr;
        for (const QAction* action : actions) {
            if (listed.contains(action) || action->text().isEmpty())
                continue;
            listed.insert(action);
            if (!group) {
                group = new QTreeWidgetItem(tree, {title});
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
                group->setFirstColumnSpanned(true);
            }
            new QTreeWidgetItem(group, {plainText(action), shortcutText(action)});
        }
    };
    if (const auto* main = qobject_cast<QMainWindow*>(window)) {
        for (const QAction* menuAction : main->menuBar()->actions()) {
            if (!menuAction->menu())
                continue;
            QList<QAction*> actions;
            collect(menuAction->menu(), &actions);
            addGroup(plainText(menuAction), actions);
        }
    }
    QList<QAction*> others;
    for (QAction* action : window->findChildren<QAction*>()) {
        if (!action->shortcuts().isEmpty())
            others.append(action);
    }
    addGroup(tr("Elsewhere"), others);
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(440, 520);
}
