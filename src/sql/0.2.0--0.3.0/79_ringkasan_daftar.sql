
-- section: yearly JP summary, update part (after the parts that re-create
-- triggers).  ringkas_jp now runs only for a
-- trigger recorded in ipasn.ringkasan_terdaftar.  The triggers made before
-- 0.3.0 (by buat_ringkasan or by hand) are recorded here when their summary
-- exists and has the owner of their table; any other is named in a WARNING
-- and refused when it fires (make the summary again with buat_ringkasan).
DO $do$
DECLARE
	t record;
	r regclass;
BEGIN
	FOR t IN
		SELECT g.tgrelid::regclass AS sumber, g.tgname, c.relowner,
			   (SELECT pg_catalog.array_agg(pg_catalog.replace(a, E'\\\\', E'\\') ORDER BY i)
				  FROM pg_catalog.unnest(pg_catalog.string_to_array(pg_catalog.encode(g.tgargs, 'escape'), E'\\000'))
					   WITH ORDINALITY AS x(a, i)
				 WHERE i OPERATOR(pg_catalog.<=) g.tgnargs) AS argumen
		  FROM pg_catalog.pg_trigger g
		  JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) g.tgrelid
		 WHERE g.tgfoid OPERATOR(pg_catalog.=) 'ipasn.ringkas_jp()'::pg_catalog.regprocedure
		   AND g.tgnargs OPERATOR(pg_catalog.>) 0
		 ORDER BY 1, 2
	LOOP
		BEGIN
			r := ipasn._ringkasan_relid(t.argumen[1], t.sumber);
		EXCEPTION WHEN undefined_table THEN
			r := NULL;
		END;
		IF r IS NOT NULL AND (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) r::pg_catalog.oid) OPERATOR(pg_catalog.=) t.relowner THEN
			PERFORM ipasn._ringkasan_daftar(t.sumber, r, ARRAY[t.tgname]::pg_catalog.name[], t.argumen);
		ELSE
			RAISE WARNING 'ipasn 0.3.0: summary trigger "%" on table % not recorded: its summary table % %', t.tgname, t.sumber, t.argumen[1],
				CASE WHEN r IS NULL THEN 'does not exist' ELSE 'has another owner' END
				USING HINT = 'It will refuse to fire. Drop the summary''s triggers and make the summary with buat_ringkasan, run by the owner of the table.';
		END IF;
	END LOOP;
END
$do$;
