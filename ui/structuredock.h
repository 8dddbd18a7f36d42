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
    // Reads the statements again (when shown): after an index was created or dropped.
    void refresh();

private:
    QPointer<TableModel> m_model;
    QPlainTextEdit *m_text;
};

} // namespace rowbook
