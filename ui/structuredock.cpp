#include "structuredock.h"

#include "pooltask.h"
#include "structure.h"
#include "tablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlError>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace rowbook {

StructureDock::StructureDock(QWidget *parent)
    : QDockWidget(tr("Structure"), parent)
    , m_text(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("structureDock"));
    m_text->setObjectName(QStringLiteral("structureText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copy = new QPushButton(tr("&Copy All"));
    copy->setObjectName(QStringLiteral("copyStructure"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_text->toPlainText()); });
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_text, 1);
    layout->addWidget(copy, 0, Qt::AlignRight);
    setWidget(content);
    // Read when shown: a hidden dock costs no query.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refresh();
    });
}

void StructureDock::setModel(TableModel *model, const DatabaseInfo &info)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    if (model != m_model)
        m_readGeneration = 0; // each model counts its own generations: another tab's table
    m_model = model;
    m_info = info;
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &StructureDock::onModelReset);
    refresh();
}

void StructureDock::onModelReset()
{
    if (m_model && m_model->tableGeneration() == m_readGeneration && isVisible())
        return;
    refresh();
}

void StructureDock::refresh()
{
    if (!m_model || !m_model->tableInfo().isValid() || !isVisible()) {
        m_text->clear();
        m_text->setPlaceholderText(QString());
        m_readGeneration = 0; // read when shown
        m_reading = 0;        // an answer on its way is for what was shown before
        return;
    }
    // Another program's schema change makes new columns (a new table generation: see
    // onModelReset()) and then says the schema changed: in the same turn, one read is enough.
    if (m_reading != 0 && m_readThisTurn && m_readGeneration == m_model->tableGeneration())
        return;
    if (m_readGeneration != m_model->tableGeneration())
        m_text->clear(); // another table: not its statements meanwhile
    m_readGeneration = m_model->tableGeneration();
    if (!std::exchange(m_readThisTurn, true))
        QTimer::singleShot(0, this, [this] { m_readThisTurn = false; });
    ++m_reads;
    const quint64 request = ++m_lastRead;
    m_reading = request;
    m_text->setPlaceholderText(tr("Reading…"));
    runOnPool(
        this,
        [info = m_info, table = m_model->tableName()] {
            const QString name = Database::uniqueConnectionName(QStringLiteral("structure"));
            std::pair<QString, QString> read; // the script, or why there is none
            {
                const QSqlDatabase db = Database::connect(info, name, Database::Role::Reader);
                if (db.isOpen())
                    read.first = Structure::script(Structure::of(db, table));
                else
                    read.second = db.lastError().text();
            }
            Database::disconnect(name);
            return read;
        },
        [this, request](const std::pair<QString, QString> &read) {
            if (request != m_reading || !m_model)
                return; // a newer read, the dock hidden, or the table's tab closed meanwhile
            m_reading = 0;
            m_text->setPlaceholderText(
                read.second.isEmpty() ? QString()
                                      : tr("The structure could not be read: %1").arg(read.second));
            if (read.first != m_text->toPlainText())
                m_text->setPlainText(read.first);
        });
}

} // namespace rowbook
