-- trigger: ipasn.isi_jp (fills JP per row), ipasn.ringkas_jp (per employee
-- and year summary), ipasn.buat_ringkasan, ipasn.isi_ulang and
-- ipasn.isi_ulang_ringkasan (backfill).  Every JP value is worked by hand
-- from Peraturan LAN 10/2018, Lampiran; the comment above each query gives the rule.
SET client_min_messages = warning;
CREATE SCHEMA trg;
SET search_path = trg, public;
-- prints 'ok' or 'SQLSTATE: message' of a statement
CREATE FUNCTION coba(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- ------------------------------------------------------------------
-- 1. isi_jp on enum columns
-- ------------------------------------------------------------------
CREATE TABLE diklat (
	id serial PRIMARY KEY,
	jalur ipasn.jalur,
	lingkup ipasn.lingkup,
	jumlah numeric,
	mulai date,
	selesai date,
	jp numeric(7,2)
);
CREATE TRIGGER isi BEFORE INSERT OR UPDATE ON diklat
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp, 'satuan');
INSERT INTO diklat (jalur, lingkup, jumlah, mulai, selesai) VALUES
	-- 1: JP-unit program, nasional: as the program -> 24.00
	('pelatihan_teknis', 'nasional', 24, '2024-02-05', '2024-02-07'),
	-- 2: bimtek internasional +20%: 17 x 1.2 = 20.40 (not 20.399999)
	('bimtek', 'internasional', 17, '2024-03-01', '2024-03-02'),
	-- 3: seminar nasional, jumlah NULL: days from the dates, 3 days x 4 = 12.00
	('seminar', 'nasional', NULL, '2024-05-01', '2024-05-03'),
	-- 4: JP-unit, jumlah NULL, 2 days <= 7: 8 JP a day = 16.00
	('pelatihan_teknis', 'nasional', NULL, '2024-06-10', '2024-06-11'),
	-- 5: e_learning nasional 5 JP on one day: cap 3 JP a day -> 3.00
	('e_learning', 'nasional', 5, '2024-07-01', '2024-07-01'),
	-- 6: coaching internasional, jumlah NULL: 1 activity x 4 JP = 4.00
	('coaching', 'internasional', NULL, '2024-08-01', NULL),
	-- 7: pendidikan with NULL jumlah: incomplete -> NULL
	('pendidikan', 'nasional', NULL, '2024-01-01', '2024-06-30'),
	-- 8: NULL jalur -> NULL
	(NULL, 'nasional', 10, '2024-01-01', NULL),
	-- 9: NULL lingkup reads nasional (SIASN keeps no scope): 10 JP kursus = 10.00
	('kursus', NULL, 10, '2024-01-01', NULL),
	-- 10: JP-unit with NULL jumlah over 8 days (> 7): NULL
	('pelatihan_teknis', 'nasional', NULL, '2024-01-01', '2024-01-08');
SELECT id, jalur, lingkup, jumlah, jp FROM diklat ORDER BY id;
-- UPDATE recomputes: 24 -> 30 JP of pelatihan_teknis nasional = 30.00
UPDATE diklat SET jumlah = 30 WHERE id = 1;
-- a hand-written jp is overwritten by the trigger: pelatihan_teknis 30 -> 30.00
UPDATE diklat SET jp = 999 WHERE id = 1;
-- switch to internasional: 30 x 1.2 = 36.00
UPDATE diklat SET lingkup = 'internasional' WHERE id = 1;
SELECT id, jumlah, lingkup, jp FROM diklat WHERE id = 1;

-- bad data aborts the whole statement, nothing is written (doc/reference.md: Errors)
SELECT count(*) AS sebelum FROM diklat;
-- negative jumlah: 22023
SELECT coba($$INSERT INTO diklat (jalur, lingkup, jumlah) VALUES
	('kursus', 'nasional', 8), ('kursus', 'nasional', -1)$$);
-- more than two decimals: 22023
SELECT coba($$INSERT INTO diklat (jalur, lingkup, jumlah) VALUES ('kursus', 'nasional', 1.005)$$);
-- selesai before mulai: 22023
SELECT coba($$INSERT INTO diklat (jalur, lingkup, jumlah, mulai, selesai) VALUES ('kursus', 'nasional', 8, '2024-02-02', '2024-02-01')$$);
-- half a coaching activity: 22023
SELECT coba($$INSERT INTO diklat (jalur, lingkup, jumlah) VALUES ('coaching', 'nasional', 0.5)$$);
-- an UPDATE with bad data leaves the row as it was
SELECT coba($$UPDATE diklat SET jumlah = 2001 WHERE id = 2$$);
SELECT count(*) AS sesudah FROM diklat;
SELECT id, jumlah, jp FROM diklat WHERE id = 2;
-- the error names the trigger and table in its context
\set VERBOSITY default
\set SHOW_CONTEXT always
INSERT INTO diklat (jalur, lingkup, jumlah) VALUES ('kursus', 'nasional', -1);
\set SHOW_CONTEXT errors

-- ------------------------------------------------------------------
-- 2. isi_jp on text, integer and timestamp columns
-- ------------------------------------------------------------------
CREATE TABLE riwayat (
	id serial PRIMARY KEY,
	"Jenis Diklat" varchar(100),
	lingkup text,
	jam text,
	kegiatan integer,
	tgl_mulai timestamp,
	tgl_selesai timestamptz,
	jp numeric
);
CREATE TRIGGER isi_teks BEFORE INSERT OR UPDATE ON riwayat
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('Jenis Diklat', lingkup, jam, tgl_mulai, tgl_selesai, jp, 'satuan');
SET timezone = 'UTC';
INSERT INTO riwayat ("Jenis Diklat", lingkup, jam, tgl_mulai, tgl_selesai) VALUES
	-- 1: 'Bimbingan Teknis' = bimtek, 'Luar Negeri' = internasional, ' 10 ' = 10: 12.00
	('Bimbingan Teknis', 'Luar Negeri', ' 10 ', '2024-03-01 08:00', '2024-03-01 16:00+00'),
	-- 2: 'Workshop' with '1,5' days (decimal comma) internasional: 7 x 1.5 = 10.50
	('Workshop', 'INTERNASIONAL', '1,5', '2024-04-01 08:00', NULL),
	-- 3: seminar, blank jumlah = NULL: days from the timestamps' dates, 2 x 4 = 8.00
	('SEMINAR', 'dalam negeri', '   ', '2024-05-01 09:00', '2024-05-02 15:00+00'),
	-- 4: blank jalur = NULL: jp NULL
	('  ', 'nasional', '8', NULL, NULL),
	-- 5: 'Diklat Teknis' 12.5 JP nasional = 12.50
	('Diklat Teknis', 'Nasional', '12.5', NULL, NULL);
SELECT id, "Jenis Diklat", lingkup, jam, jp FROM riwayat ORDER BY id;
-- unknown text: 22P02, naming the value
SELECT coba($$INSERT INTO riwayat ("Jenis Diklat", lingkup, jam) VALUES ('Rapat', 'nasional', '8')$$);
SELECT coba($$INSERT INTO riwayat ("Jenis Diklat", lingkup, jam) VALUES ('bimtek', 'provinsi', '8')$$);
SELECT coba($$INSERT INTO riwayat ("Jenis Diklat", lingkup, jam) VALUES ('bimtek', 'nasional', '2 hari')$$);
-- '1.500' could be one thousand five hundred or 1.5: refused (22P02)
SELECT coba($$INSERT INTO riwayat ("Jenis Diklat", lingkup, jam) VALUES ('bimtek', 'nasional', '1.500')$$);
SELECT count(*) AS tetap_5 FROM riwayat;
-- the coercions are SQL functions too
SELECT ipasn.teks_jalur('Bimtek') AS jalur, ipasn.teks_lingkup('luar negeri') AS lingkup,
	ipasn.teks_jumlah(' 12,5 ') AS jumlah, ipasn.teks_jumlah('') AS kosong,
	ipasn.teks_lingkup(' ') AS lingkup_kosong;

-- integer jumlah: magang nasional 2 activities x 20 = 40.00
CREATE TABLE magang (id int, jalur ipasn.jalur, lingkup ipasn.lingkup, n smallint, m date, s date, jp numeric);
CREATE TRIGGER isi BEFORE INSERT ON magang
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, n, m, s, jp, 'satuan');
INSERT INTO magang VALUES (1, 'magang', 'nasional', 2, NULL, NULL, NULL);
SELECT id, jp FROM magang;

-- ------------------------------------------------------------------
-- 3. misuse of isi_jp: errors at the first call, with SQLSTATE
-- ------------------------------------------------------------------
CREATE TABLE salah (
	id int,
	jalur ipasn.jalur,
	lingkup ipasn.lingkup,
	jumlah numeric,
	jumlah_f double precision,
	mulai date,
	mulai_t text,
	selesai date,
	jp numeric,
	jp_int integer,
	jp_gen numeric GENERATED ALWAYS AS (jumlah * 2) STORED
);
-- not called as a trigger
SELECT coba($$SELECT ipasn.isi_jp()$$);
-- FOR EACH STATEMENT: 39P01
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH STATEMENT EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp, 'satuan');
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
-- AFTER: 39P01
CREATE TRIGGER t AFTER INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp, 'satuan');
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
-- DELETE: 39P01
INSERT INTO salah (id) VALUES (1);
CREATE TRIGGER t BEFORE DELETE ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp, 'satuan');
SELECT coba($$DELETE FROM salah$$);
DROP TRIGGER t ON salah;
-- five arguments: 39P01
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai);
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
-- missing column: 42703, naming it
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, tamat, jp, 'satuan');
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
-- a quoted mixed-case name is not folded: "Jalur" does not exist
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('Jalur', lingkup, jumlah, mulai, selesai, jp, 'satuan');
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
-- system column: 0A000
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, xmin, selesai, jp, 'satuan');
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
-- generated column: 0A000
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp_gen, 'satuan');
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
-- wrong types: 42804
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah_f, mulai, selesai, jp, 'satuan');
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(id, lingkup, jumlah, mulai, selesai, jp, 'satuan');
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai_t, selesai, jp, 'satuan');
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp_int, 'satuan');
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
-- the cache follows ALTER TABLE: a column changed to a usable type works
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp_int, 'satuan');
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
ALTER TABLE salah ALTER COLUMN jp_int TYPE numeric;
-- kursus nasional 6 JP = 6.00
INSERT INTO salah (id, jalur, lingkup, jumlah) VALUES (2, 'kursus', 'nasional', 6);
SELECT id, jp_int FROM salah WHERE id = 2;
DROP TABLE salah;

-- ------------------------------------------------------------------
-- 4. the summary: one row per employee and year (ringkas_jp)
-- ------------------------------------------------------------------
CREATE TABLE bangkom (
	id serial PRIMARY KEY,
	nip text,
	jalur text,
	lingkup text,
	jumlah numeric,
	mulai date,
	selesai date
);
CREATE INDEX ON bangkom (nip);
SELECT ipasn.buat_ringkasan('bangkom', 'ringkasan', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan');
SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = 'bangkom'::regclass ORDER BY tgname;
-- coaching on 3, 10 and 24 March and 2 April 2024: at most 2 activities a
-- month count (Peraturan LAN 10/2018, Lampiran), so March gives 2 x 2 = 4 and April 2: 6.00
INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai) VALUES
	('198001012005011001', 'coaching', 'nasional', NULL, '2024-03-03'),
	('198001012005011001', 'coaching', 'nasional', NULL, '2024-03-10'),
	('198001012005011001', 'coaching', 'nasional', NULL, '2024-03-24'),
	('198001012005011001', 'coaching', 'nasional', NULL, '2024-04-02');
-- the second employee: e-learning 2 JP + 2 JP on the same day, cap 3 a day:
-- 3.00; pelatihan teknis 18 JP: 18.00; total 21.00 (meets 20, not 40)
INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES
	('199002022015022002', 'e-learning', 'nasional', 2, '2024-09-09', '2024-09-09'),
	('199002022015022002', 'e-learning', 'nasional', 2, '2024-09-09', '2024-09-09'),
	('199002022015022002', 'pelatihan teknis', 'nasional', 18, '2024-10-01', '2024-10-03');
-- a record in 2023 (year of selesai): bimtek internasional 40 JP x 1.2 = 48.00
INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES
	('199002022015022002', 'bimtek', 'luar negeri', 40, '2023-12-28', '2023-12-30');
-- a record without any date is in no year: not summarized
INSERT INTO bangkom (nip, jalur, lingkup, jumlah) VALUES ('199002022015022002', 'kursus', 'nasional', 10);
SELECT pegawai, tahun, jp, jumlah_catatan, memenuhi_target, memenuhi_target_tinggi
  FROM ringkasan_target ORDER BY pegawai, tahun;
-- UPDATE moves the 24 March coaching to the second employee: the first
-- keeps 3 and 10 March (4) + April (2) = 6.00 with 3 records; the second
-- 2024 gets 2.00 more = 23.00
UPDATE bangkom SET nip = '199002022015022002' WHERE mulai = '2024-03-24';
SELECT pegawai, tahun, jp, jumlah_catatan FROM ringkasan ORDER BY pegawai, tahun;
-- UPDATE moves the 2 April coaching to 2023 (another year of the same
-- employee): 2024 keeps March = 4.00 (2 records), 2023 is new: 2.00
UPDATE bangkom SET mulai = '2023-04-02' WHERE mulai = '2024-04-02';
SELECT pegawai, tahun, jp, jumlah_catatan FROM ringkasan ORDER BY pegawai, tahun;
-- a new March coaching for the first employee: still 2 a month, 4.00 (INSERT
-- merges the stored state, the cap stays exact)
INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai) VALUES
	('198001012005011001', 'coaching', 'nasional', NULL, '2024-03-30');
SELECT pegawai, tahun, jp, jumlah_catatan FROM ringkasan WHERE pegawai = '198001012005011001' ORDER BY tahun;
-- DELETE two of the three March coachings: one left = 2.00
DELETE FROM bangkom WHERE nip = '198001012005011001' AND mulai IN ('2024-03-03', '2024-03-30');
-- DELETE the whole 2023 of the first employee: its row goes away
DELETE FROM bangkom WHERE nip = '198001012005011001' AND mulai = '2023-04-02';
SELECT pegawai, tahun, jp, jumlah_catatan FROM ringkasan ORDER BY pegawai, tahun;
-- the summary equals a full recomputation with jp_total (records without a
-- date in the row of year NULL)
SELECT count(*) AS beda FROM (
	SELECT pegawai, tahun, jp, jumlah_catatan FROM ringkasan
	EXCEPT
	SELECT nip, extract(year FROM coalesce(selesai, mulai))::int,
		ipasn.jp_total(ipasn.teks_jalur(jalur), ipasn.teks_lingkup(lingkup), jumlah, mulai, selesai), count(*)
	  FROM bangkom GROUP BY 1, 2) x;
-- bad data in a statement (no isi_jp on this table): the summary never
-- aborts on it; it counts the record in tidak_dihitung (kursus 5 JP + the
-- coaching of March 2.00 = 7.00 JP from 3 records, 1 not counted)
SELECT coba($$INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai) VALUES
	('198001012005011001', 'kursus', 'nasional', 5, '2024-01-05'),
	('198001012005011001', 'kursus', 'nasional', -5, '2024-01-05')$$);
SELECT pegawai, tahun, jp, jumlah_catatan FROM ringkasan ORDER BY pegawai, tahun;
-- one statement with 120 records of one employee and year (the trigger
-- merges them in chunks): 40 coachings nasional in March 2024, at most 2 a
-- month x 2 JP = 4.00; 50 e-learnings of 2 JP on 9 September, cap 3 JP a
-- day = 3.00; 30 kursus of 1 JP = 30.00; total 37.00 (meets 20, not 40)
INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai, selesai)
SELECT '197001011995011001',
	CASE WHEN i <= 40 THEN 'coaching' WHEN i <= 90 THEN 'e-learning' ELSE 'kursus' END, 'nasional',
	CASE WHEN i <= 40 THEN NULL WHEN i <= 90 THEN 2 ELSE 1 END,
	CASE WHEN i <= 40 THEN '2024-03-01'::date + i % 28 WHEN i <= 90 THEN '2024-09-09' ELSE '2024-11-01' END,
	CASE WHEN i <= 40 THEN NULL WHEN i <= 90 THEN '2024-09-09'::date ELSE '2024-11-01' END
  FROM generate_series(1, 120) i;
SELECT pegawai, tahun, jp, jumlah_catatan, memenuhi_target, memenuhi_target_tinggi
  FROM ringkasan_target WHERE pegawai = '197001011995011001';
-- TRUNCATE empties the summary
TRUNCATE bangkom;
SELECT count(*) AS kosong FROM ringkasan;

-- misuse of ringkas_jp
CREATE TABLE r2 (nip text, jalur ipasn.jalur, lingkup ipasn.lingkup, jumlah numeric, mulai date, selesai date);
CREATE TRIGGER t AFTER INSERT ON r2 FOR EACH ROW
	EXECUTE FUNCTION ipasn.ringkas_jp('ringkasan', nip, jalur, lingkup, jumlah, mulai, selesai, 'satuan');
SELECT coba($$INSERT INTO r2 VALUES ('x', 'kursus', 'nasional', 1, '2024-01-01', NULL)$$);
DROP TRIGGER t ON r2;
CREATE TRIGGER t AFTER INSERT ON r2 REFERENCING NEW TABLE AS baru FOR EACH STATEMENT
	EXECUTE FUNCTION ipasn.ringkas_jp('ringkasan', nip, jalur, lingkup, jumlah, mulai);
SELECT coba($$INSERT INTO r2 VALUES ('x', 'kursus', 'nasional', 1, '2024-01-01', NULL)$$);
DROP TRIGGER t ON r2;
CREATE TRIGGER t AFTER INSERT ON r2 REFERENCING NEW TABLE AS baru FOR EACH STATEMENT
	EXECUTE FUNCTION ipasn.ringkas_jp('tidak_ada', nip, jalur, lingkup, jumlah, mulai, selesai, 'satuan');
SELECT coba($$INSERT INTO r2 VALUES ('x', 'kursus', 'nasional', 1, '2024-01-01', NULL)$$);
DROP TRIGGER t ON r2;
CREATE TRIGGER t AFTER INSERT ON r2 REFERENCING NEW TABLE AS baru FOR EACH STATEMENT
	EXECUTE FUNCTION ipasn.ringkas_jp('ringkasan', nip, jalur, lingkup, jumlah, mulai, tamat, 'satuan');
SELECT coba($$INSERT INTO r2 VALUES ('x', 'kursus', 'nasional', 1, '2024-01-01', NULL)$$);
DROP TRIGGER t ON r2;
-- transition table named otherwise
CREATE TRIGGER t AFTER INSERT ON r2 REFERENCING NEW TABLE AS n FOR EACH STATEMENT
	EXECUTE FUNCTION ipasn.ringkas_jp('ringkasan', nip, jalur, lingkup, jumlah, mulai, selesai, 'satuan');
SELECT coba($$INSERT INTO r2 VALUES ('x', 'kursus', 'nasional', 1, '2024-01-01', NULL)$$);
DROP TABLE r2;

-- ------------------------------------------------------------------
-- 5. backfill of an existing table
-- ------------------------------------------------------------------
CREATE TABLE lama (id int PRIMARY KEY, nip text, jalur ipasn.jalur, lingkup ipasn.lingkup,
	jumlah numeric, mulai date, selesai date, jp numeric);
-- 1000 records, 10 employees; each is kursus nasional 3 JP = 3.00, every
-- 10th a coaching nasional (2.00) in January 2024
INSERT INTO lama SELECT i, 'P' || (i % 10),
	CASE WHEN i % 10 = 0 THEN 'coaching' ELSE 'kursus' END::ipasn.jalur, 'nasional',
	CASE WHEN i % 10 = 0 THEN NULL ELSE 3 END, '2024-01-01'::date + (i % 28), NULL, NULL
  FROM generate_series(1, 1000) i;
CALL ipasn.isi_ulang('lama', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan', blok_per_batch => 2);
-- 900 x 3.00 + 100 x 2.00 = 2900.00, all filled
SELECT count(jp) AS terisi, sum(jp) AS total FROM lama;
-- a second run finds nothing to do; with semua it rewrites nothing either,
-- and reads each of the 1000 rows once (baca_catatan runs once a row, not
-- once for each field it gives: 1000 calls, counted by track_functions)
SET track_functions = 'all';
SET stats_fetch_consistency = 'none';
SELECT pg_stat_reset_single_function_counters('ipasn.baca_catatan(text,text,text,date,date,text)'::regprocedure);
CALL ipasn.isi_ulang('lama', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan', semua => true);
SELECT pg_stat_force_next_flush();
SELECT pg_stat_get_function_calls('ipasn.baca_catatan(text,text,text,date,date,text)'::regprocedure) AS dibaca;
RESET track_functions;
RESET stats_fetch_consistency;
SELECT ipasn.buat_ringkasan('lama', 'trg.ringkasan_lama', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan', isi => false);
SELECT count(*) AS belum_diisi FROM ringkasan_lama;
CALL ipasn.isi_ulang_ringkasan('lama', 'ringkasan_lama', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan', pegawai_per_batch => 3);
-- P0: 100 coachings in January 2024, at most 2 a month: 4.00;
-- P1..P9: 100 kursus each: 300.00
SELECT pegawai, tahun, jp, jumlah_catatan, memenuhi_target_tinggi FROM ringkasan_lama_target ORDER BY pegawai;
-- misuse of isi_ulang
SELECT coba($$CALL ipasn.isi_ulang('lama', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'nip', 'satuan')$$);
SELECT coba($$CALL ipasn.isi_ulang('lama', 'jalur', 'lingkup', 'mulai', 'mulai', 'selesai', 'jp', 'satuan')$$);
-- inside a transaction block it cannot COMMIT: 2D000
BEGIN;
CALL ipasn.isi_ulang('lama', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan');
ROLLBACK;

-- ------------------------------------------------------------------
-- 6. jumlah_dalam: tables that store hours (jam)
-- ------------------------------------------------------------------
-- SIASN and most SIMPEG tables store hours for every activity.  Peraturan
-- LAN 10/2018, Lampiran counts a seminar per day (4 JP a day nasional),
-- coaching per activity (2 JP each), a workshop per day (5 JP a day
-- nasional) and a training program in JP: with jumlah_dalam 'jam' the hours
-- are the amount only where the unit is JP (ipasn.jumlah_jam); otherwise the
-- days come from the dates and an activity counts once.
CREATE TABLE simpeg (
	id serial PRIMARY KEY,
	nip varchar(18) NOT NULL,
	jenis text,
	lingkup text,
	jam numeric,
	tgl_mulai date,
	tgl_selesai date,
	jp numeric(8,2)
);
CREATE TRIGGER isi_jp BEFORE INSERT OR UPDATE ON simpeg
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jenis, lingkup, jam, tgl_mulai, tgl_selesai, jp, 'jam');
SELECT ipasn.buat_ringkasan('simpeg', 'simpeg_jp', 'nip', 'jenis', 'lingkup', 'jam', 'tgl_mulai', 'tgl_selesai',
	jumlah_dalam => 'jam');
SELECT tgname, substring(pg_get_triggerdef(oid) FROM 'EXECUTE FUNCTION (.*)$') AS fungsi
  FROM pg_trigger WHERE tgrelid = 'simpeg'::regclass ORDER BY tgname;
INSERT INTO simpeg (nip, jenis, lingkup, jam, tgl_mulai, tgl_selesai) VALUES
	-- seminar of 8 hours on one day: 1 day x 4 JP = 4.00 (not 8 days = 32)
	('198501012010011001', 'Seminar', 'Nasional', 8, '2024-05-06', '2024-05-06'),
	-- coaching of 2 hours: one activity x 2 JP = 2.00 (not 2 activities = 4)
	('198501012010011001', 'Coaching', 'Nasional', 2, '2024-06-03', NULL),
	-- workshop of 16 hours over 2 days: 2 days x 5 JP = 10.00 (not 16 days = 80)
	('198501012010011001', 'Workshop', 'Nasional', 16, '2024-07-01', '2024-07-02'),
	-- pelatihan teknis of 24 hours (its unit is JP): 24.00
	('199002022015022002', 'Pelatihan Teknis', 'Nasional', 24, '2024-08-05', '2024-08-07'),
	-- pelatihan teknis of 24 hours luar negeri: 24 x 1.2 = 28.80
	('199002022015022002', 'Pelatihan Teknis', 'Luar Negeri', 24, '2024-09-02', '2024-09-04'),
	-- jam 0 is "not filled in": seminar of one day = 4.00; pelatihan teknis of
	-- two days without hours: 8 JP a day = 16.00
	('199002022015022002', 'Seminar', 'Nasional', 0, '2024-10-01', '2024-10-01'),
	('199002022015022002', 'Pelatihan Teknis', 'Nasional', 0, '2024-11-04', '2024-11-05');
SELECT id, jenis, lingkup, jam, jp FROM simpeg ORDER BY id;
-- the summary agrees: 4 + 2 + 10 = 16.00 for 2024; the second employee
-- 24 + 28.80 + 4 + 16 = 72.80
SELECT pegawai, tahun, jp, jumlah_catatan, memenuhi_target, memenuhi_target_tinggi FROM simpeg_jp_target ORDER BY pegawai;
-- an UPDATE of the hours: the workshop's 16 hours become 12 over the same
-- 2 days: still 10.00 (a workshop counts per day); the seminar becomes a
-- 2-day one: 2 x 4 = 8.00; the year 8 + 2 + 10 = 20.00
UPDATE simpeg SET jam = 12 WHERE jenis = 'Workshop';
UPDATE simpeg SET tgl_selesai = '2024-05-07' WHERE id = 1;
SELECT id, jp FROM simpeg WHERE id IN (1, 3) ORDER BY id;
SELECT pegawai, jp FROM simpeg_jp WHERE pegawai = '198501012010011001';
-- 'satuan' reads the same numbers in each jalur's unit, which is what the
-- issue found: 8 "days" of seminar = 32.00, 2 coachings = 4.00, 16 workshop
-- days = 80.00
SELECT ipasn.jp('seminar', 'nasional', 8, '2024-05-06', '2024-05-06') AS seminar,
	ipasn.jp('coaching', 'nasional', 2, '2024-06-03', NULL) AS coaching,
	ipasn.jp('workshop', 'nasional', 16, '2024-07-01', '2024-07-02') AS workshop;
-- hours that are bad input abort the statement (22023), naming the column
SELECT count(*) AS sebelum FROM simpeg;
SELECT coba($$INSERT INTO simpeg (nip, jenis, lingkup, jam) VALUES ('1', 'Seminar', 'Nasional', -1)$$);
SELECT coba($$INSERT INTO simpeg (nip, jenis, lingkup, jam) VALUES ('1', 'Pelatihan Teknis', 'Nasional', 8.125)$$);
SELECT coba($$INSERT INTO simpeg (nip, jenis, lingkup, jam) VALUES ('1', 'Coaching', 'Nasional', 'NaN')$$);
SELECT coba($$UPDATE simpeg SET jam = -0.5 WHERE id = 2$$);
SELECT count(*) AS sesudah FROM simpeg;
\set VERBOSITY default
\set SHOW_CONTEXT always
INSERT INTO simpeg (nip, jenis, lingkup, jam) VALUES ('1', 'Seminar', 'Nasional', -1);
\set SHOW_CONTEXT errors
-- a NULL jalur gives no record: its hours are not read (as jumlah_jam is STRICT)
INSERT INTO simpeg (nip, jenis, lingkup, jam) VALUES ('1', '  ', 'Nasional', -1);
SELECT jp FROM simpeg WHERE nip = '1';
DELETE FROM simpeg WHERE nip = '1';

-- a text hours column: the text reader first ('16 jam', '2,5'), then jumlah_jam
CREATE TABLE simpeg_teks (id int, jenis text, lingkup text, jam varchar(20), mulai date, selesai date, jp numeric);
CREATE TRIGGER t BEFORE INSERT ON simpeg_teks
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jenis, lingkup, jam, mulai, selesai, jp, 'jam');
INSERT INTO simpeg_teks VALUES
	-- workshop '16 jam' over 2 days: 10.00
	(1, 'Workshop', 'Nasional', '16 jam', '2024-07-01', '2024-07-02', NULL),
	-- bimtek (JP) '2,5' hours: 2.50
	(2, 'Bimtek', 'Nasional', '2,5', NULL, NULL, NULL),
	-- blank hours, coaching: one activity = 2.00
	(3, 'Coaching', 'Nasional', ' ', '2024-06-03', NULL, NULL);
SELECT id, jam, jp FROM simpeg_teks ORDER BY id;
SELECT coba($$INSERT INTO simpeg_teks VALUES (4, 'Bimtek', 'Nasional', '-3 jam', NULL, NULL, NULL)$$);
-- the same text hours through the summary: the fill of buat_ringkasan (SQL),
-- an INSERT (C) and an UPDATE (SQL recompute) read them alike.  2024: the
-- workshop 10.00 + the coaching 2.00 = 12.00 (the bimtek has no date, no
-- year); a workshop of '8 jam' on one day: + 5.00 = 17.00
ALTER TABLE simpeg_teks ADD COLUMN nip text DEFAULT '1';
SELECT ipasn.buat_ringkasan('simpeg_teks', 'simpeg_teks_jp', 'nip', 'jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jam');
SELECT pegawai, tahun, jp, jumlah_catatan FROM simpeg_teks_jp;
INSERT INTO simpeg_teks (id, jenis, lingkup, jam, mulai, selesai) VALUES (5, 'Workshop', 'Nasional', '8 jam', '2024-08-01', '2024-08-01');
SELECT pegawai, tahun, jp, jumlah_catatan FROM simpeg_teks_jp;
UPDATE simpeg_teks SET jam = jam;
SELECT pegawai, tahun, jp, jumlah_catatan FROM simpeg_teks_jp;

-- backfill with 'jam': the same rows without triggers
CREATE TABLE simpeg_lama AS SELECT id, nip, jenis, lingkup, jam, tgl_mulai, tgl_selesai, NULL::numeric AS jp FROM simpeg;
CALL ipasn.isi_ulang('simpeg_lama', 'jenis', 'lingkup', 'jam', 'tgl_mulai', 'tgl_selesai', 'jp', jumlah_dalam => 'jam');
SELECT count(*) AS beda FROM simpeg s JOIN simpeg_lama l USING (id) WHERE s.jp IS DISTINCT FROM l.jp;
SELECT ipasn.buat_ringkasan('simpeg_lama', 'simpeg_lama_jp', 'nip', 'jenis', 'lingkup', 'jam', 'tgl_mulai', 'tgl_selesai', 'jam', isi => false);
CALL ipasn.isi_ulang_ringkasan('simpeg_lama', 'simpeg_lama_jp', 'nip', 'jenis', 'lingkup', 'jam', 'tgl_mulai', 'tgl_selesai', jumlah_dalam => 'jam');
-- equal to the summary kept by the triggers (20.00 and 72.80)
SELECT pegawai, tahun, jp, jumlah_catatan FROM simpeg_lama_jp
EXCEPT SELECT pegawai, tahun, jp, jumlah_catatan FROM simpeg_jp;
SELECT pegawai, jp FROM simpeg_lama_jp ORDER BY pegawai;

-- a missing or unknown jumlah_dalam: 22023, naming both choices, refused
-- at CREATE TRIGGER (the event trigger ipasn_periksa_pemicu)
CREATE TABLE dalam (nip text, jalur text, lingkup text, jam numeric, mulai date, selesai date, jp numeric);
INSERT INTO dalam VALUES ('1', 'Seminar', 'Nasional', 8, '2024-05-06', '2024-05-06', NULL);
CREATE FUNCTION coba_pemicu(arg text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	RETURN coba(format('CREATE TRIGGER t BEFORE INSERT OR UPDATE ON dalam FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jam, mulai, selesai, jp%s)', arg));
END $$;
-- isi_jp: 'hours', '', NULL (an identifier: the text "null"), 'JAM' (case
-- counts), and none (the six arguments of ipasn 0.1.0)
SELECT a, coba_pemicu(a) FROM (VALUES (', ''hours'''), (', '''''), (', NULL'), (', ''JAM'''), ('')) AS v(a);
SELECT count(*) AS pemicu FROM pg_trigger WHERE tgrelid = 'dalam'::regclass;
\set VERBOSITY default
\set SHOW_CONTEXT never
CREATE TRIGGER t BEFORE INSERT OR UPDATE ON dalam
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jam, mulai, selesai, jp, 'hours');
CREATE TRIGGER t BEFORE INSERT OR UPDATE ON dalam
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jam, mulai, selesai, jp);
-- the first firing refuses them too: a trigger created while event
-- triggers do not fire (session_replication_role = replica)
SET session_replication_role = replica;
CREATE TRIGGER t BEFORE INSERT OR UPDATE ON dalam
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jam, mulai, selesai, jp);
RESET session_replication_role;
UPDATE dalam SET jam = jam;
DROP TRIGGER t ON dalam;
\set VERBOSITY default
\set SHOW_CONTEXT errors
-- isi_jp with eight arguments: the eighth names the problem column, text
CREATE TRIGGER t BEFORE INSERT OR UPDATE ON dalam
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jam, mulai, selesai, jp, 'jam', 'jam');
SELECT coba($$UPDATE dalam SET jam = jam$$);
DROP TRIGGER t ON dalam;
-- ringkas_jp: 'hours', '', NULL and none (the seven arguments of ipasn
-- 0.1.0) at CREATE TRIGGER; 9 arguments: 39P01 at the first statement
CREATE TABLE dalam_jp (pegawai text, tahun integer, jp numeric, jumlah_catatan bigint NOT NULL DEFAULT 0,
	jp_state ipasn.jp_state, PRIMARY KEY (pegawai, tahun));
SELECT a, coba(format('CREATE TRIGGER r AFTER INSERT ON dalam REFERENCING NEW TABLE AS baru FOR EACH STATEMENT '
		'EXECUTE FUNCTION ipasn.ringkas_jp(dalam_jp, nip, jalur, lingkup, jam, mulai, selesai%s)', a))
  FROM (VALUES (', ''hours'''), (', '''''), (', NULL'), ('')) AS v(a);
SELECT count(*) AS pemicu FROM pg_trigger WHERE tgrelid = 'dalam'::regclass;
CREATE TRIGGER r AFTER INSERT ON dalam REFERENCING NEW TABLE AS baru FOR EACH STATEMENT
	EXECUTE FUNCTION ipasn.ringkas_jp(dalam_jp, nip, jalur, lingkup, jam, mulai, selesai, 'jam', 'jam');
SELECT coba($$INSERT INTO dalam (nip, jalur, lingkup, jam, mulai) VALUES ('2', 'Seminar', 'Nasional', 8, '2024-05-06')$$);
DROP TRIGGER r ON dalam;
-- ringkas_jp with the seven arguments of ipasn 0.1.0, created while event
-- triggers do not fire: refused at its first statement
SET session_replication_role = replica;
CREATE TRIGGER r AFTER INSERT ON dalam REFERENCING NEW TABLE AS baru FOR EACH STATEMENT
	EXECUTE FUNCTION ipasn.ringkas_jp(dalam_jp, nip, jalur, lingkup, jam, mulai, selesai);
RESET session_replication_role;
SELECT coba($$INSERT INTO dalam (nip, jalur, lingkup, jam, mulai) VALUES ('2', 'Seminar', 'Nasional', 8, '2024-05-06')$$);
SELECT pegawai, tahun, jp FROM dalam_jp;
DROP TRIGGER r ON dalam;
-- the procedures: 'hours', '', NULL and missing
SELECT v AS jumlah_dalam,
	coba(format($$SELECT ipasn.buat_ringkasan('dalam', 'dalam_r', 'nip', 'jalur', 'lingkup', 'jam', 'mulai', 'selesai', %s)$$, v)) AS buat_ringkasan,
	coba(format($$CALL ipasn.isi_ulang('dalam', 'jalur', 'lingkup', 'jam', 'mulai', 'selesai', 'jp', %s)$$, v)) AS isi_ulang,
	coba(format($$CALL ipasn.isi_ulang_ringkasan('dalam', 'dalam_jp', 'nip', 'jalur', 'lingkup', 'jam', 'mulai', 'selesai', %s)$$, v)) AS isi_ulang_ringkasan
  FROM (VALUES ('''hours'''), (''''''), ('NULL'), ('jumlah_dalam => ''Jam''')) AS x(v);
SELECT coba($$SELECT ipasn.buat_ringkasan('dalam', 'dalam_r', 'nip', 'jalur', 'lingkup', 'jam', 'mulai', 'selesai')$$) AS tanpa_buat_ringkasan;
SELECT coba($$CALL ipasn.isi_ulang('dalam', 'jalur', 'lingkup', 'jam', 'mulai', 'selesai', 'jp')$$) AS tanpa_isi_ulang;
SELECT coba($$CALL ipasn.isi_ulang_ringkasan('dalam', 'dalam_jp', 'nip', 'jalur', 'lingkup', 'jam', 'mulai', 'selesai')$$) AS tanpa_isi_ulang_ringkasan;
-- the message, its detail and its hint
\set VERBOSITY default
\set SHOW_CONTEXT never
SELECT ipasn.buat_ringkasan('dalam', 'dalam_r', 'nip', 'jalur', 'lingkup', 'jam', 'mulai', 'selesai');
\set VERBOSITY default
\set SHOW_CONTEXT errors
SELECT to_regclass('dalam_r') AS tidak_dibuat;

-- ------------------------------------------------------------------
-- 7. NULL arguments of the setup procedures: 22004 naming the argument
-- ------------------------------------------------------------------
SELECT coba($$SELECT ipasn.buat_ringkasan(NULL, 'x', 'nip', 'jalur', 'lingkup', 'jam', 'mulai', 'selesai', 'jam')$$);
SELECT coba($$SELECT ipasn.buat_ringkasan('dalam', NULL, 'nip', 'jalur', 'lingkup', 'jam', 'mulai', 'selesai', 'jam')$$);
SELECT coba($$SELECT ipasn.buat_ringkasan('dalam', 'x', 'nip', 'jalur', 'lingkup', 'jam', 'mulai', NULL, 'jam')$$);
SELECT coba($$CALL ipasn.isi_ulang(NULL, 'jalur', 'lingkup', 'jam', 'mulai', 'selesai', 'jp', 'jam')$$);
SELECT coba($$CALL ipasn.isi_ulang('dalam', 'jalur', 'lingkup', 'jam', 'mulai', 'selesai', NULL, 'jam')$$);
SELECT coba($$CALL ipasn.isi_ulang_ringkasan('dalam', NULL, 'nip', 'jalur', 'lingkup', 'jam', 'mulai', 'selesai', 'jam')$$);
SELECT coba($$CALL ipasn.isi_ulang_ringkasan('dalam', 'dalam_jp', NULL, 'jalur', 'lingkup', 'jam', 'mulai', 'selesai', 'jam')$$);

-- ------------------------------------------------------------------
-- 8. dates at the ends of the range through the summary
-- ------------------------------------------------------------------
-- a record of 4713 BC is filed under extract(year) = -4713 on INSERT as on
-- UPDATE/DELETE; a record with an infinite date gives no JP and no year: it
-- is counted in the row of year NULL, in tidak_dihitung
CREATE TABLE ujung (nip text, jalur ipasn.jalur, lingkup ipasn.lingkup, jumlah numeric, mulai date, selesai date);
SELECT ipasn.buat_ringkasan('ujung', 'ujung_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan');
-- coaching nasional, one activity each: 2.00
INSERT INTO ujung VALUES ('1', 'coaching', 'nasional', NULL, '4713-11-24 BC', NULL), ('1', 'coaching', 'nasional', NULL, '0001-12-31 BC', NULL);
SELECT tahun, jp FROM ujung_jp ORDER BY tahun;
UPDATE ujung SET jumlah = 1;
SELECT tahun, jp, jumlah_catatan FROM ujung_jp ORDER BY tahun;
DELETE FROM ujung WHERE mulai = '4713-11-24 BC';
SELECT tahun, jp FROM ujung_jp ORDER BY tahun;
SELECT coba($$INSERT INTO ujung VALUES ('1', 'coaching', 'nasional', NULL, 'infinity', NULL)$$);
SELECT coba($$UPDATE ujung SET selesai = '-infinity'$$);
-- a row without jalur is no record (ipasn.jp gives NULL): an infinite date
-- gives it no year, it is not summarised
SELECT coba($$INSERT INTO ujung VALUES ('1', NULL, 'nasional', NULL, 'infinity', NULL)$$);
SELECT tahun, jp, jumlah_catatan FROM ujung_jp ORDER BY tahun;
-- the fill of buat_ringkasan does the same
CREATE TABLE ujung2 AS SELECT * FROM ujung;
INSERT INTO ujung2 VALUES ('1', 'coaching', 'nasional', NULL, 'infinity', NULL);
SELECT coba($$SELECT ipasn.buat_ringkasan('ujung2', 'ujung2_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$$);

-- ------------------------------------------------------------------
-- 9. a text amount with a JP unit word in a column declared 'satuan'
-- ------------------------------------------------------------------
-- 'satuan': the column holds each jalur's own unit.  "24 JP" of a bimtek
-- (counted in JP) is 24 JP = 24.00; "2" of a seminar is 2 days, 4 JP a day
-- (Lampiran) = 8.00; "8 jam" of a seminar is hours, not days: refused
-- (22P02), by the trigger, by the fill of buat_ringkasan and by isi_ulang
-- alike, rather than counted as 8 days = 32 JP
CREATE TABLE satuan_teks (id int PRIMARY KEY, nip text, jenis text, lingkup text,
	jumlah text, mulai date, selesai date, jp numeric(8,2));
CREATE TRIGGER isi_jp BEFORE INSERT OR UPDATE ON satuan_teks FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp(jenis, lingkup, jumlah, mulai, selesai, jp, satuan);
INSERT INTO satuan_teks VALUES
	(1, '1', 'Bimtek', 'Nasional', '24 JP', '2024-03-04', '2024-03-06'),
	(2, '1', 'Seminar', 'Nasional', '2', '2024-05-06', '2024-05-07');
SELECT id, jenis, jumlah, jp FROM satuan_teks ORDER BY id;
SELECT coba($$INSERT INTO satuan_teks VALUES (3, '1', 'Seminar', 'Nasional', '8 jam', '2024-05-08', '2024-05-08')$$);
SELECT coba($$UPDATE satuan_teks SET jumlah = '2 JP' WHERE id = 2$$);
-- the summary over the two good rows: 24 + 8 = 32.00
SELECT ipasn.buat_ringkasan('satuan_teks', 'satuan_teks_jp', 'nip', 'jenis', 'lingkup', 'jumlah', 'mulai', 'selesai',
	jumlah_dalam => 'satuan') IS NOT NULL AS dibuat;
SELECT pegawai, tahun, jp FROM satuan_teks_jp;
-- a row the trigger did not see (triggers disabled, as for a bulk load)
ALTER TABLE satuan_teks DISABLE TRIGGER USER;
INSERT INTO satuan_teks VALUES (3, '1', 'Seminar', 'Nasional', '8 jam', '2024-05-08', '2024-05-08');
ALTER TABLE satuan_teks ENABLE TRIGGER USER;
-- the backfill refuses it as the trigger did; the summary never aborts: it
-- counts the record in tidak_dihitung
SELECT coba($$SELECT ipasn.buat_ringkasan('satuan_teks', 'satuan_teks_jp2', 'nip', 'jenis', 'lingkup', 'jumlah', 'mulai', 'selesai', jumlah_dalam => 'satuan')$$);
SELECT pegawai, tahun, jp, jumlah_catatan, tidak_dihitung FROM satuan_teks_jp2;
\set VERBOSITY terse
CALL ipasn.isi_ulang('satuan_teks', 'jenis', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan', semua => true);
\set VERBOSITY default
SELECT coba($$SELECT ipasn._teks_jumlah_satuan('seminar', '8 jam')$$);
SELECT ipasn._teks_jumlah_satuan('bimtek', '24 JP') AS bimtek_24_jp,
	   ipasn._teks_jumlah_satuan('seminar', '2') AS seminar_2,
	   ipasn._teks_jumlah_satuan(NULL, '8 jam') AS tanpa_jalur,
	   ipasn._teks_jumlah_satuan('seminar', NULL) AS tanpa_teks;
-- declared 'jam', the same text is hours: a 1-day seminar = 4.00
SELECT ipasn.jp('seminar', 'nasional', ipasn.jumlah_jam('seminar', ipasn.teks_jumlah('8 jam')), '2024-05-08', '2024-05-08') AS sebagai_jam;

RESET search_path;
DROP SCHEMA trg CASCADE;
