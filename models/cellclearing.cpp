#include "cellclearing.h"

#include "tablemodel.h"
#include "undohistory.h"

#include <QRegularExpression>
#include <QUndoStack>
#include <QVector>

#include <optional>
#include <utility>

namespace rowbook {
namespace {

// The text between a literal's quotes ('' read as '); nothing when it is not quoted.
std::optional<QString> unquoted(const QString &literal)
{
    if (literal.size() < 2 || !literal.startsWith(QLatin1Char('\''))
        || !literal.endsWith(QLatin1Char('\'')))
        return std::nullopt;
    return literal.mid(1, literal.size() - 2).replace(QLatin1String("''"), QLatin1String("'"));
}

} // namespace

bool CellClearing::clearedValue(const ColumnInfo &column, QVariant *value)
{
    if (!column.notNull) {
        *value = QVariant();
        return true;
    }
    QString literal = column.defaultSql.trimmed();
    while (literal.startsWith(QLatin1Char('(')) && literal.endsWith(QLatin1Char(')')))
        literal = literal.mid(1, literal.size() - 2).trimmed();
    const std::optional<QString> text = unquoted(literal);
    if (column.kind == ColumnKind::Blob) {
        // A binary cell takes bytes: a blob literal's (X'00ff'), or a text default's own, as
        // bytes (DEFAULT '' leaves a zero-length BLOB where an INSERT would store the text '').
        const std::optional<QString> hex = literal.startsWith(QLatin1Char('x'), Qt::CaseInsensitive)
                                               ? unquoted(literal.mid(1))
                                               : std::nullopt;
        if (hex && hex->size() % 2 == 0
            && QRegularExpression(QStringLiteral("^[0-9A-Fa-f]*$")).match(*hex).hasMatch()) {
            *value = QByteArray::fromHex(hex->toLatin1());
            return true;
        }
        if (text) {
            *value = text->toUtf8();
            return true;
        }
        return false; // a number or an expression: not bytes
    }
    if (text) {
        *value = *text;
        return true;
    }
    bool ok = false;
    const qlonglong integer = literal.toLongLong(&ok);
    if (ok) {
        *value = integer;
        return true;
    }
    const double real = literal.toDouble(&ok);
    if (ok) {
        *value = real;
        return true;
    }
    if (literal.compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0
        || literal.compare(QLatin1String("FALSE"), Qt::CaseInsensitive) == 0) {
        *value = literal.compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0 ? 1 : 0;
        return true;
    }
    return false; // no default, or an expression such as CURRENT_TIMESTAMP
}

CellClearing::Result CellClearing::clear(TableModel *model, const QModelIndexList &cells)
{
    Result result;
    const TableInfo &info = model->tableInfo();
    QVector<std::pair<QModelIndex, QVariant>> plan;
    for (const QModelIndex &index : cells) {
        if (!index.isValid())
            continue;
        const ColumnInfo &column = info.columns[index.column()];
        // A BLOB cell has no editor (not ItemIsEditable) but can be emptied: setData decides.
        if (!(model->flags(index) & Qt::ItemIsEditable)
            && (column.kind != ColumnKind::Blob || model->isReadOnly()))
            continue;
        QVariant value;
        if (clearedValue(column, &value))
            plan.push_back({index, value});
        else if (!result.skippedColumns.contains(column.name))
            result.skippedColumns << column.name;
    }
    if (plan.isEmpty())
        return result;
    QModelIndexList planned;
    for (const auto &entry : std::as_const(plan))
        planned << entry.first;
    if (!model->readableForEdit(planned))
        return result; // all or nothing: loadFailed() says why
    UndoHistory *history = model->undoHistory();
    QUndoStack *stack = history ? history->stack(model->tableName()) : nullptr;
    if (stack)
        stack->beginMacro(tr("Clear %Ln cell(s)", nullptr, int(plan.size())));
    // The model stores what the column's kind makes of the value (a default '0' in an INTEGER
    // column becomes 0), exactly as if it had been typed.
    // A value the model does not take for its column (DEFAULT 'none' in an INTEGER column)
    // leaves the cell as it was, and is told.
    for (const auto &[index, value] : std::as_const(plan)) {
        if (model->setData(index, value, Qt::EditRole)) {
            ++result.cleared;
            continue;
        }
        const QString &name = info.columns[index.column()].name;
        if (!result.refusedColumns.contains(name))
            result.refusedColumns << name;
    }
    if (stack)
        stack->endMacro();
    return result;
}

} // namespace rowbook
