#pragma once

#include "columnchange.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace rowbook {

// Edit Column: the type, Required (NOT NULL), Default, Unique and the foreign key of one column.
// OK checks the change against the data (ColumnChange::alter) and stays open with the problem,
// naming the rows, when the data does not allow it; otherwise change() is ready to run.
class ColumnEditDialog : public QDialog
{
    Q_OBJECT
public:
    ColumnEditDialog(const QSqlDatabase &reader,
                     const QString &table,
                     const QString &column,
                     QWidget *parent = nullptr);

    SchemaChange change() const { return m_change; }
    ColumnDefinition definition() const;
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    void fillColumns();

    QSqlDatabase m_db;
    QString m_table;
    QString m_column;
    ColumnDefinition m_before;
    SchemaChange m_change;
    QComboBox *m_type;
    QCheckBox *m_required;
    QLineEdit *m_default;
    QCheckBox *m_unique;
    QComboBox *m_parentTable;
    QComboBox *m_parentColumn;
    QLabel *m_message;
};

} // namespace rowbook
