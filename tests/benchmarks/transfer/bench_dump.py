#!/usr/bin/env python3
"""Times `rowbook dump` against `sqlite3 DB .dump` on the same file, in the same run.

Usage: bench_dump.py ROWBOOK_EXECUTABLE DATABASE [WORKDIR] [--repeat N]

Prints JSON: dump_1m_ms (rowbook dump --output, fastest of N), sqlite3_dump_ms (sqlite3 .dump to
a file, fastest of N), ratio, and the peak resident memory of each (ru_maxrss of the child), so a
dump that does not stream shows up as a peak that grows with the table. Also checks that the
rowbook script loads back with sqlite3 when --verify is given (slow on 1M rows).
Not a ctest test except a small smoke run; the key is called dump_1m_ms because the figure that
counts is on the 1,000,000-row file of tests/benchmarks/generate.sh.
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchproc import timed  # noqa: E402


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    repeat = 1
    if "--repeat" in sys.argv:
        repeat = int(sys.argv[sys.argv.index("--repeat") + 1])
        args.remove(str(repeat))
    verify = "--verify" in sys.argv
    rowbook, database = args[0], args[1]
    work = args[2] if len(args) > 2 else tempfile.mkdtemp()
    os.makedirs(work, exist_ok=True)
    if "--generate" in sys.argv:
        # A small table shaped like generate.sh's items, for the ctest smoke run.
        rows = int(sys.argv[sys.argv.index("--generate") + 1])
        args.remove(str(rows))
        if os.path.exists(database):
            os.remove(database)
        subprocess.run(["sqlite3", database,
                        "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price "
                        "REAL, added DATE, notes TEXT, data BLOB); INSERT INTO items WITH RECURSIVE "
                        f"n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows}) "
                        "SELECT i, 'it''s ' || i, i * 0.1, date('2020-01-01', '+' || (i % 999) || "
                        "' days'), CASE WHEN i % 3 THEN 'a\nb' END, randomblob(i % 5) FROM n"],
                       check=True)
    env_home = os.path.join(work, "home")
    os.makedirs(env_home, exist_ok=True)
    os.environ["HOME"] = env_home

    ours = os.path.join(work, "rowbook-dump.sql")
    theirs = os.path.join(work, "sqlite3-dump.sql")
    runs = {"rowbook": [], "sqlite3": []}
    for _ in range(repeat):
        # Alternate, so that neither always runs on a warmer cache.
        runs["sqlite3"].append(timed(["sqlite3", database, ".dump"], theirs))
        runs["rowbook"].append(
            timed([rowbook, "dump", "--database", database, "--output", ours], os.devnull))
    best = {name: min(r[0] for r in values) for name, values in runs.items()}
    peak = {name: max(r[1] for r in values) for name, values in runs.items()}
    result = {
        "database": database,
        "database_bytes": os.path.getsize(database),
        "dump_1m_ms": round(best["rowbook"], 1),
        "sqlite3_dump_ms": round(best["sqlite3"], 1),
        "ratio": round(best["rowbook"] / best["sqlite3"], 2) if best["sqlite3"] else None,
        "rowbook_peak_rss_kb": peak["rowbook"],
        "sqlite3_peak_rss_kb": peak["sqlite3"],
        "rowbook_script_bytes": os.path.getsize(ours),
        "sqlite3_script_bytes": os.path.getsize(theirs),
        "runs_ms": {name: [round(r[0], 1) for r in values] for name, values in runs.items()},
    }
    if verify:
        copy = os.path.join(work, "loaded.sqlite")
        if os.path.exists(copy):
            os.remove(copy)
        with open(ours, "rb") as script:
            subprocess.run(["sqlite3", "-bail", copy], stdin=script, check=True)
        counts = "SELECT group_concat(name || '=' || n, ' ') FROM (SELECT name, " \
                 "(SELECT count(*) FROM pragma_table_info(name)) AS n FROM sqlite_master " \
                 "ORDER BY name)"
        for db in (database, copy):
            tables = subprocess.run(["sqlite3", db, "SELECT name FROM sqlite_master WHERE type = "
                                     "'table' AND name NOT LIKE 'sqlite%' ORDER BY name"],
                                    capture_output=True, text=True, check=True).stdout.split()
            rows = [subprocess.run(["sqlite3", db, f'SELECT count(*) FROM "{t}"'],
                                   capture_output=True, text=True, check=True).stdout.strip()
                    for t in tables]
            shape = subprocess.run(["sqlite3", db, counts], capture_output=True, text=True,
                                   check=True).stdout
            if db == database:
                expected = (tables, rows, shape)
            elif (tables, rows, shape) != expected:
                sys.exit(f"the loaded script differs: {(tables, rows, shape)} vs {expected}")
        result["verified"] = True
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
