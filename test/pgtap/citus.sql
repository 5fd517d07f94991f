-- ipasn pgTAP: what a Citus (or any two-stage, sharded) deployment needs from
-- ipasn's aggregates, read from the catalog, and the two-stage path itself.
--
-- Citus runs a custom aggregate on its workers only when the aggregate has a
-- combine function and a state type that is not internal: each worker ends
-- with the state's text output (typoutput), the coordinator reads it back
-- with typinput, merges with the combine function and applies the final
-- function.  PostgreSQL's parallel query needs the same combine function and
-- PARALLEL SAFE; a state of type internal would need serial/deserial
-- functions instead.
--
--   psql -X -f test/pgtap/citus.sql     (in a database with ipasn installed)
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only on
\pset pager off
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(20);

-- every aggregate of the extension, with its pg_aggregate row
CREATE TEMP VIEW agg AS
SELECT p.oid::regprocedure AS aggregate, p.provolatile, p.proparallel, a.*
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
	AND d.refclassid = 'pg_catalog.pg_extension'::regclass AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'ipasn'
WHERE p.prokind = 'a';

SELECT bag_has(
	'SELECT aggregate::text FROM agg',
	$$VALUES ('ipasn.jp_total(ipasn.jalur,ipasn.lingkup,numeric,date,date)'),
			 ('ipasn.jp_state_agg(ipasn.jalur,ipasn.lingkup,numeric,date,date)'),
			 ('ipasn.jp_merge(ipasn.jp_state)'),
			 ('ipasn.profil_bangkom(ipasn.jalur,ipasn.lingkup,numeric,date,date,date)'),
			 ('ipasn.profil_state_agg(ipasn.jalur,ipasn.lingkup,numeric,date,date,date)'),
			 ('ipasn.hukuman_terberat(ipasn.hukuman,date,date)')$$,
	'the six aggregates of ipasn are in the catalog');

-- ------------------------------------------------------------ catalog
SELECT is_empty(
	'SELECT aggregate FROM agg WHERE aggcombinefn = 0',
	'every ipasn aggregate has a combine function (Partial/Finalize aggregation, Citus workers)');
SELECT is_empty(
	$$SELECT aggregate FROM agg WHERE aggtranstype = 'pg_catalog.internal'::pg_catalog.regtype$$,
	'no ipasn aggregate has an internal state: a state is a SQL value that can be stored and shipped');
SELECT is_empty(
	$$SELECT aggregate, aggtranstype::regtype FROM agg JOIN pg_catalog.pg_type t ON t.oid = aggtranstype
	  WHERE t.typinput = 0 OR t.typoutput = 0 OR t.typtype = 'p'$$,
	'every state type has text input and output (how Citus ships a partial state)');
SELECT is_empty(
	$$SELECT aggregate, aggtranstype::regtype FROM agg JOIN pg_catalog.pg_type t ON t.oid = aggtranstype
	  WHERE t.typreceive = 0 OR t.typsend = 0$$,
	'every state type has binary receive and send (COPY BINARY, binary-mode clients)');
SELECT is_empty(
	$$SELECT aggregate FROM agg
	  WHERE (aggtranstype = 'pg_catalog.internal'::pg_catalog.regtype)
			<> (aggserialfn <> 0 AND aggdeserialfn <> 0)$$,
	'serial/deserial functions exactly where the state is internal (none: no state is)');
SELECT is_empty(
	$$SELECT aggregate FROM agg WHERE proparallel <> 's'$$,
	'every ipasn aggregate is PARALLEL SAFE');
SELECT is_empty(
	$$SELECT aggregate, f::regproc FROM agg
	  CROSS JOIN LATERAL (VALUES (aggtransfn), (aggcombinefn), (aggfinalfn), (aggserialfn), (aggdeserialfn)) v(f)
	  JOIN pg_catalog.pg_proc p ON p.oid = v.f
	  WHERE p.proparallel <> 's'$$,
	'every transition, combine and final function is PARALLEL SAFE');
SELECT is_empty(
	$$SELECT aggregate, f::regproc FROM agg
	  CROSS JOIN LATERAL (VALUES (aggcombinefn), (aggfinalfn)) v(f)
	  JOIN pg_catalog.pg_proc p ON p.oid = v.f
	  WHERE p.provolatile <> 'i'$$,
	'combine and final functions are IMMUTABLE: the coordinator''s part of a two-stage aggregate reads no rule table');
SELECT is_empty(
	$$SELECT aggregate, aggcombinefn::regproc FROM agg JOIN pg_catalog.pg_proc p ON p.oid = aggcombinefn
	  WHERE p.proisstrict$$,
	'combine functions are not STRICT: a worker with no rows sends NULL, which merges as the empty state');
SELECT is_empty(
	$$SELECT aggregate FROM agg WHERE provolatile <> 'i'$$,
	'each aggregate''s own pg_proc row says IMMUTABLE (PostgreSQL records none for aggregates; postgres_fdw ships on this and extension membership)');
SELECT results_eq(
	$$SELECT DISTINCT aggtransfn::regproc::text, p.provolatile::text
	  FROM agg JOIN pg_catalog.pg_proc p ON p.oid = aggtransfn ORDER BY 1$$,
	$$VALUES ('ipasn.hukuman_add', 's'), ('ipasn.jp_state_add', 's'),
			 ('ipasn.jp_state_combine', 'i'), ('ipasn.profil_add', 's')$$,
	'the transition functions that read the rule tables are STABLE (a shard converts with its own rules); jp_merge''s is IMMUTABLE');

-- ------------------------------------------------------------ the two-stage path
-- Two "workers" hold one employee's records: worker a two coaching sessions
-- and 2 JP of e-learning on 2 May 2023, worker b a third coaching session in
-- May and 2 more JP of e-learning the same day.  Peraturan LAN 10/2018:
-- coaching 2 JP each, at most 2 a month (4.00); e-learning as accessed, at
-- most 3 JP a day (3.00); together 7.00.  Alone: a 2 x 2 + 2 = 6.00, b 2 + 2 = 4.00.
CREATE TEMP TABLE rekaman (pekerja text, jalur ipasn.jalur, lingkup ipasn.lingkup,
						   jumlah numeric, mulai date, selesai date);
INSERT INTO rekaman VALUES
	('a', 'coaching', 'nasional', NULL, '2023-05-03', '2023-05-03'),
	('a', 'coaching', 'nasional', NULL, '2023-05-17', '2023-05-17'),
	('a', 'e_learning', 'nasional', 2, '2023-05-02', '2023-05-02'),
	('b', 'coaching', 'nasional', NULL, '2023-05-24', '2023-05-24'),
	('b', 'e_learning', 'nasional', 2, '2023-05-02', '2023-05-02');
-- what each worker sends: the state's text output
CREATE TEMP TABLE kiriman AS
SELECT pekerja, ipasn.jp_state_agg(jalur, lingkup, jumlah, mulai, selesai)::text AS teks,
	   ipasn.profil_state_agg(jalur, lingkup, jumlah, mulai, selesai, date '2023-12-31')::text AS teks_profil
FROM rekaman GROUP BY pekerja;

SELECT results_eq(
	$$SELECT ipasn.jp_value(teks::ipasn.jp_state) FROM kiriman ORDER BY pekerja$$,
	$$VALUES (6.00::numeric), (4.00)$$,
	'each worker alone: 6.00 and 4.00 JP (the caps see only its own records)');
SELECT is(
	(SELECT ipasn.jp_value(ipasn.jp_state_combine(a.teks::ipasn.jp_state, b.teks::ipasn.jp_state))
	 FROM kiriman a, kiriman b WHERE a.pekerja = 'a' AND b.pekerja = 'b'),
	7.00::numeric,
	'coordinator: text in, combine, final = 7.00 JP (2 coaching a month, 3 JP of e-learning a day, across workers)');
SELECT is(
	(SELECT ipasn.jp_value(ipasn.jp_merge(teks::ipasn.jp_state)) FROM kiriman),
	(SELECT ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) FROM rekaman),
	'jp_value(jp_merge(worker states)) = jp_total over all records');
SELECT is(
	(SELECT ipasn.profil(ipasn.jp_merge(teks_profil::ipasn.jp_state)) FROM kiriman),
	(SELECT ipasn.profil_bangkom(jalur, lingkup, jumlah, mulai, selesai, date '2023-12-31') FROM rekaman),
	'profil(jp_merge(worker profil states)) = profil_bangkom over all records');
SELECT is(
	(SELECT ipasn.jp_value(ipasn.jp_state_combine(NULL, teks::ipasn.jp_state)) FROM kiriman WHERE pekerja = 'b'),
	4.00::numeric,
	'a worker with no rows sends NULL: combine(NULL, b) = b');
SELECT is(
	ipasn.hukuman_max('sedang'::text::ipasn.hukuman, ipasn.hukuman_max(NULL, 'ringan'::text::ipasn.hukuman)),
	'sedang'::ipasn.hukuman,
	'hukuman_terberat: enum text in, combine (NULL = none) keeps the heavier penalty');

-- a worker and the coordinator may differ in DateStyle and TimeZone: the
-- state's text must not depend on them
SET LOCAL datestyle = 'SQL, DMY';
SET LOCAL timezone = 'Asia/Jayapura';
SELECT results_eq(
	$$SELECT pekerja, ipasn.jp_state_agg(jalur, lingkup, jumlah, mulai, selesai)::text
	  FROM rekaman GROUP BY pekerja ORDER BY pekerja$$,
	$$SELECT pekerja, teks FROM kiriman ORDER BY pekerja$$,
	'the state''s text is the same under another DateStyle and TimeZone');
SELECT is(
	(SELECT ipasn.jp_value(ipasn.jp_merge(teks::ipasn.jp_state)) FROM kiriman),
	7.00::numeric,
	'and reads back to the same 7.00 JP there');

SELECT * FROM finish();
ROLLBACK;
