#!/usr/bin/env bash
# doc/readers.md runs as written: each ```sql block is run with psql, in
# order, in one fresh database with ipasn created (so a block sees the
# ipasn.sinonim rows an earlier block inserted), and what psql prints must
# equal the ```text block that follows it (trailing blanks ignored).
# Run by `make test` against its throwaway cluster (PGHOST/PGPORT/PGUSER set);
# by hand: bash test/run.sh shell 'bash test/sh/readers_doc.sh'
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
doc=$top/doc/readers.md
db=ipasn_readers_doc_$$
tmp=$(mktemp -d /tmp/ipasn-readers-doc.XXXXXX)
trap 'dropdb --if-exists $db >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT

# block N: $tmp/N.sql and $tmp/N.out
awk -v dir="$tmp" '
	/^```sql$/ { n++; f = dir "/" n ".sql"; infence = 1; next }
	/^```text$/ && n { f = dir "/" n ".out"; infence = 1; next }
	/^```/ { infence = 0; next }
	infence { print > f }
' "$doc"
n=$(ls "$tmp"/*.sql 2>/dev/null | wc -l)
[ "$n" -gt 0 ] || { echo "no \`\`\`sql block in doc/readers.md"; exit 1; }

createdb "$db"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c 'CREATE EXTENSION ipasn' >/dev/null
strip() { sed -e 's/[[:space:]]*$//' "$1" | awk 'NF || seen { print; seen = 1 }' | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'; }
fail=0
for i in $(seq 1 "$n"); do
	[ -f "$tmp/$i.out" ] || { echo "block $i of doc/readers.md has no \`\`\`text output after it"; fail=1; continue; }
	PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning" \
		psql -X -q -d "$db" -f "$tmp/$i.sql" >"$tmp/$i.raw" 2>&1 || true
	# psql names the file in its error lines: keep the message only
	sed -i -e 's/^psql:[^:]*:[0-9]*: //' "$tmp/$i.raw"
	strip "$tmp/$i.raw" >"$tmp/$i.got"
	strip "$tmp/$i.out" >"$tmp/$i.want"
	if ! diff -u "$tmp/$i.want" "$tmp/$i.got"; then
		echo "block $i of doc/readers.md: the output differs (- doc, + psql)"
		fail=1
	fi
done
[ $fail = 0 ] && echo "doc/readers.md: $n SQL blocks give the output the document shows"
exit $fail
