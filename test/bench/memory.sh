#!/usr/bin/env bash
# ipasn benchmark — peak memory of jp_total against sum() under hash
# aggregation (not part of make test; run it alone, it takes a few minutes):
#
#   bash test/run.sh shell 'bash test/bench/memory.sh'
#
# Data (fixed seeds): A. the records of test/bench/generate.sql (the mix of
# make bench, ~20 records per employee over 2023) for MEMORY_EMPLOYEES
# employees (default 100,000); B. MEMORY_ELEARNING_EMPLOYEES employees
# (default 50,000) with 200 e-learning records each (one or two days each,
# mulai uniform over 2023). Rows are in random employee order, so that every
# group grows while the others exist (the worst case for a hash aggregate).
#
# Each query runs in a new session with enable_sort = off,
# max_parallel_workers_per_gather = 0, jit = off and the work_mem of the
# row (HashAggregate, all the work in that backend):
#   sum      SELECT sum(t) FROM (SELECT pegawai, sum(jumlah) AS t ... GROUP BY pegawai)
#   jp_total SELECT sum(t) FROM (SELECT pegawai, ipasn.jp_total(...) AS t ... GROUP BY pegawai)
# (the outer sum keeps the aggregate: an unused one would be planned away).
# Two measures of the peak:
#   hwm    VmHWM of the backend after the query minus its VmRSS before it
#          (/proc/<pid>/status; the table's pages are mapped by a count(*)
#          first, so the difference is the query's private memory);
#   hash   "Memory Usage" of the HashAggregate in EXPLAIN (ANALYZE): the
#          peak of the memory contexts holding the hash table, the group
#          keys and the states (MemoryContextMemAllocated), over its batches.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
emp=${MEMORY_EMPLOYEES:-100000}
emp_el=${MEMORY_ELEARNING_EMPLOYEES:-50000}
PSQL="psql -X -q -v ON_ERROR_STOP=1"
t0=$(date +%s)
stamp() { echo "== [$(($(date +%s) - t0)) s] $*" >&2; }

stamp "data: $emp employees x ~20 records, $emp_el employees x 200 e-learning records"
$PSQL <<SQL
CREATE EXTENSION IF NOT EXISTS ipasn;
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE UNLOGGED TABLE bench.catatan (id bigint NOT NULL, pegawai integer NOT NULL,
	jalur ipasn.jalur, lingkup ipasn.lingkup, jumlah numeric, mulai date, selesai date);
SQL
$PSQL -v lo=1 -v hi=$((emp * 20)) -v seed=0.5 -v npeg="$emp" -f "$here/generate.sql" >/dev/null
$PSQL <<SQL
SELECT setseed(0.25);
CREATE UNLOGGED TABLE bench.elearning AS
SELECT pegawai, 'e_learning'::ipasn.jalur AS jalur, 'nasional'::ipasn.lingkup AS lingkup,
	   (round((0.5 + random() * 3.5) * 2) / 2)::numeric AS jumlah, mulai,
	   mulai + (random() < 0.2)::integer AS selesai
  FROM (SELECT 1 + floor(random() * $emp_el)::integer AS pegawai,
			   date '2023-01-01' + floor(random() * 365)::integer AS mulai
		  FROM generate_series(1, $((emp_el * 200))) AS g) AS r;
VACUUM ANALYZE bench.catatan;
VACUUM ANALYZE bench.elearning;
SQL

measure() { # TABLE WORK_MEM AGG: prints "hwm_kB hash_kB batches"
	local table=$1 wm=$2 agg=$3 expr q out
	case $agg in
	sum) expr="sum(jumlah)" ;;
	jp_total) expr="ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai)" ;;
	esac
	q="SELECT sum(t) FROM (SELECT pegawai, $expr AS t FROM $table GROUP BY pegawai) AS s"
	out=$($PSQL -At -v wm="$wm" -v tbl="$table" -v q="$q" <<'SQL'
SET work_mem = :'wm';
SET enable_sort = off;
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SELECT count(*) FROM :tbl \g /dev/null
SELECT ipasn.jp('seminar', 'nasional', 1) \g /dev/null
SELECT pg_backend_pid() AS pid \gset
\setenv IPASN_MEM_PID :pid
\! awk '/^VmRSS/ { print "before", $2 }' /proc/$IPASN_MEM_PID/status
:q \g /dev/null
\! awk '/^VmHWM/ { print "after", $2 }' /proc/$IPASN_MEM_PID/status
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) :q;
SQL
)
	echo "$out" | awk '
		/^before / { b = $2 }
		/^after / { a = $2 }
		/HashAggregate/ { ha = 1 }
		/Batches:/ && ha && !done {
			for (i = 1; i <= NF; i++) {
				if ($i == "Batches:") bt = $(i + 1)
				if ($i == "Memory" && $(i + 1) == "Usage:") { m = $(i + 2); sub(/kB/, "", m) }
			}
			done = 1
		}
		END { printf "%d %d %d\n", a - b, m, bt }'
}

printf '%-44s %-8s %-9s %12s %12s %8s\n' "data" "work_mem" "aggregate" "hwm (kB)" "hash (kB)" "batches"
for spec in "bench.catatan|$emp employees x ~20 records" "bench.elearning|$emp_el employees x 200 e-learning"; do
	table=${spec%%|*}
	label=${spec#*|}
	for wm in 4MB 64MB; do
		for agg in sum jp_total; do
			stamp "$label, work_mem $wm, $agg"
			read -r hwm hash batches < <(measure "$table" "$wm" "$agg")
			printf '%-44s %-8s %-9s %12d %12d %8d\n' "$label" "$wm" "$agg" "$hwm" "$hash" "$batches"
		done
	done
done
stamp "done"
