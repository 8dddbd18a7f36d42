#pragma once

#include "catalog.h"

#include <QVariant>
#include <QWidget>

class QToolButton;

namespace rowbook {

class ForeignKeyCombo;

// One column's editor in the form: a widget chosen from the declared type, plus a NULL toggle.
// Its user property `value` is what QDataWidgetMapper reads and writes; NULL is an invalid QVariant.
class FieldEditor : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QVariant value READ value WRITE setValue USER true)
public:
    explicit FieldEditor(const ColumnInfo &column, QWidget *parent = nullptr);

    QVariant value() const;
    // Shows a value from the model, unless the user is in the middle of changing this field.
    void setValue(const QVariant &value);
    void setReadOnly(bool readOnly);
    // Edits a foreign-key column with `lookup` instead of a line edit (takes ownership).
    void setLookup(ForeignKeyCombo *lookup);
    bool isNull() const;
    QWidget *editor() const { return m_editor; }
    // Forgets that the user changed the field (after the change was handed to the model).
    void markClean() { m_dirty = false; }

Q_SIGNALS:
    // The user finished changing the value: time to hand it to the model.
    void committed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setNull(bool null);
    void userChanged();
    void showValue(const QVariant &value);

    ColumnInfo m_column;
    QWidget *m_editor = nullptr;
    QToolButton *m_nullButton = nullptr;
    bool m_dirty = false;
    bool m_updating = false;
};

} // namespace rowbook
