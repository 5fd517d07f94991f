-- Upgrading from 0.1.0.  Three checks, each in this one rolled-back transaction:
--  1. a 0.1.0 catalog used through the current library: the released SQL API,
--     called as 0.1.0's users call it, gives the hand-worked values;
--  2. jp_state values, a summary table and training tables with both
--     triggers, written under 0.1.0, still read and fire after
--     ALTER EXTENSION ipasn UPDATE;
--  3. 0.1.0 + ALTER EXTENSION UPDATE gives the catalog of a fresh install
--     (every member: definition, markings, comment, ACL, initial privileges;
--     columns, constraints, indexes, triggers and rows of its tables), compared
--     generically with test/t/upgrade_catalog.sql so that an object added to
--     the install script without its update section fails here.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
\ir ../t/upgrade_catalog.sql

-- the catalog of a fresh install of the default version
DROP EXTENSION IF EXISTS ipasn CASCADE;
CREATE EXTENSION ipasn;
CREATE TEMP TABLE katalog_baru AS SELECT * FROM pg_temp.ipasn_katalog();
CREATE TEMP TABLE versi_baru AS SELECT extversion FROM pg_extension WHERE extname = 'ipasn';
DROP EXTENSION ipasn;

-- 0.1.0, used through the current library
CREATE EXTENSION ipasn VERSION '0.1.0';
SELECT plan(51);

SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'ipasn'), '0.1.0', '0.1.0 installs from the shipped script');

-- Peraturan LAN 10/2018, Lampiran: seminar nasional 4 JP a day; teknis internasional +20%;
-- coaching 2 JP each; workshop internasional 7 JP a day; pendidikan 20 JP a semester
SELECT is(ipasn.jp('seminar', 'nasional', 2), 8.00, '0.1.0 catalog: seminar nasional 2 days = 8.00 JP');
SELECT is(ipasn.jp('pelatihan_teknis', 'internasional', 17), 20.40, '0.1.0 catalog: 17 JP teknis internasional +20% = 20.40');
SELECT is(ipasn.jp('coaching', 'nasional', 1), 2.00, '0.1.0 catalog: one coaching = 2.00 JP');
SELECT is(ipasn.jp('workshop', 'internasional', 3, '2024-03-01', '2024-03-03'), 21.00, '0.1.0 catalog: workshop internasional 3 days = 21.00 JP');
SELECT is(ipasn.jp('pendidikan', 'nasional', 2), 40.00, '0.1.0 catalog: pendidikan 2 semesters = 40.00 JP');
SELECT throws_ok($$SELECT ipasn.jp('seminar', 'nasional', -1)$$, '22023', NULL, '0.1.0 catalog: a negative jumlah raises 22023');
SELECT is(ipasn.satuan('seminar'), 'hari', '0.1.0 catalog: seminar is read in days');
-- caps across records: coaching at most 2 a month (4, not 6, in March); e-learning 3 JP a day
SELECT is(ipasn.jp_total(j::ipasn.jalur, 'nasional', 1, m::date, NULL),
		  6.00, '0.1.0 catalog: jp_total caps coaching at 2 a month (3 in March, 1 in April -> 6.00)')
  FROM (SELECT 'coaching' AS j, m FROM unnest(ARRAY['2024-03-03', '2024-03-10', '2024-03-24', '2024-04-02']) AS m) AS x;
SELECT is(ipasn.jp_total('e_learning', 'nasional', x, d::date, d::date), 5.00,
		  '0.1.0 catalog: e-learning 5 JP then 2 JP next day -> 3 + 2 = 5.00')
  FROM (VALUES (5, '2024-05-06'), (2, '2024-05-07')) AS v(x, d);
-- parsers and SIASN codes
SELECT is(ipasn.parse_jalur('Bimtek'), 'bimtek'::ipasn.jalur, '0.1.0 catalog: parse_jalur(''Bimtek'')');
SELECT is(ipasn.parse_jalur_or_null('no such thing'), NULL, '0.1.0 catalog: parse_jalur_or_null of unknown text is NULL');
SELECT is(ipasn.parse_pendidikan('S-1/Sarjana'), 's1'::ipasn.pendidikan, '0.1.0 catalog: parse_pendidikan(''S-1/Sarjana'')');
SELECT is(ipasn.parse_diklatpim('Diklatpim Tk. III'), 'pka'::ipasn.diklatpim, '0.1.0 catalog: Diklatpim III is pka');
SELECT is(ipasn.jalur_siasn(1), 'pelatihan_kepemimpinan'::ipasn.jalur, '0.1.0 catalog: SIASN jenis_diklat_id 1');
SELECT is(ipasn.hukuman_siasn('b'), 'berat'::ipasn.hukuman, '0.1.0 catalog: SIASN tingkat B is berat');
SELECT is(ipasn.predikat_siasn(2), 'baik', '0.1.0 catalog: SIASN predikat 2 is baik');
-- PermenPANRB 38/2018: kualifikasi s2 20; kinerja > 90 30; disiplin none 5; pelaksana 22.5 + 17.5
SELECT is(ipasn.skor_kualifikasi('s2'), 20::numeric, '0.1.0 catalog: kualifikasi s2 = 20');
SELECT is(ipasn.skor_kinerja(91), 30::numeric, '0.1.0 catalog: SKP 91 scores 30');
SELECT is(ipasn.skor_kinerja('Sangat Baik'), 30::numeric, '0.1.0 catalog: predikat Sangat Baik scores 30');
SELECT is(ipasn.skor_disiplin(NULL), 5::numeric, '0.1.0 catalog: no penalty scores 5');
SELECT is((ipasn.ip_asn('s1', 'pelaksana', NULL, NULL, 20, true, 95, NULL)).total, 90::numeric,
		  '0.1.0 catalog: s1 pelaksana, 20 JP, seminar, SKP 95, no penalty: 15 + 40 + 30 + 5 = 90');
SELECT is((ipasn.ip_asn('s1', 'pelaksana', NULL, NULL, 20, true, 95, NULL)).kategori, 'tinggi'::ipasn.kategori,
		  '0.1.0 catalog: 90 is tinggi (sangat_tinggi only above 90)');
SELECT is((SELECT count(*) FROM ipasn.saran('s1', 'pelaksana', NULL, NULL, 0, false, 95, NULL)), 3::bigint,
		  '0.1.0 catalog: saran lists pendidikan, JP and seminar for that pelaksana without training');

-- stored data written under 0.1.0: a training table with both triggers and its summary
CREATE TABLE public.rekam_uji (
	id serial PRIMARY KEY,
	nip varchar(18) NOT NULL,
	jalur text,
	lingkup text,
	jumlah numeric,
	mulai date,
	selesai date,
	jp numeric
);
CREATE TRIGGER rekam_uji_jp BEFORE INSERT OR UPDATE ON public.rekam_uji
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp');
INSERT INTO public.rekam_uji (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES
	('199001012020011001', 'Bimtek', 'nasional', 17, '2024-02-01', '2024-02-03'),
	('199001012020011001', 'coaching', 'nasional', 1, '2024-03-03', NULL),
	('199001012020011001', 'coaching', 'nasional', 1, '2024-03-10', NULL),
	('199001012020011001', 'coaching', 'nasional', 1, '2024-03-24', NULL),
	('198512312010122002', 'seminar', 'luar negeri', 2, '2024-05-06', '2024-05-07');
-- (made after the rows: the summary trigger of the 0.3.0 library refuses to fire
-- before ALTER EXTENSION UPDATE, so 0.1.0's buat_ringkasan fills it from them)
DO $$ BEGIN PERFORM ipasn.buat_ringkasan('public.rekam_uji', 'rekam_uji_ringkasan', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai'); END $$;
-- a 0.1.0 row trigger with columns, a WHEN clause, a comment and a
-- non-default enabled state: the update keeps all of them
ALTER TABLE public.rekam_uji ADD COLUMN jp2 numeric;
CREATE TRIGGER rekam_uji_jp2 BEFORE INSERT OR UPDATE OF jalur, jumlah ON public.rekam_uji
	FOR EACH ROW WHEN (NEW.nip IS DISTINCT FROM '0')
	EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp2');
COMMENT ON TRIGGER rekam_uji_jp2 ON public.rekam_uji IS 'jp kedua';
ALTER TABLE public.rekam_uji ENABLE ALWAYS TRIGGER rekam_uji_jp2;
CREATE TEMP TABLE pemicu_lama AS
SELECT oid, tgname, pg_get_triggerdef(oid) AS def, tgenabled FROM pg_trigger
 WHERE tgrelid = 'public.rekam_uji'::regclass AND NOT tgisinternal;
CREATE TABLE public.state_uji AS
SELECT nip, ipasn.jp_state_agg(ipasn.parse_jalur(jalur), 'nasional', jumlah, mulai, selesai) AS st
  FROM public.rekam_uji WHERE lingkup = 'nasional' GROUP BY nip;
CREATE TEMP TABLE state_teks AS SELECT nip, st::text AS teks FROM public.state_uji;

-- (the update names each trigger it re-creates in a WARNING: test/t/upgrade_dump.pl)
SET client_min_messages = error;
ALTER EXTENSION ipasn UPDATE;
SET client_min_messages = warning;
SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'ipasn'), (SELECT extversion FROM versi_baru),
		  'ALTER EXTENSION ipasn UPDATE reaches the default version');

-- the triggers without jumlah_dalam are re-created in place with 'satuan',
-- the reading they had (jumlah_dalam has no default since 0.3.0)
SELECT is((SELECT count(*) FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
			WHERE p.proname IN ('isi_jp', 'ringkas_jp') AND t.tgrelid = 'public.rekam_uji'::regclass
			  AND (t.tgnargs = 6 AND p.proname = 'isi_jp' OR t.tgnargs = 7 AND p.proname = 'ringkas_jp')),
		  0::bigint, 'after the update no isi_jp or ringkas_jp trigger is left without jumlah_dalam');
SELECT results_eq(
	$$SELECT t.tgname::text, pg_get_triggerdef(t.oid) FROM pg_trigger t
	   WHERE t.tgrelid = 'public.rekam_uji'::regclass AND NOT t.tgisinternal ORDER BY 1$$,
	$$SELECT tgname::text, left(def, -1) || ', ''satuan'')' FROM pemicu_lama ORDER BY 1$$,
	'each trigger keeps its definition (name, timing, events, columns, WHEN clause, transition tables), with ''satuan'' added');
SELECT is((SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = 'rekam_uji_jp2'),
	'CREATE TRIGGER rekam_uji_jp2 BEFORE INSERT OR UPDATE OF jalur, jumlah ON public.rekam_uji FOR EACH ROW WHEN (((new.nip)::text IS DISTINCT FROM ''0''::text)) EXECUTE FUNCTION ipasn.isi_jp(''jalur'', ''lingkup'', ''jumlah'', ''mulai'', ''selesai'', ''jp2'', ''satuan'')',
	'the trigger with columns and a WHEN clause keeps both and gains ''satuan''');
SELECT is((SELECT string_agg(l.tgname || ':' || t.tgenabled::text, ',' ORDER BY l.tgname) FROM pemicu_lama l JOIN pg_trigger t ON t.tgname = l.tgname AND t.tgrelid = 'public.rekam_uji'::regclass),
		  (SELECT string_agg(tgname || ':' || tgenabled::text, ',' ORDER BY tgname) FROM pemicu_lama),
		  'each trigger keeps its enabled state (rekam_uji_jp2 ENABLE ALWAYS)');
SELECT is(obj_description((SELECT oid FROM pg_trigger WHERE tgname = 'rekam_uji_jp2'), 'pg_trigger'), 'jp kedua',
		  'the trigger keeps its comment');

-- 17 JP bimtek + coaching capped at 2 in March (4 JP) = 21.00; seminar internasional 2 days x 6 = 12.00
SELECT is((SELECT ipasn.jp_value(st) FROM public.state_uji WHERE nip = '199001012020011001'), 21.00,
		  'a jp_state stored by 0.1.0 reads the same JP after the update (17 + 2 x 2 = 21.00)');
SELECT is((SELECT string_agg(s.st::text, ',' ORDER BY s.nip) FROM public.state_uji s),
		  (SELECT string_agg(teks, ',' ORDER BY nip) FROM state_teks),
		  'stored jp_state values print as they did under 0.1.0');
SELECT is((SELECT ipasn.jp_value(ipasn.jp_merge(st)) FROM public.state_uji), 21.00,
		  'stored jp_state values merge after the update');
SELECT is((SELECT ipasn.jp_value(st) FROM (SELECT teks::ipasn.jp_state AS st FROM state_teks WHERE nip = '199001012020011001') x), 21.00,
		  'the text of a 0.1.0 jp_state reads back after the update');
SELECT results_eq(
	$$SELECT pegawai::text, jp, jumlah_catatan FROM public.rekam_uji_ringkasan ORDER BY pegawai$$,
	$$VALUES ('198512312010122002'::text, 12.00::numeric, 1::bigint), ('199001012020011001', 21.00, 4)$$,
	'the summary written by 0.1.0 reads after the update');
SELECT results_eq($$SELECT jp FROM public.rekam_uji ORDER BY id$$,
	$$VALUES (17.00::numeric), (2.00), (2.00), (2.00), (12.00)$$,
	'the jp column written by the 0.1.0 row trigger is kept');

-- the triggers created under 0.1.0 still fire
INSERT INTO public.rekam_uji (nip, jalur, lingkup, jumlah, mulai, selesai)
VALUES ('198512312010122002', 'workshop', 'nasional', 2, '2024-06-03', '2024-06-04');
SELECT is((SELECT jp FROM public.rekam_uji WHERE jalur = 'workshop'), 10.00,
		  'after the update the 0.1.0 row trigger fills jp (workshop nasional 2 days x 5 = 10.00)');
SELECT is((SELECT jp2 FROM public.rekam_uji WHERE jalur = 'workshop'), 10.00,
		  'and so does the one with a WHEN clause, ENABLE ALWAYS (10.00)');
SELECT is((SELECT jp FROM public.rekam_uji_ringkasan WHERE pegawai = '198512312010122002'), 22.00,
		  'after the update the 0.1.0 summary trigger adds an insert (12 + 10 = 22.00)');
UPDATE public.rekam_uji SET mulai = '2024-04-02' WHERE jalur = 'coaching' AND mulai = '2024-03-24';
SELECT is((SELECT jp FROM public.rekam_uji_ringkasan WHERE pegawai = '199001012020011001'), 23.00,
		  'after the update the summary trigger recomputes an update (coaching moved to April: 17 + 4 + 2 = 23.00)');
DELETE FROM public.rekam_uji WHERE jalur = 'seminar';
SELECT is((SELECT jp FROM public.rekam_uji_ringkasan WHERE pegawai = '198512312010122002'), 10.00,
		  'after the update the summary trigger recomputes a delete (22 - 12 = 10.00)');
SELECT throws_ok($$INSERT INTO public.rekam_uji (nip, jalur, lingkup, jumlah) VALUES ('1', 'entah apa', 'nasional', 1)$$,
	'22P02', NULL, 'after the update the 0.1.0 row trigger still refuses an unknown jalur');
-- an agency whose jumlah column holds hours re-creates its row trigger with
-- jumlah_dalam 'jam' (Peraturan LAN 10/2018, Lampiran: a seminar of 8 hours
-- on one day is 1 day x 4 JP = 4.00)
DROP TRIGGER rekam_uji_jp ON public.rekam_uji;
CREATE TRIGGER rekam_uji_jp BEFORE INSERT OR UPDATE ON public.rekam_uji
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'jam');
INSERT INTO public.rekam_uji (nip, jalur, lingkup, jumlah, mulai, selesai)
VALUES ('197001011995011001', 'seminar', 'nasional', 8, '2024-07-01', '2024-07-01');
SELECT is((SELECT jp FROM public.rekam_uji WHERE nip = '197001011995011001'), 4.00,
		  'after the update a row trigger re-created with jumlah_dalam ''jam'' reads hours (seminar 8 hours on one day = 4.00)');
SELECT ipasn.hapus_ringkasan('public.rekam_uji_ringkasan');
DROP TABLE public.rekam_uji, public.state_uji;

-- the catalog: 0.1.0 + UPDATE against the fresh install
CREATE TEMP TABLE katalog_naik AS SELECT * FROM pg_temp.ipasn_katalog();
SELECT cmp_ok((SELECT count(*) FROM katalog_baru), '>', 1000::bigint, 'the catalog description of a fresh install is not empty');
SELECT is_empty($$SELECT objek, sifat, nilai FROM katalog_baru EXCEPT ALL SELECT objek, sifat, nilai FROM katalog_naik ORDER BY 1, 2$$,
	'everything a fresh install has, 0.1.0 + ALTER EXTENSION UPDATE has');
SELECT is_empty($$SELECT objek, sifat, nilai FROM katalog_naik EXCEPT ALL SELECT objek, sifat, nilai FROM katalog_baru ORDER BY 1, 2$$,
	'0.1.0 + ALTER EXTENSION UPDATE has nothing a fresh install lacks');
-- and the pieces named in the upgrade contract, one by one (a failure above says where)
SELECT set_eq($$SELECT objek FROM katalog_naik WHERE sifat = 'alamat'$$, $$SELECT objek FROM katalog_baru WHERE sifat = 'alamat'$$,
	'same member objects');
SELECT set_eq($$SELECT objek, nilai FROM katalog_naik WHERE sifat IN ('definisi', 'volatility', 'strict', 'parallel', 'security_definer', 'config')$$,
	$$SELECT objek, nilai FROM katalog_baru WHERE sifat IN ('definisi', 'volatility', 'strict', 'parallel', 'security_definer', 'config')$$,
	'same function definitions and markings');
SELECT set_eq($$SELECT objek, nilai FROM katalog_naik WHERE sifat = 'komentar'$$, $$SELECT objek, nilai FROM katalog_baru WHERE sifat = 'komentar'$$,
	'same comments');
SELECT set_eq($$SELECT objek, sifat, nilai FROM katalog_naik WHERE sifat = 'acl' OR sifat LIKE 'init_privs%'$$,
	$$SELECT objek, sifat, nilai FROM katalog_baru WHERE sifat = 'acl' OR sifat LIKE 'init_privs%'$$,
	'same ACLs and initial privileges');
SELECT bag_eq($$SELECT objek, nilai FROM katalog_naik WHERE sifat = 'baris'$$, $$SELECT objek, nilai FROM katalog_baru WHERE sifat = 'baris'$$,
	'same built-in rule rows');

SELECT * FROM finish();
ROLLBACK;
