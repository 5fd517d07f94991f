-- ipasn at scale — where the time of the convert, aggregate and score
-- stages goes.  Run against a database that test/bench/scale.sh kept:
--
--   BENCH_SCALE=1 BENCH_SCALE_FACTORS=4 BENCH_SCALE_KEEP=1 bash test/bench/scale.sh
--   psql -X -d ipasn_scale_4x -f test/bench/scale_breakdown.sql
--
-- Each line is one query over all rows, serial (no parallel workers, as the
-- REFRESH plans of the demo's views are), timed by psql's \timing; compare
-- each with the bare scan above it.  count(x) forces x to be computed.
\set ON_ERROR_STOP 1
SET max_parallel_workers_per_gather = 0;
SET client_min_messages = warning;
\pset tuples_only on
\pset format unaligned
-- warm the cache (printed: records, converted rows)
SELECT count(*) AS records FROM simpeg.riwayat_diklat;
SELECT count(*) AS converted FROM laporan.v_diklat;
\timing on
\echo '-- convert: the raw scan, then each piece of laporan.v_diklat on its own'
SELECT count(*) AS scan_raw FROM simpeg.riwayat_diklat;
SET enable_memoize = off;
\echo 'ipasn.parse_jalur_or_null(jenis) on every record'
SELECT count(ipasn.parse_jalur_or_null(jenis)) FROM simpeg.riwayat_diklat;
\echo 'ipasn.teks_jumlah(jumlah_jam) on every record (the hours as SIMPEG text: 24, 24 JP, 8 jam, 12,5)'
SELECT count(ipasn.teks_jumlah(nullif(btrim(jumlah_jam), '-'))) FROM simpeg.riwayat_diklat;
\echo 'the lingkup CASE on every record (a built-in regex)'
SELECT count(CASE WHEN lingkup ~* 'inter|luar' THEN 'internasional' ELSE 'nasional' END::ipasn.lingkup) FROM simpeg.riwayat_diklat;
RESET enable_memoize;
\echo 'the duplicate check: min(id) OVER (PARTITION BY six columns)'
SELECT count(p) FROM (SELECT min(id) OVER (PARTITION BY nip, tgl_mulai, tgl_selesai, jenis, nama_diklat, jumlah_jam) AS p
					  FROM simpeg.riwayat_diklat) x;
\echo 'the whole view query of laporan.v_diklat (what REFRESH computes, without writing)'
SELECT rtrim(pg_get_viewdef('laporan.v_diklat'::regclass), ';') AS q \gset
SELECT count(masalah), count(jumlah) FROM (:q) v;
\echo 'scan of the materialized result, then ipasn.masalah and ipasn.jumlah_jam alone on every record'
SELECT count(*) AS scan_v_diklat FROM laporan.v_diklat;
SELECT count(ipasn.masalah(jalur, lingkup, jumlah, tgl_mulai, tgl_selesai)) FROM laporan.v_diklat WHERE jalur IS NOT NULL;
SELECT count(ipasn.jumlah_jam(jalur, jam)) FROM laporan.v_diklat WHERE jam >= 0;
\echo 'writing: CREATE TEMP TABLE of the materialized rows (a REFRESH also builds the nip index)'
CREATE TEMP TABLE t_copy AS SELECT * FROM laporan.v_diklat;
CREATE INDEX ON t_copy (nip);
DROP TABLE t_copy;

\echo '-- aggregate: GROUP BY nip, tahun with sum() vs ipasn.jp_total'
SELECT count(*) FROM (SELECT nip, tahun, sum(jumlah) FILTER (WHERE masalah IS NULL)
					  FROM laporan.v_diklat WHERE tahun IS NOT NULL GROUP BY nip, tahun) x;
SELECT count(*) FROM (SELECT nip, tahun, ipasn.jp_total(jalur, lingkup, jumlah, tgl_mulai, tgl_selesai) FILTER (WHERE masalah IS NULL)
					  FROM laporan.v_diklat WHERE tahun IS NOT NULL GROUP BY nip, tahun) x;

\echo '-- score: profil_bangkom per employee, then the view query of laporan.v_ip_asn_pegawai'
SELECT count(*) FROM (SELECT nip, sum(jumlah) FROM laporan.v_diklat WHERE masalah IS NULL GROUP BY nip) x;
SELECT count(b) FROM (SELECT nip, ipasn.profil_bangkom(jalur, lingkup, jumlah, tgl_mulai, tgl_selesai, date '2023-12-31') AS b
					  FROM laporan.v_diklat WHERE masalah IS NULL GROUP BY nip) x;
SELECT rtrim(pg_get_viewdef('laporan.v_ip_asn_pegawai'::regclass), ';') AS q \gset
SELECT count(total), count(kategori) FROM (:q) v;
\echo 'ipasn.ip_asn alone, on the materialized inputs'
SELECT count((ipasn.ip_asn(pendidikan, jabatan, diklatpim, fungsional, jp_teknis, seminar, predikat, hukuman)).total)
FROM laporan.v_ip_asn_pegawai;
\timing off
