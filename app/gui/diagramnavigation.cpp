#include "app/gui/diagramnavigation.h"

#include "model/deployment.h"
#include "views/diagram/topologyscene.h"
#include "views/inspector/inspectorpanel.h"
#include "views/panels/matrixpanel.h"

#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QGraphicsView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QStringListModel>
#include <QToolBar>
#include <QWheelEvent>

#include <cmath>

namespace {
constexpr qreal kZoomPerDegree = 1.0015; // a wheel notch (15°, 120 units) zooms by about 20 %
constexpr qreal kMinScale = 0.05;
constexpr qreal kMaxScale = 4;
constexpr qreal kFrameMargin = 40;
} // namespace

DiagramNavigation::DiagramNavigation(Deployment* document, TopologyScene* scene, QGraphicsView* view,
                                     InspectorPanel* inspector, MatrixPanel* matrix, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_scene(scene)
    , m_view(view)
    , m_inspector(inspector)
    , m_matrix(matrix)
    , m_findField(new QLineEdit)
    , m_find(new QAction(tr("&Find Server…"), this))
    , m_zoomToSelection(new QAction(tr("Zoom to &Selection"), this))
{
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    m_findField->setObjectName(QStringLiteral("findServer"));
    m_findField->setPlaceholderText(tr("Find server"));
    m_findField->setClearButtonEnabled(true);
    m_findField->setMaximumWidth(180);
    m_findField->setToolTip(tr("A server's name or part of it; Enter selects and shows the servers that match"));
    // The completion's names are read when the field takes the focus, not after every edit of a large document.
    auto* completer = new QCompleter(new QStringListModel(this), m_findField);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_findField->setCompleter(completer);
    m_findField->installEventFilter(this);
    connect(m_findField, &QLineEdit::returnPressed, this, [this] {
        if (!find(m_findField->text()))
            m_findField->selectAll();
    });

    m_find->setObjectName(QStringLiteral("actionFind"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        QWidget* focus = QApplication::focusWidget();
        if (focus && m_matrix->isAncestorOf(focus)) {
            m_matrix->focusFilter();
            return;
        }
        m_findField->setFocus(Qt::ShortcutFocusReason);
        m_findField->selectAll();
    });
    m_zoomToSelection->setObjectName(QStringLiteral("actionZoomToSelection"));
    m_zoomToSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_zoomToSelection, &QAction::triggered, this, &DiagramNavigation::zoomToSelection);
    const auto updateZoom = [this] {
        m_zoomToSelection->setEnabled(!m_scene->selectedServerIds().isEmpty());
    };
    connect(m_scene, &QGraphicsScene::selectionChanged, this, updateZoom);
    updateZoom();
}

void DiagramNavigation::addTo(QMenu* viewMenu, QToolBar* toolBar)
{
    const QList<QAction*> actions = viewMenu->actions();
    QAction* before = actions.size() > 3 ? actions.at(3) : nullptr; // after Zoom In, Zoom Out and Fit
    viewMenu->insertActions(before, {m_zoomToSelection, m_find});
    toolBar->addWidget(m_findField);
}

bool DiagramNavigation::find(const QString& text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    QStringList matches;
    for (const Server& server : m_document->servers()) {
        if (server.name.contains(wanted, Qt::CaseInsensitive) || server.id.contains(wanted, Qt::CaseInsensitive))
            matches.append(server.id);
    }
    if (matches.isEmpty())
        return false;
    m_scene->selectServers(matches);
    zoomToSelection();
    m_inspector->showServer(matches.constFirst());
    return true;
}

// The selected cards framed with a margin, never closer than 100 % (one card would fill the view).
void DiagramNavigation::zoomToSelection()
{
    const QRectF selection = m_scene->itemsRect(m_scene->selectedServerIds());
    if (selection.isEmpty())
        return;
    const QRectF framed = selection.adjusted(-kFrameMargin, -kFrameMargin, kFrameMargin, kFrameMargin);
    m_view->fitInView(framed, Qt::KeepAspectRatio);
    if (m_view->transform().m11() > 1)
        m_view->setTransform(QTransform());
    m_view->centerOn(selection.center());
}

bool DiagramNavigation::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_findField && event->type() == QEvent::FocusIn) {
        QStringList names;
        names.reserve(m_document->servers().size());
        for (const Server& server : m_document->servers())
            names.append(server.name);
        static_cast<QStringListModel*>(m_findField->completer()->model())->setStringList(names);
        return false;
    }
    // The diagram shows that it has the keyboard (its arrow keys move between cards and zones).
    if (watched == m_view && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        m_view->setStyleSheet(event->type() == QEvent::FocusIn
                                  ? QStringLiteral("QGraphicsView { border: 2px solid palette(highlight); }")
                                  : QString());
        return false;
    }
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ShiftModifier)
            return false; // the view scrolls sideways
        const qreal scale = m_view->transform().m11();
        const qreal factor =
            qBound(kMinScale, scale * std::pow(kZoomPerDegree, wheel->angleDelta().y()), kMaxScale) / scale;
        // The point under the cursor stays where it is.
        const QPointF before = m_view->mapToScene(wheel->position().toPoint());
        m_view->scale(factor, factor);
        const QPointF moved = m_view->mapFromScene(before) - wheel->position();
        m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->value() + int(std::lround(moved.x())));
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() + int(std::lround(moved.y())));
        return true;
    }
    return QObject::eventFilter(watched, event);
}
