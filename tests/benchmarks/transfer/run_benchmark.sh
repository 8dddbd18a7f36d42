#!/bin/sh
# Times `rowbook import` against `sqlite3 DB ".import --csv FILE t"` into an empty database, and
# `rowbook export` against `sqlite3 -csv`, on a generated CSV. Prints JSON.
# Usage: run_benchmark.sh ROWBOOK_EXECUTABLE [ROWS] [WORKDIR]
# Not a ctest test (except a tiny smoke run); build Rowbook in Release for real figures.
set -eu
rowbook=$1
rows=${2:-1000000}
work=${3:-$(mktemp -d)}
here=$(dirname "$0")
csv=$work/bench.csv
mkdir -p "$work"
[ -f "$csv.$rows" ] || python3 "$here/generate_csv.py" "$rows" "$csv.$rows"
cp "$csv.$rows" "$csv"
rm -f "$work"/rowbook.sqlite* "$work"/sqlite3.sqlite*

now() { python3 -c 'import time; print(time.monotonic())'; }
elapsed() { python3 -c "print(round($2 - $1, 3))"; }

export HOME="$work" XDG_DATA_HOME="$work/data"
t0=$(now); sqlite3 "$work/sqlite3.sqlite" ".import --csv $csv t"; t1=$(now)
"$rowbook" import "$csv" --table t --database "$work/rowbook.sqlite" >/dev/null; t2=$(now)
sqlite3 -csv -header "$work/sqlite3.sqlite" "SELECT * FROM t" > "$work/sqlite3-out.csv"; t3=$(now)
"$rowbook" export --table t --database "$work/rowbook.sqlite" --output "$work/rowbook-out.csv"; t4=$(now)

count=$(sqlite3 "$work/rowbook.sqlite" "SELECT count(*) FROM t")
[ "$count" = "$rows" ] || { echo "rowbook imported $count rows, expected $rows" >&2; exit 1; }
si=$(elapsed "$t0" "$t1"); ri=$(elapsed "$t1" "$t2"); se=$(elapsed "$t2" "$t3"); re=$(elapsed "$t3" "$t4")
python3 - "$rows" "$(stat -c %s "$csv")" "$si" "$ri" "$se" "$re" <<'PY'
import json, sys
rows, size, si, ri, se, re = sys.argv[1:]
si, ri, se, re = map(float, (si, ri, se, re))
print(json.dumps({
    "rows": int(rows), "csv_bytes": int(size),
    "import": {"sqlite3_s": si, "rowbook_s": ri, "ratio": round(ri / si, 2) if si else None},
    "export": {"sqlite3_s": se, "rowbook_s": re, "ratio": round(re / se, 2) if se else None},
}, indent=2))
PY
