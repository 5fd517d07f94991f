-- profil_bangkom and hukuman_terberat: the history behind the IP ASN kompetensi
-- and disiplin dimensions (PermenPANRB 38/2018; README: Reference). Windows end at as_of (inclusive) and start
-- the day after the same date 1 (JP) or 2 (seminar) or 5 (penalties) years earlier.
SET search_path = ipasn, public;
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

CREATE TABLE riwayat_uji (
	pegawai text, jalur ipasn.jalur, lingkup ipasn.lingkup, jumlah numeric, mulai date, selesai date
);
-- X, as_of 2023-12-31: JP window 2023-01-01..2023-12-31, seminar window 2022-01-01..2023-12-31
INSERT INTO riwayat_uji VALUES
	('X', 'pelatihan_teknis', 'nasional', 10, '2022-12-30', '2023-01-01'), -- in (selesai on the first day): 10
	('X', 'pelatihan_teknis', 'nasional', 5, '2022-12-30', '2022-12-31'),  -- out: a day before the window
	('X', 'seminar', 'nasional', 1, '2022-01-01', NULL),                   -- seminar window, first day
	('X', 'e_learning', 'nasional', 5, '2023-06-01', '2023-06-01'),        -- 5 JP on one day -> cap 3
	('X', 'pendidikan', 'nasional', 1, '2023-01-02', '2023-06-30'),        -- 20 JP, not in the 20-JP component
	('X', 'pelatihan_fungsional', 'nasional', 10, NULL, NULL),             -- no date: no window, but fungsional
	('X', 'pelatihan_teknis', 'nasional', 8, '2024-01-01', '2024-01-01');  -- after as_of: out
-- jp = 10 + 3 + 20 = 33.00; jp_teknis = 10 + 3 = 13.00; seminar t; fungsional t; kegiatan 3
-- Y, as_of 2024-02-29 (leap): JP window starts 2023-03-01 (2023-02-28 + 1 day),
-- seminar window starts 2022-03-01
INSERT INTO riwayat_uji VALUES
	('Y', 'pelatihan_teknis', 'nasional', 7, NULL, '2023-02-28'),   -- out
	('Y', 'pelatihan_teknis', 'nasional', 4, NULL, '2023-03-01'),   -- in: 4.00
	('Y', 'workshop', 'nasional', 1, '2022-03-01', '2022-03-01');   -- seminar component, first day
-- Y: jp 4.00, jp_teknis 4.00, seminar t, fungsional f, kegiatan 1
-- W: a seminar a day before the 2-year window, coaching across months
INSERT INTO riwayat_uji VALUES
	('W', 'seminar', 'nasional', 1, '2021-12-31', '2021-12-31'),
	('W', 'coaching', 'nasional', 1, '2023-05-02', NULL), ('W', 'coaching', 'nasional', 1, '2023-05-09', NULL),
	('W', 'coaching', 'nasional', 1, '2023-05-16', NULL), ('W', 'mentoring', 'internasional', 1, '2023-05-20', NULL);
-- W at 2023-12-31: coaching 2 of 3 in May = 4, mentoring internasional 4 -> jp 8.00 = jp_teknis;
-- seminar f (2021-12-31 is outside 2022-01-01..2023-12-31); kegiatan 4
-- V: only an incomplete record -> a profile with 0.00 JP
INSERT INTO riwayat_uji VALUES ('V', 'pendidikan', 'nasional', NULL, '2023-01-01', '2023-06-30');

SELECT pegawai, (p).jp, (p).jp_teknis, (p).seminar, (p).fungsional, (p).kegiatan
FROM (SELECT pegawai,
             profil_bangkom(jalur, lingkup, jumlah, mulai, selesai,
                            CASE pegawai WHEN 'Y' THEN date '2024-02-29' ELSE date '2023-12-31' END) AS p
      FROM riwayat_uji GROUP BY pegawai) s
ORDER BY pegawai;

-- the SIASN rule set: only pelatihan_teknis counts toward the 20 JP
SET ipasn.aturan = 'siasn';
SELECT (profil_bangkom(jalur, lingkup, jumlah, mulai, selesai, '2023-12-31')).*
FROM riwayat_uji WHERE pegawai = 'X';
RESET ipasn.aturan;
-- X under siasn: jp 33.00 (all JP), jp_teknis 10.00 (only pelatihan_teknis)

-- stored partial states give the same profile
SELECT profil(jp_merge(st)) = (SELECT profil_bangkom(jalur, lingkup, jumlah, mulai, selesai, '2023-12-31')
                               FROM riwayat_uji WHERE pegawai = 'X') AS same
FROM (SELECT profil_state_agg(jalur, lingkup, jumlah, mulai, selesai, '2023-12-31') AS st
      FROM riwayat_uji WHERE pegawai = 'X' GROUP BY jalur) s;

-- as_of must be given
SELECT pg_temp.err($$SELECT ipasn.profil_bangkom('seminar', 'nasional', 1, NULL, NULL, NULL)$$);
SELECT pg_temp.err($$SELECT ipasn.profil_bangkom('seminar', 'nasional', -1, NULL, NULL, '2023-12-31')$$);

-- hukuman_terberat: the 5 years up to as_of 2023-12-31 start on 2019-01-01
SELECT pegawai, hukuman_terberat(h, t, '2023-12-31') AS terberat
FROM (VALUES
	('A', 'berat'::ipasn.hukuman, '2018-12-31'::date),  -- exactly 5 years old: out
	('A', 'ringan', '2019-01-01'),                       -- a day younger: in
	('B', 'sedang', '2020-05-05'), ('B', 'berat', '2023-12-31'), ('B', 'ringan', '2021-01-01'),
	('C', 'berat', '2024-01-01'),                        -- after as_of: out
	('C', 'sedang', NULL),                               -- no decision date: in no window
	('D', NULL, '2022-01-01')) AS v(pegawai, h, t)
GROUP BY pegawai ORDER BY pegawai;
-- A ringan; B berat; C NULL; D NULL
SELECT hukuman_max(NULL, NULL) AS "NULL", hukuman_max('ringan', NULL) AS ringan,
       hukuman_max(NULL, 'sedang') AS sedang, hukuman_max('berat', 'sedang') AS berat;

-- parallel: Partial Aggregate, same results as the serial run
CREATE TABLE riwayat_besar AS
SELECT pegawai || (g % 50) AS pegawai, jalur, lingkup, jumlah, mulai, selesai
FROM riwayat_uji, generate_series(1, 400) g WHERE pegawai <> 'Y';
ANALYZE riwayat_besar;
CREATE TABLE profil_serial AS
SELECT pegawai, profil_bangkom(jalur, lingkup, jumlah, mulai, selesai, '2023-12-31') AS p
FROM riwayat_besar GROUP BY pegawai;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT pegawai, profil_bangkom(jalur, lingkup, jumlah, mulai, selesai, '2023-12-31')
FROM riwayat_besar GROUP BY pegawai;
SELECT count(*) AS groups, count(*) FILTER (WHERE s.p IS DISTINCT FROM q.p) AS different
FROM profil_serial s
JOIN (SELECT pegawai, profil_bangkom(jalur, lingkup, jumlah, mulai, selesai, '2023-12-31') AS p
      FROM riwayat_besar GROUP BY pegawai) q USING (pegawai);
EXPLAIN (COSTS OFF)
SELECT hukuman_terberat(CASE WHEN jumlah > 5 THEN 'sedang'::ipasn.hukuman END, mulai, '2023-12-31')
FROM riwayat_besar;
SELECT hukuman_terberat(CASE WHEN jumlah > 5 THEN 'sedang'::ipasn.hukuman END, mulai, '2023-12-31') AS sedang
FROM riwayat_besar;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
DROP TABLE riwayat_uji, riwayat_besar, profil_serial;
