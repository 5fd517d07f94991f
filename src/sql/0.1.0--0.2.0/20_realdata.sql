
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
