#pragma once

#include "backend.h"

#include <QCoreApplication>

namespace rowbook {

// SQLite's side of SqlDialect: rows are addressed by their rowid (under the name TableInfo says,
// as a column may hide "rowid"), or in tables WITHOUT ROWID by their primary key (KeyMap
// handles, as on a server); LIKE ... ESCAPE and REGEXP (registered by Database on every
// connection).
class SqliteDialect final : public SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(rowbook::SqliteDialect)

public:
    static const SqliteDialect &instance();

    QString engineName() const override;
    QString quoteIdentifier(const QString &identifier) const override;
    QString likePredicate(const QString &quotedColumn) const override;
    QString regexPredicate(const QString &quotedColumn) const override;
    QString holdsValue(const QString &quotedColumn, ColumnKind kind) const override;
    QString rowValuesListPrefix() const override { return QStringLiteral("VALUES "); }
    QString readOnlyReason(const TableInfo &table) const override;
    QString versionQuery() const override;
};

} // namespace rowbook
