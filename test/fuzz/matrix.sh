#!/usr/bin/env bash
# make pgtap-matrix: the pgTAP bad-input matrix (test/pgtap/matrix_*.sql)
# against a throwaway cluster with ipasn installed into a private copy of
# PostgreSQL (test/privatepg.sh; the system install is not touched).
# Against an existing server instead:  MATRIX_DSN=... (PGHOST etc. set, ipasn
# installed, a superuser for the binary COPY of matrix_jp_state_io.sql).
# Prints each file's plan, failures and todo; exit 1 on a failure.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
if [ -z "${MATRIX_DSN:-}" ]; then
	. "$top/test/privatepg.sh"
	priv_setup || exit 2
	src=$(mktemp -d /tmp/ipasn-matrix-src.XXXXXX)
	trap 'priv_stop; rm -rf "$src" "${work:-/nonexistent}"' EXIT
	tar -C "$top" --exclude=.git --exclude=results --exclude='*.o' --exclude='*.so' --exclude='*.bc' -cf - . | tar -C "$src" -xf -
	priv_install "$src" || exit 2
	priv_start || exit 2
	psql -X -q -c 'CREATE EXTENSION ipasn' || exit 1
fi
total=0
fail=0
todo=0
for f in "$top"/test/pgtap/matrix_*.sql; do
	out=$(psql -X -f "$f" 2>&1)
	rc=$?
	plan=$(echo "$out" | grep -Eo '^1\.\.[0-9]+' | head -1)
	ok=$(echo "$out" | grep -c '^ok')
	t=$(echo "$out" | grep -c '# TODO')
	nok=$(echo "$out" | grep '^not ok' | grep -vc '# TODO')
	printf '%-28s %-8s %4d ok, %2d todo, %d failed%s\n' "$(basename "$f")" "${plan:-noplan}" "$ok" "$t" "$nok" \
		"$([ $rc != 0 ] && echo " (psql exit $rc)")"
	[ $rc = 0 ] && [ "$nok" = 0 ] && [ -n "$plan" ] || { fail=$((fail + 1)); echo "$out" | grep -E '^not ok|ERROR|#' | grep -v TODO | head -20; }
	total=$((total + ${plan#1..}))
	todo=$((todo + t))
done
echo "pgTAP matrix: $total assertions, $todo todo, $fail files failed"
[ $fail = 0 ]
