#!/usr/bin/env bash
# Benchmark of the dashboard views of doc/views.md ("Views for dashboards"):
# the recipe's views over VIEWS_PEGAWAI employees (default 20,000) x
# VIEWS_CATATAN training records each (default 30), with the messiness of
# real SIMPEG data (free text, blank scopes, hours as text, ~3 % of rows
# that no reader can count).  Prints, for each figure, the median of
# VIEWS_RUNS runs (default 3) after one warm-up, timed by the "Execution
# Time" of EXPLAIN (ANALYZE, TIMING OFF), with the parallel workers launched:
#   - the three views (per employee-year JP, IP ASN as of a date, per unit)
#     over the whole province and for one unit (about 1/36 of it);
#   - the three ways to write the per-employee JP: grouped by unit and
#     employee (the recipe), LATERAL per employee, and grouped by nip then
#     joined to the employees (the README's earlier form);
#   - baca_catatan against the raising readers (teks_jalur, teks_lingkup,
#     teks_jumlah, jumlah_jam) on the records both can read;
#   - REFRESH MATERIALIZED VIEW CONCURRENTLY of each materialized view.
# Not part of `make test`: run it with `make bench` (bench.sh calls it at the
# end) or alone against a throwaway cluster:
#   bash test/run.sh shell 'bash test/bench/views.sh'
# It asserts no timing; it fails only when something fails to run.
set -u
set -o pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
npeg=${VIEWS_PEGAWAI:-20000}
ncat=${VIEWS_CATATAN:-30}
runs=${VIEWS_RUNS:-3}
db=${VIEWS_DB:-ipasn_bench_views}
tmp=$(mktemp -d /tmp/ipasn-bench-views.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
PSQL="psql -X -q -v ON_ERROR_STOP=1 -P pager=off -d $db"
die() { echo "bench/views: $*" >&2; exit 1; }
t0=$(date +%s)
stamp() { echo "== [$(($(date +%s) - t0)) s] $*"; }

dropdb --if-exists "$db" >/dev/null 2>&1 || true
createdb "$db" || die "createdb failed"
$PSQL -c 'CREATE EXTENSION ipasn' || die "CREATE EXTENSION ipasn failed"

# ---------------------------------------------------------------- the recipe
stamp "the recipe of doc/views.md"
awk '/^```sql$/ { p = 1; next } /^```/ { p = 0 } p' "$top/doc/views.md" >"$tmp/recipe.sql"
$PSQL -f "$tmp/recipe.sql" >/dev/null || die "the recipe of doc/views.md failed"

# ---------------------------------------------------------------- data
stamp "generating $npeg employees x $ncat records"
$PSQL -v npeg="$npeg" -v ncat="$ncat" <<'SQL' || die "generating the data failed"
SELECT setseed(0.42);
INSERT INTO hr.pegawai
SELECT lpad((199000000000000000 + n)::text, 18, '0'), 'Pegawai ' || n,
       'Unit ' || lpad((n % 36)::text, 2, '0'),
       (ARRAY['S-1', 'S1', 'Strata 1', 'D-III', 'D3', 'SMA', 'SLTA', 'S-2', 'S2', 'D-IV'])[1 + (random() * 9.99)::int % 10],
       (ARRAY['Pelaksana', 'Pelaksana', 'Pelaksana', 'Fungsional', 'Fungsional', 'IV.a', 'IV.b', 'III.a'])[1 + (random() * 7.99)::int % 8],
       (ARRAY['Pengadministrasi Umum', 'Analis Kebijakan Ahli Muda', 'Guru Ahli Pertama', 'Perawat Terampil', 'Kepala Seksi'])[1 + (random() * 4.99)::int % 5],
       (ARRAY[NULL, NULL, NULL, 'PKP', 'Diklatpim Tk. IV', 'PKA'])[1 + (random() * 5.99)::int % 6],
       (ARRAY['Baik', 'Baik', 'Sangat Baik', 'Butuh Perbaikan', 'Cukup', 'BAIK'])[1 + (random() * 5.99)::int % 6]
  FROM generate_series(1, :npeg) n;

-- jenis, lingkup, jam as agencies write them; ~3 % of the rows no reader
-- counts (unknown text, "2 hari", an end before the start); 0.3 % in 2042
INSERT INTO hr.riwayat_diklat (nip, jenis, lingkup, jam, tgl_mulai, tgl_selesai)
SELECT r.nip, j.jenis,
       CASE WHEN r2 < 0.60 THEN 'nasional' WHEN r2 < 0.70 THEN 'Nasional'
            WHEN r2 < 0.80 THEN '' WHEN r2 < 0.88 THEN NULL WHEN r2 < 0.90 THEN '-'
            WHEN r2 < 0.95 THEN 'Dalam Negeri' ELSE 'Internasional' END,
       CASE WHEN r3 < 0.02 THEN '-' WHEN r3 < 0.03 THEN '2 hari'
            ELSE (j.jam_min + (r3 * j.jam_span)::int)::text END,
       m, m + CASE WHEN r4 < 0.01 THEN -3 ELSE (r4 * j.hari)::int END
  FROM (SELECT p.nip, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
               CASE WHEN random() < 0.003 THEN date '2042-01-01' ELSE date '2024-01-01' END
                   + (random() * 360)::int AS m
          FROM hr.pegawai p CROSS JOIN generate_series(1, :ncat) k) r
 CROSS JOIN LATERAL (
        SELECT * FROM (VALUES
            (0.10, 'Pelatihan Teknis', 8, 40, 4), (0.14, 'Diklat Teknis', 8, 40, 4),
            (0.20, 'Bimtek', 4, 16, 2), (0.23, 'Bimbingan Teknis', 4, 16, 2),
            (0.38, 'E-Learning', 1, 3, 0), (0.42, 'e-learning', 1, 3, 1),
            (0.50, 'Seminar', 2, 8, 1), (0.54, 'Webinar', 2, 4, 0),
            (0.59, 'Workshop', 4, 16, 2), (0.61, 'Lokakarya', 4, 16, 2),
            (0.67, 'Sosialisasi', 2, 6, 0), (0.71, 'Kursus', 8, 32, 3),
            (0.77, 'Coaching', 1, 2, 0), (0.81, 'Mentoring', 1, 2, 0),
            (0.85, 'Pelatihan Fungsional', 16, 40, 4), (0.90, 'Belajar Mandiri', 1, 4, 1),
            (0.93, 'Magang', 8, 40, 5), (0.95, 'Komunitas Belajar', 1, 3, 0),
            (0.97, 'Penataran', 8, 24, 2), (0.99, 'Pelatihan Kepemimpinan', 40, 200, 30),
            (1.01, 'Rapat Koordinasi', 2, 4, 0)) AS v(batas, jenis, jam_min, jam_span, hari)
         WHERE r.r1 < v.batas ORDER BY v.batas LIMIT 1) j;

INSERT INTO hr.hukuman_disiplin (nip, jenis, tanggal)
SELECT nip, (ARRAY['Teguran Lisan', 'Teguran Tertulis', 'Penundaan Kenaikan Gaji Berkala', 'Lain-lain'])[1 + (random() * 3.99)::int % 4],
       date '2020-01-01' + (random() * 1800)::int
  FROM hr.pegawai WHERE random() < 0.05;
ANALYZE hr.pegawai;
ANALYZE hr.riwayat_diklat;
ANALYZE hr.hukuman_disiplin;

-- the records both kinds of readers can read (the raising ones fail on the rest)
CREATE TABLE hr.riwayat_bersih AS
SELECT d.* FROM hr.riwayat_diklat d
 CROSS JOIN LATERAL ipasn.baca_catatan(d.jenis, d.lingkup, d.jam, d.tgl_mulai, d.tgl_selesai, 'jam') c
 WHERE c.kode IS NULL OR c.kode = 'tidak_lengkap';
CREATE INDEX ON hr.riwayat_bersih (nip);
ANALYZE hr.riwayat_bersih;
SQL
$PSQL -At -c "SELECT count(*) || ' records, ' || count(*) FILTER (WHERE kode IS NOT NULL AND kode <> 'tidak_lengkap')
              || ' that no reader counts, ' || count(*) FILTER (WHERE kode = 'tidak_lengkap') || ' incomplete, '
              || count(*) FILTER (WHERE janggal IS NOT NULL) || ' janggal' FROM laporan.v_catatan" |
	sed 's/^/   /'

# ---------------------------------------------------------------- timing
[ -n "${VIEWS_DATA_ONLY:-}" ] && { stamp "data only"; exit 0; }
$PSQL <<'SQL' || die "timing helper failed"
CREATE SCHEMA bench_views;
-- median of n runs after a warm-up: execution time (ms) and workers launched
CREATE FUNCTION bench_views.ukur(q text, n int) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	j jsonb;
	t numeric[] := '{}';
	w int;
BEGIN
	EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ' || q INTO j;
	FOR i IN 1..n LOOP
		EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ' || q INTO j;
		t := t || (j->0->>'Execution Time')::numeric;
	END LOOP;
	SELECT coalesce(sum(x::text::int), 0) INTO w
	  FROM jsonb_path_query(j, '$.**."Workers Launched"') x;
	RETURN (SELECT round(percentile_disc(0.5) WITHIN GROUP (ORDER BY v)) FROM unnest(t) v)
		   || ' ' || w;
END $$;
-- a command EXPLAIN cannot time (REFRESH): median wall-clock time in ms
CREATE FUNCTION bench_views.ukur_perintah(q text, n int) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	t numeric[] := '{}';
	a timestamptz;
BEGIN
	EXECUTE q;
	FOR i IN 1..n LOOP
		a := clock_timestamp();
		EXECUTE q;
		t := t || (extract(epoch FROM clock_timestamp() - a) * 1000)::numeric;
	END LOOP;
	RETURN (SELECT round(percentile_disc(0.5) WITHIN GROUP (ORDER BY v)) FROM unnest(t) v) || ' -';
END $$;
-- the per-employee JP of 2024 written three ways
CREATE VIEW bench_views.jp_grouped AS
SELECT c.unit_kerja, c.nip,
       ipasn.jp_total(c.jalur, c.lingkup, c.jumlah, c.mulai, c.selesai) AS jp
  FROM laporan.v_catatan c
 WHERE c.tahun = 2024
 GROUP BY c.unit_kerja, c.nip;
CREATE VIEW bench_views.jp_lateral AS
SELECT p.unit_kerja, p.nip, b.jp
  FROM hr.pegawai p
 CROSS JOIN LATERAL (
        SELECT ipasn.jp_total((r.c).jalur, (r.c).lingkup, (r.c).jumlah, d.tgl_mulai, d.tgl_selesai) AS jp
          FROM hr.riwayat_diklat d
          LEFT JOIN LATERAL (SELECT ipasn.baca_catatan(d.jenis, d.lingkup, d.jam,
                                                       d.tgl_mulai, d.tgl_selesai, 'jam') AS c) r ON true
         WHERE d.nip = p.nip
           AND coalesce(d.tgl_selesai, d.tgl_mulai) >= date '2024-01-01'
           AND coalesce(d.tgl_selesai, d.tgl_mulai) < date '2025-01-01') b;
CREATE VIEW bench_views.jp_by_nip AS
SELECT p.unit_kerja, x.nip, x.jp
  FROM (SELECT c.nip, ipasn.jp_total(c.jalur, c.lingkup, c.jumlah, c.mulai, c.selesai) AS jp
          FROM laporan.v_catatan c WHERE c.tahun = 2024 GROUP BY c.nip) x
  JOIN hr.pegawai p ON p.nip = x.nip;
SQL

unit="Unit 07"
nunit=$($PSQL -At -c "SELECT count(*) FROM hr.pegawai WHERE unit_kerja = '$unit'")
# row LABEL QUERY: prints LABEL, ms, workers
# (a third argument: settings for that measurement only)
row() {
	f=ukur
	case $2 in REFRESH*) f=ukur_perintah ;; esac
	r=$($PSQL -At -c "SET work_mem = '64MB'; ${3:-} SELECT bench_views.$f(\$q\$$2\$q\$, $runs)" | tail -1)
	[ -n "$r" ] || die "timing '$1' failed"
	set -- "$1" $r
	printf '%-58s %9s ms  %s workers\n' "$1" "$2" "$3"
	echo "$1|$2|$3" >>"$tmp/figures"
}
ms() { awk -F'|' -v k="$1" '$1 == k { print $2 }' "$tmp/figures"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

[ -n "${VIEWS_DATA_ONLY:-}" ] && exit 0
echo "   machine: $(nproc) CPU ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   settings: $($PSQL -At -c "SELECT string_agg(name || '=' || current_setting(name), ' ' ORDER BY name) FROM pg_settings WHERE name IN ('max_parallel_workers_per_gather', 'max_parallel_workers', 'shared_buffers', 'work_mem', 'jit')")"
stamp "timing (median of $runs runs after a warm-up; the machine may be shared)"
echo "   one unit: '$unit', $nunit of $npeg employees"
row "v_jp_pegawai, whole province" "SELECT * FROM laporan.v_jp_pegawai"
row "v_jp_pegawai, one unit" "SELECT * FROM laporan.v_jp_pegawai WHERE unit_kerja = '$unit'"
row "v_ipasn, whole province" "SELECT * FROM laporan.v_ipasn"
row "v_ipasn, one unit" "SELECT * FROM laporan.v_ipasn WHERE unit_kerja = '$unit'"
row "v_unit, whole province" "SELECT * FROM laporan.v_unit"
row "v_unit, one unit" "SELECT * FROM laporan.v_unit WHERE unit_kerja = '$unit'"
row "JP 2024 grouped by unit and nip, whole" "SELECT * FROM bench_views.jp_grouped"
row "JP 2024 grouped by unit and nip, one unit" "SELECT * FROM bench_views.jp_grouped WHERE unit_kerja = '$unit'"
row "JP 2024 LATERAL per employee, whole" "SELECT * FROM bench_views.jp_lateral"
row "JP 2024 LATERAL per employee, one unit" "SELECT * FROM bench_views.jp_lateral WHERE unit_kerja = '$unit'"
row "JP 2024 grouped by nip then joined, whole" "SELECT * FROM bench_views.jp_by_nip"
row "JP 2024 grouped by nip then joined, one unit" "SELECT * FROM bench_views.jp_by_nip WHERE unit_kerja = '$unit'"
row "readers: baca_catatan in FROM (readable records)" \
	"SELECT d.nip, ipasn.jp_total(c.jalur, c.lingkup, c.jumlah, d.tgl_mulai, d.tgl_selesai)
	   FROM hr.riwayat_bersih d
	  CROSS JOIN LATERAL ipasn.baca_catatan(d.jenis, d.lingkup, d.jam, d.tgl_mulai, d.tgl_selesai, 'jam') c
	  GROUP BY d.nip"
row "readers: baca_catatan, LEFT JOIN LATERAL (SELECT ...) ON true" \
	"SELECT d.nip, ipasn.jp_total((r.c).jalur, (r.c).lingkup, (r.c).jumlah, d.tgl_mulai, d.tgl_selesai)
	   FROM hr.riwayat_bersih d
	   LEFT JOIN LATERAL (SELECT ipasn.baca_catatan(d.jenis, d.lingkup, d.jam, d.tgl_mulai,
	                                                d.tgl_selesai, 'jam') AS c) r ON true
	  GROUP BY d.nip"
row "readers: baca_catatan, LATERAL (SELECT ... OFFSET 0)" \
	"SELECT d.nip, ipasn.jp_total((r.c).jalur, (r.c).lingkup, (r.c).jumlah, d.tgl_mulai, d.tgl_selesai)
	   FROM hr.riwayat_bersih d
	  CROSS JOIN LATERAL (SELECT d.id, ipasn.baca_catatan(d.jenis, d.lingkup, d.jam, d.tgl_mulai,
	                                                      d.tgl_selesai, 'jam') AS c OFFSET 0) r
	  GROUP BY d.nip"
row "readers: teks_jalur, teks_lingkup, teks_jumlah, jumlah_jam" \
	"SELECT d.nip, ipasn.jp_total(ipasn.teks_jalur(d.jenis),
	        coalesce(ipasn.teks_lingkup(d.lingkup), 'nasional'),
	        ipasn.jumlah_jam(ipasn.teks_jalur(d.jenis), ipasn.teks_jumlah(d.jam)),
	        d.tgl_mulai, d.tgl_selesai)
	   FROM hr.riwayat_bersih d GROUP BY d.nip"
# the same with parallel plans made cheap, as a refresh job may set them
# (the planner does not count the reader's cost in the recipe's form)
row "v_jp_pegawai, whole, parallel costs 0, work_mem 256MB" "SELECT * FROM laporan.v_jp_pegawai" \
	"SET work_mem = '256MB'; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;"
row "readers: recipe's form, parallel costs 0" \
	"SELECT d.nip, ipasn.jp_total((r.c).jalur, (r.c).lingkup, (r.c).jumlah, d.tgl_mulai, d.tgl_selesai)
	   FROM hr.riwayat_bersih d
	   LEFT JOIN LATERAL (SELECT ipasn.baca_catatan(d.jenis, d.lingkup, d.jam, d.tgl_mulai,
	                                                d.tgl_selesai, 'jam') AS c) r ON true
	  GROUP BY d.nip" "SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;"
row "readers: raising, parallel costs 0" \
	"SELECT d.nip, ipasn.jp_total(ipasn.teks_jalur(d.jenis),
	        coalesce(ipasn.teks_lingkup(d.lingkup), 'nasional'),
	        ipasn.jumlah_jam(ipasn.teks_jalur(d.jenis), ipasn.teks_jumlah(d.jam)),
	        d.tgl_mulai, d.tgl_selesai)
	   FROM hr.riwayat_bersih d GROUP BY d.nip" "SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;"
row "REFRESH CONCURRENTLY mv_jp_pegawai" "REFRESH MATERIALIZED VIEW CONCURRENTLY laporan.mv_jp_pegawai"
row "REFRESH CONCURRENTLY mv_ipasn" "REFRESH MATERIALIZED VIEW CONCURRENTLY laporan.mv_ipasn"
row "REFRESH CONCURRENTLY mv_unit" "REFRESH MATERIALIZED VIEW CONCURRENTLY laporan.mv_unit"
row "mv_ipasn, one unit (index)" "SELECT * FROM laporan.mv_ipasn WHERE unit_kerja = '$unit'"

echo
echo "one unit / whole province: v_jp_pegawai $(ratio "$(ms 'v_jp_pegawai, one unit')" "$(ms 'v_jp_pegawai, whole province')")," \
	"v_ipasn $(ratio "$(ms 'v_ipasn, one unit')" "$(ms 'v_ipasn, whole province')")," \
	"v_unit $(ratio "$(ms 'v_unit, one unit')" "$(ms 'v_unit, whole province')")"
echo "baca_catatan / raising readers: $(ratio "$(ms 'readers: baca_catatan in FROM (readable records)')" \
	"$(ms 'readers: teks_jalur, teks_lingkup, teks_jumlah, jumlah_jam')") (in FROM)," \
	"$(ratio "$(ms 'readers: baca_catatan, LEFT JOIN LATERAL (SELECT ...) ON true')" \
	"$(ms 'readers: teks_jalur, teks_lingkup, teks_jumlah, jumlah_jam')") (the recipe's LEFT JOIN LATERAL (SELECT ...))," \
	"$(ratio "$(ms "readers: recipe's form, parallel costs 0")" "$(ms 'readers: raising, parallel costs 0')") (both with parallel costs 0)," \
	"$(ratio "$(ms 'readers: baca_catatan, LATERAL (SELECT ... OFFSET 0)')" \
	"$(ms 'readers: teks_jalur, teks_lingkup, teks_jumlah, jumlah_jam')") (LATERAL subquery)"
# the same figures, computed the same way by every form
diff=$($PSQL -At -c "SELECT count(*) FROM (
	(SELECT nip, jp FROM bench_views.jp_grouped EXCEPT SELECT nip, jp FROM bench_views.jp_lateral WHERE jp IS NOT NULL)
	UNION ALL
	(SELECT nip, jp FROM bench_views.jp_lateral WHERE jp IS NOT NULL EXCEPT SELECT nip, jp FROM bench_views.jp_grouped)) x")
echo "grouped and LATERAL forms: $diff employees differ"
stamp "done"
[ -n "${VIEWS_KEEP:-}" ] || dropdb --if-exists "$db" >/dev/null 2>&1 || true
