// File > New from Template's dialog, driven like a user: it lists every template with its Exchange version, starts
// on the default one, and returns the template chosen by click + OK or by double-click.
// PORTOLAN_CHOOSER_PNG=path saves a picture of the dialog.
#include "views/panels/templatechooser.h"

#include "model/portcatalog.h"
#include "model/templatelibrary.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

class TestTemplateChooser final : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryTemplateWithItsVersion()
    {
        const QList<DeploymentTemplate> templates = TemplateLibrary::templates();
        QVERIFY(templates.size() >= 5);
        TemplateChooser chooser(templates, PortCatalog::builtin());
        auto* list = chooser.findChild<QListWidget*>(QStringLiteral("templateList"));
        QVERIFY(list);
        QCOMPARE(list->count(), templates.size());
        for (int row = 0; row < templates.size(); ++row) {
            const DeploymentTemplate& entry = templates.at(row);
            const QString text = list->item(row)->text();
            QVERIFY2(text.startsWith(entry.name), qPrintable(text));
            QVERIFY2(text.endsWith(PortCatalog::builtin().version(entry.exchangeVersion)->name), qPrintable(text));
        }
    }

    void startsOnTheDefaultAndDescribesIt()
    {
        TemplateChooser chooser(TemplateLibrary::templates(), PortCatalog::builtin());
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        QCOMPARE(chooser.selectedTemplateId(), QStringLiteral("exchange2019-edge"));
        auto* description = chooser.findChild<QLabel*>(QStringLiteral("templateDescription"));
        QVERIFY(description);
        QVERIFY(description->text().contains(QStringLiteral("Exchange Server 2019")));
        QVERIFY(description->text().contains(QStringLiteral("EdgeSync")));
        if (const QString png = qEnvironmentVariable("PORTOLAN_CHOOSER_PNG"); !png.isEmpty())
            QVERIFY(chooser.grab().save(png));

        // Another template: the description follows the selection.
        chooser.selectTemplate(QStringLiteral("exchange2010-static-rpc"));
        QVERIFY(description->text().contains(QStringLiteral("59532")));
        QVERIFY(description->text().contains(QStringLiteral("Exchange Server 2010")));
    }

    void okReturnsTheClickedTemplate()
    {
        TemplateChooser chooser(TemplateLibrary::templates(), PortCatalog::builtin());
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        auto* list = chooser.findChild<QListWidget*>(QStringLiteral("templateList"));
        const QListWidgetItem* item = itemFor(list, QStringLiteral("exchange2016-reverse-proxy"));
        QVERIFY(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        QCOMPARE(chooser.selectedTemplateId(), QStringLiteral("exchange2016-reverse-proxy"));
        auto* buttons = chooser.findChild<QDialogButtonBox*>(QStringLiteral("templateButtons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(chooser.result(), int(QDialog::Accepted));
        QCOMPARE(chooser.selectedTemplateId(), QStringLiteral("exchange2016-reverse-proxy"));
    }

    void doubleClickChooses()
    {
        TemplateChooser chooser(TemplateLibrary::templates(), PortCatalog::builtin());
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        QSignalSpy accepted(&chooser, &QDialog::accepted);
        auto* list = chooser.findChild<QListWidget*>(QStringLiteral("templateList"));
        const QListWidgetItem* item = itemFor(list, QStringLiteral("seed-dmz-relay"));
        QVERIFY(item);
        const QPoint centre = list->visualItemRect(item).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
        QTRY_COMPARE(accepted.size(), 1);
        QCOMPARE(chooser.selectedTemplateId(), QStringLiteral("seed-dmz-relay"));
    }

    // Each template shows a picture of its diagram above its description, drawn once and kept.
    void previewsTheChosenTemplate()
    {
        TemplateChooser chooser(TemplateLibrary::templates(), PortCatalog::builtin());
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        auto* preview = chooser.findChild<QLabel*>(QStringLiteral("templatePreview"));
        QVERIFY(preview);
        const QImage edge = preview->pixmap().toImage();
        QVERIFY(!edge.isNull());
        QVERIFY(edge.width() > 200 && edge.height() > 80);
        // Not a blank picture: the lanes and cards leave many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < edge.height(); y += 4) {
            for (int x = 0; x < edge.width(); x += 4)
                colours.insert(edge.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

        chooser.selectTemplate(QStringLiteral("exchange2019-empty"));
        const QImage empty = preview->pixmap().toImage();
        QVERIFY(!empty.isNull());
        QVERIFY(empty != edge);
        chooser.selectTemplate(QStringLiteral("exchange2019-edge"));
        QCOMPARE(preview->pixmap().toImage(), edge);
    }

    // No item is drawn over another, at the dialog's own size or a small screen's.
    void itemsNeverOverlap_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("default") << QSize();
        QTest::newRow("800x600") << QSize(800, 600);
        QTest::newRow("narrow") << QSize(560, 400);
    }

    void itemsNeverOverlap()
    {
        QFETCH(QSize, size);
        TemplateChooser chooser(TemplateLibrary::templates(), PortCatalog::builtin());
        if (size.isValid())
            chooser.resize(size);
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        auto* list = chooser.findChild<QListWidget*>(QStringLiteral("templateList"));
        QVERIFY(list);
        QCoreApplication::sendPostedEvents();
        const int lineHeight = QFontMetrics(list->font()).height();
        for (int a = 0; a < list->count(); ++a) {
            const QRect first = list->visualItemRect(list->item(a));
            QVERIFY(first.height() >= 3 * lineHeight); // two lines of name and one of version
            for (int b = a + 1; b < list->count(); ++b) {
                const QRect second = list->visualItemRect(list->item(b));
                QVERIFY2(!first.intersects(second), qPrintable(QStringLiteral("%1 and %2").arg(a).arg(b)));
            }
        }
        // Nor is the description drawn over the picture.
        auto* preview = chooser.findChild<QLabel*>(QStringLiteral("templatePreview"));
        auto* description = chooser.findChild<QLabel*>(QStringLiteral("templateDescription"));
        QVERIFY(preview && description);
        QVERIFY(!preview->geometry().intersects(description->geometry()));
        if (const QString png = qEnvironmentVariable("PORTOLAN_CHOOSER_PNG"); !png.isEmpty() && size.isValid())
            QVERIFY(chooser.grab().save(png.section(u'.', 0, -2) + u'-' + QString::number(size.width()) + u".png"));
    }

    void cancelRejects()
    {
        TemplateChooser chooser(TemplateLibrary::templates(), PortCatalog::builtin());
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        QSignalSpy rejected(&chooser, &QDialog::rejected);
        QTest::keyClick(&chooser, Qt::Key_Escape);
        QTRY_COMPARE(rejected.size(), 1);
        QVERIFY(!chooser.isVisible());
    }

private:
    static const QListWidgetItem* itemFor(const QListWidget* list, const QString& id)
    {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == id)
                return list->item(row);
        }
        return nullptr;
    }
};

QTEST_MAIN(TestTemplateChooser)
#include "tst_templatechooser.moc"
