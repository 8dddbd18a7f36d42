#pragma once

#include "rowchange.h"
#include "schemaops.h"
#include "storageerror.h"

#include <QObject>

namespace rowbook {

class Saver;

// Runs one SchemaChange at a time through a Saver: one BEGIN IMMEDIATE transaction with the
// worker's lock-retry. Batch ids have the top bit set so they never collide with EditStore's.
// Outcomes of other batches on the same Saver are ignored.
class SchemaRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr quint64 batchIdBase = quint64(1) << 63;

    explicit SchemaRunner(Saver *saver, QObject *parent = nullptr);

    // False when the change is invalid or another one is still running.
    bool run(const SchemaChange &change);
    bool isRunning() const { return m_batchId != 0; }
    static bool isSchemaBatch(quint64 batchId) { return (batchId & batchIdBase) != 0; }
    // One sentence for people about a failed change; the detail stays in `error`.
    static QString userMessage(const SchemaChange &change, const StorageError &error);

Q_SIGNALS:
    void waiting(int attempt);
    // ok: committed. Otherwise nothing was changed and `message` says why.
    void finished(const rowbook::SchemaChange &change,
                  bool ok,
                  const QString &message,
                  const rowbook::StorageError &error);

private:
    void onFinished(const SaveOutcome &outcome);

    Saver *m_saver;
    SchemaChange m_running;
    quint64 m_batchId = 0;
    quint64 m_counter = 0;
};

} // namespace rowbook
