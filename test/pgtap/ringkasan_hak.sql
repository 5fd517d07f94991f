-- The summary's owner rights (issue 15): ipasn.ringkas_jp writes with the
-- rights of the training table's owner, so nobody who is not that owner may
-- point it anywhere.  Each reproduction of the review, with the attacker's
-- role and the victim's:
--  A. a role holding TRIGGER (and INSERT, TRUNCATE) on bob's table makes
--     ringkas_jp triggers that empty or write another table of bob's;
--  B. a summary given to another role, or carrying another role's trigger,
--     would run that role's code with bob's rights;
--  C. the repair isi_ulang_ringkasan under the caller's row-level security
--     deleted the rows of employees it could not see;
--  D. search_path = evil, pg_catalog: nothing planted ahead of pg_catalog
--     runs in the triggers, the procedures or the generated statements.
-- JP (Peraturan LAN 10/2018, Lampiran): bimtek is counted in JP.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(28);

CREATE ROLE ipasn_bob;
CREATE ROLE ipasn_mallory;
CREATE ROLE ipasn_dave;
CREATE ROLE ipasn_juru;
CREATE SCHEMA bob AUTHORIZATION ipasn_bob;
CREATE SCHEMA dave AUTHORIZATION ipasn_dave;
GRANT USAGE ON SCHEMA bob TO ipasn_mallory, ipasn_dave, ipasn_juru;
GRANT USAGE ON SCHEMA dave TO PUBLIC;

SET ROLE ipasn_bob;
CREATE TABLE bob.t1 (id serial PRIMARY KEY, nip text, jalur text, lingkup text, jumlah numeric, mulai date, selesai date, unit text DEFAULT 'A');
CREATE INDEX ON bob.t1 (nip);
CREATE TABLE bob.gaji (nip text PRIMARY KEY, gaji numeric);
INSERT INTO bob.gaji VALUES ('P1', 9000000), ('P2', 7000000);
SELECT ipasn.buat_ringkasan('bob.t1', 't1_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan') IS NOT NULL AS dibuat \gset
INSERT INTO bob.t1 (nip, jalur, lingkup, jumlah, mulai, unit) VALUES
	('P1', 'bimtek', 'nasional', 11, '2024-02-01', 'A'),
	('P1', 'bimtek', 'nasional', 20, '2024-03-01', 'B'),
	('P2', 'bimtek', 'nasional', 10, '2024-03-01', 'B');
GRANT TRIGGER, INSERT, TRUNCATE ON bob.t1 TO ipasn_mallory;
GRANT INSERT ON bob.t1 TO ipasn_juru;
GRANT USAGE ON SEQUENCE bob.t1_id_seq TO ipasn_mallory, ipasn_juru;
RESET ROLE;
SELECT ok(:'dibuat', 'bob makes the summary of his own table');
SELECT is((SELECT relowner::regrole::text FROM pg_class WHERE oid = 'bob.t1_jp'::regclass), 'ipasn_bob', 'the summary belongs to bob');
SELECT is((SELECT jp FROM bob.t1_jp WHERE pegawai = 'P1'), 31.00, 'P1: 11 + 20 = 31.00');

-- only the owner makes a summary of a table
SET ROLE ipasn_mallory;
SELECT throws_ok($$SELECT ipasn.buat_ringkasan('bob.t1', 'bob.t1_lain', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$$,
	'42501', 'must be owner of table bob.t1 to make its summary', 'mallory cannot make a summary of bob''s table');
SELECT throws_ok($$SELECT ipasn._ringkasan_daftar('bob.t1', 'bob.gaji', ARRAY['x']::name[], ARRAY['bob.gaji'])$$,
	'42501', 'must be owner of table bob.t1', 'nor record one through the internal function');

-- A. TRIGGER privilege: the TRUNCATE path and the INSERT path validate alike
CREATE TRIGGER m_kosongkan AFTER TRUNCATE ON bob.t1
	FOR EACH STATEMENT EXECUTE FUNCTION ipasn.ringkas_jp('bob.gaji', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan');
SELECT throws_ok($$TRUNCATE bob.t1$$, '42501', 'trigger "m_kosongkan" on table bob.t1 is not a summary trigger made by buat_ringkasan',
	'mallory''s AFTER TRUNCATE ringkas_jp trigger pointing at bob.gaji is refused');
CREATE TRIGGER m_tambah AFTER INSERT ON bob.t1 REFERENCING NEW TABLE AS baru
	FOR EACH STATEMENT EXECUTE FUNCTION ipasn.ringkas_jp('bob.gaji', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan');
SELECT throws_ok($$INSERT INTO bob.t1 (nip, jalur, lingkup, jumlah, mulai) VALUES ('P1', 'bimtek', 'nasional', 1, '2024-04-01')$$,
	'42501', 'trigger "m_tambah" on table bob.t1 is not a summary trigger made by buat_ringkasan',
	'mallory''s INSERT trigger upserting into bob.gaji is refused');
RESET ROLE;
DROP TRIGGER m_tambah ON bob.t1;
SET ROLE ipasn_mallory;
-- the registered summary itself, with other arguments (the amount read from another column)
CREATE TRIGGER m_ubah AFTER INSERT ON bob.t1 REFERENCING NEW TABLE AS baru
	FOR EACH STATEMENT EXECUTE FUNCTION ipasn.ringkas_jp('bob.t1_jp', 'nip', 'jalur', 'lingkup', 'id', 'mulai', 'selesai', 'satuan');
SELECT throws_ok($$INSERT INTO bob.t1 (nip, jalur, lingkup, jumlah, mulai) VALUES ('P1', 'bimtek', 'nasional', 1, '2024-04-01')$$,
	'42501', 'trigger "m_ubah" on table bob.t1 is not a summary trigger made by buat_ringkasan',
	'a trigger of mallory''s naming bob''s real summary with other arguments is refused too');
RESET ROLE;
SELECT is((SELECT count(*) FROM bob.gaji), 2::bigint, 'bob.gaji keeps its rows');
SELECT is((SELECT jp FROM bob.t1_jp WHERE pegawai = 'P1'), 31.00, 'and bob''s summary its figures');
SET ROLE ipasn_bob;
DROP TRIGGER m_kosongkan ON bob.t1;
DROP TRIGGER m_ubah ON bob.t1;
RESET ROLE;

-- B. a summary of another owner, or carrying another role's trigger
SET ROLE ipasn_dave;
CREATE TABLE dave.loot (nip text, gaji numeric);
GRANT INSERT ON dave.loot TO PUBLIC;
CREATE FUNCTION dave.curi() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
	INSERT INTO dave.loot SELECT nip, gaji FROM bob.gaji;
	RETURN NULL;
END
$f$;
RESET ROLE;
SET ROLE ipasn_bob;
GRANT TRIGGER ON bob.t1_jp TO ipasn_dave;
RESET ROLE;
SET ROLE ipasn_dave;
CREATE TRIGGER curi AFTER INSERT ON bob.t1_jp FOR EACH STATEMENT EXECUTE FUNCTION dave.curi();
RESET ROLE;
SET ROLE ipasn_juru;
SELECT throws_ok($$INSERT INTO bob.t1 (nip, jalur, lingkup, jumlah, mulai) VALUES ('P3', 'bimtek', 'nasional', 1, '2024-04-01')$$,
	'42501', 'summary table t1_jp carries trigger "curi", whose function belongs to another role',
	'dave''s trigger on bob''s summary would run with bob''s rights: the summary trigger refuses');
RESET ROLE;
SELECT is((SELECT count(*) FROM dave.loot), 0::bigint, 'dave.loot holds nothing of bob.gaji');
SET ROLE ipasn_bob;
DROP TRIGGER curi ON bob.t1_jp;
RESET ROLE;
ALTER TABLE bob.t1_jp OWNER TO ipasn_dave;
SET ROLE ipasn_juru;
SELECT throws_ok($$INSERT INTO bob.t1 (nip, jalur, lingkup, jumlah, mulai) VALUES ('P3', 'bimtek', 'nasional', 1, '2024-04-01')$$,
	'42501', 'summary table bob.t1_jp is not owned by the owner of table bob.t1',
	'a summary given to another role is refused');
RESET ROLE;
ALTER TABLE bob.t1_jp OWNER TO ipasn_bob;
-- a summary table of dave's, pointed at by a trigger dave could only make by hand
SET ROLE ipasn_dave;
CREATE TABLE dave.s (pegawai text, tahun integer, jp numeric, jumlah_catatan bigint, tidak_dihitung bigint, jp_state ipasn.jp_state, UNIQUE NULLS NOT DISTINCT (pegawai, tahun));
RESET ROLE;
SET ROLE ipasn_bob;
GRANT TRIGGER ON bob.t1 TO ipasn_dave;
RESET ROLE;
SET ROLE ipasn_dave;
CREATE TRIGGER ke_dave AFTER INSERT ON bob.t1 REFERENCING NEW TABLE AS baru
	FOR EACH STATEMENT EXECUTE FUNCTION ipasn.ringkas_jp('dave.s', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan');
RESET ROLE;
SET ROLE ipasn_juru;
SELECT throws_ok($$INSERT INTO bob.t1 (nip, jalur, lingkup, jumlah, mulai) VALUES ('P3', 'bimtek', 'nasional', 1, '2024-04-01')$$,
	'42501', 'trigger "ke_dave" on table bob.t1 is not a summary trigger made by buat_ringkasan',
	'a trigger writing bob''s records into a summary of dave''s is refused');
RESET ROLE;
DROP TRIGGER ke_dave ON bob.t1;
SET ROLE ipasn_juru;
SELECT lives_ok($$INSERT INTO bob.t1 (nip, jalur, lingkup, jumlah, mulai) VALUES ('P3', 'bimtek', 'nasional', 1, '2024-04-01')$$,
	'with the intruders gone, the data-entry role''s insert runs');
RESET ROLE;
SELECT is((SELECT jp FROM bob.t1_jp WHERE pegawai = 'P3'), 1.00, 'and the summary has it');
SELECT is((SELECT count(*) FROM dave.s), 0::bigint, 'dave.s got nothing');

-- C. the repair under row-level security
SET ROLE ipasn_bob;
DELETE FROM bob.t1 WHERE nip = 'P3';
ALTER TABLE bob.t1 ENABLE ROW LEVEL SECURITY;
CREATE POLICY unit_a ON bob.t1 TO ipasn_juru USING (unit = 'A');
GRANT SELECT ON bob.t1 TO ipasn_juru;
GRANT SELECT, INSERT, UPDATE, DELETE ON bob.t1_jp TO ipasn_juru;
RESET ROLE;
SET ROLE ipasn_juru;
SELECT is((SELECT count(*) FROM bob.t1), 1::bigint, 'the data-entry role sees one record of the three (unit A)');
SELECT throws_ok($$SELECT * FROM ipasn._isi_ulang_ringkasan_batch('bob.t1', 'bob.t1_jp', ARRAY['nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan'], NULL, 1000)$$,
	'42501', 'isi_ulang_ringkasan cannot recompute bob.t1_jp under row-level security of bob.t1',
	'isi_ulang_ringkasan run by a role under row-level security is refused');
RESET ROLE;
SELECT is((SELECT string_agg(pegawai || ':' || jp, ' ' ORDER BY pegawai) FROM bob.t1_jp), 'P1:31.00 P2:10.00',
	'P2 is not deleted and P1 stays 31.00 (from its own rows the role would have made 11.00)');
SET ROLE ipasn_bob;
ALTER TABLE bob.t1 FORCE ROW LEVEL SECURITY;
UPDATE bob.t1_jp SET jp = 0, jumlah_catatan = 0;
SELECT is((SELECT jumlah FROM ipasn._isi_ulang_ringkasan_batch('bob.t1', 'bob.t1_jp', ARRAY['nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan'], NULL, 1000)),
	2::bigint, 'the owner repairs both employees');
RESET ROLE;
SELECT is((SELECT string_agg(pegawai || ':' || jp || '/' || jumlah_catatan, ' ' ORDER BY pegawai) FROM bob.t1_jp), 'P1:31.00/2 P2:10.00/1',
	'from every record, although FORCE ROW LEVEL SECURITY hides them all from bob''s own queries');
SET ROLE ipasn_bob;
ALTER TABLE bob.t1 NO FORCE ROW LEVEL SECURITY;
ALTER TABLE bob.t1 DISABLE ROW LEVEL SECURITY;
RESET ROLE;

-- D. search_path = evil, pg_catalog: operators, aggregates and functions
--    planted ahead of pg_catalog never run
CREATE SCHEMA evil;
GRANT USAGE ON SCHEMA evil TO PUBLIC;
CREATE FUNCTION evil.boom2(text, text) RETURNS boolean LANGUAGE plpgsql AS $f$BEGIN RAISE EXCEPTION 'planted = (text) was called' USING ERRCODE = 'XX666'; END$f$;
CREATE FUNCTION evil.boom2i(integer, integer) RETURNS boolean LANGUAGE plpgsql AS $f$BEGIN RAISE EXCEPTION 'planted = (integer) was called' USING ERRCODE = 'XX666'; END$f$;
CREATE FUNCTION evil.boom2b(bigint, bigint) RETURNS bigint LANGUAGE plpgsql AS $f$BEGIN RAISE EXCEPTION 'planted + (bigint) was called' USING ERRCODE = 'XX666'; END$f$;
CREATE FUNCTION evil.boom_n(bigint) RETURNS bigint LANGUAGE plpgsql AS $f$BEGIN RAISE EXCEPTION 'planted count(*) was called' USING ERRCODE = 'XX666'; END$f$;
CREATE FUNCTION evil.boom_t(text, text) RETURNS text LANGUAGE plpgsql AS $f$BEGIN RAISE EXCEPTION 'planted max(text) was called' USING ERRCODE = 'XX666'; END$f$;
CREATE FUNCTION evil.unnest(text[]) RETURNS SETOF text LANGUAGE plpgsql AS $f$BEGIN RAISE EXCEPTION 'planted unnest was called' USING ERRCODE = 'XX666'; END$f$;
CREATE FUNCTION evil.array_length(text[], integer) RETURNS integer LANGUAGE plpgsql AS $f$BEGIN RAISE EXCEPTION 'planted array_length was called' USING ERRCODE = 'XX666'; END$f$;
CREATE OPERATOR evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.boom2);
CREATE OPERATOR evil.= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = evil.boom2i);
CREATE OPERATOR evil.> (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.boom2);
CREATE OPERATOR evil.+ (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = evil.boom2b);
CREATE AGGREGATE evil.count(*) (SFUNC = evil.boom_n, STYPE = bigint);
CREATE AGGREGATE evil.max(text) (SFUNC = evil.boom_t, STYPE = text);
-- the statements run directly (pgTAP's own functions are not written for
-- such a path): a planted object that runs raises XX666 and stops the file
SET ROLE ipasn_bob;
SET search_path = evil, pg_catalog;
SELECT ipasn.buat_ringkasan('bob.t1', 'bob.t1_jp2', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan') IS NOT NULL AS dibuat \gset
INSERT INTO bob.t1 (nip, jalur, lingkup, jumlah, mulai) VALUES ('P4', 'bimtek', 'nasional', 4, '2024-04-01'), ('P1', 'bimtek', 'nasional', 2, '2024-04-02')
	ON CONFLICT (id) DO UPDATE SET jumlah = excluded.jumlah;
MERGE INTO bob.t1 USING (VALUES ('P4'::text)) AS v(nip) ON bob.t1.nip OPERATOR(pg_catalog.=) v.nip
	WHEN MATCHED THEN UPDATE SET jumlah = 5;
DELETE FROM bob.t1 WHERE jumlah OPERATOR(pg_catalog.=) 2;
UPDATE bob.t1_jp2 SET jp = NULL;
SELECT jumlah AS n1 FROM ipasn._isi_ulang_ringkasan_batch('bob.t1', 'bob.t1_jp2', ARRAY['nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan'], NULL, 2) \gset
SELECT jumlah AS n2 FROM ipasn._isi_ulang_ringkasan_batch('bob.t1', 'bob.t1_jp2', ARRAY['nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan'], 'P2', 2) \gset
RESET search_path;
RESET ROLE;
SELECT ok(:'dibuat', 'buat_ringkasan ran under search_path = evil, pg_catalog');
SELECT is((SELECT string_agg(pegawai || ':' || jp || '/' || jumlah_catatan, ' ' ORDER BY pegawai) FROM bob.t1_jp), 'P1:31.00/2 P2:10.00/1 P4:5.00/1',
	'an upsert, a MERGE and a DELETE under that path: the triggers ran no planted object and the summary is exact (P4 bimtek 5 JP)');
SELECT is(:n1 || '+' || :n2, '2+1', 'isi_ulang_ringkasan''s batches ran under that path (in 0.2.0 a planted count(*) ran with the owner''s rights)');
SELECT is((SELECT string_agg(pegawai || ':' || jp, ' ' ORDER BY pegawai) FROM bob.t1_jp2), 'P1:31.00 P2:10.00 P4:5.00', 'and repaired the second summary');
SET ROLE ipasn_bob;
SET search_path = evil, pg_catalog;
SELECT ipasn.hapus_ringkasan('bob.t1_jp2');
TRUNCATE bob.t1;
RESET search_path;
RESET ROLE;
SELECT is(to_regclass('bob.t1_jp2'), NULL, 'hapus_ringkasan ran under that path');
SELECT is((SELECT count(*) FROM bob.t1_jp), 0::bigint, 'and TRUNCATE emptied the summary');

SELECT * FROM finish();
ROLLBACK;
