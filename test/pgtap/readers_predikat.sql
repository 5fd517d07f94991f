-- pgTAP: SKP predicates (doc/readers.md): PermenPANRB 6/2022's, the earlier
-- ones of PP 46/2011 (sangat baik 91-100, baik 76-90, cukup 61-75, kurang
-- 51-60, buruk <= 50) and DP3's "amat baik" (91-100) take the points of
-- their bands (PermenPANRB 38/2018: 91-100 30, 76-90 25, 61-75 15, 51-60
-- 5, <= 50 1); ipasn.teks_predikat, its twin, and an agency's spellings in
-- ipasn.sinonim (tipe ipasn.predikat).
\set ON_ERROR_STOP 1
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(31);

SELECT is(ipasn.skor_kinerja(t), e, 'skor_kinerja: ' || t) FROM (VALUES
	('Cukup', 15.00), ('CUKUP', 15.00), ('Buruk', 1.00), ('Amat Baik', 30.00), ('amat  baik.', 30.00),
	('Sangat Baik', 30.00), ('Baik', 25.00), ('Kurang', 5.00), ('Butuh Perbaikan', 15.00), ('Sangat Kurang', 1.00)) v(t, e);
SELECT is((ipasn.ip_asn('s1', 'fungsional', NULL, true, 20, true, 'Cukup', NULL)).kinerja, 15.00,
	'ip_asn with kinerja ''Cukup'': 15');
SELECT is((ipasn.ip_asn('s1', 'fungsional', NULL, true, 20, true, 'Amat Baik', NULL)).total, 15.00 + 40.00 + 30.00 + 5.00,
	'ip_asn with kinerja ''Amat Baik'': 15 + 40 + 30 + 5 = 90');
SELECT is((SELECT tindakan FROM ipasn.saran('s1', 'fungsional', NULL, true, 20, true, 'Cukup', NULL) WHERE komponen = 'kinerja'),
	'tingkatkan predikat kinerja (SKP) menjadi "baik"', 'saran from cukup names today''s predicate baik, never an earlier one');
SELECT is((SELECT tindakan FROM ipasn.saran('s1', 'fungsional', NULL, true, 20, true, 'Baik', NULL) WHERE komponen = 'kinerja'),
	'tingkatkan predikat kinerja (SKP) menjadi "sangat baik"', 'saran from baik names sangat baik, not amat baik');

-- teks_predikat: the predicate as skor_kinerja takes it
SELECT is(ipasn.teks_predikat(t), e, 'teks_predikat: ' || quote_literal(t)) FROM (VALUES
	(' Amat  Baik ', 'amat baik'), ('CUKUP', 'cukup'), ('Sangat-Baik', 'sangat baik'),
	('Kurang / Misconduct', 'kurang/misconduct'), ('', NULL), ('-', NULL), ('n/a', NULL)) v(t, e);
SELECT throws_ok($$SELECT ipasn.teks_predikat('Istimewa')$$, '22P02', 'unknown SKP predicate "Istimewa"',
	'teks_predikat: unknown text raises 22P02');
SELECT throws_ok($$SELECT ipasn.skor_kinerja('Sedang'::text)$$, '22P02', 'unknown SKP predicate "Sedang"',
	'skor_kinerja: DP3''s sedang is not built in (an agency''s choice)');
SELECT is(ipasn.teks_predikat_or_null('Istimewa'), NULL, 'teks_predikat_or_null: unknown text is NULL');
SELECT is(ipasn.teks_predikat_or_null('Buruk'), 'buruk', 'teks_predikat_or_null: Buruk');
SELECT is(ipasn.skor_kinerja(ipasn.predikat_siasn(3)), 15.00, 'SIASN code 3 (butuh perbaikan) still 15');

-- an agency's spellings: DP3's "sedang" (51-60) as kurang, an abbreviation
INSERT INTO ipasn.sinonim (tipe, teks, label, keterangan) VALUES
	('ipasn.predikat', 'Sedang', 'kurang', 'DP3 (PP 10/1979): sedang 51-60, the band of kurang'),
	('ipasn.predikat', 'SB', 'sangat baik', 'singkatan SIMPEG');
SELECT is(ipasn.skor_kinerja('sedang'::text), 5.00, 'sinonim: DP3 sedang scores as kurang (5)');
SELECT is(ipasn.teks_predikat('S.B.'), 'sangat baik', 'sinonim: SB is sangat baik');
SELECT is((ipasn.ip_asn('s1', 'fungsional', NULL, true, 20, true, 'SB', NULL)).kinerja, 30.00, 'sinonim: ip_asn reads it');
SELECT throws_ok($$INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.predikat', 'Istimewa', 'istimewa')$$,
	'23514', 'label "istimewa" of table sinonim is not a predikat of table aturan_kinerja',
	'sinonim: a predicate label must be a predikat of aturan_kinerja');
SELECT is((ipasn.ip_asn('s2', 'fungsional', NULL, true, 20, true, 'Buruk', NULL)).kategori, 'rendah',
	'ip_asn with ''Buruk'': 20 + 40 + 1 + 5 = 66, kategori rendah (61-70)');

SELECT * FROM finish();
ROLLBACK;
