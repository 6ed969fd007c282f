#pragma once

// The firewall layouts of tests/data/firewall/, read with the built-in catalog. A sample that does not load ends the
// test with the reader's message: every test that uses one would fail for the same reason.

#include "model/deploymentdata.h"
#include "model/deploymentfile.h"
#include "model/portcatalog.h"

#include <QString>

inline DeploymentData firewallSample(const char* name)
{
    const QString path = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/data/firewall/") + QString::fromUtf8(name);
    DeploymentReader reader(PortCatalog::builtin());
    const auto data = reader.readFile(path);
    if (!data)
        qFatal("%s", qPrintable(reader.errorString()));
    return *data;
}
