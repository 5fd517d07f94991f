-- ipasn demo — what may leave the data team: aggregates only (UU 27/2022
-- tentang Pelindungan Data Pribadi; doc/privacy.md).
--
--   psql -f test/demo/publik.sql     (after reports.sql; bkn.sql adds the reconciliation)
--
-- Schema publik holds the figures every report and the dashboard print by
-- default.  Three rules, applied here once:
--  1. no list of individuals: no NIP, no name, no per-employee row;
--  2. no figure of a group smaller than 5 employees: a count of 1 to 4
--     employees is NULL (printed "<5"), and a unit, an action or a reason
--     that concerns fewer than 5 employees is left out or NULL, with the
--     reason in a column `disensor`;
--  3. no penalty revealed: the disciplinary component of ipasn.saran
--     ("hindari hukuman disiplin baru ...") is never counted or shown.
-- Individual lists exist only in the data team's schema laporan and, per
-- unit, in laporan_unit (test/demo/rls.sql); the reports print them only
-- when asked for (IPASN_DEMO_INDIVIDU=<unit id>, test/demo/demo.sh).
\set ON_ERROR_STOP 1
DROP SCHEMA IF EXISTS publik CASCADE;
DROP MATERIALIZED VIEW IF EXISTS laporan.v_saran_kelompok;
CREATE SCHEMA publik;
COMMENT ON SCHEMA publik IS 'Aggregate figures of the ipasn demo reports, safe to publish: no individual, no group under 5 employees, no penalty (UU 27/2022)';

-- ------------------------------------------------------------ helpers
CREATE FUNCTION publik.kelompok_minimum() RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN 5;
COMMENT ON FUNCTION publik.kelompok_minimum() IS 'The smallest group of employees a published figure may describe (5)';

-- a count of employees, NULL when it singles out 1 to 4 people (0 is shown)
CREATE FUNCTION publik.jumlah(n numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN n > 0 AND n < publik.kelompok_minimum() THEN NULL ELSE n END;
COMMENT ON FUNCTION publik.jumlah(numeric) IS 'A count of employees as published: NULL (printed "<5") when it is 1 to 4';

-- a number in Indonesian notation: 1.023 and 98,44; desimal places, or
-- "paling banyak 2, tanpa nol di belakang" when desimal is NULL (22,5; 15)
CREATE FUNCTION publik.angka(v numeric, desimal integer DEFAULT 0) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN translate(
	CASE WHEN desimal IS NULL
		 THEN rtrim(rtrim(to_char(round(v, 2), 'FM999,999,999,990.00'), '0'), '.')
		 WHEN desimal > 0
		 THEN to_char(round(v, desimal), 'FM999,999,999,990.' || repeat('0', desimal))
		 ELSE to_char(round(v), 'FM999,999,999,990') END,
	',.', '.,');
COMMENT ON FUNCTION publik.angka(numeric, integer) IS 'A number in Indonesian notation (thousands with a point, decimals with a comma: 1.023; 98,44); desimal NULL: at most 2 decimals, trailing zeros dropped';

-- a published cell: the number, or "<5" when suppressed
CREATE FUNCTION publik.sel(v numeric, desimal integer DEFAULT 0) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN coalesce(publik.angka(v, desimal), '<5');
COMMENT ON FUNCTION publik.sel(numeric, integer) IS 'A published cell: the number in Indonesian notation, or "<5" when the figure was suppressed';

CREATE FUNCTION publik.nama_jabatan(j ipasn.jabatan) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE j WHEN 'jpt_utama' THEN 'pejabat pimpinan tinggi utama'
			  WHEN 'jpt_madya' THEN 'pejabat pimpinan tinggi madya'
			  WHEN 'jpt_pratama' THEN 'pejabat pimpinan tinggi pratama'
			  WHEN 'administrator' THEN 'pejabat administrator'
			  WHEN 'pengawas' THEN 'pejabat pengawas'
			  WHEN 'fungsional' THEN 'pejabat fungsional'
			  WHEN 'pelaksana' THEN 'pelaksana' END;
COMMENT ON FUNCTION publik.nama_jabatan(ipasn.jabatan) IS 'The position kind in plain Indonesian (pejabat pengawas, pelaksana, ...)';

-- what a saran row asks, in plain Indonesian, without the per-person amount
-- (the JP still missing differs per person: the target is named instead)
CREATE FUNCTION publik.aksi(komponen text, tindakan text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE komponen
	-- "ikuti pengembangan kompetensi 12 JP lagi (target 20 JP dalam 1 tahun
	-- terakhir)" -> "20 JP pengembangan kompetensi dalam setahun"
	WHEN 'jp_teknis' THEN concat_ws(' ', coalesce(substring(tindakan FROM 'target ([0-9.,]+ JP)'), '20 JP'),
									coalesce(substring(tindakan FROM '^ikuti ([^0-9]*[^0-9 ]) [0-9]'), 'pengembangan kompetensi'),
									'dalam setahun')
	WHEN 'seminar' THEN 'seminar atau workshop (1 kegiatan dalam 2 tahun)'
	WHEN 'diklat_fungsional' THEN 'pelatihan fungsional sesuai jabatannya'
	WHEN 'diklat_kepemimpinan' THEN regexp_replace(tindakan, '^ikuti ', '')
	WHEN 'kualifikasi' THEN regexp_replace(tindakan, '^tingkatkan kualifikasi pendidikan ke ', 'pendidikan ')
	WHEN 'kinerja' THEN regexp_replace(replace(tindakan, '"', ''), '^tingkatkan predikat kinerja \(SKP\) menjadi ', 'predikat kinerja (SKP) ')
	ELSE tindakan END;
COMMENT ON FUNCTION publik.aksi(text, text) IS 'What an ipasn.saran action asks, in plain Indonesian, the same for every employee it concerns';

-- ------------------------------------------------------------ per unit
-- laporan.v_laporan_unit with the rules applied.  A unit of fewer than 5
-- employees shows no figure at all; a category count of 1 to 4 is NULL.
CREATE VIEW publik.v_unit AS
WITH dinilai AS (
	SELECT unit_id, count(total) AS dinilai FROM laporan.v_ip_asn_pegawai GROUP BY unit_id
),
u AS (
	SELECT l.*, d.dinilai, b.pub_20jp_pct, b.pub_40jp_pct, b.pub_kompetensi, nullif(b.catatan, '') AS catatan_terbit,
		   l.pegawai < publik.kelompok_minimum() AS kecil
	FROM laporan.v_laporan_unit l
	JOIN dinilai d USING (unit_id)
	JOIN laporan.v_banding_publikasi b USING (unit_id)
)
SELECT unit_id, unit,
	   CASE WHEN NOT kecil THEN pegawai END AS pegawai,
	   CASE WHEN NOT kecil THEN ikut_pct END AS ikut_pct,
	   CASE WHEN NOT kecil THEN publik.jumlah(memenuhi_20jp) END AS memenuhi_20jp,
	   CASE WHEN NOT kecil THEN memenuhi_20jp_pct END AS memenuhi_20jp_pct,
	   CASE WHEN NOT kecil THEN publik.jumlah(memenuhi_40jp) END AS memenuhi_40jp,
	   CASE WHEN NOT kecil THEN memenuhi_40jp_pct END AS memenuhi_40jp_pct,
	   CASE WHEN dinilai >= publik.kelompok_minimum() THEN rata_kompetensi END AS rata_kompetensi,
	   CASE WHEN dinilai >= publik.kelompok_minimum() THEN rata_ip_asn END AS rata_ip_asn,
	   CASE WHEN dinilai >= publik.kelompok_minimum() AND rata_ip_asn IS NOT NULL
			THEN ipasn.kategori(rata_ip_asn) END AS kategori_rata,
	   CASE WHEN NOT kecil THEN publik.jumlah(sangat_tinggi) END AS sangat_tinggi,
	   CASE WHEN NOT kecil THEN publik.jumlah(tinggi) END AS tinggi,
	   CASE WHEN NOT kecil THEN publik.jumlah(sedang) END AS sedang,
	   CASE WHEN NOT kecil THEN publik.jumlah(rendah) END AS rendah,
	   CASE WHEN NOT kecil THEN publik.jumlah(sangat_rendah) END AS sangat_rendah,
	   CASE WHEN NOT kecil THEN publik.jumlah(tidak_lengkap) END AS tidak_lengkap,
	   pub_20jp_pct, pub_40jp_pct, pub_kompetensi, catatan_terbit,
	   CASE WHEN kecil THEN 'kurang dari 5 pegawai: semua angka disembunyikan'
			WHEN dinilai < publik.kelompok_minimum() THEN 'kurang dari 5 pegawai dengan IP ASN lengkap: rata-rata disembunyikan'
		END AS disensor
FROM u;
COMMENT ON VIEW publik.v_unit IS 'The per-unit report as published: counts of 1 to 4 employees NULL (printed "<5"), a unit under 5 employees without figures and a unit under 5 employees with a complete IP ASN without means, the reason in disensor';

CREATE VIEW publik.v_total AS
SELECT t.pegawai, t.ikut_pct, t.memenuhi_20jp_pct, t.memenuhi_40jp_pct, t.rata_kompetensi, t.rata_ip_asn,
	   publik.jumlah(t.sangat_tinggi) AS sangat_tinggi, publik.jumlah(t.tinggi) AS tinggi,
	   publik.jumlah(t.sedang) AS sedang, publik.jumlah(t.rendah) AS rendah,
	   publik.jumlah(t.sangat_rendah) AS sangat_rendah, publik.jumlah(t.tidak_lengkap) AS tidak_lengkap
FROM laporan.v_laporan_total t;
COMMENT ON VIEW publik.v_total IS 'The province''s totals as published (category counts of 1 to 4 employees NULL)';

-- ------------------------------------------------------------ how to raise the index
-- Every ipasn.saran row with points (the disciplinary one left out: it
-- reveals a penalty and asks nothing but time), for employees whose IP ASN
-- is complete; grouped by what it asks, the position kind and the points.
-- Materialized in the data team's schema: it holds groups of any size
-- (v_aksi_unit and v_aksi_provinsi keep those of at least 5), and the
-- dashboard reads it twice.  REFRESH after laporan.v_ip_asn_pegawai.
CREATE MATERIALIZED VIEW laporan.v_saran_kelompok AS
SELECT v.unit_id, v.jabatan, s.komponen, publik.aksi(s.komponen, s.tindakan) AS aksi, s.tambahan,
	   count(*) AS pegawai,
	   avg(CASE WHEN s.komponen = 'jp_teknis'
				THEN replace(substring(s.tindakan FROM '([0-9][0-9,]*) JP'), ',', '.')::numeric END) AS rata_jp_kurang
FROM laporan.v_ip_asn_pegawai v,
	 LATERAL ipasn.saran(v.pendidikan, v.jabatan, v.diklatpim, v.fungsional,
						 v.jp_teknis, v.seminar, v.predikat, v.hukuman) s
WHERE v.total IS NOT NULL AND s.tambahan IS NOT NULL AND s.komponen <> 'disiplin'
GROUP BY 1, 2, 3, 4, 5;
COMMENT ON MATERIALIZED VIEW laporan.v_saran_kelompok IS 'ipasn.saran actions grouped per unit, position kind, action and points (the disciplinary component left out), groups of any size: the step before publik.v_aksi_unit and publik.v_aksi_provinsi';

-- Per unit, the actions ranked by what they add to the unit's mean IP ASN:
-- pegawai x tambahan / employees of the unit with a complete IP ASN.  An
-- action of fewer than 5 employees is not shown.
CREATE VIEW publik.v_aksi_unit AS
WITH dinilai AS (
	SELECT unit_id, count(*) AS dinilai FROM laporan.v_ip_asn_pegawai WHERE total IS NOT NULL GROUP BY unit_id
)
SELECT k.unit_id, u.nama AS unit,
	   row_number() OVER (PARTITION BY k.unit_id ORDER BY k.pegawai * k.tambahan DESC, k.komponen, k.jabatan, k.aksi) AS peringkat,
	   k.jabatan, k.komponen, k.aksi, k.pegawai, k.tambahan,
	   round(k.pegawai * k.tambahan / d.dinilai, 2) AS tambah_rerata,
	   format('%s %s perlu %s: +%s masing-masing, +%s pada rerata unit',
			  publik.angka(k.pegawai), publik.nama_jabatan(k.jabatan), k.aksi,
			  publik.angka(k.tambahan, NULL), publik.angka(round(k.pegawai * k.tambahan / d.dinilai, 2), 2))
		   || CASE WHEN k.rata_jp_kurang IS NOT NULL
				   THEN format(' (rata-rata %s JP lagi)', publik.angka(k.rata_jp_kurang, 0)) ELSE '' END AS kalimat
FROM laporan.v_saran_kelompok k
JOIN dinilai d USING (unit_id)
JOIN simpeg.unit u ON u.id = k.unit_id
WHERE k.pegawai >= publik.kelompok_minimum();
COMMENT ON VIEW publik.v_aksi_unit IS 'Per unit, the actions (ipasn.saran) ranked by the points they add to the unit''s mean IP ASN, each concerning at least 5 employees, with a sentence in plain Indonesian';

CREATE VIEW publik.v_aksi_provinsi AS
WITH k AS (
	SELECT jabatan, komponen, aksi, tambahan, sum(pegawai) AS pegawai,
		   sum(rata_jp_kurang * pegawai) / sum(pegawai) AS rata_jp_kurang
	FROM laporan.v_saran_kelompok GROUP BY 1, 2, 3, 4
),
d AS (SELECT count(*) AS dinilai FROM laporan.v_ip_asn_pegawai WHERE total IS NOT NULL)
SELECT row_number() OVER (ORDER BY k.pegawai * k.tambahan DESC, k.komponen, k.jabatan, k.aksi) AS peringkat,
	   k.jabatan, k.komponen, k.aksi, k.pegawai, k.tambahan,
	   round(k.pegawai * k.tambahan / d.dinilai, 2) AS tambah_rerata,
	   format('%s %s perlu %s: +%s masing-masing, +%s pada rerata provinsi',
			  publik.angka(k.pegawai), publik.nama_jabatan(k.jabatan), k.aksi,
			  publik.angka(k.tambahan, NULL), publik.angka(round(k.pegawai * k.tambahan / d.dinilai, 2), 2))
		   || CASE WHEN k.rata_jp_kurang IS NOT NULL
				   THEN format(' (rata-rata %s JP lagi)', publik.angka(k.rata_jp_kurang, 0)) ELSE '' END AS kalimat
FROM k, d
WHERE k.pegawai >= publik.kelompok_minimum();
COMMENT ON VIEW publik.v_aksi_provinsi IS 'Over the province, the actions (ipasn.saran) ranked by the points they add to the mean IP ASN, each concerning at least 5 employees';

-- ------------------------------------------------------------ records rejected or implausible
-- The reason of a record without the values that could point at a person.
CREATE FUNCTION publik.alasan(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
-- the jalur's key written as words ("pelatihan_teknis" -> "pelatihan teknis")
RETURN replace(regexp_replace(regexp_replace(t, '''[^'']*''|-?[0-9][0-9.:,-]*', '…', 'g'),
							  '\([^)]*…[^)]*\)', '(…)', 'g'), '_', ' ');
COMMENT ON FUNCTION publik.alasan(text) IS 'A record''s problem text with its values (quoted text, numbers, dates) replaced by "…" and keys written as words: the reason, shared by every record it concerns';

CREATE VIEW publik.v_catatan_alasan AS
SELECT 'ditolak'::text AS jenis, publik.alasan(d.masalah) AS alasan, count(*) AS catatan,
	   publik.jumlah(count(DISTINCT d.nip)) AS pegawai
FROM laporan.v_diklat d WHERE d.masalah IS NOT NULL GROUP BY 2
UNION ALL
SELECT 'janggal', publik.alasan(d.janggal), count(*), publik.jumlah(count(DISTINCT d.nip))
FROM laporan.v_diklat d WHERE d.masalah IS NULL AND d.janggal IS NOT NULL GROUP BY 2;
COMMENT ON VIEW publik.v_catatan_alasan IS 'Training records rejected (ipasn.masalah, cleaning) or counted but implausible (ipasn.janggal), by reason over the province: records and employees (NULL when 1 to 4)';

CREATE VIEW publik.v_catatan_unit AS
SELECT u.id AS unit_id, u.nama AS unit,
	   CASE WHEN count(DISTINCT d.nip) FILTER (WHERE d.masalah IS NOT NULL) >= publik.kelompok_minimum()
			THEN count(*) FILTER (WHERE d.masalah IS NOT NULL)
			WHEN count(*) FILTER (WHERE d.masalah IS NOT NULL) = 0 THEN 0 END AS ditolak,
	   publik.jumlah(count(DISTINCT d.nip) FILTER (WHERE d.masalah IS NOT NULL)) AS pegawai_ditolak,
	   CASE WHEN count(DISTINCT d.nip) FILTER (WHERE d.masalah IS NULL AND d.janggal IS NOT NULL) >= publik.kelompok_minimum()
			THEN count(*) FILTER (WHERE d.masalah IS NULL AND d.janggal IS NOT NULL)
			WHEN count(*) FILTER (WHERE d.masalah IS NULL AND d.janggal IS NOT NULL) = 0 THEN 0 END AS janggal,
	   publik.jumlah(count(DISTINCT d.nip) FILTER (WHERE d.masalah IS NULL AND d.janggal IS NOT NULL)) AS pegawai_janggal
FROM simpeg.unit u
JOIN simpeg.pegawai p ON p.unit_id = u.id
JOIN laporan.v_diklat d ON d.nip = p.nip
GROUP BY u.id, u.nama;
COMMENT ON VIEW publik.v_catatan_unit IS 'Per unit, training records rejected and implausible, and the employees they concern; a figure about 1 to 4 employees is NULL';
