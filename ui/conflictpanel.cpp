#include "conflictpanel.h"

#include "columnvalues.h"
#include "tablemodel.h"
#include "themecontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rowbook {
namespace {

QString shown(ColumnKind kind, const QVariant &value)
{
    return value.isNull() ? QStringLiteral("NULL")
                          : ColumnValues::displayText(kind, value).left(80);
}

} // namespace

ConflictPanel::ConflictPanel(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("conflictPanel"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &ConflictPanel::rebuild);
    hide();
}

void ConflictPanel::setModel(TableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        auto later = [this] {
            m_rebuild.start();
        };
        connect(model, &QAbstractItemModel::dataChanged, this, later);
        connect(model, &QAbstractItemModel::rowsInserted, this, later);
        connect(model, &QAbstractItemModel::rowsRemoved, this, later);
        connect(model, &QAbstractItemModel::modelReset, this, later);
    }
    setRow(-1);
}

void ConflictPanel::setRow(int row)
{
    m_row = row;
    m_rebuild.start();
}

void ConflictPanel::rebuild()
{
    if (m_content)
        m_content->deleteLater();
    m_content = new QWidget(this);
    auto *lines = new QVBoxLayout(m_content);
    lines->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_content);
    bool any = false;
    if (m_model && m_row >= 0 && m_row < m_model->rowCount()) {
        if (m_model->data(m_model->index(m_row, 0), TableModel::GoneRole).toBool()) {
            addGone();
            any = true;
        } else {
            for (int c = 0; c < m_model->columnCount(); ++c) {
                if (m_model->data(m_model->index(m_row, c), TableModel::ConflictRole).toBool()) {
                    addCell(c);
                    any = true;
                }
            }
        }
    }
    setVisible(any);
}

QWidget *ConflictPanel::addLine(const QString &text,
                                const QString &firstName,
                                const QString &first,
                                const QString &secondName,
                                const QString &second)
{
    auto *line = new QWidget(m_content);
    auto *layout = new QVBoxLayout(line);
    layout->setContentsMargins(0, 0, 0, 4);
    auto *label = new QLabel(text, line);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    Themed::setTextTone(label, Theme::Tone::Warning);
    layout->addWidget(label);
    auto *buttons = new QHBoxLayout;
    for (const auto &[name, title] : {std::pair{firstName, first}, std::pair{secondName, second}}) {
        auto *button = new QPushButton(title, line);
        button->setObjectName(name);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_content->layout()->addWidget(line);
    return line;
}

void ConflictPanel::addCell(int column)
{
    const TableInfo &info = m_model->tableInfo();
    const ColumnInfo &field = info.columns[column];
    const QModelIndex index = m_model->index(m_row, column);
    const QVariant theirs = m_model->data(index, TableModel::TheirsRole);
    const QVariant mine = m_model->storedRow(m_row).value(column);
    // A table's triggers change what its saved rows hold, also after the user's own saves.
    const QString text
        = (info.writesOtherCells
               ? tr("“%1” was changed by another program or by a trigger of the table: theirs "
                    "“%2” · yours “%3”.")
               : tr("“%1” was changed by another program: theirs “%2” · yours “%3”."))
              .arg(field.name, shown(field.kind, theirs), shown(field.kind, mine));
    QWidget *line = addLine(text, QStringLiteral("keepMine:") + field.name, tr("Keep Mine"),
                            QStringLiteral("takeTheirs:") + field.name, tr("Take Theirs"));
    const int row = m_row;
    connect(line->findChild<QPushButton *>(QStringLiteral("keepMine:") + field.name),
            &QPushButton::clicked, this, [this, row, column] {
                if (m_model)
                    m_model->keepMine(row, column);
            });
    connect(line->findChild<QPushButton *>(QStringLiteral("takeTheirs:") + field.name),
            &QPushButton::clicked, this, [this, row, column] {
                if (m_model)
                    m_model->takeTheirs(row, column);
            });
}

void ConflictPanel::addGone()
{
    QWidget *line = addLine(tr("This row was deleted while you were editing it, by another "
                               "program or by the database along with a row it refers to: add "
                               "your version again as a new row, or discard your edits."),
                            QStringLiteral("insertAgain"), tr("Insert Again"),
                            QStringLiteral("discardGone"), tr("Discard"));
    const int row = m_row;
    connect(line->findChild<QPushButton *>(QStringLiteral("insertAgain")), &QPushButton::clicked,
            this, [this, row] {
                if (m_model)
                    m_model->insertAgain(row);
            });
    connect(line->findChild<QPushButton *>(QStringLiteral("discardGone")), &QPushButton::clicked,
            this, [this, row] {
                if (m_model)
                    m_model->discardGone(row);
            });
}

} // namespace rowbook
