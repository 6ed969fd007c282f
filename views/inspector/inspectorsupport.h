#pragma once

#include <QString>
#include <QStringList>

class Deployment;
class QAbstractItemView;
class QComboBox;
class QLabel;
class QLineEdit;
class QWidget;
class PortCatalog;
struct MatrixRule;

// What the inspector pages share: how a server, an implicit actor, a zone, a port and the catalog's sources read, and
// how their combo boxes refill.
namespace Inspector {

// A server's name, or for an implicit actor ("<zone>:<role>") the role's name and its zone.
QString endpointName(const Deployment& document, const PortCatalog& catalog, const QString& id);
QString endpointNames(const Deployment& document, const PortCatalog& catalog, const QStringList& ids);
QString zoneName(const Deployment& document, const QString& id);
// "TCP 25", "TCP 49152-65535 (dynamic RPC)".
QString portText(const MatrixRule& rule);
// The source tags as links to their pages ("S1, S6"); withTitles spells out each title, one a line.
QString sourceLinks(const PortCatalog& catalog, const QStringList& tags, bool withTitles);

struct ComboChoice
{
    QString text;
    QString id;
};

// Refills a combo box only when its choices changed (an edit made from the combo must not clear it under its feet)
// and selects current, without emitting signals. The combo is only as wide as the page gives it.
void setComboChoices(QComboBox* combo, const QList<ComboChoice>& choices, const QString& current);

// Shows a document value in a field, unless the user is typing there (modified and focused): a change made elsewhere
// must not eat unconfirmed text. Writes only a different value, so the cursor stays put.
void showText(QLineEdit* edit, const QString& text);

// The page's heading (bold, a little larger) and the bold caption above one of its lists.
QLabel* titleLabel(const QString& objectName, QWidget* parent);
QLabel* sectionLabel(const QString& text, QWidget* parent);
// Makes a list exactly as tall as its rows, up to maxRows; longer lists scroll.
void fitHeightToRows(QAbstractItemView* view, int maxRows);

} // namespace Inspector
