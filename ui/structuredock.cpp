#include "structuredock.h"

#include "structure.h"
#include "tablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

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

void StructureDock::setModel(TableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
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
        m_readGeneration = 0; // read when shown
        return;
    }
    m_readGeneration = m_model->tableGeneration();
    ++m_reads;
    const QString script
        = Structure::script(Structure::of(m_model->database(), m_model->tableName()));
    if (script != m_text->toPlainText())
        m_text->setPlainText(script);
}

} // namespace rowbook
