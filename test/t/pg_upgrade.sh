#!/usr/bin/env bash
# `make test-pg-upgrade`: builds and installs ipasn, then runs the slow TAP
# test test/t/pg_upgrade.pl (two throwaway clusters, pg_upgrade 15 -> 15)
# with prove; as root the clusters belong to the OS user postgres.
# Also runs the other upgrade and security TAP tests (test/t/upgrade_dump.pl,
# test/t/security_search_path.pl, test/t/security_rls.pl) with ALL=1.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
PG_CONFIG=${PG_CONFIG:-pg_config}
bindir=$("$PG_CONFIG" --bindir)
pgxs=$(dirname "$(dirname "$("$PG_CONFIG" --pgxs)")")  # .../pgxs/src
tests=${*:-test/t/pg_upgrade.pl}
[ "${ALL:-}" = 1 ] && tests="test/t/upgrade_dump.pl test/t/security_search_path.pl test/t/security_rls.pl test/t/pg_upgrade.pl"
make -s PG_CONFIG="$PG_CONFIG" >/dev/null
make -s PG_CONFIG="$PG_CONFIG" install >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/ipasn-tap.XXXXXX")
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
run=()
if [ "$(id -u)" = 0 ]; then
	chown postgres: "$work"
	run=(runuser -u postgres --)
fi
"${run[@]}" env PATH="$bindir:$PATH" TESTDIR="$work" IPASN_TEST_PG_UPGRADE=1 PG_REGRESS="$pgxs/test/regress/pg_regress" \
	prove -I "$pgxs/test/perl" $tests || { find "$work" -name '*.log' -path '*log*' | head -5 | xargs -r tail -n 30; exit 1; }
