-- trigger: ipasn.isi_jp (fills JP per row), ipasn.ringkas_jp (per employee
-- and year summary), ipasn.buat_ringkasan, ipasn.isi_ulang and
-- ipasn.isi_ulang_ringkasan (backfill).  Every JP value is worked by hand
-- from SPEC §2; the comment above each query gives the rule.
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
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp);
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
	-- 9: NULL lingkup -> NULL
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

-- bad data aborts the whole statement, nothing is written (SPEC §6)
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
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('Jenis Diklat', lingkup, jam, tgl_mulai, tgl_selesai, jp);
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
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, n, m, s, jp);
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
	FOR EACH STATEMENT EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp);
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
-- AFTER: 39P01
CREATE TRIGGER t AFTER INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp);
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
-- DELETE: 39P01
INSERT INTO salah (id) VALUES (1);
CREATE TRIGGER t BEFORE DELETE ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp);
SELECT coba($$DELETE FROM salah$$);
DROP TRIGGER t ON salah;
-- five arguments: 39P01
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai);
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
-- missing column: 42703, naming it
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, tamat, jp);
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
-- a quoted mixed-case name is not folded: "Jalur" does not exist
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('Jalur', lingkup, jumlah, mulai, selesai, jp);
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
-- system column: 0A000
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, xmin, selesai, jp);
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
-- generated column: 0A000
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp_gen);
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
-- wrong types: 42804
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah_f, mulai, selesai, jp);
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(id, lingkup, jumlah, mulai, selesai, jp);
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai_t, selesai, jp);
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp_int);
SELECT coba($$INSERT INTO salah (id) VALUES (1)$$);
DROP TRIGGER t ON salah;
-- the cache follows ALTER TABLE: a column changed to a usable type works
CREATE TRIGGER t BEFORE INSERT ON salah
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp_int);
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
SELECT ipasn.buat_ringkasan('bangkom', 'ringkasan', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai');
SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = 'bangkom'::regclass ORDER BY tgname;
-- coaching on 3, 10 and 24 March and 2 April 2024: at most 2 activities a
-- month count (SPEC §2), so March gives 2 x 2 = 4 and April 2: 6.00
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
-- the summary equals a full recomputation with jp_total
SELECT count(*) AS beda FROM (
	SELECT pegawai, tahun, jp, jumlah_catatan FROM ringkasan
	EXCEPT
	SELECT nip, extract(year FROM coalesce(selesai, mulai))::int,
		ipasn.jp_total(ipasn.teks_jalur(jalur), ipasn.teks_lingkup(lingkup), jumlah, mulai, selesai), count(*)
	  FROM bangkom WHERE coalesce(selesai, mulai) IS NOT NULL GROUP BY 1, 2) x;
-- bad data in a statement: nothing is written to either table
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
	EXECUTE FUNCTION ipasn.ringkas_jp('ringkasan', nip, jalur, lingkup, jumlah, mulai, selesai);
SELECT coba($$INSERT INTO r2 VALUES ('x', 'kursus', 'nasional', 1, '2024-01-01', NULL)$$);
DROP TRIGGER t ON r2;
CREATE TRIGGER t AFTER INSERT ON r2 REFERENCING NEW TABLE AS baru FOR EACH STATEMENT
	EXECUTE FUNCTION ipasn.ringkas_jp('ringkasan', nip, jalur, lingkup, jumlah, mulai);
SELECT coba($$INSERT INTO r2 VALUES ('x', 'kursus', 'nasional', 1, '2024-01-01', NULL)$$);
DROP TRIGGER t ON r2;
CREATE TRIGGER t AFTER INSERT ON r2 REFERENCING NEW TABLE AS baru FOR EACH STATEMENT
	EXECUTE FUNCTION ipasn.ringkas_jp('tidak_ada', nip, jalur, lingkup, jumlah, mulai, selesai);
SELECT coba($$INSERT INTO r2 VALUES ('x', 'kursus', 'nasional', 1, '2024-01-01', NULL)$$);
DROP TRIGGER t ON r2;
CREATE TRIGGER t AFTER INSERT ON r2 REFERENCING NEW TABLE AS baru FOR EACH STATEMENT
	EXECUTE FUNCTION ipasn.ringkas_jp('ringkasan', nip, jalur, lingkup, jumlah, mulai, tamat);
SELECT coba($$INSERT INTO r2 VALUES ('x', 'kursus', 'nasional', 1, '2024-01-01', NULL)$$);
DROP TRIGGER t ON r2;
-- transition table named otherwise
CREATE TRIGGER t AFTER INSERT ON r2 REFERENCING NEW TABLE AS n FOR EACH STATEMENT
	EXECUTE FUNCTION ipasn.ringkas_jp('ringkasan', nip, jalur, lingkup, jumlah, mulai, selesai);
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
CALL ipasn.isi_ulang('lama', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', blok_per_batch => 2);
-- 900 x 3.00 + 100 x 2.00 = 2900.00, all filled
SELECT count(jp) AS terisi, sum(jp) AS total FROM lama;
-- a second run finds nothing to do; with semua it rewrites nothing either
CALL ipasn.isi_ulang('lama', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', semua => true);
SELECT ipasn.buat_ringkasan('lama', 'trg.ringkasan_lama', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', isi => false);
SELECT count(*) AS belum_diisi FROM ringkasan_lama;
CALL ipasn.isi_ulang_ringkasan('lama', 'ringkasan_lama', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', pegawai_per_batch => 3);
-- P0: 100 coachings in January 2024, at most 2 a month: 4.00;
-- P1..P9: 100 kursus each: 300.00
SELECT pegawai, tahun, jp, jumlah_catatan, memenuhi_target_tinggi FROM ringkasan_lama_target ORDER BY pegawai;
-- misuse of isi_ulang
SELECT coba($$CALL ipasn.isi_ulang('lama', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'nip')$$);
SELECT coba($$CALL ipasn.isi_ulang('lama', 'jalur', 'lingkup', 'mulai', 'mulai', 'selesai', 'jp')$$);
-- inside a transaction block it cannot COMMIT: 2D000
BEGIN;
CALL ipasn.isi_ulang('lama', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp');
ROLLBACK;

RESET search_path;
DROP SCHEMA trg CASCADE;
