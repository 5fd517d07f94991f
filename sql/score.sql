-- score: IP ASN dimension scores, total, category and saran (PermenPANRB 38/2018; README: Reference).
-- Every expected value is worked by hand from PermenPANRB 38/2018; the rule is cited.
\pset null '(null)'

-- error wrapper: SQLSTATE, message and hint of a failing statement
CREATE FUNCTION pg_temp.galat(q text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	h text;
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT;
	RETURN SQLSTATE || ': ' || SQLERRM || CASE WHEN h <> '' THEN E'\nHINT: ' || h ELSE '' END;
END
$$;

-- ---------------------------------------------------------------- rule set
-- the setting is defined when the library loads (first ipasn C call)
SELECT ipasn.skor_disiplin(NULL) AS muat;
SHOW ipasn.aturan;
SELECT aturan, target_jp, target_jp_tinggi, jendela_jp_tahun, jendela_seminar_tahun,
	   jendela_hukuman_tahun, induk, bawaan
  FROM ipasn.aturan_ipasn ORDER BY aturan;
-- default set: every jalur but pendidikan is jp (25 rows); 10 seminar; 1 fungsional
-- siasn: T = pelatihan_teknis, F = pelatihan_fungsional, P = 5 seminar-like
SELECT aturan, komponen, count(*) AS jalur, string_agg(jalur::text, ' ' ORDER BY jalur) FILTER (WHERE komponen <> 'jp' OR aturan = 'siasn') AS daftar
  FROM ipasn.aturan_komponen GROUP BY aturan, komponen ORDER BY aturan, komponen;
SELECT aturan, predikat, skor FROM ipasn.aturan_kinerja ORDER BY aturan, skor DESC, predikat;

-- ---------------------------------------------------------------- kualifikasi
-- §3: s3 25; s2 20; s1 or d4 15; d3 10; d2, d1 or slta 5; below slta 1
SELECT p AS pendidikan, ipasn.skor_kualifikasi(p) AS skor
  FROM unnest(enum_range(NULL::ipasn.pendidikan)) AS p ORDER BY p;
SELECT ipasn.skor_kualifikasi(NULL) AS strict_null;
SELECT ipasn.skor_kualifikasi(pendidikan => 's2') AS named;

-- ---------------------------------------------------------------- kompetensi
-- leadership part alone (no fungsional, 0 JP, no seminar): 15 when the level
-- attained is at least the one required (jpt_utama/madya pkn_i, jpt_pratama
-- pkn_ii, administrator pka, pengawas pkp); never for fungsional/pelaksana
SELECT j AS jabatan,
	   string_agg(coalesce(d::text, 'none') || '=' || ipasn.skor_kompetensi(j, d, false, 0, false),
				  ' ' ORDER BY d NULLS FIRST) AS skor
  FROM unnest(enum_range(NULL::ipasn.jabatan)) AS j,
	   (SELECT NULL::ipasn.diklatpim AS d UNION ALL
		SELECT unnest(enum_range(NULL::ipasn.diklatpim))) AS dd
 GROUP BY j ORDER BY j;
-- fungsional part: 15 for a fungsional position only
SELECT j AS jabatan, ipasn.skor_kompetensi(j, NULL, true, 0, false) AS fungsional_only
  FROM unnest(enum_range(NULL::ipasn.jabatan)) AS j ORDER BY j;
-- JP part: 15 at >= 20 JP (pelaksana 22.5), 0 below: threshold, not pro-rata;
-- seminar part: 10 (pelaksana 17.5)
SELECT j AS jabatan,
	   ipasn.skor_kompetensi(j, NULL, NULL, 19.99, NULL) AS jp_19_99,
	   ipasn.skor_kompetensi(j, NULL, NULL, 20, NULL) AS jp_20,
	   ipasn.skor_kompetensi(j, NULL, NULL, NULL, true) AS seminar_only,
	   ipasn.skor_kompetensi(j, 'pkn_i', true, 20, true) AS semua
  FROM unnest(enum_range(NULL::ipasn.jabatan)) AS j ORDER BY j;
-- pelaksana with 19.5 JP: 0 for the JP component, 17.5 for the seminar -> 17.50
SELECT ipasn.skor_kompetensi('pelaksana', NULL, NULL, 19.5, true) AS pelaksana_19_5;
-- NULL handling: NULL jabatan -> NULL; NULL diklatpim/fungsional/seminar = none,
-- NULL jp_teknis = 0 -> pengawas 0
SELECT ipasn.skor_kompetensi(NULL, 'pkp', true, 20, true) AS jabatan_null,
	   ipasn.skor_kompetensi('pengawas', NULL, NULL, NULL, NULL) AS semua_null,
	   ipasn.skor_kompetensi(jabatan => 'fungsional', diklatpim => NULL, fungsional => true,
							 jp_teknis => 1e15, seminar => false) AS named_huge_jp;
-- bad jp_teknis: 22023 (checked even when jabatan is NULL)
SELECT pg_temp.galat($$SELECT ipasn.skor_kompetensi('pelaksana', NULL, NULL, -1, NULL)$$);
SELECT pg_temp.galat($$SELECT ipasn.skor_kompetensi(NULL, NULL, NULL, -0.001, NULL)$$);
SELECT pg_temp.galat($$SELECT ipasn.skor_kompetensi('pelaksana', NULL, NULL, 20.001, NULL)$$);
SELECT pg_temp.galat($$SELECT ipasn.skor_kompetensi('pelaksana', NULL, NULL, 'NaN', NULL)$$);

-- ---------------------------------------------------------------- kinerja
-- §3 half-open bands: > 90 30; > 75 25; > 60 15; > 50 5; otherwise 1
SELECT v AS nilai, ipasn.skor_kinerja(v) AS skor
  FROM unnest(ARRAY[0, 50, 50.5, 51, 60, 61, 75, 75.5, 76, 90, 90.001, 90.5, 91, 100]::numeric[]) AS v
 ORDER BY v;
SELECT pg_temp.galat($$SELECT ipasn.skor_kinerja(-1::numeric)$$);
SELECT pg_temp.galat($$SELECT ipasn.skor_kinerja(100.5)$$);
SELECT pg_temp.galat($$SELECT ipasn.skor_kinerja(100.0001)$$);
SELECT pg_temp.galat($$SELECT ipasn.skor_kinerja('NaN'::numeric)$$);
-- predicates (PermenPANRB 6/2022): sangat baik 30, baik 25, butuh perbaikan 15,
-- kurang (kurang/misconduct) 5, sangat kurang 1; case/space/punctuation ignored
SELECT t AS predikat, ipasn.skor_kinerja(t) AS skor
  FROM unnest(ARRAY['sangat baik', 'Sangat Baik', 'SANGAT-BAIK', ' sangat  baik. ',
					'baik', 'Butuh Perbaikan', 'kurang', 'Kurang / Misconduct',
					'kurang/misconduct', 'sangat kurang', 'SangatKurang']) WITH ORDINALITY AS u(t, i)
 ORDER BY i;
SELECT pg_temp.galat($$SELECT ipasn.skor_kinerja('istimewa'::text)$$);
SELECT pg_temp.galat($$SELECT ipasn.skor_kinerja(''::text)$$);
-- a SIASN code as text is not a predicate
SELECT pg_temp.galat($$SELECT ipasn.skor_kinerja('1'::text)$$);
SELECT ipasn.skor_kinerja(NULL::numeric) AS nilai_null, ipasn.skor_kinerja(NULL::text) AS teks_null;

-- ---------------------------------------------------------------- disiplin
-- §3: none 5; ringan 3; sedang 2; berat 1 (NULL = none, not STRICT)
SELECT coalesce(h::text, 'NULL') AS hukuman, ipasn.skor_disiplin(h) AS skor
  FROM (SELECT NULL::ipasn.hukuman AS h UNION ALL
		SELECT unnest(enum_range(NULL::ipasn.hukuman))) AS x
 ORDER BY h NULLS FIRST;

-- ---------------------------------------------------------------- kategori
-- §3: > 90 sangat_tinggi; > 80 tinggi; > 70 sedang; > 60 rendah; else sangat_rendah
SELECT v AS nilai, ipasn.kategori(v)
  FROM unnest(ARRAY[0, 60, 60.001, 60.5, 70, 70.5, 78.3333333333, 80, 80.5, 90, 90.5, 100]::numeric[]) AS v
 ORDER BY v;
SELECT pg_temp.galat($$SELECT ipasn.kategori(-0.01)$$);
SELECT pg_temp.galat($$SELECT ipasn.kategori(100.01)$$);
SELECT pg_temp.galat($$SELECT ipasn.kategori(-0.0000001)$$);
SELECT pg_temp.galat($$SELECT ipasn.kategori(1e20)$$);
SELECT ipasn.kategori(NULL) AS strict_null;

-- ---------------------------------------------------------------- ip_asn
-- JF, S1 (15), fungsional attended (15), 24 JP >= 20 (15), a seminar (10),
-- SKP 'baik' (25), no penalty (5): 15 + 40 + 25 + 5 = 85 -> tinggi (> 80)
SELECT * FROM ipasn.ip_asn('s1', 'fungsional', NULL, true, 24, true, 'baik', NULL);
-- pengawas, S2 (20), no PKP (0), 20 JP (15), no seminar (0), 'sangat baik'
-- (30), ringan (3): 20 + 15 + 30 + 3 = 68 -> rendah (> 60)
SELECT * FROM ipasn.ip_asn('s2', 'pengawas', NULL, false, 20, false, 'sangat baik', 'ringan');
-- administrator, S3 (25), PKA (15), 30 JP (15), a workshop (10), 'sangat
-- baik' (30), none (5): 25 + 40 + 30 + 5 = 100 -> sangat_tinggi
SELECT * FROM ipasn.ip_asn('s3', 'administrator', 'pka', NULL, 30, true, 'sangat baik', NULL);
-- numeric twin: pelaksana, SLTA (5), 19.5 JP (0), seminar (17.5), SKP 90.5
-- (30), sedang (2): 5 + 17.5 + 30 + 2 = 54.5 -> sangat_rendah
SELECT * FROM ipasn.ip_asn('slta', 'pelaksana', NULL, NULL, 19.5, true, 90.5, 'sedang');
-- jpt_pratama, S2 (20), pkn_i satisfies pkn_ii (15), 40 JP (15), seminar (10),
-- SKP 80 (25), none (5): 20 + 40 + 25 + 5 = 90 -> tinggi (90 is not > 90)
SELECT * FROM ipasn.ip_asn(pendidikan => 's2', jabatan => 'jpt_pratama', diklatpim => 'pkn_i',
						   fungsional => NULL, jp_teknis => 40, seminar => true,
						   kinerja => 80, hukuman => NULL);
-- NULL pendidikan / jabatan / kinerja: that dimension, total and kategori NULL
SELECT * FROM ipasn.ip_asn(NULL, 'fungsional', NULL, true, 24, true, 'baik', NULL);
SELECT * FROM ipasn.ip_asn('s1', NULL, NULL, true, 24, true, 'baik', 'berat');
SELECT * FROM ipasn.ip_asn('s1', 'fungsional', NULL, true, 24, true, NULL::numeric, NULL);
SELECT * FROM ipasn.ip_asn('s1', 'fungsional', NULL, true, 24, true, NULL::text, NULL);
SELECT pg_temp.galat($$SELECT ipasn.ip_asn('s1', 'fungsional', NULL, true, 24, true, 'hebat', NULL)$$);
SELECT pg_temp.galat($$SELECT ipasn.ip_asn('s1', 'fungsional', NULL, true, 24, true, 101, NULL)$$);
SELECT pg_temp.galat($$SELECT ipasn.ip_asn('s1', 'fungsional', NULL, true, -24, true, 80, NULL)$$);

-- ---------------------------------------------------------------- saran
-- jpt_pratama S1, PKA (needs pkn_ii), 5 JP, no seminar, 'baik', sedang:
-- kepemimpinan +15, JP +15 (15 JP missing), seminar +10, kinerja baik->sangat
-- baik +5, kualifikasi S1->S2 +5, disiplin sedang 2 -> 5 +3
SELECT * FROM ipasn.saran('s1', 'jpt_pratama', 'pka', NULL, 5, false, 'baik', 'sedang');
-- jpt_utama lacking pkn_i; tidak_sekolah -> SLTA +4 (1 -> 5)
SELECT * FROM ipasn.saran('tidak_sekolah', 'jpt_utama', 'pkn_ii', NULL, 20, true, 95, NULL);
-- fungsional D3, no diklat fungsional, 12.5 JP (7.5 missing), seminar, SKP 70
-- (15, next band > 75 gives 25: +10), none: fungsional +15, JP +15, kinerja
-- +10, D3 -> S1/D4 +5
SELECT * FROM ipasn.saran('d3', 'fungsional', NULL, false, 12.5, true, 70, NULL);
-- pelaksana SLTA, no JP, no seminar, 'sangat kurang', berat: JP +22.5,
-- seminar +17.5, SLTA -> D3 +5, disiplin 1 -> 5 +4, sangat kurang (1) ->
-- kurang (5) +4 (ties by komponen)
SELECT * FROM ipasn.saran('slta', 'pelaksana', NULL, NULL, NULL, NULL, 'sangat kurang', 'berat');
-- pengawas with PKP but no pendidikan and no kinerja: the missing data, no points
SELECT * FROM ipasn.saran(NULL, 'pengawas', 'pkp', NULL, 25, true, NULL::text, NULL);
SELECT * FROM ipasn.saran('s3', NULL, NULL, NULL, NULL, NULL, 100, NULL);
-- administrator at 100: nothing to do
SELECT count(*) AS tidak_ada_saran FROM ipasn.saran('s3', 'administrator', 'pka', NULL, 30, true, 'sangat baik', NULL);
SELECT pg_temp.galat($$SELECT * FROM ipasn.saran('s3', 'administrator', 'pka', NULL, 30, true, 'luar biasa', NULL)$$);

-- ---------------------------------------------------------------- rule sets
-- siasn: same targets; its komponen rows are its own, its predicates come
-- from its induk permenpanrb_38_2018
SET ipasn.aturan = 'siasn';
SELECT ipasn.skor_kompetensi('pelaksana', NULL, NULL, 20, NULL) AS siasn_20jp,
	   ipasn.skor_kinerja('baik'::text) AS siasn_baik;
-- an agency rule set with a 40 JP target, inheriting from the default set;
-- the cache is keyed by the name: warm it on the default set first
RESET ipasn.aturan;
SELECT ipasn.skor_kompetensi('pelaksana', NULL, NULL, 30, NULL) AS default_30jp;	-- 22.50
INSERT INTO ipasn.aturan_ipasn (aturan, target_jp, target_jp_tinggi, induk, keterangan)
VALUES ('regress_dki', 40, 40, 'permenpanrb_38_2018', 'Instruksi Sekda DKI Jakarta 29/2023');
SET ipasn.aturan = 'regress_dki';
-- 30 JP < 40: JP component 0; 40 JP: 22.50
SELECT ipasn.skor_kompetensi('pelaksana', NULL, NULL, 30, NULL) AS dki_30jp,
	   ipasn.skor_kompetensi('pelaksana', NULL, NULL, 40, NULL) AS dki_40jp,
	   ipasn.skor_kinerja('baik'::text) AS dki_baik_inherited;
SELECT * FROM ipasn.saran('s3', 'pelaksana', NULL, NULL, 30, true, 100, NULL);
-- the change reaches the cache on the same connection (statement trigger)
UPDATE ipasn.aturan_ipasn SET target_jp = 30 WHERE aturan = 'regress_dki';
SELECT ipasn.skor_kompetensi('pelaksana', NULL, NULL, 30, NULL) AS dki_30jp_target_30;
-- own predicates replace the inherited ones entirely
INSERT INTO ipasn.aturan_kinerja (aturan, predikat, skor) VALUES ('regress_dki', 'Istimewa', 30);
SELECT ipasn.skor_kinerja('ISTIMEWA'::text) AS dki_istimewa;
SELECT pg_temp.galat($$SELECT ipasn.skor_kinerja('baik'::text)$$);
RESET ipasn.aturan;
SELECT ipasn.skor_kinerja('baik'::text) AS default_baik,
	   ipasn.skor_kompetensi('pelaksana', NULL, NULL, 20, NULL) AS default_20jp;
-- unknown rule set: 22023 naming it; functions reading no rule still work
SET ipasn.aturan = 'tidak_ada';
SELECT pg_temp.galat($$SELECT ipasn.skor_kompetensi('pelaksana', NULL, NULL, 20, NULL)$$);
SELECT pg_temp.galat($$SELECT ipasn.ip_asn('s1', 'pelaksana', NULL, NULL, 20, NULL, 80, NULL)$$);
SELECT pg_temp.galat($$SELECT ipasn.skor_kinerja('baik'::text)$$);
SELECT ipasn.skor_kualifikasi('s1') AS tetap, ipasn.skor_kinerja(80) AS tetap2, ipasn.kategori(85);
-- an induk that names no rule set: 22023 when the set is used
INSERT INTO ipasn.aturan_ipasn (aturan, induk) VALUES ('regress_yatim', 'regress_hilang');
SET ipasn.aturan = 'regress_yatim';
SELECT pg_temp.galat($$SELECT ipasn.skor_kompetensi('pelaksana', NULL, NULL, 20, NULL)$$);
RESET ipasn.aturan;
DELETE FROM ipasn.aturan_ipasn WHERE aturan IN ('regress_dki', 'regress_yatim');
SELECT count(*) AS sisa FROM ipasn.aturan_kinerja WHERE aturan = 'regress_dki';

-- ---------------------------------------------------------------- privileges
-- rule tables: readable by everyone, writable by the owner only (README: Rule tables)
CREATE ROLE regress_ipasn_skor;
GRANT USAGE ON SCHEMA ipasn TO regress_ipasn_skor;
SET ROLE regress_ipasn_skor;
SELECT count(*) AS predikat FROM ipasn.aturan_kinerja;
SELECT ipasn.skor_kinerja('baik'::text) AS bisa_dibaca;
SELECT pg_temp.galat($$INSERT INTO ipasn.aturan_ipasn (aturan) VALUES ('regress_x')$$);
SELECT pg_temp.galat($$UPDATE ipasn.aturan_komponen SET komponen = 'jp'$$);
SELECT pg_temp.galat($$DELETE FROM ipasn.aturan_kinerja$$);
RESET ROLE;
REVOKE USAGE ON SCHEMA ipasn FROM regress_ipasn_skor;
DROP ROLE regress_ipasn_skor;
