#pragma once

#include "columnvalues.h"
#include "foreignkeys.h"

#include <QComboBox>
#include <QSet>
#include <QSqlDatabase>

#include <atomic>
#include <memory>

class QModelIndex;

namespace rowbook {

class TableModel;

// The editor of a foreign-key column, in the grid and in the form: a searchable combo box that
// shows the parent row's most descriptive column (an album's artist by name) and stores the key.
// Nothing is read on the GUI thread: a key shown before its row's name is known shows as the key
// until the name comes.
// Typing filters the choices (contains, any case); a typed key that is not listed is kept as is.
// The choices are read on workPool() (ordering a big parent table by name takes a while, and a
// server is a round trip away): the editor opens at once, says it is reading them, and what was
// shown or typed meanwhile stays when they come.
class ForeignKeyCombo : public QComboBox
{
    Q_OBJECT
public:
    ForeignKeyCombo(const QSqlDatabase &db, const ForeignKey &key, QWidget *parent = nullptr);
    ~ForeignKeyCombo() override;
    Q_DISABLE_COPY_MOVE(ForeignKeyCombo)

    // An editor for `column` of the model's table, or nullptr when it is no foreign key.
    static ForeignKeyCombo *
    forColumn(const TableModel *model, const QString &column, QWidget *parent = nullptr);
    static ForeignKeyCombo *forIndex(const QModelIndex &index, QWidget *parent);

    void setKey(const QVariant &key);
    // The chosen row's key, the typed text when it names no row, NULL when empty.
    QVariant key() const;
    // What to store for what the field shows: the chosen row's key; typed text that names no
    // listed row is checked against the column's `kind` (`keepText` as in
    // ColumnValues::fromText()), so a typed key is stored as a number in a number column, and
    // a name no row has is refused with a problem saying so. While the rows are being read,
    // text other than the shown row's name is refused: it may name one of them.
    ColumnValues::Parsed input(ColumnKind kind, bool keepText) const;
    // input() for `text` rather than what the field shows: input typed for a row the form has
    // left, judged when the rows come.
    ColumnValues::Parsed inputFor(const QString &text, ColumnKind kind, bool keepText) const;
    // What setKey() showed last (what the user's typing started from).
    QVariant shownKey() const { return m_shown; }
    // Whether key() differs from what setKey() showed.
    bool isChanged() const;
    const ForeignKey &foreignKey() const { return m_key; }
    // True until the parent rows to choose from have been read.
    bool isReading() const { return m_reading; }
    // Shows `text` where the search hint is while the field is empty ("Reading…" while the
    // row's value is on its way); an empty text brings the search hint back.
    void setPlaceholder(const QString &text);

protected:
    void focusInEvent(QFocusEvent *event) override;

Q_SIGNALS:
    // The parent rows to choose from have been read (or could not be).
    void choicesRead();

private:
    QSqlDatabase database() const;
    void readChoices();
    // Reads the name of the parent row `value` refers to, for the item that shows it.
    void readLabel(const QVariant &value);
    void takeLabel(const QVariant &value, const QString &label);
    // The row whose name is `text` (any case), -1 when none is.
    int indexOf(const QString &text) const;
    void takeChoices(const QVector<KeyChoice> &choices, const QString &error);

    QString m_connection; // by name: the editor may outlive the workspace's connection
    ForeignKey m_key;
    QVariant m_shown;
    QString m_searchHint;  // what the empty field says: how to search, or that rows are read
    QString m_placeholder; // setPlaceholder()'s text, shown instead of the search hint
    bool m_reading = true;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    QSet<QString> m_named; // keys whose name was read (it may be the key itself: no such row)
    // readLabel()'s requests, counted: the last one is the one still wanted.
    std::shared_ptr<std::atomic<quint64>> m_labelWanted = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace rowbook
