
-- section: jumlah_dalam (what the amount column of a training table holds)
-- The triggers, the summary and the backfills are told jumlah_dalam: 'jam'
-- (hours, read through ipasn.jumlah_jam) or 'satuan' (each jalur's own
-- unit).  The C triggers read the argument counts of 0.1.0 (isi_jp 6,
-- ringkas_jp 7) as 'satuan', which is what 0.1.0 did, so the triggers
-- created under 0.1.0 (and those restored later from its dumps) keep
-- firing unchanged; a WARNING at the end names each of them (extension
-- scripts run with client_min_messages at least warning: a NOTICE would
-- not reach the user).  The setup
-- procedures change signature: the 0.1.0 ones are dropped.
CREATE FUNCTION @extschema@._jumlah_dalam(jumlah_dalam text, fungsi text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'ipasn_jumlah_dalam_sql'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._jumlah_dalam(text, text) IS
'Internal: true for jumlah_dalam ''jam'' (the amount column holds hours), false for ''satuan'' (each jalur''s own unit); anything else, NULL included, raises 22023 naming fungsi';

-- a text amount of a column declared 'satuan', as the triggers read it
CREATE FUNCTION @extschema@._teks_jumlah_satuan(jalur @extschema@.jalur, teks text)
RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_teks_jumlah_satuan'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._teks_jumlah_satuan(@extschema@.jalur, text) IS
'Internal: a text amount of a column holding each jalur''s own unit (jumlah_dalam ''satuan''), read as ipasn.teks_jumlah; a JP unit word ("8 jam") only where the jalur is counted in JP (Peraturan LAN 10/2018, Lampiran), else 22P02';

DROP FUNCTION @extschema@._sumber_sql(regclass, text[]);
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

DROP FUNCTION @extschema@._ringkas_jp_sql(regclass, text[], text);
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

COMMENT ON FUNCTION @extschema@.isi_jp() IS
'Trigger BEFORE INSERT OR UPDATE FOR EACH ROW with seven arguments, the column names jalur, lingkup, jumlah, mulai, selesai, jp and jumlah_dalam: sets the jp column to ipasn.jp() of the other five. jumlah_dalam says what the jumlah column holds: ''jam'' (hours, as SIASN and most SIMPEG tables store them, read through ipasn.jumlah_jam) or ''satuan'' (the amount in each jalur''s unit of Peraturan LAN 10/2018, Lampiran); a trigger with the six arguments of ipasn 0.1.0 reads ''satuan''. jalur/lingkup may be the ipasn enums or text (parsed), jumlah numeric, an integer type or text, mulai/selesai date or timestamp. Bad data aborts the statement';

COMMENT ON FUNCTION @extschema@.ringkas_jp() IS
'Rollup trigger AFTER INSERT / UPDATE / DELETE / TRUNCATE FOR EACH STATEMENT (one trigger per event, transition tables named baru and lama) with 8 arguments: summary table, columns pegawai, jalur, lingkup, jumlah, mulai, selesai, and jumlah_dalam (''jam'': the jumlah column holds hours, read through ipasn.jumlah_jam; ''satuan'': each jalur''s own unit; the 7 arguments of ipasn 0.1.0 read ''satuan''). Keeps one summary row per employee and year (of selesai, else mulai): JP with the caps across records of Peraturan LAN 10/2018 (jp_state), number of records. Inserts merge the new records'' states (grouped in C) into the rows; updates and deletes recompute the affected rows under row locks taken in key order. Its statements are prepared once per trigger and backend';

DROP FUNCTION @extschema@.buat_ringkasan(regclass, text, text, text, text, text, text, text, boolean);
-- buat_ringkasan: the summary table loses its generated columns
-- memenuhi_20jp / memenuhi_40jp (20 and 40 written into the code) and gets
-- the view <table>_target (75_target.sql).  Summary tables made by 0.1.0
-- keep their columns (they are the user's objects);
-- ipasn.buat_ringkasan_target adds the view.
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

DROP PROCEDURE @extschema@.isi_ulang(regclass, text, text, text, text, text, text, boolean, integer, bigint);
CREATE PROCEDURE @extschema@.isi_ulang(sumber regclass,
	jalur text, lingkup text, jumlah text, mulai text, selesai text, jp text,
	jumlah_dalam text DEFAULT NULL,
	semua boolean DEFAULT false, blok_per_batch integer DEFAULT 1000,
	dari_blok bigint DEFAULT 0)
LANGUAGE plpgsql
AS $fn$
DECLARE
	e text[];
	q text;
	nblok bigint;
	b bigint := dari_blok;
	n bigint;
	total bigint := 0;
	t0 timestamptz := pg_catalog.clock_timestamp();
	detik numeric;
	selesai_blok bigint;
	kosong text;
	skema text;
	jam boolean;
BEGIN
	kosong := CASE WHEN sumber IS NULL THEN 'sumber' WHEN jalur IS NULL THEN 'jalur' WHEN lingkup IS NULL THEN 'lingkup'
		WHEN jumlah IS NULL THEN 'jumlah' WHEN mulai IS NULL THEN 'mulai' WHEN selesai IS NULL THEN 'selesai'
		WHEN jp IS NULL THEN 'jp' END;
	IF kosong IS NOT NULL THEN
		RAISE EXCEPTION '% of ipasn.isi_ulang must not be NULL', kosong
			USING ERRCODE = 'null_value_not_allowed',
			HINT = 'Give the table and the names of the columns jalur, lingkup, jumlah, mulai, selesai and jp.';
	END IF;
	IF blok_per_batch IS NULL OR blok_per_batch OPERATOR(pg_catalog.<) 1 THEN
		RAISE EXCEPTION 'blok_per_batch must be at least 1' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	-- validates the columns (and the jp column: numeric)
	e := ARRAY[
		@extschema@._kolom_sql(sumber, jalur, 'jalur'),
		@extschema@._kolom_sql(sumber, lingkup, 'lingkup'),
		@extschema@._kolom_sql(sumber, jumlah, 'jumlah'),
		@extschema@._kolom_sql(sumber, mulai, 'mulai'),
		@extschema@._kolom_sql(sumber, selesai, 'selesai')];
	-- ipasn's schema, looked up at run time (lint rule R2: no substitution in a body)
	skema := (SELECT pg_catalog.quote_ident(n.nspname::pg_catalog.text)
				FROM pg_catalog.pg_extension AS x
				JOIN pg_catalog.pg_namespace AS n ON n.oid OPERATOR(pg_catalog.=) x.extnamespace
			   WHERE x.extname OPERATOR(pg_catalog.=) 'ipasn');
	EXECUTE pg_catalog.format('SELECT %s._jumlah_dalam($1, $2)', skema) INTO jam USING jumlah_dalam, 'ipasn.isi_ulang';
	IF jam THEN
		e[3] := pg_catalog.format('%s.jumlah_jam(%s, %s)', skema, e[1], e[3]);
	ELSIF pg_catalog.starts_with(e[3], skema OPERATOR(pg_catalog.||) '.teks_jumlah(') THEN
		-- a text amount in each jalur's own unit: "8 jam" only where the
		-- jalur counts JP, as the triggers read it
		e[3] := pg_catalog.format('%s._teks_jumlah_satuan(%s, %s', skema, e[1],
			pg_catalog.substr(e[3], pg_catalog.length(skema OPERATOR(pg_catalog.||) '.teks_jumlah(') OPERATOR(pg_catalog.+) 1));
	END IF;
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute
				   WHERE attrelid OPERATOR(pg_catalog.=) sumber::pg_catalog.oid
					 AND attname OPERATOR(pg_catalog.=) jp::pg_catalog.name
					 AND attnum OPERATOR(pg_catalog.>) 0
					 AND NOT attisdropped
					 AND atttypid OPERATOR(pg_catalog.=) 'pg_catalog.numeric'::pg_catalog.regtype::pg_catalog.oid) THEN
		RAISE EXCEPTION 'jp column "%" of table % does not exist or is not numeric', jp, sumber
			USING ERRCODE = 'datatype_mismatch';
	END IF;
	nblok := pg_catalog.pg_relation_size(sumber) OPERATOR(pg_catalog./) pg_catalog.current_setting('block_size')::bigint;
	q := pg_catalog.format($q$
		UPDATE %1$s AS s SET %2$I = v.jp
		  FROM (SELECT ctid, @extschema@.jp(%3$s, %4$s, %5$s, %6$s, %7$s) AS jp
				  FROM %1$s AS s
				 WHERE ctid OPERATOR(pg_catalog.>=) pg_catalog.format('(%%s,0)', $1)::pg_catalog.tid
				   AND ctid OPERATOR(pg_catalog.<) pg_catalog.format('(%%s,0)', $2)::pg_catalog.tid
				   AND ($3 OR %2$I IS NULL)) AS v
		 WHERE s.ctid OPERATOR(pg_catalog.=) v.ctid AND s.%2$I IS DISTINCT FROM v.jp
		$q$, sumber, jp, e[1], e[2], e[3], e[4], e[5]);
	WHILE b OPERATOR(pg_catalog.<) nblok LOOP
		EXECUTE q USING b, b OPERATOR(pg_catalog.+) blok_per_batch, semua;
		GET DIAGNOSTICS n = ROW_COUNT;
		total := total OPERATOR(pg_catalog.+) n;
		b := b OPERATOR(pg_catalog.+) blok_per_batch;
		COMMIT;
		-- operators schema-qualified: a procedure that COMMITs cannot pin
		-- search_path, and these run in the caller's
		selesai_blok := least(b, nblok);
		detik := greatest(extract(epoch FROM pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) t0), 0.001);
		RAISE NOTICE 'isi_ulang %: blok % dari %, % baris diisi, % blok/detik, sisa sekitar % detik (lanjut dengan dari_blok => %)',
			sumber, selesai_blok, nblok, total,
			pg_catalog.round((selesai_blok OPERATOR(pg_catalog.-) dari_blok)::pg_catalog.numeric OPERATOR(pg_catalog./) detik, 1),
			pg_catalog.round((nblok OPERATOR(pg_catalog.-) selesai_blok)::pg_catalog.numeric OPERATOR(pg_catalog.*) detik
				OPERATOR(pg_catalog./) greatest(selesai_blok OPERATOR(pg_catalog.-) dari_blok, 1)::pg_catalog.numeric),
			selesai_blok;
	END LOOP;
END
$fn$;
COMMENT ON PROCEDURE @extschema@.isi_ulang(regclass, text, text, text, text, text, text, text, boolean, integer, bigint) IS
'Backfill: sets the jp column of an existing table to ipasn.jp() of its columns, the jumlah column read as jumlah_dalam says (no default: ''jam'', hours through ipasn.jumlah_jam, or ''satuan'', each jalur''s own unit of Peraturan LAN 10/2018, Lampiran), in batches of blok_per_batch table blocks (ctid ranges), COMMITting after each and reporting progress by NOTICE; only rows whose jp is NULL unless semua; rows already right are not rewritten. Restart with dari_blok from the last NOTICE, or from 0 (done rows are skipped). Call it outside a transaction block';

DROP PROCEDURE @extschema@.isi_ulang_ringkasan(regclass, regclass, text, text, text, text, text, text, integer, text);
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

-- the triggers created under 0.1.0: they keep reading 'satuan'; the agency
-- re-creates those whose jumlah column holds hours
DO LANGUAGE plpgsql $lama$
DECLARE
	t record;
BEGIN
	FOR t IN
		SELECT tg.tgname, tg.tgrelid::pg_catalog.regclass AS tabel, p.proname, tg.tgargs
		  FROM pg_catalog.pg_trigger AS tg
		  JOIN pg_catalog.pg_proc AS p ON p.oid OPERATOR(pg_catalog.=) tg.tgfoid
		 WHERE p.pronamespace OPERATOR(pg_catalog.=) (SELECT x.extnamespace FROM pg_catalog.pg_extension AS x
										WHERE x.extname OPERATOR(pg_catalog.=) 'ipasn')
		   AND ((p.proname OPERATOR(pg_catalog.=) 'isi_jp' AND tg.tgnargs OPERATOR(pg_catalog.=) 6)
				OR (p.proname OPERATOR(pg_catalog.=) 'ringkas_jp' AND tg.tgnargs OPERATOR(pg_catalog.=) 7))
		 ORDER BY 2, 1
	LOOP
		RAISE WARNING 'trigger "%" on table % (ipasn.%, created under ipasn 0.1.0) reads its jumlah column in each jalur''s own unit (jumlah_dalam ''satuan'')', t.tgname, t.tabel, t.proname
			USING HINT = 'If that column holds hours, as SIASN and most SIMPEG tables do, re-create the trigger with jumlah_dalam ''jam'' (the last argument; for the summary: ipasn.buat_ringkasan with jumlah_dalam => ''jam''), then recompute with ipasn.isi_ulang / ipasn.isi_ulang_ringkasan.';
	END LOOP;
END
$lama$;
