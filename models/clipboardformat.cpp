#include "clipboardformat.h"

#include "tablemodel.h"

#include <QAbstractItemModel>
#include <QSet>

#include <algorithm>
#include <set>

namespace rowbook {
namespace {

QChar separator(ClipboardFormat::Format format)
{
    return format == ClipboardFormat::Format::Csv ? QLatin1Char(',') : QLatin1Char('\t');
}

QString quoted(const QString &cell, ClipboardFormat::Format format)
{
    const QChar sep = separator(format);
    bool needsQuotes = cell.contains(sep) || cell.contains(QLatin1Char('"'))
                       || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
    if (format == ClipboardFormat::Format::Csv && !cell.isEmpty())
        needsQuotes = needsQuotes || cell.front().isSpace() || cell.back().isSpace();
    if (!needsQuotes)
        return cell;
    QString escaped = cell;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool isTextKind(ColumnKind kind)
{
    return kind == ColumnKind::Text || kind == ColumnKind::LongText || kind == ColumnKind::Any;
}

QString conversionProblem(ColumnKind kind, const QString &pasted)
{
    const QString text = ColumnValues::shortened(pasted, ColumnValues::quotedChars);
    switch (kind) {
    case ColumnKind::Integer:
        return ClipboardFormat::tr("“%1” is not a whole number.").arg(text);
    case ColumnKind::Real:
        return ClipboardFormat::tr("“%1” is not a number.").arg(text);
    case ColumnKind::Date:
        return ClipboardFormat::tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text);
    case ColumnKind::Boolean:
        return ClipboardFormat::tr("“%1” is not yes or no (true/false, yes/no or 1/0).").arg(text);
    case ColumnKind::Blob:
        return ClipboardFormat::tr("Binary values cannot be pasted as text.");
    default:
        return ClipboardFormat::tr("“%1” does not fit this column.").arg(text);
    }
}

} // namespace

QString ClipboardFormat::cellText(const QModelIndex &index)
{
    if (index.data(TableModel::NullRole).toBool())
        return {};
    const QVariant check = index.data(Qt::CheckStateRole);
    if (check.isValid())
        return check.toInt() == Qt::Checked ? QStringLiteral("true") : QStringLiteral("false");
    const QVariant edit = index.data(Qt::EditRole);
    if (edit.typeId() == QMetaType::QString)
        return edit.toString(); // the whole text: the grid shows only its first line
    return index.data(Qt::DisplayRole).toString();
}

QString ClipboardFormat::copy(const QAbstractItemModel &model,
                              const QModelIndexList &selection,
                              Format format,
                              bool withHeader)
{
    std::set<int> rows;
    std::set<int> columns;
    QSet<std::pair<int, int>> selected;
    for (const QModelIndex &index : selection) {
        if (!index.isValid() || index.model() != &model)
            continue;
        rows.insert(index.row());
        columns.insert(index.column());
        selected.insert({index.row(), index.column()});
    }
    Block block;
    if (withHeader && !columns.empty()) {
        QStringList header;
        for (const int column : columns)
            header << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        block << header;
    }
    for (const int row : rows) {
        QStringList line;
        for (const int column : columns)
            line << (selected.contains({row, column}) ? cellText(model.index(row, column))
                                                      : QString());
        block << line;
    }
    return ClipboardFormat::format(block, format);
}

QString ClipboardFormat::format(const Block &rows, Format format)
{
    const QString lineEnd = format == Format::Csv ? QStringLiteral("\r\n") : QStringLiteral("\n");
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << quoted(cell, format);
        text += cells.join(separator(format));
        text += lineEnd;
    }
    if (rows.size() == 1 && rows.first().size() == 1)
        text.chop(lineEnd.size()); // one cell pastes into a text field without a line break
    return text;
}

ClipboardFormat::Block ClipboardFormat::parse(const QString &text, Format format)
{
    const QChar sep = separator(format);
    Block rows;
    QStringList row;
    QString cell;
    bool atCellStart = true;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const QChar c = text[i];
        if (atCellStart && c == QLatin1Char('"')) {
            for (++i; i < size; ++i) {
                if (text[i] != QLatin1Char('"')) {
                    cell += text[i];
                } else if (i + 1 < size && text[i + 1] == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    ++i;
                    break;
                }
            }
            atCellStart = false; // text after the closing quote is kept as written
            continue;
        }
        if (c == sep) {
            row << cell;
            cell.clear();
            atCellStart = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            cell.clear();
            row.clear();
            atCellStart = true;
            if (c == QLatin1Char('\r') && i + 1 < size && text[i + 1] == QLatin1Char('\n'))
                ++i;
        } else {
            cell += c;
            atCellStart = false;
        }
        ++i;
    }
    if (!atCellStart || !row.isEmpty()) { // the last line had no line end
        row << cell;
        rows << row;
    }
    return rows;
}

// A key cell: the database numbers its integer key (ignored in a new row, refused when changed);
// a saved row's other key identifies it (refused when changed; taken in a new row). False for
// other cells.
bool ClipboardFormat::pasteIntoKey(const TableModel &model,
                                   int target,
                                   int col,
                                   const QString &text,
                                   bool appended,
                                   PastePlan &plan)
{
    const TableInfo &info = model.tableInfo();
    if (info.isNumberedKey(col)) {
        if (appended)
            ++plan.ignoredCells;
        else if (text.trimmed() != model.index(target, col).data().toString())
            plan.errors.push_back({target, col,
                                   tr("“%1” is numbered by the database and cannot be changed.")
                                       .arg(info.columns[col].name)});
        return true;
    }
    if (appended)
        return false;
    const QModelIndex index = model.index(target, col);
    const QString note = model.savedKeyNote(index);
    if (note.isEmpty() || text == index.data(TableModel::StoredRole).toString())
        return false;
    plan.errors.push_back({target, col, note});
    return true;
}

ClipboardFormat::PastePlan
ClipboardFormat::plan(const TableModel &model, int row, int column, const Block &block)
{
    PastePlan plan;
    const TableInfo &info = model.tableInfo();
    if (block.isEmpty()) {
        plan.problem = tr("There is nothing to paste.");
        return plan;
    }
    if (!info.isValid() || model.isReadOnly()) {
        plan.problem = model.readOnlyReason().isEmpty() ? tr("This table cannot be edited.")
                                                        : model.readOnlyReason();
        return plan;
    }
    const int top = std::max(0, row);
    const int left = std::max(0, column);
    const int rowCount = model.rowCount();
    const int columnCount = int(info.columns.size());
    int width = 0;
    for (int r = 0; r < block.size(); ++r) {
        const int target = top + r;
        const bool appended = target >= rowCount;
        const QStringList &cells = block[r];
        width = std::max(width, int(cells.size()));
        for (int c = 0; c < cells.size() && left + c < columnCount; ++c) {
            const int col = left + c;
            const ColumnInfo &spec = info.columns[col];
            const QString &text = cells[c];
            if (pasteIntoKey(model, target, col, text, appended, plan))
                continue;
            QVariant stored;
            bool ok = true;
            if (text.isEmpty() && !isTextKind(spec.kind))
                stored = QVariant();
            else if (spec.kind == ColumnKind::Blob)
                ok = false;
            else
                ok = TableModel::toStorage(spec.kind, text, &stored);
            if (!ok) {
                plan.errors.push_back({target, col, conversionProblem(spec.kind, text)});
                continue;
            }
            if (const QString problem = model.keyValueProblem(col, stored); !problem.isEmpty()) {
                plan.errors.push_back({target, col, problem});
                continue;
            }
            if (stored.isNull() && appended && !spec.defaultSql.isEmpty())
                continue; // the column's default applies
            if (stored.isNull() && spec.notNull) {
                plan.errors.push_back(
                    {target, col, tr("A value is required in “%1”.").arg(spec.name)});
                continue;
            }
            plan.cells.push_back({target, col, stored});
        }
        if (!appended)
            continue;
        // Required columns of a new row that the block does not reach.
        for (int col = 0; col < columnCount; ++col) {
            const ColumnInfo &spec = info.columns[col];
            const bool covered = col >= left && col < left + cells.size();
            if (!covered && spec.notNull && spec.defaultSql.isEmpty() && !info.isNumberedKey(col))
                plan.errors.push_back(
                    {target, col, tr("A value is required in “%1”.").arg(spec.name)});
        }
    }
    plan.clippedColumns = std::max(0, left + width - columnCount);
    plan.rowsToAppend = std::max(0, top + int(block.size()) - rowCount);
    if (!plan.errors.isEmpty())
        plan.cells.clear();
    return plan;
}

} // namespace rowbook
