
-- section: the texts of a column no reader knows
-- The recipe for a new data source: load it into a staging table, list
-- the texts no reader knows (with how often each occurs and, where its
-- first word alone names one label, that label as a suggestion), add
-- ipasn.sinonim rows for them, then insert into the real table.
CREATE FUNCTION @extschema@._bacaan_teks(teks text, tipe regtype, OUT dikenal boolean, OUT saran text)
AS 'MODULE_PATHNAME', 'ipasn_bacaan_teks'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._bacaan_teks(text, regtype) IS
'Internal: whether the readers (ipasn.sinonim first, then the built-in forms) know teks as a value of tipe (a label, no value, or marked bukan_bangkom), and for a text they do not know the label its first word alone names (NULL if none)';

CREATE FUNCTION @extschema@.teks_tak_dikenal(sumber regclass, kolom text, tipe regtype)
RETURNS TABLE (teks text, jumlah bigint, saran text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	skema text;
BEGIN
	IF sumber IS NULL OR kolom IS NULL OR tipe IS NULL THEN
		RAISE EXCEPTION 'sumber, kolom and tipe of teks_tak_dikenal must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS a
				   WHERE a.attrelid OPERATOR(pg_catalog.=) sumber::pg_catalog.oid
					 AND a.attname OPERATOR(pg_catalog.=) kolom::pg_catalog.name
					 AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped) THEN
		RAISE EXCEPTION 'column "%" of table % does not exist', kolom, sumber
			USING ERRCODE = 'undefined_column',
			HINT = 'Column names are case sensitive: give the name as the table spells it.';
	END IF;
	-- ipasn's schema, looked up at run time (lint rule R2: no substitution in a body)
	skema := (SELECT pg_catalog.quote_ident(n.nspname::pg_catalog.text)
				FROM pg_catalog.pg_extension AS x
				JOIN pg_catalog.pg_namespace AS n ON n.oid OPERATOR(pg_catalog.=) x.extnamespace
			   WHERE x.extname OPERATOR(pg_catalog.=) 'ipasn');
	-- the type is checked once, before the table is read
	EXECUTE pg_catalog.format('SELECT %s._bacaan_teks(NULL, $1)', skema) USING tipe;
	RETURN QUERY EXECUTE pg_catalog.format($q$
		SELECT v.teks, v.jumlah, (v.b).saran
		  FROM (SELECT t.teks, t.jumlah, %1$s._bacaan_teks(t.teks, $1) AS b
				  FROM (SELECT s.%2$I::pg_catalog.text AS teks, pg_catalog.count(*) AS jumlah
						  FROM %3$s AS s
						 WHERE s.%2$I IS NOT NULL
						 GROUP BY 1) AS t) AS v
		 WHERE NOT (v.b).dikenal
		 ORDER BY v.jumlah DESC, v.teks
		$q$, skema, kolom, sumber) USING tipe;
END
$fn$;
COMMENT ON FUNCTION @extschema@.teks_tak_dikenal(regclass, text, regtype) IS
'The distinct texts of column kolom of table sumber that the readers (ipasn.sinonim first, then the built-in forms) cannot read as a value of tipe (ipasn.jalur, lingkup, pendidikan, jabatan, diklatpim or hukuman), with how many rows hold each and, where the first word alone names one label, that label as a suggestion for an ipasn.sinonim row; most frequent first. Texts holding no value ("", "-", "n/a") are not listed. Reads the table with the caller''s rights';
