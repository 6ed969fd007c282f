#pragma once

#include <QObject>
#include <QPointer>

class QDialog;
class QMainWindow;

// The window's Help menu (menuHelp): Getting Started, Keyboard Shortcuts and About Portolan. Each opens a window of
// its own that does not block the diagram; choosing it again while open brings it to the front.
class HelpMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpMenu)

public:
    // Adds the menu at the end of the window's menu bar; the window owns it.
    static HelpMenu* install(QMainWindow* window);

private:
    explicit HelpMenu(QMainWindow* window);
    // Shows the dialog in slot, making it first if it is not open.
    template <typename Dialog> void show(QPointer<QDialog>& slot);

    QMainWindow* m_window;
    QPointer<QDialog> m_gettingStarted;
    QPointer<QDialog> m_shortcuts;
    QPointer<QDialog> m_about;
};
