#pragma once

#include <QDockWidget>
#include <QPointer>

class QPlainTextEdit;

namespace rowbook {

class TableModel;

// View → Structure: the CREATE statements of the table on screen and of its indexes and
// triggers (storage/Structure), read-only and copyable. Follows the model's table.
class StructureDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit StructureDock(QWidget *parent = nullptr);

    void setModel(TableModel *model);
    QPlainTextEdit *text() const { return m_text; }
    // Reads the statements again (when shown): after an index was created or dropped, or
    // another program changed the schema.
    void refresh();
    // How often the statements were read (each read is a few catalog queries, round trips on a
    // server, on the GUI thread).
    int reads() const { return m_reads; }

private:
    // A new filter or order resets the model over the same table: nothing to read. A new
    // table, or new columns, is (TableModel::tableGeneration()).
    void onModelReset();

    QPointer<TableModel> m_model;
    QPlainTextEdit *m_text;
    quint64 m_readGeneration = 0; // the model's tableGeneration() when last read
    int m_reads = 0;
};

} // namespace rowbook
