#!/usr/bin/env bash
# Fails when the German or French translation is not complete for the sources as they are:
# runs lupdate over the sources into a copy of translations/*.ts (the real files stay untouched)
# and reports every text that is new (missing from the .ts), unfinished, or vanished from the
# sources, every empty plural form, and every translation whose placeholders (%1…%99, %n, %Ln)
# differ from its source text.
# Usage: check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$source_dir"
status=0
for ts in translations/rowbook_*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    # Without -no-obsolete: texts gone from the sources stay in the copy, marked vanished.
    "$lupdate" -locations none app cli ui models storage transfer resources -ts "$copy" \
        > "$work/lupdate.log" 2>&1 || { cat "$work/lupdate.log"; exit 1; }
    if grep -q "lacks Q_OBJECT macro" "$work/lupdate.log"; then
        echo "$ts: lupdate files texts under a class that no lookup uses:" >&2
        grep "lacks Q_OBJECT macro" "$work/lupdate.log" >&2
        status=1
    fi
    python3 - "$copy" "$ts" <<'PYTHON' || status=1
import re
import sys
import xml.etree.ElementTree as ET

copy, name = sys.argv[1], sys.argv[2]
placeholder = re.compile(r"%(?:L?n|[1-9][0-9]?)")
problems = []
for context in ET.parse(copy).getroot().iter("context"):
    where = context.findtext("name")
    for message in context.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        kind = translation.get("type", "")
        label = f"{where}: {source!r}"
        if kind in ("vanished", "obsolete"):
            problems.append(f"{label} is no longer in the sources (run the update_translations target)")
            continue
        if kind == "unfinished":
            problems.append(f"{label} is missing or unfinished")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        wanted = set(placeholder.findall(source))
        # A plural form may leave the count out ("Die erste Zeile"), as long as one form shows it.
        count = {"%n", "%Ln"} if message.get("numerus") == "yes" else set()
        for form in forms:
            if not form.strip() and source.strip():
                problems.append(f"{label} has an empty translation")
            elif set(placeholder.findall(form)) - count != wanted - count:
                problems.append(f"{label}: placeholders {sorted(wanted)} but {form!r}")
        if count & wanted and not any(count & set(placeholder.findall(f)) for f in forms):
            problems.append(f"{label}: no plural form shows the count")
for problem in problems:
    print(f"{name}: {problem}", file=sys.stderr)
if problems:
    print(f"{name}: {len(problems)} problem(s)", file=sys.stderr)
    sys.exit(1)
print(f"{name}: complete")
PYTHON
done
exit $status
