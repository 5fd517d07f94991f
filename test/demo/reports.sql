-- ipasn demo — the reports a data team writes over its SIMPEG tables with ipasn.
--
-- Schema laporan: a cleaning view over the raw training records, JP per
-- employee and year, IP ASN per employee, the actions per employee, the
-- per-unit report, the published 2023 figures beside the computed ones, and
-- the records to fix.  The two per-employee results are materialized views
-- (a dashboard reads them many times): REFRESH them after loading data.
--
--   psql -f test/demo/reports.sql      (needs CREATE EXTENSION ipasn, schema.sql)
--
-- These views hold personal data (NIP, names, penalties, performance) and run
-- with their owner's rights: grant them to the data team only.  A unit's
-- administrator gets the views of schema laporan_unit, which show only that
-- unit's employees: test/demo/rls.sql (row-level security recipe) and
-- doc/privacy.md (what UU 27/2022 asks of an agency that publishes these; the
-- aggregates that may be published are schema publik, test/demo/publik.sql).
\set ON_ERROR_STOP 1
DROP SCHEMA IF EXISTS laporan CASCADE;
CREATE SCHEMA laporan;

-- ------------------------------------------------------------ the period
-- The report year, the as_of date of IP ASN, and the JP targets of the
-- rule set in force (setting ipasn.aturan; ipasn.target_jp(): 20 JP, PP
-- 11/2017 art. 203; ipasn.target_jp_tinggi(): 40 JP, Instruksi Sekda DKI
-- Jakarta 29/2023).
CREATE VIEW laporan.periode AS
SELECT 2023 AS tahun,
	   date '2023-12-31' AS as_of,
	   ipasn.target_jp() AS target_jp,
	   ipasn.target_jp_tinggi() AS target_jp_tinggi;
COMMENT ON VIEW laporan.periode IS 'Report year, IP ASN as_of date, and the JP targets of the rule set in force';

-- ------------------------------------------------------------ cleaning
-- One row per raw record: the jalur and lingkup read from the text, the
-- hours read by ipasn.teks_jumlah ('24', '24 JP', '8 jam', '12,5'; blank is
-- no value, and so is SIMPEG's '-'), the amount those hours give by
-- ipasn.jumlah_jam (the hours where the jalur counts JP; a seminar counts
-- its days from the dates, a coaching one activity), the duplicate check,
-- and the problem, if any.  masalah IS NULL is a record the reports use.
-- A text teks_jumlah cannot read stops the refresh with an error naming it
-- (22P02): fix that row, as the trigger would have refused it.
CREATE MATERIALIZED VIEW laporan.v_diklat AS
SELECT r.id, r.nip, r.jenis, r.nama_diklat, r.jumlah_jam, r.tgl_mulai, r.tgl_selesai,
	   extract(year FROM coalesce(r.tgl_selesai, r.tgl_mulai))::integer AS tahun,
	   r.jalur, r.lingkup, r.jam, r.jumlah,
	   CASE
		 WHEN r.jalur IS NULL THEN format('jenis diklat %s tidak dikenal', coalesce(quote_literal(r.jenis), 'kosong'))
		 WHEN r.id <> r.pertama THEN format('duplikat dari catatan %s', r.pertama)
		 ELSE ipasn.masalah(r.jalur, r.lingkup, r.jumlah, r.tgl_mulai, r.tgl_selesai)
	   END AS masalah,
	   -- counted, but not plausible: the list to check with the unit
	   CASE WHEN r.jalur IS NOT NULL AND r.id = r.pertama
			THEN ipasn.janggal(r.jalur, r.lingkup, r.jumlah, r.tgl_mulai, r.tgl_selesai) END AS janggal
FROM (SELECT d.id, d.nip, d.jenis, d.nama_diklat, d.jumlah_jam, d.tgl_mulai, d.tgl_selesai,
			 j.jalur, j.lingkup, j.jam,
			 -- a negative number is no hours (jumlah_jam refuses it): kept
			 -- as it is, for ipasn.masalah to name
			 CASE WHEN j.jam < 0 THEN j.jam ELSE ipasn.jumlah_jam(j.jalur, j.jam) END AS jumlah,
			 -- the same certificate entered twice: keep the first
			 min(d.id) OVER (PARTITION BY d.nip, d.tgl_mulai, d.tgl_selesai, d.jenis,
									  d.nama_diklat, d.jumlah_jam) AS pertama
	  FROM simpeg.riwayat_diklat d,
		   LATERAL (SELECT ipasn.parse_jalur_or_null(d.jenis) AS jalur,
						   CASE WHEN d.lingkup ~* 'inter|luar' THEN 'internasional'
								ELSE 'nasional' END::ipasn.lingkup AS lingkup,
						   ipasn.teks_jumlah(nullif(btrim(d.jumlah_jam), '-')) AS jam
				   OFFSET 0) j) r
WITH NO DATA;
CREATE INDEX ON laporan.v_diklat (nip);
COMMENT ON MATERIALIZED VIEW laporan.v_diklat IS 'Training records read with ipasn: jalur, lingkup, the hours (ipasn.teks_jumlah) and the amount they give (ipasn.jumlah_jam), what is wrong (masalah; NULL = usable) and, for a usable record, why it looks implausible (ipasn.janggal; counted all the same)';

-- ------------------------------------------------------------ JP per employee and year
CREATE MATERIALIZED VIEW laporan.v_jp_pegawai AS
SELECT d.nip, d.tahun,
	   ipasn.jp_total(d.jalur, d.lingkup, d.jumlah, d.tgl_mulai, d.tgl_selesai)
		   FILTER (WHERE d.masalah IS NULL) AS jp,
	   count(*) FILTER (WHERE d.masalah IS NULL) AS catatan,
	   count(*) FILTER (WHERE d.masalah IS NOT NULL) AS ditolak
FROM laporan.v_diklat d
WHERE d.tahun IS NOT NULL
GROUP BY d.nip, d.tahun
WITH NO DATA;
CREATE UNIQUE INDEX ON laporan.v_jp_pegawai (nip, tahun);
COMMENT ON MATERIALIZED VIEW laporan.v_jp_pegawai IS 'JP per employee and year (year of selesai), caps across records (ipasn.jp_total) over the usable records';

-- ------------------------------------------------------------ IP ASN per employee
CREATE MATERIALIZED VIEW laporan.v_ip_asn_pegawai AS
WITH per AS (SELECT * FROM laporan.periode),
profil AS (
	SELECT d.nip,
		   ipasn.profil_bangkom(d.jalur, d.lingkup, d.jumlah, d.tgl_mulai, d.tgl_selesai, per.as_of) AS b
	FROM laporan.v_diklat d, per
	WHERE d.masalah IS NULL
	GROUP BY d.nip
),
pim AS (
	SELECT nip, max(ipasn.parse_diklatpim_or_null(jenis)) AS diklatpim
	FROM simpeg.riwayat_diklatpim GROUP BY nip
),
hukdis AS (
	SELECT h.nip, ipasn.hukuman_terberat(ipasn.parse_hukuman_or_null(h.jenis), h.tanggal_sk, per.as_of) AS hukuman
	FROM simpeg.hukuman_disiplin h, per GROUP BY h.nip
),
masukan AS (
	SELECT p.nip, p.nama, p.unit_id, u.nama AS unit, p.nama_jabatan,
		   ipasn.parse_pendidikan_or_null(p.pendidikan_terakhir) AS pendidikan,
		   coalesce(ipasn.parse_jabatan_or_null(p.eselon), ipasn.parse_jabatan_or_null(p.jenis_jabatan)) AS jabatan,
		   pim.diklatpim,
		   coalesce((pr.b).fungsional, false) OR ipasn.fungsional_dikecualikan(p.nama_jabatan) AS fungsional,
		   coalesce((pr.b).jp_teknis, 0) AS jp_teknis,
		   coalesce((pr.b).seminar, false) AS seminar,
		   coalesce((pr.b).jp, 0) AS jp,
		   s.predikat,
		   hukdis.hukuman
	FROM simpeg.pegawai p
	JOIN simpeg.unit u ON u.id = p.unit_id
	CROSS JOIN per
	LEFT JOIN profil pr ON pr.nip = p.nip
	LEFT JOIN pim ON pim.nip = p.nip
	LEFT JOIN hukdis ON hukdis.nip = p.nip
	LEFT JOIN simpeg.skp s ON s.nip = p.nip AND s.tahun = per.tahun
)
SELECT m.*, h.kualifikasi, h.kompetensi, h.kinerja, h.disiplin, h.total, h.kategori
FROM masukan m,
	 LATERAL ipasn.ip_asn(m.pendidikan, m.jabatan, m.diklatpim, m.fungsional,
						  m.jp_teknis, m.seminar, m.predikat, m.hukuman) h
WITH NO DATA;
CREATE UNIQUE INDEX ON laporan.v_ip_asn_pegawai (nip);
CREATE INDEX ON laporan.v_ip_asn_pegawai (unit_id);
COMMENT ON MATERIALIZED VIEW laporan.v_ip_asn_pegawai IS 'IP ASN per employee at the as_of date: the inputs read from SIMPEG, the four dimensions, total and category (NULL where SIMPEG lacks education, position or SKP)';

-- ------------------------------------------------------------ actions per employee
CREATE VIEW laporan.v_saran AS
SELECT v.nip, v.nama, v.unit_id, v.unit, v.total, v.kategori, s.komponen, s.tambahan, s.tindakan
FROM laporan.v_ip_asn_pegawai v,
	 LATERAL ipasn.saran(v.pendidikan, v.jabatan, v.diklatpim, v.fungsional,
						 v.jp_teknis, v.seminar, v.predikat, v.hukuman) s;
COMMENT ON VIEW laporan.v_saran IS 'What each employee can do next to raise IP ASN (ipasn.saran), most points first';

-- ------------------------------------------------------------ per unit
CREATE VIEW laporan.v_laporan_unit AS
WITH per AS (SELECT * FROM laporan.periode),
peg AS (
	SELECT v.unit_id, v.unit, v.kompetensi, v.total, v.kategori, coalesce(j.jp, 0) AS jp
	FROM laporan.v_ip_asn_pegawai v
	CROSS JOIN per
	LEFT JOIN laporan.v_jp_pegawai j ON j.nip = v.nip AND j.tahun = per.tahun
)
SELECT peg.unit_id, peg.unit,
	   count(*) AS pegawai,
	   count(*) FILTER (WHERE peg.jp > 0) AS ikut,
	   round(100.0 * count(*) FILTER (WHERE peg.jp > 0) / count(*), 2) AS ikut_pct,
	   count(*) FILTER (WHERE peg.jp >= per.target_jp) AS memenuhi_20jp,
	   round(100.0 * count(*) FILTER (WHERE peg.jp >= per.target_jp) / count(*), 2) AS memenuhi_20jp_pct,
	   count(*) FILTER (WHERE peg.jp >= per.target_jp_tinggi) AS memenuhi_40jp,
	   round(100.0 * count(*) FILTER (WHERE peg.jp >= per.target_jp_tinggi) / count(*), 2) AS memenuhi_40jp_pct,
	   round(avg(peg.kompetensi), 2) AS rata_kompetensi,
	   round(avg(peg.total), 2) AS rata_ip_asn,
	   count(*) FILTER (WHERE peg.kategori = 'sangat_tinggi') AS sangat_tinggi,
	   count(*) FILTER (WHERE peg.kategori = 'tinggi') AS tinggi,
	   count(*) FILTER (WHERE peg.kategori = 'sedang') AS sedang,
	   count(*) FILTER (WHERE peg.kategori = 'rendah') AS rendah,
	   count(*) FILTER (WHERE peg.kategori = 'sangat_rendah') AS sangat_rendah,
	   count(*) FILTER (WHERE peg.kategori IS NULL) AS tidak_lengkap
FROM peg CROSS JOIN per
GROUP BY peg.unit_id, peg.unit, per.target_jp, per.target_jp_tinggi;
COMMENT ON VIEW laporan.v_laporan_unit IS 'Per unit: employees, took part / met 20 JP / met 40 JP in the report year (count, percent), average competency dimension and IP ASN, employees per category';

-- The same over the whole province (the totals row).
CREATE VIEW laporan.v_laporan_total AS
SELECT sum(pegawai) AS pegawai,
	   sum(ikut) AS ikut, round(100.0 * sum(ikut) / sum(pegawai), 2) AS ikut_pct,
	   sum(memenuhi_20jp) AS memenuhi_20jp, round(100.0 * sum(memenuhi_20jp) / sum(pegawai), 2) AS memenuhi_20jp_pct,
	   sum(memenuhi_40jp) AS memenuhi_40jp, round(100.0 * sum(memenuhi_40jp) / sum(pegawai), 2) AS memenuhi_40jp_pct,
	   (SELECT round(avg(kompetensi), 2) FROM laporan.v_ip_asn_pegawai) AS rata_kompetensi,
	   (SELECT round(avg(total), 2) FROM laporan.v_ip_asn_pegawai) AS rata_ip_asn,
	   sum(sangat_tinggi) AS sangat_tinggi, sum(tinggi) AS tinggi, sum(sedang) AS sedang,
	   sum(rendah) AS rendah, sum(sangat_rendah) AS sangat_rendah, sum(tidak_lengkap) AS tidak_lengkap
FROM laporan.v_laporan_unit;
COMMENT ON VIEW laporan.v_laporan_total IS 'The per-unit report summed over all units (averages over all employees)';

-- ------------------------------------------------------------ published beside computed
-- A published figure is checked before it is trusted: the competency
-- dimension is on a 0-40 scale, percents on 0-100, counts at most the staff.
CREATE VIEW laporan.v_banding_publikasi AS
SELECT l.unit_id, l.unit,
	   p.memenuhi_20jp_pct AS pub_20jp_pct, l.memenuhi_20jp_pct AS hit_20jp_pct,
	   p.memenuhi_40jp_pct AS pub_40jp_pct, l.memenuhi_40jp_pct AS hit_40jp_pct,
	   p.ip_kompetensi AS pub_kompetensi, l.rata_kompetensi AS hit_kompetensi,
	   -- numbers written the Indonesian way (52,66), as the reports print them
	   translate(concat_ws('; ',
		   CASE WHEN p.ip_kompetensi NOT BETWEEN 0 AND 40
				THEN format('kompetensi terbit %s di luar skala 0-40', p.ip_kompetensi) END,
		   CASE WHEN p.ikut_bangkom > p.total_pegawai OR p.memenuhi_20jp > p.ikut_bangkom
					 OR p.memenuhi_40jp > p.memenuhi_20jp
				THEN 'jumlah terbit tidak konsisten' END,
		   CASE WHEN abs(round(100.0 * p.ikut_bangkom / p.total_pegawai, 2) - p.ikut_bangkom_pct) > 0.05
				THEN format('persen ikut terbit %s, dari jumlahnya %s', p.ikut_bangkom_pct,
							round(100.0 * p.ikut_bangkom / p.total_pegawai, 2)) END,
		   CASE WHEN abs(round(100.0 * p.memenuhi_20jp / p.total_pegawai, 2) - p.memenuhi_20jp_pct) > 0.05
				THEN format('persen 20 JP terbit %s, dari jumlahnya %s', p.memenuhi_20jp_pct,
							round(100.0 * p.memenuhi_20jp / p.total_pegawai, 2)) END,
		   CASE WHEN abs(round(100.0 * p.memenuhi_40jp / p.total_pegawai, 2) - p.memenuhi_40jp_pct) > 0.05
				THEN format('persen 40 JP terbit %s, dari jumlahnya %s', p.memenuhi_40jp_pct,
							round(100.0 * p.memenuhi_40jp / p.total_pegawai, 2)) END), '.', ',') AS catatan
FROM laporan.v_laporan_unit l
JOIN simpeg.unit u ON u.id = l.unit_id
-- 'nation' repeats the units per region: compare each with its province unit
LEFT JOIN referensi.unit_2023 p ON p.unit = regexp_replace(u.nama, ' \(Wilayah \d+\)$', '');
COMMENT ON VIEW laporan.v_banding_publikasi IS 'Published 2023 figures (BPSDM DKI Jakarta) beside the computed ones, with the published values that fail a plausibility check';

-- ------------------------------------------------------------ records to fix
CREATE VIEW laporan.v_catatan_bermasalah AS
SELECT d.id, d.nip, p.nama, u.nama AS unit, d.jenis, d.nama_diklat, d.jumlah_jam,
	   d.tgl_mulai, d.tgl_selesai, d.masalah
FROM laporan.v_diklat d
LEFT JOIN simpeg.pegawai p ON p.nip = d.nip
LEFT JOIN simpeg.unit u ON u.id = p.unit_id
WHERE d.masalah IS NOT NULL;
COMMENT ON VIEW laporan.v_catatan_bermasalah IS 'Training records the reports leave out, with what is wrong (ipasn.masalah or the cleaning step): the list to send back to the units';


-- ------------------------------------------------------------ records to check
CREATE VIEW laporan.v_catatan_janggal AS
SELECT d.id, d.nip, p.nama, u.nama AS unit, d.jenis, d.nama_diklat, d.jumlah_jam,
	   d.tgl_mulai, d.tgl_selesai, d.janggal
FROM laporan.v_diklat d
LEFT JOIN simpeg.pegawai p ON p.nip = d.nip
LEFT JOIN simpeg.unit u ON u.id = p.unit_id
WHERE d.masalah IS NULL AND d.janggal IS NOT NULL;
COMMENT ON VIEW laporan.v_catatan_janggal IS 'Training records the reports count but that look implausible (ipasn.janggal): the list to check with the units';
