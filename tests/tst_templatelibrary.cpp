#include "model/templatelibrary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray templateFile(const char* name, const char* description)
{
    return QByteArray(R"({"format": "portolan-deployment", "version": 1, "name": ")") + name +
           R"(", "description": ")" + description + R"(", "exchangeVersion": "2019", "zones": [], "servers": []})";
}

} // namespace

class TestTemplateLibrary final : public QObject
{
    Q_OBJECT

private slots:
    void readsNameAndDescriptionSortedById()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("zeta.portolan")), templateFile("Zeta", "Last")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("alpha.portolan")), templateFile("Alpha", "First")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("exchange2019.edge.portolan")), templateFile("Edge", "Dotted")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a template"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("broken.portolan")), "{ not json"));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("broken\\.portolan")));
        const QList<DeploymentTemplate> templates = TemplateLibrary::templatesIn(dir.path());
        QCOMPARE(templates.size(), 3);
        QCOMPARE(templates.at(0).id, QStringLiteral("alpha"));
        QCOMPARE(templates.at(0).name, QStringLiteral("Alpha"));
        QCOMPARE(templates.at(0).description, QStringLiteral("First"));
        QCOMPARE(templates.at(0).exchangeVersion, QStringLiteral("2019"));
        QCOMPARE(templates.at(0).path, dir.filePath(QStringLiteral("alpha.portolan")));
        QCOMPARE(templates.at(1).id, QStringLiteral("exchange2019.edge"));
        QCOMPARE(templates.at(2).id, QStringLiteral("zeta"));
    }

    void emptyOrMissingDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(TemplateLibrary::templatesIn(dir.path()).isEmpty());
        QVERIFY(TemplateLibrary::templatesIn(dir.filePath(QStringLiteral("absent"))).isEmpty());
    }

    void builtinTemplatesAreFoundById()
    {
        const QList<DeploymentTemplate> templates = TemplateLibrary::templates();
#ifdef PORTOLAN_TEST_CATALOG_DIR
        if (templates.isEmpty())
            QSKIP("Built without the compiled-in resources");
#endif
        QVERIFY(!templates.isEmpty());
        for (int i = 1; i < templates.size(); ++i)
            QVERIFY(templates.at(i - 1).id < templates.at(i).id);
        for (const DeploymentTemplate& t : templates) {
            const auto found = TemplateLibrary::find(t.id);
            QVERIFY2(found, qPrintable(t.id));
            QCOMPARE(found->path, t.path);
            QVERIFY(t.path.startsWith(QStringLiteral(":/templates/")));
        }
        QVERIFY(!TemplateLibrary::find(QStringLiteral("no-such-template")));
    }
};

QTEST_GUILESS_MAIN(TestTemplateLibrary)
#include "tst_templatelibrary.moc"
