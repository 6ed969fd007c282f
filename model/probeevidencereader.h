#pragma once

#include "model/probeevidence.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QByteArray;
class QIODevice;
struct DeploymentData;

// Reads a results file of `portolan-cli probe` or `import-nmap` (ProbeResultsJsonWriter's JSON) back into
// ProbeEvidence, for the report. Either the whole file is valid and read() returns it, or it returns nullopt and
// errorString() names the first problem and its place: "line 3, column 17: missing comma",
// "results[3].port: not a port number (1 to 65535)", "results[0].state: unknown state \"half-open\" (known: …)".
// Each result needs serverId, host, protocol, port and state; the other members may be missing (then empty, false or
// not measured) but must have their type when present. Members this Portolan does not know are ignored: a later one
// may add some. Whether the file belongs to the deployment at hand is matches()'s question, not a read error.
class ProbeEvidenceReader final
{
    Q_DECLARE_TR_FUNCTIONS(ProbeEvidenceReader)

public:
    std::optional<ProbeEvidence> read(const QByteArray& json);
    // Reads the device to its end; refuses one larger than UserFile's limit of results files. The device must be
    // open.
    std::optional<ProbeEvidence> read(QIODevice* device);
    // The error of a file that cannot be opened or is too large names the path; other errors do not, the caller
    // knows it.
    std::optional<ProbeEvidence> readFile(const QString& path);
    QString errorString() const { return m_errorString; }

    // Whether the evidence was made for this deployment: the server of every result is one of its servers, with the
    // same host (trimmed, ignoring case). Otherwise false, and *error (when given) names the first result that is
    // not: "results[0]: server \"ex07\" is not in this deployment — the results file belongs to another deployment".
    // Results for ports the deployment no longer needs are no mismatch: an edit since the probe explains them.
    static bool matches(const ProbeEvidence& evidence, const DeploymentData& deployment, QString* error = nullptr);

    // The probe's state words a results file may hold: "open", "closed", "filtered", "open|filtered", …
    static QStringList stateWords();

private:
    QString m_errorString;
};
