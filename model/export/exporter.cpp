#include "model/export/exporter.h"

bool Exporter::fail(const QString& message)
{
    m_errorString = message;
    return false;
}
