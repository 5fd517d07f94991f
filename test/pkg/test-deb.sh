#!/usr/bin/env bash
# ipasn — the Debian package test, `make test-deb` (and .ci/run), as root,
# against a throwaway cluster of the machine's PostgreSQL that pg_virtualenv
# makes (the script re-runs itself inside it):
#   1. `make deb` builds postgresql-<major>-ipasn_<version>_<arch>.deb whose
#      fields are right and whose files lie only under the server's
#      directories and /usr/share/doc/<package>;
#   2. it needs no compiler: the module links the C library only and the
#      package depends on postgresql-<major> and libc6 only; its description
#      and its copyright file (DEP-5) name the PostgreSQL Licence;
#   3. with any ipasn files already in the server's directories moved aside,
#      `dpkg -i`
#      installs it and a new database serves CREATE EXTENSION ipasn (and
#      0.1.0 + ALTER EXTENSION UPDATE) from the package's files;
#   4. `dpkg -r` removes it and leaves none of its files;
#   5. the files moved aside are put back, also when a step fails: the
#      machine is left as it was found.
# It installs a package into the machine's PostgreSQL for the time of the
# test, which is why `make test` does not run it.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
PG_CONFIG=${PG_CONFIG:-pg_config}
[ "$(id -u)" = 0 ] || { echo "test-deb.sh: needs root (dpkg -i)"; exit 1; }
if [ -z "${PGHOST:-}" ]; then
	for p in dpkg-dev postgresql-common; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$p" >/dev/null
	done
	exec pg_virtualenv -t bash "$0" "$@"
fi
major=$("$PG_CONFIG" --version | sed -nE 's/^PostgreSQL ([0-9]+).*/\1/p')
pkglibdir=$("$PG_CONFIG" --pkglibdir)
extdir=$("$PG_CONFIG" --sharedir)/extension
pkg=postgresql-$major-ipasn
db=ipasn_deb
tmp=$(mktemp -d -t ipasn-debtest.XXXXXX)
fail() { echo "FAIL: $*"; exit 1; }

cleanup() {
	rc=$?
	dropdb --if-exists "$db" >/dev/null 2>&1 || true
	if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q ' installed$'; then
		dpkg -r "$pkg" >/dev/null 2>&1 || true
	fi
	# put back what was there before (a user's installed ipasn)
	if [ -s "$tmp/aside.tar" ]; then
		tar -C / -xpf "$tmp/aside.tar" || { echo "FAIL: could not put back $tmp/aside.tar"; rc=1; }
	fi
	rm -rf "$tmp"
	exit $rc
}
trap cleanup EXIT

# a package of this name installed before the test would be removed by it
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q ' installed$'; then
	trap - EXIT
	rm -rf "$tmp"
	fail "$pkg is installed on this machine: remove it first (dpkg -r $pkg)"
fi

# ---------------------------------------------------------------- 1. build
deb=$(DEB_DIR=$tmp make -s PG_CONFIG="$PG_CONFIG" deb 2>"$tmp/build.err" | tail -1) || {
	cat "$tmp/build.err"; fail "make deb"; }
[ -f "$deb" ] || { cat "$tmp/build.err"; fail "make deb wrote no package"; }
version=$(sed -nE 's/^EXTVERSION[[:space:]]*=[[:space:]]*([^[:space:]]+).*/\1/p' Makefile)
want=${pkg}_${version}_$(dpkg --print-architecture).deb
[ "$(basename "$deb")" = "$want" ] || fail "package file $(basename "$deb"), want $want"
echo "ok - make deb: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
[ "$(dpkg-deb -f "$deb" Package)" = "$pkg" ] || fail "Package: $(dpkg-deb -f "$deb" Package)"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version: $(dpkg-deb -f "$deb" Version)"
dpkg-deb -c "$deb" | awk '{ print $NF }' | sed 's|^\./|/|' >"$tmp/contents"
grep -v '/$' "$tmp/contents" >"$tmp/files"
bad=$(grep -vE "^($pkglibdir/|$extdir/|/usr/share/doc/$pkg/)" "$tmp/files" || true)
[ -z "$bad" ] || fail "files outside the server's directories: $bad"
for f in "$pkglibdir/ipasn.so" "$extdir/ipasn.control" "$extdir/ipasn--$version.sql" \
	"$extdir/ipasn--0.1.0.sql" "$extdir/ipasn--0.1.0--0.2.0.sql" "$extdir/ipasn--0.2.0--$version.sql" "/usr/share/doc/$pkg/copyright"; do
	grep -qx "$f" "$tmp/files" || fail "the package lacks $f"
done
echo "ok - $(wc -l <"$tmp/files") files, all under $pkglibdir, $extdir and /usr/share/doc/$pkg"

# ---------------------------------------------------------------- 2. no compiler
depends=$(dpkg-deb -f "$deb" Depends)
echo "   Depends: $depends"
other=$(echo "$depends" | tr ',' '\n' | sed -E 's/^ *//; s/ .*//' | grep -vxE "postgresql-$major|libc6" || true)
[ -z "$other" ] || fail "depends on more than postgresql-$major and libc6: $other"
echo "$depends" | grep -qE "(^|, )postgresql-$major(,|$| )" || fail "does not depend on postgresql-$major"
mkdir "$tmp/x"
dpkg-deb -x "$deb" "$tmp/x"
needed=$(objdump -p "$tmp/x$pkglibdir/ipasn.so" | awk '$1 == "NEEDED" { print $2 }' | tr '\n' ' ')
[ "$needed" = "libc.so.6 " ] || fail "ipasn.so links more than the C library: $needed"
echo "ok - no compiler needed: Depends postgresql-$major and libc6, ipasn.so links $needed"

# ---------------------------------------------------------------- licence
cmp -s src/deb/copyright "$tmp/x/usr/share/doc/$pkg/copyright" || fail "the package's copyright is not src/deb/copyright"
grep -qx 'License: PostgreSQL' "$tmp/x/usr/share/doc/$pkg/copyright" || fail "the copyright file names no licence"
dpkg-deb -I "$deb" | tr -s '\n ' '  ' | grep -q 'under the PostgreSQL Licence' || fail "dpkg-deb -I does not name the licence"
echo "ok - licence: dpkg-deb -I and /usr/share/doc/$pkg/copyright (DEP-5) name the PostgreSQL Licence"

# ---------------------------------------------------------------- 3. install
aside=$(cd / && ls -d "${pkglibdir#/}/ipasn.so" "${pkglibdir#/}/bitcode/ipasn" "${pkglibdir#/}/bitcode/ipasn.index.bc" \
	"${extdir#/}"/ipasn.control "${extdir#/}"/ipasn--*.sql 2>/dev/null || true)
if [ -n "$aside" ]; then
	tar -C / -cpf "$tmp/aside.tar" $aside && (cd / && rm -rf $aside) || fail "could not move aside the installed ipasn"
fi
[ ! -e "$pkglibdir/ipasn.so" ] && [ ! -e "$extdir/ipasn.control" ] || fail "ipasn files left in the server's directories"
dpkg -i "$deb" >"$tmp/dpkg-i.log" 2>&1 || { cat "$tmp/dpkg-i.log"; fail "dpkg -i"; }
dpkg-query -W -f='${Status} ${Version}\n' "$pkg" | grep -qx "install ok installed $version" ||
	fail "dpkg -i: status $(dpkg-query -W -f='${Status} ${Version}' "$pkg")"
cmp -s "$tmp/x$pkglibdir/ipasn.so" "$pkglibdir/ipasn.so" || fail "the installed ipasn.so is not the package's"
echo "ok - dpkg -i $(basename "$deb")"
dropdb --if-exists "$db" >/dev/null 2>&1 || true
createdb "$db"
got=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" 2>&1 <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION ipasn;
SELECT extversion FROM pg_extension WHERE extname = 'ipasn';
SELECT ipasn.jp('seminar', 'nasional', 2);
SELECT (ipasn.ip_asn('s1', 'pelaksana', NULL, false, 20, true, 90, NULL)).total;
DROP EXTENSION ipasn;
CREATE EXTENSION ipasn VERSION '0.1.0';
ALTER EXTENSION ipasn UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'ipasn';
SELECT ipasn.jp('pelatihan_teknis', 'internasional', 17);
SQL
) || { echo "$got"; fail "CREATE EXTENSION from the package"; }
echo "$got" | sed 's/^/   /'
exp="$version
8.00"
case $got in
"$exp"$'\n'*$'\n'"$version"$'\n'20.40) ;;
*) fail "want $version, 8.00, a total, $version, 20.40" ;;
esac
echo "ok - CREATE EXTENSION ipasn from the package: version $version, seminar 2 days nasional = 8.00; 0.1.0 updates to $version"
dropdb "$db"

# ---------------------------------------------------------------- 4. remove
dpkg -r "$pkg" >"$tmp/dpkg-r.log" 2>&1 || { cat "$tmp/dpkg-r.log"; fail "dpkg -r"; }
status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || echo not-installed)
[ "$status" = not-installed ] || fail "after dpkg -r the package is $status"
left=""
while read -r f; do
	[ -e "$f" ] && left="$left $f"
done <"$tmp/files"
for d in "$pkglibdir/bitcode/ipasn" "/usr/share/doc/$pkg"; do
	[ -e "$d" ] && left="$left $d"
done
left="$left $(ls "$extdir"/ipasn* "$pkglibdir"/ipasn* 2>/dev/null | tr '\n' ' ')"
[ -z "${left// /}" ] || fail "dpkg -r left:$left"
echo "ok - dpkg -r $pkg: status $status, none of its $(wc -l <"$tmp/files") files left"
