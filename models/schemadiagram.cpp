#include "schemadiagram.h"

#include "catalog.h"
#include "foreignkeys.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace rowbook {

namespace {

int columnIndex(const QVector<SchemaDiagram::Column> &columns, const QString &name)
{
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).name.compare(name, Qt::CaseInsensitive) == 0)
            return c;
    }
    return -1;
}

} // namespace

SchemaDiagram SchemaDiagram::read(const QSqlDatabase &db)
{
    SchemaDiagram diagram;
    const QVector<Catalog::Entry> objects = Catalog::objects(db);
    QVector<QVector<ForeignKeyConstraint>> keys;
    for (const Catalog::Entry &entry : objects) {
        const TableInfo info = Catalog::table(db, entry.name);
        Table table{entry.name, entry.isView, {}};
        for (const ColumnInfo &column : info.columns)
            table.columns.append({column.name, column.declaredType, column.primaryKeyOrder > 0});
        diagram.tables.append(table);
        keys.append(entry.isView ? QVector<ForeignKeyConstraint>()
                                 : ForeignKeys::constraints(db, entry.name));
    }
    for (int from = 0; from < diagram.tables.size(); ++from) {
        Table &table = diagram.tables[from];
        for (const ForeignKeyConstraint &key : std::as_const(keys.at(from))) {
            const int to = diagram.indexOf(key.parentTable);
            QVector<int> fromColumns;
            for (const QString &name : key.columns) {
                const int c = columnIndex(table.columns, name);
                if (c >= 0)
                    fromColumns.append(c);
            }
            if (to < 0 || fromColumns.isEmpty())
                continue; // a key to a table that does not exist draws nothing to point at
            for (int c : std::as_const(fromColumns))
                table.columns[c].foreignKey = true;
            const int toColumn
                = key.parentColumns.isEmpty()
                      ? -1
                      : columnIndex(diagram.tables.at(to).columns, key.parentColumns.constFirst());
            diagram.edges.append({from, fromColumns.constFirst(), to, toColumn, fromColumns});
        }
    }
    return diagram;
}

int SchemaDiagram::indexOf(const QString &table) const
{
    for (int i = 0; i < tables.size(); ++i) {
        if (tables.at(i).name.compare(table, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

namespace DiagramLayout {

QVector<int> layers(const SchemaDiagram &diagram)
{
    const int count = int(diagram.tables.size());
    QVector<QVector<int>> parents(count);
    for (const SchemaDiagram::Edge &edge : diagram.edges) {
        if (edge.from != edge.to && !parents.at(edge.from).contains(edge.to))
            parents[edge.from].append(edge.to);
    }
    // Depth-first from every table: a parent still on the walk's stack closes a cycle and is
    // skipped, so every table gets a finite depth.
    enum State { Unvisited, OnStack, Done };
    QVector<State> state(count, Unvisited);
    QVector<int> layer(count, 0);
    std::function<void(int)> visit = [&](int table) {
        state[table] = OnStack;
        int depth = 0;
        for (int parent : std::as_const(parents.at(table))) {
            if (state.at(parent) == OnStack)
                continue;
            if (state.at(parent) == Unvisited)
                visit(parent);
            depth = std::max(depth, layer.at(parent) + 1);
        }
        layer[table] = depth;
        state[table] = Done;
    };
    for (int table = 0; table < count; ++table) {
        if (state.at(table) == Unvisited)
            visit(table);
    }
    return layer;
}

namespace {

// One placement of `columns` (reordered in place): each column's tables sorted by the mean
// height of their already placed parents, or by `rootWeight` when they have none, and stacked
// top-down, wrapping past `limit`. Returns the vertical middle of every box.
QVector<qreal> placeColumns(const SchemaDiagram &diagram,
                            const QVector<QSizeF> &sizes,
                            const QVector<bool> &connected,
                            const QVector<qreal> &rootWeight,
                            qreal limit,
                            QVector<QVector<int>> &columns,
                            QVector<QPointF> &positions)
{
    const int count = int(diagram.tables.size());
    QVector<qreal> placedY(count, -1);
    qreal x = 0;
    for (QVector<int> &column : columns) {
        if (column.isEmpty())
            continue;
        QVector<qreal> weight(count, -1);
        for (int table : std::as_const(column)) {
            qreal sum = 0;
            int n = 0;
            for (const SchemaDiagram::Edge &edge : diagram.edges) {
                if (edge.from == table && edge.to != table && placedY.at(edge.to) >= 0
                    && connected.at(table)) {
                    sum += placedY.at(edge.to);
                    ++n;
                }
            }
            weight[table] = n ? sum / n : rootWeight.at(table);
        }
        std::stable_sort(column.begin(), column.end(),
                         [&](int a, int b) { return weight.at(a) < weight.at(b); });
        qreal y = 0;
        qreal width = 0;
        for (int table : std::as_const(column)) {
            const QSizeF size = sizes.at(table);
            if (y > 0 && y + size.height() > limit) {
                x += width + gap;
                y = 0;
                width = 0;
            }
            positions[table] = QPointF(x, y);
            placedY[table] = y + size.height() / 2;
            y += size.height() + gap;
            width = std::max(width, size.width());
        }
        x += width + gap * 1.5;
    }
    return placedY;
}

// The mean height of the tables that refer to each table (-1 for none).
QVector<qreal> childWeights(const SchemaDiagram &diagram, const QVector<qreal> &centreY)
{
    QVector<qreal> weight(diagram.tables.size(), -1);
    for (int table = 0; table < diagram.tables.size(); ++table) {
        qreal sum = 0;
        int n = 0;
        for (const SchemaDiagram::Edge &edge : diagram.edges) {
            if (edge.to == table && edge.from != table) {
                sum += centreY.at(edge.from);
                ++n;
            }
        }
        if (n)
            weight[table] = sum / n;
    }
    return weight;
}

} // namespace

QVector<QPointF> arrange(const SchemaDiagram &diagram, const QVector<QSizeF> &sizes)
{
    const int count = int(diagram.tables.size());
    QVector<QPointF> positions(count);
    if (count == 0)
        return positions;
    QVector<bool> connected(count, false);
    for (const SchemaDiagram::Edge &edge : diagram.edges) {
        if (edge.from != edge.to) {
            connected[edge.from] = true;
            connected[edge.to] = true;
        }
    }
    const QVector<int> depth = layers(diagram);
    const int deepest = *std::max_element(depth.cbegin(), depth.cend());
    // Columns of boxes: one per layer of the connected tables, then the rest, tables before views.
    QVector<QVector<int>> columns(deepest + 2);
    for (int table = 0; table < count; ++table)
        columns[connected.at(table) ? depth.at(table) : deepest + 1].append(table);
    std::stable_sort(columns.last().begin(), columns.last().end(), [&](int a, int b) {
        return !diagram.tables.at(a).isView && diagram.tables.at(b).isView;
    });

    // A column taller than this wraps: about as tall as the whole picture would be square.
    qreal area = 0;
    qreal tallest = 0;
    for (const QSizeF &size : sizes) {
        area += (size.width() + gap) * (size.height() + gap);
        tallest = std::max(tallest, size.height());
    }
    const qreal limit = std::max(tallest * 1.6, std::sqrt(area) * 1.1);

    // Two passes: the first places every layer under its parents (barycentre of their heights);
    // the second orders the tables without parents by the heights of their children, so that
    // arrows from the first column run level instead of across the picture.
    const QVector<qreal> first = placeColumns(diagram, sizes, connected, QVector<qreal>(count, -1),
                                              limit, columns, positions);
    placeColumns(diagram, sizes, connected, childWeights(diagram, first), limit, columns,
                 positions);
    return positions;
}

} // namespace DiagramLayout

DiagramPainter::Colours DiagramPainter::Colours::fromPalette(const QPalette &palette)
{
    Colours colours;
    colours.background = palette.color(QPalette::Window);
    colours.box = palette.color(QPalette::Base);
    colours.header = palette.color(QPalette::Highlight);
    colours.headerText = palette.color(QPalette::HighlightedText);
    colours.text = palette.color(QPalette::Text);
    colours.muted = palette.color(QPalette::PlaceholderText);
    colours.border = palette.color(QPalette::Mid);
    colours.viewBorder = palette.color(QPalette::Dark);
    colours.viewHeader = palette.color(QPalette::AlternateBase);
    colours.key = palette.color(QPalette::Link);
    colours.edge = palette.color(QPalette::WindowText);
    colours.edge.setAlphaF(0.7f);
    colours.selection = palette.color(QPalette::Highlight);
    return colours;
}

DiagramPainter::Colours DiagramPainter::Colours::light()
{
    Colours colours;
    colours.background = QColor(0xf6, 0xf7, 0xf9);
    colours.box = Qt::white;
    colours.header = QColor(0x2f, 0x5d, 0x8a);
    colours.headerText = Qt::white;
    colours.text = QColor(0x1f, 0x23, 0x28);
    colours.muted = QColor(0x5c, 0x63, 0x6b);
    colours.border = QColor(0x9a, 0xa4, 0xae);
    colours.viewBorder = QColor(0x6b, 0x55, 0x8a);
    colours.viewHeader = QColor(0xe9, 0xe2, 0xf3);
    colours.key = QColor(0x9a, 0x5b, 0x00);
    colours.edge = QColor(0x44, 0x4c, 0x56);
    colours.selection = colours.header;
    return colours;
}

DiagramPainter::DiagramPainter(const QFont &font)
    : m_font(font)
{}

qreal DiagramPainter::lineHeight() const
{
    return std::ceil(QFontMetricsF(m_font).height() * 1.35);
}

qreal DiagramPainter::padding() const
{
    return std::ceil(QFontMetricsF(m_font).height() * 0.5);
}

namespace {

QFont headerFont(QFont font)
{
    font.setBold(true);
    return font;
}

// The mark before a column: key for the primary key, arrow for a foreign key.
QString markOf(const SchemaDiagram::Column &column)
{
    if (column.primaryKey && column.foreignKey)
        return QStringLiteral("PK FK");
    if (column.primaryKey)
        return QStringLiteral("PK");
    if (column.foreignKey)
        return QStringLiteral("FK");
    return {};
}

} // namespace

QSizeF DiagramPainter::boxSize(const SchemaDiagram::Table &table) const
{
    const QFontMetricsF metrics(m_font);
    const QFontMetricsF bold(headerFont(m_font));
    const qreal markWidth = metrics.horizontalAdvance(QStringLiteral("PK FK")) + padding();
    qreal names = 0;
    qreal types = 0;
    for (const SchemaDiagram::Column &column : table.columns) {
        names = std::max(names, metrics.horizontalAdvance(column.name));
        types = std::max(types, metrics.horizontalAdvance(column.type.toLower()));
    }
    const qreal body = markWidth + names + (types > 0 ? padding() * 2 + types : 0);
    const qreal width = std::max(body, bold.horizontalAdvance(table.name)) + padding() * 2;
    return QSizeF(std::ceil(std::max(width, metrics.averageCharWidth() * 14)),
                  lineHeight() * (1 + table.columns.size()) + padding() / 2);
}

QVector<QSizeF> DiagramPainter::boxSizes(const SchemaDiagram &diagram) const
{
    QVector<QSizeF> sizes;
    for (const SchemaDiagram::Table &table : diagram.tables)
        sizes.append(boxSize(table));
    return sizes;
}

qreal DiagramPainter::columnY(const QRectF &box, int column) const
{
    return box.top() + lineHeight() * (column + 1) + lineHeight() / 2;
}

void DiagramPainter::paintTable(QPainter *painter,
                                const SchemaDiagram::Table &table,
                                const QRectF &box,
                                const Colours &colours,
                                bool selected) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal radius = 4;
    QPen border(selected       ? colours.selection
                : table.isView ? colours.viewBorder
                               : colours.border,
                selected ? 2.5 : 1.2);
    if (table.isView)
        border.setStyle(Qt::DashLine);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.box);
    painter->drawRoundedRect(box, radius, radius);

    // The header: the table's name on the accent colour; a view's on a pale tint, in italics.
    const QRectF header(box.left(), box.top(), box.width(), lineHeight());
    QPainterPath headerPath;
    headerPath.addRoundedRect(header, radius, radius);
    headerPath.addRect(header.adjusted(0, radius, 0, 0));
    headerPath.setFillRule(Qt::WindingFill);
    painter->setBrush(table.isView ? colours.viewHeader : colours.header);
    painter->drawPath(headerPath.simplified());
    QFont bold = headerFont(m_font);
    bold.setItalic(table.isView);
    painter->setFont(bold);
    painter->setPen(table.isView ? colours.text : colours.headerText);
    painter->drawText(header.adjusted(padding(), 0, -padding(), 0),
                      Qt::AlignVCenter | Qt::AlignLeft, table.name);

    const QFontMetricsF metrics(m_font);
    const qreal markWidth = metrics.horizontalAdvance(QStringLiteral("PK FK")) + padding();
    QFont keyFont = m_font;
    keyFont.setBold(true);
    for (int c = 0; c < table.columns.size(); ++c) {
        const SchemaDiagram::Column &column = table.columns.at(c);
        const QRectF line(box.left() + padding(), box.top() + lineHeight() * (c + 1),
                          box.width() - padding() * 2, lineHeight());
        const QString mark = markOf(column);
        if (!mark.isEmpty()) {
            painter->setFont(m_font);
            painter->setPen(colours.key);
            painter->drawText(line, Qt::AlignVCenter | Qt::AlignLeft, mark);
        }
        painter->setFont(column.primaryKey ? keyFont : m_font);
        painter->setPen(colours.text);
        painter->drawText(line.adjusted(markWidth, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          column.name);
        painter->setFont(m_font);
        painter->setPen(colours.muted);
        painter->drawText(line, Qt::AlignVCenter | Qt::AlignRight, column.type.toLower());
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(border);
    painter->drawRoundedRect(box, radius, radius);
    painter->restore();
}

void DiagramPainter::paintEdge(QPainter *painter,
                               const QRectF &from,
                               int fromColumn,
                               const QRectF &to,
                               int toColumn,
                               const Colours &colours) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colours.edge, 1.4));
    painter->setBrush(Qt::NoBrush);
    const qreal startY = columnY(from, fromColumn);
    const qreal endY = columnY(to, toColumn);
    const qreal bend = DiagramLayout::gap;
    QPointF start;
    QPointF end;
    QPointF c1;
    QPointF c2;
    if (from == to) {
        // A table that refers to itself: a loop out of the right side and back in.
        start = QPointF(from.right(), startY);
        end = QPointF(from.right(), endY);
        c1 = start + QPointF(bend, 0);
        c2 = end + QPointF(bend, 0);
    } else if (to.right() + bend / 2 <= from.left()) { // parent on the left
        start = QPointF(from.left(), startY);
        end = QPointF(to.right(), endY);
        const qreal pull = std::max(bend, (start.x() - end.x()) / 2);
        c1 = start - QPointF(pull, 0);
        c2 = end + QPointF(pull, 0);
    } else if (to.left() >= from.right() + bend / 2) { // parent on the right
        start = QPointF(from.right(), startY);
        end = QPointF(to.left(), endY);
        const qreal pull = std::max(bend, (end.x() - start.x()) / 2);
        c1 = start + QPointF(pull, 0);
        c2 = end - QPointF(pull, 0);
    } else { // one above the other: leave and enter on the left side
        start = QPointF(from.left(), startY);
        end = QPointF(to.left(), endY);
        const qreal pull = bend + std::abs(start.x() - end.x()) / 2;
        c1 = QPointF(std::min(start.x(), end.x()) - pull, startY);
        c2 = QPointF(std::min(start.x(), end.x()) - pull, endY);
    }
    QPainterPath path(start);
    path.cubicTo(c1, c2, end);
    painter->drawPath(path);
    // The arrowhead at the referenced table, along the curve's last direction; a dot at the start.
    const QPointF direction = end - c2;
    const qreal length = std::hypot(direction.x(), direction.y());
    const QPointF unit = length > 0 ? direction / length : QPointF(1, 0);
    const QPointF normal(-unit.y(), unit.x());
    const qreal size = std::max<qreal>(7, lineHeight() / 3);
    painter->setBrush(colours.edge);
    painter->setPen(Qt::NoPen);
    painter->drawPolygon(QPolygonF{end, end - unit * size + normal * size / 2,
                                   end - unit * size - normal * size / 2});
    painter->drawEllipse(start, 2.5, 2.5);
    painter->restore();
}

void DiagramPainter::paint(QPainter *painter,
                           const SchemaDiagram &diagram,
                           const QVector<QPointF> &positions,
                           const Colours &colours) const
{
    const QVector<QSizeF> sizes = boxSizes(diagram);
    auto rect = [&](int table) {
        return QRectF(positions.at(table), sizes.at(table));
    };
    painter->fillRect(bounds(diagram, positions), colours.background);
    for (const SchemaDiagram::Edge &edge : diagram.edges)
        paintEdge(painter, rect(edge.from), edge.fromColumn, rect(edge.to), edge.toColumn, colours);
    for (int table = 0; table < diagram.tables.size(); ++table)
        paintTable(painter, diagram.tables.at(table), rect(table), colours);
}

QRectF DiagramPainter::bounds(const SchemaDiagram &diagram, const QVector<QPointF> &positions) const
{
    QRectF all;
    const QVector<QSizeF> sizes = boxSizes(diagram);
    for (int table = 0; table < diagram.tables.size(); ++table)
        all |= QRectF(positions.at(table), sizes.at(table));
    // Room for arrows that bend out of the outer boxes.
    const qreal margin = DiagramLayout::gap * 1.5;
    return all.adjusted(-margin, -margin / 2, margin, margin / 2);
}

bool DiagramPainter::isSupportedOutput(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("svg") || suffix == QLatin1String("png");
}

bool DiagramPainter::write(const QString &path,
                           const SchemaDiagram &diagram,
                           const QVector<QPointF> &positions,
                           const Colours &colours,
                           QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QRectF area = bounds(diagram, positions);
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setTitle(tr("Schema diagram"));
        svg.setSize(area.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), area.size()));
        svg.setResolution(96);
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = tr("%1 cannot be written.").arg(path);
            return false;
        }
        painter.translate(-area.topLeft());
        paint(&painter, diagram, positions, colours);
        painter.end();
        if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
            *error = tr("%1 cannot be written.").arg(path);
            return false;
        }
        return true;
    }
    if (suffix == QLatin1String("png")) {
        const qreal scale = 2; // sharp on high-density screens and in print
        QImage image((area.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(colours.background);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.translate(-area.topLeft());
            paint(&painter, diagram, positions, colours);
        }
        if (!image.save(path, "PNG")) {
            *error = tr("%1 cannot be written.").arg(path);
            return false;
        }
        return true;
    }
    *error = tr("%1 is neither .svg nor .png; the diagram is written as SVG or PNG.").arg(path);
    return false;
}

} // namespace rowbook
