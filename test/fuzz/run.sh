#!/usr/bin/env bash
# make fuzz: builds the libFuzzer harness (test/fuzz/build.sh), writes the
# seed corpus from the tree (test/fuzz/seeds.py), and runs each of its nine
# targets for FUZZ_SECONDS (default 60) seconds:
#   0 parse_text  1 read_enum_text  2 read_jumlah_text  3 siasn
#   4 jp_state_in  5 jp_state_recv  6 angka_bkn  7 nilai_bkn  8 baca_catatan
# Prints executions, new coverage units and findings per target; a finding
# (crash, sanitizer report, leak, timeout, broken property) is kept in
# $FUZZ_DIR/artifacts and makes the exit status 1.  No PostgreSQL server is
# needed (pgstub.c fakes the backend).
#   FUZZ_SECONDS=n  FUZZ_TARGETS="0 4"  FUZZ_DIR=/tmp/ipasn-fuzz
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
dir=${FUZZ_DIR:-/tmp/ipasn-fuzz}
secs=${FUZZ_SECONDS:-60}
mkdir -p "$dir/artifacts"
FUZZ_OUT="$dir/fuzz_ipasn" bash "$top/test/fuzz/build.sh" 2>"$dir/build.err" || { tail -30 "$dir/build.err"; exit 2; }
# the seeds join each target's corpus (kept between runs in $dir)
python3 "$top/test/fuzz/seeds.py" "$dir" >/dev/null
names=(parse_text read_enum_text read_jumlah_text siasn jp_state_in jp_state_recv angka_bkn nilai_bkn baca_catatan)
total=0
findings=0
echo "== libFuzzer, ${secs}s per target ($(date -u '+%Y-%m-%d %H:%M UTC'))"
for t in ${FUZZ_TARGETS:-0 1 2 3 4 5 6 7 8}; do
	corpus="$dir/corpus-$t"
	mkdir -p "$corpus"
	log="$dir/target-$t.log"
	before=$(ls "$dir/artifacts" | grep -c "^t$t-")
	IPASN_FUZZ_TARGET=$t ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
	UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
		"$dir/fuzz_ipasn" -max_total_time="$secs" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
		-max_len=4096 -artifact_prefix="$dir/artifacts/t$t-" "$corpus" >"$log" 2>&1
	rc=$?
	execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
	units=$(grep -o 'stat::new_units_added: *[0-9]*' "$log" | grep -o '[0-9]*$')
	after=$(ls "$dir/artifacts" | grep -c "^t$t-")
	found=$((after - before))
	total=$((total + ${execs:-0}))
	findings=$((findings + found))
	printf '%-18s %10s executions  %5s new units  corpus %5s  findings %d%s\n' "${names[$t]}" "${execs:-?}" "${units:-?}" \
		"$(ls "$corpus" | wc -l)" "$found" "$([ $rc != 0 ] && [ $found = 0 ] && echo "  (exit $rc, see $log)")"
	if [ $found != 0 ]; then
		grep -E 'FINDING|ERROR:|SUMMARY|pgstub:' "$log" | head -10
	fi
done
echo "total: $total executions, $findings findings (artifacts in $dir/artifacts)"
[ $findings = 0 ]
