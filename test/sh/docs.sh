#!/usr/bin/env bash
# Every SQL example of the README and of doc/ (the files listed below) runs as
# written: the ```sql blocks of each file are run in order with psql, in a
# fresh database named "hr" (the examples say ALTER DATABASE hr), and none may
# raise an error.  A file may need what another example made first:
#   README.md          nothing (its quick start creates the extension)
#   doc/reference.md   the README's quick start (tables diklat and pegawai)
#   doc/upgrading.md   ipasn 0.1.0 with a summary table made by 0.1.0
# The quick start's output is compared with the README by quickstart.sh;
# doc/ files of their own (summary.md, views.md, ...) are run by their tests.
# Also: the README stays at pgvector's density (at most 6,000 words, the
# installation and the quick start within its first 60 lines), and no
# tracked file names a path of one machine (a home directory or
# a work directory at the top of the file system: work, root or home).
# Run by `make test`; by hand: bash test/run.sh shell 'bash test/sh/docs.sh'
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d /tmp/ipasn-docs.XXXXXX)
db=hr
trap 'dropdb --if-exists $db >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT

# blocks FILE [SECTION]: the ```sql blocks of FILE (of the "## SECTION" only)
blocks() {
	awk -v want="${2:-}" '
		BEGIN { insec = (want == "") }
		/^## / { insec = (want == "" || $0 == "## " want) }
		/^```/ { if (infence) { infence = 0; print ""; next }
		         if ($0 == "```sql" && insec) { infence = 1; n++ } ; next }
		infence { print }
		END { if (!n) exit 1 }' "$1"
}

fixture_upgrading() {
	cat <<'SQL'
CREATE EXTENSION ipasn VERSION '0.1.0';
CREATE TABLE riwayat_diklat (id bigserial PRIMARY KEY, nip varchar(18) NOT NULL, jenis text,
    lingkup text, jam text, tgl_mulai date, tgl_selesai date, jp numeric(8,2));
SELECT ipasn.buat_ringkasan('riwayat_diklat', 'riwayat_diklat_jp',
    'nip', 'jenis', 'lingkup', 'jam', 'tgl_mulai', 'tgl_selesai');
SQL
}

failed=0
words=$(wc -w <"$top/README.md")
inst=$(grep -n '^## Installation$' "$top/README.md" | cut -d: -f1)
quick=$(grep -n '^## Quick start$' "$top/README.md" | cut -d: -f1)
if [ "$words" -le 6000 ] && [ -n "$inst" ] && [ "$inst" -le 60 ] && [ -n "$quick" ] && [ "$quick" -le 60 ]; then
	echo "ok - README.md: $words words, installation at line $inst, quick start at line $quick"
else
	echo "FAIL: README.md: $words words (at most 6,000), installation at line ${inst:-none}, quick start at line ${quick:-none} (both within the first 60)"
	failed=1
fi
if [ -d "$top/.git" ] || [ -f "$top/.git" ]; then
	paths=$(cd "$top" && git grep -n -I -E '(^|[^A-Za-z0-9_$.-])/(work|root|home)/' -- . || true)
	if [ -n "$paths" ]; then
		echo "FAIL: a path of one machine:"
		echo "$paths" | head -20
		failed=1
	else
		echo "ok - no path of one machine in the tracked files"
	fi
fi
for f in README.md doc/reference.md doc/upgrading.md doc/decisions.md doc/security.md \
	doc/scaling.md doc/development.md; do
	[ -e "$top/$f" ] || { echo "FAIL: $f is missing"; failed=1; continue; }
	: >"$tmp/run.sql"
	case $f in
	doc/reference.md) blocks "$top/README.md" "Quick start" >>"$tmp/run.sql" ;;
	doc/upgrading.md) fixture_upgrading >>"$tmp/run.sql" ;;
	esac
	n=$(grep -c '^```sql$' "$top/$f" || true)
	if [ "$n" = 0 ]; then
		echo "ok - $f: no SQL example"
		continue
	fi
	blocks "$top/$f" >>"$tmp/run.sql"
	dropdb --if-exists $db >/dev/null 2>&1 || true
	createdb $db
	if PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=error" \
		psql -X -q -v ON_ERROR_STOP=1 -d $db -f "$tmp/run.sql" >"$tmp/out" 2>&1; then
		echo "ok - $f: $n SQL examples ran"
	else
		echo "FAIL: an SQL example of $f failed:"
		tail -5 "$tmp/out"
		failed=1
	fi
done
exit $failed
