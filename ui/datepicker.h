#pragma once

#include <QObject>

class QLineEdit;

namespace rowbook {

// A calendar button at the end of a line edit that holds a date (yyyy-MM-dd) or a date and time
// (yyyy-MM-dd HH:mm:ss) as text. Picking a day replaces the date and keeps the time; it counts as
// typing, so the editor knows the user changed the value.
class DatePicker : public QObject
{
    Q_OBJECT
public:
    DatePicker(QLineEdit *edit, bool withTime);

    // How wide `edit` must be to show its whole value (at least a full date, or date and time)
    // beside the calendar button. A grid cell narrower than that gets a wider editor.
    static int widthFor(const QLineEdit *edit);

private:
    void showCalendar();

    QLineEdit *m_edit;
    bool m_withTime;
};

} // namespace rowbook
