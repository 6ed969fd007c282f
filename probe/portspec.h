#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Ports as the command line takes them: numbers and ranges separated by commas, e.g. "25,80,443,49152-65535".
// Returns the ports sorted and without duplicates, or nothing, with the first token that is not a port (1-65535) or an
// ascending range of ports in `badToken`.
std::optional<QList<int>> parsePortSpec(QStringView spec, QString* badToken = nullptr);
