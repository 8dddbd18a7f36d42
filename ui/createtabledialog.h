#pragma once

#include "schemaops.h"

#include <QDialog>
#include <QSqlDatabase>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace rowbook {

// Table → New Table…: a name and a grid of columns (name, type, NOT NULL, default, primary key,
// unique). Checks as the user types and shows what is wrong inline; OK is enabled only when the
// table can be created. The dialog writes nothing: after exec() == Accepted, change() is a valid
// SchemaChange for SchemaRunner::run().
class CreateTableDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { Name, Type, NotNull, Default, PrimaryKey, Unique, ColumnCount };

    explicit CreateTableDialog(const QSqlDatabase &reader, QWidget *parent = nullptr);

    SchemaChange change() const { return m_change; }
    QVector<ColumnSpec> columns() const;
    QLineEdit *nameEdit() const { return m_name; }
    QTableWidget *grid() const { return m_grid; }
    QLabel *messageLabel() const { return m_message; }
    void addColumnRow(const ColumnSpec &spec);

private:
    void removeColumnRows();
    void validate();

    QSqlDatabase m_db;
    QLineEdit *m_name;
    QTableWidget *m_grid;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    SchemaChange m_change;
};

} // namespace rowbook
