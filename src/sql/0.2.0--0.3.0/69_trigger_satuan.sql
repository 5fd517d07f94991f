
-- section: triggers without the hours declaration (update only; first of
-- the trigger parts, so that the summaries recorded later carry the
-- re-created arguments)
-- jumlah_dalam has no default since 0.3.0: the isi_jp triggers with six
-- arguments and the ringkas_jp triggers with seven (created under 0.1.0,
-- or under 0.2.0, which read them as 'satuan') are dropped and created
-- again with an explicit 'satuan', the reading they had: same name,
-- timing, events, columns, transition tables and WHEN clause (its
-- definition from pg_get_triggerdef), the same enabled state and comment;
-- their tables keep firing unchanged and their dumps carry the
-- declaration.  (Not CREATE OR REPLACE TRIGGER, which would keep the OID:
-- the scripts never replace, lint rule R1.)  A trigger cloned onto a
-- partition follows its parent.  Each is named in a WARNING (extension scripts run with
-- client_min_messages at least warning: a NOTICE would not reach the user).
DO LANGUAGE plpgsql $satuan$
DECLARE
	t record;
	def text;
	komentar text;
BEGIN
	FOR t IN
		SELECT tg.oid, tg.tgname, tg.tgrelid::pg_catalog.regclass AS tabel, p.proname, tg.tgenabled
		  FROM pg_catalog.pg_trigger AS tg
		  JOIN pg_catalog.pg_proc AS p ON p.oid OPERATOR(pg_catalog.=) tg.tgfoid
		 WHERE p.pronamespace OPERATOR(pg_catalog.=) (SELECT x.extnamespace FROM pg_catalog.pg_extension AS x
										WHERE x.extname OPERATOR(pg_catalog.=) 'ipasn')
		   AND ((p.proname OPERATOR(pg_catalog.=) 'isi_jp' AND tg.tgnargs OPERATOR(pg_catalog.=) 6)
				OR (p.proname OPERATOR(pg_catalog.=) 'ringkas_jp' AND tg.tgnargs OPERATOR(pg_catalog.=) 7))
		   AND tg.tgparentid OPERATOR(pg_catalog.=) 0
		   AND NOT tg.tgisinternal
		 ORDER BY 3, 2
	LOOP
		-- "CREATE TRIGGER ... EXECUTE FUNCTION f('a', ..., 'z')": the
		-- arguments close the definition
		def := pg_catalog.pg_get_triggerdef(t.oid);
		IF pg_catalog.left(def, 15) OPERATOR(pg_catalog.<>) 'CREATE TRIGGER '
		   OR pg_catalog.right(def, 1) OPERATOR(pg_catalog.<>) ')' THEN
			RAISE EXCEPTION 'unexpected definition of trigger "%" on table %: %', t.tgname, t.tabel, def;
		END IF;
		komentar := pg_catalog.obj_description(t.oid, 'pg_trigger');
		EXECUTE pg_catalog.format('DROP TRIGGER %I ON %s', t.tgname, t.tabel);
		EXECUTE pg_catalog.left(def, -1) OPERATOR(pg_catalog.||) ', ''satuan'')';
		IF komentar IS NOT NULL THEN
			EXECUTE pg_catalog.format('COMMENT ON TRIGGER %I ON %s IS %L', t.tgname, t.tabel, komentar);
		END IF;
		-- a new trigger fires on origin (ENABLE): its state back
		IF t.tgenabled OPERATOR(pg_catalog.<>) 'O' THEN
			EXECUTE pg_catalog.format('ALTER TABLE %s %s TRIGGER %I', t.tabel,
				CASE t.tgenabled WHEN 'D' THEN 'DISABLE' WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE ALWAYS' END,
				t.tgname);
		END IF;
		RAISE WARNING 'trigger "%" on table % (function %) re-created with jumlah_dalam ''satuan''', t.tgname, t.tabel, t.proname
			USING DETAIL = 'It had no jumlah_dalam, which has no default since ipasn 0.3.0; it keeps reading its jumlah column in each jalur''s own unit, as it did.',
			HINT = 'If that column holds hours, as SIASN and most SIMPEG tables do, re-create the trigger with ''jam'' as its jumlah_dalam argument (for a summary: ipasn.hapus_ringkasan, then ipasn.buat_ringkasan with jumlah_dalam => ''jam''), then recompute with ipasn.isi_ulang / ipasn.isi_ulang_ringkasan.';
	END LOOP;
END
$satuan$;
