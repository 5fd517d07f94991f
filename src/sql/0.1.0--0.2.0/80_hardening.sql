
-- section: hardening
-- ipasn._ringkas_jp_sql: the statements it builds name every operator
-- with its schema (OPERATOR(pg_catalog.+)), so that they mean the same
-- under any search_path (the C trigger also runs them with search_path
-- pinned, as the owner of the training table: src/owner.c).  A PL/pgSQL
-- function called only by the C trigger, through SQL text: nothing in the
-- catalog depends on it, so it is dropped and created again.
DROP FUNCTION @extschema@._ringkas_jp_sql(regclass, text[], text);
-- The statements of a ringkas_jp trigger for one event, built once per
-- trigger and backend by the C trigger (which prepares and keeps them):
-- checks the arguments (raising the documented errors) and returns the
-- summary table and the statements.
--  INSERT: one upsert of the groups the trigger computed in C from the
--   transition table, passed as arrays $1 pegawai, $2 tahun, $3 jp_state,
--   $4 number of records; in key order, merging into the latest committed
--   version of each row under its lock (ON CONFLICT DO UPDATE); and the
--   same upsert for a single group with scalar parameters.
--  UPDATE, DELETE: the two statements of _ringkasan_sql (lock the rows in
--   key order, then recompute them) over the old and new keys.
--  TRUNCATE: DELETE FROM the summary.
CREATE FUNCTION @extschema@._ringkas_jp_sql(sumber regclass, argumen text[], peristiwa text,
	OUT ringkasan regclass, OUT perintah text[])
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	e text[];
BEGIN
	ringkasan := @extschema@._ringkasan_relid(argumen[1], sumber);
	IF peristiwa = 'TRUNCATE' THEN
		perintah := ARRAY[format('DELETE FROM %s', ringkasan)];
		RETURN;
	END IF;
	e := @extschema@._sumber_sql(sumber, argumen[2:7]);
	IF peristiwa = 'INSERT' THEN
		perintah := ARRAY[format($q$
			INSERT INTO %1$s AS r (pegawai, tahun, jp, jumlah_catatan, jp_state)
			SELECT u.pegawai, u.tahun, @extschema@.jp_value(u.st), u.n, @extschema@.jp_state_compact(u.st)
			  FROM unnest($1, $2, $3, $4) AS u(pegawai, tahun, st, n)
			 ORDER BY u.pegawai, u.tahun
			ON CONFLICT (pegawai, tahun) DO UPDATE SET
				jp_state = @extschema@.jp_state_compact(@extschema@.jp_state_combine(r.jp_state, excluded.jp_state)),
				jp = @extschema@.jp_value(@extschema@.jp_state_combine(r.jp_state, excluded.jp_state)),
				jumlah_catatan = r.jumlah_catatan OPERATOR(pg_catalog.+) excluded.jumlah_catatan
			$q$, ringkasan),
		-- the same for one group (a single-row INSERT), without arrays
		format($q$
			INSERT INTO %1$s AS r (pegawai, tahun, jp, jumlah_catatan, jp_state)
			VALUES ($1, $2, @extschema@.jp_value($3), $4, @extschema@.jp_state_compact($3))
			ON CONFLICT (pegawai, tahun) DO UPDATE SET
				jp_state = @extschema@.jp_state_compact(@extschema@.jp_state_combine(r.jp_state, excluded.jp_state)),
				jp = @extschema@.jp_value(@extschema@.jp_state_combine(r.jp_state, excluded.jp_state)),
				jumlah_catatan = r.jumlah_catatan OPERATOR(pg_catalog.+) excluded.jumlah_catatan
			$q$, ringkasan)];
	ELSIF peristiwa = 'UPDATE' THEN
		perintah := @extschema@._ringkasan_sql(sumber, ringkasan, e,
			format('(SELECT %1$s, %2$s FROM lama AS s UNION SELECT %1$s, %2$s FROM baru AS s)', e[1], e[2]));
	ELSE
		perintah := @extschema@._ringkasan_sql(sumber, ringkasan, e,
			format('(SELECT %1$s, %2$s FROM lama AS s)', e[1], e[2]));
	END IF;
END
$fn$;
COMMENT ON FUNCTION @extschema@._ringkas_jp_sql(regclass, text[], text) IS
'Internal: checks the arguments of a ringkas_jp trigger and returns its summary table and the SQL statements it prepares for one event (INSERT, UPDATE, DELETE or TRUNCATE)';

-- SSPACE = 256 on the aggregates over ipasn.jp_state (the install script
-- gives them SSPACE; see there).  ALTER AGGREGATE cannot set it, and
-- dropping and creating the aggregates again would fail on every view that
-- uses them (the report views of an agency do) or, with CASCADE, drop
-- those views.  The value is a planner estimate with nothing depending on
-- it, so it is set in the catalog directly (the update runs as a
-- superuser); a cache invalidation follows from the UPDATE itself.  Found
-- through pg_extension and pg_depend, never by quoting the schema's name.
DO LANGUAGE plpgsql $sspace$
DECLARE
	n bigint;
BEGIN
	UPDATE pg_catalog.pg_aggregate AS g
	   SET aggtransspace = 256
	  FROM pg_catalog.pg_proc AS p, pg_catalog.pg_depend AS d, pg_catalog.pg_extension AS e
	 WHERE p.oid OPERATOR(pg_catalog.=) g.aggfnoid
	   AND d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
	   AND d.objid OPERATOR(pg_catalog.=) p.oid
	   AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
	   AND d.refobjid OPERATOR(pg_catalog.=) e.oid
	   AND d.deptype OPERATOR(pg_catalog.=) 'e'
	   AND e.extname OPERATOR(pg_catalog.=) 'ipasn'
	   AND p.proname OPERATOR(pg_catalog.=) ANY (ARRAY['jp_total', 'jp_state_agg', 'jp_merge',
		   'profil_bangkom', 'profil_state_agg']::pg_catalog.name[])
	   AND g.aggtransspace OPERATOR(pg_catalog.=) 0;
	GET DIAGNOSTICS n = ROW_COUNT;
	IF n OPERATOR(pg_catalog.<>) 5 THEN
		RAISE EXCEPTION 'ipasn update: expected 5 aggregates over jp_state without SSPACE, found %', n;
	END IF;
END
$sspace$;
