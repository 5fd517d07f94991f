#!/usr/bin/env bash
# ipasn demo — the main job end to end: a province's SIMPEG data in, the
# per-unit report and a dashboard out.
#
# Run by `make demo` (test/run.sh has built and installed ipasn and started a
# throwaway cluster; PGHOST/PGPORT/PGUSER are set).  Standalone against any
# server where ipasn is installed:  bash test/demo/demo.sh
#
# Environment (all optional):
#   IPASN_DEMO_UKURAN  provinsi (default, ~66,000 ASN) | a number of employees
#                      | nation (~4.3 million, for benchmarks only)
#   IPASN_DEMO_DB      database to (re)create, default ipasn_demo
#   IPASN_DEMO_OUT     output directory, default test/out
#   IPASN_DEMO_SAMPEL  employees per unit embedded in the dashboard, default 30
#
# Every file is written by psql on the client side (\copy, -o or a shell
# redirect), never with server-side COPY: the server may run as another user.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
demo=test/demo
ukuran=${IPASN_DEMO_UKURAN:-provinsi}
db=${IPASN_DEMO_DB:-ipasn_demo}
out=${IPASN_DEMO_OUT:-test/out}
sampel=${IPASN_DEMO_SAMPEL:-30}
mkdir -p "$out"
start=$(date +%s)

# NOTICEs (DROP ... IF EXISTS, cascades) are noise here
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
langkah() { printf '== %-58s %4ss\n' "$1" "$(($(date +%s) - start))"; }

langkah "database $db, CREATE EXTENSION ipasn"
psql_ -d "${PGDATABASE:-postgres}" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
export PGDATABASE=$db
psql_ -c "CREATE EXTENSION ipasn"

langkah "SIMPEG schema (test/demo/schema.sql)"
psql_ -f $demo/schema.sql

langkah "generating data: ukuran=$ukuran (test/demo/generate.sql)"
psql_ -v ukuran="$ukuran" -v datadir=$demo/data -f $demo/generate.sql
psql_ -At -F ' ' -c "SELECT (SELECT count(*) FROM simpeg.pegawai), (SELECT count(*) FROM simpeg.riwayat_diklat)" |
	{ read -r p r; printf '   %s employees, %s training records\n' "$p" "$r"; }

langkah "report views (test/demo/reports.sql), refresh"
psql_ -f $demo/reports.sql
psql_ -c "REFRESH MATERIALIZED VIEW laporan.v_diklat" \
	-c "REFRESH MATERIALIZED VIEW laporan.v_jp_pegawai" \
	-c "REFRESH MATERIALIZED VIEW laporan.v_ip_asn_pegawai" \
	-c "ANALYZE laporan.v_diklat, laporan.v_jp_pegawai, laporan.v_ip_asn_pegawai"

langkah "SIASN-shaped sample (test/demo/schema_siasn.sql)"
psql_ -f $demo/schema_siasn.sql

langkah "triggers on a training table that stores hours (test/demo/pemicu.sql)"
psql_ -f $demo/pemicu.sql

langkah "dashboard"
psql_ -At -v sampel="$sampel" -f $demo/dashboard.sql >"$out/dashboard.json"
awk -v data="$out/dashboard.json" '
	$0 == "__IPASN_DATA__" { while ((getline line < data) > 0) print line; next }
	{ print }' $demo/dashboard.html.in >"$out/dashboard.html"
rm -f "$out/dashboard.json"
# the terminal report, also kept as a file
psql_ -P footer=off -f - >"$out/laporan_unit.txt" <<'EOF'
\pset title 'Pengembangan kompetensi dan IP ASN per perangkat daerah, tahun 2023 (hitung = dihitung dengan ipasn; terbit = LKIP BPSDM DKI Jakarta 2023)'
SELECT CASE WHEN no IS NULL THEN '' ELSE no::text END AS "No",
	   "Perangkat daerah", "Pegawai", "Ikut %", "20 JP %", "terbit", "40 JP %", "terbit ", "Kompetensi", "terbit  ", "IP ASN", "Cat."
FROM (
	SELECT row_number() OVER (ORDER BY l.unit_id) AS no,
		   CASE WHEN length(l.unit) > 44 THEN left(l.unit, 43) || '…' ELSE l.unit END AS "Perangkat daerah",
		   l.pegawai AS "Pegawai", l.ikut_pct AS "Ikut %",
		   l.memenuhi_20jp_pct AS "20 JP %", b.pub_20jp_pct AS "terbit",
		   l.memenuhi_40jp_pct AS "40 JP %", b.pub_40jp_pct AS "terbit ",
		   l.rata_kompetensi AS "Kompetensi", b.pub_kompetensi AS "terbit  ",
		   l.rata_ip_asn AS "IP ASN",
		   CASE WHEN b.catatan <> '' THEN '*' || dense_rank() OVER (ORDER BY b.catatan <> '' DESC, l.unit_id) ELSE '' END AS "Cat.",
		   l.unit_id AS urut
	FROM laporan.v_laporan_unit l JOIN laporan.v_banding_publikasi b USING (unit_id)
	UNION ALL
	SELECT NULL, 'JUMLAH / RATA-RATA', t.pegawai, t.ikut_pct, t.memenuhi_20jp_pct,
		   round(100.0 * sum(p.memenuhi_20jp) / sum(p.total_pegawai), 2),
		   t.memenuhi_40jp_pct, round(100.0 * sum(p.memenuhi_40jp) / sum(p.total_pegawai), 2),
		   t.rata_kompetensi,
		   round(sum(p.ip_kompetensi * p.total_pegawai) FILTER (WHERE p.ip_kompetensi <= 40)
				 / sum(p.total_pegawai) FILTER (WHERE p.ip_kompetensi <= 40), 2),
		   t.rata_ip_asn, '', 2147483647
	FROM laporan.v_laporan_total t, referensi.unit_2023 p
	GROUP BY t.pegawai, t.ikut_pct, t.memenuhi_20jp_pct, t.memenuhi_40jp_pct, t.rata_kompetensi, t.rata_ip_asn
) r
ORDER BY urut;
\pset title
SELECT '*' || dense_rank() OVER (ORDER BY l.unit_id) || ' ' || l.unit || ': ' || b.catatan AS "Catatan angka terbit"
FROM laporan.v_laporan_unit l JOIN laporan.v_banding_publikasi b USING (unit_id)
WHERE b.catatan <> '' ORDER BY l.unit_id;
SELECT sangat_tinggi AS "sangat tinggi", tinggi, sedang, rendah, sangat_rendah AS "sangat rendah",
	   tidak_lengkap AS "tidak lengkap (tanpa pendidikan/SKP)"
FROM laporan.v_laporan_total;
SELECT regexp_replace(masalah, '''[^'']*''|-?[0-9][0-9.:-]*', '…', 'g') AS "Catatan diklat ditolak (laporan.v_catatan_bermasalah)",
	   count(*) AS jumlah
FROM laporan.v_catatan_bermasalah GROUP BY 1 ORDER BY 2 DESC, 1;
\pset title 'Contoh pegawai per jenis jabatan (IP ASN terendah): dimensi, total, kategori (laporan.v_ip_asn_pegawai)'
WITH contoh AS (
	SELECT DISTINCT ON (jabatan) *
	FROM laporan.v_ip_asn_pegawai WHERE total IS NOT NULL
	ORDER BY jabatan, total, nip
)
SELECT nip, jabatan, left(nama_jabatan, 34) AS nama_jabatan, pendidikan, jp_teknis, seminar,
	   kualifikasi, kompetensi, kinerja, disiplin, total, kategori
FROM contoh ORDER BY jabatan;
\pset title 'Saran tindak lanjut untuk pegawai contoh di atas (ipasn.saran, laporan.v_saran)'
WITH contoh AS (
	SELECT DISTINCT ON (jabatan) nip, jabatan
	FROM laporan.v_ip_asn_pegawai WHERE total IS NOT NULL
	ORDER BY jabatan, total, nip
)
SELECT s.nip, c.jabatan, s.komponen, s.tambahan, s.tindakan
FROM laporan.v_saran s JOIN contoh c USING (nip)
ORDER BY c.jabatan, s.tambahan DESC NULLS LAST, s.komponen;
\pset title 'Pemicu pada tabel diklat (ipasn.isi_jp dan ipasn.buat_ringkasan, jumlah_dalam => jam): catatan 2023 tiga perangkat daerah, ringkasan = laporan.v_jp_pegawai'
SELECT count(*) AS "catatan masuk", sum(m.jp) AS "JP per catatan",
	   (SELECT count(*) FROM laporan.diklat_masuk_jp) AS "pegawai-tahun",
	   (SELECT sum(jp) FROM laporan.diklat_masuk_jp) AS "JP ringkasan",
	   (SELECT count(*) FROM laporan.diklat_masuk_jp r JOIN laporan.v_jp_pegawai v
			ON v.nip = r.pegawai AND v.tahun = r.tahun AND v.jp = r.jp) AS "sama dengan v_jp_pegawai",
	   (SELECT count(*) FILTER (WHERE memenuhi_target) FROM laporan.diklat_masuk_jp_target) AS "memenuhi target"
FROM laporan.diklat_masuk m;
\pset title 'SIASN: JP dari jam tersimpan (ipasn.jumlah_jam) vs. jam dipakai mentah (siasn.v_kursus_jp)'
SELECT jalur, satuan, count(*) AS catatan, sum(jumlah_jam) AS jam_siasn, sum(jp) AS jp,
	   sum(jp_jam_mentah) AS jp_jam_mentah
FROM siasn.v_kursus_jp GROUP BY 1, 2 ORDER BY 1;
EOF
cat "$out/laporan_unit.txt"
echo
langkah "done"
echo "dashboard: $(cd "$out" && pwd)/dashboard.html ($(du -k "$out/dashboard.html" | cut -f1) kB)"
echo "report:    $(cd "$out" && pwd)/laporan_unit.txt"
