-- ipasn — fingerprint of the rules a node computes with.  Run it on every
-- node (coordinator, shards, Citus workers) and compare the outputs: they
-- must be identical, line for line.
--
--   psql -X -At -f test/shards/aturan_md5.sql > node.txt
--
-- One line per rule table of ipasn (every table the extension marks with
-- pg_extension_config_dump, so a table added in a later version, such as a
-- vocabulary table, is included without editing this file): name, rows, and
-- the md5 of all its rows, built-in and the agency's own, as text in a
-- fixed order; then the extension version and the setting ipasn.aturan of
-- the database and role this runs as.  The text form is made independent of
-- the session (DateStyle, TimeZone, collation of the sort) first.
\set ON_ERROR_STOP 1
\pset footer off
SET datestyle = 'ISO, YMD';
SET intervalstyle = 'postgres';
SET timezone = 'UTC';
SET extra_float_digits = 1;
SELECT 'versi ipasn', extversion FROM pg_catalog.pg_extension WHERE extname = 'ipasn';
SELECT 'ipasn.aturan', coalesce(nullif(pg_catalog.current_setting('ipasn.aturan', true), ''), '(bawaan)');
SELECT pg_catalog.format(
		   'SELECT %L, pg_catalog.count(*) || '' '' || pg_catalog.md5(coalesce(pg_catalog.string_agg(t::text, E''\n'' ORDER BY t::text COLLATE "C"), '''')) FROM %s t',
		   c.oid::regclass, c.oid::regclass)
FROM pg_catalog.pg_extension e
CROSS JOIN LATERAL pg_catalog.unnest(e.extconfig) AS x(oid)
JOIN pg_catalog.pg_class c ON c.oid = x.oid
WHERE e.extname = 'ipasn' AND c.relkind IN ('r', 'p')
ORDER BY c.oid::regclass::text COLLATE "C" \gexec
