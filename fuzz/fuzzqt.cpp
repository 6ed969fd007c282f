#include "fuzz/fuzzqt.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

// One QCoreApplication for the whole fuzzing process, as the programs have: tr() and QLocale look for it. It lives
// until the process ends, held by a static, so LeakSanitizer sees it as reachable.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

void fuzzFinding(const char* what, const QByteArray& expected, const QByteArray& actual)
{
    std::fprintf(stderr, "FINDING: %s\n--- expected ---\n%s\n--- actual ---\n%s\n", what, expected.constData(),
                 actual.constData());
    std::abort();
}
