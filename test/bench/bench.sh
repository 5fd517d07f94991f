#!/usr/bin/env bash
# ipasn benchmark — run by `make bench` (bash test/run.sh bench), which builds
# and installs ipasn, starts a throwaway cluster and exports PGHOST, PGPORT,
# PGUSER and PGDATABASE. Prints figures only: no timing is asserted, the
# exit status is non-zero only when something fails to run.
#
# Environment:
#   BENCH_ROWS            training records to generate (default 10000000)
#   BENCH_SAMPLE_ROWS     size of the sample for the PL/pgSQL baselines
#                         (default 200000: all records of the first employees)
#   BENCH_PGBENCH_SECONDS length of each pgbench run (default 10)
#   BENCH_INSERT_ROWS     rows of the bulk INSERT ... SELECT (default 1000000)
#
# Method: every figure is the median of 3 runs, after one warm-up run, of the
# ipasn query and its baseline alternately in the same connection, timed by
# EXPLAIN (ANALYZE, TIMING OFF) "Execution Time" (bench.ukur in schema.sql);
# pgbench figures are transactions per second, the median of three rounds in
# which the three variants run one after another.
# The result table is also written to test/out/bench.txt.
set -u
set -o pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
out=$top/test/out
mkdir -p "$out"

rows=${BENCH_ROWS:-10000000}
sample=${BENCH_SAMPLE_ROWS:-200000}
pgb_sec=${BENCH_PGBENCH_SECONDS:-10}
ins_rows=${BENCH_INSERT_ROWS:-1000000}
[ "$ins_rows" -gt "$rows" ] && ins_rows=$rows
npeg=$((rows / 20))
[ "$npeg" -lt 1 ] && npeg=1
# employees of the sample: the first k, about $sample records
k=$(((npeg * sample + rows - 1) / rows))
[ "$k" -gt "$npeg" ] && k=$npeg
[ "$k" -lt 1 ] && k=1
ncpu=$(nproc)

PSQL="psql -X -q -v ON_ERROR_STOP=1"
die() { echo "bench: $*" >&2; exit 1; }
t0=$(date +%s)
stamp() { echo "== [$(($(date +%s) - t0)) s] $*"; }

# ---------------------------------------------------------------- data
stamp "schema, baselines and $npeg employees"
$PSQL -c "CREATE EXTENSION IF NOT EXISTS ipasn" || die "CREATE EXTENSION ipasn failed"
$PSQL -f "$here/schema.sql" >/dev/null || die "schema.sql failed"
$PSQL -v npeg="$npeg" -f "$here/pegawai.sql" >/dev/null || die "pegawai.sql failed"

chunk=1250000
nchunks=$(((rows + chunk - 1) / chunk))
stamp "generating $rows training records ($nchunks chunks, $ncpu at a time)"
for i in $(seq 1 "$nchunks"); do
	lo=$(((i - 1) * chunk + 1))
	hi=$((i * chunk))
	[ "$hi" -gt "$rows" ] && hi=$rows
	# a fixed seed per chunk, in (0, 1)
	seed=$(awk -v i="$i" 'BEGIN { printf "%.4f", ((i * 7919) % 9973) / 9973 }')
	echo "$lo $hi $seed"
done | xargs -P "$ncpu" -L 1 bash -c \
	"$PSQL -v lo=\$0 -v hi=\$1 -v seed=\$2 -v npeg=$npeg -f '$here/generate.sql' >/dev/null" ||
	die "generate.sql failed"

stamp "VACUUM ANALYZE; sample of the first $k employees"
$PSQL <<EOF || die "preparing the tables failed"
VACUUM ANALYZE bench.catatan;
VACUUM ANALYZE bench.pegawai;
CREATE UNLOGGED TABLE bench.sampel AS SELECT * FROM bench.catatan WHERE pegawai <= $k;
VACUUM ANALYZE bench.sampel;
EOF
actual_sample=$($PSQL -At -c "SELECT count(*) FROM bench.sampel")
table_size=$($PSQL -At -c "SELECT pg_size_pretty(pg_table_size('bench.catatan'))")

# ---------------------------------------------------------------- checks
stamp "checking the baselines against ipasn on the sample ($actual_sample records, $k employees)"
$PSQL -v k="$k" <<'EOF' || die "checks failed"
INSERT INTO bench.cek (cek, dibandingkan, berbeda)
SELECT 'ipasn.jp = bench.jp_plpgsql, per record', count(*),
	   count(*) FILTER (WHERE ipasn.jp(jalur, lingkup, jumlah, mulai, selesai)
			IS DISTINCT FROM bench.jp_plpgsql(jalur, lingkup, jumlah, mulai, selesai))
  FROM bench.sampel;
SELECT bench.jp_sql('bench.sampel') AS q \gset
INSERT INTO bench.cek (cek, dibandingkan, berbeda)
SELECT 'ipasn.jp_total = hand-written caps (SQL), per employee', count(*),
	   count(*) FILTER (WHERE a.jp IS DISTINCT FROM b.jp)
  FROM (SELECT pegawai, ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) AS jp
		  FROM bench.sampel GROUP BY pegawai) AS a
  FULL JOIN (:q) AS b USING (pegawai);
SELECT bench.ip_asn_sql('bench.sampel', :k) AS q2, bench.ip_asn_ipasn('bench.sampel', false, :k) AS q3 \gset
INSERT INTO bench.cek (cek, dibandingkan, berbeda)
SELECT 'ipasn IP ASN total and kategori = PL/pgSQL version, per employee', count(*),
	   count(*) FILTER (WHERE (a.h).total IS DISTINCT FROM b.total
						   OR (a.h).kategori::text IS DISTINCT FROM b.kategori)
  FROM (:q3) AS a FULL JOIN (:q2) AS b USING (pegawai);
EOF

# ---------------------------------------------------------------- queries
stamp "warming the cache"
$PSQL -c "SELECT count(*), sum(jumlah) FROM bench.catatan" >/dev/null

stamp "(a) ipasn.jp per record vs sum(jumlah)"
$PSQL -v rows="$rows" <<'EOF' || die "(a) failed"
CALL bench.ukur('(a) sum(ipasn.jp(...)) vs sum(jumlah)',
	'SELECT sum(ipasn.jp(jalur, lingkup, jumlah, mulai, selesai)) FROM bench.catatan',
	'SELECT sum(jumlah) FROM bench.catatan',
	'max', 1.25, :'rows' || ' rows');
-- reference, no target: the simplest built-in numeric expression over the
-- same five columns, to show what calling anything per row costs
CALL bench.ukur('(a-ref) sum(jumlah + (selesai - mulai)) vs sum(jumlah)',
	'SELECT sum(jumlah + (selesai - mulai)) FROM bench.catatan',
	'SELECT sum(jumlah) FROM bench.catatan',
	'max', NULL, 'reference: built-in operators over the same columns');
EOF

stamp "(a-jam) the hours path: ipasn.jp over ipasn.jumlah_jam vs ipasn.jp"
$PSQL -v rows="$rows" <<'EOF' || die "(a-jam) failed"
-- Tables that store hours (SIASN, SIMPEG) pass ipasn.jumlah_jam(jalur, jam)
-- as jumlah: the hours where the jalur counts JP, NULL otherwise (days from
-- the dates, one activity). The same rows, their jumlah read as the stored
-- hours, against plain ipasn.jp: what the hours path adds per record.
CALL bench.ukur('(a-jam) sum(ipasn.jp(..., ipasn.jumlah_jam(jalur, jam), ...)) vs sum(ipasn.jp(...))',
	'SELECT sum(ipasn.jp(jalur, lingkup, ipasn.jumlah_jam(jalur, jumlah), mulai, selesai)) FROM bench.catatan',
	'SELECT sum(ipasn.jp(jalur, lingkup, jumlah, mulai, selesai)) FROM bench.catatan',
	'max', 1.2, :'rows' || ' rows; jumlah read as hours as stored');
EOF

stamp "(b) ipasn.jp_total GROUP BY employee vs sum(jumlah) GROUP BY employee"
$PSQL -v rows="$rows" <<'EOF' || die "(b) failed"
CALL bench.ukur('(b) jp_total GROUP BY pegawai vs sum(jumlah) GROUP BY pegawai',
	'SELECT pegawai, ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) FROM bench.catatan GROUP BY pegawai',
	'SELECT pegawai, sum(jumlah) FROM bench.catatan GROUP BY pegawai',
	'max', 1.6, :'rows' || ' rows');
EOF

stamp "(c) ipasn vs PL/pgSQL on the sample"
$PSQL -v n="$actual_sample" <<'EOF' || die "(c) failed"
CALL bench.ukur('(c1) sum(ipasn.jp(...)) vs sum(jp_plpgsql(...)) [sample]',
	'SELECT sum(ipasn.jp(jalur, lingkup, jumlah, mulai, selesai)) FROM bench.sampel',
	'SELECT sum(bench.jp_plpgsql(jalur, lingkup, jumlah, mulai, selesai)) FROM bench.sampel',
	'speedup', 20, 'sample of ' || :'n' || ' rows');
CALL bench.ukur('(c2) jp_total GROUP BY pegawai vs PL/pgSQL + SQL caps [sample]',
	'SELECT pegawai, ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) FROM bench.sampel GROUP BY pegawai',
	bench.jp_sql('bench.sampel'),
	'speedup', 20, 'sample of ' || :'n' || ' rows');
EOF

stamp "(d) full IP ASN of every employee"
$PSQL -v rows="$rows" -v n="$actual_sample" -v k="$k" <<'EOF' || die "(d) failed"
CALL bench.ukur('(d1) IP ASN of every employee vs bare jp_total GROUP BY',
	bench.ip_asn_ipasn('bench.catatan', true),
	'SELECT pegawai, ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) FROM bench.catatan GROUP BY pegawai',
	'max', 1.5, :'rows' || ' rows; profil_bangkom + ip_asn joined to bench.pegawai');
CALL bench.ukur('(d2) IP ASN of every employee vs PL/pgSQL version [sample]',
	bench.ip_asn_ipasn('bench.sampel', false, :'k'),
	bench.ip_asn_sql('bench.sampel', :'k'),
	'speedup', 20, 'sample of ' || :'n' || ' rows');
EOF

# ---------------------------------------------------------------- triggers
have_isi=$($PSQL -At -c "SELECT count(*) FROM pg_proc WHERE oid = to_regprocedure('ipasn.isi_jp()')")
have_rollup=$($PSQL -At -c "SELECT count(*) FROM pg_proc WHERE proname = 'buat_ringkasan' AND pronamespace = 'ipasn'::regnamespace")
if [ "$have_isi" = 1 ] && [ "$have_rollup" -ge 1 ]; then
	$PSQL <<'EOF' || die "trigger tables failed"
CREATE TABLE bench.tulis (
	pegawai integer NOT NULL, jalur ipasn.jalur, lingkup ipasn.lingkup,
	jumlah numeric, mulai date, selesai date, jp numeric);
CREATE TABLE bench.tulis_polos (LIKE bench.tulis);
EOF
	pgb() {
		# one pgbench run into table $1 (label $2); prints tps
		sed "s/INSERT INTO bench\.tulis /INSERT INTO $1 /" "$here/insert.pgbench" >"$out/insert-$2.pgbench"
		$PSQL -c "TRUNCATE $1" >/dev/null
		pgbench -n -c 2 -j 2 -T "$pgb_sec" -M prepared -D npeg="$npeg" \
			-f "$out/insert-$2.pgbench" >"$out/pgbench-$2.log" 2>&1 || {
			cat "$out/pgbench-$2.log" >&2; die "pgbench ($2) failed"; }
		sed -n 's/^tps = \([0-9.]*\) (without.*/\1/p' "$out/pgbench-$2.log"
	}
	median3() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
	# three identical tables: no trigger, isi_jp, isi_jp + rollup
	$PSQL -c "CREATE TABLE bench.tulis_isi (LIKE bench.tulis)" >/dev/null
	for t in bench.tulis bench.tulis_isi; do
		$PSQL -c "CREATE TRIGGER isi BEFORE INSERT OR UPDATE ON $t FOR EACH ROW
			EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')" >/dev/null ||
			die "CREATE TRIGGER isi_jp failed"
	done
	$PSQL -c "SELECT ipasn.buat_ringkasan('bench.tulis', 'tulis_ringkasan', 'pegawai', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')" >/dev/null ||
		die "ipasn.buat_ringkasan failed"
	# three rounds, the variants interleaved in each: the median of each
	r0=""; r1=""; r2=""
	for round in 1 2 3; do
		stamp "(e) pgbench single-row INSERT, ${pgb_sec} s, 2 clients, round $round: none, isi_jp, both"
		t=$(pgb bench.tulis_polos plain) && [ -n "$t" ] || exit 1; r0="$r0 $t"
		t=$(pgb bench.tulis_isi isi_jp) && [ -n "$t" ] || exit 1; r1="$r1 $t"
		t=$(pgb bench.tulis both) && [ -n "$t" ] || exit 1; r2="$r2 $t"
	done
	tps0=$(median3 $r0); tps1=$(median3 $r1); tps2=$(median3 $r2)
	echo "   tps none:$r0 / isi_jp:$r1 / both:$r2"
	# the rollup must have kept up
	$PSQL -At -c "SELECT CASE WHEN (SELECT count(*) FROM bench.tulis) = (SELECT coalesce(sum(jumlah_catatan), 0) FROM bench.tulis_ringkasan) THEN 'rollup consistent' ELSE 'ROLLUP INCONSISTENT' END"
	$PSQL -v t0="$tps0" -v t1="$tps1" -v t2="$tps2" -v s="$pgb_sec" <<'EOF' || die "recording tps failed"
INSERT INTO bench.hasil (ukuran, ipasn, dasar, rasio, target, terpenuhi, catatan)
SELECT m, round(t)::text || ' tps', round(:'t0'::numeric)::text || ' tps',
	   to_char(t / :'t0'::numeric, 'FM990.00') || 'x', '>= ' || g || 'x',
	   CASE WHEN t / :'t0'::numeric >= g THEN 'yes' ELSE 'no' END,
	   'pgbench -c 2 -j 2 -T ' || :'s' || ' -M prepared, median of 3 rounds with the variants interleaved; baseline: an identical table without triggers'
  FROM (VALUES ('(e1) single-row INSERT with isi_jp vs no trigger', :'t1'::numeric, 0.85),
			   ('(e2) single-row INSERT with isi_jp + rollup vs no trigger', :'t2'::numeric, 0.5)) AS v(m, t, g);
EOF
	stamp "(e) INSERT ... SELECT of $ins_rows rows: both triggers vs none"
	$PSQL -v n="$ins_rows" <<'EOF' || die "(e3) failed"
CALL bench.ukur('(e3) INSERT ... SELECT ' || :'n' || ' rows: isi_jp + rollup vs no trigger',
	format('INSERT INTO bench.tulis (pegawai, jalur, lingkup, jumlah, mulai, selesai) SELECT pegawai, jalur, lingkup, jumlah, mulai, selesai FROM bench.catatan WHERE id <= %s', :'n'),
	format('INSERT INTO bench.tulis_polos (pegawai, jalur, lingkup, jumlah, mulai, selesai) SELECT pegawai, jalur, lingkup, jumlah, mulai, selesai FROM bench.catatan WHERE id <= %s', :'n'),
	'max', 2, 'rows of bench.catatan; TRUNCATE before each run', 3,
	'TRUNCATE bench.tulis, bench.tulis_polos');
EOF
else
	stamp "(e) skipped: ipasn.isi_jp or ipasn.buat_ringkasan (rollup trigger) not installed yet"
	$PSQL -c "INSERT INTO bench.hasil (ukuran, terpenuhi, catatan) VALUES ('(e) trigger throughput', '-', 'skipped: ipasn.isi_jp / rollup trigger not installed')" >/dev/null
fi

# ---------------------------------------------------------------- report
stamp "done"
{
	echo
	echo "ipasn benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "command:  BENCH_ROWS=$rows BENCH_SAMPLE_ROWS=$sample BENCH_PGBENCH_SECONDS=$pgb_sec BENCH_INSERT_ROWS=$ins_rows make bench   (bash test/run.sh bench -> bash test/bench/bench.sh)"
	echo "machine:  $ncpu CPU ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), $(awk '/MemTotal/ { printf "%.0f GB RAM", $2 / 1048576 }' /proc/meminfo)"
	echo "server:   $($PSQL -At -c "SELECT version()")"
	echo "settings: $($PSQL -At -c "SELECT string_agg(name || '=' || current_setting(name), ' ' ORDER BY name) FROM pg_settings WHERE name IN ('max_parallel_workers_per_gather', 'shared_buffers', 'work_mem', 'fsync', 'jit')")"
	echo "data:     $rows training records ($table_size), $npeg employees; sample for the PL/pgSQL baselines: $actual_sample records of $k employees"
	echo "method:   median of 3 runs after 1 warm-up, ipasn and baseline alternating in one connection, EXPLAIN (ANALYZE, TIMING OFF) execution time"
	echo
	$PSQL -P footer=off -c "SELECT ukuran AS measurement, ipasn, dasar AS baseline, rasio AS ratio, target, terpenuhi AS met FROM bench.hasil ORDER BY urut"
	echo "baselines agree with ipasn:"
	$PSQL -P footer=off -c "SELECT cek AS \"check\", dibandingkan AS compared, berbeda AS differ FROM bench.cek ORDER BY urut"
	echo "runs (ms):"
	$PSQL -At -F ' | ' -c "SELECT ukuran, catatan FROM bench.hasil ORDER BY urut"
} | tee "$out/bench.txt"
[ -z "${BENCH_SCALE:-}" ] || bash "$(dirname "$0")/scale.sh"
# the dashboard views of doc/views.md (20,000 employees x 30 records; a database of its own)
bash "$(dirname "$0")/views.sh" | tee "$out/bench_views.txt" || echo "bench: views.sh failed"
