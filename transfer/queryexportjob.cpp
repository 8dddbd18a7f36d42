#include "queryexportjob.h"

#include <QFileInfo>
#include <QSaveFile>

namespace rowbook {

namespace {

// Counts the rows on their way to the output and reports them now and then.
class CountingSink : public QuerySink
{
public:
    CountingSink(QueryOutput &out, QueryExportJob &job)
        : m_out(out)
        , m_job(job)
    {}
    void columns(const QStringList &names) override { m_out.columns(names); }
    bool row(const QVariantList &values) override
    {
        if (++rows % QueryExportJob::progressRows == 0)
            Q_EMIT m_job.progress(rows);
        return m_out.row(values);
    }
    qint64 rows = 0;

private:
    QueryOutput &m_out;
    QueryExportJob &m_job;
};

} // namespace

QueryExportJob::QueryExportJob(const DatabaseInfo &database,
                               const Options &options,
                               QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_engine(QueryEngine::create(database))
{
    qRegisterMetaType<rowbook::QueryExportJob::Result>();
}

QueryExportJob::~QueryExportJob() = default;

QueryOutput::Format QueryExportJob::formatForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
               ? QueryOutput::Format::Json
               : QueryOutput::Format::Csv;
}

void QueryExportJob::cancel()
{
    m_engine->cancel(1);
}

QueryExportJob::Result QueryExportJob::run()
{
    Result result;
    if (QString problem; !m_engine->open(&problem)) {
        result.status = QueryOutcome::Unwritable;
        result.message = tr("The database cannot be opened: %1").arg(problem);
        return result;
    }
    QSaveFile file(m_options.outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.status = QueryOutcome::Unwritable;
        result.message = tr("The file %1 cannot be written: %2.")
                             .arg(m_options.outputPath, file.errorString());
        return result;
    }
    QueryOutput out(&file, m_options.format);
    CountingSink sink(out, *this);
    const QueryOutcome outcome = m_engine->fetch(1, m_options.sql, 0, -1, sink);
    const bool written = out.finish();
    result.rows = sink.rows;
    result.status = outcome.status;
    if (!outcome.ok()) {
        file.cancelWriting();
        result.message = outcome.status == QueryOutcome::Cancelled
                             ? tr("The export was cancelled; no file was written.")
                             : outcome.message;
        return result;
    }
    if (!written || !file.commit()) {
        result.status = QueryOutcome::Unwritable;
        result.message = tr("The file %1 cannot be written: %2.")
                             .arg(m_options.outputPath, file.errorString());
    }
    return result;
}

void QueryExportJob::start()
{
    const Result result = run();
    Q_EMIT finished(result);
}

} // namespace rowbook
