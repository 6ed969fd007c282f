#include "model/portolanversion.h"

QString portolanVersion()
{
    return QStringLiteral(PORTOLAN_VERSION);
}
