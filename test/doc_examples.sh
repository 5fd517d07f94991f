#!/usr/bin/env bash
# A document of doc/ runs as written: bash test/doc_examples.sh NAME runs
# each ```sql block of doc/NAME.md with psql, in order, in one fresh
# database with ipasn created (so a block sees what an earlier block made),
# and what psql prints (messages in C, without CONTEXT lines, which name
# lines of function bodies; psql's file prefix of error lines removed) must
# equal the ```text block that follows it (trailing blanks ignored).
# Used by the tests test/sh/<name>_doc.sh against the throwaway cluster of
# `make test` (PGHOST/PGPORT/PGUSER set).
set -eu
name=${1:?usage: doc_examples.sh NAME (for doc/NAME.md)}
top=$(cd "$(dirname "$0")/.." && pwd)
doc=$top/doc/$name.md
rel=doc/$name.md
db=ipasn_${name}_doc_$$
tmp=$(mktemp -d "/tmp/ipasn-$name-doc.XXXXXX")
trap 'dropdb --if-exists $db >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT

# block N: $tmp/N.sql and $tmp/N.out (an empty ```text block is an empty output)
awk -v dir="$tmp" '
	/^```sql$/ { n++; f = dir "/" n ".sql"; infence = 1; next }
	/^```text$/ && n { f = dir "/" n ".out"; printf "" > f; infence = 1; next }
	/^```/ { infence = 0; next }
	infence { print > f }
' "$doc"
n=$(ls "$tmp"/*.sql 2>/dev/null | wc -l)
[ "$n" -gt 0 ] || { echo "no \`\`\`sql block in $rel"; exit 1; }

createdb "$db"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c 'CREATE EXTENSION ipasn' >/dev/null
strip() { sed -e 's/[[:space:]]*$//' "$1" | awk 'NF || seen { print; seen = 1 }' | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'; }
fail=0
for i in $(seq 1 "$n"); do
	[ -f "$tmp/$i.out" ] || { echo "block $i of $rel has no \`\`\`text output after it"; fail=1; continue; }
	PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning -c lc_messages=C" \
		psql -X -q -v SHOW_CONTEXT=never -d "$db" -f "$tmp/$i.sql" >"$tmp/$i.raw" 2>&1 || true
	sed -i -e 's/^psql:[^:]*:[0-9]*: //' "$tmp/$i.raw"
	strip "$tmp/$i.raw" >"$tmp/$i.got"
	strip "$tmp/$i.out" >"$tmp/$i.want"
	if ! diff -u "$tmp/$i.want" "$tmp/$i.got"; then
		echo "block $i of $rel: the output differs (- doc, + psql)"
		fail=1
	fi
done
[ $fail = 0 ] && echo "$rel: $n SQL blocks give the output the document shows"
exit $fail
