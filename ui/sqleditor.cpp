#include "sqleditor.h"

#include "sqlhighlighter.h"
#include "sqllexer.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QToolTip>

namespace rowbook {

namespace {

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

// A red that reads on the base colour of `palette`.
QColor errorColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return QColor::fromHsl(0, 200, dark ? 170 : 110);
}

bool isRunKey(const QKeyEvent *event)
{
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
           && event->modifiers().testFlag(Qt::ControlModifier);
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isBracket(const SqlToken &token, const QString &text)
{
    return token.kind == SqlToken::Operator
           && (token.text(text) == QLatin1String("(") || token.text(text) == QLatin1String(")"));
}

// The offsets of the bracket at or just before `cursor` and of its partner; {-1, -1} when
// there is no bracket there or it has no partner. Brackets in strings and comments do not count.
QPair<int, int> matchingBrackets(const QString &text, int cursor)
{
    const QVector<SqlToken> tokens = SqlLexer::tokenize(text);
    int index = -1;
    for (int i = 0; i < tokens.size(); ++i) {
        if (isBracket(tokens.at(i), text)
            && (tokens.at(i).start == cursor || tokens.at(i).end() == cursor)) {
            index = i;
            if (tokens.at(i).start == cursor)
                break; // the bracket after the cursor wins, as in most editors
        }
    }
    if (index < 0)
        return {-1, -1};
    const bool opening = tokens.at(index).text(text) == QLatin1String("(");
    const int step = opening ? 1 : -1;
    int depth = 0;
    for (int i = index; i >= 0 && i < tokens.size(); i += step) {
        if (!isBracket(tokens.at(i), text))
            continue;
        depth += (tokens.at(i).text(text) == QLatin1String("(")) == opening ? 1 : -1;
        if (depth == 0)
            return {tokens.at(index).start, tokens.at(i).start};
    }
    return {-1, -1};
}

} // namespace

class SqlEditor::LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(SqlEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {}
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    SqlEditor *m_editor;
};

SqlEditor::SqlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new SqlHighlighter(document(), SqlColours::fromPalette(palette())))
    , m_lineNumbers(new LineNumberArea(this))
    , m_completer(new QCompleter(this))
    , m_completionModel(new QStringListModel(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setPlaceholderText(
        tr("Type SQL here. Ctrl+Return runs the statement under the cursor, Ctrl+Shift+Return "
           "the whole script."));

    m_completer->setModel(m_completionModel);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &SqlEditor::insertCompletion);

    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &SqlEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &SqlEditor::updateExtraSelections);
    connect(document(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (removed + added > 0 && m_errorStart >= 0)
            clearError();
    });
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    updateExtraSelections();
}

SqlEditor::~SqlEditor() = default;

void SqlEditor::setCatalog(const SqlCatalog &catalog)
{
    m_catalog = catalog;
}

QString SqlEditor::currentStatement() const
{
    const QString text = toPlainText();
    return SqlLexer::statementAt(text, textCursor().position()).text(text);
}

QString SqlEditor::selectionOrStatement() const
{
    const QTextCursor cursor = textCursor();
    if (cursor.hasSelection()) {
        // QTextCursor separates the lines of a selection with U+2029.
        return cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    }
    return currentStatement();
}

void SqlEditor::markError(int line, int column, const QString &message)
{
    const QString text = toPlainText();
    int start = SqlLexer::offsetOf(text, line, column);
    int end = start + 1;
    for (const SqlToken &token : SqlLexer::tokenize(text)) {
        if (token.isSignificant() && token.start <= start && start < token.end()) {
            start = token.start;
            end = token.end();
            break;
        }
    }
    if (end > text.size()) { // at the very end: mark the last character
        end = int(text.size());
        start = std::max(0, end - 1);
    }
    m_errorStart = start;
    m_errorEnd = end;
    m_errorMessage = message;
    QTextCursor cursor = textCursor();
    cursor.setPosition(start);
    setTextCursor(cursor); // also updates the extra selections
    ensureCursorVisible();
    if (isVisible())
        QToolTip::showText(viewport()->mapToGlobal(cursorRect().bottomLeft()), message, viewport());
}

void SqlEditor::markErrorInLastRun(int line, int column, const QString &message)
{
    const QString text = toPlainText();
    const SqlLexer::LineColumn origin = SqlLexer::lineColumn(text, m_lastRunOffset);
    // Columns on the run's first line count from where the run began.
    markError(origin.line + line - 1, line == 1 ? origin.column + column - 1 : column, message);
}

void SqlEditor::clearError()
{
    m_errorStart = m_errorEnd = -1;
    m_errorMessage.clear();
    QToolTip::hideText();
    updateExtraSelections();
}

bool SqlEditor::showCompletion()
{
    const SqlCompletion::Result result
        = SqlCompletion::complete(m_catalog, toPlainText(), textCursor().position());
    QAbstractItemView *popup = m_completer->popup();
    if (result.isEmpty()) {
        popup->hide();
        return false;
    }
    m_completionStart = result.start;
    m_completionModel->setStringList(result.texts());
    QRect rect = cursorRect();
    rect.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    return true;
}

void SqlEditor::insertCompletion(const QString &completion)
{
    QTextCursor cursor = textCursor();
    const int end = cursor.position();
    if (m_completionStart < 0 || m_completionStart > end)
        return;
    cursor.setPosition(m_completionStart);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.insertText(completion);
    setTextCursor(cursor);
    m_completionStart = -1;
}

bool SqlEditor::handleCompletionKey(QKeyEvent *event)
{
    if (!m_completer->popup()->isVisible())
        return false;
    switch (event->key()) {
    case Qt::Key_Enter:
    case Qt::Key_Return:
    case Qt::Key_Escape:
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        // The completer acts on these (choose, close); the editor leaves them alone.
        event->ignore();
        return true;
    default:
        return false;
    }
}

void SqlEditor::completeAfterTyping(const QString &typed)
{
    if (m_completer->popup()->isVisible()) {
        // A blank or a punctuation mark ends the word: the list closes (a "." after a name opens
        // its columns).
        const bool wordGoesOn
            = typed.size() == 1 && (isIdentifierChar(typed.front()) || typed == QLatin1String("."));
        if (wordGoesOn)
            showCompletion(); // narrows the list, or closes it when nothing is left
        else
            m_completer->popup()->hide();
        return;
    }
    if (typed == QLatin1String(".")) {
        showCompletion();
        return;
    }
    if (typed.size() != 1 || !isIdentifierChar(typed.front()))
        return;
    const QString text = toPlainText();
    int start = textCursor().position();
    while (start > 0 && isIdentifierChar(text.at(start - 1)))
        --start;
    if (textCursor().position() - start >= 2)
        showCompletion();
}

void SqlEditor::keyPressEvent(QKeyEvent *event)
{
    if (handleCompletionKey(event))
        return;
    if (isRunKey(event)) {
        const bool script = event->modifiers().testFlag(Qt::ShiftModifier);
        const QString text = toPlainText();
        QString sql;
        if (script) {
            sql = text;
            m_lastRunOffset = 0;
        } else if (textCursor().hasSelection()) {
            sql = selectionOrStatement();
            m_lastRunOffset = textCursor().selectionStart();
        } else {
            const SqlStatement statement = SqlLexer::statementAt(text, textCursor().position());
            sql = statement.text(text);
            m_lastRunOffset = std::max(0, statement.start);
        }
        if (!sql.trimmed().isEmpty()) {
            clearError();
            if (script)
                Q_EMIT runScriptRequested(sql);
            else
                Q_EMIT runStatementRequested(sql);
        }
        return;
    }
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        Q_EMIT cancelRequested();
        return;
    }
    if (event->key() == Qt::Key_R && event->modifiers() == Qt::ControlModifier) {
        Q_EMIT historyRequested();
        return;
    }
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier) {
        showCompletion();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    completeAfterTyping(event->text());
}

bool SqlEditor::event(QEvent *event)
{
    // Window shortcuts on the same keys must not take them from the editor.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool own
            = isRunKey(key) || (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier)
              || (key->key() == Qt::Key_R && key->modifiers() == Qt::ControlModifier)
              || (key->key() == Qt::Key_Space && key->modifiers() == Qt::ControlModifier);
        if (own) {
            event->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

bool SqlEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int position = cursorForPosition(help->pos()).position();
        if (m_errorStart >= 0 && position >= m_errorStart && position <= m_errorEnd)
            QToolTip::showText(help->globalPos(), m_errorMessage, viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void SqlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_lineNumbers->setGeometry(
        QRect(contents.left(), contents.top(), lineNumberAreaWidth(), contents.height()));
}

void SqlEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_highlighter->setColours(SqlColours::fromPalette(palette()));
        updateExtraSelections();
    } else if (event->type() == QEvent::FontChange) {
        setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    }
}

int SqlEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = std::max(digits, 2);
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void SqlEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void SqlEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::Window));
    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int width = m_lineNumbers->width() - 4;
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            painter.setPen(palette().color(
                block.blockNumber() == current ? QPalette::WindowText : QPalette::PlaceholderText));
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        top += height;
        block = block.next();
    }
}

void SqlEditor::updateExtraSelections()
{
    const QString text = toPlainText();
    const int position = textCursor().position();
    const QColor base = palette().color(QPalette::Base);
    const QColor highlight = palette().color(QPalette::Highlight);
    QList<QTextEdit::ExtraSelection> selections;
    auto add = [&](int start, int end, const QTextCharFormat &format) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
        selection.format = format;
        selections.append(selection);
    };

    const SqlStatement statement = SqlLexer::statementAt(text, position);
    if (statement.isValid()) {
        QTextCharFormat format;
        format.setBackground(blend(base, highlight, 0.10));
        add(statement.start, statement.end, format);
    }
    const QPair<int, int> brackets = matchingBrackets(text, position);
    if (brackets.first >= 0) {
        QTextCharFormat format;
        format.setBackground(blend(base, highlight, 0.40));
        format.setFontWeight(QFont::Bold);
        add(brackets.first, brackets.first + 1, format);
        add(brackets.second, brackets.second + 1, format);
    }
    if (m_errorStart >= 0) {
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(errorColour(palette()));
        add(m_errorStart, m_errorEnd, format);
    }
    setExtraSelections(selections);
    m_lineNumbers->update();
}

} // namespace rowbook
