#include "writerschema.h"

#include "foreignkeys.h"

namespace rowbook {

const TableInfo &WriterSchema::table(const QSqlDatabase &db, const QString &table)
{
    auto found = m_tables.find(table);
    if (found == m_tables.end())
        found = m_tables.insert(table, Catalog::table(db, table));
    return *found;
}

ColumnKind WriterSchema::kindOf(const QString &table, const QString &column) const
{
    const TableInfo info = m_tables.value(table);
    const int index = info.columnIndex(column);
    return index >= 0 ? info.columns[index].kind : ColumnKind::Any;
}

WrittenTables WriterSchema::written(const QSqlDatabase &db, const SaveBatch &batch)
{
    WrittenTables tables;
    for (const RowChange &change : batch.changes) {
        const QString name = change.kind == RowChange::Statement ? QString() : change.table;
        if (tables.written.contains(name))
            continue;
        tables.written << name;
        if (name.isEmpty())
            continue;
        auto actedOn = m_actedOn.constFind(name);
        if (actedOn == m_actedOn.constEnd()) {
            QStringList children;
            bool failed = false;
            for (const ForeignKeyConstraint &key : ForeignKeys::referringTo(db, name, &failed)) {
                if (key.changesChildren() && key.table != name && !children.contains(key.table))
                    children << key.table;
            }
            if (failed) { // it may reach anywhere, as far as the window can tell
                tables.writingMore << name;
                continue;
            }
            actedOn = m_actedOn.insert(name, children);
        }
        if (table(db, name).writesOtherCells)
            tables.writingMore << name;
        tables.add({{}, {}, *actedOn});
    }
    return tables;
}

void WriterSchema::forget()
{
    m_tables.clear();
    m_actedOn.clear();
}

} // namespace rowbook
