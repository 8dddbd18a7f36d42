#pragma once

#include "backend.h"

#include <QCoreApplication>

namespace rowbook {

// SQLite's side of SqlDialect: rows are addressed by their rowid (under the name TableInfo says,
// as a column may hide "rowid"), LIKE ... ESCAPE and REGEXP (registered by Database on every
// connection), and tables WITHOUT ROWID are read-only.
class SqliteDialect final : public SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(rowbook::SqliteDialect)

public:
    static const SqliteDialect &instance();

    QString engineName() const override;
    QString quoteIdentifier(const QString &identifier) const override;
    QString likePredicate(const QString &quotedColumn) const override;
    QString regexPredicate(const QString &quotedColumn) const override;
    QString keyQuery(const TableInfo &table,
                     const QString &where,
                     const QString &orderBy,
                     int limit = 0) const override;
    QString countQuery(const TableInfo &table, const QString &where) const override;
    QString
    pageQuery(const TableInfo &table, const QString &selectList, int keyCount) const override;
    QString rowQuery(const TableInfo &table, const QString &selectList) const override;
    QString rowExistsQuery(const TableInfo &table) const override;
    QString positionalPageQuery(const TableInfo &table,
                                const QString &selectList,
                                const QString &where,
                                const QString &orderBy) const override;
    QString readOnlyReason(const TableInfo &table) const override;
    QString versionQuery() const override;
};

} // namespace rowbook
