#!/usr/bin/env python3
"""Times `rowbook import` and `rowbook export` of a CSV against the sqlite3 shell, in the same run.

Usage: bench_transfer.py ROWBOOK_EXECUTABLE [ROWS] [WORKDIR] [--repeat N]

Import: `rowbook import FILE --table t` into a new database, against `sqlite3 .import --csv
--skip 1` into a table created first with the very CREATE TABLE statement Rowbook made (same
column types) in a file with the same journal mode and synchronous setting, so both do the same
work: typed values, the same journal (one difference: sqlite3 stores an empty field as '', Rowbook
as NULL). Export: `rowbook export --table t` against
`sqlite3 -csv -header "SELECT * FROM t"`, each from its own copy of the same rows.

Prints JSON: the times (fastest of N runs), the ratios (issue 18 asks for at most 1.2 on import
and 1.0 on export at 10,000,000 rows), and each command's peak resident memory, so an import or
export that does not stream shows up as a peak that grows with ROWS (compare with a small run).
The CSV (generate_csv.py, 7 columns, about 59 bytes a row) is kept in WORKDIR for the next run.
Not a ctest test except a tiny smoke run; build Rowbook in Release for real figures.
"""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchproc import harness_floor_kb, run, timed  # noqa: E402


def remove_database(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def count_rows(database):
    return int(run(["sqlite3", database, "SELECT count(*) FROM t"]).strip())


def main():
    args = sys.argv[1:]
    repeat = 1
    if "--repeat" in args:
        at = args.index("--repeat")
        repeat = int(args[at + 1])
        del args[at:at + 2]
    rowbook = args[0]
    rows = int(args[1]) if len(args) > 1 else 1000000
    work = args[2] if len(args) > 2 else tempfile.mkdtemp()
    os.makedirs(work, exist_ok=True)
    os.environ["HOME"] = work
    os.environ["XDG_DATA_HOME"] = os.path.join(work, "data")

    csv = os.path.join(work, f"bench-{rows}.csv")
    if not os.path.exists(csv):
        here = os.path.dirname(os.path.abspath(__file__))
        run([sys.executable, os.path.join(here, "generate_csv.py"), str(rows), csv + ".partial"])
        os.replace(csv + ".partial", csv)
    ours = os.path.join(work, "rowbook.sqlite")
    theirs = os.path.join(work, "sqlite3.sqlite")
    ours_csv = os.path.join(work, "rowbook-out.csv")
    theirs_csv = os.path.join(work, "sqlite3-out.csv")

    runs = {key: [] for key in ("rowbook_import", "sqlite3_import", "rowbook_export",
                                "sqlite3_export")}
    schema = journal = None
    for _ in range(repeat):
        remove_database(ours)
        runs["rowbook_import"].append(
            timed([rowbook, "import", csv, "--table", "t", "--database", ours]))
        if count_rows(ours) != rows:
            sys.exit(f"rowbook imported {count_rows(ours)} rows, expected {rows}")
        schema = run(["sqlite3", ours, "SELECT sql FROM sqlite_master WHERE name = 't'"]).strip()
        journal = run(["sqlite3", ours, "PRAGMA journal_mode"]).strip()
        remove_database(theirs)
        run(["sqlite3", theirs, f"PRAGMA journal_mode = {journal}", schema])
        runs["sqlite3_import"].append(
            timed(["sqlite3", "-cmd", "PRAGMA synchronous = NORMAL", theirs,
                   ".import --csv --skip 1 '" + csv.replace("'", "''") + "' t"]))
        if count_rows(theirs) != rows:
            sys.exit(f"sqlite3 imported {count_rows(theirs)} rows, expected {rows}")
        runs["sqlite3_export"].append(
            timed(["sqlite3", "-csv", "-header", theirs, "SELECT * FROM t"], theirs_csv))
        runs["rowbook_export"].append(
            timed([rowbook, "export", "--table", "t", "--database", ours, "--output", ours_csv]))

    best = {key: min(r[0] for r in values) / 1000 for key, values in runs.items()}
    peak = {key: max(r[1] for r in values) for key, values in runs.items()}

    def compared(step):
        ours_s, theirs_s = best["rowbook_" + step], best["sqlite3_" + step]
        return {
            "sqlite3_s": round(theirs_s, 3),
            "rowbook_s": round(ours_s, 3),
            "ratio": round(ours_s / theirs_s, 2) if theirs_s else None,
            "sqlite3_peak_rss_kb": peak["sqlite3_" + step],
            "rowbook_peak_rss_kb": peak["rowbook_" + step],
        }

    result = {
        "rows": rows,
        "csv_bytes": os.path.getsize(csv),
        "schema": schema,
        "journal_mode": journal,
        "import": compared("import"),
        "export": dict(compared("export"), sqlite3_bytes=os.path.getsize(theirs_csv),
                       rowbook_bytes=os.path.getsize(ours_csv)),
        "harness_floor_kb": harness_floor_kb(),
        "runs_s": {key: [round(r[0] / 1000, 3) for r in values] for key, values in runs.items()},
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
