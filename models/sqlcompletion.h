#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rowbook {

// What completion knows of a database: its tables and views with their columns. A plain value,
// filled once per console (read() on a worker connection, or by hand in tests) and copied freely.
struct SqlCatalog
{
    struct Object
    {
        QString name;
        bool isView = false;
        QStringList columns;
    };
    QVector<Object> objects;

    // The object called `name` (SQL names are case-insensitive), or nullptr.
    const Object *find(const QString &name) const;

    // Reads the user tables and views of `db` through storage's Catalog. It queries the
    // database: call it where the connection lives, never on the GUI thread for a shared file.
    static SqlCatalog read(const QSqlDatabase &db);
};

// Completion candidates for the SQL console. Widget-free: the editor asks, shows a popup, and
// replaces [Result::start, cursor) with the chosen text.
class SqlCompletion
{
public:
    enum class Kind { Column, Table, View, Function, Keyword };

    struct Candidate
    {
        QString text; // ready to insert: names that need it are quoted ("Order Details")
        Kind kind = Kind::Keyword;
    };

    struct Result
    {
        int start = -1; // where the word being completed starts; -1 when nothing is offered
        QString prefix; // the text from `start` to the cursor
        QVector<Candidate> candidates;

        bool isEmpty() const { return candidates.isEmpty(); }
        QStringList texts() const;
    };

    // The candidates at `cursor` (an offset into `text`) whose text starts with the word before
    // the cursor, ignoring case:
    // - after `name.`: the columns of the table or view `name` is, or is an alias of, in the
    //   statement under the cursor (`SELECT a.| FROM Album a` offers Album's columns);
    // - otherwise the columns of the tables and views the statement names, then all tables and
    //   views, then the functions of the dialect (SqlKeywords::functions(): `coa` offers
    //   `coalesce`), then keywords; functions and keywords in the case of the word typed (`sel`
    //   offers `select`, `COU` offers `COUNT`).
    // A candidate equal to the word typed is left out. Nothing inside a string, quoted name or
    // comment.
    static Result complete(const SqlCatalog &catalog, const QString &text, int cursor);
};

} // namespace rowbook
