
-- section: operators of the summary statements
-- ipasn._ringkasan_sql: the statements it builds (run by ringkas_jp with
-- search_path pinned, and by the procedure isi_ulang_ringkasan, which cannot
-- pin it) name every operator with its schema, so that a caller's
-- search_path cannot supply a look-alike (e.g. = on varchar).  Called only
-- through SQL text: nothing in the catalog depends on it.
DROP FUNCTION @extschema@._ringkasan_sql(regclass, regclass, text[], text);
CREATE FUNCTION @extschema@._ringkasan_sql(sumber regclass, ringkasan regclass, e text[], kunci text)
RETURNS text[]
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
	RETURN ARRAY[format($q$
		INSERT INTO %1$s AS r (pegawai, tahun, jumlah_catatan)
		SELECT DISTINCT pegawai, tahun, 0 FROM %2$s AS k(pegawai, tahun)
		 WHERE pegawai IS NOT NULL AND tahun IS NOT NULL
		 ORDER BY 1, 2
		ON CONFLICT (pegawai, tahun) DO UPDATE SET jumlah_catatan = r.jumlah_catatan
		$q$, ringkasan, kunci),
	format($q$
		WITH k AS (
			SELECT DISTINCT pegawai, tahun FROM %1$s AS k(pegawai, tahun)
			 WHERE pegawai IS NOT NULL AND tahun IS NOT NULL),
		a AS (
			SELECT k.pegawai, k.tahun, x.st, x.n
			  FROM k CROSS JOIN LATERAL (
				SELECT @extschema@.jp_state_agg(%5$s, %6$s, %7$s, %8$s, %9$s) AS st, count(*) AS n
				  FROM %2$s AS s
				 WHERE %3$s OPERATOR(pg_catalog.=) k.pegawai AND %4$s OPERATOR(pg_catalog.=) k.tahun) AS x),
		d AS (
			DELETE FROM %10$s AS r USING a
			 WHERE r.pegawai OPERATOR(pg_catalog.=) a.pegawai AND r.tahun OPERATOR(pg_catalog.=) a.tahun
			   AND a.n OPERATOR(pg_catalog.=) 0)
		UPDATE %10$s AS r
		   SET jp_state = a.st, jp = @extschema@.jp_value(a.st), jumlah_catatan = a.n
		  FROM a
		 WHERE r.pegawai OPERATOR(pg_catalog.=) a.pegawai AND r.tahun OPERATOR(pg_catalog.=) a.tahun
		   AND a.n OPERATOR(pg_catalog.>) 0
		$q$, kunci, sumber, e[1], e[2], e[3], e[4], e[5], e[6], e[7], ringkasan)];
END
$fn$;
COMMENT ON FUNCTION @extschema@._ringkasan_sql(regclass, regclass, text[], text) IS
'Internal: the two statements that lock the summary rows of the given (pegawai, tahun) keys in key order and then recompute them from the source with ipasn.jp_state_agg';
