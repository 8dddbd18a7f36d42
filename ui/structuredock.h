#pragma once

#include "database.h"

#include <QDockWidget>
#include <QPointer>

class QPlainTextEdit;

namespace rowbook {

class TableModel;

// View → Structure: the CREATE statements of the table on screen and of its indexes and
// triggers (storage/Structure), read-only and copyable. Follows the model's table. They are read
// on the work pool with a connection of their own (on a server, a few catalog queries: round
// trips the GUI thread does not wait for).
class StructureDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit StructureDock(QWidget *parent = nullptr);

    // `info` is the database the model shows, for the dock's own connection.
    void setModel(TableModel *model, const DatabaseInfo &info);
    QPlainTextEdit *text() const { return m_text; }
    // Reads the statements again (when shown): after an index was created or dropped, or
    // another program changed the schema.
    void refresh();
    // How often the statements were asked for.
    int reads() const { return m_reads; }
    // True while a read is on its way.
    bool isReading() const { return m_reading != 0; }

private:
    // A new filter or order resets the model over the same table: nothing to read. A new
    // table, or new columns, is (TableModel::tableGeneration()).
    void onModelReset();

    QPointer<TableModel> m_model;
    DatabaseInfo m_info;
    QPlainTextEdit *m_text;
    quint64 m_reading = 0; // the read on its way (0: none); a newer one replaces its answer
    quint64 m_lastRead = 0;
    quint64 m_readGeneration = 0; // the model's tableGeneration() when last read
    int m_reads = 0;
    bool m_readThisTurn = false; // a read began in this turn of the event loop
};

} // namespace rowbook
