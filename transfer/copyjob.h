#pragma once

#include "transfererror.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace rowbook {

// Copies tables between a SQLite file and a PostgreSQL database (either way): creates the schema
// on the target by the rules of docs/postgresql.md (storage/copyplan.h) and copies every row, in
// one transaction on the target. All or nothing: on any failure the target is left as it was (a
// SQLite file this job created is removed again). Headless; the CLI's `rowbook copy` runs it.
class CopyJob
{
public:
    struct Options
    {
        QString from;       // a SQLite file, or a postgresql:// URI
        QString to;         // likewise; the other engine than `from`
        QStringList tables; // empty: every table
    };

    struct Result
    {
        TransferError error;
        int tables = 0;
        qint64 rows = 0;
        QStringList notes; // what was translated differently or left out
    };

    // Called now and then with the rows copied so far; returning false cancels the copy.
    using Progress = std::function<bool(qint64 done, qint64 total, const QString &table)>;

    explicit CopyJob(const Options &options);
    Result run(const Progress &progress = {});

    // How a database is named in messages: a URI without its password, or the file path.
    static QString displayName(const QString &database);

private:
    Options m_options;
};

} // namespace rowbook
