#pragma once

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <optional>

class QDataWidgetMapper;
class QFormLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;

namespace rowbook {

class ConflictPanel;
class FieldEditor;
class TableModel;

// The edit form beside the table: one field per column, following the table's current row (the
// row being edited: a new row is saved when the form leaves it).
class RecordForm : public QWidget
{
    Q_OBJECT
public:
    explicit RecordForm(QWidget *parent = nullptr);
    ~RecordForm() override;

    void setModel(TableModel *model);
    void setCurrentRow(int row);
    int currentRow() const;
    FieldEditor *editor(const QString &column) const;
    // Hands what is typed into the fields to the model (on Save Now, or before the grid's
    // window moves the row away); the field being typed in keeps the focus.
    void commitTyping();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // One field per column of the model's table (reads the table's foreign keys once).
    void rebuild();
    void updateKeyFields();
    // Fills the fields of the current row that the change covers, as the grid paints them.
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    // A reset with the same columns (a new filter or order) keeps the fields: only the rows are
    // new. Other resets (another table, changed columns) build them again.
    void onModelReset();
    void onReadOnlyChanged();
    void updateWrapping();
    void updateMinimumWidth();
    void submit(FieldEditor *editor);
    void startEdit(FieldEditor *editor);
    void endEdit(FieldEditor *editor);
    void updateTitle();
    // Input refused only because a foreign-key field's parent rows were still being read, when
    // the form leaves its row (another row, a new filter): kept to be saved into that row when
    // they come, instead of dropped.
    void setAside(FieldEditor *editor);
    // The rows of `editor`'s lookup are read: what was set aside for it can be judged.
    void rowsRead(FieldEditor *editor);
    // Saves what was set aside whose rows are read, or says why it cannot be; not while the
    // model's row list loads (a row outside a new order's first page is not found until then).
    void saveSetAside();
    // Shows the input dropped when the row changed, input not saved, and input still set aside.
    void updateNotice();

    struct SetAside
    {
        FieldEditor *editor = nullptr;
        qint64 key = 0; // the row it was typed for
        QString text;
        bool keepText = false;
        // What the field showed, so that another change meanwhile is not overwritten; none when
        // the user typed before the row's value was shown ("Reading…").
        std::optional<QVariant> expected;
        QString notice; // what the form says until it is saved
        bool rowsRead = false;
    };

    QPointer<TableModel> m_model;
    QDataWidgetMapper *m_mapper;
    QLabel *m_title;
    QLabel *m_problem;
    QLabel *m_notice; // read-only views and files, input left behind when the row changed
    ConflictPanel *m_conflicts;
    QStackedWidget *m_pages;
    QScrollArea *m_scroll;
    QWidget *m_fields;
    QFormLayout *m_layout;
    QVector<FieldEditor *> m_editors;
    QHash<FieldEditor *, qint64> m_started; // fields being changed -> their row's key
    QVector<SetAside> m_setAside;
    QStringList m_dropped; // input that did not fit, dropped when the row changed
    QStringList m_unsaved; // input set aside that could not be saved
    // What the fields were built for: TableModel::tableGeneration() and isReadOnly().
    quint64 m_builtGeneration = 0;
    bool m_builtReadOnly = false;
    int m_row = -1; // setCurrentRow()'s: the mapper keeps its last row when told -1
};

} // namespace rowbook
