-- Catalog: every object of the extension, with its markings frozen, so that a
-- wrong volatility, strictness or parallel marking shows as a diff (README: Reference).
-- provolatile: i immutable, s stable, v volatile; proparallel: s safe, r restricted, u unsafe
SELECT p.oid::regprocedure AS function, p.prokind AS kind, p.provolatile AS vol,
       p.proparallel AS par, p.proisstrict AS strict
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'ipasn'
ORDER BY p.oid::regprocedure::text;

-- aggregates: support functions, state type, final-function behaviour
SELECT a.aggfnoid::regprocedure AS aggregate, a.aggtransfn AS sfunc, a.aggcombinefn AS combine,
       a.aggfinalfn AS final, a.aggtranstype::regtype AS stype, a.aggfinalmodify AS modify
FROM pg_aggregate a
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = a.aggfnoid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'ipasn'
ORDER BY a.aggfnoid::regprocedure::text;

-- every function, type and table has a COMMENT (none listed below)
SELECT p.oid::regprocedure::text AS without_comment
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'ipasn'
WHERE obj_description(p.oid, 'pg_proc') IS NULL
UNION ALL
SELECT t.oid::regtype::text
FROM pg_type t
JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'ipasn'
WHERE obj_description(t.oid, 'pg_type') IS NULL
UNION ALL
SELECT c.oid::regclass::text
FROM pg_class c
JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'ipasn'
WHERE obj_description(c.oid, 'pg_class') IS NULL;

-- the types and tables of the extension
SELECT t.oid::regtype AS type, t.typtype
FROM pg_type t
JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'ipasn'
ORDER BY t.oid::regtype::text;
SELECT c.oid::regclass AS relation, c.relkind,
       has_table_privilege('public', c.oid, 'SELECT') AS public_select,
       has_table_privilege('public', c.oid, 'INSERT') AS public_insert
FROM pg_class c
JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'ipasn'
ORDER BY c.oid::regclass::text;
