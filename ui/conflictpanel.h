#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QVBoxLayout;

namespace rowbook {

class TableModel;

// Part of the edit form: for the current row, every cell another program changed under the
// user's edit ("theirs … · yours …" with Keep Mine and Take Theirs), or, for a row another
// program deleted, Insert Again and Discard. Hidden when the row has no conflict.
class ConflictPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictPanel(QWidget *parent = nullptr);

    void setModel(TableModel *model);
    void setRow(int row);

private:
    void rebuild();
    void addCell(int column);
    void addGone();
    QWidget *addLine(const QString &text,
                     const QString &firstName,
                     const QString &first,
                     const QString &secondName,
                     const QString &second);

    QPointer<TableModel> m_model;
    int m_row = -1;
    QVBoxLayout *m_layout;
    QWidget *m_content = nullptr;
    QTimer m_rebuild; // coalesces model changes; never rebuilds inside a button's click
};

} // namespace rowbook
