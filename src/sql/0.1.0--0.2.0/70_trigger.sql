
-- section: triggers
-- ipasn._kolom_sql is now the C column resolver of the triggers (it was
-- PL/pgSQL, a second copy of the column readings).  Its callers are
-- PL/pgSQL bodies, which do not depend on it in the catalog.
DROP FUNCTION @extschema@._kolom_sql(regclass, text, text, text);
-- SQL expressions reading a source column in its role, for the rollup and
-- the backfill: the column resolver of the triggers (C), so that every
-- reading is defined once; checks the column
CREATE FUNCTION @extschema@._kolom_sql(sumber regclass, kolom text, peran text, alias text DEFAULT 's')
RETURNS text
AS 'MODULE_PATHNAME', 'ipasn_kolom_sql'
LANGUAGE C STABLE
SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION @extschema@._kolom_sql(regclass, text, text, text) IS
'Internal: the SQL expression that reads column kolom of sumber in a role (pegawai, jalur, lingkup, jumlah, mulai, selesai) the way ipasn.isi_jp and ipasn.ringkas_jp read it; raises on a missing or wrongly typed column';

