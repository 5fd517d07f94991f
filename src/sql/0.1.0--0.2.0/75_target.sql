
-- section: summary targets
-- The yearly JP targets of the IP ASN rule set in force (setting
-- ipasn.aturan; ipasn.aturan_ipasn.target_jp and target_jp_tinggi), read
-- when a query runs, never written into a summary table: the view
-- <ringkasan>_target of a summary made by ipasn.buat_ringkasan compares
-- each year's JP with them.

CREATE FUNCTION @extschema@.target_jp() RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_target_jp'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_jp() IS
'JP a year that meet the target of the IP ASN rule set in force (setting ipasn.aturan; column target_jp of ipasn.aturan_ipasn): 20.00 in the built-in sets (PP 11/2017 art. 203 and PermenPANRB 38/2018: at least 20 JP a year)';

CREATE FUNCTION @extschema@.target_jp_tinggi() RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_target_jp_tinggi'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_jp_tinggi() IS
'The higher regional JP target of the IP ASN rule set in force (setting ipasn.aturan; column target_jp_tinggi of ipasn.aturan_ipasn): 40.00 in the built-in sets (e.g. Instruksi Sekda DKI Jakarta 29/2023)';

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
	-- 63 bytes with "_target": cut the table's name by whole characters
	WHILE octet_length(nama) > 56 LOOP
		nama := left(nama, -1);
	END LOOP;
	nama := nama || '_target';
	EXECUTE format($q$
		CREATE VIEW %1$I.%2$I WITH (security_invoker = true) AS
		SELECT r.pegawai, r.tahun, r.jp, r.jumlah_catatan,
			   t.target_jp, coalesce(r.jp, 0) >= t.target_jp AS memenuhi_target,
			   t.target_jp_tinggi, coalesce(r.jp, 0) >= t.target_jp_tinggi AS memenuhi_target_tinggi,
			   r.jp_state
		  FROM %3$s AS r,
			   LATERAL (SELECT ipasn.target_jp() AS target_jp,
							   ipasn.target_jp_tinggi() AS target_jp_tinggi) AS t
		$q$, nsp, nama, ringkasan);
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
'Creates the view <ringkasan>_target (same schema) over a JP summary table of ipasn.buat_ringkasan: its columns with target_jp, memenuhi_target, target_jp_tinggi and memenuhi_target_tinggi, the targets of the IP ASN rule set in force (setting ipasn.aturan) read when queried. The view runs with the rights of the querying role (security_invoker: the table''s grants and row-level security apply) and is readable by PUBLIC. ipasn.buat_ringkasan calls it; call it yourself for a summary table made by ipasn 0.1.0';

-- buat_ringkasan: the summary table loses its generated columns
-- memenuhi_20jp / memenuhi_40jp (20 and 40 written into the code) and gets
-- the view <table>_target.  Summary tables made by 0.1.0 keep their columns
-- (they are the user's objects); ipasn.buat_ringkasan_target adds the view.
DROP FUNCTION @extschema@.buat_ringkasan(regclass, text, text, text, text, text, text, text, boolean);
CREATE FUNCTION @extschema@.buat_ringkasan(sumber regclass, ringkasan text,
	pegawai text, jalur text, lingkup text, jumlah text, mulai text, selesai text,
	isi boolean DEFAULT true)
RETURNS regclass
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	e text[];
	parts text[] := parse_ident(ringkasan);
	nsp text;
	rel text;
	tipe text;
	r regclass;
	args text;
	ev record;
BEGIN
	e := @extschema@._sumber_sql(sumber, ARRAY[pegawai, jalur, lingkup, jumlah, mulai, selesai]);
	IF array_length(parts, 1) = 1 THEN
		SELECT n.nspname INTO nsp FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = sumber;
		rel := parts[1];
	ELSE
		nsp := parts[1];
		rel := parts[2];
	END IF;
	SELECT format_type(atttypid, atttypmod) INTO tipe
	  FROM pg_attribute WHERE attrelid = sumber AND attname = pegawai;
	EXECUTE format($q$
		CREATE TABLE %1$I.%2$I (
			pegawai %3$s NOT NULL,
			tahun integer NOT NULL,
			jp numeric,
			jumlah_catatan bigint NOT NULL DEFAULT 0,
			jp_state @extschema@.jp_state,
			PRIMARY KEY (pegawai, tahun))
		$q$, nsp, rel, tipe);
	r := format('%I.%I', nsp, rel)::regclass;
	EXECUTE format('COMMENT ON TABLE %s IS %L', r,
		format('JP per employee and year of %s, kept by ipasn.ringkas_jp triggers', sumber));
	-- the targets of the rule set in force, read when queried (ipasn
	-- named literally: ipasn.control fixes the schema, CVE-2023-39417)
	PERFORM ipasn.buat_ringkasan_target(r);
	args := format('%L, %L, %L, %L, %L, %L, %L', format('%I.%I', nsp, rel),
		pegawai, jalur, lingkup, jumlah, mulai, selesai);
	FOR ev IN SELECT * FROM (VALUES
		('tambah', 'INSERT', 'REFERENCING NEW TABLE AS baru'),
		('ubah', 'UPDATE', 'REFERENCING OLD TABLE AS lama NEW TABLE AS baru'),
		('hapus', 'DELETE', 'REFERENCING OLD TABLE AS lama'),
		('kosongkan', 'TRUNCATE', '')) AS v(nama, peristiwa, referensi)
	LOOP
		EXECUTE format('CREATE TRIGGER %I AFTER %s ON %s %s FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.ringkas_jp(%s)',
			left(rel, 40) || '_' || ev.nama, ev.peristiwa, sumber, ev.referensi, args);
	END LOOP;
	IF isi THEN
		EXECUTE format($q$
			INSERT INTO %1$s (pegawai, tahun, jp, jumlah_catatan, jp_state)
			SELECT pegawai, tahun, @extschema@.jp_value(st), n, st
			  FROM (SELECT %3$s AS pegawai, %4$s AS tahun,
						   @extschema@.jp_state_agg(%5$s, %6$s, %7$s, %8$s, %9$s) AS st,
						   count(*) AS n
					  FROM %2$s AS s GROUP BY 1, 2) AS x
			 WHERE pegawai IS NOT NULL AND tahun IS NOT NULL
			$q$, r, sumber, e[1], e[2], e[3], e[4], e[5], e[6], e[7]);
	END IF;
	RETURN r;
END
$fn$;
COMMENT ON FUNCTION @extschema@.buat_ringkasan(regclass, text, text, text, text, text, text, text, boolean) IS
'Creates a JP summary table (pegawai, tahun, jp, jumlah_catatan, jp_state; unqualified name: in the schema of sumber) and its view <table>_target (ipasn.buat_ringkasan_target: whether each year met the JP targets of the IP ASN rule set in force), the four ipasn.ringkas_jp triggers (<table>_tambah/_ubah/_hapus/_kosongkan) on sumber, and (isi) fills it from the rows already there';
