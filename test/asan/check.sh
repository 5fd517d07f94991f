#!/usr/bin/env bash
# make check-asan: ipasn built with UndefinedBehaviorSanitizer (+ AddressSanitizer
# with ASAN_PRELOAD=1, see below)
# (gcc -fsanitize=address,undefined -fno-omit-frame-pointer, via PGXS's COPT),
# installed into a private relocated copy of PostgreSQL 15
# (test/privatepg.sh: the system install is not touched), loaded by a
# throwaway cluster whose postmaster has the ASan runtime LD_PRELOADed
# (Debian's postgres is not instrumented; every backend is a fork of it), and
# exercised by
#   1. the regression suite (make installcheck: pg_regress files and the
#      isolation specs),
#   2. the pgTAP bad-input matrix (test/pgtap/matrix_*.sql),
#   3. test/sh/fuzz.sh (SQL-level fuzzing, FUZZ_ITERATIONS, default 2000).
# Passes when all of them pass and no process logged an ASan or UBSan report
# and no server process was terminated by a signal.
#
# ASAN_OPTIONS has detect_leaks=0: PostgreSQL frees memory by resetting
# contexts and exits backends without freeing, so LeakSanitizer would report
# every backend.  Limit: palloc'd memory is carved out of malloc'd blocks by
# PostgreSQL's allocator, which is not instrumented: ASan sees overruns of a
# whole block, of the stack and of globals, not of one palloc chunk inside a
# block (valgrind has the same limit on a non-USE_VALGRIND build).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
# a copy of its own: the sanitizer build must not be loaded by the other runs
IPASN_PRIVATE_PG=${IPASN_PRIVATE_PG:-/tmp/ipasn-privpg-san}
. "$top/test/privatepg.sh"

CC=${ASAN_CC:-gcc}
asan_rt=$($CC -print-file-name=libasan.so)
[ -e "$asan_rt" ] || { echo "no ASan runtime for $CC (apt-get install libasan8)"; exit 2; }
# ASan needs its runtime first in the process: LD_PRELOADed into the
# postmaster (ASAN_PRELOAD=1).  On Debian 12 (glibc 2.36; gcc 12's and clang
# 14's runtimes alike) a postmaster with the runtime preloaded deadlocks in
# bindtextdomain() before it prints a line (so does initdb -V), and a
# runtime loaded later with ipasn.so is refused ("ASan runtime does not come
# first").  So by default this builds with UBSan only (its runtime loads with
# ipasn.so), and ASan covers ipasn's hostile-input code in the libFuzzer
# harness (make fuzz) and valgrind covers the whole suite (make valgrind).
if [ "${ASAN_PRELOAD:-0}" = 1 ]; then
	san="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize=alignment"
else
	san="-fsanitize=undefined -fno-omit-frame-pointer -fno-sanitize=alignment"
fi

priv_setup || exit 2
src=$(mktemp -d /tmp/ipasn-asan-src.XXXXXX)
trap 'priv_stop; rm -rf "$src"; [ "${ASAN_KEEP:-0}" = 1 ] || rm -rf "${work:-/nonexistent}"' EXIT
tar -C "$top" --exclude=.git --exclude=results --exclude=output_iso --exclude='*.o' --exclude='*.so' --exclude='*.bc' -cf - . | tar -C "$src" -xf -
echo "== building ipasn with $CC $san"
priv_install "$src" CC="$CC" COPT="$san" || exit 2
nm -D "$PRIV/usr/lib/postgresql/15/lib/ipasn.so" | grep -q '__ubsan_handle' || { echo "the installed ipasn.so is not instrumented"; exit 2; }

mkdir -p /tmp/ipasn-asan-logs
chmod 1777 /tmp/ipasn-asan-logs
logs=$(mktemp -d /tmp/ipasn-asan-logs/run.XXXXXX)
chmod 777 "$logs"
preload=()
[ "${ASAN_PRELOAD:-0}" = 1 ] && preload=(LD_PRELOAD="$asan_rt")
priv_start "${preload[@]}" \
	ASAN_OPTIONS="detect_leaks=0:log_path=$logs/asan:abort_on_error=0:halt_on_error=1:detect_odr_violation=0:allocator_may_return_null=1" \
	UBSAN_OPTIONS="print_stacktrace=1:log_path=$logs/ubsan:halt_on_error=0" || exit 2
echo "== cluster ($san${preload[*]:+, }${preload[*]:-}): $PGHOST port $PGPORT, logs in $logs"

fail=0
start=$(date +%s)
echo "== 1. regression suite (pg_regress, isolation)"
make -C "$src" -s installcheck PG_CONFIG="$PRIV_PG_CONFIG" PGHOST="$PGHOST" PGPORT="$PGPORT" >"$work/installcheck.log" 2>&1 || fail=1
grep -E '\.\.\. |tests? (passed|failed)|^ok |^not ok ' "$work/installcheck.log" | sed 's/^/   /'
[ -s "$src/regression.diffs" ] && { echo "   regression.diffs:"; head -60 "$src/regression.diffs"; }

echo "== 2. pgTAP matrix"
psql -X -q -c 'CREATE DATABASE ipasn_matrix' >/dev/null && psql -X -q -d ipasn_matrix -c 'CREATE EXTENSION ipasn' >/dev/null || fail=1
for f in "$top"/test/pgtap/matrix_*.sql; do
	out=$(psql -X -d ipasn_matrix -f "$f" 2>&1)
	rc=$?
	plan=$(echo "$out" | grep -Eo '^1\.\.[0-9]+' | head -1)
	nok=$(echo "$out" | grep '^not ok' | grep -vc '# TODO')
	printf '   %-28s %s, %s failed%s\n' "$(basename "$f")" "${plan:-no plan}" "$nok" "$([ $rc != 0 ] && echo " (psql exit $rc)")"
	{ [ $rc = 0 ] && [ "$nok" = 0 ]; } || { fail=1; echo "$out" | grep -E '^not ok|ERROR' | head -10; }
done

echo "== 3. test/sh/fuzz.sh (FUZZ_ITERATIONS=${FUZZ_ITERATIONS:=2000})"
FUZZ_ITERATIONS=$FUZZ_ITERATIONS bash "$top/test/sh/fuzz.sh" >"$work/fuzz.log" 2>&1 || fail=1
tail -4 "$work/fuzz.log" | sed 's/^/   /'
echo "   ($(($(date +%s) - start)) s in all)"

priv_stop
echo "== sanitizer reports"
nasan=$(cat "$logs"/asan* 2>/dev/null | grep -c 'ERROR: AddressSanitizer')
nubsan=$(cat "$logs"/ubsan* "$logs"/asan* "$work/server.log" 2>/dev/null | grep -c 'runtime error:')
nsig=$(grep -c 'terminated by signal' "$work/server.log")
echo "   AddressSanitizer reports: $nasan; UBSan runtime errors: $nubsan; processes terminated by a signal: $nsig"
for f in "$logs"/asan* "$logs"/ubsan*; do
	[ -e "$f" ] || continue
	echo "--- $f"
	head -40 "$f"
done
[ "$nsig" = 0 ] || grep 'terminated by signal' "$work/server.log" | head -5
if [ $fail = 0 ] && [ "$nasan" = 0 ] && [ "$nubsan" = 0 ] && [ "$nsig" = 0 ]; then
	echo "check-asan: passed"
	exit 0
fi
echo "check-asan: FAILED (server log: $work/server.log, kept)"
ASAN_KEEP=1
exit 1
