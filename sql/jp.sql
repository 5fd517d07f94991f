-- ipasn.jp: conversion of one record (Peraturan LAN 10/2018, Lampiran).
-- Every expected value below is worked out by hand from the table of Peraturan LAN 10/2018, Lampiran.
SET search_path = ipasn, public;
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- Every row of the table, nasional and internasional, with a jumlah of 3 units
-- (3 JP, 3 days, 3 activities or 3 semesters) and a one-day date.
--   pendidikan: 20 JP/semester both         -> 60.00 / 60.00
--   pelatihan_kepemimpinan: as program, no international form -> 3.00 / 3.00
--   JP-unit programs with +20%: 3 -> 3.00 / 3.60
--   seminar 4/6 per day -> 12.00 / 18.00; workshop 5/7 -> 15.00 / 21.00;
--   sosialisasi 4/6 -> 12.00 / 18.00
--   pertukaran_pegawai, magang 20/24 each -> 60.00 / 72.00
--   patok_banding 10/20 each -> 30.00 / 60.00
--   coaching, mentoring 2/4 each, at most 2 a month -> 4.00 / 8.00
--   bimbingan_di_tempat_kerja 2/2.4 each, at most 2 a month -> 4.00 / 4.80
--   detasering 20/24 each -> 60.00 / 72.00
--   e_learning 3 JP on one day, cap 3 (4) -> 3.00 / 3.00
--   belajar_mandiri, komunitas_belajar 3 JP on one day, cap 2 then +20% -> 2.00 / 2.40
SELECT j AS jalur, satuan(j),
       jp(j, 'nasional', 3, '2024-05-02', '2024-05-02') AS nasional,
       jp(j, 'internasional', 3, '2024-05-02', '2024-05-02') AS internasional
FROM unnest(enum_range(NULL::jalur)) AS j
ORDER BY j;

-- exact decimals: 17 JP international = 20.40; 1.01 JP international = 1.212 -> 1.21 (half up);
-- 1.03 -> 1.236 -> 1.24; 0.05 -> 0.06; half a seminar day = 2.00 / 3.00
SELECT jp('pelatihan_teknis', 'internasional', 17) AS "20.40",
       jp('pelatihan_teknis', 'internasional', 1.01) AS "1.21",
       jp('kursus', 'internasional', 1.03) AS "1.24",
       jp('bimtek', 'internasional', 0.05) AS "0.06",
       jp('seminar', 'nasional', 0.5) AS "2.00",
       jp('seminar', 'internasional', 0.5) AS "3.00",
       jp('pelatihan_teknis', 'nasional', 1.500) AS "1.50 (1.500 is 1.5)",
       jp('pelatihan_teknis', 'nasional', 0) AS "0.00";

-- missing amounts (Peraturan LAN 10/2018, Lampiran): JP-unit record without jumlah = 8 JP a day up to 7 days
SELECT jp('pelatihan_teknis', 'nasional', NULL, '2024-03-04', '2024-03-06') AS "24.00 (3 days x 8)",
       jp('pelatihan_teknis', 'internasional', NULL, '2024-03-04', '2024-03-06') AS "28.80 (+20%)",
       jp('pelatihan_teknis', 'nasional', NULL, '2024-03-01', '2024-03-07') AS "56.00 (7 days)",
       jp('pelatihan_teknis', 'nasional', NULL, '2024-03-01', '2024-03-08') AS "NULL (8 days)",
       jp('pelatihan_teknis', 'nasional', NULL) AS "NULL (no date)",
       jp('pelatihan_teknis', 'nasional', NULL, NULL, '2024-03-08') AS "8.00 (only selesai)";
-- day-unit without jumlah counts the days; activity-unit counts 1; pendidikan gives NULL
SELECT jp('seminar', 'nasional', NULL, '2024-03-04', '2024-03-06') AS "12.00",
       jp('workshop', 'internasional', NULL, '2024-03-04', NULL) AS "7.00",
       jp('seminar', 'nasional', NULL) AS "NULL",
       jp('coaching', 'internasional', NULL) AS "4.00",
       jp('magang', 'nasional', NULL, '2024-01-01', '2024-06-30') AS "20.00",
       jp('pendidikan', 'nasional', NULL, '2020-01-01', '2024-01-01') AS "NULL";
-- a given jumlah of a day-unit record wins over its dates
SELECT jp('seminar', 'nasional', 1, '2024-03-04', '2024-03-06') AS "4.00";
-- e-learning without jumlah: 8 JP a day, capped to 3 a day: 2 days -> 6.00
SELECT jp('e_learning', 'nasional', NULL, '2024-03-04', '2024-03-05') AS "6.00";
-- NULL jalur or lingkup -> NULL
SELECT jp(NULL, 'nasional', 3) IS NULL AS a, jp('seminar', NULL, 3) IS NULL AS b;

-- per-record part of the caps
--   coaching 3 activities in one record: at most 2 counted -> 4.00
--   e_learning 10 JP over 2 days: 5 + 5, each capped to 3 -> 6.00
--   e_learning 7 JP over 3 days: 2.34 + 2.33 + 2.33 (the first h % d days get one
--     hundredth more), none above 3 -> 7.00
--   e_learning internasional 10 JP on one day: cap 4 -> 4.00
--   belajar_mandiri internasional 5 JP over 2 days: 2.5 + 2.5 -> 2 + 2 = 4, +20% -> 4.80
--   komunitas_belajar nasional 1 JP on 1 day -> 1.00
--   capped record without dates is a one-day record: e_learning 5 JP -> 3.00
SELECT jp('coaching', 'nasional', 3) AS "4.00",
       jp('e_learning', 'nasional', 10, '2024-01-01', '2024-01-02') AS "6.00",
       jp('e_learning', 'nasional', 7, '2024-01-01', '2024-01-03') AS "7.00",
       jp('e_learning', 'internasional', 10, '2024-01-01', '2024-01-01') AS "4.00",
       jp('belajar_mandiri', 'internasional', 5, '2024-01-01', '2024-01-02') AS "4.80",
       jp('komunitas_belajar', 'nasional', 1, '2024-01-01', '2024-01-01') AS "1.00",
       jp('e_learning', 'nasional', 5) AS "3.00";
-- named notation works
SELECT jp(jalur => 'workshop', lingkup => 'nasional', jumlah => 2) AS "10.00";

-- bounds (the bounds of the README's conversion table) and errors (doc/reference.md: Errors): 22023 with the value named
SELECT pg_temp.err($$SELECT ipasn.jp('pelatihan_teknis', 'nasional', -1)$$);
SELECT pg_temp.err($$SELECT ipasn.jp('pelatihan_teknis', 'nasional', 2000.01)$$);
SELECT jp('pelatihan_teknis', 'nasional', 2000) AS "2000.00 (at the bound)";
SELECT pg_temp.err($$SELECT ipasn.jp('seminar', 'nasional', 366.5)$$);
SELECT jp('seminar', 'nasional', 366) AS "1464.00";
SELECT pg_temp.err($$SELECT ipasn.jp('coaching', 'nasional', 101)$$);
SELECT pg_temp.err($$SELECT ipasn.jp('coaching', 'nasional', 1.5)$$);
SELECT pg_temp.err($$SELECT ipasn.jp('pendidikan', 'nasional', 21)$$);
SELECT pg_temp.err($$SELECT ipasn.jp('pendidikan', 'nasional', 2.5)$$);
SELECT jp('pendidikan', 'nasional', 20) AS "400.00";
SELECT pg_temp.err($$SELECT ipasn.jp('seminar', 'nasional', 1.555)$$);
SELECT pg_temp.err($$SELECT ipasn.jp('seminar', 'nasional', 'NaN')$$);
SELECT pg_temp.err($$SELECT ipasn.jp('seminar', 'nasional', 'Infinity')$$);
SELECT pg_temp.err($$SELECT ipasn.jp('seminar', 'nasional', 1e30)$$);
SELECT pg_temp.err($$SELECT ipasn.jp('seminar', 'nasional', -1e30)$$);
SELECT pg_temp.err($$SELECT ipasn.jp('seminar', 'nasional', 1, '2024-03-05', '2024-03-01')$$);
-- span over 366 days where days are used: a daily cap, or a NULL jumlah of a JP/day unit
SELECT pg_temp.err($$SELECT ipasn.jp('e_learning', 'nasional', 5, '2023-01-01', '2024-01-02')$$);
SELECT pg_temp.err($$SELECT ipasn.jp('seminar', 'nasional', NULL, '2023-01-01', '2024-01-02')$$);
SELECT pg_temp.err($$SELECT ipasn.jp('pelatihan_teknis', 'nasional', NULL, '2023-01-01', '2024-01-02')$$);
-- 2024 is a leap year: 2024-01-01 .. 2024-12-31 is exactly 366 days -> accepted
SELECT jp('e_learning', 'nasional', 5, '2024-01-01', '2024-12-31') AS "5.00";
-- where the dates are not used the span does not matter
SELECT jp('pelatihan_kepemimpinan', 'nasional', 900, '2023-01-01', '2024-06-30') AS "900.00",
       jp('pendidikan', 'nasional', 4, '2020-01-01', '2024-01-01') AS "80.00";
SELECT pg_temp.err($$SELECT ipasn.jp('seminar', 'nasional', 1, 'infinity', NULL)$$);

-- masalah: never raises; NULL when jp accepts the record
SELECT masalah('seminar', 'nasional', 1) AS ok,
       masalah('seminar', 'nasional', -1),
       masalah('seminar', 'nasional', 400),
       masalah('coaching', 'nasional', 1.5),
       masalah('seminar', 'nasional', 1.234);
SELECT masalah('seminar', 'nasional', 1, '2024-03-05', '2024-03-01'),
       masalah('e_learning', 'nasional', 5, '2023-01-01', '2024-01-02');
SELECT masalah('pendidikan', 'nasional', NULL) AS incomplete1,
       masalah('pelatihan_teknis', 'nasional', NULL) AS incomplete2,
       masalah('pelatihan_teknis', 'nasional', NULL, '2024-03-01', '2024-03-20') AS incomplete3,
       masalah(NULL, 'nasional', 1) AS no_jalur;
-- masalah agrees with jp: NULL exactly when jp accepts the record and gives a value
CREATE FUNCTION pg_temp.jp_or_err(j ipasn.jalur, x numeric, m date, s date) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
	RETURN coalesce(ipasn.jp(j, 'nasional', x, m, s)::text, 'NULL');
EXCEPTION WHEN OTHERS THEN
	RETURN 'error';
END $$;
SELECT count(*) AS records,
       count(*) FILTER (WHERE (masalah(j, 'nasional', x, m, s) IS NULL)
                          <> (pg_temp.jp_or_err(j, x, m, s) NOT IN ('error', 'NULL'))) AS disagreements
FROM unnest(enum_range(NULL::jalur)) AS j,
     (VALUES (1::numeric), (-1), (0), (2001), (1.5), (1.234), (NULL)) AS v(x),
     (VALUES (NULL::date, NULL::date), ('2024-01-01', '2024-01-02'), ('2024-01-01', '2024-01-20'),
             ('2024-01-05', '2024-01-01'), ('2023-01-01', '2024-06-01')) AS d(m, s);

-- jp_explain: the rule, the unit, each cap that bit
SELECT jsonb_pretty(jp_explain('e_learning', 'nasional', 10, '2024-01-01', '2024-01-02'));
SELECT jp_explain('coaching', 'internasional', 3) ->> 'kegiatan_dihitung' AS "2",
       jp_explain('pelatihan_teknis', 'internasional', 17) ->> 'tambahan' AS "3.40",
       jp_explain('pelatihan_teknis', 'nasional', NULL, '2024-01-01', '2024-01-02') ->> 'jumlah_dari_tanggal' AS "true",
       jp_explain('seminar', 'nasional', -1) ->> 'masalah' AS masalah;

-- the numeric ipasn writes is byte-for-byte what PostgreSQL itself builds for the
-- same value at scale 2 (numeric_send shows weight, sign, scale and digits)
SELECT count(*) AS amounts,
       count(*) FILTER (WHERE numeric_send(jp('pelatihan_teknis', 'nasional', g / 100.0))
                           <> numeric_send(round(g / 100.0, 2))) AS different
FROM generate_series(0, 200000, 7) AS g;

-- jp_explain never raises on bad data, not even on a jumlah that is no JSON number
SELECT jp_explain('seminar', 'nasional', 'NaN') ->> 'jumlah' AS jumlah,
       jp_explain('seminar', 'nasional', 'NaN') ->> 'masalah' AS masalah,
       jp_explain('seminar', 'nasional', '-Infinity') ->> 'jumlah' AS minus_infinity;
