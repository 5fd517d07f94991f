-- Hostile look-alikes for the search_path tests (PostgreSQL documentation,
-- "Security Considerations for Extensions"; CVE-2018-1058 style): run by a
-- superuser in a database where ipasn is installed.  Plants, in schema evil
-- (owned by role ipasn_jahat) and in public:
--  * a function or procedure of the same name and argument types as every
--    ipasn function (found in the catalog, so new ones are covered);
--  * operators on argument types for which pg_catalog has no exact operator
--    (ipasn's enums, varchar, bigint/integer against numeric, oid against
--    regclass ...): an unqualified operator in ipasn's SQL would pick these
--    over pg_catalog's even when pg_catalog comes first in the path;
--  * functions that beat pg_catalog's generic ones on exact argument types
--    (format(text, text), array_length(text[], integer), length(varchar) ...);
--  * views named like ipasn's tables and like the summary trigger's transition tables.
-- Every planted object raises "planted ... was called" (SQLSTATE XX666, a
-- code nothing else uses) when it runs.  Set ipasn_test.plant_generic = off
-- to plant only the look-alikes of ipasn's own functions and tables.
SET client_min_messages = warning;
DO $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'ipasn_jahat') THEN
		CREATE ROLE ipasn_jahat LOGIN;
	END IF;
END $$;
CREATE SCHEMA evil AUTHORIZATION ipasn_jahat;
GRANT USAGE ON SCHEMA evil TO PUBLIC;
GRANT CREATE ON SCHEMA public TO ipasn_jahat;


DO LANGUAGE plpgsql $plant$
DECLARE
	s text;
	f record;
	op text;
	pair record;
	n integer := 0;
BEGIN
	PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
	FOREACH s IN ARRAY ARRAY['evil', 'public'] LOOP
		-- look-alikes of every ipasn function and procedure
		FOR f IN
			SELECT p.proname, p.prokind, pg_catalog.pg_get_function_identity_arguments(p.oid) AS args,
				   pg_catalog.pg_get_function_result(p.oid) AS res,
				   (SELECT pg_catalog.string_agg(pg_catalog.format_type(t, NULL), ', ' ORDER BY o)
					  FROM pg_catalog.unnest(p.proargtypes) WITH ORDINALITY AS a(t, o)) AS types
			  FROM pg_catalog.pg_proc p
			 WHERE p.pronamespace = 'ipasn'::regnamespace AND p.prokind IN ('f', 'p')
			   AND NOT EXISTS (SELECT FROM pg_catalog.unnest(p.proargtypes) AS a(t)
							   WHERE t IN ('internal'::regtype, 'cstring'::regtype))
			   AND p.prorettype NOT IN ('trigger'::regtype, 'cstring'::regtype, 'internal'::regtype)
		LOOP
			IF f.prokind = 'p' THEN
				EXECUTE pg_catalog.format('CREATE PROCEDURE %I.%I(%s) LANGUAGE plpgsql AS %L',
					s, f.proname, coalesce(f.types, ''),
					pg_catalog.format('BEGIN RAISE EXCEPTION ''planted object %s.%s was called'' USING ERRCODE = ''XX666''; END', s, f.proname));
			ELSE
				EXECUTE pg_catalog.format('CREATE FUNCTION %I.%I(%s) RETURNS %s LANGUAGE plpgsql AS %L',
					s, f.proname, coalesce(f.types, ''),
					CASE WHEN f.res LIKE 'TABLE(%' OR f.res LIKE 'SETOF %' THEN 'SETOF record' ELSE f.res END,
					pg_catalog.format('BEGIN RAISE EXCEPTION ''planted object %s.%s was called'' USING ERRCODE = ''XX666''; END', s, f.proname));
			END IF;
			n := n + 1;
		END LOOP;

		-- generic functions beaten on exact argument types
		FOR f IN SELECT * FROM (VALUES
			('format', 'text, text', 'text'), ('format', 'text, text, text', 'text'),
			('format', 'text, regclass', 'text'), ('format', 'text, regclass, text', 'text'),
			('format', 'text, name, name', 'text'), ('concat', 'text, text', 'text'),
			('array_length', 'text[], integer', 'integer'), ('length', 'varchar', 'integer'),
			('lower', 'varchar', 'text'), ('btrim', 'varchar', 'text'), ('round', 'bigint', 'numeric'),
			('round', 'integer', 'numeric'), ('abs', 'bigint', 'bigint'), ('unnest', 'text[]', 'SETOF text'),
			('quote_ident', 'name', 'text'), ('quote_literal', 'varchar', 'text'),
			('string_agg', 'varchar, text', 'text'), ('enum_range', 'ipasn.jalur', 'ipasn.jalur[]'),
			('jsonb_build_object', 'text, numeric', 'jsonb'), ('jsonb_build_object', 'text, text', 'jsonb')
		) AS v(proname, types, res) LOOP
			CONTINUE WHEN f.proname = 'string_agg'
				OR pg_catalog.current_setting('ipasn_test.plant_generic', true) = 'off';	-- an aggregate; not planted as a function
			EXECUTE pg_catalog.format('CREATE FUNCTION %I.%I(%s) RETURNS %s LANGUAGE plpgsql AS %L',
				s, f.proname, f.types, f.res,
				pg_catalog.format('BEGIN RAISE EXCEPTION ''planted object %s.%s(%s) was called'' USING ERRCODE = ''XX666''; END', s, f.proname, f.types));
			n := n + 1;
		END LOOP;

		-- operators on pairs pg_catalog has no exact operator for
		-- (these and the generic functions above are left out when
		-- ipasn_test.plant_generic is off: the regression suite's own SQL,
		-- e.g. enum_range(NULL::jalur) or a comparison of enum columns,
		-- would pick them too)
		FOR pair IN
			SELECT l, r, ops FROM (VALUES
				('varchar', 'varchar', ARRAY['=', '<>', '<', '>', '<=', '>=', '||']),
				('varchar', 'text', ARRAY['=', '<>', '<', '>', '||']),
				('text', 'varchar', ARRAY['=', '<>', '<', '>', '||']),
				('bigint', 'numeric', ARRAY['+', '-', '*', '/', '=', '<>', '<', '>', '<=', '>=']),
				('numeric', 'bigint', ARRAY['+', '-', '*', '/', '=', '<>', '<', '>', '<=', '>=']),
				('integer', 'numeric', ARRAY['+', '-', '*', '/', '=', '<>', '<', '>', '<=', '>=']),
				('numeric', 'integer', ARRAY['+', '-', '*', '/', '=', '<>', '<', '>', '<=', '>=']),
				('oid', 'regclass', ARRAY['=', '<>']), ('regclass', 'oid', ARRAY['=', '<>']),
				('regclass', 'regclass', ARRAY['=', '<>']), ('oid', 'regtype', ARRAY['=', '<>']),
				('regtype', 'regtype', ARRAY['=', '<>']), ('regnamespace', 'oid', ARRAY['=']),
				('text[]', 'integer', ARRAY['||']),
				('date', 'integer', ARRAY['<', '>']), ('ipasn.jp_state', 'ipasn.jp_state', ARRAY['=', '<>', '||'])
			) AS v(l, r, ops)
			UNION ALL
			SELECT pg_catalog.format_type(t.oid, NULL), pg_catalog.format_type(t.oid, NULL), ARRAY['=', '<>', '<', '>', '<=', '>=']
			  FROM pg_catalog.pg_type t WHERE t.typnamespace = 'ipasn'::regnamespace AND t.typtype = 'e'
			UNION ALL
			SELECT pg_catalog.format_type(t.oid, NULL), 'text', ARRAY['=', '<>']
			  FROM pg_catalog.pg_type t WHERE t.typnamespace = 'ipasn'::regnamespace AND t.typtype = 'e'
		LOOP
			CONTINUE WHEN pg_catalog.current_setting('ipasn_test.plant_generic', true) = 'off';
			EXECUTE pg_catalog.format('CREATE FUNCTION %I.planted_op_%s(%s, %s) RETURNS boolean LANGUAGE plpgsql AS %L',
				s, n, pair.l, pair.r,
				pg_catalog.format('BEGIN RAISE EXCEPTION ''planted operator (%s, %s) in %s was called'' USING ERRCODE = ''XX666''; END', pair.l, pair.r, s));
			FOREACH op IN ARRAY pair.ops LOOP
				EXECUTE pg_catalog.format('CREATE OPERATOR %I.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = %I.planted_op_%s)',
					s, op, pair.l, pair.r, s, n);
			END LOOP;
			n := n + 1;
		END LOOP;

		-- views named like ipasn's tables and the summary trigger's transition tables
		EXECUTE pg_catalog.format('CREATE FUNCTION %I.boom(what text) RETURNS boolean LANGUAGE plpgsql AS %L', s,
			pg_catalog.format('BEGIN RAISE EXCEPTION ''planted relation %%.%%'', %L, what USING ERRCODE = ''XX666''; END', s));
		FOR f IN SELECT c.relname FROM pg_catalog.pg_class c
				  WHERE c.relnamespace = 'ipasn'::regnamespace AND c.relkind IN ('r', 'v', 'p')
				 UNION SELECT pg_catalog.unnest(ARRAY['lama', 'baru', 'ipasn_isi_pegawai', 'ipasn_isi_kunci'])
		LOOP
			EXECUTE pg_catalog.format('CREATE VIEW %I.%I AS SELECT * FROM (SELECT 1 AS x) AS v WHERE %I.boom(%L)',
				s, f.relname, s, f.relname);
		END LOOP;
	END LOOP;
	RAISE NOTICE 'planted % look-alikes', n;
END
$plant$;
ALTER SCHEMA evil OWNER TO ipasn_jahat;
