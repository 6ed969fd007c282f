// Autosave: the copy of unsaved edits follows the undo stack, ends with an orderly exit and survives a kill.
#include "model/autosave.h"
#include "model/deployment.h"
#include "model/deploymentcommands.h"
#include "model/deploymentfile.h"
#include "model/portcatalog.h"
#include "model/templatelibrary.h"

#include "autosavechild.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {
DeploymentData seedTemplate()
{
    DeploymentReader reader(PortCatalog::builtin());
    return *reader.readFile(TemplateLibrary::find(QStringLiteral("seed-dmz-relay"))->path);
}

QString nameIn(const QString& copy)
{
    DeploymentReader reader(PortCatalog::builtin());
    const auto data = reader.readFile(copy);
    return data ? data->name : QString();
}

void openTemplate(Deployment& document)
{
    document.reset(seedTemplate());
}
} // namespace

class TestAutosave final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        m_autosave = m_dir->filePath(QStringLiteral("autosave"));
        m_deployment = m_dir->filePath(QStringLiteral("contoso.portolan"));
        QVERIFY(DeploymentWriter().writeFile(seedTemplate(), m_deployment));
    }

    void copyFollowsTheUndoStack()
    {
        Deployment document;
        openTemplate(document);
        Autosave autosave(&document, m_autosave, {60 * 1000, 20});
        QVERIFY(autosave.isActive());
        QVERIFY(!QFileInfo::exists(autosave.copyPath()));
        document.undoStack()->push(new SetDeploymentNameCommand(&document, QStringLiteral("Edited")));
        QTRY_VERIFY(QFileInfo::exists(autosave.copyPath()));
        QCOMPARE(nameIn(autosave.copyPath()), QStringLiteral("Edited"));
        // Back at the saved state: nothing to keep.
        document.undoStack()->undo();
        QVERIFY(!QFileInfo::exists(autosave.copyPath()));
        document.undoStack()->redo();
        QTRY_VERIFY(QFileInfo::exists(autosave.copyPath()));
        document.undoStack()->setClean(); // saved
        QVERIFY(!QFileInfo::exists(autosave.copyPath()));
    }

    void periodWritesWhileEditsGoOn()
    {
        Deployment document;
        openTemplate(document);
        Autosave autosave(&document, m_autosave, {30, 60 * 1000});
        document.undoStack()->push(new SetDeploymentNameCommand(&document, QStringLiteral("Busy")));
        QTRY_VERIFY(QFileInfo::exists(autosave.copyPath()));
        QCOMPARE(nameIn(autosave.copyPath()), QStringLiteral("Busy"));
    }

    void orderlyEndLeavesNothing()
    {
        {
            Deployment document;
            openTemplate(document);
            Autosave autosave(&document, m_autosave, {60 * 1000, 60 * 1000});
            document.undoStack()->push(new SetDeploymentNameCommand(&document, QStringLiteral("Edited")));
            QVERIFY(autosave.saveNow());
            QVERIFY(QFileInfo::exists(autosave.copyPath()));
            QVERIFY(Autosave::orphans(m_autosave).isEmpty()); // this process still keeps it
        }
        QCOMPARE(QDir(m_autosave).entryList(QDir::Files), QStringList());
    }

    // In the window the document goes first: its undo stack signals while it is destroyed, and must not be read then.
    void documentMayEndFirst()
    {
        {
            auto document = std::make_unique<Deployment>();
            openTemplate(*document);
            Autosave autosave(document.get(), m_autosave, {60 * 1000, 60 * 1000});
            document->undoStack()->push(new SetDeploymentNameCommand(document.get(), QStringLiteral("Edited")));
            QVERIFY(autosave.saveNow());
            document.reset();
            QVERIFY(autosave.saveNow());
        }
        QCOMPARE(QDir(m_autosave).entryList(QDir::Files), QStringList());
    }

    void killedProcessLeavesARestorableCopy()
    {
        const QString copy = crashAfterAutosave(m_autosave, m_deployment, QStringLiteral("Crashed edit"));
        QVERIFY2(!copy.isEmpty(), "the child never wrote its copy");
        const QList<Autosave::Orphan> orphans = Autosave::orphans(m_autosave);
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().copyPath, copy);
        QCOMPARE(orphans.first().sourcePath, m_deployment);
        QCOMPARE(nameIn(copy), QStringLiteral("Crashed edit"));
        Autosave::discard(orphans.first());
        QCOMPARE(QDir(m_autosave).entryList(QDir::Files), QStringList());
    }

    void unwritableDirectoryTurnsAutosaveOff()
    {
        const QString file = m_dir->filePath(QStringLiteral("plain-file"));
        QFile(file).open(QIODevice::WriteOnly);
        Deployment document;
        openTemplate(document);
        Autosave autosave(&document, file + QStringLiteral("/autosave"), {10, 10});
        QVERIFY(!autosave.isActive());
        document.undoStack()->push(new SetDeploymentNameCommand(&document, QStringLiteral("Edited")));
        QVERIFY(autosave.saveNow());
        QVERIFY(Autosave::orphans(file + QStringLiteral("/autosave")).isEmpty());
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_autosave;   // the autosave directory
    QString m_deployment; // a deployment file, the document's source
};

QTEST_GUILESS_MAIN(TestAutosave)
#include "tst_autosave.moc"
