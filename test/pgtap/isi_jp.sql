-- ipasn.isi_jp: the hours declaration enforced (at CREATE TRIGGER and at
-- the first firing), the jp column's two decimals, and the problem column
-- of bulk loads (the eighth argument).  Figures from Peraturan LAN 10/2018,
-- Lampiran: seminar nasional 4 JP a day, bimtek and pelatihan teknis as
-- the programme's JP, e-learning at most 3 JP a day.
\set QUIET 1
\set ON_ERROR_STOP 1
\pset format unaligned
\pset tuples_only true
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SET LOCAL lc_messages = 'C';
SELECT plan(34);

CREATE TABLE diklat (
	id serial PRIMARY KEY,
	nip text,
	jenis text,
	lingkup text,
	jam numeric,
	mulai date,
	selesai date,
	jp numeric,
	masalah text,
	jp_satu numeric(6,1),
	jp_bulat integer,
	jp_tiga numeric(7,3),
	angka numeric
);

-- 1. the declaration: no default, refused at CREATE TRIGGER (22023)
SELECT is((SELECT e.evtevent || ' ' || array_to_string(e.evttags, ',') FROM pg_event_trigger e
			 JOIN pg_depend d ON d.classid = 'pg_event_trigger'::regclass AND d.objid = e.oid AND d.deptype = 'e'
			 JOIN pg_extension x ON x.oid = d.refobjid AND x.extname = 'ipasn'
			WHERE e.evtname = 'ipasn_periksa_pemicu'),
		  'ddl_command_end CREATE TRIGGER', 'the event trigger belongs to ipasn and fires after CREATE TRIGGER');
SELECT throws_ok($$CREATE TRIGGER d BEFORE INSERT OR UPDATE ON diklat FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp')$$,
	'22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_jp with six arguments is refused at CREATE TRIGGER');
SELECT throws_ok($$CREATE TRIGGER d BEFORE INSERT OR UPDATE ON diklat FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp', 'hours', 'masalah')$$,
	'22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'isi_jp with jumlah_dalam ''hours'' and a problem column is refused at CREATE TRIGGER');
SELECT throws_ok($$CREATE TRIGGER r AFTER INSERT ON diklat REFERENCING NEW TABLE AS baru FOR EACH STATEMENT
	EXECUTE FUNCTION ipasn.ringkas_jp('ringkasan', 'nip', 'jenis', 'lingkup', 'jam', 'mulai', 'selesai')$$,
	'22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'ringkas_jp with seven arguments is refused at CREATE TRIGGER');
CREATE FUNCTION pg_temp.galat(q text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE
	d text;
	h text;
BEGIN
	EXECUTE q;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT;
	RETURN d || ' | ' || h;
END $f$;
SELECT alike(pg_temp.galat($$CREATE TRIGGER d BEFORE INSERT ON diklat FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp')$$),
	'No jumlah_dalam was given to trigger "d" on table "diklat". | Declare what the amount column holds: ''jam'' when it holds hours%''satuan'' when it holds the amount in each jalur''s own unit%',
	'the refusal names the trigger and both choices');
SELECT is((SELECT count(*) FROM pg_trigger WHERE tgrelid = 'diklat'::regclass)::int, 0, 'no trigger was left behind');
-- created while event triggers do not fire: refused at the first firing
SET LOCAL session_replication_role = replica;
CREATE TRIGGER d BEFORE INSERT OR UPDATE ON diklat FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp');
SET LOCAL session_replication_role = origin;
SELECT throws_ok($$INSERT INTO diklat (jenis, lingkup, jam) VALUES ('Seminar', 'Nasional', 8)$$,
	'22023', 'jumlah_dalam must be ''jam'' or ''satuan''', 'a six-argument isi_jp the event trigger did not see is refused at its first firing');
DROP TRIGGER d ON diklat;
-- the positional 'jam': a seminar of 8 hours on one day is 1 day x 4 JP = 4.00
CREATE TRIGGER d BEFORE INSERT OR UPDATE ON diklat FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp', 'jam');
INSERT INTO diklat (nip, jenis, lingkup, jam, mulai, selesai) VALUES ('1', 'Seminar', 'Nasional', 8, '2024-05-06', '2024-05-06');
SELECT is((SELECT jp FROM diklat WHERE nip = '1'), 4.00, 'isi_jp with ''jam'': seminar 8 hours on one day = 4.00');
-- 'satuan': the same 8 read as days of seminar, 8 x 4 = 32.00
CREATE OR REPLACE TRIGGER d BEFORE INSERT OR UPDATE ON diklat FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp', 'satuan');
UPDATE diklat SET jam = jam WHERE nip = '1';
SELECT is((SELECT jp FROM diklat WHERE nip = '1'), 32.00, 'isi_jp with ''satuan'': 8 days of seminar = 32.00');
-- a blank lingkup reads nasional (SIASN keeps no scope); "-" is no value
UPDATE diklat SET lingkup = '-' WHERE nip = '1';
SELECT is((SELECT jp FROM diklat WHERE nip = '1'), 32.00, 'lingkup "-" reads nasional');
UPDATE diklat SET jenis = '-' WHERE nip = '1';
SELECT is((SELECT jp FROM diklat WHERE nip = '1'), NULL, 'jalur "-" is no value: jp NULL, no error');
DROP TRIGGER d ON diklat;
DELETE FROM diklat;

-- 3. the jp column holds two decimals (42804 at the first firing)
CREATE TRIGGER d BEFORE INSERT ON diklat FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp_satu', 'jam');
SELECT throws_ok($$INSERT INTO diklat (jenis, lingkup, jam) VALUES ('e-learning', 'nasional', 1.25)$$,
	'42804', 'jp column "jp_satu" of table "diklat" has type numeric(6,1), which cannot hold the JP that trigger "d" writes',
	'a numeric(6,1) jp column is refused (1.25 JP would become 1.3)');
DROP TRIGGER d ON diklat;
CREATE TRIGGER d BEFORE INSERT ON diklat FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp_bulat', 'jam');
SELECT throws_ok($$INSERT INTO diklat (jenis, lingkup, jam) VALUES ('e-learning', 'nasional', 1.25)$$,
	'42804', 'jp column "jp_bulat" of table "diklat" has type integer, which trigger "d" cannot use',
	'an integer jp column is refused');
DROP TRIGGER d ON diklat;
CREATE TRIGGER d BEFORE INSERT ON diklat FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp_tiga', 'jam');
INSERT INTO diklat (nip, jenis, lingkup, jam, mulai, selesai) VALUES ('2', 'e-learning', 'nasional', 1.25, '2024-05-06', '2024-05-06');
SELECT is((SELECT jp_tiga::text FROM diklat WHERE nip = '2'), '1.250', 'a numeric(7,3) jp column takes 1.25 JP of e-learning');
DROP TRIGGER d ON diklat;
SELECT throws_ok($$CALL ipasn.isi_ulang('diklat', 'jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp_satu', 'jam')$$,
	'42804', 'jp column "jp_satu" of table public.diklat has type numeric(6,1), which cannot hold JP to two decimals',
	'isi_ulang refuses a numeric(6,1) jp column too');
DELETE FROM diklat;

-- 2. bulk loads: the eighth argument names the problem column
CREATE TRIGGER d BEFORE INSERT OR UPDATE ON diklat FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp', 'jam', 'masalah');
SELECT lives_ok($$INSERT INTO diklat (nip, jenis, lingkup, jam, mulai, selesai) VALUES
	('a', 'Seminar', 'Nasional', 8, '2024-05-06', '2024-05-06'),
	('b', 'Zoom Meeting', 'nasional', 2, '2024-05-07', '2024-05-07'),
	('c', 'Bimtek', 'provinsi', 10, '2024-05-08', '2024-05-08'),
	('d', 'Bimtek', 'nasional', -2, '2024-05-08', '2024-05-08'),
	('e', 'Pelatihan Teknis', 'nasional', NULL, NULL, NULL),
	('f', NULL, 'nasional', 5, '2024-05-08', '2024-05-08'),
	('g', 'Seminar', 'nasional', 8, '2024-05-10', '2024-05-09'),
	('h', 'Bimtek', NULL, 24, '2024-05-13', '2024-05-15')$$,
	'a bulk insert with bad rows stores every row');
SELECT results_eq($$SELECT nip, jp, masalah FROM diklat ORDER BY nip$$,
	$$VALUES ('a', 4.00, NULL::text),
		('b', NULL::numeric, 'jalur "Zoom Meeting" tidak dikenal'),
		('c', NULL, 'lingkup "provinsi" tidak dikenal'),
		('d', NULL, 'jam -2 tidak boleh negatif'),
		('e', NULL, 'data tidak lengkap: jumlah (JP) dan tanggal kosong'),
		('f', NULL, 'jalur kosong'),
		('g', NULL, 'tanggal selesai 2024-05-09 sebelum tanggal mulai 2024-05-10'),
		('h', 24.00, NULL)$$,
	'each bad row carries its reason; the good ones their JP (seminar 1 day 4.00, bimtek 24 hours 24.00 with blank lingkup as nasional)');
UPDATE diklat SET jenis = 'Bimtek' WHERE nip = 'b';
SELECT is((SELECT jp || ' ' || coalesce(masalah, 'NULL') FROM diklat WHERE nip = 'b'), '2.00 NULL',
	'a row fixed by UPDATE gets its JP and its reason is cleared (bimtek 2 hours = 2.00)');
UPDATE diklat SET jam = 10 WHERE nip = 'a';
SELECT is((SELECT jp || ' ' || coalesce(masalah, 'NULL') FROM diklat WHERE nip = 'a'), '4.00 NULL',
	'a seminar of 10 hours on one day is still 1 day x 4 = 4.00');
UPDATE diklat SET jenis = 'Rapat' WHERE nip = 'a';
SELECT is((SELECT coalesce(jp::text, 'NULL') || ' ' || masalah FROM diklat WHERE nip = 'a'), 'NULL jalur "Rapat" tidak dikenal',
	'a good row made bad by UPDATE loses its JP and gets the reason');
-- a text the agency marks as not competency development (ipasn.sinonim)
SET LOCAL client_min_messages = error;	-- (the rule-change WARNING: test/pgtap/aturan_program.sql)
INSERT INTO ipasn.sinonim (tipe, teks, label, keterangan) VALUES ('ipasn.jalur', 'Rapat', 'bukan_bangkom', 'rapat dinas');
SET LOCAL client_min_messages = warning;
UPDATE diklat SET jam = jam WHERE nip = 'a';
SELECT is((SELECT coalesce(jp::text, 'NULL') || ' ' || masalah FROM diklat WHERE nip = 'a'),
	'NULL "Rapat" bukan pengembangan kompetensi (ipasn.sinonim)', 'a row marked bukan_bangkom is kept with that reason');
SELECT is((SELECT count(*) FROM diklat)::int, 8, 'every row of the load is in the table');
DROP TRIGGER d ON diklat;
-- the problem column: text or varchar, an existing column
CREATE TRIGGER d BEFORE INSERT ON diklat FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp', 'jam', 'angka');
SELECT throws_ok($$INSERT INTO diklat (jenis, lingkup, jam) VALUES ('Bimtek', 'nasional', 2)$$,
	'42804', 'masalah column "angka" of table "diklat" has type numeric, which trigger "d" cannot use',
	'a numeric problem column is refused');
DROP TRIGGER d ON diklat;
CREATE TRIGGER d BEFORE INSERT ON diklat FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp', 'jam', 'catatan');
SELECT throws_ok($$INSERT INTO diklat (jenis, lingkup, jam) VALUES ('Bimtek', 'nasional', 2)$$,
	'42703', 'column "catatan" given as masalah column of trigger "d" does not exist in table "diklat"',
	'a missing problem column is refused');
DROP TRIGGER d ON diklat;

-- without the eighth argument a bad row still aborts the statement
DELETE FROM diklat;
CREATE TRIGGER d BEFORE INSERT OR UPDATE ON diklat FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp', 'jam');
SELECT throws_ok($$INSERT INTO diklat (nip, jenis, lingkup, jam) VALUES ('a', 'Bimtek', 'nasional', 2), ('b', 'Zoom Meeting', 'nasional', 2)$$,
	'22P02', 'invalid input for jalur: "Zoom Meeting"', 'without a problem column an unknown text aborts (data entry wants the error)');
SELECT throws_ok($$INSERT INTO diklat (nip, jenis, lingkup, jam) VALUES ('a', 'Bimtek', 'nasional', -2)$$,
	'22023', 'jam -2 of jalur "bimtek" is negative', 'without a problem column a negative amount aborts');
SELECT throws_ok($$INSERT INTO diklat (nip, jenis, lingkup, jam) VALUES ('a', 'Bimtek', '', -2)$$,
	'22023', 'jam -2 of jalur "bimtek" is negative', 'with a blank lingkup too');
SELECT throws_ok($$INSERT INTO diklat (nip, jenis, lingkup, jam, mulai, selesai) VALUES ('a', 'Bimtek', '', 2, '2024-05-10', '2024-05-09')$$,
	'22023', 'tanggal selesai 2024-05-09 sebelum tanggal mulai 2024-05-10', 'a blank lingkup read as nasional, end before start: aborts with the reader''s reason');
SELECT is((SELECT count(*) FROM diklat)::int, 0, 'and the table is unchanged');
SELECT lives_ok($$INSERT INTO diklat (nip, jenis, lingkup, jam) VALUES ('r', 'Rapat', 'nasional', 2), ('s', NULL, 'nasional', 2), ('t', 'Pelatihan Teknis', NULL, NULL)$$,
	'rows that give no JP without being wrong (bukan_bangkom, no jalur, incomplete) do not abort');
SELECT is((SELECT count(*) FROM diklat WHERE jp IS NULL)::int, 3, 'they are stored with jp NULL');
-- typed columns read as the reader reads their text: numeric(8,3) 1.500 is 1.5, not a thousands separator
ALTER TABLE diklat ADD COLUMN jam3 numeric(8,3), ADD COLUMN jalur_e ipasn.jalur;
DROP TRIGGER d ON diklat;
CREATE TRIGGER d BEFORE INSERT OR UPDATE ON diklat FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jalur_e', 'lingkup', 'jam3', 'mulai', 'selesai', 'jp', 'satuan', 'masalah');
INSERT INTO diklat (nip, jalur_e, lingkup, jam3, mulai, selesai) VALUES ('u', 'e_learning', NULL, 1.500, '2024-05-06', '2024-05-06'),
	('v', 'pelatihan_teknis', 'internasional', 17, NULL, NULL);
SELECT results_eq($$SELECT nip, jp, masalah FROM diklat WHERE nip IN ('u', 'v') ORDER BY nip$$,
	$$VALUES ('u', 1.50, NULL::text), ('v', 20.40, NULL)$$,
	'an enum jalur and a numeric(8,3) amount: e-learning 1.500 = 1.50; pelatihan teknis internasional 17 + 20% = 20.40');

-- the trigger cache frees the entry of a dropped table or trigger at its next lookup
CREATE FUNCTION pg_temp.entries() RETURNS int LANGUAGE sql AS
	$$SELECT count(*)::int FROM pg_backend_memory_contexts
	WHERE name = 'ipasn isi_jp trigger' AND parent = 'CacheMemoryContext'$$;
CREATE TABLE x1 (jalur text, lingkup text, jumlah numeric, mulai date, selesai date, jp numeric);
CREATE TABLE x2 (LIKE x1);
CREATE TRIGGER x1 BEFORE INSERT ON x1 FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan');
CREATE TRIGGER x2 BEFORE INSERT ON x2 FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan');
INSERT INTO x1 VALUES ('seminar', 'nasional', 1, NULL, NULL, NULL);
INSERT INTO x2 VALUES ('seminar', 'nasional', 1, NULL, NULL, NULL);
CREATE TEMP TABLE n0 AS SELECT pg_temp.entries() AS n;
DROP TABLE x1;
INSERT INTO x2 VALUES ('seminar', 'nasional', 1, NULL, NULL, NULL);
SELECT is(pg_temp.entries(), (SELECT n - 1 FROM n0), 'the entry of a dropped table is freed at the next lookup');
DROP TRIGGER x2 ON x2;
CREATE TRIGGER x3 BEFORE INSERT ON x2 FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan');
INSERT INTO x2 VALUES ('seminar', 'nasional', 1, NULL, NULL, NULL);
SELECT is(pg_temp.entries(), (SELECT n - 1 FROM n0),
	'the entry of a dropped trigger is freed at the next lookup, its successor''s attached');

SELECT * FROM finish();
ROLLBACK;
