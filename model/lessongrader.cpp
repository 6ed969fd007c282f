#include "model/lessongrader.h"

#include <algorithm>

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include "model/catalogentry.h"
#include "model/catalogtexts.h"
#include "model/flowengine.h"
#include "model/matrixbuilder.h"
#include "model/portcatalog.h"
#include "model/portexposure.h"
#include "model/validator.h"
#include "probe/portspec.h"

namespace {

void appendUnique(QStringList& list, const QString& text)
{
    if (!text.isEmpty() && !list.contains(text))
        list.append(text);
}

// A needed rule: the matrix rows with the same zones, protocol and ports, their catalog entries together.
struct ExpectedRule
{
    QString from;
    QString to;
    Protocol protocol = Protocol::Tcp;
    PortRange ports;
    bool dynamicRpc = false;
    QList<const CatalogEntry*> entries;
};

// One line of the learner's, turned into zones: a server-ports line stands for one line per zone it names.
struct LearnerLine
{
    QString from;
    QString to;
    Protocol protocol = Protocol::Tcp;
    QString ports;
    int index = -1; // in the task's answer list
};

struct RuleKey
{
    QString from;
    QString to;
    Protocol protocol;

    friend bool operator==(const RuleKey& a, const RuleKey& b)
    {
        return a.from == b.from && a.to == b.to && a.protocol == b.protocol;
    }
};

size_t qHash(const RuleKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.from, key.to, int(key.protocol));
}

QString portsText(const PortSet& ports)
{
    QStringList parts;
    for (const PortSet::Run& run : ports.runs())
        parts.append(PortRange{run.first, run.last}.toString());
    return parts.join(u',');
}

QString protocolName(Protocol protocol)
{
    return protocolId(protocol).toUpper();
}

class TaskGrading
{
    Q_DECLARE_TR_FUNCTIONS(LessonGrader)

public:
    TaskGrading(const PortCatalog& catalog, const DeploymentData& deployment)
        : m_catalog(catalog)
        , m_deployment(deployment)
    {}

    // serverName: the server a server-ports task asks about, empty for a firewall-rules task.
    void gradeRules(const QList<ExpectedRule>& expected, const QList<LearnerLine>& lines, const QString& serverName,
                    TaskGrade* grade) const;

private:
    PortSet learnerPorts(const LearnerLine& line, const QList<ExpectedRule>& expected) const;
    PortSet dynamicRangeInto(const QString& zone) const;
    GradedRule extraRule(const RuleKey& key, const PortSet::Run& run, const QList<LearnerLine>& lines,
                         const QList<PortSet>& lineSets, const QString& serverName) const;
    QString zoneName(const QString& id) const
    {
        const Zone* zone = m_deployment.zone(id);
        return zone && !zone->name.isEmpty() ? zone->name : id;
    }

    const PortCatalog& m_catalog;
    const DeploymentData& m_deployment;
};

// "dynamic" is the range of the needed dynamic RPC rules between the same zones; where none is needed, the range the
// destination zone's servers would use.
PortSet TaskGrading::learnerPorts(const LearnerLine& line, const QList<ExpectedRule>& expected) const
{
    PortSet set;
    const QStringList parts = line.ports.split(u',');
    for (const QString& part : parts) {
        if (part.trimmed() == LessonAnswers::dynamicKeyword()) {
            bool found = false;
            for (const ExpectedRule& rule : expected) {
                if (rule.dynamicRpc && rule.from == line.from && rule.to == line.to && rule.protocol == line.protocol) {
                    set.insert(rule.ports.first, rule.ports.last);
                    found = true;
                }
            }
            if (!found)
                set.unite(dynamicRangeInto(line.to));
            continue;
        }
        if (const auto range = PortRange::parse(part.trimmed()))
            set.insert(range->first, range->last);
    }
    return set;
}

PortSet TaskGrading::dynamicRangeInto(const QString& zone) const
{
    PortSet set;
    for (const Server& server : m_deployment.servers) {
        if (server.zone != zone)
            continue;
        for (const QString& role : server.roles) {
            if (!m_catalog.listensOnDynamicRpc(role))
                continue;
            const PortRange range =
                server.dynamicRpcRange ? *server.dynamicRpcRange
                : m_deployment.options.dynamicRpcRange
                    ? *m_deployment.options.dynamicRpcRange
                    : m_catalog.dynamicRpcDefault(m_deployment.effectiveVersion(server), role).range;
            set.insert(range.first, range.last);
        }
    }
    if (set.isEmpty()) {
        const PortRange range = m_deployment.options.dynamicRpcRange
                                    ? *m_deployment.options.dynamicRpcRange
                                    : m_catalog.dynamicRpcDefault(m_deployment.exchangeVersion, QString()).range;
        set.insert(range.first, range.last);
    }
    return set;
}

void TaskGrading::gradeRules(const QList<ExpectedRule>& expected, const QList<LearnerLine>& lines,
                             const QString& serverName, TaskGrade* grade) const
{
    QList<PortSet> lineSets;
    QHash<RuleKey, PortSet> learner;
    QList<RuleKey> keys; // the learner's keys in answer order
    for (const LearnerLine& line : lines) {
        lineSets.append(learnerPorts(line, expected));
        const RuleKey key{line.from, line.to, line.protocol};
        if (!learner.contains(key))
            keys.append(key);
        learner[key].unite(lineSets.constLast());
    }

    QHash<RuleKey, PortSet> needed;
    QList<GradedRule> missing;
    for (const ExpectedRule& rule : expected) {
        const RuleKey key{rule.from, rule.to, rule.protocol};
        PortSet ports;
        ports.insert(rule.ports.first, rule.ports.last);
        needed[key].unite(ports);
        ports.subtract(learner.value(key));
        GradedRule graded;
        graded.verdict = ports.isEmpty() ? GradedRule::Verdict::Correct : GradedRule::Verdict::Missing;
        graded.from = rule.from;
        graded.to = rule.to;
        graded.protocol = rule.protocol;
        graded.ports = ports.isEmpty() ? rule.ports.toString() : portsText(ports);
        graded.dynamicRpc = rule.dynamicRpc;
        QStringList purposes;
        QStringList ifBlocked;
        const CatalogTexts& texts = CatalogTexts::user();
        for (const CatalogEntry* entry : rule.entries) {
            const QString service = texts.service(*entry);
            appendUnique(graded.services, service);
            const QString prefix = rule.entries.size() > 1 ? service + QStringLiteral(": ") : QString();
            appendUnique(purposes, prefix + texts.purpose(*entry));
            appendUnique(ifBlocked, prefix + texts.ifBlocked(*entry));
        }
        graded.reason = purposes.join(u'\n');
        if (graded.verdict == GradedRule::Verdict::Missing) {
            graded.ifBlocked = ifBlocked.join(u'\n');
            missing.append(graded);
        } else {
            ++grade->correct;
            grade->rules.append(graded);
        }
    }
    grade->expected += int(expected.size());
    grade->rules += missing;

    for (const RuleKey& key : std::as_const(keys)) {
        PortSet extra = learner.value(key);
        extra.subtract(needed.value(key));
        if (extra.isEmpty())
            continue;
        for (const PortSet::Run& run : extra.runs()) {
            grade->rules.append(extraRule(key, run, lines, lineSets, serverName));
            ++grade->extra;
        }
    }
}

GradedRule TaskGrading::extraRule(const RuleKey& key, const PortSet::Run& run, const QList<LearnerLine>& lines,
                                  const QList<PortSet>& lineSets, const QString& serverName) const
{
    GradedRule graded;
    graded.verdict = GradedRule::Verdict::Extra;
    graded.from = key.from;
    graded.to = key.to;
    graded.protocol = key.protocol;
    graded.ports = PortRange{run.first, run.last}.toString();
    for (int i = 0; i < lines.size(); ++i) {
        const LearnerLine& line = lines.at(i);
        if (line.from != key.from || line.to != key.to || line.protocol != key.protocol)
            continue;
        const QList<PortSet::Run> runs = lineSets.at(i).runs();
        const bool touches = std::any_of(runs.cbegin(), runs.cend(), [&](const PortSet::Run& r) {
            return r.first <= run.last && r.last >= run.first;
        });
        if (touches && !graded.answerLines.contains(line.index))
            graded.answerLines.append(line.index);
    }
    const PortSet dynamic = dynamicRangeInto(key.to);
    graded.dynamicRpc = dynamic.contains(run.first) && dynamic.contains(run.last);

    // What listens there: asked for every port of a short run; for a long one at its ends and where catalog ports
    // start inside it, since services sit on single ports or on ranges whose start is enough to find them.
    QList<int> probes;
    if (run.last - run.first < 16) {
        for (int port = run.first; port <= run.last; ++port)
            probes.append(port);
    } else {
        probes << run.first << run.last;
        QSet<QString> roles; // a port no role of the zone listens on needs no look-up
        for (const Server& listener : m_deployment.servers) {
            if (listener.zone == key.to)
                roles.unite(QSet<QString>(listener.roles.cbegin(), listener.roles.cend()));
        }
        for (const ImplicitActorRule& actor : m_catalog.implicitActors())
            roles.insert(actor.role);
        for (const CatalogEntry& entry : m_catalog.entries()) {
            if (entry.protocol != key.protocol ||
                std::none_of(entry.listeners.cbegin(), entry.listeners.cend(),
                             [&roles](const QString& role) { return roles.contains(role); }))
                continue;
            for (const PortSpec& spec : entry.ports) {
                if (spec.kind == PortSpec::Kind::Fixed && spec.range.last >= run.first && spec.range.first <= run.last)
                    probes.append(std::max(spec.range.first, run.first));
            }
        }
        const DeploymentOptions& options = m_deployment.options;
        for (const int port : {options.staticRpc.rpcClientAccessPort, options.staticRpc.addressBookPort,
                               options.dag.replicationPort, options.umRtpRange.first}) {
            if (port >= run.first && port <= run.last)
                probes.append(port);
        }
        for (const PortSet::Run& range : dynamic.runs()) {
            if (range.last >= run.first && range.first <= run.last)
                probes.append(std::max(range.first, run.first));
        }
        std::sort(probes.begin(), probes.end());
        probes.erase(std::unique(probes.begin(), probes.end()), probes.end());
    }
    QList<const CatalogEntry*> exposed;
    for (const int port : std::as_const(probes)) {
        for (const CatalogEntry* entry : entriesExposedBy(m_deployment, m_catalog, key.to, key.protocol, port)) {
            if (!exposed.contains(entry))
                exposed.append(entry);
        }
    }
    QStringList exposes;
    const CatalogTexts& texts = CatalogTexts::user();
    for (const CatalogEntry* entry : std::as_const(exposed)) {
        const QString service = texts.service(*entry);
        appendUnique(graded.services, service);
        appendUnique(exposes, service + QStringLiteral(": ") + texts.purpose(*entry));
    }
    const QString ports = protocolName(key.protocol) + u' ' + graded.ports;
    if (serverName.isEmpty())
        graded.reason =
            tr("No flow of this deployment needs %1 from %2 to %3.").arg(ports, zoneName(key.from), zoneName(key.to));
    else
        graded.reason = tr("%1 does not listen on %2 for %3.").arg(serverName, ports, zoneName(key.from));
    graded.exposes = exposes.isEmpty()
                         ? tr("Unknown service: nothing this deployment runs in %1 listens there, but an open port "
                              "is one more way in.")
                               .arg(zoneName(key.to))
                         : tr("Allowing it would expose:\n%1").arg(exposes.join(u'\n'));
    return graded;
}

// The needed rules between zones of the matrix, rows with the same zones, protocol and ports merged.
void addExpected(QList<ExpectedRule>& expected, const MatrixRule& row, const QString& to, const PortCatalog& catalog)
{
    const CatalogEntry* entry = catalog.entry(row.entry);
    for (ExpectedRule& rule : expected) {
        if (rule.from == row.from && rule.to == to && rule.protocol == row.protocol && rule.ports == row.ports) {
            if (entry && !rule.entries.contains(entry))
                rule.entries.append(entry);
            rule.dynamicRpc = rule.dynamicRpc || row.dynamicRpc;
            return;
        }
    }
    ExpectedRule rule{row.from, to, row.protocol, row.ports, row.dynamicRpc, {}};
    if (entry)
        rule.entries.append(entry);
    expected.append(rule);
}

QList<ExpectedRule> firewallRules(const PortMatrix& matrix, const LessonTask& task, const PortCatalog& catalog)
{
    QList<ExpectedRule> expected;
    for (const MatrixRule& row : matrix.rules) {
        const bool forward = row.from == task.from && row.to == task.to;
        const bool backward = task.bothDirections && row.from == task.to && row.to == task.from;
        if (forward || backward)
            addExpected(expected, row, row.to, catalog);
    }
    return expected;
}

QList<ExpectedRule> serverRules(const PortMatrix& matrix, const Server& server, const PortCatalog& catalog)
{
    QList<ExpectedRule> expected;
    for (const QList<MatrixRule>* rows : {&matrix.rules, &matrix.intraZone}) {
        for (const MatrixRule& row : *rows) {
            if (row.destinations.contains(server.id))
                addExpected(expected, row, server.zone, catalog);
        }
    }
    return expected;
}

QList<LearnerLine> learnerLines(const LessonTask& task, const TaskAnswer& answer, const DeploymentData& deployment)
{
    QList<LearnerLine> lines;
    if (task.kind == LessonTask::Kind::FirewallRules) {
        for (int i = 0; i < answer.rules.size(); ++i) {
            const AnswerRule& rule = answer.rules.at(i);
            lines.append({rule.from, rule.to, rule.protocol, rule.ports, i});
        }
        return lines;
    }
    const Server* server = deployment.server(task.server);
    for (int i = 0; i < answer.serverPorts.size(); ++i) {
        const AnswerServerPorts& ports = answer.serverPorts.at(i);
        for (const QString& zone : ports.fromZones)
            lines.append({zone, server ? server->zone : QString(), ports.protocol, ports.ports, i});
    }
    return lines;
}

// The purpose without the rule's port numbers: a hint names the service, the learner finds the port.
QString withoutPorts(const QString& text, const QString& ports)
{
    PortSet set;
    for (const QString& part : ports.split(u',')) {
        if (const auto range = PortRange::parse(part))
            set.insert(range->first, range->last);
    }
    static const QRegularExpression number(QStringLiteral("\\b\\d{2,5}\\b"));
    QString result;
    qsizetype last = 0;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!set.contains(match.captured().toInt()))
            continue;
        result += text.mid(last, match.capturedStart() - last) + QStringLiteral("…");
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}

QString placedServerId(const QString& role)
{
    return QStringLiteral("placed-") + role;
}

} // namespace

bool LessonGrade::fullyCorrect() const
{
    return std::all_of(tasks.cbegin(), tasks.cend(), [](const TaskGrade& task) { return task.fullyCorrect(); });
}

LessonGrader::LessonGrader(const PortCatalog& catalog)
    : m_catalog(catalog)
{}

LessonGrade LessonGrader::grade(const Lesson& lesson, const LessonAnswers& answers) const
{
    LessonGrade result;
    result.lessonId = lesson.id;
    result.attempts = answers.attempts;
    const bool needsMatrix = std::any_of(lesson.tasks.cbegin(), lesson.tasks.cend(), [](const LessonTask& task) {
        return task.kind != LessonTask::Kind::PlaceRoles;
    });
    const PortMatrix matrix = needsMatrix ? MatrixBuilder(m_catalog).build(lesson.deployment) : PortMatrix();
    const TaskGrading grading(m_catalog, lesson.deployment);
    int correct = 0;
    int total = 0;
    for (const LessonTask& task : lesson.tasks) {
        TaskGrade grade;
        grade.taskId = task.id;
        grade.kind = task.kind;
        const TaskAnswer answer = answers.answers.value(task.id);
        switch (task.kind) {
        case LessonTask::Kind::FirewallRules:
            grading.gradeRules(firewallRules(matrix, task, m_catalog), learnerLines(task, answer, lesson.deployment),
                               {}, &grade);
            break;
        case LessonTask::Kind::ServerPorts:
            if (const Server* server = lesson.deployment.server(task.server))
                grading.gradeRules(serverRules(matrix, *server, m_catalog),
                                   learnerLines(task, answer, lesson.deployment),
                                   server->name.isEmpty() ? server->id : server->name, &grade);
            break;
        case LessonTask::Kind::PlaceRoles:
            grade.placements = gradePlacements(lesson.deployment, task, answer.placements);
            grade.expected = int(task.roles.size());
            grade.correct = int(std::count_if(grade.placements.cbegin(), grade.placements.cend(),
                                              [](const GradedPlacement& placement) { return placement.supported; }));
            break;
        }
        correct += grade.correct;
        total += grade.expected + grade.extra;
        if (!result.hint) {
            for (const GradedRule& rule : std::as_const(grade.rules)) {
                if (rule.verdict != GradedRule::Verdict::Missing)
                    continue;
                result.hint = LessonHint{task.id, rule.from, rule.to, rule.services.join(QStringLiteral(", ")),
                                         withoutPorts(rule.reason, rule.ports)};
                break;
            }
        }
        result.tasks.append(grade);
    }
    result.score = total == 0 ? 100 : 100 * correct / total;
    return result;
}

QList<GradedPlacement> LessonGrader::gradePlacements(const DeploymentData& deployment, const LessonTask& task,
                                                     const QMap<QString, QString>& placements) const
{
    DeploymentData placed = deployment;
    for (const QString& role : task.roles) {
        const QString zone = placements.value(role);
        if (zone.isEmpty() || !deployment.zone(zone))
            continue;
        const RoleInfo* info = m_catalog.role(role);
        Server server;
        server.id = placedServerId(role);
        server.name = info ? info->name : role;
        server.zone = zone;
        server.roles = {role};
        placed.servers.append(server);
    }
    const FlowSet flows = FlowEngine(m_catalog).requiredFlows(placed);
    const QList<ValidationWarning> warnings = Validator(m_catalog).validate(placed, flows);
    const PortMatrix matrix = MatrixBuilder(m_catalog).build(placed, flows);

    QList<GradedPlacement> result;
    for (const QString& role : task.roles) {
        GradedPlacement graded;
        graded.role = role;
        graded.zone = placements.value(role);
        if (graded.zone.isEmpty() || !deployment.zone(graded.zone)) {
            graded.reason = tr("Not placed.");
            result.append(graded);
            continue;
        }
        const QString id = placedServerId(role);
        QStringList problems;
        for (const ValidationWarning& warning : warnings) {
            if (warning.severity != Severity::Info && warning.servers.contains(id))
                appendUnique(problems, warning.message);
        }
        graded.supported = problems.isEmpty();
        if (!graded.supported) {
            graded.reason = problems.join(u'\n');
        } else {
            QStringList needs;
            for (const MatrixRule& rule : matrix.rules) {
                if (rule.sources.contains(id) || rule.destinations.contains(id))
                    appendUnique(needs, QStringLiteral("%1 %2 %3 → %4 (%5)")
                                            .arg(protocolName(rule.protocol), rule.ports.toString(),
                                                 placed.zone(rule.from)->name, placed.zone(rule.to)->name,
                                                 CatalogTexts::user().service(rule)));
            }
            graded.reason = needs.isEmpty()
                                ? tr("Supported; it needs no rule between zones.")
                                : tr("Supported; across zones it needs: %1.").arg(needs.join(QStringLiteral("; ")));
        }
        result.append(graded);
    }
    return result;
}

LessonAnswers LessonGrader::modelAnswers(const Lesson& lesson) const
{
    LessonAnswers answers;
    answers.lesson = lesson.id;
    const PortMatrix matrix = MatrixBuilder(m_catalog).build(lesson.deployment);
    for (const LessonTask& task : lesson.tasks) {
        TaskAnswer answer;
        switch (task.kind) {
        case LessonTask::Kind::FirewallRules:
            for (const ExpectedRule& rule : firewallRules(matrix, task, m_catalog))
                answer.rules.append({rule.from, rule.to, rule.protocol, rule.ports.toString()});
            break;
        case LessonTask::Kind::ServerPorts:
            if (const Server* server = lesson.deployment.server(task.server)) {
                for (const ExpectedRule& rule : serverRules(matrix, *server, m_catalog))
                    answer.serverPorts.append({rule.protocol, rule.ports.toString(), {rule.from}});
            }
            break;
        case LessonTask::Kind::PlaceRoles:
            answer.placements = supportedPlacement(lesson.deployment, task);
            break;
        }
        answers.answers.insert(task.id, answer);
    }
    return answers;
}

// Every combination of zones, in the deployment's order, until one is supported for every role; else the one with
// the most supported roles.
QMap<QString, QString> LessonGrader::supportedPlacement(const DeploymentData& deployment, const LessonTask& task) const
{
    const qsizetype zones = deployment.zones.size();
    QMap<QString, QString> best;
    qsizetype bestSupported = -1;
    QList<qsizetype> choice(task.roles.size(), 0);
    while (zones > 0) {
        QMap<QString, QString> placements;
        for (qsizetype i = 0; i < task.roles.size(); ++i)
            placements.insert(task.roles.at(i), deployment.zones.at(choice.at(i)).id);
        const QList<GradedPlacement> graded = gradePlacements(deployment, task, placements);
        const qsizetype supported = std::count_if(graded.cbegin(), graded.cend(),
                                                  [](const GradedPlacement& placement) { return placement.supported; });
        if (supported > bestSupported) {
            best = placements;
            bestSupported = supported;
        }
        if (supported == task.roles.size())
            break;
        qsizetype position = 0;
        while (position < choice.size() && ++choice[position] == zones)
            choice[position++] = 0;
        if (position == choice.size())
            break;
    }
    return best;
}
