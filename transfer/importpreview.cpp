#include "importpreview.h"

#include "csvreader.h"
#include "importplan.h"
#include "jsonreader.h"
#include "valueconversion.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace rowbook {
namespace {

// The context this file's messages are looked up and filed (lupdate) under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rowbook::ImportPlan)
};

bool open(QFile *file, ImportPreview *preview)
{
    if (!file->open(QIODevice::ReadOnly))
        preview->error = TransferError::make(
            TransferError::Input,
            Text::tr("The file cannot be opened: %1.").arg(file->errorString()));
    return file->isOpen();
}

QVariant cellOf(const QJsonValue &value, const JsonCell &cell)
{
    switch (cell.shape) {
    case ValueShape::Empty:
        return {};
    case ValueShape::Blob:
        return QCoreApplication::translate("rowbook::ImportPlan", "(binary, %Ln byte(s))", nullptr,
                                           int(cell.bytes.size()));
    default:
        break;
    }
    if (value.isArray() || value.isObject()) {
        const QJsonDocument document
            = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    }
    if (value.isBool())
        return QString::number(cell.integer);
    if (value.isDouble())
        return cell.shape == ValueShape::Integer ? QString::number(cell.integer)
                                                 : QString::number(cell.real, 'g', 17);
    return value.toString();
}

} // namespace

ImportPreview ImportPreview::readCsv(
    const QString &path, char delimiter, const QString &encoding, bool header, int maxRows)
{
    ImportPreview preview;
    QFile file(path);
    if (!open(&file, &preview))
        return preview;
    CsvReader reader(&file, CsvReader::Options{delimiter, encoding, qint64(64) * 1024});
    std::vector<TypeInference> inference;
    QStringList names;
    int columns = -1;
    while (reader.readRecord()) {
        if (columns < 0) {
            columns = reader.fieldCount();
            for (int i = 0; i < columns; ++i)
                names << (header ? reader.text(i) : QString());
            inference.resize(size_t(columns));
            if (header)
                continue;
        }
        if (preview.rows.size() == maxRows) {
            preview.more = true;
            break;
        }
        if (reader.fieldCount() != columns) {
            preview.error = ImportPlan::raggedRow(reader, columns);
            break;
        }
        QVector<QVariant> row(columns);
        for (int i = 0; i < columns; ++i) {
            inference[size_t(i)].add(ImportPlan::csvShape(reader.field(i), reader.isQuoted(i)));
            if (!reader.field(i).isEmpty() || reader.isQuoted(i))
                row[i] = reader.text(i);
        }
        preview.rows << row;
    }
    if (!preview.error.isError() && reader.hasError())
        preview.error = reader.error();
    if (columns < 0 && !preview.error.isError())
        preview.error
            = TransferError::make(TransferError::Input, Text::tr("The file is empty."), 1, 1);
    preview.delimiter = reader.delimiter();
    preview.encoding = reader.encodingName();
    preview.sourceNames = header ? names : QStringList();
    preview.names = uniqueColumnNames(names);
    for (const TypeInference &column : inference)
        preview.types << column.type();
    return preview;
}

ImportPreview ImportPreview::readJson(const QString &path, int maxRows)
{
    ImportPreview preview;
    QFile file(path);
    if (!open(&file, &preview))
        return preview;
    JsonReader reader(&file);
    QHash<QString, int> index;
    std::vector<TypeInference> inference;
    QVector<QHash<int, QVariant>> cells;
    while (reader.readObject()) {
        if (cells.size() == maxRows) {
            preview.more = true;
            break;
        }
        QHash<int, QVariant> row;
        const QStringList &keys = reader.keys();
        for (qsizetype k = 0; k < keys.size(); ++k) {
            if (!index.contains(keys.at(k))) {
                index.insert(keys.at(k), int(preview.sourceNames.size()));
                preview.sourceNames << keys.at(k);
                inference.emplace_back();
            }
            const int column = index.value(keys.at(k));
            const QJsonValue value = reader.object().value(keys.at(k));
            const JsonCell cell = jsonCell(value, reader.rawValue(k));
            ImportPlan::addJson(&inference[size_t(column)], cell);
            row.insert(column, cellOf(value, cell));
        }
        cells << row;
    }
    if (reader.hasError())
        preview.error = reader.error();
    else if (preview.sourceNames.isEmpty())
        preview.error = TransferError::make(TransferError::Input,
                                            Text::tr("The file holds no objects to import."), 1, 1);
    preview.names = uniqueColumnNames(preview.sourceNames);
    for (const TypeInference &column : inference)
        preview.types << column.jsonType();
    for (const QHash<int, QVariant> &row : std::as_const(cells)) {
        QVector<QVariant> values(preview.sourceNames.size());
        for (auto it = row.constBegin(); it != row.constEnd(); ++it)
            values[it.key()] = it.value();
        preview.rows << values;
    }
    return preview;
}

} // namespace rowbook
