#include "views/diagram/flowfamily.h"

#include <QCoreApplication>

namespace {
struct FamilyStyle
{
    const char16_t* id;
    const char* name;
    QRgb colour;
};

constexpr FamilyStyle kFamilies[] = {
    {u"mail", QT_TRANSLATE_NOOP("FlowFamily", "Mail"), 0xd55e00},
    {u"web", QT_TRANSLATE_NOOP("FlowFamily", "Web"), 0x0072b2},
    {u"rpc", QT_TRANSLATE_NOOP("FlowFamily", "RPC"), 0xe69f00},
    {u"directory", QT_TRANSLATE_NOOP("FlowFamily", "Directory"), 0x009e73},
    {u"replication", QT_TRANSLATE_NOOP("FlowFamily", "Replication"), 0xcc79a7},
    {u"voice", QT_TRANSLATE_NOOP("FlowFamily", "Voice"), 0x56b4e9},
    {u"management", QT_TRANSLATE_NOOP("FlowFamily", "Management"), 0x000000},
    {u"other", QT_TRANSLATE_NOOP("FlowFamily", "Other"), 0x8c8c8c},
    // One arrow for the flows of several families between the same ends (ArrowGrain::lanePairs).
    {u"several", QT_TRANSLATE_NOOP("FlowFamily", "Several families"), 0x4d4d4d},
};
constexpr int kFamilyCount = int(std::size(kFamilies));
} // namespace

namespace FlowFamily {

int order(const QString& family)
{
    for (int i = 0; i < kFamilyCount; ++i) {
        if (family == QStringView(kFamilies[i].id))
            return i;
    }
    return kFamilyCount;
}

QColor colour(const QString& family)
{
    const int index = order(family);
    return QColor(index < kFamilyCount ? kFamilies[index].colour : kFamilies[order(QStringLiteral("other"))].colour);
}

QString displayName(const QString& family)
{
    const int index = order(family);
    return index < kFamilyCount ? QCoreApplication::translate("FlowFamily", kFamilies[index].name) : family;
}

QString several()
{
    return QStringLiteral("several");
}

QStringList all()
{
    QStringList families;
    for (const FamilyStyle& family : kFamilies)
        families.append(QString::fromUtf16(family.id));
    return families;
}

} // namespace FlowFamily
