
-- section: yearly JP summary (ipasn.buat_ringkasan, ipasn.ringkas_jp,
-- ipasn.isi_ulang_ringkasan, ipasn.hapus_ringkasan)
--
-- ipasn.control fixes the schema (schema = ipasn, relocatable = false): the
-- bodies below name it literally, never through the schema placeholder
-- (CVE-2023-39417).  Every statement a trigger or procedure of this section
-- runs is built here and run by C (ringkasan.c) with search_path pinned to
-- pg_catalog, pg_temp; operators are schema-qualified all the same.

-- The summaries ipasn.buat_ringkasan made, one row per trigger: ringkas_jp
-- writes with the rights of the training table's owner, so it runs only
-- for a trigger recorded here with the same arguments (whoever created a
-- trigger with other arguments, or on another table, is refused).  Written
-- only by ipasn's functions (which check ownership), read by C; no role
-- holds a privilege on it.
CREATE TABLE @extschema@.ringkasan_terdaftar (
	sumber regclass NOT NULL,
	pemicu name NOT NULL,
	ringkasan regclass NOT NULL,
	argumen text[] NOT NULL,
	PRIMARY KEY (sumber, pemicu)
);
CREATE INDEX ringkasan_terdaftar_ringkasan ON @extschema@.ringkasan_terdaftar (ringkasan);
REVOKE ALL ON TABLE @extschema@.ringkasan_terdaftar FROM PUBLIC;
SELECT pg_catalog.pg_extension_config_dump('ipasn.ringkasan_terdaftar'::pg_catalog.regclass, '');
COMMENT ON TABLE @extschema@.ringkasan_terdaftar IS
'The JP summaries made by ipasn.buat_ringkasan: one row per ipasn.ringkas_jp trigger (training table sumber, trigger name pemicu, summary table ringkasan, the trigger''s arguments). ringkas_jp writes with the rights of the training table''s owner only for a trigger recorded here with the same arguments. Kept by buat_ringkasan and hapus_ringkasan; dumped by pg_dump; no privilege for PUBLIC';

-- recording and forgetting a summary's triggers (C: ownership checked,
-- written as the owner of ringkasan_terdaftar)
CREATE FUNCTION @extschema@._ringkasan_daftar(sumber regclass, ringkasan regclass, pemicu name[], argumen text[])
RETURNS void
AS 'MODULE_PATHNAME', 'ipasn_ringkasan_daftar'
LANGUAGE C VOLATILE STRICT;
COMMENT ON FUNCTION @extschema@._ringkasan_daftar(regclass, regclass, name[], text[]) IS
'Internal (ipasn.buat_ringkasan): records the ringkas_jp triggers pemicu of sumber, with their arguments, as those of the summary ringkasan; the caller must own sumber, and ringkasan must have the same owner (42501)';

CREATE FUNCTION @extschema@._ringkasan_lupakan(ringkasan regclass,
	OUT sumber regclass, OUT pemicu name)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'ipasn_ringkasan_lupakan'
LANGUAGE C VOLATILE STRICT;
COMMENT ON FUNCTION @extschema@._ringkasan_lupakan(regclass) IS
'Internal (ipasn.hapus_ringkasan): forgets the triggers recorded for the summary ringkasan and returns them; the caller must own ringkasan (42501)';

-- the summary table named by a trigger argument: unqualified names are
-- looked up in the schema of the source table
CREATE FUNCTION @extschema@._ringkasan_relid(nama text, sumber regclass)
RETURNS regclass
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	parts text[] := pg_catalog.parse_ident(nama);
	r regclass;
BEGIN
	IF pg_catalog.array_length(parts, 1) OPERATOR(pg_catalog.=) 1 THEN
		parts := ARRAY[(SELECT n.nspname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
						 WHERE c.oid OPERATOR(pg_catalog.=) sumber)::text] OPERATOR(pg_catalog.||) parts;
	END IF;
	r := pg_catalog.to_regclass(pg_catalog.format('%I.%I', parts[1], parts[2]));
	IF r IS NULL THEN
		RAISE EXCEPTION 'summary table "%" of table % does not exist', nama, sumber
			USING ERRCODE = 'undefined_table',
			HINT = 'Drop its triggers with hapus_ringkasan (or DROP TRIGGER), or make the summary with buat_ringkasan.';
	END IF;
	RETURN r;
END
$fn$;
COMMENT ON FUNCTION @extschema@._ringkasan_relid(text, regclass) IS
'Internal: the summary table named in a ringkas_jp trigger argument (an unqualified name is taken in the schema of the source table)';

-- The reading of a training table for the summary, from the trigger
-- arguments after the summary table: pegawai, jalur, lingkup, jumlah,
-- mulai, selesai, jumlah_dalam and (optional) tahun.  Returns SQL over
-- alias s:
--  [1] the employee; [2] the year: of selesai, else of mulai, when finite;
--      else the year column (if any); else NULL;
--  [3] the select list reading one record (the reader called once: the
--      query that uses it keeps it behind OFFSET 0 as alias y);
--  [4] the record's jp_state input over y, five expressions;
--  [5] over y: true when the record gives JP or attendance (jp_state takes it);
--  [6] over y: true when the record gives no JP (tidak_dihitung): bad,
--      unknown text, not competency development, or incomplete (attendance
--      only).
-- A bad record never raises here: [4] leaves it out and [5] counts it.
-- The record is read by ipasn.baca_catatan (the triggers' reader) when it
-- exists; until then by the column readers of the triggers with the
-- *_or_null readers for text and a blank scope as nasional.
CREATE FUNCTION @extschema@._sumber_sql(sumber regclass, kolom text[])
RETURNS text[]
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	e text[];
	jam boolean;
	tanggal text;
	tahun text;
	c text;
	t record;
	n integer := pg_catalog.array_length(kolom, 1);
	d1 text;
	d2 text;
	m text;
BEGIN
	IF n IS NULL OR n OPERATOR(pg_catalog.<) 7 OR n OPERATOR(pg_catalog.>) 8 THEN
		RAISE EXCEPTION 'function "ringkas_jp" takes 8 or 9 arguments: the summary table, the columns pegawai, jalur, lingkup, jumlah, mulai, selesai, jumlah_dalam and optionally the year column'
			USING ERRCODE = 'triggered_action_exception';
	END IF;
	jam := ipasn._jumlah_dalam(kolom[7], 'ipasn.ringkas_jp');
	-- dates: date or timestamp (its date does not depend on the session);
	-- timestamptz is refused: its date depends on the TimeZone of each writer
	FOR t IN SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS tipe
			   FROM pg_catalog.pg_attribute a
			   JOIN pg_catalog.pg_type ty ON ty.oid OPERATOR(pg_catalog.=) a.atttypid
			  WHERE a.attrelid OPERATOR(pg_catalog.=) sumber::pg_catalog.oid
				AND a.attname OPERATOR(pg_catalog.=) ANY (ARRAY[kolom[5], kolom[6]]::pg_catalog.name[])
				AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped
				AND 'pg_catalog.timestamptz'::pg_catalog.regtype::pg_catalog.oid
					IN (a.atttypid, ty.typbasetype)
	LOOP
		RAISE EXCEPTION 'date column "%" of table % has type %, whose date depends on the session''s TimeZone', t.attname, sumber, t.tipe
			USING ERRCODE = 'datatype_mismatch',
			DETAIL = 'A record written at 2024-12-31 20:00 UTC is in 2024 for one session and in 2025 for another; the summary would count it in the year of whoever last wrote it.',
			HINT = pg_catalog.format('Add a date column fixed to your time zone, e.g. ALTER TABLE %s ADD COLUMN %I date GENERATED ALWAYS AS ((%I AT TIME ZONE ''Asia/Jakarta'')::date) STORED, and name it instead.',
				sumber, t.attname OPERATOR(pg_catalog.||) '_tanggal', t.attname);
	END LOOP;
	-- the dates; with a year column, a table may have none ('')
	d1 := CASE WHEN kolom[5] OPERATOR(pg_catalog.=) '' AND kolom[8] IS NOT NULL THEN 'NULL::date'
		ELSE ipasn._kolom_sql(sumber, kolom[5], 'mulai') END;
	d2 := CASE WHEN kolom[6] OPERATOR(pg_catalog.=) '' AND kolom[8] IS NOT NULL THEN 'NULL::date'
		ELSE ipasn._kolom_sql(sumber, kolom[6], 'selesai') END;
	e := ARRAY[ipasn._kolom_sql(sumber, kolom[1], 'pegawai'), NULL, NULL, NULL, NULL, NULL];
	IF n OPERATOR(pg_catalog.=) 8 AND kolom[8] IS NOT NULL THEN
		IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute a
					   WHERE a.attrelid OPERATOR(pg_catalog.=) sumber::pg_catalog.oid
						 AND a.attname OPERATOR(pg_catalog.=) kolom[8]::pg_catalog.name
						 AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped) THEN
			RAISE EXCEPTION 'year column "%" does not exist in table %', kolom[8], sumber
				USING ERRCODE = 'undefined_column';
		END IF;
		IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute a
					   JOIN pg_catalog.pg_type ty ON ty.oid OPERATOR(pg_catalog.=) a.atttypid
					   WHERE a.attrelid OPERATOR(pg_catalog.=) sumber::pg_catalog.oid
						 AND a.attname OPERATOR(pg_catalog.=) kolom[8]::pg_catalog.name
						 AND (CASE WHEN ty.typtype OPERATOR(pg_catalog.=) 'd' THEN ty.typbasetype ELSE a.atttypid END)
							 OPERATOR(pg_catalog.=) ANY (ARRAY['pg_catalog.int2'::pg_catalog.regtype, 'pg_catalog.int4'::pg_catalog.regtype, 'pg_catalog.int8'::pg_catalog.regtype]::pg_catalog.oid[])) THEN
			RAISE EXCEPTION 'year column "%" of table % must be of a whole-number type', kolom[8], sumber
				USING ERRCODE = 'datatype_mismatch',
				HINT = 'Use smallint, integer or bigint (SIASN''s tahunKursus).';
		END IF;
		tahun := pg_catalog.format('s.%I::integer', kolom[8]);
	ELSE
		tahun := 'NULL::integer';
	END IF;
	-- the columns checked as the triggers check them (42703 for a missing
	-- one, 42804 for a type the role does not take); the record is then read
	-- as the triggers read it, by ipasn.baca_catatan, which never raises on
	-- a record's values: a bad record is counted in tidak_dihitung.  A
	-- numeric amount goes through trim_scale, so that 1.500 is read as 1.5,
	-- never as a thousands separator.
	PERFORM ipasn._kolom_sql(sumber, kolom[2], 'jalur'),
		ipasn._kolom_sql(sumber, kolom[3], 'lingkup'),
		ipasn._kolom_sql(sumber, kolom[4], 'jumlah');
	m := CASE WHEN 'pg_catalog.numeric'::pg_catalog.regtype::pg_catalog.oid IN (a.atttypid, ty.typbasetype)
			  THEN pg_catalog.format('pg_catalog.trim_scale(s.%I)::text', kolom[4])
			  ELSE pg_catalog.format('s.%I::text', kolom[4]) END
		  FROM pg_catalog.pg_attribute AS a
		  JOIN pg_catalog.pg_type AS ty ON ty.oid OPERATOR(pg_catalog.=) a.atttypid
		 WHERE a.attrelid OPERATOR(pg_catalog.=) sumber::pg_catalog.oid
		   AND a.attname OPERATOR(pg_catalog.=) kolom[4]::pg_catalog.name
		   AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped;
	c := pg_catalog.format('ipasn.baca_catatan(s.%I::text, s.%I::text, %s, %s, %s, %L)',
		kolom[2], kolom[3], m, d1, d2,
		CASE WHEN jam THEN 'jam' ELSE 'satuan' END);
	e[3] := pg_catalog.format('%s AS c, %s AS mulai, %s AS selesai', c, d1, d2);
	e[4] := '(y.c).jalur, (y.c).lingkup, (y.c).jumlah, y.mulai, y.selesai';
	e[5] := '((y.c).jalur IS NOT NULL AND ((y.c).kode IS NULL OR (y.c).kode OPERATOR(pg_catalog.=) ''tidak_lengkap''))';
	e[6] := '((y.c).kode IS NOT NULL)';
	tanggal := pg_catalog.format('coalesce(%s, %s)', d2, d1);
	e[2] := pg_catalog.format('CASE WHEN pg_catalog.isfinite(%s) THEN (extract(year FROM %s))::integer ELSE %s END',
		tanggal, tanggal, tahun);
	RETURN e;
END
$fn$;
COMMENT ON FUNCTION @extschema@._sumber_sql(regclass, text[]) IS
'Internal: SQL expressions (pegawai, tahun, the jp_state input, counted, not counted) reading a training-record table for the summary, from the trigger''s column names, jumlah_dalam and optional year column';

-- The two statements that recompute the summary rows of the keys given by
-- a relation or subquery "kunci" with columns (pegawai, tahun): the first
-- locks them (creating the missing ones) in key order; the second, run as a
-- separate statement and so with a snapshot taken after every lock was
-- granted, recomputes them from the source and drops the ones left without
-- records.  A summary of ipasn 0.2.0 (tahun NOT NULL, no tidak_dihitung)
-- keeps its shape: its keys without a year are left out as before.
CREATE FUNCTION @extschema@._ringkasan_sql(sumber regclass, ringkasan regclass, e text[], kunci text)
RETURNS text[]
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	baru boolean;
	tanpa_tahun text;
	td text := '';
BEGIN
	baru := EXISTS (SELECT FROM pg_catalog.pg_attribute
					 WHERE attrelid OPERATOR(pg_catalog.=) ringkasan::pg_catalog.oid
					   AND attname OPERATOR(pg_catalog.=) 'tidak_dihitung' AND attnum OPERATOR(pg_catalog.>) 0 AND NOT attisdropped);
	tanpa_tahun := CASE WHEN EXISTS (SELECT FROM pg_catalog.pg_attribute
						 WHERE attrelid OPERATOR(pg_catalog.=) ringkasan::pg_catalog.oid
						   AND attname OPERATOR(pg_catalog.=) 'tahun' AND attnotnull)
					THEN 'AND tahun IS NOT NULL' ELSE '' END;
	IF baru THEN
		td := ', tidak_dihitung = b.td';
	END IF;
	RETURN ARRAY[pg_catalog.format($q$
		INSERT INTO %1$s AS r (pegawai, tahun, jumlah_catatan)
		SELECT DISTINCT pegawai, tahun, 0 FROM %2$s AS k(pegawai, tahun)
		 WHERE pegawai IS NOT NULL %3$s
		 ORDER BY 1, 2
		ON CONFLICT (pegawai, tahun) DO UPDATE SET jumlah_catatan = r.jumlah_catatan
		$q$, ringkasan, kunci, tanpa_tahun),
	pg_catalog.format($q$
		WITH k AS (
			SELECT DISTINCT pegawai, tahun FROM %1$s AS k(pegawai, tahun)
			 WHERE pegawai IS NOT NULL %9$s),
		a AS (
			SELECT y.pegawai, y.tahun,
				   ipasn.jp_state_agg(%5$s) FILTER (WHERE %6$s) AS st,
				   pg_catalog.count(*) AS n,
				   pg_catalog.count(*) FILTER (WHERE %7$s) AS td
			  FROM (SELECT %3$s AS pegawai, %4$s AS tahun, %12$s
					  FROM %2$s AS s
					 WHERE %3$s OPERATOR(pg_catalog.=) ANY (SELECT k.pegawai FROM k)
					OFFSET 0) AS y
			 GROUP BY 1, 2),
		b AS (
			SELECT k.pegawai, k.tahun, a.st, coalesce(a.n, 0) AS n, coalesce(a.td, 0) AS td
			  FROM k LEFT JOIN a ON a.pegawai OPERATOR(pg_catalog.=) k.pegawai AND a.tahun IS NOT DISTINCT FROM k.tahun),
		d AS (
			DELETE FROM %8$s AS r USING b
			 WHERE r.pegawai OPERATOR(pg_catalog.=) b.pegawai AND r.tahun IS NOT DISTINCT FROM b.tahun
			   AND b.n OPERATOR(pg_catalog.=) 0)
		UPDATE %8$s AS r
		   SET jp_state = b.st, jp = ipasn.jp_value(b.st), jumlah_catatan = b.n %10$s
		  FROM b
		 WHERE r.pegawai OPERATOR(pg_catalog.=) b.pegawai AND r.tahun IS NOT DISTINCT FROM b.tahun
		   AND b.n OPERATOR(pg_catalog.>) 0
		$q$, kunci, sumber, e[1], e[2], e[4], e[5], e[6], ringkasan, tanpa_tahun, td, NULL, e[3])];
END
$fn$;
COMMENT ON FUNCTION @extschema@._ringkasan_sql(regclass, regclass, text[], text) IS
'Internal: the two statements that lock the summary rows of the given (pegawai, tahun) keys in key order and then recompute them from the source with ipasn.jp_state_agg';

-- The statements of a ringkas_jp trigger for one event, built once per
-- trigger and backend by the C trigger (which checks the trigger against
-- ipasn.ringkasan_terdaftar first, then prepares and keeps them): every
-- event that writes rows recomputes each employee-year its rows touch from
-- the table (INSERT: the new rows' keys; UPDATE: the old and the new rows';
-- DELETE: the old rows'), so that a statement firing several of them (ON
-- CONFLICT DO UPDATE, MERGE, a writable CTE) counts each record once.
-- TRUNCATE: DELETE FROM the summary.
CREATE FUNCTION @extschema@._ringkas_jp_sql(sumber regclass, argumen text[], peristiwa text,
	OUT ringkasan regclass, OUT perintah text[])
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	e text[];
BEGIN
	ringkasan := ipasn._ringkasan_relid(argumen[1], sumber);
	IF peristiwa OPERATOR(pg_catalog.=) 'TRUNCATE' THEN
		perintah := ARRAY[pg_catalog.format('DELETE FROM %s', ringkasan)];
		RETURN;
	END IF;
	e := ipasn._sumber_sql(sumber, argumen[2:]);
	IF peristiwa OPERATOR(pg_catalog.=) 'INSERT' THEN
		perintah := ipasn._ringkasan_sql(sumber, ringkasan, e,
			pg_catalog.format('(SELECT %1$s, %2$s FROM baru AS s)', e[1], e[2]));
	ELSIF peristiwa OPERATOR(pg_catalog.=) 'UPDATE' THEN
		perintah := ipasn._ringkasan_sql(sumber, ringkasan, e,
			pg_catalog.format('(SELECT %1$s, %2$s FROM lama AS s UNION ALL SELECT %1$s, %2$s FROM baru AS s)', e[1], e[2]));
	ELSE
		perintah := ipasn._ringkasan_sql(sumber, ringkasan, e,
			pg_catalog.format('(SELECT %1$s, %2$s FROM lama AS s)', e[1], e[2]));
	END IF;
END
$fn$;
COMMENT ON FUNCTION @extschema@._ringkas_jp_sql(regclass, text[], text) IS
'Internal: checks the arguments of a ringkas_jp trigger and returns its summary table and the SQL statements it prepares for one event (INSERT, UPDATE, DELETE or TRUNCATE)';

COMMENT ON FUNCTION @extschema@.ringkas_jp() IS
'Summary trigger AFTER INSERT / UPDATE / DELETE / TRUNCATE FOR EACH STATEMENT (one trigger per event, transition tables named baru and lama) made by ipasn.buat_ringkasan, with 8 or 9 arguments: summary table, columns pegawai, jalur, lingkup, jumlah, mulai, selesai, jumlah_dalam (''jam'' or ''satuan'') and optionally the year column. Keeps one summary row per employee and year (of selesai, else mulai, else the year column, else NULL): JP with the caps across records of Peraturan LAN 10/2018 (jp_state), number of records, records that gave no JP. Every write recomputes the employee-years it touched from the table, under row locks taken in key order. Runs with the rights of the training table''s owner, only for a trigger ipasn.buat_ringkasan recorded (ipasn.ringkasan_terdaftar), into a summary of the same owner';

CREATE FUNCTION @extschema@.buat_ringkasan(sumber regclass, ringkasan text,
	pegawai text, jalur text, lingkup text, jumlah text, mulai text, selesai text,
	jumlah_dalam text DEFAULT NULL, isi boolean DEFAULT true, tahun text DEFAULT NULL)
RETURNS regclass
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	e text[];
	q text[];
	parts text[];
	nsp text;
	rel text;
	tipe text;
	pemilik regrole;
	r regclass;
	v regclass;
	args text;
	argumen text[];
	nama name[] := '{}';
	ev record;
	sifat record;
BEGIN
	-- with a year column (tahun), mulai and selesai may be NULL
	PERFORM ipasn._wajib_diisi('ipasn.buat_ringkasan',
		'Give the source table, the summary table''s name and the names of the columns pegawai, jalur, lingkup, jumlah, mulai and selesai (a table with a year column, tahun, may have no date columns).',
		ARRAY['sumber', 'ringkasan', 'pegawai', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai'],
		ARRAY[sumber::pg_catalog.text, ringkasan::pg_catalog.text, pegawai, jalur, lingkup, jumlah,
			  coalesce(mulai, tahun), coalesce(selesai, tahun)]);
	PERFORM ipasn._jumlah_dalam(jumlah_dalam, 'ipasn.buat_ringkasan');
	SELECT c.relkind, c.relispartition, c.relowner::regrole AS pemilik,
		   EXISTS (SELECT FROM pg_catalog.pg_inherits i
					WHERE i.inhrelid OPERATOR(pg_catalog.=) c.oid OR i.inhparent OPERATOR(pg_catalog.=) c.oid) AS waris
	  INTO sifat
	  FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) sumber::pg_catalog.oid;
	pemilik := sifat.pemilik;
	-- the triggers write with the owner's rights: only the owner sets them up
	IF NOT pg_catalog.pg_has_role(current_user, pemilik::pg_catalog.oid, 'USAGE') THEN
		RAISE EXCEPTION 'must be owner of table % to make its summary', sumber
			USING ERRCODE = 'insufficient_privilege',
			DETAIL = 'The summary''s triggers read the table and write the summary with the rights of its owner.';
	END IF;
	IF sifat.relkind OPERATOR(pg_catalog.<>) 'r' OR sifat.relispartition OR sifat.waris THEN
		RAISE EXCEPTION 'buat_ringkasan cannot keep a summary of %, which is %', sumber,
			CASE WHEN sifat.relkind OPERATOR(pg_catalog.=) 'p' THEN 'a partitioned table'
				 WHEN sifat.relispartition THEN 'a partition'
				 WHEN sifat.waris THEN 'part of an inheritance tree'
				 ELSE 'not a plain table' END
			USING ERRCODE = 'feature_not_supported',
			DETAIL = 'Statement triggers fire only for the table a statement names: writes sent straight to a partition (or through its parent) would not reach the summary, and it would drift silently.',
			HINT = 'Keep the training records in a plain table, or compute the yearly JP with jp_total(...) GROUP BY employee and year (e.g. a materialized view refreshed after each load).';
	END IF;
	argumen := ARRAY[pegawai, jalur, lingkup, jumlah, coalesce(mulai, ''), coalesce(selesai, ''), jumlah_dalam];
	IF tahun IS NOT NULL THEN
		argumen := argumen OPERATOR(pg_catalog.||) tahun;
	END IF;
	e := ipasn._sumber_sql(sumber, argumen);
	parts := pg_catalog.parse_ident(ringkasan);
	IF pg_catalog.array_length(parts, 1) OPERATOR(pg_catalog.=) 1 THEN
		SELECT n.nspname INTO nsp FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
		 WHERE c.oid OPERATOR(pg_catalog.=) sumber::pg_catalog.oid;
		rel := parts[1];
	ELSE
		nsp := parts[1];
		rel := parts[2];
	END IF;
	IF pg_catalog.to_regclass(pg_catalog.format('%I.%I', nsp, rel)) IS NOT NULL THEN
		RAISE EXCEPTION 'relation "%.%" already exists', nsp, rel
			USING ERRCODE = 'duplicate_table',
			HINT = pg_catalog.format('To make the summary again, drop it first with SELECT ipasn.hapus_ringkasan(%L); or choose another name.',
				pg_catalog.format('%I.%I', nsp, rel));
	END IF;
	-- the employee column's type and collation (a nondeterministic collation
	-- groups 'abc' and 'ABC' in the summary as in the table)
	SELECT pg_catalog.format_type(a.atttypid, a.atttypmod)
		   OPERATOR(pg_catalog.||) CASE WHEN a.attcollation OPERATOR(pg_catalog.<>) 0
				THEN ' COLLATE ' OPERATOR(pg_catalog.||) pg_catalog.format('%I.%I', cn.nspname, co.collname) ELSE '' END
	  INTO tipe
	  FROM pg_catalog.pg_attribute a
	  LEFT JOIN pg_catalog.pg_collation co ON co.oid OPERATOR(pg_catalog.=) a.attcollation
	  LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid OPERATOR(pg_catalog.=) co.collnamespace
	 WHERE a.attrelid OPERATOR(pg_catalog.=) sumber::pg_catalog.oid AND a.attname OPERATOR(pg_catalog.=) pegawai::pg_catalog.name;
	EXECUTE pg_catalog.format($q$
		CREATE TABLE %1$I.%2$I (
			pegawai %3$s NOT NULL,
			tahun integer,
			jp numeric,
			jumlah_catatan bigint NOT NULL DEFAULT 0,
			tidak_dihitung bigint NOT NULL DEFAULT 0,
			jp_state ipasn.jp_state,
			UNIQUE NULLS NOT DISTINCT (pegawai, tahun))
		$q$, nsp, rel, tipe);
	r := pg_catalog.format('%I.%I', nsp, rel)::regclass;
	EXECUTE pg_catalog.format('COMMENT ON TABLE %s IS %L', r,
		pg_catalog.format('JP per employee and year of %s, kept by ipasn.ringkas_jp triggers (ipasn.buat_ringkasan); drop it with ipasn.hapus_ringkasan', sumber));
	EXECUTE pg_catalog.format('COMMENT ON COLUMN %s.tahun IS %L', r,
		'year of selesai, else of mulai, else of the year column; NULL: records with neither');
	EXECUTE pg_catalog.format('COMMENT ON COLUMN %s.tidak_dihitung IS %L', r,
		'records of the employee and year that gave no JP: bad, incomplete or unknown text (list them with ipasn.masalah)');
	-- the targets of the rule set in force, read when queried
	v := ipasn.buat_ringkasan_target(r);
	-- the summary belongs to the table's owner, as its triggers
	IF pemilik::pg_catalog.oid OPERATOR(pg_catalog.<>) (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) r::pg_catalog.oid) THEN
		EXECUTE pg_catalog.format('ALTER TABLE %s OWNER TO %s', r, pemilik);
		EXECUTE pg_catalog.format('ALTER VIEW %s OWNER TO %s', v, pemilik);
	END IF;
	args := pg_catalog.format('%L', pg_catalog.format('%I.%I', nsp, rel));
	FOR i IN 1 .. pg_catalog.array_length(argumen, 1) LOOP
		args := args OPERATOR(pg_catalog.||) pg_catalog.format(', %L', argumen[i]);
	END LOOP;
	FOR ev IN SELECT * FROM (VALUES
		('tambah', 'INSERT', 'REFERENCING NEW TABLE AS baru'),
		('ubah', 'UPDATE', 'REFERENCING OLD TABLE AS lama NEW TABLE AS baru'),
		('hapus', 'DELETE', 'REFERENCING OLD TABLE AS lama'),
		('kosongkan', 'TRUNCATE', '')) AS x(nama, peristiwa, referensi)
	LOOP
		EXECUTE pg_catalog.format('CREATE TRIGGER %I AFTER %s ON %s %s FOR EACH STATEMENT EXECUTE FUNCTION ipasn.ringkas_jp(%s)',
			pg_catalog.left(rel, 40) OPERATOR(pg_catalog.||) '_' OPERATOR(pg_catalog.||) ev.nama, ev.peristiwa, sumber, ev.referensi, args);
		nama := nama OPERATOR(pg_catalog.||) (pg_catalog.left(rel, 40) OPERATOR(pg_catalog.||) '_' OPERATOR(pg_catalog.||) ev.nama)::name;
	END LOOP;
	PERFORM ipasn._ringkasan_daftar(sumber, r,  nama,
		ARRAY[pg_catalog.format('%I.%I', nsp, rel)] OPERATOR(pg_catalog.||) argumen);
	-- every write looks its employees' records up: say so when nothing indexes them
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_index i
				   JOIN pg_catalog.pg_attribute a ON a.attrelid OPERATOR(pg_catalog.=) i.indrelid
					AND a.attnum OPERATOR(pg_catalog.=) i.indkey[0]
				   WHERE i.indrelid OPERATOR(pg_catalog.=) sumber::pg_catalog.oid
					 AND a.attname OPERATOR(pg_catalog.=) pegawai::pg_catalog.name) THEN
		RAISE NOTICE 'table % has no index on its employee column "%"', sumber, pegawai
			USING HINT = pg_catalog.format('Each write recomputes its employees'' years from their records: CREATE INDEX ON %s (%I).', sumber, pegawai);
	END IF;
	IF isi THEN
		q := ipasn._ringkasan_sql(sumber, r, e, pg_catalog.format('(SELECT %s, %s FROM %s AS s)', e[1], e[2], sumber));
		EXECUTE q[1];
		EXECUTE q[2];
	END IF;
	RETURN r;
END
$fn$;
COMMENT ON FUNCTION @extschema@.buat_ringkasan(regclass, text, text, text, text, text, text, text, text, boolean, text) IS
'Creates a JP summary table (pegawai with the column''s collation, tahun, jp, jumlah_catatan, tidak_dihitung, jp_state; unqualified name: in the schema of sumber), its view <table>_target (whether each year met the JP targets of the IP ASN rule set in force) and the four ipasn.ringkas_jp triggers (<table>_tambah/_ubah/_hapus/_kosongkan) on sumber, records them (ipasn.ringkasan_terdaftar) and (isi) fills it. Run by the owner of sumber, a plain table (42501, 0A000); the summary belongs to that owner. jumlah_dalam (no default): ''jam'' (hours, through ipasn.jumlah_jam) or ''satuan'' (each jalur''s own unit of Peraturan LAN 10/2018, Lampiran). tahun: a whole-number column placing undated records; records with no date and no year are counted in the row of year NULL. An existing name is an error (42P07) naming ipasn.hapus_ringkasan';

CREATE FUNCTION @extschema@.hapus_ringkasan(ringkasan regclass)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	t record;
	v regclass;
	nama text;
BEGIN
	IF ringkasan IS NULL THEN
		RAISE EXCEPTION 'ringkasan of hapus_ringkasan must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	-- the triggers buat_ringkasan recorded, and any other ringkas_jp trigger
	-- naming this summary (a summary of ipasn 0.1.0 made by hand)
	FOR t IN
		SELECT x.sumber, x.pemicu FROM ipasn._ringkasan_lupakan(ringkasan) AS x
		UNION
		SELECT g.tgrelid::regclass, g.tgname
		  FROM pg_catalog.pg_trigger g
		 WHERE g.tgfoid OPERATOR(pg_catalog.=) 'ipasn.ringkas_jp()'::pg_catalog.regprocedure::pg_catalog.oid
		   AND g.tgnargs OPERATOR(pg_catalog.>) 0
		   AND pg_catalog.to_regclass(CASE WHEN pg_catalog.array_length(pg_catalog.parse_ident(pg_catalog.split_part(pg_catalog.encode(g.tgargs, 'escape'), E'\\000', 1)), 1) OPERATOR(pg_catalog.=) 1
				THEN pg_catalog.format('%I.%s', (SELECT n.nspname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace WHERE c.oid OPERATOR(pg_catalog.=) g.tgrelid),
					pg_catalog.split_part(pg_catalog.encode(g.tgargs, 'escape'), E'\\000', 1))
				ELSE pg_catalog.split_part(pg_catalog.encode(g.tgargs, 'escape'), E'\\000', 1) END)
			   OPERATOR(pg_catalog.=) ringkasan
	LOOP
		EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS %I ON %s', t.pemicu, t.sumber);
	END LOOP;
	-- the view buat_ringkasan_target made: <table>_target over this table
	SELECT c.oid::regclass INTO v
	  FROM pg_catalog.pg_class c
	  JOIN pg_catalog.pg_class r ON r.oid OPERATOR(pg_catalog.=) ringkasan::pg_catalog.oid
	 WHERE c.relnamespace OPERATOR(pg_catalog.=) r.relnamespace AND c.relkind OPERATOR(pg_catalog.=) 'v'
	   AND c.relname::text OPERATOR(pg_catalog.=) (SELECT pg_catalog.left(r.relname::text, 56) OPERATOR(pg_catalog.||) '_target')
	   AND EXISTS (SELECT FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_rewrite w ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.objid OPERATOR(pg_catalog.=) w.oid
				   WHERE w.ev_class OPERATOR(pg_catalog.=) c.oid AND d.refobjid OPERATOR(pg_catalog.=) ringkasan::pg_catalog.oid);
	IF v IS NOT NULL THEN
		EXECUTE pg_catalog.format('DROP VIEW %s', v);
	END IF;
	EXECUTE pg_catalog.format('DROP TABLE %s', ringkasan);
END
$fn$;
COMMENT ON FUNCTION @extschema@.hapus_ringkasan(regclass) IS
'Drops a JP summary table with the view <table>_target and the ringkas_jp triggers ipasn.buat_ringkasan made (and forgets them in ipasn.ringkasan_terdaftar). Anything else that depends on the table stops it (2BP01), as DROP TABLE does';

-- One batch of ipasn.isi_ulang_ringkasan (C, ringkasan.c): the next
-- pegawai_per_batch employees after dari_pegawai (of the table and of the
-- summary), their employee-years locked and recomputed.  As the owner of
-- sumber without row-level security when the caller has the owner's
-- rights; otherwise as the caller, refused when row-level security hides
-- rows of sumber or the summary from it.  search_path pinned.
CREATE FUNCTION @extschema@._isi_ulang_ringkasan_batch(sumber regclass, ringkasan regclass, argumen text[],
	dari_pegawai text, pegawai_per_batch integer, OUT jumlah bigint, OUT terakhir text)
RETURNS record
AS 'MODULE_PATHNAME', 'ipasn_isi_ulang_ringkasan_batch'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@._isi_ulang_ringkasan_batch(regclass, regclass, text[], text, integer) IS
'Internal (ipasn.isi_ulang_ringkasan): recomputes the summary rows of the next pegawai_per_batch employees after dari_pegawai; returns how many and the last';

CREATE PROCEDURE @extschema@.isi_ulang_ringkasan(sumber regclass, ringkasan regclass,
	pegawai text, jalur text, lingkup text, jumlah text, mulai text, selesai text,
	jumlah_dalam text DEFAULT NULL,
	pegawai_per_batch integer DEFAULT 1000, dari_pegawai text DEFAULT NULL, tahun text DEFAULT NULL)
LANGUAGE plpgsql
AS $fn$
DECLARE
	argumen text[];
	terakhir text := dari_pegawai;
	n bigint;
	total bigint := 0;
	t0 timestamptz := pg_catalog.clock_timestamp();
BEGIN
	-- with a year column (tahun), mulai and selesai may be NULL
	PERFORM ipasn._wajib_diisi('ipasn.isi_ulang_ringkasan',
		'Give the source table, the summary table and the names of the columns pegawai, jalur, lingkup, jumlah, mulai and selesai.',
		ARRAY['sumber', 'ringkasan', 'pegawai', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai'],
		ARRAY[sumber::pg_catalog.text, ringkasan::pg_catalog.text, pegawai, jalur, lingkup, jumlah,
			  coalesce(mulai, tahun), coalesce(selesai, tahun)]);
	IF pegawai_per_batch IS NULL OR pegawai_per_batch OPERATOR(pg_catalog.<) 1 THEN
		RAISE EXCEPTION 'pegawai_per_batch must be at least 1' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	PERFORM ipasn._jumlah_dalam(jumlah_dalam, 'ipasn.isi_ulang_ringkasan');
	argumen := ARRAY[pegawai, jalur, lingkup, jumlah, coalesce(mulai, ''), coalesce(selesai, ''), jumlah_dalam];
	IF tahun IS NOT NULL THEN
		argumen := argumen OPERATOR(pg_catalog.||) tahun;
	END IF;
	LOOP
		SELECT x.jumlah, x.terakhir INTO n, terakhir
		  FROM ipasn._isi_ulang_ringkasan_batch(sumber, ringkasan, argumen, terakhir, pegawai_per_batch) AS x;
		EXIT WHEN n OPERATOR(pg_catalog.=) 0;
		total := total OPERATOR(pg_catalog.+) n;
		COMMIT;
		-- operators schema-qualified: a procedure that COMMITs cannot pin
		-- search_path, and this runs in the caller's
		RAISE NOTICE 'isi_ulang_ringkasan %: % pegawai selesai, % pegawai/detik (lanjut dengan dari_pegawai => %)',
			ringkasan, total,
			pg_catalog.round(total::pg_catalog.numeric OPERATOR(pg_catalog./)
				GREATEST(extract(epoch FROM pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) t0), 0.001), 1),
			pg_catalog.quote_literal(terakhir);
	END LOOP;
END
$fn$;
COMMENT ON PROCEDURE @extschema@.isi_ulang_ringkasan(regclass, regclass, text, text, text, text, text, text, text, integer, text, text) IS
'Backfill or repair of a JP summary table from its source, the columns as given to ipasn.buat_ringkasan (jumlah_dalam: ''jam'' or ''satuan'', no default; tahun: the optional year column), pegawai_per_batch employees at a time in key order, each batch recomputed under row locks and COMMITted, progress by NOTICE; restart with dari_pegawai from the last NOTICE. Reads the source without row-level security only when the caller has the rights of its owner; otherwise as the caller, and refused (42501) where row-level security would hide rows. Safe while the ringkas_jp triggers run. Call it outside a transaction block';
