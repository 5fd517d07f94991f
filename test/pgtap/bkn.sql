-- BKN's figures: ipasn.angka_bkn, ipasn.nilai_bkn and ipasn.rekonsiliasi.
-- Every expected value is worked by hand from PermenPANRB 38/2018 and
-- Peraturan BKN 8/2019 (IP ASN = kualifikasi 25 + kompetensi 40 + kinerja
-- 30 + disiplin 5; kualifikasi s3 25, s2 20, s1/d4 15, d3 10, d2/d1/slta 5,
-- below 1; kompetensi of a structural position: leadership training at the
-- required level 15, at least 20 JP 15, a seminar 10; of a fungsional:
-- diklat fungsional 15, 20 JP 15, seminar 10; of a pelaksana: 20 JP 22.5,
-- seminar 17.5; kinerja by SKP predicate (PermenPANRB 6/2022) sangat baik
-- 30, baik 25, butuh perbaikan 15, kurang 5, sangat kurang 1; disiplin none
-- 5, ringan 3, sedang 2, berat 1 (PP 94/2021 levels)).
\set QUIET 1
\set ON_ERROR_STOP 1
\pset format unaligned
\pset tuples_only true
\pset pager off
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SET LOCAL search_path = public, pg_catalog;
SET LOCAL lc_messages = 'C';
SET LOCAL ipasn.aturan = 'permenpanrb_38_2018';
SELECT plan(87);

-- ------------------------------------------------------------ markings
SELECT results_eq(
	$$SELECT p.oid::regprocedure::text, p.provolatile::text, p.proisstrict, p.proparallel::text
	    FROM pg_proc p WHERE p.pronamespace = 'ipasn'::regnamespace
	     AND p.proname IN ('angka_bkn', 'nilai_bkn', 'rekonsiliasi') ORDER BY 1$$,
	$$VALUES ('ipasn.angka_bkn(text)', 'i', true, 's'),
			 ('ipasn.nilai_bkn(jsonb)', 'i', true, 's'),
			 ('ipasn.rekonsiliasi(ipasn.pendidikan,ipasn.jabatan,ipasn.diklatpim,boolean,numeric,boolean,text,ipasn.hukuman,ipasn.nilai_bkn)', 's', false, 's')$$,
	'angka_bkn and nilai_bkn are IMMUTABLE STRICT, rekonsiliasi STABLE (it reads the rule set) and not STRICT; all PARALLEL SAFE');
SELECT is_empty(
	$$SELECT 1 FROM pg_proc p WHERE p.pronamespace = 'ipasn'::regnamespace
	     AND p.proname IN ('angka_bkn', 'nilai_bkn', 'rekonsiliasi')
	     AND obj_description(p.oid, 'pg_proc') IS NULL
	  UNION ALL SELECT 1 WHERE obj_description('ipasn.nilai_bkn'::regtype, 'pg_type') IS NULL$$,
	'the three functions and the type carry a comment');
SELECT is((SELECT array_agg(proargnames ORDER BY 1)::text FROM pg_proc
		   WHERE oid = 'ipasn.rekonsiliasi'::regproc),
	'{{pendidikan,jabatan,diklatpim,fungsional,jp_teknis,seminar,kinerja,hukuman,bkn,dimensi,instansi,bkn,selisih,bacaan_bkn,tindakan}}',
	'rekonsiliasi takes the arguments of ip_asn (named notation works) and bkn');

-- ------------------------------------------------------------ angka_bkn
SELECT results_eq(
	$$SELECT ipasn.angka_bkn(x)::text FROM unnest(ARRAY['36,5', '36.50', ' 25 ', '0', '100', '7,25',
		E'\t12.5\n', E'\u00a040,00\u00a0', '007']) WITH ORDINALITY AS u(x, n) ORDER BY n$$,
	$$VALUES ('36.50'), ('36.50'), ('25.00'), ('0.00'), ('100.00'), ('7.25'), ('12.50'), ('40.00'), ('7.00')$$,
	'a decimal comma or point, spaces (also no-break) around: two decimals');
SELECT results_eq(
	$$SELECT ipasn.angka_bkn(x) IS NULL FROM unnest(ARRAY['', '   ', '-', ' - ']) x$$,
	$$VALUES (true), (true), (true), (true)$$,
	'blank or "-" is no figure (NULL)');
SELECT is(ipasn.angka_bkn(NULL), NULL, 'NULL gives NULL (STRICT)');
SELECT throws_ok($$SELECT ipasn.angka_bkn('1.023')$$, '22P02',
	'invalid input syntax for a BKN figure: "1.023"',
	'"1.023" is refused, not read as a thousand and twenty-three nor as 1.02 (BKN figures are at most 100)');
SELECT throws_ok($$SELECT ipasn.angka_bkn('1,023')$$, '22P02',
	'invalid input syntax for a BKN figure: "1,023"', 'nor "1,023"');
SELECT throws_ok($$SELECT ipasn.angka_bkn('36,500')$$, '22P02',
	'invalid input syntax for a BKN figure: "36,500"', 'three decimals are refused');
SELECT throws_ok($$SELECT ipasn.angka_bkn('1.234,5')$$, '22P02',
	'invalid input syntax for a BKN figure: "1.234,5"', 'a thousands separator with a decimal comma is refused');
SELECT throws_ok($$SELECT ipasn.angka_bkn('36,5,0')$$, '22P02',
	'invalid input syntax for a BKN figure: "36,5,0"', 'two separators are refused');
SELECT throws_ok($$SELECT ipasn.angka_bkn('-5')$$, '22P02',
	'invalid input syntax for a BKN figure: "-5"', 'a sign is refused (BKN figures are never negative)');
SELECT throws_ok($$SELECT ipasn.angka_bkn(',5')$$, '22P02',
	'invalid input syntax for a BKN figure: ",5"', 'a figure starts with a digit');
SELECT throws_ok($$SELECT ipasn.angka_bkn('36,')$$, '22P02',
	'invalid input syntax for a BKN figure: "36,"', 'a separator is followed by a digit');
SELECT throws_ok($$SELECT ipasn.angka_bkn('12 5')$$, '22P02',
	'invalid input syntax for a BKN figure: "12 5"', 'a space inside is refused');
SELECT throws_ok($$SELECT ipasn.angka_bkn('tiga puluh')$$, '22P02',
	'invalid input syntax for a BKN figure: "tiga puluh"', 'words are refused');
SELECT throws_ok($$SELECT ipasn.angka_bkn('1234567890123')$$, '22P02',
	'invalid input syntax for a BKN figure: "1234567890123"', 'thirteen digits are refused');

SELECT throws_ok($$SELECT ipasn.angka_bkn(repeat('9', 150) || 'x')$$, '22P02',
	'invalid input syntax for a BKN figure: "' || repeat('9', 100) || '..."', 'a long value is quoted by its first 100 bytes');

-- detail and hint of an error
CREATE FUNCTION pg_temp.galat(q text) RETURNS text[] LANGUAGE plpgsql AS $f$
DECLARE d text; h text;
BEGIN
	EXECUTE q;
	RETURN NULL;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT;
	RETURN ARRAY[d, h];
END $f$;
SELECT is(pg_temp.galat($$SELECT ipasn.angka_bkn('1.023')$$),
	ARRAY['3 digits follow the separator: a BKN figure has at most two decimals, and a thousands separator is not read.',
		  'A BKN figure is written with digits and at most two decimals after a comma or a point ("36,5", "36.50", "25"); blank or "-" means no figure. Thousands separators are not read: BKN''s figures are at most 100.'],
	'"1.023": the detail says why, the hint what is accepted');

-- ------------------------------------------------------------ nilai_bkn
SELECT is(ipasn.nilai_bkn('{"success": true, "message": "Success", "data": {"id": "x", "nip": "198001012005011001",
		"kualifikasi": "15", "kompetensi": "30", "kinerja": "25.00", "disiplin": "5", "subtotal": "75",
		"created_at": "2024-03-05T20:11:12.000000Z"}}'::jsonb),
	ROW(15.00, 30.00, 25.00, 5.00, 75.00, '2024-03-05')::ipasn.nilai_bkn,
	'the answer whole: strings read, subtotal is the total, created_at''s date as written (20:11 UTC is 6 March in WIB: no shift)');
SELECT is(ipasn.nilai_bkn('{"kualifikasi": "20", "kompetensi": "36,5", "kinerja": 30, "disiplin": 5,
		"subtotal": "91,50", "created_at": "2024-12-31 23:59:59+07"}'::jsonb),
	ROW(20.00, 36.50, 30.00, 5.00, 91.50, '2024-12-31')::ipasn.nilai_bkn,
	'the data object alone; numbers and decimal-comma strings mixed');
SELECT is(ipasn.nilai_bkn('{"kualifikasi": "-", "kompetensi": "", "kinerja": null, "disiplin": "5", "total": "-"}'::jsonb),
	ROW(NULL, NULL, NULL, 5.00, NULL, NULL)::ipasn.nilai_bkn,
	'"-", blank and null are no figure; "total" (a CSV row) stands for subtotal; no created_at gives no date');
SELECT is(ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "-", "kinerja": "25", "disiplin": "5", "subtotal": "85"}'::jsonb),
	ROW(15.00, NULL, 25.00, 5.00, 85.00, NULL)::ipasn.nilai_bkn,
	'a total beside a missing dimension cannot be checked and is kept');
SELECT is(ipasn.nilai_bkn('{"success": true, "data": null}'::jsonb), NULL,
	'"data": null (no snapshot for the NIP) gives NULL');
SELECT is(ipasn.nilai_bkn('{"kualifikasi": "25", "kompetensi": "40", "kinerja": "30", "disiplin": "5", "subtotal": "100", "total": "100,00"}'::jsonb),
	ROW(25.00, 40.00, 30.00, 5.00, 100.00, NULL)::ipasn.nilai_bkn,
	'the maxima 25 + 40 + 30 + 5 = 100; subtotal and total may both be given when equal');
SELECT is(ipasn.nilai_bkn('{"kualifikasi": "0", "kompetensi": "0", "kinerja": "0", "disiplin": "0", "subtotal": "0"}'::jsonb),
	ROW(0.00, 0.00, 0.00, 0.00, 0.00, NULL)::ipasn.nilai_bkn, 'zeros are figures');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('[1, 2]'::jsonb)$$, '2203C', 'BKN answer is not a JSON object',
	'an array is refused (2203C)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('"75"'::jsonb)$$, '2203C', 'BKN answer is not a JSON object',
	'a scalar is refused (2203C)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"success": true, "data": [{"kualifikasi": "15"}]}'::jsonb)$$, '2203C',
	'BKN answer''s "data" is an array', 'data that is not an object is refused (2203C)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"success": false, "message": "NIP tidak ditemukan", "data": null}'::jsonb)$$, '22023',
	'BKN answer reports failure ("success": false)', 'a failed answer is refused (22023)');
SELECT is(pg_temp.galat($$SELECT ipasn.nilai_bkn('{"success": false, "message": "NIP tidak ditemukan", "data": null}'::jsonb)$$),
	ARRAY['The service said: NIP tidak ditemukan.',
		  'Only a successful answer carries figures; ask the service again or leave the employee out.'],
	'a failed answer: the service''s message as detail');
SELECT is(pg_temp.galat($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "45", "kinerja": "25", "disiplin": "5", "subtotal": "90"}'::jsonb)$$),
	ARRAY['', 'BKN''s kompetensi lies between 0 and 40 (PermenPANRB 38/2018: kualifikasi 25, kompetensi 40, kinerja 30, disiplin 5).'],
	'out of range: the hint gives the dimension''s maximum');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "disiplin": "5", "subtotal": "50"}'::jsonb)$$, '2203A',
	'BKN answer has no "kinerja"', 'a missing dimension key is refused (2203A)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "kinerja": "25", "disiplin": "5"}'::jsonb)$$, '2203A',
	'BKN answer has no "subtotal"', 'a missing total is refused (2203A)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": true, "kinerja": "25", "disiplin": "5", "subtotal": "75"}'::jsonb)$$, '22036',
	'BKN answer''s "kompetensi" is a boolean', 'a boolean figure is refused (22036)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": {"a": 1}, "kinerja": "25", "disiplin": "5", "subtotal": "75"}'::jsonb)$$, '22036',
	'BKN answer''s "kompetensi" is an object', 'an object figure is refused (22036)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "1.023", "kinerja": "25", "disiplin": "5", "subtotal": "75"}'::jsonb)$$, '22P02',
	'invalid input syntax for a BKN figure: "1.023"', 'a string figure is read by angka_bkn (22P02)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "45", "kinerja": "25", "disiplin": "5", "subtotal": "90"}'::jsonb)$$, '22023',
	'BKN kompetensi 45.00 is out of range', 'kompetensi above 40 is refused (22023)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": 25.5, "kompetensi": "30", "kinerja": "25", "disiplin": "5", "subtotal": "85.5"}'::jsonb)$$, '22023',
	'BKN kualifikasi 25.50 is out of range', 'kualifikasi above 25 is refused (22023)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "kinerja": "31", "disiplin": "5", "subtotal": "81"}'::jsonb)$$, '22023',
	'BKN kinerja 31.00 is out of range', 'kinerja above 30 is refused (22023)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "kinerja": "25", "disiplin": -1, "subtotal": "69"}'::jsonb)$$, '22023',
	'BKN disiplin -1.00 is out of range', 'a negative JSON number is refused (22023)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "kinerja": "25", "disiplin": "5", "subtotal": "76"}'::jsonb)$$, '22023',
	'BKN total 76.00 is not the sum of the four dimensions (75.00)', 'a total that is not the sum is refused (22023)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": 30.125, "kinerja": "25", "disiplin": "5", "subtotal": "75"}'::jsonb)$$, '22023',
	'BKN kompetensi 30.125 has more than two decimals', 'a number with three decimals is refused (22023)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "kinerja": "25", "disiplin": "5", "subtotal": "75", "total": "70"}'::jsonb)$$, '22023',
	'BKN answer''s "subtotal" and "total" differ', 'subtotal and total that differ are refused (22023)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "kinerja": "25", "disiplin": "5", "subtotal": "75", "created_at": "05/03/2024"}'::jsonb)$$, '22007',
	'invalid BKN created_at: "05/03/2024"', 'a date not written YYYY-MM-DD is refused (22007)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "kinerja": "25", "disiplin": "5", "subtotal": "75", "created_at": "2023-02-29 08:00:00"}'::jsonb)$$, '22007',
	'invalid BKN created_at: "2023-02-29 08:00:00"', '29 February 2023 does not exist (22007)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "kinerja": "25", "disiplin": "5", "subtotal": "75", "created_at": 20240305}'::jsonb)$$, '22007',
	'BKN answer''s "created_at" is a number', 'a created_at that is not a string is refused (22007)');

-- ------------------------------------------------------------ rekonsiliasi
-- kompetensi alone: the other three dimensions agree (s1 15, baik 25, none 5)
CREATE FUNCTION pg_temp.komp(j ipasn.jabatan, pim ipasn.diklatpim, f boolean, jp numeric, sem boolean, k numeric)
RETURNS TABLE (dimensi text, instansi numeric, bkn numeric, selisih numeric, bacaan text, tindakan text)
LANGUAGE sql AS $$
	SELECT * FROM ipasn.rekonsiliasi('s1', j, pim, f, jp, sem, 'baik', NULL,
		ROW(15, k, 25, 5, 45 + k, NULL)::ipasn.nilai_bkn)
$$;

-- the issue's case: a pengawas with PKP, a teknis training of 24 JP and a
-- seminar earns 15 + 15 + 10 = 40; BKN's 30 is 40 - 10: the seminar
SELECT results_eq(
	$$SELECT * FROM ipasn.rekonsiliasi(pendidikan => 's1', jabatan => 'pengawas', diklatpim => 'pkp',
		fungsional => false, jp_teknis => 24, seminar => true, kinerja => 'baik', hukuman => NULL,
		bkn => ipasn.nilai_bkn('{"success": true, "data": {"kualifikasi": "15", "kompetensi": "30", "kinerja": "25", "disiplin": "5", "subtotal": "75", "created_at": "2024-03-05 10:00:00"}}'::jsonb))$$,
	$$VALUES ('kompetensi', 40.00, 30.00, -10.00, 'BKN tidak menghitung: seminar (10)', 'kirim riwayat seminar ke SIASN')$$,
	'pengawas, BKN kompetensi 30 against 40 (seminar, 24 JP teknis, PKP): one row, -10.00, BKN did not count the seminar, send it');

-- every structural kind, every subset of its three parts missing in BKN.
-- Leadership 15 and 20 JP 15 are worth the same, so 25 (one of them
-- missing) and 15 (one of them and the seminar missing) have two readings.
CREATE FUNCTION pg_temp.struktural(j ipasn.jabatan, pim ipasn.diklatpim)
RETURNS TABLE (k numeric, selisih numeric, bacaan text, tindakan text)
LANGUAGE sql AS $$
	SELECT k, r.selisih, r.bacaan, r.tindakan
	  FROM unnest(ARRAY[40, 30, 25, 15, 10, 0]::numeric[]) AS k,
		   LATERAL pg_temp.komp(j, pim, false, 20, true, k) AS r
$$;
CREATE FUNCTION pg_temp.harapan_struktural(nama text)
RETURNS TABLE (k numeric, selisih numeric, bacaan text, tindakan text)
LANGUAGE sql AS $$
	VALUES (30::numeric, -10.00, 'BKN tidak menghitung: seminar (10)', 'kirim riwayat seminar ke SIASN'),
		(25, -15.00,
		 'BKN tidak menghitung: diklat kepemimpinan ' || nama || ' (15) atau BKN tidak menghitung: pengembangan kompetensi 20 JP (15)',
		 'kirim riwayat diklat kepemimpinan ' || nama || ' ke SIASN atau kirim riwayat pengembangan kompetensi ke SIASN'),
		(15, -25.00,
		 'BKN tidak menghitung: diklat kepemimpinan ' || nama || ' (15), seminar (10) atau BKN tidak menghitung: pengembangan kompetensi 20 JP (15), seminar (10)',
		 'kirim riwayat diklat kepemimpinan ' || nama || ' dan riwayat seminar ke SIASN atau kirim riwayat pengembangan kompetensi dan riwayat seminar ke SIASN'),
		(10, -30.00,
		 'BKN tidak menghitung: diklat kepemimpinan ' || nama || ' (15), pengembangan kompetensi 20 JP (15)',
		 'kirim riwayat diklat kepemimpinan ' || nama || ' dan riwayat pengembangan kompetensi ke SIASN'),
		(0, -40.00,
		 'BKN tidak menghitung: diklat kepemimpinan ' || nama || ' (15), pengembangan kompetensi 20 JP (15), seminar (10)',
		 'kirim riwayat diklat kepemimpinan ' || nama || ', riwayat pengembangan kompetensi dan riwayat seminar ke SIASN')
$$;
SELECT results_eq($$SELECT * FROM pg_temp.struktural('jpt_utama', 'pkn_i')$$,
	$$SELECT * FROM pg_temp.harapan_struktural('PKN Tingkat I')$$,
	'jpt_utama (PKN Tingkat I required): every subset of parts missing, 40 agrees (no row)');
SELECT results_eq($$SELECT * FROM pg_temp.struktural('jpt_madya', 'pkn_i')$$,
	$$SELECT * FROM pg_temp.harapan_struktural('PKN Tingkat I')$$,
	'jpt_madya (PKN Tingkat I required): every subset of parts missing');
SELECT results_eq($$SELECT * FROM pg_temp.struktural('jpt_pratama', 'pkn_i')$$,
	$$SELECT * FROM pg_temp.harapan_struktural('PKN Tingkat II')$$,
	'jpt_pratama (PKN Tingkat II required, PKN Tingkat I attained satisfies it): every subset of parts missing');
SELECT results_eq($$SELECT * FROM pg_temp.struktural('administrator', 'pka')$$,
	$$SELECT * FROM pg_temp.harapan_struktural('PKA')$$,
	'administrator (PKA required): every subset of parts missing');
SELECT results_eq($$SELECT * FROM pg_temp.struktural('pengawas', 'pkp')$$,
	$$SELECT * FROM pg_temp.harapan_struktural('PKP')$$,
	'pengawas (PKP required): every subset of parts missing');

-- fungsional: diklat fungsional 15 and 20 JP 15 are worth the same
SELECT results_eq(
	$$SELECT k, r.selisih, r.bacaan, r.tindakan
	    FROM unnest(ARRAY[40, 30, 25, 15, 10, 0]::numeric[]) AS k,
		     LATERAL pg_temp.komp('fungsional', NULL, true, 32, true, k) AS r$$,
	$$VALUES (30::numeric, -10.00, 'BKN tidak menghitung: seminar (10)', 'kirim riwayat seminar ke SIASN'),
		(25, -15.00, 'BKN tidak menghitung: diklat fungsional (15) atau BKN tidak menghitung: pengembangan kompetensi 20 JP (15)',
		 'kirim riwayat diklat fungsional ke SIASN atau kirim riwayat pengembangan kompetensi ke SIASN'),
		(15, -25.00, 'BKN tidak menghitung: diklat fungsional (15), seminar (10) atau BKN tidak menghitung: pengembangan kompetensi 20 JP (15), seminar (10)',
		 'kirim riwayat diklat fungsional dan riwayat seminar ke SIASN atau kirim riwayat pengembangan kompetensi dan riwayat seminar ke SIASN'),
		(10, -30.00, 'BKN tidak menghitung: diklat fungsional (15), pengembangan kompetensi 20 JP (15)',
		 'kirim riwayat diklat fungsional dan riwayat pengembangan kompetensi ke SIASN'),
		(0, -40.00, 'BKN tidak menghitung: diklat fungsional (15), pengembangan kompetensi 20 JP (15), seminar (10)',
		 'kirim riwayat diklat fungsional, riwayat pengembangan kompetensi dan riwayat seminar ke SIASN')$$,
	'fungsional: every subset of parts missing; 25 and 15 are ambiguous, both readings given');

-- pelaksana: 22.5 and 17.5, every sum has one reading
SELECT results_eq(
	$$SELECT k, r.selisih, r.bacaan, r.tindakan
	    FROM unnest(ARRAY[40, 22.5, 17.5, 0]::numeric[]) AS k,
		     LATERAL pg_temp.komp('pelaksana', NULL, false, 20, true, k) AS r$$,
	$$VALUES (22.5::numeric, -17.50, 'BKN tidak menghitung: seminar (17,5)', 'kirim riwayat seminar ke SIASN'),
		(17.5, -22.50, 'BKN tidak menghitung: pengembangan kompetensi 20 JP (22,5)', 'kirim riwayat pengembangan kompetensi ke SIASN'),
		(0, -40.00, 'BKN tidak menghitung: pengembangan kompetensi 20 JP (22,5), seminar (17,5)',
		 'kirim riwayat pengembangan kompetensi dan riwayat seminar ke SIASN')$$,
	'pelaksana: every subset of parts missing');

-- BKN higher: the agency's own record is missing
SELECT results_eq(
	$$SELECT k, r.selisih, r.bacaan, r.tindakan
	    FROM unnest(ARRAY[0, 10, 15, 25, 30, 40]::numeric[]) AS k,
		     LATERAL pg_temp.komp('administrator', 'pkp', false, 19.5, false, k) AS r$$,
	$$VALUES (10::numeric, 10.00, 'BKN menghitung: seminar (10), tidak ada di data instansi', 'lengkapi riwayat seminar di data instansi'),
		(15, 15.00, 'BKN menghitung: diklat kepemimpinan PKA (15), tidak ada di data instansi atau BKN menghitung: pengembangan kompetensi 20 JP (15), tidak ada di data instansi',
		 'lengkapi riwayat diklat kepemimpinan PKA di data instansi atau lengkapi riwayat pengembangan kompetensi di data instansi'),
		(25, 25.00, 'BKN menghitung: diklat kepemimpinan PKA (15), seminar (10), tidak ada di data instansi atau BKN menghitung: pengembangan kompetensi 20 JP (15), seminar (10), tidak ada di data instansi',
		 'lengkapi riwayat diklat kepemimpinan PKA dan riwayat seminar di data instansi atau lengkapi riwayat pengembangan kompetensi dan riwayat seminar di data instansi'),
		(30, 30.00, 'BKN menghitung: diklat kepemimpinan PKA (15), pengembangan kompetensi 20 JP (15), tidak ada di data instansi',
		 'lengkapi riwayat diklat kepemimpinan PKA dan riwayat pengembangan kompetensi di data instansi'),
		(40, 40.00, 'BKN menghitung: diklat kepemimpinan PKA (15), pengembangan kompetensi 20 JP (15), seminar (10), tidak ada di data instansi',
		 'lengkapi riwayat diklat kepemimpinan PKA, riwayat pengembangan kompetensi dan riwayat seminar di data instansi')$$,
	'administrator with PKP only (below the PKA required) and 19.5 JP (below 20): 0 agrees, every higher figure names the parts the agency lacks');
SELECT results_eq(
	$$SELECT r.selisih, r.bacaan, r.tindakan FROM pg_temp.komp('pelaksana', NULL, false, 20, false, 40) AS r$$,
	$$VALUES (17.50, 'BKN menghitung: seminar (17,5), tidak ada di data instansi', 'lengkapi riwayat seminar di data instansi')$$,
	'pelaksana with 20 JP (22.5), BKN 40: the seminar is in SIASN, not in the agency''s data');

-- the agency's data earns some parts only, BKN lower still
SELECT results_eq(
	$$SELECT k, r.selisih, r.bacaan, r.tindakan
	    FROM unnest(ARRAY[15, 10, 0]::numeric[]) AS k,
		     LATERAL pg_temp.komp('pengawas', 'pka', false, 0, true, k) AS r$$,
	$$VALUES (15::numeric, -10.00, 'BKN tidak menghitung: seminar (10)', 'kirim riwayat seminar ke SIASN'),
		(10, -15.00, 'BKN tidak menghitung: diklat kepemimpinan PKP (15)', 'kirim riwayat diklat kepemimpinan PKP ke SIASN'),
		(0, -25.00, 'BKN tidak menghitung: diklat kepemimpinan PKP (15), seminar (10)',
		 'kirim riwayat diklat kepemimpinan PKP dan riwayat seminar ke SIASN')$$,
	'pengawas with PKA (above the PKP required) and a seminar, no JP (25): at 15 only the seminar is missing; 15 as the JP part instead (dropping both, adding one) is not offered');

-- both at once (no reading drops or adds parts only)
SELECT results_eq(
	$$SELECT r.selisih, r.bacaan, r.tindakan FROM pg_temp.komp('pengawas', 'pkp', false, 0, true, 30) AS r$$,
	$$VALUES (5.00, 'BKN tidak menghitung: seminar (10); BKN menghitung: pengembangan kompetensi 20 JP (15), tidak ada di data instansi',
		'kirim riwayat seminar ke SIASN; lengkapi riwayat pengembangan kompetensi di data instansi')$$,
	'pengawas with PKP and a seminar (25), BKN 30 = PKP + 20 JP: the seminar missing in SIASN, the JP missing in the agency''s data');
SELECT results_eq(
	$$SELECT r.selisih, r.bacaan FROM pg_temp.komp('pelaksana', NULL, false, 0, true, 22.5) AS r$$,
	$$VALUES (5.00, 'BKN tidak menghitung: seminar (17,5); BKN menghitung: pengembangan kompetensi 20 JP (22,5), tidak ada di data instansi')$$,
	'pelaksana with a seminar (17.5), BKN 22.5: the 20 JP part instead of the seminar');

-- sums no subset gives
SELECT results_eq(
	$$SELECT k, r.bacaan, r.tindakan
	    FROM unnest(ARRAY[20, 35, 12.5, 5]::numeric[]) AS k,
		     LATERAL pg_temp.komp('pengawas', 'pkp', false, 24, true, k) AS r$$,
	$$SELECT k, 'nilai BKN ' || t || ' tidak sesuai aturan Perban BKN 8/2019 untuk jabatan pengawas (aturan lain, atau jenis jabatan di SIASN berbeda)',
			 'periksa jenis jabatan pegawai di SIASN'
	    FROM (VALUES (20::numeric, '20'), (35, '35'), (12.5, '12,5'), (5, '5')) AS v(k, t)$$,
	'pengawas: 20, 35, 12.5 and 5 are no sum of 15, 15 and 10');
SELECT results_eq(
	$$SELECT k, r.bacaan
	    FROM unnest(ARRAY[30, 25, 10]::numeric[]) AS k,
		     LATERAL pg_temp.komp('pelaksana', NULL, false, 40, true, k) AS r$$,
	$$VALUES (30::numeric, 'nilai BKN 30 tidak sesuai aturan Perban BKN 8/2019 untuk jabatan pelaksana (aturan lain, atau jenis jabatan di SIASN berbeda)'),
		(25, 'nilai BKN 25 tidak sesuai aturan Perban BKN 8/2019 untuk jabatan pelaksana (aturan lain, atau jenis jabatan di SIASN berbeda)'),
		(10, 'nilai BKN 10 tidak sesuai aturan Perban BKN 8/2019 untuk jabatan pelaksana (aturan lain, atau jenis jabatan di SIASN berbeda)')$$,
	'pelaksana: 30, 25 and 10 (a structural reading) are no sum of 22.5 and 17.5');

-- agreement
SELECT is_empty(
	$$SELECT * FROM ipasn.rekonsiliasi('s2', 'fungsional', NULL, true, 20, true, 'Sangat Baik', 'ringan',
		ROW(20, 40, 30, 3, 93, '2024-01-02')::ipasn.nilai_bkn)$$,
	'every dimension agrees (20 + 40 + 30 + 3): no row');
SELECT is_empty(
	$$SELECT * FROM ipasn.rekonsiliasi('sd', 'pelaksana', NULL, NULL, NULL, NULL, 'sangat kurang', 'berat',
		ROW(1, 0, 1, 1, 3, NULL)::ipasn.nilai_bkn)$$,
	'the minima agree (1 + 0 + 1 + 1): no row');

-- the instansi figure is ip_asn's, for every kompetensi input
SELECT is_empty(
	$$SELECT j, p, f, jp, s
	    FROM unnest(enum_range(NULL::ipasn.jabatan)) j,
		     unnest(ARRAY[NULL, 'pkp', 'pka', 'pkn_ii', 'pkn_i']::ipasn.diklatpim[]) p,
		     unnest(ARRAY[false, true]) f, unnest(ARRAY[0, 19.99, 20]::numeric[]) jp, unnest(ARRAY[false, true]) s
	   WHERE (SELECT instansi FROM ipasn.rekonsiliasi('s1', j, p, f, jp, s, 'baik', NULL,
				 ROW(NULL, 0.5, NULL, NULL, NULL, NULL)::ipasn.nilai_bkn) WHERE dimensi = 'kompetensi')
		     IS DISTINCT FROM (ipasn.ip_asn('s1', j, p, f, jp, s, 'baik', NULL)).kompetensi$$,
	'the agency''s kompetensi in rekonsiliasi equals ip_asn''s for all 7 x 5 x 2 x 3 x 2 inputs');

-- kualifikasi
SELECT results_eq(
	$$SELECT b.k, r.selisih, r.bacaan_bkn, r.tindakan
	    FROM unnest(ARRAY[25, 20, 15, 10, 5, 1, 12.5, 0]::numeric[]) AS b(k),
		     LATERAL ipasn.rekonsiliasi('s1', 'pelaksana', NULL, false, 0, false, 'baik', NULL,
				 ROW(b.k, 0, 25, 5, b.k + 30, NULL)::ipasn.nilai_bkn) AS r$$,
	$$VALUES (25::numeric, 10.00, 'BKN membaca S3 (25); data instansi S1 (15)', 'lengkapi riwayat pendidikan di data instansi (BKN membaca S3)'),
		(20, 5.00, 'BKN membaca S2 (20); data instansi S1 (15)', 'lengkapi riwayat pendidikan di data instansi (BKN membaca S2)'),
		(10, -5.00, 'BKN membaca D3 (10); data instansi S1 (15)', 'perbarui riwayat pendidikan di SIASN (pendidikan terakhir S1)'),
		(5, -10.00, 'BKN membaca SLTA/D1/D2 (5); data instansi S1 (15)', 'perbarui riwayat pendidikan di SIASN (pendidikan terakhir S1)'),
		(1, -14.00, 'BKN membaca tidak sekolah/SD/SLTP (1); data instansi S1 (15)', 'perbarui riwayat pendidikan di SIASN (pendidikan terakhir S1)'),
		(12.5, -2.50, 'nilai BKN 12,5 tidak sesuai aturan Perban BKN 8/2019; data instansi S1 (15)', 'periksa riwayat pendidikan pegawai di SIASN'),
		(0, -15.00, 'BKN tidak menemukan riwayat pendidikan (0); data instansi S1 (15)', 'kirim riwayat pendidikan ke SIASN (pendidikan terakhir S1)')$$,
	'kualifikasi: the levels giving BKN''s figure; 15 (S1/D4) agrees; 12.5 gives no level; 0 (no level is worth 0) is no education record in SIASN');
SELECT results_eq(
	$$SELECT r.dimensi, r.instansi, r.bkn, r.selisih, r.bacaan_bkn, r.tindakan
	    FROM ipasn.rekonsiliasi(NULL, 'pelaksana', NULL, false, 0, false, 'baik', NULL,
			 ROW(15, 0, 25, 5, 45, NULL)::ipasn.nilai_bkn) AS r$$,
	$$VALUES ('kualifikasi', NULL::numeric, 15.00, NULL::numeric, 'BKN membaca D4/S1 (15); data instansi kosong',
		'lengkapi data pendidikan instansi (BKN membaca D4/S1)')$$,
	'no education in the agency''s data: instansi and selisih NULL, BKN''s level named');

-- kinerja
SELECT results_eq(
	$$SELECT b.k, r.selisih, r.bacaan_bkn, r.tindakan
	    FROM unnest(ARRAY[30, 25, 15, 5, 1, 20, 0]::numeric[]) AS b(k),
		     LATERAL ipasn.rekonsiliasi('s1', 'pelaksana', NULL, false, 0, false, 'BAIK ', NULL,
				 ROW(15, 0, b.k, 5, b.k + 20, NULL)::ipasn.nilai_bkn) AS r$$,
	$$VALUES (30::numeric, 5.00, 'BKN membaca predikat sangat baik (30); data instansi baik (25)',
			'lengkapi riwayat SKP di data instansi (BKN membaca predikat sangat baik)'),
		(15, -10.00, 'BKN membaca predikat butuh perbaikan (15); data instansi baik (25)', 'kirim SKP terakhir (predikat baik) ke SIASN'),
		(5, -20.00, 'BKN membaca predikat kurang atau kurang/misconduct (5); data instansi baik (25)', 'kirim SKP terakhir (predikat baik) ke SIASN'),
		(1, -24.00, 'BKN membaca predikat sangat kurang (1); data instansi baik (25)', 'kirim SKP terakhir (predikat baik) ke SIASN'),
		(20, -5.00, 'nilai BKN 20 tidak sesuai aturan Perban BKN 8/2019; data instansi baik (25)', 'periksa riwayat SKP pegawai di SIASN'),
		(0, -25.00, 'BKN tidak menemukan SKP (0); data instansi baik (25)', 'kirim SKP terakhir (predikat baik) ke SIASN')$$,
	'kinerja: the predicates giving BKN''s figure (both spellings of kurang); the agency''s predicate as the rule table writes it; 0 (no predicate is worth 0) is no SKP in SIASN');

-- disiplin
SELECT results_eq(
	$$SELECT h, b.k, r.selisih, r.bacaan_bkn, r.tindakan
	    FROM (VALUES (NULL::ipasn.hukuman, 3::numeric), (NULL, 2), (NULL, 1), ('berat', 5), ('sedang', 3), (NULL, 4)) AS b(h, k),
		     LATERAL ipasn.rekonsiliasi('s1', 'pelaksana', NULL, false, 0, false, 'baik', b.h,
				 ROW(15, 0, 25, b.k, b.k + 40, NULL)::ipasn.nilai_bkn) AS r$$,
	$$VALUES (NULL::ipasn.hukuman, 3::numeric, -2.00, 'BKN membaca hukuman disiplin ringan (3); data instansi tanpa hukuman disiplin (5)',
			'perbarui riwayat hukuman disiplin di SIASN: hukuman yang dibatalkan atau lebih dari 5 tahun tidak dihitung (data instansi: tanpa hukuman disiplin)'),
		(NULL, 2, -3.00, 'BKN membaca hukuman disiplin sedang (2); data instansi tanpa hukuman disiplin (5)',
			'perbarui riwayat hukuman disiplin di SIASN: hukuman yang dibatalkan atau lebih dari 5 tahun tidak dihitung (data instansi: tanpa hukuman disiplin)'),
		(NULL, 1, -4.00, 'BKN membaca hukuman disiplin berat (1); data instansi tanpa hukuman disiplin (5)',
			'perbarui riwayat hukuman disiplin di SIASN: hukuman yang dibatalkan atau lebih dari 5 tahun tidak dihitung (data instansi: tanpa hukuman disiplin)'),
		('berat', 5, 4.00, 'BKN membaca tanpa hukuman disiplin (5); data instansi hukuman disiplin berat (1)',
			'kirim keputusan hukuman disiplin berat ke SIASN, atau perbarui data instansi bila hukuman itu dibatalkan atau lebih dari 5 tahun'),
		('sedang', 3, 1.00, 'BKN membaca hukuman disiplin ringan (3); data instansi hukuman disiplin sedang (2)',
			'kirim keputusan hukuman disiplin sedang ke SIASN, atau perbarui data instansi bila hukuman itu dibatalkan atau lebih dari 5 tahun'),
		(NULL, 4, -1.00, 'nilai BKN 4 tidak sesuai aturan Perban BKN 8/2019; data instansi tanpa hukuman disiplin (5)',
			'periksa riwayat hukuman disiplin pegawai di SIASN')$$,
	'disiplin: the penalty level giving BKN''s figure, lower and higher; 4 gives no level');

-- every dimension at once, in order
SELECT results_eq(
	$$SELECT dimensi, selisih FROM ipasn.rekonsiliasi('s2', 'jpt_pratama', 'pkn_ii', false, 40, true, 'sangat baik', NULL,
		ROW(15, 25, 25, 3, 68, '2024-06-30')::ipasn.nilai_bkn)$$,
	$$VALUES ('kualifikasi', -5.00), ('kompetensi', -15.00), ('kinerja', -5.00), ('disiplin', -2.00)$$,
	'four differing dimensions: four rows in the order kualifikasi, kompetensi, kinerja, disiplin');

-- no figure from BKN
SELECT results_eq(
	$$SELECT dimensi, instansi, bkn, selisih, bacaan_bkn, tindakan
	    FROM ipasn.rekonsiliasi('s1', 'pengawas', 'pkp', false, 20, true, 'baik', NULL, NULL)$$,
	$$VALUES ('kualifikasi', 15.00, NULL::numeric, NULL::numeric, 'BKN tidak memberi nilai kualifikasi', 'periksa data kualifikasi pegawai di SIASN'),
		('kompetensi', 40.00, NULL, NULL, 'BKN tidak memberi nilai kompetensi', 'periksa data kompetensi pegawai di SIASN'),
		('kinerja', 25.00, NULL, NULL, 'BKN tidak memberi nilai kinerja', 'periksa data kinerja pegawai di SIASN'),
		('disiplin', 5.00, NULL, NULL, 'BKN tidak memberi nilai disiplin', 'periksa data disiplin pegawai di SIASN')$$,
	'a NULL bkn (no snapshot) is a row per dimension the agency computes, without selisih');
SELECT is_empty(
	$$SELECT dimensi FROM ipasn.rekonsiliasi(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
		ROW(NULL, NULL, NULL, 5, NULL, NULL)::ipasn.nilai_bkn)$$,
	'no figure on either side gives no row (and no penalty, 5, agrees with BKN''s 5)');
SELECT results_eq(
	$$SELECT dimensi, instansi, bkn, bacaan_bkn, tindakan FROM ipasn.rekonsiliasi('s1', NULL, NULL, NULL, NULL, NULL, 'baik', NULL,
		ROW(15, 30, 25, 5, 75, NULL)::ipasn.nilai_bkn)$$,
	$$VALUES ('kompetensi', NULL::numeric, 30.00, 'nilai BKN 30; data jabatan instansi kosong', 'lengkapi data jabatan instansi')$$,
	'no position kind in the agency''s data: the kompetensi row asks for it');

SELECT results_eq(
	$$SELECT dimensi, instansi, bkn, selisih, bacaan_bkn, tindakan FROM ipasn.rekonsiliasi('s1', 'pelaksana', NULL, NULL, NULL, NULL, NULL, NULL,
		ROW(15, 0, 30, 5, 50, NULL)::ipasn.nilai_bkn)$$,
	$$VALUES ('kinerja', NULL::numeric, 30.00, NULL::numeric, 'BKN membaca predikat sangat baik (30); data instansi kosong',
		'lengkapi data SKP instansi (BKN membaca predikat sangat baik)')$$,
	'no SKP in the agency''s data: the kinerja row names BKN''s predicate and asks for the agency''s');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": 1e20, "kinerja": "25", "disiplin": "5", "subtotal": "75"}'::jsonb)$$, '22023',
	'BKN kompetensi 100000000000000000000 is out of range', 'a huge JSON number is refused (22023)');

-- the SIASN rule set (F/T/P)
SET LOCAL ipasn.aturan = 'siasn';
SELECT results_eq(
	$$SELECT k, r.bacaan, r.tindakan
	    FROM unnest(ARRAY[30, 25, 20]::numeric[]) AS k,
		     LATERAL pg_temp.komp('fungsional', NULL, true, 20, true, k) AS r$$,
	$$VALUES (30::numeric, 'BKN tidak menghitung: seminar/workshop (P) (10)', 'kirim riwayat seminar/workshop (P) ke SIASN'),
		(25, 'BKN tidak menghitung: diklat fungsional (F) (15) atau BKN tidak menghitung: pelatihan teknis (T) 20 JP (15)',
		 'kirim riwayat diklat fungsional (F) ke SIASN atau kirim riwayat pelatihan teknis (T) ke SIASN'),
		(20, 'nilai BKN 20 tidak sesuai aturan SIASN (F/T/P) untuk jabatan fungsional (aturan lain, atau jenis jabatan di SIASN berbeda)',
		 'periksa jenis jabatan pegawai di SIASN')$$,
	'under ipasn.aturan = siasn the parts are SIASN''s F, T (20 JP) and P');
SELECT results_eq(
	$$SELECT r.selisih, r.bacaan FROM pg_temp.komp('pelaksana', NULL, false, 20, false, 40) AS r$$,
	$$VALUES (17.50, 'BKN menghitung: seminar/workshop (P) (17,5), tidak ada di data instansi')$$,
	'siasn: a P course BKN counted that the agency''s data lacks');
SET LOCAL ipasn.aturan = 'permenpanrb_38_2018';

-- bad input
SELECT throws_ok($$SELECT * FROM ipasn.rekonsiliasi('s1', 'pengawas', 'pkp', false, 24, true, 'baik', NULL,
		ROW(30, 30, 25, 5, 90, NULL)::ipasn.nilai_bkn)$$, '22023', 'BKN kualifikasi 30.00 is out of range',
	'a hand-built nilai_bkn is checked like nilai_bkn''s (kualifikasi above 25: 22023)');
SELECT throws_ok($$SELECT * FROM ipasn.rekonsiliasi('s1', 'pengawas', 'pkp', false, 24, true, 'baik', NULL,
		ROW(15, 30, 25, 5, 80, NULL)::ipasn.nilai_bkn)$$, '22023', 'BKN total 80.00 is not the sum of the four dimensions (75.00)',
	'a hand-built total that is not the sum: 22023');
SELECT throws_ok($$SELECT * FROM ipasn.rekonsiliasi('s1', 'pengawas', 'pkp', false, 24, true, 'baik', NULL,
		ROW(15, 30.001, 25, 5, NULL, NULL)::ipasn.nilai_bkn)$$, '22023', 'BKN kompetensi 30.001 has more than two decimals',
	'a hand-built figure with three decimals: 22023');
SELECT throws_ok($$SELECT * FROM ipasn.rekonsiliasi('s1', 'pengawas', 'pkp', false, 24, true, 'baik', NULL,
		ROW(15, 'NaN', 25, 5, NULL, NULL)::ipasn.nilai_bkn)$$, '22023', 'BKN kompetensi NaN is out of range',
	'a NaN figure: 22023');
SELECT throws_ok($$SELECT * FROM ipasn.rekonsiliasi('s1', 'pengawas', 'pkp', false, -1, true, 'baik', NULL,
		ROW(15, 30, 25, 5, 75, NULL)::ipasn.nilai_bkn)$$, '22023', 'jp_teknis -1 is negative',
	'a negative jp_teknis: 22023, as for ip_asn');
SELECT throws_ok($$SELECT * FROM ipasn.rekonsiliasi('s1', NULL, NULL, false, -1, true, 'baik', NULL,
		ROW(15, 30, 25, 5, 75, NULL)::ipasn.nilai_bkn)$$, '22023', 'jp_teknis -1 is negative',
	'a negative jp_teknis is refused without a position kind too');
SELECT throws_ok($$SELECT * FROM ipasn.rekonsiliasi('s1', 'pengawas', 'pkp', false, 24, true, 'luar biasa', NULL,
		ROW(15, 30, 25, 5, 75, NULL)::ipasn.nilai_bkn)$$, '22P02', 'unknown SKP predicate "luar biasa"',
	'an unknown SKP predicate: 22P02, as for ip_asn');
SELECT throws_ok($$SELECT * FROM ipasn.rekonsiliasi('s1', 'pengawas', 'pkp', false, 24, true, 'baik', NULL,
		ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "kinerja": "25", "disiplin": "5,5", "subtotal": "75,5"}'::jsonb))$$,
	'22023', 'BKN disiplin 5.50 is out of range', 'disiplin above 5 from the answer: 22023');

-- the same through the SIASN answer and the CSV export's figures
SELECT results_eq(
	$$SELECT selisih, bacaan_bkn FROM ipasn.rekonsiliasi('s1', 'pengawas', 'pkp', false, 24, true, 'baik', NULL,
		ipasn.nilai_bkn(jsonb_build_object('kualifikasi', '15', 'kompetensi', '30,00', 'kinerja', '25', 'disiplin', '5', 'total', '75,00')))$$,
	$$VALUES (-10.00, 'BKN tidak menghitung: seminar (10)')$$,
	'a CSV row built into JSON (decimal commas, "total") reads the same');
SELECT is((SELECT count(*) FROM ipasn.rekonsiliasi('s1', 'pengawas', 'pkp', false, 24, true, 'baik', NULL,
		ROW(15, 40, 25, 5, 85, NULL)::ipasn.nilai_bkn))::int, 0,
	'the same employee with BKN''s 40: no row');

SELECT * FROM finish();
ROLLBACK;
