
-- section: yearly JP summary (ipasn.buat_ringkasan, ipasn.ringkas_jp, ipasn.isi_ulang_ringkasan)

-- the summary table named by a trigger argument: unqualified names are
-- looked up in the schema of the source table
CREATE FUNCTION @extschema@._ringkasan_relid(nama text, sumber regclass)
RETURNS regclass
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	parts text[] := parse_ident(nama);
	r regclass;
BEGIN
	IF array_length(parts, 1) = 1 THEN
		parts := ARRAY[(SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = sumber)::text] || parts;
	END IF;
	r := to_regclass(format('%I.%I', parts[1], parts[2]));
	IF r IS NULL THEN
		RAISE EXCEPTION 'summary table "%" of table % does not exist', nama, sumber
			USING ERRCODE = 'undefined_table',
			HINT = 'Create it with ipasn.buat_ringkasan, or give its schema-qualified name.';
	END IF;
	RETURN r;
END
$fn$;
COMMENT ON FUNCTION @extschema@._ringkasan_relid(text, regclass) IS
'Internal: the summary table named in a ringkas_jp trigger argument (an unqualified name is taken in the schema of the source table)';

-- The expressions of a source: pegawai, tahun, jalur, lingkup, jumlah,
-- mulai, selesai (indexes 1..7), reading alias s, from the six column names
-- and jumlah_dalam.  With 'jam' the amount goes through ipasn.jumlah_jam.
-- The year is that of selesai, else mulai (extract(year): 4713 BC is
-- -4713); an infinite date has none, and its record raises the error of
-- ipasn.jp (the CASE calls it only then).
CREATE FUNCTION @extschema@._sumber_sql(sumber regclass, kolom text[])
RETURNS text[]
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	e text[];
	tanggal text;
	skema text;
	jam boolean;
BEGIN
	IF array_length(kolom, 1) IS DISTINCT FROM 7 THEN
		RAISE EXCEPTION 'ipasn.ringkas_jp takes 8 arguments: the summary table, the columns pegawai, jalur, lingkup, jumlah, mulai, selesai and jumlah_dalam'
			USING ERRCODE = 'triggered_action_exception';
	END IF;
	e := ARRAY[
		@extschema@._kolom_sql(sumber, kolom[1], 'pegawai'),
		NULL,
		@extschema@._kolom_sql(sumber, kolom[2], 'jalur'),
		@extschema@._kolom_sql(sumber, kolom[3], 'lingkup'),
		@extschema@._kolom_sql(sumber, kolom[4], 'jumlah'),
		@extschema@._kolom_sql(sumber, kolom[5], 'mulai'),
		@extschema@._kolom_sql(sumber, kolom[6], 'selesai')];
	-- ipasn's schema, looked up at run time (lint rule R2: no substitution in a body)
	skema := (SELECT pg_catalog.quote_ident(n.nspname::pg_catalog.text)
				FROM pg_catalog.pg_extension AS x
				JOIN pg_catalog.pg_namespace AS n ON n.oid OPERATOR(pg_catalog.=) x.extnamespace
			   WHERE x.extname OPERATOR(pg_catalog.=) 'ipasn');
	EXECUTE format('SELECT %s._jumlah_dalam($1, $2)', skema) INTO jam USING kolom[7], 'ipasn.ringkas_jp';
	IF jam THEN
		e[5] := format('%s.jumlah_jam(%s, %s)', skema, e[3], e[5]);
	ELSIF pg_catalog.starts_with(e[5], skema || '.teks_jumlah(') THEN
		-- a text amount in each jalur's own unit: "8 jam" only where the
		-- jalur counts JP, as the triggers read it
		e[5] := format('%s._teks_jumlah_satuan(%s, %s', skema, e[3],
			pg_catalog.substr(e[5], pg_catalog.length(skema || '.teks_jumlah(') + 1));
	END IF;
	tanggal := format('coalesce(%s, %s)', e[7], e[6]);
	e[2] := format('CASE WHEN pg_catalog.isfinite(%1$s) THEN (extract(year FROM %1$s))::integer'
		' WHEN %1$s IS NOT NULL AND %7$s.jp(%2$s, %3$s, %4$s, %5$s, %6$s) IS NULL THEN NULL END',
		tanggal, e[3], e[4], e[5], e[6], e[7], skema);
	RETURN e;
END
$fn$;
COMMENT ON FUNCTION @extschema@._sumber_sql(regclass, text[]) IS
'Internal: SQL expressions (pegawai, tahun, jalur, lingkup, jumlah, mulai, selesai) of a training-record table for the rollup, from the six column names and jumlah_dalam';

-- The two statements that recompute the summary rows of the keys given by
-- a relation or subquery "kunci" with columns (pegawai, tahun): the first
-- locks them (creating the missing ones) in key order; the second, run as a
-- separate statement and so with a snapshot taken after every lock was
-- granted, recomputes them from the source and drops the ones left without
-- records.  Returned as SQL text, not run here: the transition tables of a
-- trigger are visible only to the trigger function's own statements.
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
	skema text;
BEGIN
	ringkasan := @extschema@._ringkasan_relid(argumen[1], sumber);
	IF peristiwa = 'TRUNCATE' THEN
		perintah := ARRAY[format('DELETE FROM %s', ringkasan)];
		RETURN;
	END IF;
	-- ipasn's schema, looked up at run time (lint rule R2: no substitution in a body)
	skema := (SELECT pg_catalog.quote_ident(n.nspname::pg_catalog.text)
				FROM pg_catalog.pg_extension AS x
				JOIN pg_catalog.pg_namespace AS n ON n.oid OPERATOR(pg_catalog.=) x.extnamespace
			   WHERE x.extname OPERATOR(pg_catalog.=) 'ipasn');
	-- the six columns and jumlah_dalam (the C trigger gives 'satuan' for
	-- the seven arguments of ipasn 0.1.0)
	EXECUTE format('SELECT %s._sumber_sql($1, $2)', skema) INTO e USING sumber, argumen[2:8];
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
COMMENT ON FUNCTION @extschema@.ringkas_jp() IS
'Rollup trigger AFTER INSERT / UPDATE / DELETE / TRUNCATE FOR EACH STATEMENT (one trigger per event, transition tables named baru and lama) with 8 arguments: summary table, columns pegawai, jalur, lingkup, jumlah, mulai, selesai, and jumlah_dalam (''jam'': the jumlah column holds hours, read through ipasn.jumlah_jam; ''satuan'': each jalur''s own unit; the 7 arguments of ipasn 0.1.0 read ''satuan''). Keeps one summary row per employee and year (of selesai, else mulai): JP with the caps across records of Peraturan LAN 10/2018 (jp_state), number of records. Inserts merge the new records'' states (grouped in C) into the rows; updates and deletes recompute the affected rows under row locks taken in key order. Its statements are prepared once per trigger and backend';

CREATE FUNCTION @extschema@.buat_ringkasan(sumber regclass, ringkasan text,
	pegawai text, jalur text, lingkup text, jumlah text, mulai text, selesai text,
	jumlah_dalam text DEFAULT NULL, isi boolean DEFAULT true)
RETURNS regclass
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	e text[];
	parts text[];
	nsp text;
	rel text;
	tipe text;
	r regclass;
	args text;
	ev record;
	kosong text;
	skema text;
BEGIN
	kosong := CASE WHEN sumber IS NULL THEN 'sumber' WHEN ringkasan IS NULL THEN 'ringkasan'
		WHEN pegawai IS NULL THEN 'pegawai' WHEN jalur IS NULL THEN 'jalur' WHEN lingkup IS NULL THEN 'lingkup'
		WHEN jumlah IS NULL THEN 'jumlah' WHEN mulai IS NULL THEN 'mulai' WHEN selesai IS NULL THEN 'selesai' END;
	IF kosong IS NOT NULL THEN
		RAISE EXCEPTION '% of ipasn.buat_ringkasan must not be NULL', kosong
			USING ERRCODE = 'null_value_not_allowed',
			HINT = 'Give the source table, the summary table''s name and the names of the columns pegawai, jalur, lingkup, jumlah, mulai and selesai.';
	END IF;
	-- ipasn's schema, looked up at run time (lint rule R2: no substitution in a body)
	skema := (SELECT pg_catalog.quote_ident(n.nspname::pg_catalog.text)
				FROM pg_catalog.pg_extension AS x
				JOIN pg_catalog.pg_namespace AS n ON n.oid OPERATOR(pg_catalog.=) x.extnamespace
			   WHERE x.extname OPERATOR(pg_catalog.=) 'ipasn');
	EXECUTE format('SELECT %s._jumlah_dalam($1, $2)', skema) USING jumlah_dalam, 'ipasn.buat_ringkasan';
	EXECUTE format('SELECT %s._sumber_sql($1, $2)', skema) INTO e
		USING sumber, ARRAY[pegawai, jalur, lingkup, jumlah, mulai, selesai, jumlah_dalam];
	parts := parse_ident(ringkasan);
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
	args := format('%L, %L, %L, %L, %L, %L, %L, %L', format('%I.%I', nsp, rel),
		pegawai, jalur, lingkup, jumlah, mulai, selesai, jumlah_dalam);
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
COMMENT ON FUNCTION @extschema@.buat_ringkasan(regclass, text, text, text, text, text, text, text, text, boolean) IS
'Creates a JP summary table (pegawai, tahun, jp, jumlah_catatan, jp_state; unqualified name: in the schema of sumber) and its view <table>_target (ipasn.buat_ringkasan_target: whether each year met the JP targets of the IP ASN rule set in force), the four ipasn.ringkas_jp triggers (<table>_tambah/_ubah/_hapus/_kosongkan) on sumber, and (isi) fills it from the rows already there. jumlah_dalam (no default) says what the jumlah column holds: ''jam'' (hours, read through ipasn.jumlah_jam) or ''satuan'' (each jalur''s own unit of Peraturan LAN 10/2018, Lampiran)';

CREATE PROCEDURE @extschema@.isi_ulang_ringkasan(sumber regclass, ringkasan regclass,
	pegawai text, jalur text, lingkup text, jumlah text, mulai text, selesai text,
	jumlah_dalam text DEFAULT NULL,
	pegawai_per_batch integer DEFAULT 1000, dari_pegawai text DEFAULT NULL)
LANGUAGE plpgsql
AS $fn$
DECLARE
	e text[];
	q text[];
	tipe text;
	terakhir text := dari_pegawai;
	n bigint;
	total bigint := 0;
	t0 timestamptz := pg_catalog.clock_timestamp();
	kosong text;
	skema text;
BEGIN
	kosong := CASE WHEN sumber IS NULL THEN 'sumber' WHEN ringkasan IS NULL THEN 'ringkasan'
		WHEN pegawai IS NULL THEN 'pegawai' WHEN jalur IS NULL THEN 'jalur' WHEN lingkup IS NULL THEN 'lingkup'
		WHEN jumlah IS NULL THEN 'jumlah' WHEN mulai IS NULL THEN 'mulai' WHEN selesai IS NULL THEN 'selesai' END;
	IF kosong IS NOT NULL THEN
		RAISE EXCEPTION '% of ipasn.isi_ulang_ringkasan must not be NULL', kosong
			USING ERRCODE = 'null_value_not_allowed',
			HINT = 'Give the source table, the summary table and the names of the columns pegawai, jalur, lingkup, jumlah, mulai and selesai.';
	END IF;
	IF pegawai_per_batch IS NULL OR pegawai_per_batch OPERATOR(pg_catalog.<) 1 THEN
		RAISE EXCEPTION 'pegawai_per_batch must be at least 1' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	-- ipasn's schema, looked up at run time (lint rule R2: no substitution in a body)
	skema := (SELECT pg_catalog.quote_ident(n.nspname::pg_catalog.text)
				FROM pg_catalog.pg_extension AS x
				JOIN pg_catalog.pg_namespace AS n ON n.oid OPERATOR(pg_catalog.=) x.extnamespace
			   WHERE x.extname OPERATOR(pg_catalog.=) 'ipasn');
	EXECUTE pg_catalog.format('SELECT %s._jumlah_dalam($1, $2)', skema) USING jumlah_dalam, 'ipasn.isi_ulang_ringkasan';
	EXECUTE pg_catalog.format('SELECT %s._sumber_sql($1, $2)', skema) INTO e
		USING sumber, ARRAY[pegawai, jalur, lingkup, jumlah, mulai, selesai, jumlah_dalam];
	SELECT pg_catalog.format_type(atttypid, atttypmod) INTO tipe
	  FROM pg_catalog.pg_attribute
	 WHERE attrelid OPERATOR(pg_catalog.=) ringkasan::pg_catalog.oid
	   AND attname OPERATOR(pg_catalog.=) 'pegawai'::pg_catalog.name;
	-- temporary tables of this session (a previous call may have left them)
	IF pg_catalog.to_regclass('pg_temp.ipasn_isi_pegawai') IS NOT NULL THEN
		DROP TABLE pg_temp.ipasn_isi_pegawai;
	END IF;
	IF pg_catalog.to_regclass('pg_temp.ipasn_isi_kunci') IS NOT NULL THEN
		DROP TABLE pg_temp.ipasn_isi_kunci;
	END IF;
	EXECUTE pg_catalog.format('CREATE TEMP TABLE ipasn_isi_pegawai (pegawai %s) ON COMMIT DELETE ROWS', tipe);
	EXECUTE pg_catalog.format('CREATE TEMP TABLE ipasn_isi_kunci (pegawai %s, tahun integer) ON COMMIT DELETE ROWS', tipe);
	LOOP
		EXECUTE pg_catalog.format($q$
			INSERT INTO pg_temp.ipasn_isi_pegawai
			SELECT p FROM (SELECT %1$s AS p FROM %2$s AS s UNION SELECT pegawai FROM %3$s) AS x
			 WHERE p IS NOT NULL AND ($1 IS NULL OR p OPERATOR(pg_catalog.>) $1::%4$s)
			 ORDER BY p LIMIT $2
			$q$, e[1], sumber, ringkasan, tipe) USING terakhir, pegawai_per_batch;
		GET DIAGNOSTICS n = ROW_COUNT;
		EXIT WHEN n OPERATOR(pg_catalog.=) 0;
		EXECUTE pg_catalog.format($q$
			INSERT INTO pg_temp.ipasn_isi_kunci
			SELECT %1$s, %2$s FROM %3$s AS s WHERE %1$s OPERATOR(pg_catalog.=) ANY (SELECT pegawai FROM pg_temp.ipasn_isi_pegawai)
			UNION
			SELECT pegawai, tahun FROM %4$s WHERE pegawai OPERATOR(pg_catalog.=) ANY (SELECT pegawai FROM pg_temp.ipasn_isi_pegawai)
			$q$, e[1], e[2], sumber, ringkasan);
		q := @extschema@._ringkasan_sql(sumber, ringkasan, e, 'pg_temp.ipasn_isi_kunci');
		EXECUTE q[1];
		EXECUTE q[2];
		EXECUTE 'SELECT pg_catalog.max(pegawai)::text FROM pg_temp.ipasn_isi_pegawai' INTO terakhir;
		total := total OPERATOR(pg_catalog.+) n;
		COMMIT;
		RAISE NOTICE 'isi_ulang_ringkasan %: % pegawai selesai, % pegawai/detik (lanjut dengan dari_pegawai => %)',
			ringkasan, total,
			pg_catalog.round(total::pg_catalog.numeric OPERATOR(pg_catalog./)
				greatest(extract(epoch FROM pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) t0), 0.001), 1),
			pg_catalog.quote_literal(terakhir);
	END LOOP;
	DROP TABLE pg_temp.ipasn_isi_pegawai, pg_temp.ipasn_isi_kunci;
END
$fn$;
COMMENT ON PROCEDURE @extschema@.isi_ulang_ringkasan(regclass, regclass, text, text, text, text, text, text, text, integer, text) IS
'Backfill of a JP summary table (shape of ipasn.buat_ringkasan) from its source, the jumlah column read as jumlah_dalam says (no default: ''jam'', hours through ipasn.jumlah_jam, or ''satuan'', each jalur''s own unit of Peraturan LAN 10/2018, Lampiran), pegawai_per_batch employees at a time in key order, each batch recomputed under row locks and COMMITted, progress by NOTICE; restart with dari_pegawai from the last NOTICE. Safe while the ringkas_jp triggers run. Call it outside a transaction block';
