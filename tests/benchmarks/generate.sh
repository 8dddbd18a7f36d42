#!/bin/sh
# Generates a deterministic benchmark table `items` with N rows (default 1,000,000).
#
#   generate.sh [N | --rows N] OUT.sqlite
#   generate.sh --rows 10000000 big.sqlite
#
# Every value is a pure function of the row id, so the same N always gives the same rows.
# Columns besides the rowid alias `id`: name TEXT, category TEXT, quantity INTEGER, price REAL,
# added DATE, done BOOLEAN, notes TEXT (NULL in a fifth of the rows). No index besides the
# rowid, so sorting and filtering by any other column scans the table. The file is a plain
# rollback-journal SQLite file, as another program would leave it. Needs the sqlite3 CLI.
set -eu

rows=1000000
out=

usage() {
    echo "usage: $0 [N | --rows N] OUT.sqlite" >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case "$1" in
    --rows)
        [ $# -ge 2 ] || usage
        rows=$2
        shift 2
        ;;
    --rows=*)
        rows=${1#--rows=}
        shift
        ;;
    -h | --help)
        usage
        ;;
    -*)
        usage
        ;;
    *)
        if [ -z "$out" ] && [ $# -ge 2 ]; then
            rows=$1
        elif [ -z "$out" ]; then
            out=$1
        else
            usage
        fi
        shift
        ;;
    esac
done

[ -n "$out" ] || usage
case "$rows" in
'' | *[!0-9]*) echo "$0: N must be a whole number, got '$rows'" >&2; exit 2 ;;
esac
command -v sqlite3 >/dev/null 2>&1 || { echo "$0: the sqlite3 command-line tool is needed" >&2; exit 1; }

rm -f "$out" "$out-journal" "$out-wal" "$out-shm"
tmp="$out.partial"
rm -f "$tmp" "$tmp-journal"

# h1..h5 are independent hashes of the id: a multiplicative hash modulo 2^32 (the products stay
# far below 2^63 for any realistic N), then m ^ (m >> 16) so that the low bits vary too (SQLite
# has no XOR operator: a ^ b = (a | b) - (a & b)).
sqlite3 "$tmp" >/dev/null <<SQL
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -65536;
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT,
    quantity INTEGER,
    price REAL,
    added DATE,
    done BOOLEAN,
    notes TEXT
);
BEGIN;
WITH RECURSIVE seq(id) AS (
    SELECT 1
    UNION ALL
    SELECT id + 1 FROM seq WHERE id < $rows
),
mixed AS (
    SELECT id,
           (id * 2654435761) % 4294967296 AS m1,
           (id * 2246822519) % 4294967296 AS m2,
           (id * 3266489917) % 4294967296 AS m3,
           (id * 668265263) % 4294967296 AS m4,
           (id * 374761393) % 4294967296 AS m5
    FROM seq
),
hashed AS (
    SELECT id,
           (m1 | (m1 >> 16)) - (m1 & (m1 >> 16)) AS h1,
           (m2 | (m2 >> 16)) - (m2 & (m2 >> 16)) AS h2,
           (m3 | (m3 >> 16)) - (m3 & (m3 >> 16)) AS h3,
           (m4 | (m4 >> 16)) - (m4 & (m4 >> 16)) AS h4,
           (m5 | (m5 >> 16)) - (m5 & (m5 >> 16)) AS h5
    FROM mixed
)
INSERT INTO items (id, name, category, quantity, price, added, done, notes)
SELECT id,
       rtrim(substr('amber  birch  cedar  delta  ember  fjord  grove  harbor iris   juniper'
                    || 'kestrellinden maple  nectar olive  pepper ', (h1 % 16) * 7 + 1, 7))
           || ' ' || printf('%06x', h2 % 16777216),
       rtrim(substr('tools    garden   kitchen  office   toys     books    music    sports   '
                    || 'outdoor  health   auto     pets     ', (h3 % 12) * 9 + 1, 9)),
       h4 % 1000,
       (h5 % 100000) / 100.0,
       date('2015-01-01', '+' || (h1 % 3650) || ' days'),
       (h2 % 3 = 0),
       CASE WHEN h3 % 5 = 0 THEN NULL
            ELSE 'Note ' || id || ': '
                 || substr('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do '
                           || 'eiusmod tempor incididunt ut labore et dolore magna aliqua.',
                           1, 8 + h4 % 100)
       END
FROM hashed;
COMMIT;
SQL

mv "$tmp" "$out"
