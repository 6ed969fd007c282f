#include "views/probing/probedashboard.h"

#include "views/probing/probestatestyle.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {
constexpr int ReplotMs = 250;
constexpr int HistogramBins = 20;

// Distinct line colours for the latency series (Okabe–Ito, then darker variants).
QColor seriesColour(int index)
{
    static const QColor colours[] = {{0x00, 0x72, 0xb2}, {0xd5, 0x5e, 0x00}, {0x00, 0x9e, 0x73}, {0xcc, 0x79, 0xa7},
                                     {0xe6, 0x9f, 0x00}, {0x56, 0xb4, 0xe9}, {0x00, 0x00, 0x00}};
    const int count = int(std::size(colours));
    return index < count ? colours[index] : colours[index % count].darker(150);
}
// The legend in a row below the axes, where it hides no data and never runs off the side: a few entries per line.
void placeLegendBelow(QCustomPlot* plot, int perLine)
{
    QFont small = plot->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    plot->legend->setVisible(true);
    plot->legend->setFont(small);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(perLine);
    plot->axisRect()->insetLayout()->take(plot->legend);
    plot->plotLayout()->addElement(2, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(2, 0.001);
}
} // namespace

ProbeDashboard::ProbeDashboard(QWidget* parent)
    : QWidget(parent)
    , m_latency(makePlot(QStringLiteral("latencyPlot"), tr("Connect latency")))
    , m_states(makePlot(QStringLiteral("statesPlot"), tr("States per run")))
    , m_histogram(makePlot(QStringLiteral("histogramPlot"), tr("Latency, latest run")))
    , m_histogramBars(new QCPBars(m_histogram->xAxis, m_histogram->yAxis))
    , m_changes(new QListWidget(this))
    , m_replotTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("probeDashboard"));

    auto dateTicker = QSharedPointer<QCPAxisTickerDateTime>::create();
    dateTicker->setDateTimeFormat(QStringLiteral("hh:mm:ss"));
    m_latency->xAxis->setTicker(dateTicker);
    m_latency->xAxis->setLabel(tr("time"));
    m_latency->yAxis->setLabel(tr("ms"));
    placeLegendBelow(m_latency, 3);

    // One bar layer per state, stacked in legend order.
    QCPBars* below = nullptr;
    for (const ProbeState state : probeStatesInOrder()) {
        auto* bars = new QCPBars(m_states->xAxis, m_states->yAxis);
        bars->setName(probeStateName(state));
        bars->setPen(Qt::NoPen);
        bars->setBrush(probeStateColour(state));
        bars->setWidth(0.7);
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_stateBars.insert(state, bars);
    }
    m_states->xAxis->setLabel(tr("run"));
    m_states->xAxis->setTickLabelRotation(-35);
    m_states->yAxis->setLabel(tr("ports"));
    placeLegendBelow(m_states, 4);

    m_histogramBars->setName(tr("open ports"));
    m_histogramBars->setPen(Qt::NoPen);
    m_histogramBars->setBrush(probeStateColour(ProbeState::Open));
    m_histogram->xAxis->setLabel(tr("connect latency (ms)"));
    m_histogram->yAxis->setLabel(tr("ports"));

    m_changes->setObjectName(QStringLiteral("probeChanges"));
    m_changes->setMinimumWidth(220);
    m_changes->setWordWrap(true);
    m_changes->addItem(tr("No port has changed state yet."));
    m_changes->item(0)->setFlags(Qt::NoItemFlags);
    auto* changesTitle = new QLabel(tr("Changes between runs"), this);
    QFont bold = font();
    bold.setBold(true);
    changesTitle->setFont(bold);
    auto* changes = new QVBoxLayout;
    changes->addWidget(changesTitle);
    changes->addWidget(m_changes);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_latency, 2);
    layout->addWidget(m_states, 1);
    layout->addWidget(m_histogram, 1);
    layout->addLayout(changes, 1);

    m_replotTimer->setSingleShot(true);
    m_replotTimer->setInterval(ReplotMs);
    connect(m_replotTimer, &QTimer::timeout, this, &ProbeDashboard::replot);
    replot();
}

ProbeDashboard::~ProbeDashboard() = default;

QCustomPlot* ProbeDashboard::makePlot(const QString& objectName, const QString& title)
{
    auto* plot = new QCustomPlot(this);
    plot->setObjectName(objectName);
    plot->setMinimumSize(240, 180);
    plot->plotLayout()->insertRow(0);
    QFont bold = font();
    bold.setBold(true);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, bold));
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot, &QWidget::customContextMenuRequested, this, [this, plot] { offerSaving(plot); });
    return plot;
}

QCustomPlot* ProbeDashboard::plot(Plot which) const
{
    switch (which) {
    case Plot::Latency:
        return m_latency;
    case Plot::States:
        return m_states;
    case Plot::Histogram:
        break;
    }
    return m_histogram;
}

void ProbeDashboard::beginRun(const QDateTime& started)
{
    m_runs.append({started, {}, {}});
    while (m_runs.size() > MaxRuns)
        m_runs.removeFirst();
    replotSoon();
}

QCPGraph* ProbeDashboard::seriesFor(const QString& label)
{
    if (QCPGraph* graph = m_series.value(label))
        return graph;
    if (m_series.size() >= MaxSeries) {
        if (!m_otherSeries) {
            m_otherSeries = m_latency->addGraph();
            m_otherSeries->setName(tr("other ports"));
            m_otherSeries->setLineStyle(QCPGraph::lsNone);
            m_otherSeries->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0x99, 0x99, 0x99), 3));
        }
        return m_otherSeries;
    }
    QCPGraph* graph = m_latency->addGraph();
    graph->setName(label);
    const QColor colour = seriesColour(int(m_series.size()));
    graph->setPen(QPen(colour, 1.5));
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, 4));
    m_series.insert(label, graph);
    return graph;
}

void ProbeDashboard::addResult(const QString& label, const ProbeResult& result)
{
    if (m_runs.isEmpty())
        beginRun(result.time.isValid() ? result.time : QDateTime::currentDateTimeUtc());
    const auto last = m_lastStates.constFind(label);
    if (last != m_lastStates.cend() && *last != result.state) {
        if (m_changes->count() == 1 && m_changes->item(0)->flags() == Qt::NoItemFlags)
            delete m_changes->takeItem(0);
        const QDateTime when = result.time.isValid() ? result.time : QDateTime::currentDateTimeUtc();
        auto* item = new QListWidgetItem(tr("%1  %2: %3 → %4")
                                             .arg(QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat),
                                                  label, probeStateName(*last), probeStateName(result.state)));
        QPixmap swatch(10, 10);
        swatch.fill(probeStateColour(result.state));
        item->setIcon(QIcon(swatch));
        item->setToolTip(QLocale().toString(when.toLocalTime(), QLocale::LongFormat));
        m_changes->insertItem(0, item);
        while (m_changes->count() > MaxChanges)
            delete m_changes->takeItem(m_changes->count() - 1);
    }
    m_lastStates.insert(label, result.state);
    Run& run = m_runs.last();
    ++run.counts[result.state];
    if (result.state == ProbeState::Open && result.latencyMs >= 0) {
        run.latencies.append(result.latencyMs);
        const QDateTime when = result.time.isValid() ? result.time : QDateTime::currentDateTimeUtc();
        seriesFor(label)->addData(double(when.toMSecsSinceEpoch()) / 1000.0, result.latencyMs);
    }
    replotSoon();
}

QStringList ProbeDashboard::changes() const
{
    QStringList lines;
    for (int i = 0; i < m_changes->count(); ++i) {
        if (m_changes->item(i)->flags() != Qt::NoItemFlags)
            lines.append(m_changes->item(i)->text());
    }
    return lines;
}

void ProbeDashboard::clear()
{
    m_lastStates.clear();
    m_changes->clear();
    m_latency->clearGraphs();
    m_series.clear();
    m_otherSeries = nullptr;
    m_runs.clear();
    replot();
}

void ProbeDashboard::replotSoon()
{
    if (!m_replotTimer->isActive())
        m_replotTimer->start();
}

void ProbeDashboard::replot()
{
    m_latency->rescaleAxes();
    if (m_latency->graphCount() == 0)
        m_latency->xAxis->setRange(QDateTime::currentSecsSinceEpoch() - 60, QDateTime::currentSecsSinceEpoch());
    // From zero to a little above the slowest connect, so that fast ports are not drawn on the axis.
    double slowest = 0;
    for (int i = 0; i < m_latency->graphCount(); ++i) {
        bool found = false;
        const QCPRange values = m_latency->graph(i)->getValueRange(found);
        if (found)
            slowest = qMax(slowest, values.upper);
    }
    m_latency->yAxis->setRange(0, slowest > 0 ? slowest * 1.25 : 1.0);
    refillStates();
    refillHistogram();
    for (QCustomPlot* plot : {m_latency, m_states, m_histogram})
        plot->replot(QCustomPlot::rpQueuedReplot);
}

void ProbeDashboard::refillStates()
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    int highest = 0;
    for (auto it = m_stateBars.begin(); it != m_stateBars.end(); ++it) {
        QVector<double> keys;
        QVector<double> values;
        for (int i = 0; i < m_runs.size(); ++i) {
            keys.append(i + 1);
            values.append(m_runs.at(i).counts.value(it.key()));
        }
        it.value()->setData(keys, values, true);
        // The legend names only the states that occur.
        if (std::any_of(values.begin(), values.end(), [](double v) { return v > 0; }))
            it.value()->addToLegend();
        else
            it.value()->removeFromLegend();
    }
    const int labelEvery = qMax(1, int(m_runs.size() + 5) / 6); // at most six time labels
    for (int i = 0; i < m_runs.size(); ++i) {
        int total = 0;
        for (const int count : m_runs.at(i).counts)
            total += count;
        highest = qMax(highest, total);
        if (i % labelEvery == 0)
            ticker->addTick(i + 1, m_runs.at(i).started.toLocalTime().toString(QStringLiteral("hh:mm:ss")));
    }
    m_states->xAxis->setTicker(ticker);
    m_states->xAxis->setRange(0.3, qMax<int>(int(m_runs.size()), 3) + 0.7);
    m_states->yAxis->setRange(0, qMax(highest, 1) * 1.15);
}

// Bins of a round width (1, 2 or 5 × 10^n ms) so that the axis reads naturally.
void ProbeDashboard::refillHistogram()
{
    const QList<double> latencies = m_runs.isEmpty() ? QList<double>() : m_runs.last().latencies;
    const double highest = latencies.isEmpty() ? 1.0 : *std::max_element(latencies.begin(), latencies.end());
    const double raw = qMax(highest, 0.001) * 1.05 / HistogramBins; // the highest latency falls in the last bin
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double width = magnitude;
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        width = step * magnitude;
        if (width >= raw)
            break;
    }
    QVector<double> keys;
    QVector<double> counts;
    for (int bin = 0; bin < HistogramBins; ++bin) {
        keys.append((bin + 0.5) * width);
        counts.append(0);
    }
    for (const double latency : latencies)
        counts[qMin(HistogramBins - 1, int(latency / width))] += 1;
    m_histogramBars->setWidth(width * 0.9);
    m_histogramBars->setData(keys, counts, true);
    m_histogram->xAxis->setRange(0, HistogramBins * width);
    m_histogram->yAxis->setRange(0, qMax(1.0, *std::max_element(counts.begin(), counts.end())) * 1.15);
}

bool ProbeDashboard::savePlot(Plot which, const QString& path, QString* error)
{
    replot();
    QCustomPlot* chosen = plot(which);
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool saved = false;
    if (suffix == u"png")
        saved = chosen->savePng(path, 0, 0, 2.0);
    else if (suffix == u"pdf")
        saved = chosen->savePdf(path);
    else if (error)
        *error = tr("Plots are saved as .png or .pdf, not \"%1\".").arg(QFileInfo(path).fileName());
    if (!saved && error && error->isEmpty())
        *error = tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path));
    return saved;
}

void ProbeDashboard::offerSaving(QCustomPlot* plot)
{
    const Plot which = plot == m_latency ? Plot::Latency : plot == m_states ? Plot::States : Plot::Histogram;
    QMenu menu(this);
    menu.addAction(tr("Save Plot as PNG or PDF…"), this, [this, which] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save plot"), {}, tr("PNG image (*.png);;PDF document (*.pdf)"));
        if (!path.isEmpty())
            savePlot(which, path);
    });
    menu.exec(QCursor::pos());
}
