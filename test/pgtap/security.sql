-- Security of ipasn (PostgreSQL documentation, "Security Considerations for
-- Extensions"; CVE-2022-2625, CVE-2023-39417), in one rolled-back transaction:
--  A. a schema ipasn owned by another role before CREATE EXTENSION (the case
--     of issue 10): the install, and the update of a 0.1.0 installed there,
--     refuse with a clear error;
--  B. PUBLIC reads but cannot change the rule tables or the vocabulary;
--  C. no SECURITY DEFINER; every SQL / PL/pgSQL function pins search_path;
--  D. the row trigger isi_jp under row-level security and column privileges;
--  E. whose rights the summary trigger ringkas_jp writes with (the owner's
--     of the training table), under row-level security too;
--  F. a change of owner, and FORCE ROW LEVEL SECURITY.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(45);

-- A. the schema-ownership guard
DROP EXTENSION IF EXISTS ipasn CASCADE;
DROP SCHEMA IF EXISTS ipasn CASCADE;
CREATE ROLE ipasn_penyerang;
DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO ipasn_penyerang', current_database()); END $$;
SET ROLE ipasn_penyerang;
CREATE SCHEMA ipasn;
RESET ROLE;
SELECT throws_ok('CREATE EXTENSION ipasn', '42501',
	format('schema "ipasn" is owned by role "ipasn_penyerang", not by "%s", the owner of extension ipasn', current_user),
	'CREATE EXTENSION refuses a schema ipasn that a non-superuser created beforehand');
SELECT is((SELECT count(*) FROM pg_extension WHERE extname = 'ipasn'), 0::bigint, 'and installs nothing');
-- the released 0.1.0 had no guard: it installs there, and the owner of the schema can then
-- shadow ipasn's functions: kategori(integer) beats kategori(numeric) for an integer argument
SELECT lives_ok($$CREATE EXTENSION ipasn VERSION '0.1.0'$$, '0.1.0 (released without the guard) installs into that schema');
SET ROLE ipasn_penyerang;
CREATE FUNCTION ipasn.kategori(nilai integer) RETURNS ipasn.kategori LANGUAGE sql AS $$ SELECT 'sangat_tinggi'::ipasn.kategori $$;
RESET ROLE;
SELECT is(ipasn.kategori(50)::text, 'sangat_tinggi', 'why: the schema owner''s kategori(integer) answers a superuser''s ipasn.kategori(50)');
SELECT throws_ok('ALTER EXTENSION ipasn UPDATE', '42501',
	format('schema "ipasn" is owned by role "ipasn_penyerang", not by "%s", the owner of extension ipasn', current_user),
	'ALTER EXTENSION UPDATE refuses while the schema belongs to another role');
DROP FUNCTION ipasn.kategori(integer);
ALTER SCHEMA ipasn OWNER TO CURRENT_USER;
SELECT lives_ok('ALTER EXTENSION ipasn UPDATE', 'after the schema is checked and given back, the update runs');
DROP EXTENSION ipasn CASCADE;
DROP SCHEMA ipasn;
CREATE SCHEMA ipasn;
SELECT lives_ok('CREATE EXTENSION ipasn', 'a schema ipasn owned by the installing role is accepted');
DROP EXTENSION ipasn CASCADE;
DROP SCHEMA ipasn;
CREATE ROLE ipasn_super SUPERUSER;
CREATE SCHEMA ipasn AUTHORIZATION ipasn_super;
SELECT lives_ok('CREATE EXTENSION ipasn', 'a schema ipasn owned by another superuser is accepted (pg_restore by another superuser)');
DROP EXTENSION ipasn CASCADE;
DROP SCHEMA ipasn;
CREATE EXTENSION ipasn;
SELECT is((SELECT pg_get_userbyid(nspowner)::text FROM pg_namespace WHERE nspname = 'ipasn'), current_user::text,
	'a schema created by CREATE EXTENSION belongs to the installing role');

-- B. PUBLIC and the tables of ipasn (every member table: rule tables, vocabulary, and any added later)
CREATE ROLE ipasn_biasa;
CREATE TEMP VIEW tabel_ipasn AS
SELECT c.oid::regclass AS tabel
  FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
 WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_extension'::regclass
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'ipasn') AND d.deptype = 'e'
   AND c.relkind IN ('r', 'p', 'v', 'm', 'S');
GRANT SELECT ON tabel_ipasn TO ipasn_biasa;
SELECT cmp_ok((SELECT count(*) FROM tabel_ipasn), '>=', 4::bigint, 'the rule tables are found');
SELECT is_empty($$SELECT tabel, p FROM tabel_ipasn, unnest(ARRAY['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) AS p
				  WHERE has_table_privilege('ipasn_biasa', tabel, p)$$,
	'PUBLIC holds no write privilege on any table of ipasn');
SELECT is_empty($$SELECT tabel, a.attname FROM tabel_ipasn JOIN pg_attribute a ON a.attrelid = tabel
				  WHERE a.attnum > 0 AND NOT a.attisdropped
					AND has_column_privilege('ipasn_biasa', tabel, a.attnum, 'INSERT, UPDATE, REFERENCES')$$,
	'nor on any column of them');
SELECT is_empty($$SELECT tabel FROM tabel_ipasn WHERE NOT has_table_privilege('ipasn_biasa', tabel, 'SELECT')
				    AND tabel <> 'ipasn.ringkasan_terdaftar'::regclass$$,
	'PUBLIC reads every rule table of ipasn (the rules are public regulation)');
SELECT ok(NOT has_table_privilege('ipasn_biasa', 'ipasn.ringkasan_terdaftar', 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE'),
	'PUBLIC holds no privilege on ipasn.ringkasan_terdaftar, the record of the summaries the triggers may write');
SELECT ok(NOT has_schema_privilege('ipasn_biasa', 'ipasn', 'CREATE'), 'PUBLIC cannot create objects in schema ipasn');
SET ROLE ipasn_biasa;
SELECT throws_ok($$INSERT INTO ipasn.aturan_jp (jalur, lingkup, berlaku_mulai, satuan, jp_per_satuan) VALUES ('seminar', 'nasional', '2025-01-01', 'hari', 100)$$,
	'42501', 'permission denied for table aturan_jp', 'a plain role cannot add a JP rule');
SELECT throws_ok($$UPDATE ipasn.aturan_ipasn SET target_jp = 1$$, '42501', 'permission denied for table aturan_ipasn', 'nor lower the JP target');
SELECT throws_ok($$DELETE FROM ipasn.aturan_kinerja$$, '42501', 'permission denied for table aturan_kinerja', 'nor delete the kinerja points');
SELECT throws_ok($$TRUNCATE ipasn.aturan_komponen$$, '42501', 'permission denied for table aturan_komponen', 'nor truncate the component mapping');
SELECT is_empty($$SELECT tabel FROM tabel_ipasn WHERE tabel::text = 'ipasn.sinonim' AND has_table_privilege('ipasn_biasa', tabel, 'INSERT')$$,
	'nor add to the agency vocabulary (ipasn.sinonim, when present)');
RESET ROLE;

-- C. markings of every member function
SELECT is_empty($$SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
				   AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
				   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'ipasn')
				 WHERE p.prosecdef$$, 'no ipasn function is SECURITY DEFINER');
SELECT set_eq($$SELECT p.proname::text FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
				   AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
				   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'ipasn')
				 JOIN pg_language l ON l.oid = p.prolang
				 WHERE l.lanname IN ('sql', 'plpgsql')
				   AND NOT coalesce('search_path=pg_catalog, pg_temp' = ANY (p.proconfig), false)$$,
	ARRAY['isi_ulang', 'isi_ulang_ringkasan'],
	'every SQL and PL/pgSQL function pins search_path = pg_catalog, pg_temp, but the two procedures that COMMIT');

-- D. the row trigger under row-level security and column privileges
CREATE TABLE public.rekam_aman (
	id serial PRIMARY KEY, unit text NOT NULL, nip varchar(18) NOT NULL,
	jalur text, lingkup text, jumlah numeric, mulai date, selesai date, jp numeric);
CREATE TRIGGER rekam_aman_jp BEFORE INSERT OR UPDATE ON public.rekam_aman
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan');
ALTER TABLE public.rekam_aman ENABLE ROW LEVEL SECURITY;
CREATE ROLE ipasn_juru_a;
CREATE POLICY unit_a ON public.rekam_aman TO ipasn_juru_a USING (unit = 'A') WITH CHECK (unit = 'A');
GRANT SELECT, INSERT (unit, nip, jalur, lingkup, jumlah, mulai, selesai), UPDATE (jumlah) ON public.rekam_aman TO ipasn_juru_a;
GRANT USAGE ON SEQUENCE public.rekam_aman_id_seq TO ipasn_juru_a;
INSERT INTO public.rekam_aman (unit, nip, jalur, lingkup, jumlah, mulai, selesai)
VALUES ('B', '198512312010122002', 'seminar', 'nasional', 1, '2024-05-06', '2024-05-06');
SET ROLE ipasn_juru_a;
SELECT lives_ok($$INSERT INTO public.rekam_aman (unit, nip, jalur, lingkup, jumlah, mulai, selesai)
				 VALUES ('A', '199001012020011001', 'Seminar', 'nasional', 2, '2024-02-01', '2024-02-02')$$,
	'a role with INSERT on the data columns only adds a record');
SELECT is((SELECT jp FROM public.rekam_aman WHERE nip = '199001012020011001'), 8.00,
	'isi_jp fills jp without the role holding a privilege on it (seminar 2 days x 4 = 8.00)');
SELECT throws_ok($$INSERT INTO public.rekam_aman (unit, nip, jalur, lingkup, jumlah, jp) VALUES ('A', '1', 'bimtek', 'nasional', 1, 99)$$,
	'42501', 'permission denied for table rekam_aman', 'the role still cannot write jp itself (column privilege)');
SELECT throws_ok($$INSERT INTO public.rekam_aman (unit, nip, jalur, lingkup, jumlah) VALUES ('B', '1', 'bimtek', 'nasional', 1)$$,
	'42501', 'new row violates row-level security policy for table "rekam_aman"',
	'row-level security still refuses a record of another unit after the trigger ran');
SELECT lives_ok($$UPDATE public.rekam_aman SET jumlah = 3$$, 'an UPDATE of the one column granted fires the trigger');
SELECT results_eq($$SELECT unit, jp FROM public.rekam_aman ORDER BY id$$, $$VALUES ('A', 12.00::numeric)$$,
	'the update reached only the unit''s own row and isi_jp recomputed it (3 days x 4 = 12.00)');
RESET ROLE;
SELECT is((SELECT jp FROM public.rekam_aman WHERE unit = 'B'), 4.00, 'the other unit''s row is untouched');

-- E. the summary trigger: whose rights it writes with
SELECT ipasn.buat_ringkasan('public.rekam_aman', 'rekam_aman_ringkasan', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan') IS NOT NULL AS dibuat \gset
SELECT ok(:'dibuat', 'summary table and triggers created by the owner');
-- ringkas_jp reads the training table and writes the summary with the
-- rights of the training table's owner, as core's RI triggers do
-- (src/owner.c; doc/security.md): a data-entry role needs no right on the
-- summary.  (0.1.0 wrote with the rights of the role firing it: this INSERT
-- was refused with 42501 "permission denied for table rekam_aman_ringkasan".)
SELECT ok(NOT has_table_privilege('ipasn_juru_a', 'public.rekam_aman_ringkasan', 'SELECT, INSERT, UPDATE, DELETE'),
	'the data-entry role holds no privilege on the summary table');
SET ROLE ipasn_juru_a;
SELECT lives_ok($$INSERT INTO public.rekam_aman (unit, nip, jalur, lingkup, jumlah, mulai, selesai)
				  VALUES ('A', '199001012020011001', 'bimtek', 'nasional', 10, '2024-03-01', '2024-03-02')$$,
	'a role with INSERT on its training table only adds a record: the summary trigger writes as the table''s owner');
RESET ROLE;
SELECT is((SELECT jp FROM public.rekam_aman_ringkasan WHERE pegawai = '199001012020011001' AND tahun = 2024), 22.00,
	'and the summary has it: seminar 3 days x 4 = 12.00 + bimtek 10 JP = 22.00 (Peraturan LAN 10/2018, Lampiran)');
-- under row-level security, an UPDATE recomputes the employee-year from
-- all of its records, not only from those the role firing it can see
INSERT INTO public.rekam_aman (unit, nip, jalur, lingkup, jumlah, mulai, selesai)
VALUES ('B', '199001012020011001', 'seminar', 'nasional', 1, '2024-05-06', '2024-05-06');
SELECT is((SELECT jp FROM public.rekam_aman_ringkasan WHERE pegawai = '199001012020011001' AND tahun = 2024), 26.00,
	'a record of unit B for the same employee and year: 22.00 + seminar 1 day x 4 = 26.00');
SET ROLE ipasn_juru_a;
SELECT is((SELECT count(*) FROM public.rekam_aman WHERE nip = '199001012020011001'), 2::bigint,
	'the role sees only the two records of its unit for that employee');
SELECT lives_ok($$UPDATE public.rekam_aman SET jumlah = 1 WHERE jalur = 'Seminar'$$,
	'the role updates its seminar record to 1 day');
RESET ROLE;
SELECT is((SELECT jp FROM public.rekam_aman_ringkasan WHERE pegawai = '199001012020011001' AND tahun = 2024), 18.00,
	'the UPDATE recomputed the employee-year from all three records: seminar 1 x 4 + bimtek 10 + seminar of unit B 1 x 4 = 18.00 (from the role''s own rows it would be 14.00)');
SELECT is((SELECT jumlah_catatan FROM public.rekam_aman_ringkasan WHERE pegawai = '199001012020011001' AND tahun = 2024), 3::bigint,
	'and counts the three records');
-- a role's own trigger cannot write into a summary it may not change
CREATE ROLE ipasn_mallory;
GRANT CREATE ON SCHEMA public TO ipasn_mallory;
SET ROLE ipasn_mallory;
CREATE TABLE public.rekam_mallory (nip varchar(18), jalur text, lingkup text, jumlah numeric, mulai date, selesai date);
CREATE TRIGGER rekam_mallory_tambah AFTER INSERT ON public.rekam_mallory REFERENCING NEW TABLE AS baru
	FOR EACH STATEMENT EXECUTE FUNCTION ipasn.ringkas_jp('public.rekam_aman_ringkasan', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan');
SELECT throws_ok($$INSERT INTO public.rekam_mallory VALUES ('199001012020011001', 'bimtek', 'nasional', 500, '2024-01-01', '2024-01-01')$$,
	'42501', 'trigger "rekam_mallory_tambah" on table public.rekam_mallory is not a summary trigger made by buat_ringkasan',
	'a trigger on a role''s own table cannot write into another owner''s summary');
RESET ROLE;
-- nor by having a superuser fire it: the statements run as the owner of
-- rekam_mallory, not as the role inserting (0.1.0 wrote the 500 JP here)
SELECT throws_ok($$INSERT INTO public.rekam_mallory VALUES ('199001012020011001', 'bimtek', 'nasional', 500, '2024-01-01', '2024-01-01')$$,
	'42501', 'trigger "rekam_mallory_tambah" on table public.rekam_mallory is not a summary trigger made by buat_ringkasan',
	'a superuser inserting into that role''s table does not lend its rights to the role''s trigger');
SELECT ok((SELECT jp FROM public.rekam_aman_ringkasan WHERE pegawai = '199001012020011001') < 100,
	'and the summary holds none of its 500 JP');

-- F. the statements run as the current owner of the training table: a new
--    owner reaches a trigger whose statements this session already prepared
--    and keeps, and FORCE ROW LEVEL SECURITY does not hide rows from the
--    recomputation (SECURITY_NOFORCE_RLS, as core's RI triggers)
CREATE ROLE ipasn_pemilik;
ALTER TABLE public.rekam_aman OWNER TO ipasn_pemilik;
SET ROLE ipasn_juru_a;
SELECT throws_ok($$UPDATE public.rekam_aman SET jumlah = 2 WHERE jalur = 'Seminar'$$,
	'42501', 'summary table public.rekam_aman_ringkasan is not owned by the owner of table public.rekam_aman',
	'after ALTER TABLE ... OWNER TO another role, the trigger (whose statements this session keeps) refuses a summary of another owner');
RESET ROLE;
ALTER TABLE public.rekam_aman_ringkasan OWNER TO ipasn_pemilik;
ALTER TABLE public.rekam_aman FORCE ROW LEVEL SECURITY;
SET ROLE ipasn_pemilik;
SELECT is((SELECT count(*) FROM public.rekam_aman), 0::bigint,
	'with FORCE ROW LEVEL SECURITY and no policy of its own, the new owner sees no record');
SET ROLE ipasn_juru_a;
SELECT lives_ok($$UPDATE public.rekam_aman SET jumlah = 2 WHERE jalur = 'Seminar'$$,
	'once the summary has the same owner, the role''s update runs');
RESET ROLE;
SELECT is((SELECT jp FROM public.rekam_aman_ringkasan WHERE pegawai = '199001012020011001' AND tahun = 2024), 22.00,
	'recomputed from all three records regardless: seminar 2 x 4 + bimtek 10 + seminar of unit B 1 x 4 = 22.00');

SELECT * FROM finish();
ROLLBACK;
