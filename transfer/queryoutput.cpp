#include "queryoutput.h"

#include <QLocale>
#include <QVariant>

#include <algorithm>
#include <climits>

namespace rowbook {

QueryOutput::QueryOutput(QIODevice *device, Format format)
    : m_out(device, format == Format::Json)
    , m_format(format)
{}

QString QueryOutput::scriptError(const QString &source, const QueryOutcome &outcome)
{
    if (outcome.line <= 0 || source.isEmpty())
        return outcome.message;
    return QStringLiteral("%1:%2:%3: %4")
        .arg(source)
        .arg(outcome.line)
        .arg(outcome.column)
        .arg(outcome.status == QueryOutcome::Failed ? outcome.error.detail
                                                    : outcome.error.userMessage());
}

QString QueryOutput::displayText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QByteArray:
        return QStringLiteral("X'%1'").arg(QString::fromLatin1(value.toByteArray().toHex()));
    default:
        if (value.isNull())
            return QStringLiteral("NULL");
        QString text = value.toString();
        text.replace(QLatin1String("\r\n"), QStringLiteral("↵"));
        text.replace(QLatin1Char('\n'), QStringLiteral("↵"));
        return text;
    }
}

void QueryOutput::columns(const QStringList &names)
{
    endResult();
    if (m_results > 0 && m_format != Format::Json)
        m_out.put(m_format == Format::Csv ? QByteArrayView("\r\n") : QByteArrayView("\n"));
    ++m_results;
    m_rows = 0;
    m_names.clear();
    for (const QString &name : names)
        m_names << name.toUtf8();
    switch (m_format) {
    case Format::Csv:
        for (int i = 0; i < m_names.size(); ++i) {
            if (i > 0)
                m_out.put(',');
            m_out.putText(m_names.at(i));
        }
        m_out.put("\r\n");
        break;
    case Format::Json:
        m_out.put('[');
        break;
    case Format::Table:
        m_pending.clear();
        m_widths.clear();
        m_numeric.clear();
        m_headerWritten = false;
        for (const QString &name : names) {
            m_widths << int(name.size());
            m_numeric << true;
        }
        break;
    }
}

bool QueryOutput::row(const QVariantList &values)
{
    switch (m_format) {
    case Format::Csv:
        for (int i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out.put(',');
            m_out.putValue(values.at(i));
        }
        m_out.put("\r\n");
        break;
    case Format::Json:
        m_out.put(m_rows == 0 ? "\n{" : ",\n{");
        for (int i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out.put(',');
            m_out.putText(m_names.value(i));
            m_out.put(':');
            m_out.putValue(values.at(i));
        }
        m_out.put('}');
        break;
    case Format::Table: {
        QStringList cells;
        for (int i = 0; i < values.size(); ++i) {
            cells << displayText(values.at(i));
            const int type = values.at(i).typeId();
            if (!m_headerWritten && !values.at(i).isNull() && type != QMetaType::LongLong
                && type != QMetaType::Double)
                m_numeric[i] = false;
        }
        if (m_headerWritten) {
            writeTableRow(cells);
        } else {
            m_pending << cells;
            if (m_pending.size() >= tableBlock)
                writeTable();
        }
        break;
    }
    }
    ++m_rows;
    m_ok = m_ok && m_out.flushIfFull();
    return m_ok;
}

void QueryOutput::writeTable()
{
    for (const QStringList &cells : std::as_const(m_pending)) {
        for (int i = 0; i < cells.size() && i < m_widths.size(); ++i)
            m_widths[i] = std::max(m_widths[i], int(cells.at(i).size()));
    }
    QStringList header;
    QStringList rule;
    for (int i = 0; i < m_names.size(); ++i) {
        header << QString::fromUtf8(m_names.at(i));
        rule << QString(m_widths.at(i), QLatin1Char('-'));
    }
    m_headerWritten = true;
    const QList<bool> numeric = m_numeric;
    m_numeric = QList<bool>(numeric.size(), false); // the header is aligned left
    writeTableRow(header);
    writeTableRow(rule);
    m_numeric = numeric;
    for (const QStringList &cells : std::as_const(m_pending))
        writeTableRow(cells);
    m_pending.clear();
}

void QueryOutput::writeTableRow(const QStringList &cells)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QStringLiteral("  ");
        const int width = m_widths.value(i);
        const bool last = i == cells.size() - 1;
        if (m_numeric.value(i))
            line += cells.at(i).rightJustified(width);
        else
            line += last ? cells.at(i) : cells.at(i).leftJustified(width);
    }
    m_out.put(line.toUtf8());
    m_out.put('\n');
}

void QueryOutput::endResult()
{
    if (m_results == 0)
        return;
    if (m_format == Format::Json)
        m_out.put(m_rows == 0 ? "]\n" : "\n]\n");
    else if (m_format == Format::Table && !m_headerWritten)
        writeTable();
    if (m_format == Format::Table)
        m_out.put(tr("(%n row(s))\n", nullptr, int(std::min<qint64>(m_rows, INT_MAX))).toUtf8());
}

bool QueryOutput::finish()
{
    endResult();
    m_results = 0;
    return m_out.flush() && m_ok;
}

} // namespace rowbook
