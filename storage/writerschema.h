#pragma once

#include "catalog.h"
#include "rowchange.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace rowbook {

// What the save worker has read of the schema through its connection: each written table's
// catalog entry (its key and column kinds, for the compare-and-set check) and the tables its
// deletions act on. Read when first needed; forget() when the schema may have changed.
class WriterSchema
{
public:
    // The catalog entry of `table`, read through `db` when not known yet.
    const TableInfo &table(const QSqlDatabase &db, const QString &table);
    // The kind of a column of a table read before; Any when unknown.
    ColumnKind kindOf(const QString &table, const QString &column) const;
    // The tables a committed batch wrote, and what else their writes may have changed.
    WrittenTables written(const QSqlDatabase &db, const SaveBatch &batch);
    void forget();

private:
    QHash<QString, TableInfo> m_tables;
    QHash<QString, QStringList> m_actedOn; // table -> WrittenTables::actedOn by its deletions
};

} // namespace rowbook
