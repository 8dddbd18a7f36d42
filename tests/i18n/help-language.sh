#!/usr/bin/env bash
# `rowbook --help` and the command line's messages in the user's language: LANGUAGE=de gives German, fr French,
# and language=en in [appearance] of the settings file wins over the system's language.
# Usage: help-language.sh ROWBOOK
set -euo pipefail
rowbook=$1
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home" LC_ALL=C.UTF-8
expect() { # LANGUAGE TEXT ARGS...
    local language=$1 text=$2 output
    shift 2
    output=$(LANGUAGE=$language "$rowbook" "$@" 2>&1 || true)
    if ! grep -qF -- "$text" <<<"$output"; then
        printf 'LANGUAGE=%s rowbook %s: expected "%s" in:\n%s\n' "$language" "$*" "$text" "$output" >&2
        exit 1
    fi
}
expect de "SQLite-Datenbanken ansehen und bearbeiten" --help
expect fr "Parcourir et modifier des bases de données SQLite" --help
expect en "Browse and edit SQLite databases" --help
# A usage error of the window's arguments, found before the window exists, and a verb's error.
expect de "Siehe" --no-such-option
expect fr "Aucune table" export
# The drawing verb starts a QGuiApplication of its own: its messages are translated as well.
expect de "Es wurde keine Ausgabedatei angegeben" diagram
mkdir -p "$home/Rowbook"
printf '[appearance]\nlanguage=en\n' > "$home/Rowbook/Rowbook.conf"
expect de "Browse and edit SQLite databases" --help
echo "rowbook --help follows LANGUAGE and the language setting"
