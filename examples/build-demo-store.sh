#!/bin/sh
# Rebuilds the demo home's OpenCode store: demo-home-opencode.sql ->
# demo-home/.local/share/opencode/opencode.db (needs the sqlite3 CLI). The .db is committed
# (demo.sh reads it as it is); the .sql is its source. DemoHomeTest fails when they differ.
set -eu
cd "$(dirname "$0")"
db=demo-home/.local/share/opencode/opencode.db
mkdir -p "$(dirname "$db")"
rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
sqlite3 "$db" < demo-home-opencode.sql >/dev/null
