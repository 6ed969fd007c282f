#pragma once

#include <QString>

// Portolan's version, e.g. "0.1.0", as the build set it: reports and files say which Portolan made them.
QString portolanVersion();
