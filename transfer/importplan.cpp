#include "importplan.h"

#include "csvreader.h"
#include "importpreview.h"
#include "quoting.h"
#include "valueconversion.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace rowbook {
namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rowbook::ImportPlan)
};

} // namespace

QString ImportPlan::tableNameForPath(const QString &path)
{
    static const QRegularExpression other(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString name = QFileInfo(path).completeBaseName().replace(other, QStringLiteral(" "));
    name = name.simplified().replace(QLatin1Char(' '), QLatin1Char('_'));
    if (name.isEmpty())
        name = QStringLiteral("imported");
    if (name.at(0).isDigit() || Catalog::isInternal(name))
        name.prepend(QStringLiteral("t_"));
    return name;
}

QStringList ImportPlan::fileSuffixes()
{
    return {QStringLiteral("csv"),  QStringLiteral("tsv"),    QStringLiteral("txt"),
            QStringLiteral("json"), QStringLiteral("ndjson"), QStringLiteral("jsonl")};
}

bool ImportPlan::isImportable(const QString &path)
{
    return fileSuffixes().contains(QFileInfo(path).suffix().toLower());
}

char ImportPlan::delimiterForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("tsv"), Qt::CaseInsensitive) == 0 ? '\t'
                                                                                            : 0;
}

ImportPlan::CsvGuess ImportPlan::guessCsv(const QString &path, int rows)
{
    CsvGuess guess;
    const ImportPreview preview
        = ImportPreview::readCsv(path, delimiterForPath(path), QString(), true, rows);
    if (preview.delimiter)
        guess.delimiter = preview.delimiter;
    if (preview.encoding.startsWith(QLatin1String("UTF-16")))
        guess.encoding = QStringLiteral("utf-16");
    // Not valid UTF-8 in the first rows, but readable as Windows-1252: most likely that.
    if (preview.error.isError()
        && !ImportPreview::readCsv(path, guess.delimiter, QStringLiteral("windows-1252"), true,
                                   rows)
                .error.isError())
        guess.encoding = QStringLiteral("windows-1252");
    return guess;
}

ValueShape ImportPlan::csvShape(QByteArrayView field, bool quoted)
{
    const ValueShape shape = classifyText(field);
    return shape == ValueShape::Blob && quoted ? ValueShape::Text : shape;
}

void ImportPlan::addJson(TypeInference *inference, const JsonCell &cell)
{
    if (cell.integralReal)
        inference->addIntegralReal();
    else
        inference->add(cell.shape);
}

TransferError ImportPlan::raggedRow(const CsvReader &reader, int columns)
{
    const bool more = reader.fieldCount() > columns;
    return reader.errorAtField(more ? columns : reader.fieldCount(),
                               (more ? Text::tr("This row has more fields than the first one "
                                                "(expected %1 fields, found %2).")
                                     : Text::tr("This row has fewer fields than the first one "
                                                "(expected %1 fields, found %2)."))
                                   .arg(columns)
                                   .arg(reader.fieldCount()));
}

QString ImportPlan::ColumnMatch::problem() const
{
    if (ok())
        return {};
    if (fileColumns == 0)
        return Text::tr("The file holds no columns to import into table “%1”.").arg(table);
    if (byName)
        return Text::tr("Table “%1” has no column %2 (its columns are %3).")
            .arg(table, quotedNames(missing), quotedNames(tableColumns));
    return Text::tr("The file has %1 columns but table “%2” has only %3.")
        .arg(fileColumns)
        .arg(table)
        .arg(tableColumns.size());
}

ImportPlan::ColumnMatch ImportPlan::matchColumns(const TableInfo &table,
                                                 const QStringList &sourceNames,
                                                 qsizetype fileColumns)
{
    ColumnMatch match;
    match.table = table.name;
    match.fileColumns = fileColumns;
    match.byName = !sourceNames.isEmpty();
    for (const ColumnInfo &column : table.columns)
        match.tableColumns << column.name;
    for (qsizetype i = 0; i < fileColumns; ++i) {
        const int index = match.byName ? table.columnIndex(sourceNames.value(i).trimmed())
                                       : (i < match.tableColumns.size() ? int(i) : -1);
        if (index >= 0)
            match.targets << match.tableColumns.at(index);
        else
            match.missing << (match.byName ? sourceNames.value(i) : QString::number(i + 1));
    }
    return match;
}

ImportPlan::Target ImportPlan::describeTarget(const DatabaseInfo &database,
                                              const QString &name,
                                              const TableInfo &existing,
                                              const QStringList &sourceNames,
                                              const QStringList &names,
                                              bool fileRead)
{
    Target target;
    target.table = name.trimmed();
    target.existing = existing.isValid() && !existing.isView;
    if (database.readOnly) {
        target.description = database.readOnlyReason;
    } else if (target.table.isEmpty()) {
        target.description = Text::tr("Enter the name of the table to import into.");
    } else if (Catalog::isInternal(target.table)) {
        target.description
            = Text::tr("The name “%1” is reserved for SQLite and Rowbook; choose another.")
                  .arg(target.table);
    } else if (!fileRead && !existing.isValid()) {
        target.description = Text::tr("A new table “%1” will be created with the file's columns.")
                                 .arg(target.table);
    } else if (!fileRead && !existing.isView) {
        target.table = existing.name;
        target.description
            = Text::tr("Table “%1” exists; the file's rows will go into it.").arg(existing.name);
        target.existing = true;
    } else if (!existing.isValid() && names.isEmpty()) {
        target.description
            = Text::tr("The file holds no columns to create table “%1” from.").arg(target.table);
    } else if (!existing.isValid()) {
        target.description = Text::tr("A new table “%1” will be created with the columns %2.")
                                 .arg(target.table, quotedNames(names));
        target.ok = true;
    } else if (existing.isView) {
        target.table = existing.name;
        target.description
            = Text::tr("“%1” is a view; enter the name of a table.").arg(existing.name);
    } else {
        target.table = existing.name;
        const ColumnMatch match = matchColumns(existing, sourceNames, names.size());
        target.ok = match.ok();
        target.description
            = target.ok ? Text::tr("Table “%1” exists; the file's columns go into its columns %2.")
                              .arg(existing.name, quotedNames(match.targets))
                        : Text::tr("%1 Enter another name to import into a new table.")
                              .arg(match.problem());
    }
    return target;
}

QVector<std::pair<QString, ColumnType>>
ImportPlan::changedTypes(const QStringList &names,
                         const QVector<ColumnType> &detected,
                         const QVector<ColumnType> &chosen)
{
    QVector<std::pair<QString, ColumnType>> changed;
    const qsizetype count = std::min({names.size(), detected.size(), chosen.size()});
    for (qsizetype i = 0; i < count; ++i) {
        if (chosen.at(i) != detected.at(i))
            changed.append({names.at(i), chosen.at(i)});
    }
    return changed;
}

QString ImportPlan::describe(const TransferError &error, const QString &file)
{
    if (error.line > 0 && !file.isEmpty())
        return QStringLiteral("%1:%2:%3: %4")
            .arg(file)
            .arg(error.line)
            .arg(error.column)
            .arg(error.message);
    if (error.kind == TransferError::Input && !file.isEmpty())
        return QStringLiteral("%1: %2").arg(file, error.message);
    return error.message;
}

TableDirectory TableDirectory::read(const DatabaseInfo &database, StorageError *error)
{
    TableDirectory directory;
    if (!database.isOpen())
        return directory;
    const QString connection = Database::uniqueConnectionName(QStringLiteral("tables"));
    {
        const QSqlDatabase db = Database::connect(database, connection, Database::Role::Reader);
        StorageError problem;
        if (!db.isOpen()) {
            // A query on a connection that did not open fails without an error of its own.
            problem = StorageError::fromSql(db.lastError());
            if (!problem.isError())
                problem = StorageError::make(StorageError::Other,
                                             Text::tr("The database could not be opened."));
        } else {
            // One read transaction: on SQLite the first read's shared lock is held until every
            // table is read, so a writer cannot lock the file out halfway through the list.
            QSqlDatabase(db).transaction();
            const QVector<Catalog::Entry> entries = Catalog::objects(db, &problem);
            for (const Catalog::Entry &entry : entries)
                directory.m_tables << Catalog::table(db, entry.name);
            QSqlDatabase(db).commit();
        }
        if (problem.isError())
            directory.m_tables.clear();
        if (error)
            *error = problem;
    }
    Database::disconnect(connection);
    return directory;
}

TableInfo TableDirectory::find(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const TableInfo &table : m_tables) {
        if (table.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return table;
    }
    return {};
}

} // namespace rowbook
