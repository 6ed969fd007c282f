#pragma once

#include <QString>
#include <QStringList>

class QAbstractItemView;
class QComboBox;
class QLabel;
class QLineEdit;
class QWidget;
class PortCatalog;
struct MatrixRule;

// What the inspector pages share: how a port and the catalog's sources read, and how their combo boxes refill. Servers,
// actors and zones are named by model/endpointnames.h.
namespace Inspector {

// "TCP 25", "TCP 49152-65535 (dynamic RPC)".
QString portText(const MatrixRule& rule);
// The sources as links to their pages, by label ("S1, leally.ru"); withTitles spells out each title, one a line.
QString sourceLinks(const PortCatalog& catalog, const QStringList& tags, bool withTitles);
// Catalog prose ("... (S4; S41 disagrees)") as HTML with every source tag it cites as a link named by its label.
QString linkedText(const PortCatalog& catalog, const QString& text);

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
// Why what the user typed was refused (an invalid network, a duplicate interface name): dark red, word-wrapped, shown
// next to the field; hidden until it has something to say.
QLabel* problemLabel(const QString& objectName, QWidget* parent);
// A link the page handles itself (QLabel::linkActivated gives href): a firewall named on a zone's page.
QString pageLink(const QString& href, const QString& text);
// Makes a list exactly as tall as its rows, up to maxRows; longer lists scroll.
void fitHeightToRows(QAbstractItemView* view, int maxRows);

} // namespace Inspector
