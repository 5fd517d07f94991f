-- Bad-input matrix: the triggers ipasn.isi_jp and ipasn.ringkas_jp used
-- wrongly (statement level, AFTER/BEFORE, wrong events, wrong argument count,
-- unknown columns, wrong column types, system and generated columns, missing
-- transition tables) and fed bad rows (the statement aborts with the error
-- of ipasn.jp and leaves the table unchanged); ipasn.aturan_berubah called
-- by hand; the setup functions buat_ringkasan, isi_ulang,
-- isi_ulang_ringkasan and the internal helpers given NULL and unknown names.
-- Misuse is reported at the first row, not at CREATE TRIGGER, except a
-- missing or unknown jumlah_dalam, which the event trigger
-- ipasn_periksa_pemicu refuses at CREATE TRIGGER.
-- (drafted by test/fuzz/matrix_gen.py from test/fuzz/matrix_cases.py,
-- every value and message reviewed; see test/fuzz/MATRIX.md)
\set QUIET 1
\set ON_ERROR_STOP 1
\pset format unaligned
\pset tuples_only true
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SET LOCAL search_path = public, pg_catalog;
SET LOCAL lc_messages = 'C';
SET LOCAL TimeZone = 'UTC';
SET LOCAL DateStyle = 'ISO, YMD';
SET LOCAL ipasn.aturan = 'permenpanrb_38_2018';
CREATE TABLE mx_t (
	id serial PRIMARY KEY,
	nip text,
	jalur text, lingkup text, jumlah numeric, mulai date, selesai date,
	jp numeric,
	r real, i integer, ts timestamptz, tj text,
	"Jenis Diklat" text,
	g numeric GENERATED ALWAYS AS (jumlah * 2) STORED,
	e ipasn.jalur, l ipasn.lingkup,
	sempit numeric(4,2)
);
SELECT plan(291);

-- isi_jp called wrongly
SELECT throws_ok($q$SELECT ipasn.isi_jp()$q$, '39P01', 'function "isi_jp" was not called by trigger manager', 'isi_jp called as a function');
SELECT throws_ok($q$SELECT ipasn.ringkas_jp()$q$, '39P01', 'function "ringkas_jp" was not called by trigger manager', 'ringkas_jp called as a function');
SELECT throws_ok($q$SELECT ipasn.aturan_berubah()$q$, '39P01', 'function "aturan_berubah" was not called by trigger manager', 'aturan_berubah called as a function');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH STATEMENT EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp as a statement trigger: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '39P01', 'function "isi_jp" must be fired FOR EACH ROW', 'isi_jp as a statement trigger: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp as a statement trigger: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx AFTER INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp as an AFTER row trigger: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '39P01', 'function "isi_jp" must be fired BEFORE INSERT OR UPDATE', 'isi_jp as an AFTER row trigger: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp as an AFTER row trigger: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE DELETE ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp on DELETE: CREATE TRIGGER is accepted');
SELECT lives_ok($q$DELETE FROM mx_t$q$, 'isi_jp on DELETE: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp on DELETE: drop it');
SELECT lives_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, 'a row to delete and truncate');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE DELETE ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp on DELETE with a row: CREATE TRIGGER is accepted');
SELECT throws_ok($q$DELETE FROM mx_t$q$, '39P01', 'function "isi_jp" must be fired for INSERT or UPDATE', 'isi_jp on DELETE with a row: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp on DELETE with a row: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE TRUNCATE ON mx_t FOR EACH STATEMENT EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp on TRUNCATE: CREATE TRIGGER is accepted');
SELECT throws_ok($q$TRUNCATE mx_t$q$, '39P01', 'function "isi_jp" must be fired FOR EACH ROW', 'isi_jp on TRUNCATE: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp on TRUNCATE: drop it');
SELECT is((SELECT count(*) FROM mx_t)::text, '1', 'the row is still there');
SELECT lives_ok($q$DELETE FROM mx_t$q$, 'empty the table');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai')$q$, 'isi_jp with 5 arguments: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '39P01', 'function "isi_jp" takes 7 or 8 trigger arguments, not 5', 'isi_jp with 5 arguments: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with 5 arguments: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan', 'tj', 'x')$q$, 'isi_jp with 9 arguments: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '39P01', 'function "isi_jp" takes 7 or 8 trigger arguments, not 9', 'isi_jp with 9 arguments: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with 9 arguments: drop it');
SELECT throws_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'hours')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_jp with jumlah_dalam ''hours'': refused at CREATE TRIGGER');
SELECT is((SELECT count(*) FROM pg_trigger WHERE tgrelid = 'mx_t'::regclass AND tgname = 'mx')::text, '0', 'isi_jp with jumlah_dalam ''hours'': no trigger is left');
SELECT throws_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', '')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_jp with jumlah_dalam '''': refused at CREATE TRIGGER');
SELECT is((SELECT count(*) FROM pg_trigger WHERE tgrelid = 'mx_t'::regclass AND tgname = 'mx')::text, '0', 'isi_jp with jumlah_dalam '''': no trigger is left');
SELECT throws_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'JAM')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_jp with jumlah_dalam ''JAM'' (case counts): refused at CREATE TRIGGER');
SELECT is((SELECT count(*) FROM pg_trigger WHERE tgrelid = 'mx_t'::regclass AND tgname = 'mx')::text, '0', 'isi_jp with jumlah_dalam ''JAM'' (case counts): no trigger is left');
SELECT throws_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', ' jam')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_jp with jumlah_dalam '' jam'' (blanks count): refused at CREATE TRIGGER');
SELECT is((SELECT count(*) FROM pg_trigger WHERE tgrelid = 'mx_t'::regclass AND tgname = 'mx')::text, '0', 'isi_jp with jumlah_dalam '' jam'' (blanks count): no trigger is left');
SELECT throws_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'null')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_jp with jumlah_dalam NULL (the text null): refused at CREATE TRIGGER');
SELECT is((SELECT count(*) FROM pg_trigger WHERE tgrelid = 'mx_t'::regclass AND tgname = 'mx')::text, '0', 'isi_jp with jumlah_dalam NULL (the text null): no trigger is left');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp()$q$, 'isi_jp with no argument: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '39P01', 'function "isi_jp" takes 7 or 8 trigger arguments, not 0', 'isi_jp with no argument: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with no argument: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('tidak_ada', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with an unknown jalur column: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42703', 'column "tidak_ada" given as jalur column of trigger "mx" does not exist in table "mx_t"', 'isi_jp with an unknown jalur column: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with an unknown jalur column: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'tidak_ada', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with an unknown lingkup column: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42703', 'column "tidak_ada" given as lingkup column of trigger "mx" does not exist in table "mx_t"', 'isi_jp with an unknown lingkup column: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with an unknown lingkup column: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'tidak_ada', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with an unknown jumlah column: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42703', 'column "tidak_ada" given as jumlah column of trigger "mx" does not exist in table "mx_t"', 'isi_jp with an unknown jumlah column: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with an unknown jumlah column: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'tidak_ada', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with an unknown mulai column: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42703', 'column "tidak_ada" given as mulai column of trigger "mx" does not exist in table "mx_t"', 'isi_jp with an unknown mulai column: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with an unknown mulai column: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'tidak_ada', 'jp', 'satuan')$q$, 'isi_jp with an unknown selesai column: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42703', 'column "tidak_ada" given as selesai column of trigger "mx" does not exist in table "mx_t"', 'isi_jp with an unknown selesai column: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with an unknown selesai column: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'tidak_ada', 'satuan')$q$, 'isi_jp with an unknown jp column: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42703', 'column "tidak_ada" given as jp column of trigger "mx" does not exist in table "mx_t"', 'isi_jp with an unknown jp column: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with an unknown jp column: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with an empty column name: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42703', 'column "" given as jalur column of trigger "mx" does not exist in table "mx_t"', 'isi_jp with an empty column name: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with an empty column name: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('JALUR', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with an upper-case name of a lower-case column: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42703', 'column "JALUR" given as jalur column of trigger "mx" does not exist in table "mx_t"', 'isi_jp with an upper-case name of a lower-case column: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with an upper-case name of a lower-case column: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('i', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with jalur column i of the wrong type: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42804', 'jalur column "i" of table "mx_t" has type integer, which trigger "mx" cannot use', 'isi_jp with jalur column i of the wrong type: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with jalur column i of the wrong type: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('r', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with jalur column r of the wrong type: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42804', 'jalur column "r" of table "mx_t" has type real, which trigger "mx" cannot use', 'isi_jp with jalur column r of the wrong type: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with jalur column r of the wrong type: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'i', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with lingkup column i of the wrong type: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42804', 'lingkup column "i" of table "mx_t" has type integer, which trigger "mx" cannot use', 'isi_jp with lingkup column i of the wrong type: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with lingkup column i of the wrong type: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'r', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with jumlah column r of the wrong type: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42804', 'jumlah column "r" of table "mx_t" has type real, which trigger "mx" cannot use', 'isi_jp with jumlah column r of the wrong type: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with jumlah column r of the wrong type: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'ts', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with jumlah column ts of the wrong type: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42804', 'jumlah column "ts" of table "mx_t" has type timestamp with time zone, which trigger "mx" cannot use', 'isi_jp with jumlah column ts of the wrong type: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with jumlah column ts of the wrong type: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'i', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with mulai column i of the wrong type: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42804', 'mulai column "i" of table "mx_t" has type integer, which trigger "mx" cannot use', 'isi_jp with mulai column i of the wrong type: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with mulai column i of the wrong type: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'tj', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with mulai column tj of the wrong type: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42804', 'mulai column "tj" of table "mx_t" has type text, which trigger "mx" cannot use', 'isi_jp with mulai column tj of the wrong type: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with mulai column tj of the wrong type: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'r', 'jp', 'satuan')$q$, 'isi_jp with selesai column r of the wrong type: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42804', 'selesai column "r" of table "mx_t" has type real, which trigger "mx" cannot use', 'isi_jp with selesai column r of the wrong type: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with selesai column r of the wrong type: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'tj', 'satuan')$q$, 'isi_jp with jp column tj of the wrong type: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42804', 'jp column "tj" of table "mx_t" has type text, which trigger "mx" cannot use', 'isi_jp with jp column tj of the wrong type: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with jp column tj of the wrong type: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'i', 'satuan')$q$, 'isi_jp with jp column i of the wrong type: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42804', 'jp column "i" of table "mx_t" has type integer, which trigger "mx" cannot use', 'isi_jp with jp column i of the wrong type: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with jp column i of the wrong type: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'r', 'satuan')$q$, 'isi_jp with jp column r of the wrong type: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42804', 'jp column "r" of table "mx_t" has type real, which trigger "mx" cannot use', 'isi_jp with jp column r of the wrong type: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with jp column r of the wrong type: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('l', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with jalur column l of the wrong type: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42804', 'jalur column "l" of table "mx_t" has type ipasn.lingkup, which trigger "mx" cannot use', 'isi_jp with jalur column l of the wrong type: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with jalur column l of the wrong type: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'e', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with lingkup column e of the wrong type: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '42804', 'lingkup column "e" of table "mx_t" has type ipasn.jalur, which trigger "mx" cannot use', 'isi_jp with lingkup column e of the wrong type: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with lingkup column e of the wrong type: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('ctid', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with system column ctid as jalur: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '0A000', 'trigger "mx" on table "mx_t" cannot use system column "ctid"', 'isi_jp with system column ctid as jalur: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with system column ctid as jalur: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'xmin', 'satuan')$q$, 'isi_jp with system column xmin as jp: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '0A000', 'trigger "mx" on table "mx_t" cannot use system column "xmin"', 'isi_jp with system column xmin as jp: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with system column xmin as jp: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'tableoid', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with system column tableoid as jumlah: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '0A000', 'trigger "mx" on table "mx_t" cannot use system column "tableoid"', 'isi_jp with system column tableoid as jumlah: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with system column tableoid as jumlah: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'g', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'isi_jp with generated column g as jumlah: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '0A000', 'trigger "mx" on table "mx_t" cannot use generated column "g"', 'isi_jp with generated column g as jumlah: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with generated column g as jumlah: drop it');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'g', 'satuan')$q$, 'isi_jp with generated column g as jp: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, '0A000', 'trigger "mx" on table "mx_t" cannot use generated column "g"', 'isi_jp with generated column g as jp: first row');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'isi_jp with generated column g as jp: drop it');
SELECT is((SELECT count(*) FROM mx_t)::text, '0', 'no row was inserted by the misused triggers');

-- isi_jp fed bad rows
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT OR UPDATE ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')$q$, 'attach isi_jp properly');
SELECT lives_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')$q$, 'a good row');
SELECT is((SELECT jp FROM mx_t)::text, '8.00', 'its JP: Bimtek 8 JP');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', -1, NULL, NULL)$q$, '22023', 'jumlah -1 of jalur "bimtek" is negative', 'isi_jp: negative jumlah');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 1.001, NULL, NULL)$q$, '22023', 'jumlah 1.001 of jalur "bimtek" has more than two decimals', 'isi_jp: three decimals');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 2000.01, NULL, NULL)$q$, '22023', 'jumlah 2000.01 of jalur "bimtek" is out of range', 'isi_jp: 2000.01 JP');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 'NaN', NULL, NULL)$q$, '22023', 'jumlah NaN of jalur "bimtek" is not a finite number', 'isi_jp: NaN');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Seminar', 'nasional', NULL, '2024-01-02', '2024-01-01')$q$, '22023', 'selesai 2024-01-01 is before mulai 2024-01-02', 'isi_jp: selesai before mulai');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Seminar', 'nasional', 1, 'infinity', NULL)$q$, '22023', 'dates of jalur "seminar" must be finite: mulai infinity, selesai NULL', 'isi_jp: infinite mulai');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Zoom Meeting', 'nasional', 1, NULL, NULL)$q$, '22P02', 'invalid input for jalur: "Zoom Meeting"', 'isi_jp: unknown jalur text');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'provinsi', 1, NULL, NULL)$q$, '22P02', 'invalid input for lingkup: "provinsi"', 'isi_jp: unknown lingkup text');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', repeat('x', 10000), 'nasional', 1, NULL, NULL)$q$, '22P02', 'invalid input for jalur: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..."', 'isi_jp: jalur text of 10000 letters');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('2', 'Bimtek', 'nasional', 1), ('2', 'Bimtek', 'nasional', -1), ('2', 'Bimtek', 'nasional', 2)$q$, '22023', 'jumlah -1 of jalur "bimtek" is negative', 'isi_jp: one bad row among good ones aborts the statement');
SELECT is((SELECT count(*) FROM mx_t)::text, '1', 'isi_jp: the table holds only the good row');
SELECT lives_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('3', '  ', 'nasional', 1)$q$, 'isi_jp: blank jalur text gives NULL JP');
SELECT lives_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('3', 'Bimtek', '', 1)$q$, 'isi_jp: blank lingkup text reads nasional, as every reader of an agency''s table does');
SELECT lives_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, jp) VALUES ('4', 'Bimtek', 'nasional', 3, 999)$q$, 'isi_jp: a hand-written jp is overwritten');
SELECT is((SELECT string_agg(nip || '=' || coalesce(jp::text, 'NULL'), ',' ORDER BY id) FROM mx_t WHERE nip IN ('3', '4'))::text, '3=NULL,3=1.00,4=3.00', 'isi_jp: the JP of nip 3 and 4 (blank lingkup: bimtek nasional 1 JP = 1.00, Peraturan LAN 10/2018, Lampiran)');
SELECT lives_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, mulai, selesai) VALUES ('5', 'Seminar', 'nasional', '4713-11-24 BC', '4713-11-24 BC'), ('5', 'Seminar', 'nasional', '5874897-12-31', '5874897-12-31')$q$, 'isi_jp: extreme dates, seminar on 4713-11-24 BC and 5874897-12-31');
SELECT is((SELECT string_agg(jp::text, ',' ORDER BY id) FROM mx_t WHERE nip = '5')::text, '4.00,4.00', 'isi_jp: their JP');
SELECT throws_ok($q$UPDATE mx_t SET jumlah = -5 WHERE nip = '1'$q$, '22023', 'jumlah -5 of jalur "bimtek" is negative', 'isi_jp: an UPDATE to a bad value aborts');
SELECT is((SELECT jumlah || '/' || jp FROM mx_t WHERE nip = '1')::text, '8/8.00', 'isi_jp: the row keeps its values');
SELECT lives_ok($q$UPDATE mx_t SET lingkup = 'luar negeri' WHERE nip = '1'$q$, 'isi_jp: an UPDATE of another column recomputes');
SELECT is((SELECT jp FROM mx_t WHERE nip = '1')::text, '9.60', 'isi_jp: Bimtek 8 JP internasional = 9.60');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'drop isi_jp');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'sempit', 'satuan')$q$, 'isi_jp into a numeric(4,2) jp column');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('6', 'Bimtek', 'nasional', 2000)$q$, '22003', 'numeric field overflow', 'isi_jp: 2000 JP do not fit numeric(4,2)');
SELECT lives_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('6', 'Bimtek', 'nasional', 99.99)$q$, 'isi_jp: 99.99 JP fit');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'drop the numeric(4,2) trigger');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('Jenis Diklat', 'lingkup', 'jumlah', 'ts', 'selesai', 'jp', 'satuan')$q$, 'isi_jp on a mixed-case column and a timestamptz mulai');
SELECT throws_ok($q$INSERT INTO mx_t (nip, "Jenis Diklat", lingkup, jumlah, ts) VALUES ('7', 'Bimtek', 'nasional', 1, 'infinity')$q$, '22023', 'dates of jalur "bimtek" must be finite: mulai infinity, selesai NULL', 'isi_jp: timestamptz infinity');
SELECT lives_ok($q$INSERT INTO mx_t (nip, "Jenis Diklat", lingkup, ts) VALUES ('7', 'Seminar', 'nasional', '294276-12-31 23:59:59 UTC')$q$, 'isi_jp: timestamptz at the end of its range');
SELECT is((SELECT jp FROM mx_t WHERE nip = '7')::text, '4.00', 'isi_jp: its JP');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'drop the mixed-case trigger');
SELECT throws_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_jp with the six arguments of ipasn 0.1.0 (no jumlah_dalam): refused at CREATE TRIGGER');
SELECT is((SELECT count(*) FROM pg_trigger WHERE tgrelid = 'mx_t'::regclass AND tgname = 'mx')::text, '0', 'isi_jp with six arguments: no trigger is left');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'jam')$q$, 'isi_jp with jumlah_dalam ''jam''');
SELECT lives_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('11', 'Seminar', 'nasional', 8, '2024-05-06', '2024-05-06')$q$, 'isi_jp ''jam'': a seminar of 8 hours on one day');
SELECT is((SELECT jp FROM mx_t WHERE nip = '11')::text, '4.00', 'isi_jp ''jam'': 1 day x 4 JP = 4.00');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('12', 'Pelatihan Teknis', 'nasional', -1)$q$, '22023', 'jam -1 of jalur "pelatihan_teknis" is negative', 'isi_jp ''jam'': negative jam');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('12', 'Pelatihan Teknis', 'nasional', 8.125)$q$, '22023', 'jam 8.125 of jalur "pelatihan_teknis" has more than two decimals', 'isi_jp ''jam'': jam with three decimals');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('12', 'Pelatihan Teknis', 'nasional', 'NaN')$q$, '22023', 'jam NaN of jalur "pelatihan_teknis" is not a finite number', 'isi_jp ''jam'': jam NaN');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('12', 'Pelatihan Teknis', 'nasional', 'Infinity')$q$, '22023', 'jam Infinity of jalur "pelatihan_teknis" is not a finite number', 'isi_jp ''jam'': jam Infinity');
SELECT lives_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('13', 'coaching', 'nasional', 0, '2024-06-03')$q$, 'isi_jp ''jam'': jam 0 is not filled in (coaching: one activity)');
SELECT is((SELECT jp FROM mx_t WHERE nip = '13')::text, '2.00', 'isi_jp ''jam'': coaching of 0 hours = 2.00');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('12', 'Pelatihan Teknis', 'nasional', 2001)$q$, '22023', 'jumlah 2001 of jalur "pelatihan_teknis" is out of range', 'isi_jp ''jam'': 2001 hours of pelatihan teknis');
SELECT lives_ok($q$DROP TRIGGER mx ON mx_t$q$, 'drop the ''jam'' trigger');

-- text jumlah through isi_jp
SELECT lives_ok($q$CREATE TABLE mx_teks (jalur text, lingkup varchar(20), jam char(10), mulai date, selesai date, jp numeric)$q$, 'a table with text columns');
SELECT lives_ok($q$CREATE TRIGGER mx BEFORE INSERT ON mx_teks FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jam, mulai, selesai, jp, satuan)$q$, 'isi_jp on it');
SELECT throws_ok($q$INSERT INTO mx_teks VALUES ('Bimtek', 'Nasional', '1.500', NULL, NULL)$q$, '22P02', 'ambiguous jumlah "1.500"', 'isi_jp text jumlah ''1.500'' ambiguous');
SELECT lives_ok($q$INSERT INTO mx_teks VALUES ('Bimtek', 'Nasional', '8 jam', NULL, NULL)$q$, 'isi_jp text jumlah ''8 jam''');
SELECT throws_ok($q$INSERT INTO mx_teks VALUES ('Bimtek', 'Nasional', '-1', NULL, NULL)$q$, '22023', 'jumlah -1 of jalur "bimtek" is negative', 'isi_jp text jumlah ''-1''');
SELECT throws_ok($q$INSERT INTO mx_teks VALUES ('Bimtek', 'Nasional', '1,001', NULL, NULL)$q$, '22P02', 'ambiguous jumlah "1,001"', 'isi_jp text jumlah ''1,001''');
SELECT throws_ok($q$INSERT INTO mx_teks VALUES ('Bimtek', 'Nasional', 'NaN', NULL, NULL)$q$, '22P02', 'invalid jumlah "NaN"', 'isi_jp text jumlah ''NaN''');
SELECT lives_ok($q$INSERT INTO mx_teks VALUES ('Bimtek', 'Nasional', '12,5', NULL, NULL)$q$, 'isi_jp text jumlah ''12,5'' = 12.5');
SELECT lives_ok($q$INSERT INTO mx_teks VALUES ('Bimtek', 'Nasional', '   ', NULL, NULL)$q$, 'isi_jp text jumlah blank = NULL');
SELECT is((SELECT string_agg(coalesce(jp::text, 'NULL'), ',') FROM mx_teks)::text, '8.00,12.50,NULL', 'isi_jp text jumlah: the rows kept');

-- ringkas_jp called wrongly
SELECT lives_ok($q$CREATE TABLE mx_ringkas (pegawai text NOT NULL, tahun integer NOT NULL, jp numeric, jumlah_catatan bigint NOT NULL DEFAULT 0, jp_state ipasn.jp_state, PRIMARY KEY (pegawai, tahun))$q$, 'a summary table');
SELECT lives_ok($q$CREATE TRIGGER mr AFTER INSERT ON mx_t  FOR EACH ROW EXECUTE FUNCTION ipasn.ringkas_jp('mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$q$, 'ringkas_jp as a row trigger: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('9', 'coaching', 'nasional', 1, '2024-03-01')$q$, '39P01', 'function "ringkas_jp" must be fired AFTER ... FOR EACH STATEMENT', 'ringkas_jp as a row trigger: first statement');
SELECT lives_ok($q$DROP TRIGGER mr ON mx_t$q$, 'ringkas_jp as a row trigger: drop it');
SELECT lives_ok($q$CREATE TRIGGER mr BEFORE INSERT ON mx_t  FOR EACH STATEMENT EXECUTE FUNCTION ipasn.ringkas_jp('mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$q$, 'ringkas_jp as a BEFORE statement trigger: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('9', 'coaching', 'nasional', 1, '2024-03-01')$q$, '39P01', 'function "ringkas_jp" must be fired AFTER ... FOR EACH STATEMENT', 'ringkas_jp as a BEFORE statement trigger: first statement');
SELECT lives_ok($q$DROP TRIGGER mr ON mx_t$q$, 'ringkas_jp as a BEFORE statement trigger: drop it');
SELECT lives_ok($q$CREATE TRIGGER mr AFTER INSERT ON mx_t  FOR EACH STATEMENT EXECUTE FUNCTION ipasn.ringkas_jp('mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$q$, 'ringkas_jp without transition table: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('9', 'coaching', 'nasional', 1, '2024-03-01')$q$, '42P01', 'relation "baru" does not exist', 'ringkas_jp without transition table: first statement');
SELECT lives_ok($q$DROP TRIGGER mr ON mx_t$q$, 'ringkas_jp without transition table: drop it');
SELECT lives_ok($q$CREATE TRIGGER mr AFTER INSERT ON mx_t REFERENCING NEW TABLE AS neu FOR EACH STATEMENT EXECUTE FUNCTION ipasn.ringkas_jp('mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$q$, 'ringkas_jp with the transition table named otherwise: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('9', 'coaching', 'nasional', 1, '2024-03-01')$q$, '42P01', 'relation "baru" does not exist', 'ringkas_jp with the transition table named otherwise: first statement');
SELECT lives_ok($q$DROP TRIGGER mr ON mx_t$q$, 'ringkas_jp with the transition table named otherwise: drop it');
SELECT lives_ok($q$CREATE TRIGGER mr AFTER INSERT ON mx_t REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION ipasn.ringkas_jp('mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai')$q$, 'ringkas_jp with 6 arguments: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('9', 'coaching', 'nasional', 1, '2024-03-01')$q$, '39P01', 'function "ringkas_jp" takes 8 or 9 trigger arguments, not 6', 'ringkas_jp with 6 arguments: first statement');
SELECT lives_ok($q$DROP TRIGGER mr ON mx_t$q$, 'ringkas_jp with 6 arguments: drop it');
SELECT lives_ok($q$CREATE TRIGGER mr AFTER INSERT ON mx_t REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION ipasn.ringkas_jp('mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan', 'x')$q$, 'ringkas_jp with 9 arguments: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('9', 'coaching', 'nasional', 1, '2024-03-01')$q$, '42501', 'trigger "mr" on table public.mx_t is not a summary trigger made by buat_ringkasan', 'ringkas_jp with 9 arguments, made by hand: first statement');
SELECT lives_ok($q$DROP TRIGGER mr ON mx_t$q$, 'ringkas_jp with 9 arguments: drop it');
SELECT throws_ok($q$CREATE TRIGGER mr AFTER INSERT ON mx_t REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION ipasn.ringkas_jp('mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'hours')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'ringkas_jp with jumlah_dalam ''hours'': refused at CREATE TRIGGER');
SELECT is((SELECT count(*) FROM pg_trigger WHERE tgrelid = 'mx_t'::regclass AND tgname = 'mr')::text, '0', 'ringkas_jp with jumlah_dalam ''hours'': no trigger is left');
SELECT throws_ok($q$CREATE TRIGGER mr AFTER INSERT ON mx_t REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION ipasn.ringkas_jp('mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', '')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'ringkas_jp with jumlah_dalam '''': refused at CREATE TRIGGER');
SELECT is((SELECT count(*) FROM pg_trigger WHERE tgrelid = 'mx_t'::regclass AND tgname = 'mr')::text, '0', 'ringkas_jp with jumlah_dalam '''': no trigger is left');
SELECT throws_ok($q$CREATE TRIGGER mr AFTER INSERT ON mx_t REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION ipasn.ringkas_jp('mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'Satuan')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'ringkas_jp with jumlah_dalam ''Satuan'' (case counts): refused at CREATE TRIGGER');
SELECT is((SELECT count(*) FROM pg_trigger WHERE tgrelid = 'mx_t'::regclass AND tgname = 'mr')::text, '0', 'ringkas_jp with jumlah_dalam ''Satuan'' (case counts): no trigger is left');
SELECT lives_ok($q$CREATE TRIGGER mr AFTER INSERT ON mx_t REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION ipasn.ringkas_jp('tidak_ada', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$q$, 'ringkas_jp made by hand, with an unknown summary table: CREATE TRIGGER is accepted');
SELECT throws_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('9', 'coaching', 'nasional', 1, '2024-03-01')$q$, '42501', 'trigger "mr" on table public.mx_t is not a summary trigger made by buat_ringkasan', 'ringkas_jp made by hand: refused at the first statement (it would write with the owner''s rights)');
SELECT lives_ok($q$DROP TRIGGER mr ON mx_t$q$, 'ringkas_jp made by hand: drop it');
-- the columns are checked by buat_ringkasan, with the triggers' resolver
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'tidak_ada', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$q$, '42703', 'column "tidak_ada" given as pegawai column does not exist in table public.mx_t', 'buat_ringkasan with an unknown pegawai');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'nip', 'tidak_ada', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$q$, '42703', 'column "tidak_ada" given as jalur column does not exist in table public.mx_t', 'buat_ringkasan with an unknown jalur');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'nip', 'jalur', 'tidak_ada', 'jumlah', 'mulai', 'selesai', 'satuan')$q$, '42703', 'column "tidak_ada" given as lingkup column does not exist in table public.mx_t', 'buat_ringkasan with an unknown lingkup');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'nip', 'jalur', 'lingkup', 'jumlah', 'tidak_ada', 'selesai', 'satuan')$q$, '42703', 'column "tidak_ada" given as mulai column does not exist in table public.mx_t', 'buat_ringkasan with an unknown mulai');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'tidak_ada', 'satuan')$q$, '42703', 'column "tidak_ada" given as selesai column does not exist in table public.mx_t', 'buat_ringkasan with an unknown selesai');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan', tahun => 'tidak_ada')$q$, '42703', 'year column "tidak_ada" does not exist in table public.mx_t', 'buat_ringkasan with an unknown year column');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan', tahun => 'nip')$q$, '42804', 'year column "nip" of table public.mx_t must be of a whole-number type', 'buat_ringkasan with a text year column');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'nip', 'jalur', 'lingkup', 'jumlah', 'ts', 'selesai', 'satuan')$q$, '42804', 'date column "ts" of table public.mx_t has type timestamp with time zone, whose date depends on the session''s TimeZone', 'buat_ringkasan with a timestamptz date column');
SELECT is((SELECT count(*) FROM mx_ringkas)::text, '0', 'the summary is still empty');

-- ringkas_jp fed bad rows (a summary made by buat_ringkasan)
SELECT lives_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_rb', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan', isi => false)$q$, 'buat_ringkasan on mx_t');
SELECT lives_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('9', 'coaching', 'nasional', 1, '2024-03-01')$q$, 'a good coaching row');
SELECT is((SELECT pegawai || '/' || tahun || '/' || jp || '/' || jumlah_catatan FROM mx_rb)::text, '9/2024/2.00/1', 'the summary of nip 9');
-- a bad row never aborts the summary: it is stored (no isi_jp here) and
-- counted in tidak_dihitung of its employee-year
SELECT lives_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('9', 'coaching', 'nasional', 1, '2024-03-02'), ('9', 'coaching', 'nasional', -1, '2024-03-03')$q$, 'a bad row does not abort the statement');
-- two coaching activities in March 2024 (2 x 2 JP, Peraturan LAN 10/2018), the bad one not counted
SELECT is((SELECT pegawai || '/' || tahun || '/' || jp || '/' || jumlah_catatan || '/' || tidak_dihitung FROM mx_rb)::text, '9/2024/4.00/3/1', 'the summary counts the two good records (4.00) and lists the bad one in tidak_dihitung');
SELECT lives_ok($q$UPDATE mx_t SET jumlah = 101 WHERE nip = '9' AND mulai = '2024-03-02'$q$, 'an UPDATE to a bad jumlah does not abort');
SELECT lives_ok($q$DELETE FROM mx_t WHERE nip = '9' AND (jumlah < 0 OR jumlah > 100)$q$, 'delete the two bad rows');
SELECT is((SELECT pegawai || '/' || tahun || '/' || jp || '/' || jumlah_catatan || '/' || tidak_dihitung FROM mx_rb)::text, '9/2024/2.00/1/0', 'the summary follows: one coaching, 2.00, nothing left out');
SELECT lives_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES (NULL, 'coaching', 'nasional', 1, '2024-03-01')$q$, 'a NULL employee is not summarised');
SELECT lives_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('9', 'coaching', 'nasional', 1)$q$, 'an undated record, without a year column');
SELECT is((SELECT string_agg(coalesce(tahun::text, 'NULL') || ':' || jp || ':' || jumlah_catatan, ',' ORDER BY tahun) FROM mx_rb)::text, '2024:2.00:1,NULL:2.00:1', 'is counted in the employee''s row of year NULL (coaching, one activity: 2.00)');
SELECT lives_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('8', 'coaching', 'nasional', 3, '4713-11-24 BC'), ('8', 'coaching', 'nasional', 3, '5874897-12-31')$q$, 'records at both ends of the date range');
SELECT is((SELECT string_agg(tahun || ':' || jp, ',' ORDER BY tahun) FROM mx_rb WHERE pegawai = '8')::text, '-4713:4.00,5874897:4.00', 'their summary rows, by extract(year): -4713 and 5874897');
SELECT lives_ok($q$DELETE FROM mx_t WHERE nip = '8' AND mulai < '0001-01-01'$q$, 'delete the BC record');
SELECT is((SELECT string_agg(tahun || ':' || jp, ',' ORDER BY tahun) FROM mx_rb WHERE pegawai = '8')::text, '5874897:4.00', 'its summary row is gone');
SELECT lives_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('8', NULL, 'nasional', 3, 'infinity')$q$, 'a NULL jalur with an infinite date');
SELECT is((SELECT tidak_dihitung || ':' || jumlah_catatan || ':' || coalesce(jp::text, 'NULL') FROM mx_rb WHERE pegawai = '8' AND tahun IS NULL), '1:1:NULL', 'is counted in year NULL as a record that gave no JP');
SELECT lives_ok($q$SELECT ipasn.hapus_ringkasan('mx_rb')$q$, 'hapus_ringkasan mx_rb');
SELECT lives_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_rj', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jam', isi => false)$q$, 'a summary with jumlah_dalam ''jam''');
SELECT lives_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('15', 'seminar', 'nasional', 8, '2024-05-06')$q$, 'ringkas_jp ''jam'': a seminar of 8 hours on one day');
SELECT is((SELECT jp FROM mx_rj WHERE pegawai = '15')::text, '4.00', 'ringkas_jp ''jam'': 1 day x 4 = 4.00');
SELECT lives_ok($q$INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('15', 'bimtek', 'nasional', -2, '2024-05-06')$q$, 'ringkas_jp ''jam'': a negative jam does not abort');
SELECT is((SELECT jp || '/' || tidak_dihitung FROM mx_rj WHERE pegawai = '15')::text, '4.00/1', 'ringkas_jp ''jam'': the negative jam is listed in tidak_dihitung, the seminar still 4.00');
SELECT lives_ok($q$SELECT ipasn.hapus_ringkasan('mx_rj')$q$, 'drop the ''jam'' summary');

-- buat_ringkasan, isi_ulang, isi_ulang_ringkasan and the internal helpers
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan(NULL, 'mx_r2', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai')$q$, '22004', 'sumber of ipasn.buat_ringkasan must not be NULL', 'buat_ringkasan: NULL source');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', NULL, 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$q$, '22004', 'ringkasan of ipasn.buat_ringkasan must not be NULL', 'buat_ringkasan: NULL summary name');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', NULL, 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$q$, '22004', 'pegawai of ipasn.buat_ringkasan must not be NULL', 'buat_ringkasan: NULL column');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'nip', 'jalur', 'lingkup', 'tidak_ada', 'mulai', 'selesai', 'satuan')$q$, '42703', 'column "tidak_ada" given as jumlah column does not exist in table public.mx_t', 'buat_ringkasan: unknown column');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'nip', 'jalur', 'lingkup', 'r', 'mulai', 'selesai', 'satuan')$q$, '42804', 'jumlah column "r" of table public.mx_t has type real, which ipasn cannot use', 'buat_ringkasan: real jumlah column');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$q$, '42P07', 'relation "public.mx_ringkas" already exists', 'buat_ringkasan: the summary table exists already');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('tidak_ada', 'mx_r2', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$q$, '42P01', 'relation "tidak_ada" does not exist', 'buat_ringkasan: unknown source table');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', '', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$q$, '22023', 'string is not a valid identifier: ""', 'buat_ringkasan: empty summary name');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'a.b.c', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$q$, '3F000', 'schema "a" does not exist', 'buat_ringkasan: three-part summary name');
SELECT lives_ok($q$CREATE TABLE mx_mentah AS SELECT '1'::text AS nip, 'seminar'::ipasn.jalur AS jalur, 'nasional'::ipasn.lingkup AS lingkup, -1::numeric AS jumlah, '2024-01-01'::date AS mulai, NULL::date AS selesai$q$, 'a table with a bad row and no isi_jp');
SELECT lives_ok($q$SELECT ipasn.buat_ringkasan('mx_mentah', 'mx_r3', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$q$, 'buat_ringkasan: a source with a bad row fills');
SELECT is((SELECT coalesce(jp::text, 'NULL') || '/' || jumlah_catatan || '/' || tidak_dihitung FROM mx_r3)::text, 'NULL/1/1', 'buat_ringkasan: the bad row is listed in tidak_dihitung, no JP');
SELECT throws_ok($q$CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan', blok_per_batch => 0)$q$, '22023', 'blok_per_batch must be at least 1', 'isi_ulang: blok_per_batch 0');
SELECT throws_ok($q$CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan', blok_per_batch => NULL)$q$, '22023', 'blok_per_batch must be at least 1', 'isi_ulang: blok_per_batch NULL');
SELECT throws_ok($q$CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'tj', 'satuan')$q$, '42804', 'jp column "tj" of table mx_t does not exist or is not numeric', 'isi_ulang: text jp column');
SELECT throws_ok($q$CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'tidak_ada', 'satuan')$q$, '42804', 'jp column "tidak_ada" of table mx_t does not exist or is not numeric', 'isi_ulang: unknown jp column');
SELECT throws_ok($q$CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'tidak_ada', 'mulai', 'selesai', 'jp', 'satuan')$q$, '42703', 'column "tidak_ada" given as jumlah column does not exist in table public.mx_t', 'isi_ulang: unknown jumlah column');
SELECT throws_ok($q$CALL ipasn.isi_ulang(NULL, 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp')$q$, '22004', 'sumber of ipasn.isi_ulang must not be NULL', 'isi_ulang: NULL source');
SELECT throws_ok($q$CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan', masalah => 'tj')$q$, '2D000', 'invalid transaction termination', 'isi_ulang: inside a transaction block it cannot COMMIT');
SELECT throws_ok($q$CALL ipasn.isi_ulang_ringkasan('mx_t', 'mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan', pegawai_per_batch => 0)$q$, '22023', 'pegawai_per_batch must be at least 1', 'isi_ulang_ringkasan: pegawai_per_batch 0');
SELECT throws_ok($q$CALL ipasn.isi_ulang_ringkasan('mx_t', 'mx_ringkas', 'nip', 'jalur', 'lingkup', 'tidak_ada', 'mulai', 'selesai', 'satuan')$q$, '42703', 'column "tidak_ada" given as jumlah column does not exist in table public.mx_t', 'isi_ulang_ringkasan: unknown column');
SELECT throws_ok($q$CALL ipasn.isi_ulang_ringkasan('mx_t', NULL, 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$q$, '22004', 'ringkasan of ipasn.isi_ulang_ringkasan must not be NULL', 'isi_ulang_ringkasan: NULL summary');
SELECT throws_ok($q$CALL ipasn.isi_ulang('mx_t', 'jalur', NULL, 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')$q$, '22004', 'lingkup of ipasn.isi_ulang must not be NULL', 'isi_ulang: NULL column');
SELECT throws_ok($q$CALL ipasn.isi_ulang_ringkasan(NULL, 'mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$q$, '22004', 'sumber of ipasn.isi_ulang_ringkasan must not be NULL', 'isi_ulang_ringkasan: NULL source');
SELECT throws_ok($q$CALL ipasn.isi_ulang_ringkasan('mx_t', 'mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', NULL, 'selesai', 'satuan')$q$, '22004', 'mulai of ipasn.isi_ulang_ringkasan must not be NULL', 'isi_ulang_ringkasan: NULL column');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'buat_ringkasan: no jumlah_dalam');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', NULL)$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'buat_ringkasan: jumlah_dalam NULL');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'hours')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'buat_ringkasan: jumlah_dalam ''hours''');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', '')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'buat_ringkasan: jumlah_dalam ''''');
SELECT throws_ok($q$SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', jumlah_dalam => 'Jam')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'buat_ringkasan: jumlah_dalam => ''Jam''');
SELECT throws_ok($q$CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_ulang: no jumlah_dalam');
SELECT throws_ok($q$CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', NULL)$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_ulang: jumlah_dalam NULL');
SELECT throws_ok($q$CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'hours')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_ulang: jumlah_dalam ''hours''');
SELECT throws_ok($q$CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', '')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_ulang: jumlah_dalam ''''');
SELECT throws_ok($q$CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', jumlah_dalam => 'Jam')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_ulang: jumlah_dalam => ''Jam''');
SELECT throws_ok($q$CALL ipasn.isi_ulang_ringkasan('mx_t', 'mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_ulang_ringkasan: no jumlah_dalam');
SELECT throws_ok($q$CALL ipasn.isi_ulang_ringkasan('mx_t', 'mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', NULL)$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_ulang_ringkasan: jumlah_dalam NULL');
SELECT throws_ok($q$CALL ipasn.isi_ulang_ringkasan('mx_t', 'mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'hours')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_ulang_ringkasan: jumlah_dalam ''hours''');
SELECT throws_ok($q$CALL ipasn.isi_ulang_ringkasan('mx_t', 'mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', '')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_ulang_ringkasan: jumlah_dalam ''''');
SELECT throws_ok($q$CALL ipasn.isi_ulang_ringkasan('mx_t', 'mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', jumlah_dalam => 'Jam')$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_ulang_ringkasan: jumlah_dalam => ''Jam''');
SELECT is((SELECT ipasn._jumlah_dalam('jam', 'f'))::text, 'true', '_jumlah_dalam: ''jam''');
SELECT is((SELECT ipasn._jumlah_dalam('satuan', 'f'))::text, 'false', '_jumlah_dalam: ''satuan''');
SELECT throws_ok($q$SELECT ipasn._jumlah_dalam(NULL, NULL)$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', '_jumlah_dalam: all NULL');
SELECT is((SELECT ipasn._kolom_sql(NULL, NULL, NULL))::text, NULL, '_kolom_sql: all NULL');
SELECT throws_ok($q$SELECT ipasn._kolom_sql('mx_t', 'tidak_ada', 'jalur')$q$, '42703', 'column "tidak_ada" given as jalur column does not exist in table public.mx_t', '_kolom_sql: unknown column');
SELECT throws_ok($q$SELECT ipasn._kolom_sql('mx_t', 'jalur', 'tidak_ada')$q$, '22023', 'unknown column role "tidak_ada"', '_kolom_sql: unknown role');
SELECT throws_ok($q$SELECT ipasn._sumber_sql(NULL, NULL)$q$, '09000', 'function "ringkas_jp" takes 8 or 9 arguments: the summary table, the columns pegawai, jalur, lingkup, jumlah, mulai, selesai, jumlah_dalam and optionally the year column', '_sumber_sql: all NULL');
SELECT throws_ok($q$SELECT ipasn._sumber_sql('mx_t', ARRAY['nip'])$q$, '09000', 'function "ringkas_jp" takes 8 or 9 arguments: the summary table, the columns pegawai, jalur, lingkup, jumlah, mulai, selesai, jumlah_dalam and optionally the year column', '_sumber_sql: too few columns');
SELECT throws_ok($q$SELECT ipasn._ringkasan_relid(NULL, NULL)$q$, '22004', 'null values cannot be formatted as an SQL identifier', '_ringkasan_relid: all NULL');
SELECT throws_ok($q$SELECT ipasn._ringkasan_relid('tidak_ada', 'mx_t')$q$, '42P01', 'summary table "tidak_ada" of table public.mx_t does not exist', '_ringkasan_relid: unknown table');
SELECT is((SELECT array_length(ipasn._ringkasan_sql(NULL, NULL, NULL, NULL), 1))::text, '2', '_ringkasan_sql: all NULL gives two (useless) statements');
SELECT throws_ok($q$SELECT ipasn._ringkas_jp_sql(NULL, NULL, NULL)::text$q$, '22004', 'null values cannot be formatted as an SQL identifier', '_ringkas_jp_sql: all NULL');
SELECT is((SELECT ipasn._ringkas_jp_sql('mx_t', ARRAY['mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan'], 'MERGE') IS NOT NULL)::text, 'true', '_ringkas_jp_sql: unknown event');
SELECT throws_ok($q$SELECT ipasn._sumber_sql('mx_t', ARRAY['nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'x'])$q$, '22023', 'jumlah_dalam must be ''jam'' or ''satuan''', '_sumber_sql: unknown jumlah_dalam');

SELECT * FROM finish();
ROLLBACK;
