#pragma once

#include "foreignkeys.h"

#include <QComboBox>
#include <QSqlDatabase>

class QModelIndex;

namespace rowbook {

class TableModel;

// The editor of a foreign-key column, in the grid and in the form: a searchable combo box that
// shows the parent row's most descriptive column (an album's artist by name) and stores the key.
// Typing filters the choices (contains, any case); a typed key that is not listed is kept as is.
class ForeignKeyCombo : public QComboBox
{
    Q_OBJECT
public:
    ForeignKeyCombo(const QSqlDatabase &db, const ForeignKey &key, QWidget *parent = nullptr);

    // An editor for `column` of the model's table, or nullptr when it is no foreign key.
    static ForeignKeyCombo *
    forColumn(const TableModel *model, const QString &column, QWidget *parent = nullptr);
    static ForeignKeyCombo *forIndex(const QModelIndex &index, QWidget *parent);

    void setKey(const QVariant &key);
    // The chosen row's key, the typed text when it names no row, NULL when empty.
    QVariant key() const;
    // Whether key() differs from what setKey() showed.
    bool isChanged() const;
    const ForeignKey &foreignKey() const { return m_key; }
    // Shows `text` where the search hint is while the field is empty ("Reading…" while the
    // row's value is on its way); an empty text brings the search hint back.
    void setPlaceholder(const QString &text);

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    QSqlDatabase database() const;

    QString m_connection; // by name: the editor may outlive the workspace's connection
    ForeignKey m_key;
    QVariant m_shown;
    QString m_searchHint;
};

} // namespace rowbook
