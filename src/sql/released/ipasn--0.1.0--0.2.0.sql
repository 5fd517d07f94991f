\echo Use "ALTER EXTENSION ipasn UPDATE TO '0.2.0'" to load this file. \quit

-- ipasn 0.1.0 -> 0.2.0.  Each section below is the update counterpart of
-- a change to the install script (src/sql/NN_*.sql): a fresh install of
-- 0.2.0 and 0.1.0 updated to 0.2.0 must give the same catalog.
-- section: schema guard
-- The same guard as at the top of the install script (ALTER EXTENSION
-- UPDATE also runs in a schema that may have changed hands since).
-- CREATE EXTENSION uses a schema ipasn that already exists.  A schema owned
-- by another role lets that role drop or shadow ipasn's objects (and so run
-- code with the rights of whoever calls them): refuse to install into it
-- unless that role installs ipasn or is a superuser (a superuser could do
-- anything anyway; pg_restore run by another superuser recreates the schema
-- with its original owner before CREATE EXTENSION).
-- Found through pg_extension (the row exists while the script runs), never
-- by quoting the schema's name.
DO LANGUAGE plpgsql $guard$
DECLARE
	schema_name name;
	schema_owner name;
	ext_owner name;
	owner_is_superuser boolean;
BEGIN
	SELECT n.nspname, pg_catalog.pg_get_userbyid(n.nspowner), pg_catalog.pg_get_userbyid(e.extowner), r.rolsuper
	  INTO schema_name, schema_owner, ext_owner, owner_is_superuser
	  FROM pg_catalog.pg_extension AS e
	  JOIN pg_catalog.pg_namespace AS n ON n.oid OPERATOR(pg_catalog.=) e.extnamespace
	  JOIN pg_catalog.pg_roles AS r ON r.oid OPERATOR(pg_catalog.=) n.nspowner
	 WHERE e.extname OPERATOR(pg_catalog.=) 'ipasn';
	IF schema_owner OPERATOR(pg_catalog.<>) ext_owner AND NOT owner_is_superuser THEN
		RAISE EXCEPTION 'schema "%" is owned by role "%", not by "%", the owner of extension ipasn', schema_name, schema_owner, ext_owner
			USING ERRCODE = 'insufficient_privilege',
			DETAIL = 'The owner of a schema can drop and replace the objects in it, and so run code with the rights of whoever calls ipasn''s functions.',
			HINT = 'Drop the schema or give it to the installing role (ALTER SCHEMA ... OWNER TO ...) after checking what is in it, then run CREATE EXTENSION or ALTER EXTENSION again.';
	END IF;
END
$guard$;


-- realdata: hours as stored (jumlah_jam)

CREATE FUNCTION @extschema@.jumlah_jam(jalur @extschema@.jalur, jam numeric) RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_jumlah_jam_sql'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jumlah_jam(@extschema@.jalur, numeric) IS
'The jumlah of ipasn.jp for an hours value as SIASN and SIMPEG store it for every activity: the hours where ipasn.satuan(jalur) = ''jp'', NULL for a jalur counted in days, activities or semesters (days then come from the dates, an activity counts once, pendidikan without semesters is incomplete); a jam of 0 is not filled in (NULL). A negative jam or one with more than two decimals raises 22023';

-- realdata: predikat_siasn for a code kept in a decimal column

CREATE FUNCTION @extschema@.predikat_siasn(kode numeric) RETURNS text
AS 'MODULE_PATHNAME', 'ipasn_predikat_siasn_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.predikat_siasn(numeric) IS
'SKP predicate of SIASN''s code kept in a decimal column (PermenPANRB 6/2022): 1.00 sangat baik, 2.00 baik, 3.00 butuh perbaikan, 4.00 kurang, 5.00 sangat kurang; a fractional value (2.50) or any other number is no code and gives NULL';

-- realdata: an agency's own vocabulary (ipasn.sinonim)

CREATE FUNCTION @extschema@.kunci_teks(teks text) RETURNS text
AS 'MODULE_PATHNAME', 'ipasn_kunci_teks'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kunci_teks(text) IS
'The key under which the parsers and ipasn.sinonim match a text: ASCII letters in lower case and digits, everything else dropped (''Pel. Teknis'' -> ''pelteknis'')';

CREATE TABLE @extschema@.sinonim (
	tipe regtype NOT NULL,
	teks text NOT NULL,
	label text NOT NULL,
	keterangan text,
	kunci text NOT NULL GENERATED ALWAYS AS (@extschema@.kunci_teks(teks)) STORED,
	PRIMARY KEY (tipe, kunci)
);
COMMENT ON TABLE @extschema@.sinonim IS
'An agency''s own vocabulary: a text (code or spelling) read as a label of one of the parsed types (ipasn.jalur, lingkup, pendidikan, jabatan, diklatpim, hukuman) by the triggers'' text readers and ipasn.teks_<type>, before the built-in forms. Matched by ipasn.kunci_teks (case, spaces and punctuation ignored), one row per type and key. Ships empty; only its owner changes it; dumped by pg_dump; a change reaches every session';
COMMENT ON COLUMN @extschema@.sinonim.tipe IS 'the type the text is read as: ipasn.jalur, ipasn.lingkup, ipasn.pendidikan, ipasn.jabatan, ipasn.diklatpim or ipasn.hukuman';
COMMENT ON COLUMN @extschema@.sinonim.teks IS 'the text as the agency writes it (e.g. a BPS Sistem 20JP code ''B3'' or ''Konsultasi ke BKPP'')';
COMMENT ON COLUMN @extschema@.sinonim.label IS 'a label of tipe, exactly as the type spells it (e.g. ''coaching'')';
COMMENT ON COLUMN @extschema@.sinonim.keterangan IS 'why: the agency''s guidance or decision';
COMMENT ON COLUMN @extschema@.sinonim.kunci IS 'ipasn.kunci_teks(teks): the key texts are matched by (generated)';

CREATE FUNCTION @extschema@.sinonim_periksa() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
-- ipasn.control fixes the schema (schema = ipasn, relocatable = false):
-- the body names it literally, never through the schema placeholder
-- (CVE-2023-39417)
DECLARE
	labels text;
	kunci_baru text;
	lama text;
BEGIN
	IF NEW.tipe NOT IN ('ipasn.jalur'::pg_catalog.regtype, 'ipasn.lingkup'::pg_catalog.regtype,
			'ipasn.pendidikan'::pg_catalog.regtype, 'ipasn.jabatan'::pg_catalog.regtype,
			'ipasn.diklatpim'::pg_catalog.regtype, 'ipasn.hukuman'::pg_catalog.regtype) THEN
		RAISE EXCEPTION USING ERRCODE = 'check_violation',
			MESSAGE = format('tipe %s of ipasn.sinonim is not a type ipasn parses', NEW.tipe),
			HINT = 'tipe is one of ipasn.jalur, ipasn.lingkup, ipasn.pendidikan, ipasn.jabatan, ipasn.diklatpim and ipasn.hukuman.';
	END IF;
	SELECT string_agg(e.enumlabel::text, ', ' ORDER BY e.enumsortorder) INTO labels
	FROM pg_catalog.pg_enum e WHERE e.enumtypid = NEW.tipe;
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_enum e
			WHERE e.enumtypid = NEW.tipe AND e.enumlabel OPERATOR(pg_catalog.=) NEW.label) THEN
		RAISE EXCEPTION USING ERRCODE = 'check_violation',
			MESSAGE = format('label "%s" of ipasn.sinonim is not a label of %s', NEW.label, NEW.tipe),
			HINT = format('The labels of %s: %s.', NEW.tipe, labels);
	END IF;
	kunci_baru := ipasn.kunci_teks(NEW.teks);
	IF kunci_baru OPERATOR(pg_catalog.=) '' THEN
		RAISE EXCEPTION USING ERRCODE = 'check_violation',
			MESSAGE = format('teks "%s" of ipasn.sinonim has no letter or digit', NEW.teks),
			HINT = 'Texts are matched by their letters and digits (case, spaces and punctuation are ignored).';
	END IF;
	SELECT s.teks INTO lama FROM ipasn.sinonim s
	WHERE s.tipe OPERATOR(pg_catalog.=) NEW.tipe AND s.kunci OPERATOR(pg_catalog.=) kunci_baru
		AND (TG_OP OPERATOR(pg_catalog.=) 'INSERT' OR s.ctid OPERATOR(pg_catalog.<>) OLD.ctid);
	IF FOUND THEN
		RAISE EXCEPTION USING ERRCODE = 'unique_violation',
			MESSAGE = format('teks "%s" of %s is already in ipasn.sinonim as "%s"', NEW.teks, NEW.tipe, lama),
			HINT = 'Texts are matched by their letters and digits (case, spaces and punctuation are ignored); change the row that is there.';
	END IF;
	IF pg_catalog.length(kunci_baru) OPERATOR(pg_catalog.>) 128 THEN
		RAISE EXCEPTION USING ERRCODE = 'check_violation',
			MESSAGE = format('teks of ipasn.sinonim is too long: %s letters and digits', pg_catalog.length(kunci_baru)),
			HINT = 'Texts are matched by at most 128 letters and digits.';
	END IF;
	RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.sinonim_periksa() IS
'Trigger on ipasn.sinonim: tipe must be a parsed type, label a label of it, teks must hold 1 to 128 letters or digits (23514 otherwise) and must not be there already under another spelling (23505)';

CREATE TRIGGER sinonim_periksa
	BEFORE INSERT OR UPDATE ON @extschema@.sinonim
	FOR EACH ROW EXECUTE FUNCTION @extschema@.sinonim_periksa();
CREATE TRIGGER sinonim_berubah
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.sinonim
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.aturan_berubah();

SELECT pg_catalog.pg_extension_config_dump('ipasn.sinonim', '');
REVOKE ALL ON @extschema@.sinonim FROM PUBLIC;
GRANT SELECT ON @extschema@.sinonim TO PUBLIC;

-- realdata: the text readers consult ipasn.sinonim (so they read a table:
-- STABLE) and take the unit words of SIMPEG text; four new readers

ALTER FUNCTION @extschema@.teks_jalur(text) STABLE;
ALTER FUNCTION @extschema@.teks_lingkup(text) STABLE;
COMMENT ON FUNCTION @extschema@.teks_jalur(text) IS
'Reads a text jalur column as the triggers do: blank text is NULL; the agency''s rows of ipasn.sinonim first, then the forms of ipasn.parse_jalur (the whole text, then its parts); unknown text raises 22P02';
COMMENT ON FUNCTION @extschema@.teks_lingkup(text) IS
'Reads a text lingkup column as the triggers do: blank text is NULL; the agency''s rows of ipasn.sinonim first, then nasional / dalam negeri, internasional / luar negeri (case-, space- and punctuation-insensitive); unknown text raises 22P02';
COMMENT ON FUNCTION @extschema@.teks_jumlah(text) IS
'Reads a text jumlah column as the triggers do: blank text is NULL; a number with a dot or comma as decimal separator (12, 12.5, 12,5), optionally followed by JP, JPL, jam, jam pelajaran or jam latihan (24 JP, 8 jam); another unit (2 hari, 3 kali) and a separator followed by exactly three digits (1.500, an ambiguous thousands separator) are refused; anything else raises 22P02';

CREATE FUNCTION @extschema@.teks_pendidikan(teks text) RETURNS @extschema@.pendidikan
AS 'MODULE_PATHNAME', 'ipasn_teks_pendidikan'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teks_pendidikan(text) IS
'Reads a text pendidikan column: blank text is NULL; the agency''s rows of ipasn.sinonim first, then the forms of ipasn.parse_pendidikan; unknown text raises 22P02';

CREATE FUNCTION @extschema@.teks_jabatan(teks text) RETURNS @extschema@.jabatan
AS 'MODULE_PATHNAME', 'ipasn_teks_jabatan'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teks_jabatan(text) IS
'Reads a text jabatan column: blank text is NULL; the agency''s rows of ipasn.sinonim first, then the forms of ipasn.parse_jabatan; unknown text raises 22P02';

CREATE FUNCTION @extschema@.teks_diklatpim(teks text) RETURNS @extschema@.diklatpim
AS 'MODULE_PATHNAME', 'ipasn_teks_diklatpim'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teks_diklatpim(text) IS
'Reads a text diklatpim column: blank text is NULL; the agency''s rows of ipasn.sinonim first, then the forms of ipasn.parse_diklatpim; unknown text raises 22P02';

CREATE FUNCTION @extschema@.teks_hukuman(teks text) RETURNS @extschema@.hukuman
AS 'MODULE_PATHNAME', 'ipasn_teks_hukuman'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teks_hukuman(text) IS
'Reads a text hukuman column: blank text is NULL; the agency''s rows of ipasn.sinonim first, then the forms of ipasn.parse_hukuman; unknown text raises 22P02';

CREATE FUNCTION @extschema@.teks_label(tipe regtype, teks text) RETURNS text
AS 'MODULE_PATHNAME', 'ipasn_teks_label'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teks_label(regtype, text) IS
'The label the text readers (ipasn.teks_<type>, the triggers) give a text of type tipe (ipasn.jalur, lingkup, pendidikan, jabatan, diklatpim or hukuman): ipasn.sinonim first, then the built-in forms; NULL for blank or unknown text, never an error for the text. For listing the texts of a table that nobody knows yet';

-- section: replication (rule changes that arrive by logical replication)
--
-- The statement triggers *_berubah tell every backend when a rule table changes; a subscription's
-- apply worker fires no statement trigger, and runs with
-- session_replication_role = replica, so a node subscribed to the rule
-- tables of another would keep computing with the rules it had cached.
-- These row triggers fire only there (ENABLE REPLICA): in an apply worker,
-- once per replicated row.
CREATE TRIGGER aturan_jp_replikasi
	AFTER INSERT OR UPDATE OR DELETE ON @extschema@.aturan_jp
	FOR EACH ROW EXECUTE FUNCTION @extschema@.aturan_berubah();
ALTER TABLE @extschema@.aturan_jp ENABLE REPLICA TRIGGER aturan_jp_replikasi;
CREATE TRIGGER aturan_ipasn_replikasi
	AFTER INSERT OR UPDATE OR DELETE ON @extschema@.aturan_ipasn
	FOR EACH ROW EXECUTE FUNCTION @extschema@.aturan_berubah();
ALTER TABLE @extschema@.aturan_ipasn ENABLE REPLICA TRIGGER aturan_ipasn_replikasi;
CREATE TRIGGER aturan_komponen_replikasi
	AFTER INSERT OR UPDATE OR DELETE ON @extschema@.aturan_komponen
	FOR EACH ROW EXECUTE FUNCTION @extschema@.aturan_berubah();
ALTER TABLE @extschema@.aturan_komponen ENABLE REPLICA TRIGGER aturan_komponen_replikasi;
CREATE TRIGGER aturan_kinerja_replikasi
	AFTER INSERT OR UPDATE OR DELETE ON @extschema@.aturan_kinerja
	FOR EACH ROW EXECUTE FUNCTION @extschema@.aturan_berubah();
ALTER TABLE @extschema@.aturan_kinerja ENABLE REPLICA TRIGGER aturan_kinerja_replikasi;
CREATE TRIGGER sinonim_replikasi
	AFTER INSERT OR UPDATE OR DELETE ON @extschema@.sinonim
	FOR EACH ROW EXECUTE FUNCTION @extschema@.aturan_berubah();
ALTER TABLE @extschema@.sinonim ENABLE REPLICA TRIGGER sinonim_replikasi;
COMMENT ON TRIGGER aturan_jp_replikasi ON @extschema@.aturan_jp IS
'Fires only in a logical replication apply worker: a replicated rule change reaches the rule cache of every backend (Peraturan LAN 10/2018 conversion rules)';
COMMENT ON TRIGGER aturan_ipasn_replikasi ON @extschema@.aturan_ipasn IS
'Fires only in a logical replication apply worker: a replicated rule change reaches the rule cache of every backend (PermenPANRB 38/2018 rule sets)';
COMMENT ON TRIGGER aturan_komponen_replikasi ON @extschema@.aturan_komponen IS
'Fires only in a logical replication apply worker: a replicated rule change reaches the rule cache of every backend (PermenPANRB 38/2018 competency components)';
COMMENT ON TRIGGER aturan_kinerja_replikasi ON @extschema@.aturan_kinerja IS
'Fires only in a logical replication apply worker: a replicated rule change reaches the rule cache of every backend (PermenPANRB 38/2018 performance predicates)';
COMMENT ON TRIGGER sinonim_replikasi ON @extschema@.sinonim IS
'Fires only in a logical replication apply worker: a replicated change of the agency vocabulary reaches the text readers of every backend';

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

-- section: triggers
-- ipasn._kolom_sql is now the C column resolver of the triggers (it was
-- PL/pgSQL, a second copy of the column readings).  Its callers are
-- PL/pgSQL bodies, which do not depend on it in the catalog.
DROP FUNCTION @extschema@._kolom_sql(regclass, text, text, text);
-- SQL expressions reading a source column in its role, for the rollup and
-- the backfill: the column resolver of the triggers (C), so that every
-- reading is defined once; checks the column
CREATE FUNCTION @extschema@._kolom_sql(sumber regclass, kolom text, peran text, alias text DEFAULT 's')
RETURNS text
AS 'MODULE_PATHNAME', 'ipasn_kolom_sql'
LANGUAGE C STABLE
SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION @extschema@._kolom_sql(regclass, text, text, text) IS
'Internal: the SQL expression that reads column kolom of sumber in a role (pegawai, jalur, lingkup, jumlah, mulai, selesai) the way ipasn.isi_jp and ipasn.ringkas_jp read it; raises on a missing or wrongly typed column';


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

-- section: operators of the summary statements
-- ipasn._ringkasan_sql: the statements it builds (run by ringkas_jp with
-- search_path pinned, and by the procedure isi_ulang_ringkasan, which cannot
-- pin it) name every operator with its schema, so that a caller's
-- search_path cannot supply a look-alike (e.g. = on varchar).  Called only
-- through SQL text: nothing in the catalog depends on it.
DROP FUNCTION @extschema@._ringkasan_sql(regclass, regclass, text[], text);
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
-- COMMENT texts that cite the regulation instead of an internal document:
-- each statement repeats, word for word, the COMMENT of the install script
-- (src/sql/NN_*.sql), so that 0.1.0 + ALTER EXTENSION UPDATE shows the
-- same comments as a fresh 0.2.0 install.

COMMENT ON FUNCTION @extschema@.jp_value(@extschema@.jp_state) IS
'JP of the records in a state, with the per-day and per-month caps applied across records (Peraturan LAN 10/2018, Lampiran); final function of ipasn.jp_total';

COMMENT ON AGGREGATE @extschema@.jp_total(@extschema@.jalur, @extschema@.lingkup, numeric, date, date) IS
'JP of a person''s records with the caps across records of Peraturan LAN 10/2018, Lampiran (coaching/mentoring/bimbingan at most 2 a month, e-learning 3 (4) JP a day, belajar mandiri and komunitas belajar 2 JP a day); NULL over no rows or rows that all give NULL';

COMMENT ON FUNCTION @extschema@.skor_kualifikasi(@extschema@.pendidikan) IS
'IP ASN kualifikasi score (PermenPANRB 38/2018, max 25) of the highest formal education: s3 25, s2 20, s1/d4 15, d3 10, d2/d1/slta 5, below slta 1';

COMMENT ON FUNCTION @extschema@.skor_kompetensi(@extschema@.jabatan, @extschema@.diklatpim, boolean, numeric, boolean) IS
'IP ASN kompetensi score (PermenPANRB 38/2018, max 40): leadership training at the level the position requires (15, structural positions), diklat fungsional (15, fungsional), JP at or above the rule set''s target (15; pelaksana 22.5), seminar component (10; pelaksana 17.5). NULL diklatpim = none, NULL fungsional/seminar = not attended, NULL jp_teknis = 0; NULL jabatan gives NULL. Reads the rule set of ipasn.aturan';

COMMENT ON FUNCTION @extschema@.skor_kinerja(numeric) IS
'IP ASN kinerja score (PermenPANRB 38/2018, max 30) of an SKP score 0-100: > 90 30, > 75 25, > 60 15, > 50 5, otherwise 1';

COMMENT ON FUNCTION @extschema@.skor_kinerja(text) IS
'IP ASN kinerja score (PermenPANRB 38/2018, max 30) of an SKP predicate of PermenPANRB 6/2022 (sangat baik 30, baik 25, butuh perbaikan 15, kurang 5, sangat kurang 1), case-, space- and punctuation-insensitive, from ipasn.aturan_kinerja';

COMMENT ON FUNCTION @extschema@.skor_disiplin(@extschema@.hukuman) IS
'IP ASN disiplin score (PermenPANRB 38/2018, max 5) of the heaviest penalty in the window: NULL (none) 5, ringan 3, sedang 2, berat 1';

COMMENT ON FUNCTION @extschema@.kategori(numeric) IS
'IP ASN category (PermenPANRB 38/2018) of a 0-100 value: > 90 sangat_tinggi, > 80 tinggi, > 70 sedang, > 60 rendah, otherwise sangat_rendah';

COMMENT ON FUNCTION @extschema@.ip_asn(@extschema@.pendidikan, @extschema@.jabatan, @extschema@.diklatpim, boolean, numeric, boolean, numeric, @extschema@.hukuman) IS
'IP ASN (PermenPANRB 38/2018) of one employee with kinerja as the SKP score 0-100: the four dimensions, total and category. A NULL pendidikan, jabatan or kinerja gives NULL for that dimension, the total and the category';

COMMENT ON FUNCTION @extschema@.ip_asn(@extschema@.pendidikan, @extschema@.jabatan, @extschema@.diklatpim, boolean, numeric, boolean, text, @extschema@.hukuman) IS
'IP ASN (PermenPANRB 38/2018) of one employee with kinerja as the SKP predicate: the four dimensions, total and category. A NULL pendidikan, jabatan or kinerja gives NULL for that dimension, the total and the category';

COMMENT ON AGGREGATE @extschema@.profil_bangkom(@extschema@.jalur, @extschema@.lingkup, numeric, date, date, date) IS
'Competency-development profile of an employee at as_of, the inputs of the IP ASN kompetensi dimension (PermenPANRB 38/2018): JP in the 1-year window with the caps across records, JP toward the 20-JP component, seminar component in the 2-year window, any diklat fungsional, records counted; windows and mapping from the rule set of ipasn.aturan';

COMMENT ON AGGREGATE @extschema@.hukuman_terberat(@extschema@.hukuman, date, date) IS
'Heaviest disciplinary penalty (PP 94/2021) decided in the window ending on as_of (the 5 years up to as_of: after as_of minus 5 years, up to as_of inclusive); NULL if none. Penalties without a decision date are in no window';
