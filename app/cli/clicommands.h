#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>
#include <utility>

class PortCatalog;
struct DeploymentData;
struct ExportFormat;

// The commands of portolan-cli: everything that needs no screen. run() takes the arguments after the program name and
// returns the exit code: 0 fine, 1 validation errors found, 2 bad input or usage. Results go to stdout, problems to
// stderr, each naming the file, option or value at fault.
class CliCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    enum ExitCode
    {
        Success = 0,
        ValidationErrors = 1,
        PortsNotOpen = 1, // probe, import-nmap: some required port is not open
        BadInput = 2
    };

    CliCommands();
    int run(const QStringList& arguments);

private:
    // Arguments of one command after option parsing.
    struct Parsed
    {
        QStringList positional;
        QHash<QString, QString> options; // by long name, e.g. "format", "output"
        bool help = false;
    };
    struct OptionSpec
    {
        QString longName;  // "--" + longName on the command line
        QString shortName; // "-" + shortName, may be empty
        bool flag = false; // takes no value; present as "true"
    };

    // run() without the final check of standard output.
    int dispatch(const QStringList& arguments);
    std::optional<Parsed> parse(const QString& command, const QStringList& arguments, const QList<OptionSpec>& options);
    // The exit code when parsing failed (the message is out) or --help was answered; nothing when the command runs.
    static QString plural(qsizetype count, const QString& singular, const QString& pluralForm);
    std::optional<int> answeredEarly(const std::optional<Parsed>& parsed, const QString& command);

    int matrix(const QStringList& arguments);
    int validate(const QStringList& arguments);
    int explain(const QStringList& arguments);
    int templates(const QStringList& arguments);
    int newFromTemplate(const QStringList& arguments);
    // render and report: runs portolan-render (which needs Widgets) from this program's directory with the command
    // first, and passes its output and exit code on.
    int runRenderer(const QString& command, const QStringList& arguments);
    int scan(const QStringList& arguments);
    int probe(const QStringList& arguments);
    int importNmap(const QStringList& arguments);
    int diff(const QStringList& arguments);
    int grade(const QStringList& arguments);
    int firewall(const QStringList& arguments);
    int lessons(const QStringList& arguments);
    // The --format and -o of probe and import-nmap; nothing after a usage error.
    std::optional<std::pair<const ExportFormat*, QString>> probeOutput(const QString& command, const Parsed& parsed);

    std::optional<DeploymentData> readDeployment(const QString& path);
    int usageError(const QString& message, const QString& command = {});
    int fail(const QString& message); // bad input: "portolan-cli: <message>", exit 2
    QString usage() const;
    QString knownVersions() const;
    QString commandHelp(const QString& command) const;

    const PortCatalog& m_catalog;
    QTextStream m_out;
    QTextStream m_err;
};
