// Saves batches of ten new rows through Rowbook's real save path until it is killed.
// Prints "pending N" once batch N is in the recovery journal and "committed N" once it is saved.
#include "autosaver.h"
#include "editstore.h"
#include "recoveryjournal.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

using namespace rowbook;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: crash_helper DATABASE\n", stderr);
        return 2;
    }
    Workspace workspace;
    if (!workspace.open(QString::fromLocal8Bit(argv[1])))
        return 3;
    workspace.resolveRecovery(false); // the test recovers before starting us
    workspace.autoSaver()->setDebounceMs(60000);
    qint64 batch = 1;
    {
        QSqlQuery query(workspace.reader());
        if (query.exec(QStringLiteral("SELECT coalesce(max(batch), 0) + 1 FROM crash"))
            && query.next())
            batch = query.value(0).toLongLong();
    }
    for (;; ++batch) {
        for (int slot = 0; slot < 10; ++slot)
            workspace.edits()->addRow(QStringLiteral("crash"), {{QStringLiteral("batch"), batch},
                                                                {QStringLiteral("slot"), slot}});
        workspace.journal()->flush();
        std::printf("pending %lld\n", batch);
        std::fflush(stdout);
        QThread::msleep(QRandomGenerator::global()->bounded(4));
        QEventLoop loop;
        SaveOutcome::Status status = SaveOutcome::Failed;
        QObject::connect(workspace.autoSaver(), &AutoSaver::outcome, &loop,
                         [&](const SaveOutcome &outcome) {
                             status = outcome.status;
                             loop.quit();
                         });
        workspace.autoSaver()->saveNow();
        loop.exec();
        if (status != SaveOutcome::Committed)
            return 4;
        std::printf("committed %lld\n", batch);
        std::fflush(stdout);
    }
}
