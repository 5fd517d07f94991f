
-- section: tables that store hours

CREATE FUNCTION @extschema@.jumlah_jam(jalur @extschema@.jalur, jam numeric) RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_jumlah_jam_sql'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jumlah_jam(@extschema@.jalur, numeric) IS
'The jumlah of ipasn.jp for an hours value as SIASN and SIMPEG store it for every activity: the hours where ipasn.satuan(jalur) = ''jp'', NULL for a jalur counted in days, activities or semesters (days then come from the dates, an activity counts once, pendidikan without semesters is incomplete); a jam of 0 is not filled in (NULL). A negative jam or one with more than two decimals raises 22023';

-- section: an agency's own vocabulary

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
COMMENT ON COLUMN @extschema@.sinonim.teks IS 'the text as the agency writes it (e.g. a BPS Sistem 20JP code ''B3'' or ''Konsultasi ke BKPP'')';
COMMENT ON COLUMN @extschema@.sinonim.keterangan IS 'why: the agency''s guidance or decision';
COMMENT ON COLUMN @extschema@.sinonim.kunci IS 'ipasn.kunci_teks(teks): the key texts are matched by (generated)';

CREATE TRIGGER sinonim_berubah
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.sinonim
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.aturan_berubah();

SELECT pg_catalog.pg_extension_config_dump('ipasn.sinonim', '');
REVOKE ALL ON @extschema@.sinonim FROM PUBLIC;
GRANT SELECT ON @extschema@.sinonim TO PUBLIC;

-- section: text readers (the triggers' reading of text columns)

CREATE FUNCTION @extschema@.teks_jalur(teks text) RETURNS @extschema@.jalur
AS 'MODULE_PATHNAME', 'ipasn_teks_jalur'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.teks_lingkup(teks text) RETURNS @extschema@.lingkup
AS 'MODULE_PATHNAME', 'ipasn_teks_lingkup'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.teks_jumlah(teks text) RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_teks_jumlah'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
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
