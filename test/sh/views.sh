#!/usr/bin/env bash
# doc/views.md ("Views for dashboards") runs as written, and its views never
# fail.  In a fresh database:
#  1. every ```sql block of doc/views.md runs in order (psql, ON_ERROR_STOP);
#     where a plain ``` block follows it (blank lines between at most), that
#     block is the output psql must print (trailing blanks ignored);
#  2. every kind of bad training record is inserted (each kode of
#     ipasn.baca_catatan a table of hours can give, and blank scopes), then
#     every view is read and every materialized view refreshed CONCURRENTLY:
#     none may fail, each bad record must be listed in v_tidak_dihitung with
#     its kode, a blank scope must count as nasional, an incomplete
#     pelatihan fungsional must still give the diklat fungsional credit;
#  3. plans: the per-unit query runs under Gather with parallel workers when
#     parallel plans are cheap, and a unit filter on v_ipasn reaches below
#     its aggregate (the aggregate outputs the unit's employees only).
# Run by `make test`; by hand: bash test/run.sh shell 'bash test/sh/views.sh'
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
doc=$top/doc/views.md
tmp=$(mktemp -d /tmp/ipasn-views.XXXXXX)
db=ipasn_views
trap 'dropdb --if-exists $db >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
PSQL="psql -X -q -v ON_ERROR_STOP=1 -P pager=off -d $db"
failed=0
fail() { echo "FAIL: $*"; failed=1; }

[ -f "$doc" ] || { echo "FAIL: doc/views.md is missing"; exit 1; }
dropdb --if-exists $db >/dev/null 2>&1 || true
createdb $db || exit 1
$PSQL -c 'CREATE EXTENSION ipasn' || exit 1

# ---------------------------------------------------------------- 1. the doc
# split into tmp/NNN.sql and, where the doc shows one, tmp/NNN.out
awk -v dir="$tmp" '
	/^```sql$/ { n++; f = sprintf("%s/%03d.sql", dir, n); mode = "sql"; next }
	/^```$/ {
		if (mode == "sql") { mode = "after"; next }
		if (mode == "after") { f = sprintf("%s/%03d.out", dir, n); mode = "out"; next }
		mode = (mode == "") ? "other" : ""; next
	}
	/^```/ { mode = (mode == "other") ? "" : "other"; next }
	mode == "sql" || mode == "out" { print > f; next }
	mode == "after" && /^[ \t]*$/ { next }
	mode == "after" { mode = "" }
' "$doc"
nblocks=$(ls "$tmp"/*.sql 2>/dev/null | wc -l)
[ "$nblocks" -gt 10 ] || fail "doc/views.md: only $nblocks SQL blocks found"
nout=0
for sql in "$tmp"/[0-9]*.sql; do
	base=${sql%.sql}
	if ! $PSQL -f "$sql" >"$base.got" 2>&1; then
		fail "doc/views.md block $(basename "$base") failed:"
		tail -5 "$base.got"
		continue
	fi
	if [ -f "$base.out" ]; then
		nout=$((nout + 1))
		# trailing blanks and blank lines ignored
		sed 's/[ \t]*$//' "$base.got" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' >"$base.got2"
		sed 's/[ \t]*$//' "$base.out" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' >"$base.out2"
		if ! diff -u "$base.out2" "$base.got2" >"$base.diff"; then
			fail "doc/views.md block $(basename "$base"): output differs (- doc, + psql)"
			cat "$base.diff"
		fi
	fi
done
echo "doc/views.md: $nblocks SQL blocks run, $nout outputs compared"
[ "$failed" = 0 ] || exit 1

# ---------------------------------------------------------------- 2. bad rows
# one employee per kind of bad row, in a unit of their own; the expected kode
# of each row is in the row's nama_jabatan-free column "harap" of a side table
cat >"$tmp/bad.sql" <<'SQL'
INSERT INTO hr.pegawai VALUES
 ('200001012022011001', 'Uji', 'Unit Uji', 'S-1', 'Pelaksana', 'Pengelola', NULL, 'Baik'),
 ('200001012022011002', 'Uji Dua', 'Unit Uji', 'Strata Lima', 'Tukang', NULL, 'Diklatpim IX', 'Luar Biasa');
INSERT INTO ipasn.sinonim (tipe, teks, label, keterangan)
VALUES ('ipasn.jalur', 'Perjalanan Dinas', 'bukan_bangkom', 'a trip, no competency development');
CREATE TABLE uji_harap (jenis text, lingkup text, jam text, mulai date, selesai date, kode text);
INSERT INTO uji_harap VALUES
 ('Rapat Koordinasi', 'nasional', '3', '2024-02-01', '2024-02-01', 'teks_tidak_dikenal'),
 ('Seminar/Pelatihan Teknis', 'nasional', '3', '2024-02-01', '2024-02-01', 'teks_tidak_dikenal'),
 ('Pelatihan Teknis', 'Antariksa', '3', '2024-02-01', '2024-02-01', 'teks_tidak_dikenal'),
 ('Perjalanan Dinas', 'nasional', '8', '2024-02-02', '2024-02-02', 'bukan_bangkom'),
 ('', 'nasional', '3', '2024-02-03', '2024-02-03', 'jalur_kosong'),
 ('-', 'nasional', '3', '2024-02-03', '2024-02-03', 'jalur_kosong'),
 (NULL, NULL, NULL, NULL, NULL, 'jalur_kosong'),
 ('Pelatihan Teknis', 'nasional', '1.500', '2024-02-04', '2024-02-05', 'jumlah_tidak_terbaca'),
 ('Pelatihan Teknis', 'nasional', '2 hari', '2024-02-04', '2024-02-05', 'jumlah_tidak_terbaca'),
 ('Pelatihan Teknis', 'nasional', 'abc', '2024-02-04', '2024-02-05', 'jumlah_tidak_terbaca'),
 ('Kursus', 'nasional', '-8', '2024-02-06', '2024-02-06', 'jumlah_negatif'),
 ('Pelatihan Teknis', 'nasional', '5000', '2024-02-06', '2024-02-20', 'jumlah_melebihi_batas'),
 ('Pelatihan Teknis', 'nasional', '2.5678', '2024-02-07', '2024-02-07', 'desimal_lebih_dari_dua'),
 ('Pelatihan Teknis', 'nasional', '8', '2024-02-10', '2024-02-05', 'selesai_sebelum_mulai'),
 ('E-Learning', 'nasional', '3', '2023-01-02', '2024-03-02', 'rentang_terlalu_panjang'),
 ('Pelatihan Teknis', 'nasional', '3', '-infinity', '2024-02-08', 'tanggal_tidak_sah'),
 ('Pelatihan Teknis', 'nasional', '3', '2024-02-08', 'infinity', 'tanggal_tidak_sah'),
 ('Pendidikan', 'nasional', '12', '2024-02-09', '2024-02-09', 'tidak_lengkap'),
 ('Pelatihan Fungsional', '', '-', NULL, NULL, 'tidak_lengkap'),
 ('Pelatihan Teknis', 'nasional', '-', '2024-01-02', '2024-01-31', 'tidak_lengkap');
INSERT INTO hr.riwayat_diklat (nip, jenis, lingkup, jam, tgl_mulai, tgl_selesai)
SELECT '200001012022011001', jenis, lingkup, jam, mulai, selesai FROM uji_harap;
-- blank scopes, counted as nasional: 'Seminar' 2 days (2 x 4 JP), bimtek
-- 4 JP, workshop 1 day (5 JP): 8 + 4 + 5 = 17.00 for the year
INSERT INTO hr.riwayat_diklat (nip, jenis, lingkup, jam, tgl_mulai, tgl_selesai) VALUES
 ('200001012022011002', 'Seminar', NULL, NULL, '2024-03-04', '2024-03-05'),
 ('200001012022011002', 'Bimtek', '', '4', '2024-03-06', '2024-03-06'),
 ('200001012022011002', 'Workshop', ' - ', '6', '2024-03-07', '2024-03-07');
INSERT INTO hr.hukuman_disiplin (nip, jenis, tanggal) VALUES
 ('200001012022011002', 'Hukuman Adat', '2024-05-01'),
 ('200001012022011002', NULL, '2024-05-02');
SQL
$PSQL -f "$tmp/bad.sql" || fail "inserting the bad rows failed"

# every view reads, every refresh succeeds
for v in v_catatan v_jp_pegawai v_ipasn v_unit v_tidak_dihitung; do
	$PSQL -c "SELECT count(*) FROM laporan.$v" >/dev/null || fail "SELECT from laporan.$v failed"
done
for v in mv_jp_pegawai mv_ipasn mv_unit; do
	$PSQL -c "REFRESH MATERIALIZED VIEW CONCURRENTLY laporan.$v" || fail "REFRESH CONCURRENTLY laporan.$v failed"
done

# check NAME SQL EXPECTED: one value, compared as text
check() {
	got=$($PSQL -At -c "$2" 2>&1)
	if [ "$got" = "$3" ]; then
		echo "ok - $1"
	else
		fail "$1: expected '$3', got '$got'"
	fi
}
check "each bad record is listed in v_tidak_dihitung with its kode" \
	"SELECT count(*) FROM (SELECT kode, count(*) FROM uji_harap GROUP BY kode
	                       EXCEPT ALL
	                       SELECT kode, count(*) FROM laporan.v_tidak_dihitung
	                        WHERE nip = '200001012022011001' GROUP BY kode) x" 0
check "v_tidak_dihitung lists nothing else for that employee" \
	"SELECT count(*) FROM laporan.v_tidak_dihitung WHERE nip = '200001012022011001'" \
	"$($PSQL -At -c 'SELECT count(*) FROM uji_harap')"
check "the count of a kode in the unit, in the same query" \
	"SELECT DISTINCT kode_di_unit FROM laporan.v_tidak_dihitung
	  WHERE unit_kerja = 'Unit Uji' AND kode = 'teks_tidak_dikenal'" 3
check "the materialized per-unit view counts the invalid and incomplete records" \
	"SELECT catatan_tidak_sah || '/' || catatan_tidak_lengkap FROM laporan.mv_unit WHERE unit_kerja = 'Unit Uji'" \
	"17/3"
check "blank, NULL and '-' scopes count as nasional: 8 + 4 + 5 = 17.00 JP in 2024 (Peraturan LAN 10/2018)" \
	"SELECT jp FROM laporan.mv_jp_pegawai WHERE nip = '200001012022011002' AND tahun = 2024" 17.00
check "an incomplete pelatihan fungsional still gives the diklat fungsional credit" \
	"SELECT (ipasn.profil_bangkom(jalur, lingkup, jumlah, mulai, selesai, date '2024-12-31')).fungsional
	   FROM laporan.v_catatan WHERE nip = '200001012022011001'" t
check "unreadable texts of the employee give NULL dimensions, not errors" \
	"SELECT coalesce(kualifikasi::text, 'null') || ' ' || coalesce(total::text, 'null')
	   FROM laporan.mv_ipasn WHERE nip = '200001012022011002'" "null null"
check "unreadable penalties are counted, not taken as no penalty" \
	"SELECT hukuman_tidak_terbaca FROM laporan.mv_ipasn WHERE nip = '200001012022011002'" 2
check "the employee with only bad records still has an IP ASN row (JP 0 records)" \
	"SELECT kegiatan FROM laporan.mv_ipasn WHERE nip = '200001012022011001'" 0
check "an employee of the recipe keeps its figures after the bad rows (Ratna 85.00)" \
	"SELECT total FROM laporan.mv_ipasn WHERE nip = '198501012010011001'" 85.00
# the raising readers do fail on the same rows: the views above are what
# keeps them working (so this test can fail)
if $PSQL -c "SELECT ipasn.jp_total(ipasn.teks_jalur(jenis), ipasn.teks_lingkup(lingkup),
		ipasn.jumlah_jam(ipasn.teks_jalur(jenis), ipasn.teks_jumlah(jam)), tgl_mulai, tgl_selesai)
		FROM hr.riwayat_diklat" >/dev/null 2>&1; then
	fail "the raising readers did not fail on the bad rows: the test data has no bad row"
else
	echo "ok - the raising readers fail on the same rows"
fi

# ---------------------------------------------------------------- 3. plans
plan() {
	$PSQL -At -c "SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
		SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2;
		SET enable_indexscan = off; SET enable_bitmapscan = off;
		EXPLAIN (COSTS OFF) $1"
}
p=$(plan "SELECT * FROM laporan.v_unit")
if echo "$p" | grep -q 'Gather' && echo "$p" | grep -q 'Parallel Seq Scan on riwayat_diklat'; then
	echo "ok - the per-unit view runs parallel (Gather over a parallel scan of the records)"
else
	fail "the per-unit view has no parallel plan:"
	echo "$p"
fi
$PSQL -At -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF, FORMAT JSON)
	SELECT * FROM laporan.v_ipasn WHERE unit_kerja = 'Dinas Kesehatan'" >"$tmp/plan.json"
rows=$($PSQL -At -v plan="$(cat "$tmp/plan.json")" <<'SQL'
SELECT max(r::int)
  FROM jsonb_path_query(:'plan'::jsonb,
       '$.** ? (@."Node Type" == "Aggregate" && exists(@."Group Key"[*] ? (@ starts with "p.")))."Actual Rows"') r;
SQL
)
if [ "$rows" = 2 ]; then
	echo "ok - a unit filter on v_ipasn reaches below the aggregate (it outputs the unit's 2 employees, not the 6 of the database)"
else
	fail "the unit filter does not reach below v_ipasn's aggregate: its aggregate gave '$rows' rows, not 2"
fi

# baca_catatan's calls, counted by the statistics collector (track_functions
# counts C functions too) in the transaction that runs the query
calls() {
	$PSQL -At <<SQL | tail -1
BEGIN;
SET LOCAL track_functions = 'all';
${2:-}
SELECT count(q.*) FROM ($1) q;
SELECT coalesce(pg_stat_get_xact_function_calls('ipasn.baca_catatan(text,text,text,date,date,text)'::regprocedure), 0);
COMMIT;
SQL
}
calls=$(calls "SELECT * FROM laporan.v_ipasn WHERE unit_kerja = 'Dinas Kesehatan'")
want=$($PSQL -At -c "SELECT count(*) FROM hr.riwayat_diklat d JOIN hr.pegawai p USING (nip)
	WHERE p.unit_kerja = 'Dinas Kesehatan'")
if [ -n "$calls" ] && [ "$calls" = "$want" ]; then
	echo "ok - v_ipasn for one unit reads that unit's records only, each once ($calls calls of baca_catatan)"
else
	fail "v_ipasn for one unit called baca_catatan '$calls' times, not once for each of the unit's $want records"
fi
calls=$(calls "SELECT * FROM laporan.v_jp_pegawai WHERE unit_kerja = 'Dinas Kesehatan'")
if [ -n "$calls" ] && [ "$calls" = "$want" ]; then
	echo "ok - v_jp_pegawai for one unit reads that unit's records only, each once ($calls calls of baca_catatan)"
else
	fail "v_jp_pegawai for one unit called baca_catatan '$calls' times, not once for each of the unit's $want records"
fi
# the same with a hash join, which scans every record of the province: the
# reader still runs after the join with the unit's employees
for v in v_jp_pegawai v_ipasn; do
	calls=$(calls "SELECT * FROM laporan.$v WHERE unit_kerja = 'Dinas Kesehatan'" \
		"SET LOCAL enable_nestloop = off; SET LOCAL enable_mergejoin = off; SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off;")
	if [ -n "$calls" ] && [ "$calls" = "$want" ]; then
		echo "ok - $v for one unit under a hash join reads that unit's records only ($calls calls of baca_catatan)"
	else
		fail "$v for one unit under a hash join called baca_catatan '$calls' times, not once for each of the unit's $want records"
	fi
done
all=$($PSQL -At -c "SELECT count(*) FROM hr.riwayat_diklat")
for v in v_catatan v_jp_pegawai v_ipasn; do
	calls=$(calls "SELECT * FROM laporan.$v")
	if [ "$calls" = "$all" ]; then
		echo "ok - $v calls baca_catatan once a record, though it reads several of its fields ($calls calls, $all records)"
	else
		fail "$v called baca_catatan '$calls' times for $all records (the recipe's LEFT JOIN LATERAL (SELECT ...) form calls it once a record)"
	fi
done
# a WHERE on a field of the reader is tested where the record is read, before the row
# is built: the rows it keeps call the reader again (doc/views.md)
calls=$(calls "SELECT * FROM laporan.v_tidak_dihitung")
listed=$($PSQL -At -c "SELECT count(*) FROM laporan.v_tidak_dihitung")
if [ -n "$calls" ] && [ "$calls" -ge "$all" ] && [ "$calls" -le "$((all + 2 * listed))" ]; then
	echo "ok - v_tidak_dihitung calls baca_catatan once a record, and again only for the $listed it lists ($calls calls)"
else
	fail "v_tidak_dihitung called baca_catatan '$calls' times, not between $all and $all + 2 x $listed"
fi

[ "$failed" = 0 ] && echo "views: all passed"
exit $failed
