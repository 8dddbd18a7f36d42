#include "datepicker.h"

#include <QAction>
#include <QCalendarWidget>
#include <QDate>
#include <QDateTime>
#include <QIcon>
#include <QLineEdit>

namespace rowbook {

DatePicker::DatePicker(QLineEdit *edit, bool withTime)
    : QObject(edit)
    , m_edit(edit)
    , m_withTime(withTime)
{
    QAction *pick = edit->addAction(QIcon(QStringLiteral(":/icons/calendar.svg")),
                                    QLineEdit::TrailingPosition);
    pick->setObjectName(QStringLiteral("pickDate"));
    pick->setToolTip(tr("Pick a day from the calendar."));
    connect(pick, &QAction::triggered, this, &DatePicker::showCalendar);
    edit->setPlaceholderText(withTime ? tr("yyyy-MM-dd HH:mm:ss") : tr("yyyy-MM-dd"));
}

void DatePicker::showCalendar()
{
    const QString text = m_edit->text().trimmed();
    QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    // A child of the line edit: a cell editor does not count the calendar taking focus as leaving.
    auto *calendar = new QCalendarWidget(m_edit);
    calendar->setObjectName(QStringLiteral("datePickerCalendar"));
    calendar->setWindowFlags(Qt::Popup);
    calendar->setAttribute(Qt::WA_DeleteOnClose);
    calendar->setGridVisible(true);
    calendar->setSelectedDate(date.isValid() ? date : QDate::currentDate());
    auto pick = [this, calendar, text](QDate picked) {
        QString time = QStringLiteral("00:00:00");
        if (text.size() > 11
            && QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid())
            time = text.mid(11);
        m_edit->selectAll();
        m_edit->insert(picked.toString(QStringLiteral("yyyy-MM-dd"))
                       + (m_withTime ? QLatin1Char(' ') + time : QString())); // as if typed
        calendar->close();
        m_edit->setFocus(Qt::PopupFocusReason);
    };
    connect(calendar, &QCalendarWidget::clicked, this, pick);
    connect(calendar, &QCalendarWidget::activated, this, pick); // Return on a day
    calendar->adjustSize();
    calendar->move(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    calendar->show();
    calendar->setFocus(Qt::PopupFocusReason);
}

} // namespace rowbook
