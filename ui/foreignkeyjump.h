#pragma once

#include <QObject>

namespace rowbook {

class MainWindow;

// Ctrl+click on a foreign-key value in the grid: shows the parent table and selects the row the
// value refers to.
class ForeignKeyJump : public QObject
{
    Q_OBJECT
public:
    explicit ForeignKeyJump(MainWindow *window);

    // False (with a status message) when the value refers to no row.
    bool jumpFrom(const QModelIndex &index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow *m_window;
};

} // namespace rowbook
