#pragma once

#include "database.h"
#include "queryengine.h"
#include "queryoutput.h"

#include <QMetaType>
#include <QObject>

#include <memory>

namespace rowbook {

// Writes the result of one read-only statement of the SQL console to a CSV or JSON file, by the
// rules of `rowbook query` (QueryOutput, RowWriter): the statement is run again on a connection
// of this job's own (QueryEngine::fetch, which refuses a statement that writes, so an export
// never changes data), streamed to the file, and the file appears only when everything was
// written (QSaveFile). A headless job for JobRunner: start() on a worker thread, cancel() from any.
class QueryExportJob : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString sql; // one statement that returns rows
        QueryOutput::Format format = QueryOutput::Format::Csv;
        QString outputPath;
    };

    struct Result
    {
        qint64 rows = 0;
        QueryOutcome::Status status = QueryOutcome::Ok;
        QString message; // a sentence for people when status is not Ok

        bool ok() const { return status == QueryOutcome::Ok; }
    };

    // Rows between two progress() signals.
    static constexpr qint64 progressRows = 5000;

    QueryExportJob(const DatabaseInfo &database, const Options &options, QObject *parent = nullptr);
    ~QueryExportJob() override;

    Result run();
    void cancel(); // any thread

    // The format a file name asks for: .json gives JSON, anything else CSV.
    static QueryOutput::Format formatForPath(const QString &path);

public Q_SLOTS:
    void start(); // run(), then finished()

Q_SIGNALS:
    void progress(qint64 rows);
    void finished(const rowbook::QueryExportJob::Result &result);

private:
    Options m_options;
    std::unique_ptr<QueryEngine> m_engine; // opened on the thread that runs the job
};

} // namespace rowbook

Q_DECLARE_METATYPE(rowbook::QueryExportJob::Result)
