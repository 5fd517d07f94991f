
-- section: a rule change names the stored JP it leaves behind
-- The jp column an isi_jp trigger fills and the summary a ringkas_jp
-- trigger keeps are computed when a row is written: a later change to the
-- conversion rules (ipasn.aturan_jp), the agency's vocabulary
-- (ipasn.sinonim) or the programmes (ipasn.aturan_program) leaves them as
-- they were.  After such a change a WARNING names every table whose
-- stored JP or summary was computed before it, with the CALL that
-- recomputes it.  (The IP ASN rule tables are read when a score is asked
-- for: nothing stored depends on them.)

-- the arguments of a trigger (pg_trigger.tgargs: each ends with a zero byte)
CREATE FUNCTION @extschema@._argumen_pemicu(tgargs bytea)
RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	hasil text[] := '{}';
	awal integer := 0;
	i integer;
BEGIN
	FOR i IN 0 .. pg_catalog.length(tgargs) OPERATOR(pg_catalog.-) 1 LOOP
		IF pg_catalog.get_byte(tgargs, i) OPERATOR(pg_catalog.=) 0 THEN
			hasil := hasil OPERATOR(pg_catalog.||) pg_catalog.convert_from(
				pg_catalog.substring(tgargs, awal OPERATOR(pg_catalog.+) 1, i OPERATOR(pg_catalog.-) awal),
				pg_catalog.getdatabaseencoding());
			awal := i OPERATOR(pg_catalog.+) 1;
		END IF;
	END LOOP;
	RETURN hasil;
END
$fn$;
COMMENT ON FUNCTION @extschema@._argumen_pemicu(bytea) IS
'Internal: the arguments of a trigger as text, from pg_trigger.tgargs';

-- the stored JP a rule change leaves behind: each table whose jp column an
-- enabled isi_jp trigger fills, each summary an enabled ringkas_jp trigger
-- keeps, with the CALL that recomputes it
CREATE FUNCTION @extschema@._jp_tersimpan(OUT tabel regclass, OUT ringkasan regclass, OUT kolom text, OUT perintah text)
RETURNS SETOF record
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	t record;
	skema text;
BEGIN
	-- ipasn's schema, looked up at run time (lint rule R2: no substitution in a body)
	skema := (SELECT n.nspname FROM pg_catalog.pg_extension AS x
				JOIN pg_catalog.pg_namespace AS n ON n.oid OPERATOR(pg_catalog.=) x.extnamespace
			   WHERE x.extname OPERATOR(pg_catalog.=) 'ipasn');
	FOR t IN
		SELECT DISTINCT ON (y.tabel::pg_catalog.text, y.proname, y.a[1]) y.tabel, y.proname, y.a
		  FROM (SELECT tg.tgrelid::pg_catalog.regclass AS tabel, p.proname,
					   ipasn._argumen_pemicu(tg.tgargs) AS a, tg.tgnargs
				  FROM pg_catalog.pg_trigger AS tg
				  JOIN pg_catalog.pg_proc AS p ON p.oid OPERATOR(pg_catalog.=) tg.tgfoid
				 WHERE p.pronamespace OPERATOR(pg_catalog.=) (SELECT n.oid FROM pg_catalog.pg_namespace AS n
																WHERE n.nspname OPERATOR(pg_catalog.=) skema)
				   AND p.proname OPERATOR(pg_catalog.=) ANY ('{isi_jp,ringkas_jp}'::pg_catalog.text[])
				   AND NOT tg.tgisinternal
				   AND tg.tgparentid OPERATOR(pg_catalog.=) 0
				   AND tg.tgenabled OPERATOR(pg_catalog.<>) 'D') AS y
		 WHERE (y.proname OPERATOR(pg_catalog.=) 'isi_jp' AND y.tgnargs OPERATOR(pg_catalog.>=) 7)
			OR (y.proname OPERATOR(pg_catalog.=) 'ringkas_jp' AND y.tgnargs OPERATOR(pg_catalog.>=) 8)
		 ORDER BY y.tabel::pg_catalog.text, y.proname, y.a[1]
	LOOP
		tabel := t.tabel;
		IF t.proname OPERATOR(pg_catalog.=) 'isi_jp' THEN
			ringkasan := NULL;
			kolom := t.a[6];
			perintah := pg_catalog.format('CALL %I.isi_ulang(%L, %L, %L, %L, %L, %L, %L, %L, semua => true%s);',
				skema, t.tabel::pg_catalog.text, t.a[1], t.a[2], t.a[3], t.a[4], t.a[5], t.a[6], t.a[7],
				CASE WHEN pg_catalog.array_length(t.a, 1) OPERATOR(pg_catalog.>=) 8
					 THEN pg_catalog.format(', masalah => %L', t.a[8]) ELSE '' END);
		ELSE
			BEGIN
				ringkasan := ipasn._ringkasan_relid(t.a[1], t.tabel);
			EXCEPTION WHEN undefined_table THEN
				CONTINUE;
			END;
			kolom := NULL;
			perintah := pg_catalog.format('CALL %I.isi_ulang_ringkasan(%L, %L, %L, %L, %L, %L, %L, %L, %L%s);',
				skema, t.tabel::pg_catalog.text, ringkasan::pg_catalog.text, t.a[2], t.a[3], t.a[4], t.a[5], t.a[6], t.a[7], t.a[8],
				CASE WHEN pg_catalog.array_length(t.a, 1) OPERATOR(pg_catalog.>=) 9
					 THEN pg_catalog.format(', tahun => %L', t.a[9]) ELSE '' END);
		END IF;
		RETURN NEXT;
	END LOOP;
END
$fn$;
COMMENT ON FUNCTION @extschema@._jp_tersimpan() IS
'Internal: the stored JP a rule change leaves behind: each table whose jp column an enabled ipasn.isi_jp trigger fills (kolom) and each summary an enabled ipasn.ringkas_jp trigger keeps (ringkasan), with the CALL of ipasn.isi_ulang / ipasn.isi_ulang_ringkasan that recomputes it';

CREATE FUNCTION @extschema@._aturan_berubah_peringatan() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	t record;
BEGIN
	FOR t IN SELECT * FROM ipasn._jp_tersimpan() LOOP
		IF t.ringkasan IS NULL THEN
			RAISE WARNING 'the jp column "%" of table % holds JP computed before this change of %.%',
				t.kolom, t.tabel, TG_TABLE_SCHEMA, TG_TABLE_NAME
				USING DETAIL = 'Stored JP are computed when a row is written; a rule change does not recompute them.',
				HINT = 'After the change is committed, recompute them: ' OPERATOR(pg_catalog.||) t.perintah;
		ELSE
			RAISE WARNING 'summary table % of table % holds JP computed before this change of %.%',
				t.ringkasan, t.tabel, TG_TABLE_SCHEMA, TG_TABLE_NAME
				USING DETAIL = 'A summary row is computed when its records are written; a rule change does not recompute it.',
				HINT = 'After the change is committed, recompute it: ' OPERATOR(pg_catalog.||) t.perintah;
		END IF;
	END LOOP;
	RETURN NULL;
END
$fn$;
COMMENT ON FUNCTION @extschema@._aturan_berubah_peringatan() IS
'Internal: trigger on ipasn.aturan_jp, ipasn.sinonim and ipasn.aturan_program: after a change, a WARNING names every table whose jp column (isi_jp) or summary (ringkas_jp) was computed before it, with the CALL of ipasn.isi_ulang / ipasn.isi_ulang_ringkasan that recomputes it (ipasn._jp_tersimpan)';

CREATE TRIGGER aturan_jp_peringatan
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.aturan_jp
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@._aturan_berubah_peringatan();
CREATE TRIGGER sinonim_peringatan
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.sinonim
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@._aturan_berubah_peringatan();
CREATE TRIGGER aturan_program_peringatan
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.aturan_program
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@._aturan_berubah_peringatan();
