-- A normalized description of everything extension ipasn puts into a
-- database: one row (objek, sifat, nilai) per property of each member object
-- (pg_depend deptype 'e'), of the columns, constraints, indexes, triggers and
-- rows of its tables, of its schema and of its pg_extension row.  No OIDs:
-- two databases (or the same database before and after) compare with
-- EXCEPT ALL.  Used by test/pgtap/upgrade.sql (fresh 0.2.0 install against
-- 0.1.0 + ALTER EXTENSION UPDATE) and the TAP tests.
--
-- Creates pg_temp.ipasn_katalog(); include with \ir.
CREATE FUNCTION pg_temp.ipasn_katalog()
RETURNS TABLE (objek text, sifat text, nilai text)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	ext oid;
	tabel record;
BEGIN
	SELECT e.oid INTO ext FROM pg_extension e WHERE e.extname = 'ipasn';
	IF ext IS NULL THEN
		RAISE EXCEPTION 'extension ipasn is not installed';
	END IF;
	CREATE TEMP TABLE IF NOT EXISTS ipasn_katalog_anggota (classid oid, objid oid, objek text) ON COMMIT DROP;
	TRUNCATE ipasn_katalog_anggota;
	INSERT INTO ipasn_katalog_anggota
	SELECT d.classid, d.objid, pg_describe_object(d.classid, d.objid, 0)
	  FROM pg_depend d
	 WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext AND d.deptype = 'e';

	-- the extension itself and its schema
	RETURN QUERY
	SELECT 'extension ipasn', 'versi', e.extversion::text FROM pg_extension e WHERE e.oid = ext
	UNION ALL
	SELECT 'extension ipasn', 'relocatable', e.extrelocatable::text FROM pg_extension e WHERE e.oid = ext
	UNION ALL
	SELECT 'extension ipasn', 'config_dump ' || c.cfg::regclass::text, coalesce(c.cond, '(none)')
	  FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS c(cfg, cond) WHERE e.oid = ext
	UNION ALL
	SELECT 'schema ' || n.nspname::text, 'pemilik', pg_get_userbyid(n.nspowner)::text
	  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.oid = ext
	UNION ALL
	SELECT 'schema ' || n.nspname::text, 'acl', coalesce(n.nspacl::text, '(default)')
	  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.oid = ext
	UNION ALL
	SELECT 'schema ' || n.nspname::text, 'komentar', coalesce(obj_description(n.oid, 'pg_namespace'), '(none)')
	  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.oid = ext
	UNION ALL
	-- objects in the schema that are not members (an update script that
	-- creates something and leaves it out of the extension, or drops it from it);
	-- indexes, row types and array types belong to their members
	SELECT 'schema ' || n.nspname::text, 'bukan_anggota', pg_describe_object(x.classid, x.objid, 0)
	  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
	  CROSS JOIN LATERAL (
		SELECT 'pg_class'::regclass AS classid, c.oid AS objid FROM pg_class c
		 WHERE c.relnamespace = n.oid AND c.relkind NOT IN ('i', 'I', 't', 'c')
		UNION ALL
		SELECT 'pg_proc'::regclass, p.oid FROM pg_proc p WHERE p.pronamespace = n.oid
		UNION ALL
		SELECT 'pg_type'::regclass, y.oid FROM pg_type y
		 WHERE y.typnamespace = n.oid AND y.typrelid = 0 AND NOT (y.typcategory = 'A' AND y.typelem <> 0)
		UNION ALL
		SELECT 'pg_operator'::regclass, o.oid FROM pg_operator o WHERE o.oprnamespace = n.oid) AS x
	 WHERE e.oid = ext
	   AND NOT EXISTS (SELECT FROM ipasn_katalog_anggota a WHERE a.classid = x.classid AND a.objid = x.objid);

	-- every member: its kind and address, owner-independent comment, initial privileges
	RETURN QUERY
	SELECT a.objek, 'alamat', (SELECT format('%s %s %s', x.type, x.object_names, x.object_args)
								FROM pg_identify_object_as_address(a.classid, a.objid, 0) x)
	  FROM ipasn_katalog_anggota a
	UNION ALL
	SELECT a.objek, 'komentar', coalesce(d.description, '(none)')
	  FROM ipasn_katalog_anggota a
	  LEFT JOIN pg_description d ON d.classoid = a.classid AND d.objoid = a.objid AND d.objsubid = 0
	UNION ALL
	SELECT a.objek, format('init_privs %s %s', i.objsubid, i.privtype), i.initprivs::text
	  FROM ipasn_katalog_anggota a
	  JOIN pg_init_privs i ON i.classoid = a.classid AND i.objoid = a.objid;

	-- functions, procedures, aggregates
	RETURN QUERY
	SELECT a.objek, p.prop, p.val
	  FROM ipasn_katalog_anggota a
	  JOIN pg_proc f ON a.classid = 'pg_proc'::regclass AND f.oid = a.objid
	  CROSS JOIN LATERAL (VALUES
		('kind', f.prokind::text),
		('pemilik', pg_get_userbyid(f.proowner)::text),
		('acl', coalesce(f.proacl::text, '(default)')),
		('argumen', pg_get_function_arguments(f.oid)),
		('hasil', coalesce(pg_get_function_result(f.oid), '(procedure)')),
		('volatility', f.provolatile::text),
		('strict', f.proisstrict::text),
		('parallel', f.proparallel::text),
		('security_definer', f.prosecdef::text),
		('leakproof', f.proleakproof::text),
		('cost_rows', concat_ws(' ', f.procost, f.prorows)),
		('config', coalesce(f.proconfig::text, '(none)')),
		('support', f.prosupport::regproc::text),
		('bahasa', (SELECT l.lanname::text FROM pg_language l WHERE l.oid = f.prolang)),
		('sumber', coalesce(f.probin, '') || ' ' || f.prosrc),
		('definisi', CASE WHEN f.prokind IN ('f', 'p') THEN pg_get_functiondef(f.oid) END)
	  ) AS p(prop, val)
	 WHERE p.val IS NOT NULL
	UNION ALL
	SELECT a.objek, p.prop, p.val
	  FROM ipasn_katalog_anggota a
	  JOIN pg_aggregate g ON a.classid = 'pg_proc'::regclass AND g.aggfnoid = a.objid
	  CROSS JOIN LATERAL (VALUES
		('agg_kind', format('%s %s', g.aggkind, g.aggnumdirectargs)),
		('agg_fungsi', concat_ws(' ', g.aggtransfn::regprocedure, g.aggfinalfn, g.aggcombinefn,
			g.aggserialfn, g.aggdeserialfn, g.aggmtransfn, g.aggminvtransfn, g.aggmfinalfn)),
		('agg_modify', concat_ws(' ', g.aggfinalextra, g.aggfinalmodify, g.aggmfinalextra, g.aggmfinalmodify)),
		('agg_sortop', g.aggsortop::regoperator::text),
		('agg_state', concat_ws(' ', format_type(g.aggtranstype, NULL), g.aggtransspace, coalesce(g.agginitval, '(null)'))),
		('agg_mstate', concat_ws(' ', format_type(g.aggmtranstype, NULL), g.aggmtransspace, coalesce(g.aggminitval, '(null)')))
	  ) AS p(prop, val);

	-- types: storage, I/O, enum labels in order, composite attributes, domain constraints
	RETURN QUERY
	SELECT a.objek, p.prop, p.val
	  FROM ipasn_katalog_anggota a
	  JOIN pg_type y ON a.classid = 'pg_type'::regclass AND y.oid = a.objid
	  CROSS JOIN LATERAL (VALUES
		('pemilik', pg_get_userbyid(y.typowner)::text),
		('acl', coalesce(y.typacl::text, '(default)')),
		('bentuk', concat_ws(' ', y.typtype, y.typlen, y.typbyval, y.typcategory, y.typispreferred,
			y.typalign, y.typstorage, y.typdelim, y.typnotnull, y.typcollation::regcollation,
			format_type(y.typbasetype, y.typtypmod), y.typndims, coalesce(y.typdefault, '(null)'))),
		('io', concat_ws(' ', y.typinput::regprocedure, y.typoutput::regprocedure, y.typreceive, y.typsend,
			y.typmodin, y.typmodout, y.typanalyze, y.typsubscript, format_type(y.typelem, NULL))),
		('array', format_type(y.typarray, NULL)),
		('label', (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
					 FROM pg_enum e WHERE e.enumtypid = y.oid)),
		('atribut', (SELECT string_agg(format('%I %s%s', t.attname, format_type(t.atttypid, t.atttypmod),
										 CASE WHEN t.attcollation <> 0 THEN ' COLLATE ' || t.attcollation::regcollation END),
									 ', ' ORDER BY t.attnum)
					   FROM pg_attribute t WHERE t.attrelid = y.typrelid AND t.attnum > 0 AND NOT t.attisdropped)),
		('komentar_atribut', (SELECT string_agg(format('%I: %s', t.attname, d.description), '; ' ORDER BY t.attnum)
								FROM pg_attribute t JOIN pg_description d
								  ON d.classoid = 'pg_class'::regclass AND d.objoid = t.attrelid AND d.objsubid = t.attnum
							   WHERE y.typrelid <> 0 AND t.attrelid = y.typrelid)),
		('constraint_domain', (SELECT string_agg(c.conname || ' ' || pg_get_constraintdef(c.oid), '; ' ORDER BY c.conname)
								 FROM pg_constraint c WHERE c.contypid = y.oid))
	  ) AS p(prop, val)
	 WHERE p.val IS NOT NULL;

	-- operators, casts, operator classes and families
	RETURN QUERY
	SELECT a.objek, 'operator', concat_ws(' ', o.oprkind, format_type(o.oprleft, NULL), format_type(o.oprright, NULL),
		format_type(o.oprresult, NULL), o.oprcode::regprocedure, o.oprcom::regoperator, o.oprnegate::regoperator,
		o.oprrest, o.oprjoin, o.oprcanmerge, o.oprcanhash, pg_get_userbyid(o.oprowner))
	  FROM ipasn_katalog_anggota a JOIN pg_operator o ON a.classid = 'pg_operator'::regclass AND o.oid = a.objid
	UNION ALL
	SELECT a.objek, 'cast', concat_ws(' ', c.castfunc::regprocedure, c.castcontext, c.castmethod)
	  FROM ipasn_katalog_anggota a JOIN pg_cast c ON a.classid = 'pg_cast'::regclass AND c.oid = a.objid
	UNION ALL
	SELECT a.objek, 'anggota_keluarga', pg_describe_object(m.classid, m.objid, 0)
	  FROM ipasn_katalog_anggota a
	  JOIN (SELECT 'pg_amop'::regclass AS classid, oid AS objid, amopfamily AS fam FROM pg_amop
			UNION ALL
			SELECT 'pg_amproc'::regclass, oid, amprocfamily FROM pg_amproc) m
		ON a.classid = 'pg_opfamily'::regclass AND m.fam = a.objid
	UNION ALL
	SELECT a.objek, 'opclass', concat_ws(' ', pg_describe_object('pg_opfamily'::regclass, c.opcfamily, 0),
		format_type(c.opcintype, NULL), c.opcdefault, format_type(c.opckeytype, NULL))
	  FROM ipasn_katalog_anggota a JOIN pg_opclass c ON a.classid = 'pg_opclass'::regclass AND c.oid = a.objid;

	-- relations: kind, ACL, row security, columns (in order), constraints,
	-- indexes, triggers, policies, rules, view definitions
	RETURN QUERY
	SELECT a.objek, p.prop, p.val
	  FROM ipasn_katalog_anggota a
	  JOIN pg_class r ON a.classid = 'pg_class'::regclass AND r.oid = a.objid
	  CROSS JOIN LATERAL (VALUES
		('pemilik', pg_get_userbyid(r.relowner)::text),
		('bentuk', concat_ws(' ', r.relkind, r.relpersistence, r.relrowsecurity, r.relforcerowsecurity,
			r.relreplident, coalesce(r.reloptions::text, '(none)'))),
		('acl', coalesce(r.relacl::text, '(default)')),
		('view', CASE WHEN r.relkind IN ('v', 'm') THEN pg_get_viewdef(r.oid) END)
	  ) AS p(prop, val)
	 WHERE p.val IS NOT NULL
	UNION ALL
	SELECT a.objek, 'kolom ' || t.attname::text,
		   concat_ws(' ', row_number() OVER (PARTITION BY t.attrelid ORDER BY t.attnum),
			   format_type(t.atttypid, t.atttypmod), t.attnotnull,
			   CASE WHEN t.attcollation <> 0 THEN t.attcollation::regcollation::text END,
			   'default=' || coalesce(pg_get_expr(d.adbin, d.adrelid), '(none)'),
			   'generated=' || t.attgenerated::text, 'identity=' || t.attidentity::text,
			   'acl=' || coalesce(t.attacl::text, '(none)'),
			   'komentar=' || coalesce(col_description(t.attrelid, t.attnum), '(none)'))
	  FROM ipasn_katalog_anggota a
	  JOIN pg_class r ON a.classid = 'pg_class'::regclass AND r.oid = a.objid
	  JOIN pg_attribute t ON t.attrelid = r.oid AND t.attnum > 0 AND NOT t.attisdropped
	  LEFT JOIN pg_attrdef d ON d.adrelid = t.attrelid AND d.adnum = t.attnum
	UNION ALL
	SELECT a.objek, 'constraint ' || c.conname::text, concat_ws(' ', c.contype, pg_get_constraintdef(c.oid), coalesce(obj_description(c.oid, 'pg_constraint'), ''))
	  FROM ipasn_katalog_anggota a
	  JOIN pg_constraint c ON a.classid = 'pg_class'::regclass AND c.conrelid = a.objid
	UNION ALL
	SELECT a.objek, 'index', concat_ws(' ', pg_get_indexdef(i.indexrelid), i.indisprimary, i.indisunique)
	  FROM ipasn_katalog_anggota a
	  JOIN pg_index i ON a.classid = 'pg_class'::regclass AND i.indrelid = a.objid
	UNION ALL
	SELECT a.objek, 'trigger ' || g.tgname::text, concat_ws(' ', pg_get_triggerdef(g.oid), 'enabled=' || g.tgenabled::text, coalesce(obj_description(g.oid, 'pg_trigger'), ''))
	  FROM ipasn_katalog_anggota a
	  JOIN pg_trigger g ON a.classid = 'pg_class'::regclass AND g.tgrelid = a.objid AND NOT g.tgisinternal
	UNION ALL
	SELECT a.objek, 'policy ' || p.polname::text, concat_ws(' ', p.polcmd, p.polpermissive, p.polroles::regrole[]::text,
		pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid))
	  FROM ipasn_katalog_anggota a
	  JOIN pg_policy p ON a.classid = 'pg_class'::regclass AND p.polrelid = a.objid
	UNION ALL
	SELECT a.objek, 'rule ' || w.rulename::text, pg_get_ruledef(w.oid)
	  FROM ipasn_katalog_anggota a
	  JOIN pg_rewrite w ON a.classid = 'pg_class'::regclass AND w.ev_class = a.objid AND w.rulename <> '_RETURN'
	UNION ALL
	SELECT a.objek, 'sequence', concat_ws(' ', format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
		s.seqmax, s.seqmin, s.seqcache, s.seqcycle)
	  FROM ipasn_katalog_anggota a
	  JOIN pg_sequence s ON a.classid = 'pg_class'::regclass AND s.seqrelid = a.objid;

	-- the rows of every member table (the built-in rule rows), as a multiset
	FOR tabel IN SELECT a.objek, a.objid::regclass AS rel
			   FROM ipasn_katalog_anggota a JOIN pg_class r ON a.classid = 'pg_class'::regclass AND r.oid = a.objid
			  WHERE r.relkind IN ('r', 'p')
	LOOP
		RETURN QUERY EXECUTE format('SELECT %L::text, %L::text, to_jsonb(x)::text FROM %s AS x', tabel.objek, 'baris', tabel.rel);
	END LOOP;
END
$fn$;
