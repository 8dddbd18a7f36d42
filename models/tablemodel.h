#pragma once

#include "backend.h"
#include "catalog.h"
#include "cellcolours.h"
#include "columnvalues.h"
#include "editstore.h"
#include "foreignkeys.h"
#include "keyloader.h"
#include "rowcache.h"
#include "rowfetcher.h"
#include "storageerror.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVector>

#include <algorithm>
#include <deque>
#include <functional>
#include <vector>

namespace rowbook {

class UndoHistory;

// One table or view of the open database, for a QTableView and a form.
//
// Reads are windowed: the model holds the ordered list of row keys (RowKey ids, in a RowList: a
// few bytes per gap in key order) and fetches the values of the rows on screen a page at a time,
// so memory stays bounded and jumping to the last row costs one page. No statement stays open
// between calls, so the model never holds a read lock that would block writers on rollback-journal
// files. Edits never write here: they go to the EditStore, which the AutoSaver saves on the worker
// thread; until then they are shown from the store, so the view never resets after a save.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        NullRole = Qt::UserRole + 1, // bool: the value is NULL
        PendingRole,                 // bool: the cell has an edit that is not yet saved
        ErrorRole,                   // QString: why the database refused this row
        KeyRole,                     // qint64: the row's RowKey id (negative: not yet inserted)
        KindRole,                    // int: the column's ColumnKind
        ConflictRole,                // bool: another program changed this cell under a pending edit
        TheirsRole,                  // QVariant: in a conflict, the value the other program wrote
        GoneRole,                    // bool: another program deleted this row under pending edits
        // The value as stored (no conversion for editors). setData() with this role stores the
        // value as given: for editors that already checked it with ColumnValues::fromText().
        StoredRole,
    };
    static constexpr int pageSize = 256;
    static constexpr int maxCachedPages = 64;
    // Rows read one at a time for an edit of a row that is not cached (not on screen).
    static constexpr int maxSingleRows = 1024;
    // From this many rows on, a new order or filter shows its first page as soon as the engine
    // has it (ORDER BY … LIMIT), before the whole row list is read.
    static constexpr qint64 previewFromRows = 100000;
    // Views see about this many rows at a time (the window): a QHeaderView keeps 8 bytes per
    // row it is told of, 80 MB at 10 million rows. Rows outside the window stay in the row list;
    // moveWindow() brings them in. Tables of up to 1.5 times this are one whole window.
    static constexpr int defaultWindowRows = 100000;

    // With a KeyLoader, row lists of big tables load on its thread: setTable() shows the first
    // page at once, and sort() and setFilter() keep the old rows until the new list arrives.
    TableModel(const QSqlDatabase &reader,
               EditStore *store,
               KeyLoader *loader = nullptr,
               QObject *parent = nullptr);

    bool setTable(const QString &name);

    // With a RowFetcher, the rows the grid paints that are not in memory are read on its thread
    // (tablemodelpages.cpp): their cells stay blank until they arrive, and the window never waits
    // on the disk or the server to paint. Other readers of data() still get the values at once.
    void setRowFetcher(RowFetcher *fetcher);
    // While one lives, data() answers nothing for rows not in memory and asks the RowFetcher for
    // their page instead of reading it (a row another program's commit made out of date shows
    // as it was until then). GridView holds one while it paints, RecordForm while it shows a
    // new row (a row read alone on the GUI thread is a round trip on a server).
    class Painting
    {
    public:
        explicit Painting(const TableModel *model);
        ~Painting();
        Q_DISABLE_COPY_MOVE(Painting)

    private:
        const TableModel *m_model;
    };
    // The rows a view shows now (window rows, first to last), told after each paint, so a save
    // repaints only the saved rows on screen, not the whole grid. `view` only tells views
    // apart; forgetRowsShown() when it goes or shows another model. Once any view tells, a
    // save signals no rows outside those told and the persistent indexes: every view that shows
    // rows of this model directly must tell (GridView does; its frozen columns share its rows).
    void setRowsShown(const void *view, int first, int last);
    void forgetRowsShown(const void *view) { m_rowsShown.remove(view); }
    // Pages asked of the RowFetcher that have not arrived yet.
    int pagesInFlight() const { return int(m_pageRequests.size()); }
    // Pages, and rows read alone for a reader outside painting, read on the model's own (GUI)
    // thread so far.
    quint64 pagesReadHere() const { return m_pagesReadHere; }
    quint64 rowsReadAloneHere() const { return m_rowsReadAloneHere; }
    QString tableName() const { return m_info.name; }
    const TableInfo &tableInfo() const { return m_info; }
    // Changes each time setTable() reads the table's columns (another table, or the same one
    // after a schema change); a new filter or order keeps it. What views built per column (the
    // form's fields) is still right while it stays the same.
    quint64 tableGeneration() const { return m_tableGeneration; }
    QString lastError() const { return m_lastError; }
    // The table's one-column foreign keys (ForeignKeys::of()), read once for each table
    // generation and again after another program's schema change: the form and every cell
    // editor ask (on a server each read is several catalog round trips). None for a view.
    const QVector<ForeignKey> &foreignKeys() const;
    // The foreign keys that refer to this table (ForeignKeys::referringTo()), read like
    // foreignKeys(): what deleting its rows does to other rows.
    const QVector<ForeignKeyConstraint> &referringKeys() const;
    // The GUI thread's read-only connection, for lookups next to the table (foreign keys, schema).
    QSqlDatabase database() const { return m_db; }
    // The SQL spelling of this connection's engine (quoting, filter predicates).
    const SqlDialect &dialect() const { return *m_dialect; }

    // Disables editing, e.g. for read-only files; `reason` is shown as the cells' tooltip.
    void setReadOnly(bool readOnly, const QString &reason = {});
    bool isReadOnly() const;
    QString readOnlyReason() const
    {
        return m_readOnlyReason.isEmpty() ? m_lowKeyNote : m_readOnlyReason;
    }
    // Why the table is read-only because a row's integer key is 0 or below (new rows have such
    // keys in the window until they are saved, so the two would be taken for each other); empty
    // when no such key was read.
    QString lowKeyNote() const { return m_lowKeyNote; }
    // Whether `key` is a row added in the window and not saved yet (keys below 0, but for the
    // table's own rows when it has such keys: lowKeyNote()).
    bool isNewKey(qint64 key) const;
    // Why `stored` cannot be typed into a new row's key cell: an integer key of 0 or below (see
    // lowKeyNote()); empty when it can.
    QString keyValueProblem(int column, const QVariant &stored) const;
    // Why a key cell cannot be changed: the integer key is the database's, and a saved row's
    // mapped key (TableInfo::keysMapped) identifies it; empty for other cells.
    QString savedKeyNote(const QModelIndex &index) const;

    // The colours of NULL text and of pending and refused rows (ForegroundRole, BackgroundRole);
    // the ui sets them from the theme's palette, and every cell repaints when they change.
    void setCellColours(const CellColours &colours);
    const CellColours &cellColours() const { return m_colours; }

    // Rows matching the SQL condition (with '?' placeholders), e.g. from the filter row.
    void setFilter(const QString &condition, const QVariantList &values);
    // Re-reads the row keys (after another program changed the table), keeping pending edits.
    void refresh();
    // Another program committed: shows its values and rows, keeping the current cell, the
    // selection and pending edits (tablemodelrefresh.cpp).
    void refreshFromOutside(bool schemaChanged);
    // Saves of Rowbook's own committed, writing rows of `tables` (SaveOutcome::tables). The
    // saved rows of this table are patched as they commit. When the saves may have changed what
    // is shown in other ways, it is read again: the rows and the row list as after another
    // program's commit when this is a view or another table, the rows only when this table's
    // triggers ran (TableInfo::writesOtherCells).
    void refreshAfterOwnSave(const WrittenTables &tables);
    // True while the full row list is being read (counting, sorting, filtering).
    bool isLoading() const { return m_operation != Operation::None; }
    // True during the layout change that moves rows where another program's commit put them
    // (refreshFromOutside()): a view keeps the rows it shows on screen, where a sort would not.
    bool isMovingOthersRows() const { return m_movingOthersRows; }
    bool isFiltered() const { return !m_where.isEmpty(); }
    // The filter as given to setFilter(): a condition without WHERE (empty: every row) and the
    // values of its '?' placeholders, for queries over the same rows (charts).
    QString filterCondition() const { return m_where; }
    QVariantList filterValues() const { return m_whereValues; }
    // Rows in the table without the filter (-1 until known).
    qint64 unfilteredRowCount() const { return m_unfilteredCount; }
    // While a big table opens, before its rows are counted: at most this many rows (the span of
    // its keys, read with the first rows: SqlDialect::firstRowsQuery()); -1 otherwise.
    qint64 rowCountBound() const { return m_rowCountBound; }

    // Every edit through setData(), addRow(), duplicateRow() and removeRowList() becomes an undo
    // command on the history's stack for this table.
    void setUndoHistory(UndoHistory *history) { m_history = history; }
    UndoHistory *undoHistory() const { return m_history; }

    // The window of rows views see (rowCount(), index(), the Qt::ItemDataRole data): the rows
    // at positions [windowStart(), windowStart() + rowCount()) of the whole list of
    // totalRows(). Row numbers in the model's API are rows of the window, but for the undo
    // replay functions below, which take positions in the whole list (they stay right when the
    // window moves between an edit and its undo). Tables of up to wholeWindowRows() rows are
    // one whole window: rows and positions are the same.
    int windowStart() const { return m_windowStart; }
    int totalRows() const { return int(m_keys.size()); }
    bool isWindowed() const { return m_windowCount < totalRows(); }
    int position(int row) const { return m_windowStart + row; }
    // The window's row of a position, or -1 when it is outside the window.
    int rowAt(int at) const
    {
        return at >= m_windowStart && at < m_windowStart + m_windowCount ? at - m_windowStart : -1;
    }
    int windowRows() const { return m_windowRows; }
    // A table of up to this many rows is one whole window, and a window grows by inserts up to
    // this many rows before it leaves rows out.
    int wholeWindowRows() const { return m_windowRows + m_windowRows / 2; }
    // For tests: a smaller window (at least 2 * pageSize); applies from the next reset.
    void setWindowRows(int rows) { m_windowRows = std::max(rows, 2 * pageSize); }
    // Moves the window to start at `start` (clamped), keeping its size; persistent indexes
    // (selection, current cell, editors) follow their rows, or become invalid when their rows
    // leave the window (layoutChanged).
    void moveWindow(int start);
    // Asks the RowFetcher now for the rows at positions `first` to `last` (clamped) that are not
    // in memory: for a jump (Ctrl+End), before the window moves and the views lay it out, so the
    // rows are read while they do and the first paint finds them.
    void prefetch(int first, int last) const;
    // Whether data() answers for the window's `row` from memory while a Painting lives: its
    // values (or those from before another program's commit) are held, or it is a new row or
    // one gone from the table. When false, its page is on its way and a dataChanged() brings it.
    bool isRowInMemory(int row) const;
    // Whether a reader inside a Painting waits for this cell: its row is not in memory and the
    // cell does not hold the user's unsaved edit (which data() answers at once).
    bool isCellOnItsWay(const QModelIndex &index) const;
    // The window's row of `position`, moving the window to centre on it when it is outside
    // (or within `margin` rows of an edge that can move); -1 for a position not in the list.
    int showPosition(int at, int margin = 0);

    qint64 keyAt(int row) const;
    qint64 keyAtPosition(int at) const;
    // What the list of row keys holds in memory, in bytes: a few per gap in key order, 8 a row
    // in another order (RowList).
    std::size_t rowListBytes() const
    {
        return m_keys.memoryBytes() + m_beforePreview.memoryBytes();
    }
    // `hint`: where the row was last seen; checked first, so edits on screen never search.
    int rowForKey(qint64 key, int hint = -1) const;
    // The same in the whole list: a position (hint and result), or -1.
    int positionOfKey(qint64 key, int hintPosition = -1) const;
    // The row key of the row whose key columns hold `values` (as the key loader reads them): a
    // handle of the table's KeyMap for a mapped key, else the one integer.
    qint64 keyFor(const QVariantList &values) const;
    // A saved row's key as stored: keyWidth values (one: the key itself, when not mapped).
    QVariantList keyValues(qint64 key) const
    {
        QVariantList values;
        appendKey(values, key);
        return values;
    }

    // setData() with StoredRole for the row known by `key`, wherever it is in the row list (the
    // window's rows or not), unless the cell no longer holds `expected` (another edit, another
    // program's commit): for input typed into a row the user has left. Empty when it was set (or
    // already held `stored`); else why it was not, as the end of a sentence.
    // No `expected`: the value before is not known, and not checked.
    QString setKeyValue(qint64 key,
                        int column,
                        const QVariant &stored,
                        const std::optional<QVariant> &expected);

    // False (and says why with loadFailed()) when a row of `cells` cannot be read now because
    // another program writes to the file: an edit of it would have nothing to be checked
    // against. Edits of several cells ask first, so that they are made all or not at all.
    bool readableForEdit(const QModelIndexList &cells);

    // A row's stored values (a row of the window).
    QVector<QVariant> storedRow(int row) const;
    // The operations undo commands replay; they do not record undo steps themselves. Their
    // positions and hints are positions in the whole list (position()), not rows of the window.
    // `shown`: what the cell showed before; taken as the stored value the save checks against
    // when the row cannot be read to learn it (another program holds the file).
    void applyValue(qint64 key,
                    const QString &column,
                    const QVariant &stored,
                    const QVariant &shown,
                    int hint = -1);
    qint64 insertRowAt(int at, const QHash<QString, QVariant> &values);
    void removeKey(qint64 key, int hint = -1);
    // Takes back an unsent delete (true), or re-inserts the row with its key and values.
    bool restoreKey(qint64 key, int at, const QHash<QString, QVariant> &values);
    // The row the user is editing. A new row is not saved while it is being edited, so it is not
    // refused for a missing value before the user got to type it; it is saved when the user
    // leaves it (another row, or -1) or saves (AutoSaver::saveNow()).
    void setEditingRow(int row);
    // Appends a new row (saved by the autosave) and returns its row number.
    int addRow();
    int duplicateRow(int row);
    void removeRowList(QList<int> rows);

    // Rows among `rows` that another program changed since the model last read them (what the
    // user was shown), with the values the file holds now. Rows not read yet are not checked.
    QHash<qint64, QVector<QVariant>> changedSinceShown(const QList<int> &rows) const;

    // An editor opened on the cell (grid or form): the value it shows is what an edit made in it
    // starts from, so a change by another program that arrives while it is open comes back as
    // a conflict instead of being overwritten. endCellEdit() when the editor closes, after its
    // value was set (tablemodelconflicts.cpp), with the row's key as it is then: an editor open
    // on a new row goes on under the saved key after rowKeyChanged().
    void beginCellEdit(const QModelIndex &index);
    void endCellEdit(qint64 key, int column);

    // Conflicts with other programs (tablemodelconflicts.cpp); each is one undo step.
    void keepMine(int row, int column);   // saves the user's value over theirs
    void takeTheirs(int row, int column); // drops the user's edit
    void insertAgain(int row);            // a row deleted elsewhere: add it as a new row
    void discardGone(int row);            // a row deleted elsewhere: drop the user's edits
    // The next cell in conflict or row deleted elsewhere after `from`, wrapping; invalid if none.
    // The window moves to it when it is outside.
    QModelIndex nextConflict(const QModelIndex &from);
    // What the conflict commands replay.
    void applyCell(qint64 key, const QString &column, const EditStore::Cell &cell, int hint = -1);
    EditStore::Row forgetKey(qint64 key, int hint = -1);
    void restoreForgotten(qint64 key, int at, const EditStore::Row &row);

    // Converts an editor's value to what is stored for the column's kind; false if it does not fit.
    static bool toStorage(ColumnKind kind, const QVariant &input, QVariant *stored)
    {
        return ColumnValues::toStorage(kind, input, stored);
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadFailed(const QString &message);
    void loadingChanged(bool loading);
    // The table became read-only (lowKeyNote()): a key of 0 or below was read.
    void readOnlyChanged();
    // moveWindow() moved the window: a row that was row r of the window is row r + shift now
    // (if it is still in it). A view keeps showing the same rows by scrolling by `shift` rows.
    void windowMoved(int shift);
    // The rows another program's commit moved, added or removed are where they go now (after
    // the layout change isMovingOthersRows() is true in, and the rows removed at the end).
    void othersRowsMoved();
    // Before the window moves: rows may leave it, so open editors write what was typed now.
    void windowAboutToMove();
    // A new row's INSERT was saved: the row is known by `newKey` from now on.
    void rowKeyChanged(qint64 oldKey, qint64 newKey);

private:
    enum class Operation { None, Open, Sort, Filter };

    void reloadKeys();
    // Sets lowKeyNote() when `keys`, a list as read (before new rows join it), holds a key of 0
    // or below.
    void noteLowKey(const RowList &keys);
    // A new row list: on the loader thread when there is one; `preview`: the first page first.
    void replaceKeys(bool preview = false);
    QString keyQuery(int limit = -1) const;
    void requestKeys(Operation operation, bool preview = false);
    // True when the table is big enough for a first page ahead of the whole row list, and
    // nothing would be lost by the reset that shows it (a new row being filled in, an open
    // editor, a reload that keeps rows deleted elsewhere under edits).
    bool wantsPreview() const;
    void onKeysPreviewed(quint64 requestId, const KeyList &keys);
    void onKeysLoaded(quint64 requestId, const KeyList &keys);
    // A refresh's keys equal the list it was asked with: nothing to do if the list is still that.
    void onKeysUnchanged(quint64 requestId, const KeyList &keys);
    void onKeysFailed(quint64 requestId, const StorageError &error);
    // A whole row list of `size` keys arrived (new or the same): the load's bookkeeping.
    void noteListRead(std::size_t size);
    // Drops rows deleted in the window and appends rows added in it, in place.
    void applyPendingRows(RowList &keys) const;
    void setOperation(Operation operation);
    void remapPersistentIndexes(RowList keys);
    QVariant value(int row, int column, bool *pending = nullptr) const;
    // The stored values of one row for an edit: the cached row, or that row alone read from the
    // file (one short statement, not a page of pageSize rows). Null for a row that is not there,
    // and for one that cannot be read now (`unreadable`: another program holds the file).
    const QVector<QVariant> *rowForEdit(qint64 key, bool *unreadable = nullptr) const;
    // What the cell shows (pending edit or stored value), without reading a page; what the
    // editor started from or the edit's original when the row cannot be read; none when unknown.
    std::optional<QVariant> valueForEdit(int row, int column) const;
    // The same for the row known by `key` (not for positional tables).
    std::optional<QVariant> keyValueForEdit(qint64 key, int column) const;
    void loadPage(int page) const;
    // The statement that reads rows [first, last) and its bound values.
    std::pair<QString, QVariantList> pageStatement(int first, int last) const;
    // Puts the rows a page statement read into the cache, by key.
    // Returns the keys of the rows it cached (`readAloneAfter`: see RowCache::addPage()).
    std::vector<qint64> cacheRows(QVector<QVector<QVariant>> rows,
                                  int first,
                                  std::optional<quint64> readAloneAfter = std::nullopt) const;
    // The RowFetcher found no row with this key (deleted elsewhere, a view grown shorter) since
    // the cache last changed: painted without values, not asked for again and again.
    bool isAbsent(qint64 key) const
    {
        return m_absentGeneration == m_rows.generation() && m_absent.contains(key);
    }
    // A row not in memory (at a position of the whole list), asked for outside painting: read
    // here, alone or with its page.
    const QVector<QVariant> *readMissingRow(int at, qint64 key) const;
    // Delivers the pages the RowFetcher has read that are still on their way through the event
    // loop: called as painting starts.
    void takeFinishedPages() const;
    // Row keys between SQL and the window: the values to bind for `key` (one integer, or the
    // columns of a mapped key: TableInfo::keysMapped), and the key a result row begins with.
    void appendKey(QVariantList &values, qint64 key) const;
    bool isSavedKeyPart(const QModelIndex &index) const; // not editable: TableInfo::isKeyPart
    bool isSavedKeyPart(qint64 key, int column) const;
    // An edit of a cell from `before` to `stored`: an undo step, or applied at once without an
    // UndoHistory. `position`: where the row is in the whole list (a hint).
    void recordValue(qint64 key,
                     int position,
                     const QString &column,
                     const QVariant &before,
                     const QVariant &stored);
    bool isSavedKey(qint64 key) const; // saved, or its INSERT is in flight
    qint64 keyOf(const QSqlQuery &query) const;
    qint64 takeKey(QVector<QVariant> &row) const; // removes the key's columns from `row`
    // Asks the RowFetcher for the page (and the one after it), unless it is on its way already.
    void requestPage(int page) const;
    void onRowsFetched(quint64 id, const FetchedRows &result);
    // The keys a page was asked for that it did not bring: isAbsent().
    void noteAbsent(const QVector<qint64> &asked, const std::vector<qint64> &brought);
    QString selectList() const;
    void
    onRowCommitted(const QString &table, qint64 oldKey, qint64 newKey, const RowValues &values);
    // A new row with an editor open was saved: the edit goes on from what was inserted.
    void moveEditStarts(qint64 oldKey, qint64 newKey, const RowValues &inserted);
    void onRowRefused(const QString &table, qint64 key);
    void onRowConflicted(const QString &table, qint64 key, const QHash<QString, QVariant> &theirs);
    // The stored value the cell's edit started from, which the save compares with the file.
    void rememberOriginal(qint64 key, const QString &column, const QVariant &shown);
    // True when rememberOriginal() can learn the stored value without guessing (or the row is
    // gone: the save then reports it as deleted elsewhere).
    bool originalKnown(qint64 key, const QString &column) const;
    QVariant conflictData(const QModelIndex &index, int role) const;
    bool keepEditedRows(RowList &keys);
    void mergeKeys(RowList keys);
    // The rows in memory but those with pending edits are read again when next shown, and
    // painted as they were until then (tablemodelrefresh.cpp).
    void expireRows();
    // After the catalog read in setTable(): see Catalog::setKeysMapped().
    void keepTheFormOfHeldKeys();
    void onStoreChanged();
    // A row's cells changed (and its header's text, for an insert that got its key).
    enum class Header { Same, Changed };
    void emitRowChanged(int row, Header header = Header::Same);
    // A new row at the end (an undo step with `text`), the window moved to show it; its row.
    int appendRow(const QHash<QString, QVariant> &values, const QString &text);
    // The window (windowStart()): every change of the row list goes through these, which keep
    // the window on the same rows and tell views of the rows that change inside it.
    // After a reset: the first windowRows() rows.
    void resetWindow();
    // After the list changed under layoutChanged: `whole` (the window held every row before)
    // keeps it whole; else the window keeps its place, within the list.
    void fitWindow(bool whole);
    // `insert` puts `count` keys into m_keys at `position`.
    void insertPositions(int position, int count, const std::function<void()> &insert);
    // `erase` takes the keys at [position, position + count) out of m_keys.
    void erasePositions(int position, int count, const std::function<void()> &erase);
    // A window that deletions made small takes in rows from after (or before) it.
    void refillWindow();
    // The window's rows are at other positions now: their numbers change.
    void renumberRows();

    QSqlDatabase m_db;
    const SqlDialect *m_dialect;
    EditStore *m_store;
    KeyLoader *m_loader;
    UndoHistory *m_history = nullptr;
    quint64 m_request = 0;
    quint64 m_tableGeneration = 0;
    mutable QVector<ForeignKey> m_foreignKeys;
    mutable quint64 m_foreignKeysGeneration = 0; // the generation m_foreignKeys were read for
    mutable QVector<ForeignKeyConstraint> m_referring;
    mutable quint64 m_referringGeneration = 0;
    Operation m_operation = Operation::None;
    qint64 m_unfilteredCount = -1;
    qint64 m_rowCountBound = -1;
    TableInfo m_info;
    bool m_positional = false; // tables without row keys (views...): keys are row positions
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_lowKeyNote; // lowKeyNote()
    KeyMapPtr m_keyMap;   // the store's, for a table whose keys are not one integer
    CellColours m_colours;
    QString m_where;
    QVariantList m_whereValues;
    QString m_orderBy;
    QString m_lastError;
    QSet<qint64> m_savedKeys; // rows a save updated, repainted after it (onStoreChanged())
    QHash<const void *, std::pair<int, int>> m_rowsShown;
    bool m_refreshing = false;       // a row list reload after another program's commit
    bool m_movingOthersRows = false; // isMovingOthersRows()
    // A commit came while the row list was being read, which may have begun before it: the list
    // is read again once that read is done.
    bool m_refreshAfterLoad = false;
    // The row list a refresh was asked with (the loader compares its keys with its own copy).
    // Only the answer's handler reads it: see isSameAs().
    KeyList m_refreshedFrom;
    RowList m_keys;
    int m_windowRows = defaultWindowRows;
    int m_windowStart = 0;
    int m_windowCount = 0;
    // While a first page is shown ahead of the whole list: the rows shown before it, put back
    // if the whole list fails.
    RowList m_beforePreview;
    // While a row list is read: the rows the user deleted and the rows whose insert committed
    // since it was asked for. The loader's snapshot may predate those commits, so the list it
    // brings would show a deleted row again or lose a saved new one (applyPendingRows()).
    QSet<qint64> m_deletedSinceRequest;
    std::vector<qint64> m_insertedSinceRequest;
    // (key, column) -> the stored value an open editor started from (beginCellEdit()).
    QHash<std::pair<qint64, QString>, QVariant> m_editStarts;
    mutable RowCache m_rows{maxCachedPages, maxSingleRows}; // stored values read so far
    // A page asked of the RowFetcher: its rows, the key of its first row (or the position, on
    // positional tables) and the cache's generation when it was asked.
    struct PageRequest
    {
        int first = 0;
        int last = 0;
        qint64 mark = 0;
        quint64 generation = 0;
        quint64 singlesRead = 0; // RowCache::singlesRead() when it was asked for
        QVector<qint64> keys;    // the keys asked for (positions, on positional tables)
    };
    RowFetcher *m_fetcher = nullptr;
    mutable int m_painting = 0;
    mutable QHash<quint64, PageRequest> m_pageRequests; // by request id
    mutable QSet<qint64> m_pagesOnTheWay;               // their marks
    QSet<qint64> m_absent;                              // isAbsent()
    quint64 m_absentGeneration = 0;
    mutable quint64 m_pagesReadHere = 0;
    mutable quint64 m_rowsReadAloneHere = 0;
    mutable int m_lastMissedRow = -1; // readMissingRow()'s position: a scan or a lone reader
};

} // namespace rowbook
