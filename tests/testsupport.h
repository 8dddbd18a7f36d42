#pragma once

// Helpers shared by the tests: temporary databases, a second connection to check what is really
// on disk, and file checksums.

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace testsupport {

// A plain connection, independent of Rowbook's code, for checking what is on disk.
class Probe
{
public:
    explicit Probe(const QString &path, const QString &options = {})
        : m_name(QStringLiteral("probe-%1").arg(reinterpret_cast<quintptr>(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        db.open();
    }
    ~Probe()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Probe(const Probe &) = delete;
    Probe &operator=(const Probe &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    QVariant value(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<error: %1>").arg(query.lastError().text());
        return query.value(0);
    }

    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }

private:
    QString m_name;
};

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline QString chinookPath()
{
    return QStringLiteral(ROWBOOK_SHARED_DATA "/chinook/Chinook_Sqlite.sqlite");
}

} // namespace testsupport
