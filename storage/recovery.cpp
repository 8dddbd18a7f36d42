#include "recovery.h"

#include "pagereader.h"
#include "sqltext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

#include <limits>

namespace rowbook {
namespace {

constexpr int schemaOwner = -1;
constexpr int indexOwner = -2;
constexpr int freeOwner = -3;
constexpr int overflowOwner = -4;
constexpr int maxDepth = 40;

struct SchemaEntry
{
    QString type, name, table, sql;
    quint32 root = 0;
};

struct Gap
{
    qint64 low = 0, high = 0; // rowids the lost subtree held, inclusive
};

struct Table
{
    SchemaEntry entry;
    QVector<quint32> leaves; // reached from the root
    QVector<Gap> gaps;       // subtrees that could not be read
    QVector<PageReader::Cell> orphanCells;
    int columns = 0;
    int rowidAlias = -1; // INTEGER PRIMARY KEY column, which the record stores as NULL
    QStringList columnNames;
    qint64 rows = 0;
};

struct LostRow
{
    quint32 page = 0;
    PageReader::Cell cell;
};

QString quote(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// An sqlite3 connection to the new file, closed when it goes out of scope.
class Output
{
public:
    ~Output() { sqlite3_close_v2(m_db); }
    bool open(const QString &path)
    {
        return sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                               SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
               == SQLITE_OK;
    }
    bool exec(const QString &sql)
    {
        return sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

// A prepared statement, finalized when it goes out of scope.
class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql)
    {
        sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &m_statement, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    sqlite3_stmt *get() const { return m_statement; }

    void bind(int index, const QVariant &value)
    {
        switch (value.typeId()) {
        case QMetaType::LongLong:
            sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        case QMetaType::QString: {
            const QByteArray text = value.toString().toUtf8();
            sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()),
                              SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::QByteArray: {
            const QByteArray blob = value.toByteArray();
            sqlite3_bind_blob(m_statement, index, blob.constData(), int(blob.size()),
                              SQLITE_TRANSIENT);
            break;
        }
        default:
            sqlite3_bind_null(m_statement, index);
        }
    }
    bool step()
    {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};

class Run
{
public:
    Run(const QString &damaged, const Recovery::Progress &progress)
        : m_reader(damaged)
        , m_progress(progress)
    {}

    Recovery::Result run(const QString &outputPath);

private:
    void readSchema();
    bool addSchemaRow(const QVector<QVariant> &values);
    void walkTable(int owner, quint32 page, qint64 low, qint64 high, int depth);
    void walkIndex(quint32 page, int depth);
    void claimPages();
    void findOrphans();
    int attribute(const QVector<PageReader::Cell> &cells) const;
    void createTables(Output &output);
    void insertRows(Output &output);
    bool insert(Statement &statement, const Table &table, const PageReader::Cell &cell);
    void writeLostAndFound(Output &output);
    void createOtherObjects(Output &output);
    bool tick(qint64 steps = 1);

    PageReader m_reader;
    Recovery::Progress m_progress;
    Recovery::Result m_result;
    QVector<SchemaEntry> m_schema;
    QVector<Table> m_tables;
    QHash<quint32, int> m_owner;     // page -> table index, or one of the *Owner values
    QVector<quint32> m_schemaLeaves; // in key order
    QVector<LostRow> m_lost;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_cancelled = false;
};

bool Run::tick(qint64 steps)
{
    m_done += steps;
    if (m_progress && !m_cancelled && (m_done % 64 == 0 || m_done >= m_total))
        m_cancelled = !m_progress(std::min(m_done, m_total), m_total);
    return !m_cancelled;
}

bool Run::addSchemaRow(const QVector<QVariant> &values)
{
    static const QStringList types{QStringLiteral("table"), QStringLiteral("index"),
                                   QStringLiteral("view"), QStringLiteral("trigger")};
    if (values.size() != 5 || values.at(0).typeId() != QMetaType::QString
        || !types.contains(values.at(0).toString()) || values.at(1).typeId() != QMetaType::QString)
        return false;
    SchemaEntry entry{values.at(0).toString(), values.at(1).toString(), values.at(2).toString(),
                      values.at(4).toString(), quint32(values.at(3).toLongLong())};
    for (const SchemaEntry &known : std::as_const(m_schema)) {
        if (known.name == entry.name)
            return true;
    }
    m_schema << entry;
    return true;
}

void Run::readSchema()
{
    walkTable(schemaOwner, 1, std::numeric_limits<qint64>::min(),
              std::numeric_limits<qint64>::max(), 0);
    for (const quint32 leaf : std::as_const(m_schemaLeaves)) {
        for (const PageReader::Cell &cell : m_reader.tableLeafCells(m_reader.btreePage(leaf)))
            addSchemaRow(cell.values);
    }
    if (!m_schema.isEmpty())
        return;
    // Page 1 is gone: look for schema rows on every table leaf page.
    for (quint32 page = 2; page <= m_reader.pageCount(); ++page) {
        const PageReader::BtreePage btree = m_reader.btreePage(page);
        if (btree.type != PageReader::TableLeaf)
            continue;
        const QVector<PageReader::Cell> cells = m_reader.tableLeafCells(btree);
        bool schema = !cells.isEmpty();
        for (const PageReader::Cell &cell : cells)
            schema = addSchemaRow(cell.values) && schema;
        if (schema)
            m_owner.insert(page, schemaOwner);
    }
}

void Run::walkTable(int owner, quint32 page, qint64 low, qint64 high, int depth)
{
    const PageReader::BtreePage btree = m_reader.btreePage(page);
    const bool usable
        = depth < maxDepth && !m_owner.contains(page)
          && (btree.type == PageReader::TableLeaf || btree.type == PageReader::TableInterior);
    if (!usable) {
        if (owner >= 0)
            m_tables[owner].gaps << Gap{low, high};
        return;
    }
    m_owner.insert(page, owner);
    if (btree.type == PageReader::TableLeaf) {
        if (owner >= 0)
            m_tables[owner].leaves << page;
        else
            m_schemaLeaves << page;
        return;
    }
    qint64 previous = low;
    for (const PageReader::ChildPointer &child : m_reader.tableInteriorChildren(btree)) {
        const qint64 upper = std::min(child.key, high);
        walkTable(owner, child.child, previous, upper, depth + 1);
        if (upper < std::numeric_limits<qint64>::max())
            previous = upper + 1;
    }
}

void Run::walkIndex(quint32 page, int depth)
{
    const PageReader::BtreePage btree = m_reader.btreePage(page);
    if (depth >= maxDepth || m_owner.contains(page)
        || (btree.type != PageReader::IndexLeaf && btree.type != PageReader::IndexInterior))
        return;
    m_owner.insert(page, indexOwner);
    for (const quint32 child : m_reader.indexInteriorChildren(btree))
        walkIndex(child, depth + 1);
}

// A damaged file's CREATE text may be cut short: then a mention anywhere counts (a table taken
// for one without rowids is reported, not walked as rowid pages it is not made of).
bool isWithoutRowid(const QString &sql)
{
    bool parsed = false;
    const bool withoutRowid = SqlText::isWithoutRowid(sql, &parsed);
    return parsed ? withoutRowid : SqlText::mentionsWithoutRowid(sql);
}

void Run::claimPages()
{
    for (const quint32 page : m_reader.freelistPages())
        m_owner.insert(page, freeOwner);
    static const QRegularExpression createTable(QStringLiteral("^\\s*CREATE\\s+TABLE\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    for (const SchemaEntry &entry : std::as_const(m_schema)) {
        if (entry.type == QLatin1String("index") || isWithoutRowid(entry.sql)) {
            walkIndex(entry.root, 0);
            if (entry.type == QLatin1String("table"))
                m_result.warnings << Recovery::tr("The table “%1” has no rowids (WITHOUT ROWID), "
                                                  "so its rows were not recovered.")
                                         .arg(entry.name);
        } else if (entry.type == QLatin1String("table")
                   && !entry.name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive)
                   && createTable.match(entry.sql).hasMatch()) {
            m_tables << Table{entry, {}, {}, {}, 0, -1, {}, 0};
            walkTable(int(m_tables.size() - 1), entry.root, std::numeric_limits<qint64>::min(),
                      std::numeric_limits<qint64>::max(), 0);
        }
    }
}

void Run::findOrphans()
{
    // Overflow pages of the rows already placed can never be orphans.
    for (const Table &table : std::as_const(m_tables)) {
        for (const quint32 leaf : table.leaves) {
            for (const PageReader::Cell &cell :
                 m_reader.tableLeafCells(m_reader.btreePage(leaf), nullptr)) {
                for (const quint32 page : cell.overflowPages)
                    m_owner.insert(page, overflowOwner);
            }
        }
    }
    QVector<std::pair<quint32, QVector<PageReader::Cell>>> orphans;
    for (quint32 page = 1; page <= m_reader.pageCount() && tick(); ++page) {
        if (m_owner.contains(page))
            continue;
        const PageReader::BtreePage btree = m_reader.btreePage(page);
        if (btree.type != PageReader::TableLeaf)
            continue;
        int skipped = 0;
        QVector<PageReader::Cell> cells = m_reader.tableLeafCells(btree, &skipped);
        m_result.unreadableCells += skipped;
        if (!cells.isEmpty())
            orphans.append({page, cells});
    }
    for (const auto &[page, cells] : std::as_const(orphans)) {
        for (const PageReader::Cell &cell : cells) {
            for (const quint32 overflow : cell.overflowPages)
                m_owner.insert(overflow, overflowOwner);
        }
    }
    for (const auto &[page, cells] : std::as_const(orphans)) {
        if (m_owner.value(page) == overflowOwner)
            continue; // it only looked like a leaf page
        const int owner = attribute(cells);
        m_owner.insert(page, owner);
        if (owner >= 0) {
            m_tables[owner].orphanCells += cells;
        } else {
            for (const PageReader::Cell &cell : cells)
                m_lost << LostRow{page, cell};
        }
    }
}

// The table an orphan leaf page belongs to, or -1 when that cannot be decided.
int Run::attribute(const QVector<PageReader::Cell> &cells) const
{
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = std::numeric_limits<qint64>::min();
    int fields = 0;
    for (const PageReader::Cell &cell : cells) {
        low = std::min(low, cell.rowid);
        high = std::max(high, cell.rowid);
        fields = std::max(fields, int(cell.values.size()));
    }
    // Rows in a lost subtree's rowid range, with columns that fit; else the column count alone.
    const auto only = [&](const auto &accept) {
        int found = -1;
        for (int i = 0; i < m_tables.size(); ++i) {
            if (!accept(m_tables.at(i)))
                continue;
            if (found >= 0)
                return -2;
            found = i;
        }
        return found;
    };
    const auto inGap = [&](const Table &table) {
        return fields <= table.columns
               && std::any_of(table.gaps.cbegin(), table.gaps.cend(),
                              [&](const Gap &gap) { return gap.low <= low && high <= gap.high; });
    };
    const auto inGapExact = [&](const Table &table) {
        return fields == table.columns && inGap(table);
    };
    const auto damagedExact = [&](const Table &table) {
        return fields == table.columns && !table.gaps.isEmpty();
    };
    const auto exact = [&](const Table &table) {
        return fields == table.columns;
    };
    // The strictest test that leaves exactly one table wins; when none does, do not guess.
    for (const int candidate : {only(inGapExact), only(inGap), only(damagedExact), only(exact)}) {
        if (candidate >= 0)
            return candidate;
    }
    return -1;
}

void Run::createTables(Output &output)
{
    for (Table &table : m_tables) {
        if (!output.exec(table.entry.sql)) {
            m_result.warnings << Recovery::tr("The table “%1” could not be created (%2), so its "
                                              "rows were not recovered.")
                                     .arg(table.entry.name, output.error());
            table.columns = -1;
            continue;
        }
        Statement info(output.handle(),
                       QStringLiteral("PRAGMA table_info(%1)").arg(quote(table.entry.name)));
        int keyColumns = 0;
        int integerKey = -1;
        while (sqlite3_step(info.get()) == SQLITE_ROW) {
            const auto text = [&](int column) {
                return QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(info.get(), column)));
            };
            table.columnNames << text(1);
            if (sqlite3_column_int(info.get(), 5) > 0) {
                ++keyColumns;
                if (text(2).compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
                    integerKey = int(table.columnNames.size() - 1);
            }
        }
        table.columns = int(table.columnNames.size());
        table.rowidAlias = keyColumns == 1 ? integerKey : -1;
    }
}

bool Run::insert(Statement &statement, const Table &table, const PageReader::Cell &cell)
{
    if (cell.values.size() > table.columns)
        return false;
    int index = 1;
    if (table.rowidAlias < 0)
        statement.bind(index++, cell.rowid);
    for (int column = 0; column < table.columns; ++column) {
        statement.bind(index++, column == table.rowidAlias    ? QVariant(cell.rowid)
                                : column < cell.values.size() ? cell.values.at(column)
                                                              : QVariant());
    }
    return statement.step();
}

void Run::insertRows(Output &output)
{
    for (Table &table : m_tables) {
        if (table.columns <= 0)
            continue;
        QStringList columns;
        if (table.rowidAlias < 0)
            columns << QStringLiteral("rowid");
        for (const QString &name : std::as_const(table.columnNames))
            columns << quote(name);
        Statement statement(
            output.handle(),
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(quote(table.entry.name), columns.join(QLatin1Char(',')),
                     QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        const auto place = [&](quint32 page, const PageReader::Cell &cell) {
            if (insert(statement, table, cell))
                ++table.rows;
            else
                m_lost << LostRow{page, cell}; // a duplicate rowid or a row that does not fit
        };
        for (const quint32 leaf : std::as_const(table.leaves)) {
            int skipped = 0;
            for (const PageReader::Cell &cell :
                 m_reader.tableLeafCells(m_reader.btreePage(leaf), &skipped))
                place(leaf, cell);
            m_result.unreadableCells += skipped;
            if (!tick())
                return;
        }
        for (const PageReader::Cell &cell : std::as_const(table.orphanCells))
            place(0, cell);
        m_result.tables << Recovery::TableCount{table.entry.name, table.rows};
    }
}

void Run::writeLostAndFound(Output &output)
{
    if (m_lost.isEmpty())
        return;
    QString name = QStringLiteral("lost_and_found");
    for (int n = 1; std::any_of(m_schema.cbegin(), m_schema.cend(),
                                [&](const SchemaEntry &e) { return e.name == name; });
         ++n)
        name = QStringLiteral("lost_and_found_%1").arg(n);
    int fields = 0;
    for (const LostRow &row : std::as_const(m_lost))
        fields = std::max(fields, int(row.cell.values.size()));
    QStringList columns{QStringLiteral("pgno INTEGER"), QStringLiteral("nfield INTEGER"),
                        QStringLiteral("id INTEGER")};
    for (int i = 0; i < fields; ++i)
        columns << QStringLiteral("c%1").arg(i);
    if (!output.exec(QStringLiteral("CREATE TABLE %1 (%2)")
                         .arg(quote(name), columns.join(QLatin1String(", "))))) {
        m_result.warnings << Recovery::tr("The table for rows without a table could not be "
                                          "created (%1).")
                                 .arg(output.error());
        return;
    }
    Statement statement(
        output.handle(),
        QStringLiteral("INSERT INTO %1 VALUES (%2)")
            .arg(quote(name), QStringList(fields + 3, QStringLiteral("?")).join(QLatin1Char(','))));
    for (const LostRow &row : std::as_const(m_lost)) {
        statement.bind(1, row.page > 0 ? QVariant(qint64(row.page)) : QVariant());
        statement.bind(2, qint64(row.cell.values.size()));
        statement.bind(3, row.cell.rowid);
        for (int i = 0; i < row.cell.values.size(); ++i)
            statement.bind(4 + i, row.cell.values.at(i));
        if (statement.step())
            ++m_result.lostAndFound;
    }
    m_result.tables << Recovery::TableCount{name, m_result.lostAndFound};
}

void Run::createOtherObjects(Output &output)
{
    for (const QString &type :
         {QStringLiteral("index"), QStringLiteral("view"), QStringLiteral("trigger")}) {
        for (const SchemaEntry &entry : std::as_const(m_schema)) {
            if (entry.type != type || entry.sql.isEmpty()
                || entry.name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
                continue;
            if (!output.exec(entry.sql))
                m_result.warnings << Recovery::tr("The %1 “%2” could not be recreated (%3).")
                                         .arg(type, entry.name, output.error());
        }
    }
}

Recovery::Result Run::run(const QString &outputPath)
{
    if (!m_reader.open()) {
        m_result.error = m_reader.error();
        return m_result;
    }
    m_total = 2 * qint64(m_reader.pageCount());
    readSchema();
    if (m_schema.isEmpty()) {
        m_result.error = Recovery::tr("No table definitions could be read from the file, so "
                                      "there is nothing to recover into.");
        return m_result;
    }
    claimPages();
    Output output;
    if (!output.open(outputPath) || !output.exec(QStringLiteral("BEGIN"))) {
        m_result.error = Recovery::tr("%1 cannot be written: %2").arg(outputPath, output.error());
        return m_result;
    }
    createTables(output); // orphan pages are matched by the tables' column counts
    findOrphans();
    insertRows(output);
    writeLostAndFound(output);
    createOtherObjects(output);
    if (m_cancelled)
        m_result.error = Recovery::tr("The recovery was cancelled; no new file was written.");
    else if (!output.exec(QStringLiteral("COMMIT")))
        m_result.error = Recovery::tr("%1 cannot be written: %2").arg(outputPath, output.error());
    else if (m_progress)
        m_progress(m_total, m_total);
    return m_result;
}

} // namespace

qint64 Recovery::Result::totalRows() const
{
    qint64 rows = 0;
    for (const TableCount &table : tables)
        rows += table.rows;
    return rows;
}

Recovery::Result
Recovery::run(const QString &damagedPath, const QString &outputPath, const Progress &progress)
{
    if (QFileInfo::exists(outputPath)) {
        Result result;
        result.error = tr("%1 already exists; choose another name.").arg(outputPath);
        return result;
    }
    const QFileInfo target(outputPath);
    const QString partial
        = target.dir().filePath(QStringLiteral(".%1.recovering").arg(target.fileName()));
    QFile::remove(partial);
    Result result = Run(damagedPath, progress).run(partial);
    if (result.ok() && !QFile::rename(partial, outputPath))
        result.error = tr("%1 cannot be written.").arg(outputPath);
    if (!result.ok()) {
        QFile::remove(partial);
        result.tables.clear();
    }
    QFile::remove(partial + QStringLiteral("-journal"));
    // Only the file's own pages are read: commits still in its write-ahead log are not.
    const QFileInfo wal(damagedPath + QStringLiteral("-wal"));
    if (result.ok() && wal.size() > 0)
        result.warnings.prepend(
            tr("The write-ahead log %1 (%2 bytes) was not read: changes committed to it since the "
               "last checkpoint are not in the recovered file; keep it beside the damaged file.")
                .arg(QDir::toNativeSeparators(wal.absoluteFilePath()))
                .arg(wal.size()));
    return result;
}

} // namespace rowbook
