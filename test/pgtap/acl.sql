-- The privileges of every object of ipasn, frozen.  Owner shown as PEMILIK.
--  1. the policy, for every member (so an object added later is held to it):
--     tables readable by PUBLIC and writable only by their owner, the schema
--     usable by PUBLIC, functions, aggregates, procedures and types with
--     the default privileges (PUBLIC may EXECUTE / USAGE), no grant to any
--     other role, no column privileges; initial privileges (pg_init_privs,
--     what pg_dump compares against) equal to the ACL;
--  2. the list below, object by object: a change of privileges, or a new
--     object with privileges other than the default, must be written here.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(8);

CREATE TEMP VIEW anggota AS
SELECT d.classid, d.objid, pg_describe_object(d.classid, d.objid, 0) AS objek,
	   CASE d.classid
		   WHEN 'pg_class'::regclass THEN (SELECT relacl FROM pg_class WHERE oid = d.objid)
		   WHEN 'pg_proc'::regclass THEN (SELECT proacl FROM pg_proc WHERE oid = d.objid)
		   WHEN 'pg_type'::regclass THEN (SELECT typacl FROM pg_type WHERE oid = d.objid)
		   WHEN 'pg_namespace'::regclass THEN (SELECT nspacl FROM pg_namespace WHERE oid = d.objid)
	   END AS acl,
	   CASE d.classid
		   WHEN 'pg_class'::regclass THEN (SELECT relowner FROM pg_class WHERE oid = d.objid)
		   WHEN 'pg_proc'::regclass THEN (SELECT proowner FROM pg_proc WHERE oid = d.objid)
		   WHEN 'pg_type'::regclass THEN (SELECT typowner FROM pg_type WHERE oid = d.objid)
		   WHEN 'pg_namespace'::regclass THEN (SELECT nspowner FROM pg_namespace WHERE oid = d.objid)
	   END AS pemilik
  FROM pg_depend d
 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'ipasn')
UNION ALL
SELECT 'pg_namespace'::regclass, n.oid, 'schema ' || n.nspname, n.nspacl, n.nspowner
  FROM pg_namespace n JOIN pg_extension e ON e.extnamespace = n.oid AND e.extname = 'ipasn';

-- ACL text with the owner's name replaced by PEMILIK
CREATE TEMP VIEW acl_anggota AS
SELECT objek, classid,
	   coalesce(regexp_replace(acl::text, '(^|[{,/])' || pemilik::regrole::text || '([=,}]|$)', '\1PEMILIK\2', 'g'), '(default)') AS acl
  FROM anggota;

SELECT is_empty($$SELECT objek, acl FROM acl_anggota
				  WHERE classid = 'pg_class'::regclass AND acl <> '{PEMILIK=arwdDxt/PEMILIK,=r/PEMILIK}'
					AND objek <> 'table ipasn.ringkasan_terdaftar'$$,
	'policy: every rule table of ipasn is written only by its owner and read by PUBLIC');
SELECT is_empty($$SELECT objek, acl FROM acl_anggota
				  WHERE classid IN ('pg_proc'::regclass, 'pg_type'::regclass) AND acl <> '(default)'$$,
	'policy: functions, aggregates, procedures and types keep the default privileges (PUBLIC may use them)');
SELECT is_empty($$SELECT objek, acl FROM acl_anggota
				  WHERE classid = 'pg_namespace'::regclass AND acl <> '{PEMILIK=UC/PEMILIK,=U/PEMILIK}'$$,
	'policy: schema ipasn is usable by PUBLIC, created in only by its owner');
SELECT is_empty($$SELECT a.objek, t.attname, t.attacl FROM anggota a JOIN pg_attribute t ON t.attrelid = a.objid
				  WHERE a.classid = 'pg_class'::regclass AND t.attacl IS NOT NULL$$,
	'policy: no column privileges on ipasn''s tables');
SELECT is_empty($$SELECT a.objek FROM anggota a
				  LEFT JOIN pg_init_privs i ON i.classoid = a.classid AND i.objoid = a.objid AND i.objsubid = 0
				  WHERE a.classid <> 'pg_namespace'::regclass AND a.acl IS DISTINCT FROM i.initprivs
					AND NOT (a.acl IS NULL AND i.initprivs IS NULL)$$,
	'policy: initial privileges (pg_init_privs) match the ACLs, so pg_dump emits no GRANT or REVOKE for ipasn''s objects');
SELECT is_empty($$SELECT objek, r.rolname FROM anggota, aclexplode(acl) x JOIN pg_roles r ON r.oid = x.grantee
				  WHERE x.grantee <> pemilik$$,
	'policy: no privilege granted to a role other than the owner and PUBLIC');

-- the frozen list: every object whose privileges differ from the default
SELECT set_eq($$SELECT objek, acl FROM acl_anggota WHERE acl <> '(default)'$$,
	$$VALUES
		('schema ipasn', '{PEMILIK=UC/PEMILIK,=U/PEMILIK}'),
		('table ipasn.aturan_ipasn', '{PEMILIK=arwdDxt/PEMILIK,=r/PEMILIK}'),
		('table ipasn.aturan_jp', '{PEMILIK=arwdDxt/PEMILIK,=r/PEMILIK}'),
		('table ipasn.aturan_kinerja', '{PEMILIK=arwdDxt/PEMILIK,=r/PEMILIK}'),
		('table ipasn.aturan_komponen', '{PEMILIK=arwdDxt/PEMILIK,=r/PEMILIK}'),
		('table ipasn.aturan_program', '{PEMILIK=arwdDxt/PEMILIK,=r/PEMILIK}'),
		-- the record of the summaries' triggers (issue 15): no privilege for PUBLIC
		('table ipasn.ringkasan_terdaftar', '{PEMILIK=arwdDxt/PEMILIK}')
	  UNION ALL
	  -- the agency vocabulary (issue 9), once it lands
	  SELECT 'table ipasn.sinonim', '{PEMILIK=arwdDxt/PEMILIK,=r/PEMILIK}' WHERE to_regclass('ipasn.sinonim') IS NOT NULL$$,
	'frozen: the objects of ipasn with privileges other than the default, and those privileges');
SELECT is((SELECT count(*) FROM acl_anggota WHERE acl = '(default)' AND classid = 'pg_class'::regclass), 0::bigint,
	'frozen: no table of ipasn is left with the default (owner-only) privileges');

SELECT * FROM finish();
ROLLBACK;
