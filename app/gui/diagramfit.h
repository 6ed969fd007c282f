#pragma once

#include <QObject>
#include <QPoint>
#include <QTransform>

class QGraphicsView;

// The diagram fitted to what its view shows: the whole deployment at the largest scale up to 100 %, never below 70 %
// (smaller text is not read; the diagram then scrolls from its top left). The fit follows the view's real size: the
// window's first show, when the docks take their restored or first-start sizes, and every later resize, until the user
// zooms or pans by hand; from then on the view is theirs until the next deployment opens.
class DiagramFit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramFit)

public:
    DiagramFit(QGraphicsView* view, QObject* parent);

    // Fits now and follows the view's size again: for a newly opened deployment, once its scene is built.
    void follow();
    // Whether the next change of the view's size fits the diagram again.
    bool following() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fit();
    QPoint scrollPosition() const;

    QGraphicsView* m_view;
    QTransform m_fitted;    // the zoom this part set last; another one was the user's
    QPoint m_pressedScroll; // where the view was scrolled when a mouse button went down on it
    bool m_following = true;
};
