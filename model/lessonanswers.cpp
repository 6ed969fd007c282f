#include "model/lessonanswers.h"

bool LessonAnswers::isValidPorts(const QString& text)
{
    const QStringList parts = text.split(u',');
    for (const QString& part : parts) {
        if (part.trimmed() == dynamicKeyword())
            continue;
        const auto range = PortRange::parse(part.trimmed());
        if (!range || !range->isValid())
            return false;
    }
    return true;
}
