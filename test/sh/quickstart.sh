#!/usr/bin/env bash
# The README's quick start runs as written: the SQL block under "## Quick start"
# is run with psql in a fresh database, and what psql prints must equal the
# output block the README shows after it (trailing blanks ignored), so the
# numbers in the README cannot drift from the code.
# Run by `make test` against its throwaway cluster (PGHOST/PGPORT/PGUSER set);
# by hand: bash test/run.sh shell 'bash test/sh/quickstart.sh'
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
readme=$top/README.md
db=ipasn_quickstart_$$
tmp=$(mktemp -d /tmp/ipasn-quickstart.XXXXXX)
trap 'dropdb --if-exists $db >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT

# The section runs from "## Quick start" to the next "## " heading; in it, the
# first ```sql block is the SQL and the first other fenced block after it is
# the output.
awk -v sql="$tmp/quickstart.sql" -v out="$tmp/expected.txt" '
	/^## / { insec = ($0 == "## Quick start"); next }
	!insec { next }
	/^```/ {
		if (infence) { infence = 0; if (target == "sql") havesql = 1; else haveout = 1; next }
		if (!havesql && $0 == "```sql") { infence = 1; target = "sql"; next }
		if (havesql && !haveout) { infence = 1; target = "out"; next }
		next
	}
	infence && target == "sql" { print > sql }
	infence && target == "out" { print > out }
' "$readme"
[ -s "$tmp/quickstart.sql" ] || { echo "no \`\`\`sql block under \"## Quick start\" in README.md"; exit 1; }
[ -s "$tmp/expected.txt" ] || { echo "no output block after the quick start SQL in README.md"; exit 1; }

createdb "$db"
PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning" \
	psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$tmp/quickstart.sql" >"$tmp/got.raw" 2>&1 || {
	echo "the quick start SQL failed:"; cat "$tmp/got.raw"; exit 1; }

# psql pads the last column with blanks and ends with an empty line
strip() { sed -e 's/[[:space:]]*$//' "$1" | awk 'NF || seen { print; seen = 1 }' | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'; }
strip "$tmp/got.raw" >"$tmp/got.txt"
strip "$tmp/expected.txt" >"$tmp/want.txt"
if diff -u "$tmp/want.txt" "$tmp/got.txt"; then
	echo "quick start: $(grep -c '^' "$tmp/quickstart.sql") lines of SQL, $(grep -c '^' "$tmp/want.txt") lines of output as the README shows"
else
	echo "the quick start's output differs from README.md (- README, + psql)"
	exit 1
fi
