
-- section: the view <ringkasan>_target of a summary (ipasn.buat_ringkasan_target)
-- ipasn.control fixes the schema (schema = ipasn, relocatable = false):
-- the body names it literally, never through the schema placeholder
-- (CVE-2023-39417).

-- The view <ringkasan>_target (same schema; the name cut to 63 bytes) over
-- a JP summary table (columns pegawai, tahun, jp, jumlah_catatan,
-- jp_state): the table's columns and whether each year met the targets.
-- security_invoker: the view reads the table with the rights of whoever
-- queries it (its grants and row-level security apply), so SELECT on the
-- view itself is granted to PUBLIC.
CREATE FUNCTION @extschema@.buat_ringkasan_target(ringkasan regclass)
RETURNS regclass
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $fn$
-- ipasn.control fixes the schema (schema = ipasn, relocatable = false):
-- the body names it literally, never through the schema placeholder
-- (CVE-2023-39417)
DECLARE
	nsp name;
	nama text;
	kolom text;
	td text := '';
	v regclass;
BEGIN
	IF ringkasan IS NULL THEN
		RAISE EXCEPTION 'ringkasan of ipasn.buat_ringkasan_target must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	SELECT n.nspname, c.relname INTO nsp, nama
	  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	 WHERE c.oid = ringkasan;
	SELECT k INTO kolom
	  FROM unnest(ARRAY['pegawai', 'tahun', 'jp', 'jumlah_catatan', 'jp_state']) AS k
	 WHERE NOT EXISTS (SELECT FROM pg_attribute a
					   WHERE a.attrelid = ringkasan AND a.attname = k AND a.attnum > 0 AND NOT a.attisdropped)
	 LIMIT 1;
	IF kolom IS NOT NULL THEN
		RAISE EXCEPTION '% is not a JP summary table: it has no column "%"', ringkasan, kolom
			USING ERRCODE = 'undefined_column',
			HINT = 'A JP summary table has the columns pegawai, tahun, jp, jumlah_catatan and jp_state (ipasn.buat_ringkasan makes one).';
	END IF;
	-- the records that gave no JP, in a summary of ipasn 0.3.0
	IF EXISTS (SELECT FROM pg_attribute a
			   WHERE a.attrelid = ringkasan AND a.attname = 'tidak_dihitung' AND a.attnum > 0 AND NOT a.attisdropped) THEN
		td := ' r.tidak_dihitung,';
	END IF;
	-- 63 bytes with "_target": cut the table's name by whole characters
	WHILE octet_length(nama) > 56 LOOP
		nama := left(nama, -1);
	END LOOP;
	nama := nama || '_target';
	EXECUTE format($q$
		CREATE VIEW %1$I.%2$I WITH (security_invoker = true) AS
		SELECT r.pegawai, r.tahun, r.jp, r.jumlah_catatan,%4$s
			   t.target_jp, coalesce(r.jp, 0) >= t.target_jp AS memenuhi_target,
			   t.target_jp_tinggi, coalesce(r.jp, 0) >= t.target_jp_tinggi AS memenuhi_target_tinggi,
			   r.jp_state
		  FROM %3$s AS r,
			   LATERAL (SELECT ipasn.target_jp() AS target_jp,
							   ipasn.target_jp_tinggi() AS target_jp_tinggi) AS t
		$q$, nsp, nama, ringkasan, td);
	v := format('%I.%I', nsp, nama)::regclass;
	EXECUTE format('COMMENT ON VIEW %s IS %L', v,
		format('The JP summary %s with whether each year met the JP targets of the IP ASN rule set in force (setting ipasn.aturan), read when queried: target_jp (20 JP, PP 11/2017 art. 203 and PermenPANRB 38/2018) and target_jp_tinggi (e.g. 40 JP, Instruksi Sekda DKI Jakarta 29/2023); a year without JP meets neither. Reads %s with the rights of the querying role', ringkasan, ringkasan));
	EXECUTE format('COMMENT ON COLUMN %s.target_jp IS %L', v,
		'ipasn.target_jp(): the JP target of the rule set in force');
	EXECUTE format('COMMENT ON COLUMN %s.memenuhi_target IS %L', v,
		'coalesce(jp, 0) >= target_jp');
	EXECUTE format('COMMENT ON COLUMN %s.target_jp_tinggi IS %L', v,
		'ipasn.target_jp_tinggi(): the higher regional JP target of the rule set in force');
	EXECUTE format('COMMENT ON COLUMN %s.memenuhi_target_tinggi IS %L', v,
		'coalesce(jp, 0) >= target_jp_tinggi');
	EXECUTE format('GRANT SELECT ON %s TO PUBLIC', v);
	RETURN v;
END
$fn$;
COMMENT ON FUNCTION @extschema@.buat_ringkasan_target(regclass) IS
'Creates the view <ringkasan>_target (same schema) over a JP summary table of ipasn.buat_ringkasan: its columns (with tidak_dihitung where the table has it) with target_jp, memenuhi_target, target_jp_tinggi and memenuhi_target_tinggi, the targets of the IP ASN rule set in force (setting ipasn.aturan) read when queried. The view runs with the rights of the querying role (security_invoker: the table''s grants and row-level security apply) and is readable by PUBLIC. ipasn.buat_ringkasan calls it; call it yourself for a summary table made by ipasn 0.1.0';
