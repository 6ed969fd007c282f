#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <functional>

// Answers the modal dialogs and popup menus that an action opens, in order, as they appear: each step gets the widget
// and says whether it was the one it expected. Any other dialog, or one after the last step, is closed, so that a
// test fails instead of waiting forever. A step may open the next dialog itself (a menu entry opening a file dialog),
// so a step leaves the queue before it runs.
class DialogAnswers final : public QObject
{
    Q_DISABLE_COPY_MOVE(DialogAnswers)

public:
    using Step = std::function<bool(QWidget*)>;

    // Runs act with these answers ready; returns what went wrong, or an empty string.
    static QString run(const std::function<void()>& act, QList<Step> steps)
    {
        DialogAnswers answers(std::move(steps));
        act();
        QStringList problems = answers.m_unexpected;
        if (!answers.m_steps.isEmpty())
            problems.append(QStringLiteral("%1 expected dialog(s) did not come").arg(answers.m_steps.size()));
        return problems.join(QStringLiteral("; "));
    }

    static Step saveAs(const QString& path, const QString& nameFilter = {}, QString* offered = nullptr)
    {
        return [=](QWidget* widget) {
            auto* dialog = qobject_cast<QFileDialog*>(widget);
            if (!dialog)
                return false;
            if (offered)
                *offered = dialog->selectedFiles().value(0);
            if (!nameFilter.isEmpty())
                dialog->selectNameFilter(nameFilter);
            // Typed into the line edit as a user would: selectFile() leaves it alone while it has the focus.
            if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
                name->setText(path);
            else
                dialog->selectFile(path);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() checks the name, as the Save button does
            return true;
        };
    }
    // picture: where to save a picture of the message box (PORTOLAN_*_PNG variables), or empty.
    static Step clickButton(const QString& buttonName, QString* text = nullptr, const QString& picture = {})
    {
        return [=](QWidget* widget) {
            auto* box = qobject_cast<QMessageBox*>(widget);
            if (!box)
                return false;
            if (!picture.isEmpty())
                box->grab().save(picture);
            if (text)
                *text = box->text() + u'\n' + box->informativeText();
            auto* button = box->findChild<QAbstractButton*>(buttonName);
            if (button)
                button->click();
            else
                box->reject(); // the button is missing: end the dialog so that the test fails rather than hangs
            return true;
        };
    }
    // Any other dialog (a print preview, a print dialog): look is handed the dialog, which is then closed.
    template <typename Dialog> static Step inspect(const std::function<void(Dialog*)>& look)
    {
        return [=](QWidget* widget) {
            auto* dialog = qobject_cast<Dialog*>(widget);
            if (!dialog)
                return false;
            look(dialog);
            dialog->reject();
            return true;
        };
    }
    static Step acceptMessage(QString* text)
    {
        return [=](QWidget* widget) {
            auto* box = qobject_cast<QMessageBox*>(widget);
            if (!box)
                return false;
            *text = box->text();
            box->accept();
            return true;
        };
    }
    static Step chooseMenuEntry(const QString& actionName, QStringList* entries = nullptr, const QString& picture = {})
    {
        return [=](QWidget* widget) {
            auto* menu = qobject_cast<QMenu*>(widget);
            if (!menu)
                return false;
            if (!picture.isEmpty())
                menu->grab().save(picture);
            if (entries) {
                for (QAction* action : menu->actions())
                    entries->append(action->text());
            }
            QAction* action = menu->findChild<QAction*>(actionName);
            if (!action || !action->isEnabled()) {
                menu->close();
                return true;
            }
            // Clicked from a timer of its own: the entry may open a dialog, and Qt fires no timer again while its
            // slot still runs, so the poll must not be the one waiting in that dialog.
            QTimer::singleShot(0, menu, [menu, action] {
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            });
            return true;
        };
    }

private:
    explicit DialogAnswers(QList<Step> steps)
        : m_steps(std::move(steps))
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &DialogAnswers::poll);
        m_timer.start();
    }

    void poll()
    {
        QWidget* widget = QApplication::activePopupWidget();
        if (!widget)
            widget = QApplication::activeModalWidget();
        if (!widget || !widget->isVisible())
            return;
        if (!m_steps.isEmpty()) {
            const Step step = m_steps.takeFirst();
            if (step(widget))
                return;
            m_steps.prepend(step);
        }
        const auto* box = qobject_cast<QMessageBox*>(widget);
        m_unexpected.append(
            QStringLiteral("unexpected %1 %2")
                .arg(QString::fromLatin1(widget->metaObject()->className()), box ? box->text() : QString()));
        if (auto* dialog = qobject_cast<QDialog*>(widget))
            dialog->reject();
        else
            widget->close();
    }

    QList<Step> m_steps;
    QStringList m_unexpected;
    QTimer m_timer;
};
