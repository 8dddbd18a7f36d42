#include "exportjob.h"

#include "catalog.h"
#include "logging.h"
#include "sqlitestatement.h"
#include "typeinference.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <charconv>
#include <cmath>

namespace rowbook {
namespace {

constexpr qsizetype flushAt = 1 << 20;

// Appends into a growing buffer without per-value allocations.
class Writer
{
public:
    explicit Writer(QIODevice *device)
        : m_device(device)
    {
        m_buffer.reserve(flushAt + qsizetype(64) * 1024);
    }
    void put(char c) { m_buffer.append(c); }
    void put(QByteArrayView bytes) { m_buffer.append(bytes); }
    void putInteger(qint64 value)
    {
        char digits[24];
        const auto result = std::to_chars(digits, digits + sizeof digits, value);
        m_buffer.append(digits, result.ptr - digits);
    }
    // Shortest text that reads back as the same double, always with a fraction or exponent.
    void putReal(double value, bool json)
    {
        if (!std::isfinite(value)) {
            put(json ? QByteArrayView("null")
                     : (std::isnan(value)
                            ? QByteArrayView("")
                            : (value > 0 ? QByteArrayView("9e999") : QByteArrayView("-9e999"))));
            return;
        }
        char digits[32];
        const auto result = std::to_chars(digits, digits + sizeof digits, value);
        const QByteArrayView text(digits, result.ptr - digits);
        m_buffer.append(text);
        if (!text.contains('.') && !text.contains('e'))
            m_buffer.append(".0");
    }
    void putHex(QByteArrayView blob) { m_buffer.append(blob.toByteArray().toHex()); }
    void putBase64(QByteArrayView blob) { m_buffer.append(blob.toByteArray().toBase64()); }
    bool flushIfFull() { return m_buffer.size() < flushAt || flush(); }
    bool flush()
    {
        const bool ok = m_device->write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return ok;
    }

private:
    QIODevice *m_device;
    QByteArray m_buffer;
};

// Quoted when needed, and also when the text reads as a number or a blob literal, so that an
// import into a column without a type keeps it as text.
void putCsvText(Writer &out, QByteArrayView text)
{
    bool quote = text.isEmpty() || classifyText(text) != ValueShape::Text;
    for (const char c : text) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.put(text);
        return;
    }
    out.put('"');
    for (const char c : text) {
        if (c == '"')
            out.put('"');
        out.put(c);
    }
    out.put('"');
}

void putJsonText(Writer &out, QByteArrayView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.put('"');
    qsizetype plain = 0; // start of the run of bytes that need no escaping
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.put(text.sliced(plain, i - plain));
        plain = i + 1;
        out.put('\\');
        switch (c) {
        case '"':
        case '\\':
            out.put(char(c));
            break;
        case '\n':
            out.put('n');
            break;
        case '\r':
            out.put('r');
            break;
        case '\t':
            out.put('t');
            break;
        default:
            out.put(QByteArrayView("u00"));
            out.put(hex[c >> 4]);
            out.put(hex[c & 0xf]);
        }
    }
    out.put(text.sliced(plain));
    out.put('"');
}

} // namespace

ExportJob::ExportJob(const DatabaseInfo &database, const Options &options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(options)
{
    qRegisterMetaType<rowbook::ExportJob::Result>();
}

ExportJob::Format ExportJob::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("json") ? Format::Json : Format::Csv;
}

void ExportJob::start()
{
    const Result result = run();
    qCDebug(lcTransfer, "export of %s: %lld rows%s%s", qUtf8Printable(m_options.table),
            static_cast<long long>(result.rows), result.error.kind ? ", error: " : "",
            qUtf8Printable(result.error.message));
    emit finished(result);
}

ExportJob::Result ExportJob::run()
{
    QSaveFile file(m_options.outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        Result result;
        result.error = TransferError::make(
            TransferError::Input,
            tr("The file %1 cannot be written: %2.").arg(m_options.outputPath, file.errorString()));
        return result;
    }
    Result result = run(&file);
    if (!result.error.isError() && !file.commit())
        result.error = TransferError::make(
            TransferError::Input,
            tr("The file %1 cannot be written: %2.").arg(m_options.outputPath, file.errorString()));
    return result;
}

ExportJob::Result ExportJob::run(QIODevice *output)
{
    Result result;
    m_cancelled.store(false);
    if (!m_database.isOpen()) {
        result.error
            = TransferError::make(TransferError::Unwritable, m_database.error.userMessage());
        return result;
    }
    const bool json = m_options.format == Format::Json;
    const QString connection = Database::uniqueConnectionName(QStringLiteral("export"));
    {
        QSqlDatabase db = Database::connect(m_database, connection, Database::Role::Reader);
        const TableInfo table = Catalog::table(db, m_options.table);
        if (!db.isOpen()) {
            result.error = TransferError::make(TransferError::Unwritable,
                                               StorageError::fromSql(db.lastError()).userMessage());
        } else if (!table.isValid() || Catalog::isInternal(m_options.table)) {
            result.error = TransferError::make(
                TransferError::Usage,
                tr("There is no table “%1” in %2.").arg(m_options.table, m_database.path));
        } else {
            const QString sql = QStringLiteral("SELECT * FROM %1").arg(Catalog::quote(table.name));
            QElapsedTimer clock;
            clock.start();
            for (int attempt = 1;; ++attempt) {
                SqliteStatement select(db, sql);
                Writer out(output);
                QList<QByteArray> names;
                for (int i = 0; i < select.columnCount(); ++i)
                    names << select.columnName(i).toUtf8();
                if (!json) {
                    for (int i = 0; i < names.size(); ++i) {
                        if (i > 0)
                            out.put(',');
                        putCsvText(out, names.at(i));
                    }
                    out.put("\r\n");
                } else {
                    out.put('[');
                }
                bool ok = true;
                const int columns = int(names.size());
                while (ok && select.next()) {
                    if (json)
                        out.put(result.rows == 0 ? "\n{" : ",\n{");
                    for (int i = 0; i < columns; ++i) {
                        if (json) {
                            if (i > 0)
                                out.put(',');
                            putJsonText(out, names.at(i));
                            out.put(':');
                        } else if (i > 0) {
                            out.put(',');
                        }
                        switch (select.columnType(i)) {
                        case SqliteStatement::Type::Integer:
                            out.putInteger(select.integerValue(i));
                            break;
                        case SqliteStatement::Type::Real:
                            out.putReal(select.realValue(i), json);
                            break;
                        case SqliteStatement::Type::Text:
                            if (json)
                                putJsonText(out, select.textValue(i));
                            else
                                putCsvText(out, select.textValue(i));
                            break;
                        case SqliteStatement::Type::Blob:
                            if (json) {
                                out.put("{\"$blob\":\"");
                                out.putBase64(select.blobValue(i));
                                out.put("\"}");
                            } else {
                                out.put("X'");
                                out.putHex(select.blobValue(i));
                                out.put('\'');
                            }
                            break;
                        case SqliteStatement::Type::Null:
                            if (json)
                                out.put("null");
                            break;
                        }
                    }
                    out.put(json ? QByteArrayView("}") : QByteArrayView("\r\n"));
                    ++result.rows;
                    if (result.rows % 4096 == 0) {
                        emit progress(result.rows);
                        ok = out.flushIfFull() && !m_cancelled.load();
                    }
                }
                const StorageError error = select.error();
                if (error.isBusy() && result.rows == 0) { // nothing was written yet: try again
                    const int delay = m_options.retry.delayForAttempt(attempt);
                    if (clock.elapsed() + delay <= m_options.retry.budgetMs) {
                        QThread::msleep(static_cast<unsigned long>(delay));
                        continue;
                    }
                }
                if (ok && json)
                    out.put(result.rows == 0 ? "]\n" : "\n]\n");
                ok = ok && out.flush();
                if (m_cancelled.load())
                    result.error = TransferError::make(TransferError::Cancelled,
                                                       tr("The export was cancelled."));
                else if (error.isError())
                    result.error = TransferError::make(error.isBusy() ? TransferError::Busy
                                                                      : TransferError::Unwritable,
                                                       error.userMessage());
                else if (!ok)
                    result.error = TransferError::make(
                        TransferError::Input,
                        tr("The output cannot be written: %1.").arg(output->errorString()));
                break;
            }
            emit progress(result.rows);
        }
    }
    Database::disconnect(connection);
    return result;
}

} // namespace rowbook
