-- realdata: what real agency tables hold (SPEC §1: tables that store hours,
-- the regulation's own names, an agency's own vocabulary, predikat_siasn)
--
-- Expected values are worked out by hand from SPEC §1 and §2 and the rule
-- table shipped with ipasn; the error wrapper prints SQLSTATE: message.
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	h text;
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT;
	RETURN SQLSTATE || ': ' || SQLERRM || coalesce(E'\nHINT: ' || nullif(h, ''), '');
END $$;

-- ------------------------------------------------------------------
-- 1. jumlah_jam: hours as stored -> the jumlah of ipasn.jp (SPEC §1)
-- the hours where satuan(jalur) = 'jp', NULL for every other unit
SELECT j AS jalur, ipasn.satuan(j) AS satuan, jam, ipasn.jumlah_jam(j, jam) AS jumlah, expected,
	ipasn.jumlah_jam(j, jam) IS NOT DISTINCT FROM expected AS ok
FROM (VALUES
	('pelatihan_teknis'::ipasn.jalur, 24::numeric, 24::numeric),	-- JP: the hours
	('bimtek', 12.5, 12.5),
	('e_learning', 3.75, 3.75),
	('bimtek', 1.500, 1.5),			-- two decimals by value
	('seminar', 8, NULL),			-- days: from the dates
	('workshop', 16, NULL),
	('sosialisasi', 4, NULL),
	('coaching', 2, NULL),			-- activities: counted once
	('magang', 160, NULL),
	('pendidikan', 120, NULL),		-- semesters: incomplete
	('bimtek', 0, NULL),			-- 0 is "not filled in"
	('seminar', 0, NULL),
	('bimtek', 0.00, NULL)
) AS t(j, jam, expected);
-- NULL in, NULL out (STRICT)
SELECT ipasn.jumlah_jam('bimtek', NULL) IS NULL AS jam_null, ipasn.jumlah_jam(NULL, 8) IS NULL AS jalur_null;
-- bad input whatever the unit: 22023 naming the value
SELECT pg_temp.err($$SELECT ipasn.jumlah_jam('bimtek', -1)$$);
SELECT pg_temp.err($$SELECT ipasn.jumlah_jam('seminar', -0.5)$$);
SELECT pg_temp.err($$SELECT ipasn.jumlah_jam('coaching', 1.234)$$);
SELECT pg_temp.err($$SELECT ipasn.jumlah_jam('pelatihan_teknis', 2.005)$$);
SELECT pg_temp.err($$SELECT ipasn.jumlah_jam('bimtek', -0.001)$$);
SELECT pg_temp.err($$SELECT ipasn.jumlah_jam('bimtek', 'NaN')$$);
SELECT pg_temp.err($$SELECT ipasn.jumlah_jam('seminar', '-Infinity')$$);
-- a SIMPEG table that stores hours for every activity (issue 9): a 1-day
-- seminar of 8 hours is 4 JP (1 day x 4), not 32; a coaching of 2 hours is
-- 2 JP (1 activity x 2), not 4; a 2-day workshop of 16 hours is 10 JP
-- (2 days x 5), not 80; a technical training of 24 hours is 24 JP
SELECT jenis, jam, ipasn.jp(jenis, 'nasional', ipasn.jumlah_jam(jenis, jam), mulai, selesai) AS jp, expected
FROM (VALUES
	('seminar'::ipasn.jalur, 8::numeric, date '2024-03-05', date '2024-03-05', 4.00),
	('coaching', 2, '2024-03-12', '2024-03-12', 2.00),
	('workshop', 16, '2024-04-01', '2024-04-02', 10.00),
	('pelatihan_teknis', 24, '2024-05-06', '2024-05-08', 24.00),
	-- jam 0 (not filled in) of a JP-unit record: 8 JP a day of its dates
	('bimtek', 0, '2024-06-03', '2024-06-04', 16.00)
) AS t(jenis, jam, mulai, selesai, expected);
-- the unit is read from the rule table: an agency that counts kursus in days
BEGIN;
INSERT INTO ipasn.aturan_jp (jalur, lingkup, satuan, jp_per_satuan) VALUES ('kursus', 'nasional', 'hari', 6);
SELECT ipasn.satuan('kursus') AS satuan, ipasn.jumlah_jam('kursus', 8) AS jumlah;
ROLLBACK;
SELECT ipasn.satuan('kursus') AS satuan, ipasn.jumlah_jam('kursus', 8) AS jumlah;
