#include "celldock.h"

#include "catalog.h"
#include "columnvalues.h"
#include "queryresultmodel.h"
#include "tablemodel.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rowbook {

CellDock::CellDock(QWidget *parent)
    : QDockWidget(tr("Cell Editor"), parent)
    , m_pages(new QTabWidget)
    , m_text(new QPlainTextEdit)
    , m_image(new QLabel)
    , m_hex(new QPlainTextEdit)
    , m_info(new QLabel)
    , m_apply(new QPushButton(tr("Appl&y")))
    , m_import(new QPushButton(tr("&Import…")))
    , m_export(new QPushButton(tr("Ex&port…")))
{
    setObjectName(QStringLiteral("cellDock"));
    m_text->setObjectName(QStringLiteral("cellText"));
    m_hex->setObjectName(QStringLiteral("cellHex"));
    m_image->setObjectName(QStringLiteral("cellImage"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_hex->setReadOnly(true);
    m_hex->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_hex->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_image->setAlignment(Qt::AlignCenter);
    m_info->setObjectName(QStringLiteral("cellInfo"));
    m_info->setWordWrap(true); // a long column name or message does not widen the dock
    m_pages->addTab(m_text, tr("Text"));
    m_pages->addTab(m_image, tr("Image"));
    m_pages->addTab(m_hex, tr("Hex"));
    m_apply->setToolTip(tr("Store the text in the cell (Ctrl+Return)."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_info, 1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addWidget(m_apply);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_apply, &QPushButton::clicked, this, &CellDock::apply);
    connect(m_import, &QPushButton::clicked, this, &CellDock::importCell);
    connect(m_export, &QPushButton::clicked, this, &CellDock::exportCell);
    auto *applyKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_text);
    applyKey->setContext(Qt::WidgetShortcut);
    connect(applyKey, &QShortcut::activated, this, &CellDock::apply);
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this,
                                [this](QWidget *, QWidget *now) { onFocusChanged(now); });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            showCurrent();
    });
    showCurrent();
}

CellDock::~CellDock()
{
    disconnect(m_focusConnection);
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection); // a followed console's destroyed() must not reach this either
}

void CellDock::setView(QTableView *view)
{
    m_grid = view;
    follow(view);
}

void CellDock::onFocusChanged(QWidget *now)
{
    auto *view = qobject_cast<QTableView *>(now);
    if (!view || view == m_view || !view->selectionModel())
        return;
    // A view of this window (its docks too, floating or not): the grid again, or a result.
    const QWidget *owner = parentWidget();
    const QWidget *up = view;
    while (up && up != owner)
        up = up->parentWidget();
    if (!up)
        return;
    if (view == m_grid || qobject_cast<const QueryResultModel *>(view->model()))
        follow(view);
}

void CellDock::follow(QTableView *view)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection); // the view's previous model may live on in another tab
    m_modelConnections.clear();
    m_view = view;
    if (!view || !view->selectionModel()) {
        showCurrent();
        return;
    }
    // A console closed while its result was followed: back to the grid.
    if (view != m_grid)
        m_modelConnections << connect(view, &QObject::destroyed, this, [this] { follow(m_grid); });
    m_modelConnections << connect(view->selectionModel(), &QItemSelectionModel::currentChanged,
                                  this, &CellDock::showCurrent);
    m_modelConnections << connect(view->model(), &QAbstractItemModel::dataChanged, this,
                                  [this](const QModelIndex &from, const QModelIndex &to) {
                                      // What the user is typing in the dock is not replaced by a
                                      // save of the row.
                                      const bool typing
                                          = m_text->hasFocus() && m_text->document()->isModified();
                                      if (m_index.isValid() && m_index.row() >= from.row()
                                          && m_index.row() <= to.row() && !typing)
                                          showCurrent();
                                  });
    m_modelConnections << connect(view->model(), &QAbstractItemModel::modelReset, this,
                                  &CellDock::showCurrent);
    if (auto *table = qobject_cast<TableModel *>(view->model()))
        m_modelConnections << connect(table, &TableModel::loadFailed, this, [this, table] {
            if (m_index.isValid() && m_index.model() == table
                && !table->isRowInMemory(m_index.row()))
                showCell(true); // the page it waited for failed: read here once
        });
    showCurrent();
}

QString CellDock::hexDump(const QByteArray &bytes, int maxBytes)
{
    QString text;
    const int shown = std::min<int>(int(bytes.size()), maxBytes);
    for (int offset = 0; offset < shown; offset += 16) {
        QString hex;
        QString ascii;
        for (int i = offset; i < offset + 16; ++i) {
            if (i < shown) {
                const auto byte = static_cast<unsigned char>(bytes[i]);
                hex += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
                ascii += byte >= 0x20 && byte < 0x7f ? QChar(byte) : QLatin1Char('.');
            } else {
                hex += QLatin1String("   ");
            }
        }
        text += QStringLiteral("%1  %2 %3\n").arg(offset, 8, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    if (bytes.size() > shown)
        text += tr("… %Ln more byte(s); export the cell to see them all.", nullptr,
                   int(bytes.size() - shown));
    return text;
}

void CellDock::showCurrent()
{
    showCell(false);
}

void CellDock::showCell(bool readNow)
{
    m_index = m_view ? QPersistentModelIndex(m_view->currentIndex()) : QPersistentModelIndex();
    if (!isVisible())
        return;
    const auto *table = qobject_cast<const TableModel *>(m_index.model());
    QVariant value;
    bool reading = false; // the row's page is on its way: its dataChanged() shows it here
    if (m_index.isValid()) {
        // A row not in memory is not read on the GUI thread (a round trip on a server): its
        // page is asked of the RowFetcher, as when the grid paints it. After that page failed
        // it is read here once (readNow).
        const TableModel::Painting noWaiting(readNow ? nullptr : table);
        value = m_index.data(Qt::EditRole);
        reading = table && table->isCellOnItsWay(m_index);
    }
    const bool bytes = value.typeId() == QMetaType::QByteArray;
    const QByteArray data = bytes ? value.toByteArray() : value.toString().toUtf8();
    const bool editable = m_index.isValid() && !reading && (m_index.flags() & Qt::ItemIsEditable);
    const auto kind = ColumnKind(m_index.data(TableModel::KindRole).toInt());
    QImage image;
    if (bytes)
        image.loadFromData(data);
    const QString text = bytes ? QString() : value.toString();
    // A value of megabytes: its start, read-only (wrapping it all would hold the window).
    const qsizetype shown = ColumnValues::editableLength(text, true);
    const bool tooLong = shown < text.size();
    m_text->setPlainText(tooLong ? ColumnValues::shortened(text, shown) : text);
    m_text->document()->setModified(false);
    m_text->setReadOnly(!editable || bytes || tooLong);
    m_text->setPlaceholderText(!m_index.isValid() ? tr("Select a cell to see it here.")
                               : reading          ? tr("Reading…")
                               : value.isNull()   ? tr("NULL")
                               : bytes            ? tr("Binary data: see the Hex page.")
                                                  : QString());
    const QSize room = m_pages->size() - QSize(24, 48);
    QPixmap pixmap = image.isNull() ? QPixmap() : QPixmap::fromImage(image);
    if (pixmap.width() > room.width() || pixmap.height() > room.height()) // shrinks, never enlarges
        pixmap = pixmap.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_image->setPixmap(pixmap);
    if (image.isNull())
        m_image->setText(tr("The cell holds no image."));
    m_hex->setPlainText(hexDump(data));
    // Which cell: its column and its row as the view's headers name them.
    const QString where
        = m_index.isValid()
              ? tr("%1, row %2")
                    .arg(m_index.model()->headerData(m_index.column(), Qt::Horizontal).toString(),
                         m_index.model()->headerData(m_index.row(), Qt::Vertical).toString())
              : QString();
    const QString size = !m_index.isValid() || reading ? QString()
                         : value.isNull()              ? tr("NULL")
                         : bytes ? tr("%Ln byte(s)", nullptr, int(data.size()))
                                 : tr("%Ln character(s)", nullptr, int(text.size()));
    m_info->setText(size.isEmpty() ? where : tr("%1 · %2").arg(where, size));
    if (tooLong)
        m_info->setText(tr("%1 · the first %2 shown, too many to edit here; Export… saves the "
                           "whole text and Import… replaces it")
                            .arg(m_info->text(), QLocale().toString(shown)));
    m_info->setToolTip(m_info->text());
    m_apply->setEnabled(editable && !bytes && !tooLong);
    m_import->setEnabled(m_index.isValid() && !reading && (editable || kind == ColumnKind::Blob)
                         && !(table && table->isReadOnly()));
    m_export->setEnabled(m_index.isValid() && !reading && !value.isNull());
    m_pages->setCurrentIndex(!image.isNull() ? ImagePage : bytes ? HexPage : TextPage);
}

bool CellDock::readable()
{
    auto *model = qobject_cast<TableModel *>(const_cast<QAbstractItemModel *>(m_index.model()));
    if (!model || model->readableForEdit({m_index}))
        return true;
    m_info->setText(tr("The row cannot be read while another program writes to the file. Try "
                       "again in a moment."));
    return false;
}

void CellDock::apply()
{
    if (!m_index.isValid() || m_text->isReadOnly())
        return;
    auto *model = const_cast<QAbstractItemModel *>(m_index.model());
    if (!readable())
        return;
    if (!model->setData(m_index, m_text->toPlainText(), Qt::EditRole))
        m_info->setText(tr("The text does not fit this column."));
}

bool CellDock::exportTo(const QString &path, QString *error) const
{
    if (!m_index.isValid()) {
        *error = tr("Select a cell to export first.");
        return false;
    }
    const QVariant value = m_index.data(Qt::EditRole);
    const QByteArray data
        = value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("The cell could not be written to %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool CellDock::importFrom(const QString &path, QString *error)
{
    if (!m_index.isValid()) {
        *error = tr("Select the cell to import into first.");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 could not be read: %2.").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    const auto kind = ColumnKind(m_index.data(TableModel::KindRole).toInt());
    const bool bytes = kind == ColumnKind::Blob || kind == ColumnKind::Any;
    auto *model = const_cast<QAbstractItemModel *>(m_index.model());
    if (!readable()) {
        *error = m_info->text();
        return false;
    }
    if (!model->setData(m_index, bytes ? QVariant(data) : QVariant(QString::fromUtf8(data)),
                        Qt::EditRole)) {
        *error = tr("The content of %1 does not fit this column.").arg(path);
        return false;
    }
    return true;
}

void CellDock::exportCell()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Cell"));
    QString error;
    if (!path.isEmpty() && !exportTo(path, &error))
        m_info->setText(error);
}

void CellDock::importCell()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import into Cell"));
    QString error;
    if (!path.isEmpty() && !importFrom(path, &error))
        m_info->setText(error);
}

} // namespace rowbook
