-- ipasn demo — BKN's figures: a generated snapshot of what BKN computes from
-- SIASN, and the reconciliation with the agency's own figures.
--
--   psql -f test/demo/bkn.sql     (after reports.sql and publik.sql, refreshed)
--
-- BKN computes IP ASN from SIASN, not from the agency's SIMPEG; SIASN often
-- lacks a record the agency holds.  The snapshot is built as BKN would
-- compute it from a SIASN that, for a share of employees, lacks (independent
-- draws, deterministic per NIP):
--   * the seminar or workshop: 20% of the employees who attended one;
--   * a teknis training: 15% of the employees with teknis JP; the missing
--     training is 24 JP, or half their JP when that is more;
--   * the latest education: 7% of the employees; SIASN holds the level below;
--   * the SKP of the report year: 5% of the employees; BKN counts kinerja 0;
-- and, the other way round, holds a seminar the agency's SIMPEG lacks for 1%
-- of the employees without one (BKN's figure higher).  The snapshot covers
-- the employees whose agency figure is complete (education, position and
-- SKP known).  It is stored as the SIASN web service answers it (GET
-- /pns/nilaiipasn/{nip}: dimension totals as strings, `subtotal` the total,
-- `created_at` the snapshot time), one jsonb per employee; what was taken out
-- is kept in bkn.sebab_generator, to check the reconciliation against.
\set ON_ERROR_STOP 1
DROP SCHEMA IF EXISTS bkn CASCADE;
CREATE SCHEMA bkn;
COMMENT ON SCHEMA bkn IS 'BKN''s IP ASN figures as received (SIASN web service answers), generated for the demo';

CREATE TABLE bkn.nilai_ipasn (
	nip varchar(18) PRIMARY KEY,
	jawaban jsonb NOT NULL
);
COMMENT ON TABLE bkn.nilai_ipasn IS 'The SIASN web service''s answer to GET /pns/nilaiipasn/{nip}, one per employee, as received';

CREATE TABLE bkn.sebab_generator (
	nip varchar(18) PRIMARY KEY,
	siasn_tanpa text[] NOT NULL
);
COMMENT ON TABLE bkn.sebab_generator IS 'What the demo''s generator left out of SIASN per employee (seminar, teknis, pendidikan, skp; seminar_lebih = SIASN holds a seminar SIMPEG lacks): the truth the reconciliation should find';

-- a draw in [0, 1) from the NIP and a key: the same for every run and order
CREATE FUNCTION bkn.undian(nip text, kunci text) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN ('x0' || substr(md5(nip || ':' || kunci), 1, 7))::bit(32)::integer / 268435456.0;
COMMENT ON FUNCTION bkn.undian(text, text) IS 'A deterministic draw in [0, 1) from a NIP and a key (the generator''s random numbers)';

CREATE TEMP TABLE gen_bkn AS
SELECT v.nip, v.jabatan, v.diklatpim, v.fungsional, v.predikat, v.hukuman, v.pendidikan, v.jp_teknis, v.seminar,
	   v.seminar AND bkn.undian(v.nip, 'seminar') < 0.20 AS tanpa_seminar,
	   v.jp_teknis > 0 AND bkn.undian(v.nip, 'teknis') < 0.15 AS tanpa_teknis,
	   bkn.undian(v.nip, 'pendidikan') < 0.07 AND v.pendidikan > 'tidak_sekolah' AS tanpa_pendidikan,
	   bkn.undian(v.nip, 'skp') < 0.05 AS tanpa_skp,
	   NOT v.seminar AND bkn.undian(v.nip, 'seminar_lebih') < 0.01 AS seminar_lebih
FROM laporan.v_ip_asn_pegawai v
WHERE v.total IS NOT NULL;

INSERT INTO bkn.sebab_generator
SELECT nip, array_remove(ARRAY[CASE WHEN tanpa_seminar THEN 'seminar' END, CASE WHEN tanpa_teknis THEN 'teknis' END,
							   CASE WHEN tanpa_pendidikan THEN 'pendidikan' END, CASE WHEN tanpa_skp THEN 'skp' END,
							   CASE WHEN seminar_lebih THEN 'seminar_lebih' END], NULL)
FROM gen_bkn
WHERE tanpa_seminar OR tanpa_teknis OR tanpa_pendidikan OR tanpa_skp OR seminar_lebih;

-- BKN writes "22.5", "15": a decimal point, no trailing zeros
CREATE FUNCTION bkn.teks(v numeric) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN v = trunc(v) THEN trunc(v)::text ELSE rtrim(v::text, '0') END;
COMMENT ON FUNCTION bkn.teks(numeric) IS 'A number as the SIASN web service writes it ("22.5", "15")';

INSERT INTO bkn.nilai_ipasn
SELECT g.nip,
	   jsonb_build_object('success', true, 'message', 'success',
		   'data', jsonb_build_object(
			   'kualifikasi', bkn.teks(h.kualifikasi),
			   'kompetensi', bkn.teks(h.kompetensi),
			   'kinerja', bkn.teks(k.kinerja),
			   'disiplin', bkn.teks(h.disiplin),
			   'subtotal', bkn.teks(h.kualifikasi + h.kompetensi + k.kinerja + h.disiplin),
			   'created_at', '2024-01-15 07:30:00'))
FROM gen_bkn g,
	 LATERAL (SELECT CASE WHEN g.tanpa_pendidikan THEN
				 CASE g.pendidikan WHEN 's3' THEN 's2' WHEN 's2' THEN 's1' WHEN 's1' THEN 'd3' WHEN 'd4' THEN 'd3'
								   WHEN 'd3' THEN 'slta' WHEN 'd2' THEN 'slta' WHEN 'd1' THEN 'slta'
								   WHEN 'slta' THEN 'sltp' WHEN 'sltp' THEN 'sd' ELSE 'tidak_sekolah' END::ipasn.pendidikan
				 ELSE g.pendidikan END AS pendidikan,
				 CASE WHEN g.tanpa_teknis THEN greatest(0, least(g.jp_teknis - 24, floor(g.jp_teknis / 2)))
					  ELSE g.jp_teknis END AS jp_teknis,
				 CASE WHEN g.tanpa_seminar THEN false WHEN g.seminar_lebih THEN true ELSE g.seminar END AS seminar) s,
	 LATERAL ipasn.ip_asn(s.pendidikan, g.jabatan, g.diklatpim, g.fungsional, s.jp_teknis, s.seminar,
						  g.predikat, g.hukuman) h,
	 LATERAL (SELECT CASE WHEN g.tanpa_skp THEN 0 ELSE h.kinerja END AS kinerja) k;
DROP TABLE gen_bkn;
ANALYZE bkn.nilai_ipasn, bkn.sebab_generator;

-- ------------------------------------------------------------ reconciliation
-- Per employee and dimension where BKN's figure differs from the agency's:
-- ipasn.rekonsiliasi reads BKN's figure back into the parts BKN counted and
-- says what to send to SIASN.  Personal data: the data team's view.
-- Materialized (the per-unit views read it many times): REFRESH it, then
-- laporan.v_bkn_pegawai, after a new snapshot or a refresh of v_ip_asn_pegawai.
CREATE MATERIALIZED VIEW laporan.v_rekonsiliasi AS
SELECT v.nip, v.unit_id, v.unit, r.dimensi, r.instansi, r.bkn, r.selisih, r.bacaan_bkn, r.tindakan,
	   -- the kind of record, without the person's values ("(pendidikan terakhir S1)")
	   regexp_replace(r.tindakan, ' \([^)]*\)', '', 'g') AS jenis
FROM laporan.v_ip_asn_pegawai v
JOIN bkn.nilai_ipasn b ON b.nip = v.nip,
	 LATERAL ipasn.rekonsiliasi(v.pendidikan, v.jabatan, v.diklatpim, v.fungsional, v.jp_teknis, v.seminar,
								v.predikat, v.hukuman, ipasn.nilai_bkn(b.jawaban)) r;
CREATE INDEX ON laporan.v_rekonsiliasi (nip);
CREATE INDEX ON laporan.v_rekonsiliasi (unit_id);
COMMENT ON MATERIALIZED VIEW laporan.v_rekonsiliasi IS 'Per employee, each dimension where BKN''s IP ASN differs from the agency''s (ipasn.rekonsiliasi): BKN''s reading and the record to send to SIASN';

-- Per employee: the agency's total, BKN's, and BKN's after the records are
-- sent (every gap where BKN is lower closed; a higher BKN figure stays: it
-- says the agency's own record is missing).
CREATE MATERIALIZED VIEW laporan.v_bkn_pegawai AS
SELECT v.nip, v.unit_id, v.total AS instansi, n.total AS bkn,
	   n.total - coalesce(sum(r.selisih) FILTER (WHERE r.selisih < 0), 0) AS bkn_setelah_kirim,
	   count(r.dimensi) FILTER (WHERE r.selisih < 0) AS kirim,
	   count(r.dimensi) FILTER (WHERE r.selisih > 0) AS bkn_lebih
FROM laporan.v_ip_asn_pegawai v
JOIN bkn.nilai_ipasn b ON b.nip = v.nip
CROSS JOIN LATERAL ipasn.nilai_bkn(b.jawaban) n
LEFT JOIN laporan.v_rekonsiliasi r ON r.nip = v.nip
GROUP BY v.nip, v.unit_id, v.total, n.total;
CREATE UNIQUE INDEX ON laporan.v_bkn_pegawai (nip);
COMMENT ON MATERIALIZED VIEW laporan.v_bkn_pegawai IS 'Per employee: IP ASN by the agency''s data, by BKN, and by BKN once the records ipasn.rekonsiliasi names are sent to SIASN';

-- Per unit (and the province, unit_id NULL): the agency's mean beside BKN's,
-- the records to send and BKN's mean after sending them.  Means over the
-- employees BKN gives a figure for; a unit of fewer than 5 such employees
-- shows none, a count of 1 to 4 employees is NULL.
CREATE VIEW publik.v_rekonsiliasi_unit AS
SELECT b.unit_id, coalesce(u.nama, 'JUMLAH / RATA-RATA') AS unit,
	   publik.jumlah(count(*)) AS pegawai,
	   CASE WHEN count(*) >= publik.kelompok_minimum() THEN round(avg(b.instansi), 2) END AS rata_instansi,
	   CASE WHEN count(*) >= publik.kelompok_minimum() THEN round(avg(b.bkn), 2) END AS rata_bkn,
	   CASE WHEN count(*) >= publik.kelompok_minimum() THEN round(avg(b.bkn) - avg(b.instansi), 2) END AS selisih,
	   publik.jumlah(count(*) FILTER (WHERE b.kirim > 0)) AS pegawai_kirim,
	   CASE WHEN publik.jumlah(count(*) FILTER (WHERE b.kirim > 0)) IS NOT NULL THEN sum(b.kirim) END AS catatan_kirim,
	   CASE WHEN count(*) >= publik.kelompok_minimum() THEN round(avg(b.bkn_setelah_kirim), 2) END AS rata_bkn_setelah,
	   publik.jumlah(count(*) FILTER (WHERE b.bkn_lebih > 0)) AS pegawai_bkn_lebih
FROM laporan.v_bkn_pegawai b
LEFT JOIN simpeg.unit u ON u.id = b.unit_id
GROUP BY GROUPING SETS ((b.unit_id, u.nama), ());
COMMENT ON VIEW publik.v_rekonsiliasi_unit IS 'Per unit and for the province (unit_id NULL): mean IP ASN by the agency''s data and by BKN, the employees and records to send to SIASN, BKN''s mean once they are sent, and the employees whose BKN figure is higher (the agency''s record missing); figures about 1 to 4 employees NULL';

-- Per unit (and the province, unit_id NULL), the records to send by kind,
-- ranked by the points they add to BKN's mean; kinds of fewer than 5
-- employees are not shown.
CREATE VIEW publik.v_rekonsiliasi_jenis AS
WITH n AS (
	SELECT unit_id, count(*) AS pegawai FROM laporan.v_bkn_pegawai GROUP BY GROUPING SETS ((unit_id), ())
),
j AS (
	SELECT r.unit_id, r.dimensi, r.jenis, count(*) AS catatan, count(DISTINCT r.nip) AS pegawai, -sum(r.selisih) AS poin
	FROM laporan.v_rekonsiliasi r
	WHERE r.selisih < 0
	GROUP BY GROUPING SETS ((r.unit_id, r.dimensi, r.jenis), (r.dimensi, r.jenis))
)
SELECT j.unit_id, j.dimensi, j.jenis, j.catatan, j.pegawai,
	   round(j.poin / n.pegawai, 2) AS tambah_rerata_bkn,
	   row_number() OVER (PARTITION BY j.unit_id ORDER BY j.poin DESC, j.jenis) AS peringkat
FROM j JOIN n ON n.unit_id IS NOT DISTINCT FROM j.unit_id
WHERE j.pegawai >= publik.kelompok_minimum();
COMMENT ON VIEW publik.v_rekonsiliasi_jenis IS 'Per unit and for the province (unit_id NULL), the records to send to SIASN by kind (ipasn.rekonsiliasi''s tindakan without the person''s values), ranked by the points they add to BKN''s mean; kinds of fewer than 5 employees left out';

-- The generator's truth beside what the reconciliation found: every
-- employee whose BKN figure differs has a cause the generator put there.
CREATE VIEW laporan.v_rekonsiliasi_cek AS
SELECT count(*) FILTER (WHERE g.nip IS NOT NULL AND b.kirim + b.bkn_lebih > 0) AS sebab_ditemukan,
	   count(*) FILTER (WHERE g.nip IS NOT NULL AND b.kirim + b.bkn_lebih = 0) AS sebab_tanpa_selisih,
	   count(*) FILTER (WHERE g.nip IS NULL AND b.kirim + b.bkn_lebih > 0) AS selisih_tanpa_sebab
FROM laporan.v_bkn_pegawai b
LEFT JOIN bkn.sebab_generator g ON g.nip = b.nip;
COMMENT ON VIEW laporan.v_rekonsiliasi_cek IS 'The generator''s causes beside the reconciliation: employees whose cause changed the figure and was found, causes that changed nothing (e.g. teknis JP still 20 or more), and differences without a cause (should be 0)';
