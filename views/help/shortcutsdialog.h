#pragma once

#include <QDialog>

class QAction;

// Help → Keyboard Shortcuts: every action of the window that has a shortcut, read from the actions themselves so that
// the list cannot drift from the menus. Grouped by menu; actions outside the menus (toolbars, panels) come last.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    // window: whose actions to list; also the dialog's parent.
    explicit ShortcutsDialog(QWidget* window);

    // "Save As" for "Save &As…": the text a list shows.
    static QString plainText(const QAction* action);
};
