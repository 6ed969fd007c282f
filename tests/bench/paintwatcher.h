#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QObject>
#include <QWidget>

// Notes the paint events of the widget it watches, so that a benchmark can run the event loop until the widget has
// painted what a change made it repaint.
class PaintWatcher final : public QObject
{
public:
    explicit PaintWatcher(QWidget* widget) { widget->installEventFilter(this); }

    bool painted() const { return m_painted; }
    void reset() { m_painted = false; }
    // Runs the event loop until the next paint (true) or until the deadline passes (false).
    bool waitForPaint(int milliseconds = 10000)
    {
        const QDeadlineTimer deadline(milliseconds);
        while (!m_painted && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        return m_painted;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted = true;
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};
