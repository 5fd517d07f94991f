\echo Use "CREATE EXTENSION ipasn" to load this file. \quit

-- section: schema guard
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

-- section: types

CREATE TYPE @extschema@.jalur AS ENUM (
	'pendidikan',
	'pelatihan_kepemimpinan', 'pelatihan_manajerial', 'pelatihan_teknis',
	'pelatihan_fungsional', 'pelatihan_sosial_kultural', 'seminar', 'workshop',
	'kursus', 'penataran', 'bimtek', 'sosialisasi', 'klasikal_lainnya',
	'coaching', 'mentoring', 'e_learning', 'pelatihan_jarak_jauh', 'detasering',
	'outbound', 'patok_banding', 'pertukaran_pegawai', 'belajar_mandiri',
	'komunitas_belajar', 'bimbingan_di_tempat_kerja', 'magang',
	'nonklasikal_lainnya'
);
COMMENT ON TYPE @extschema@.jalur IS
'Path of a competency-development activity (Peraturan LAN 10/2018): pendidikan, the klasikal forms (SIASN codes KL01..KL12) and the nonklasikal forms (NKL01..NKL13)';

CREATE TYPE @extschema@.lingkup AS ENUM ('nasional', 'internasional');
COMMENT ON TYPE @extschema@.lingkup IS
'Scope of an activity: nasional or internasional (international forms carry their own conversion, often +20%)';

CREATE TYPE @extschema@.pendidikan AS ENUM (
	'tidak_sekolah', 'sd', 'sltp', 'slta', 'd1', 'd2', 'd3', 'd4', 's1', 's2', 's3'
);
COMMENT ON TYPE @extschema@.pendidikan IS
'Highest formal education of an employee, lowest to highest (IP ASN kualifikasi dimension)';

CREATE TYPE @extschema@.jabatan AS ENUM (
	'jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas',
	'fungsional', 'pelaksana'
);
COMMENT ON TYPE @extschema@.jabatan IS
'Kind of position (UU ASN): JPT utama/madya/pratama, administrator, pengawas, fungsional, pelaksana';

CREATE TYPE @extschema@.diklatpim AS ENUM ('pkp', 'pka', 'pkn_ii', 'pkn_i');
COMMENT ON TYPE @extschema@.diklatpim IS
'Leadership training level attained, lowest to highest: pkp (was Diklatpim IV), pka (III), pkn_ii (II), pkn_i (I)';

CREATE TYPE @extschema@.hukuman AS ENUM ('ringan', 'sedang', 'berat');
COMMENT ON TYPE @extschema@.hukuman IS
'Level of a disciplinary penalty (PP 94/2021), lightest to heaviest';

CREATE TYPE @extschema@.kategori AS ENUM (
	'sangat_rendah', 'rendah', 'sedang', 'tinggi', 'sangat_tinggi'
);
COMMENT ON TYPE @extschema@.kategori IS
'IP ASN category of a 0-100 value: > 90 sangat_tinggi, > 80 tinggi, > 70 sedang, > 60 rendah, otherwise sangat_rendah';

-- every role may call ipasn's functions; the rule tables stay owner-writable
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;

-- section: rule tables

CREATE FUNCTION @extschema@.aturan_berubah() RETURNS trigger
AS 'MODULE_PATHNAME', 'ipasn_aturan_berubah'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.aturan_berubah() IS
'Trigger on ipasn''s rule tables: after any change, invalidates the per-backend rule caches of every session (relcache invalidation, sent at commit)';

CREATE TABLE @extschema@.aturan_jp (
	jalur @extschema@.jalur NOT NULL,
	lingkup @extschema@.lingkup NOT NULL,
	berlaku_mulai date NOT NULL DEFAULT '-infinity',
	berlaku_sampai date NOT NULL DEFAULT 'infinity',
	satuan text NOT NULL,
	jp_per_satuan numeric(8,2) NOT NULL,
	tambahan_persen integer NOT NULL DEFAULT 0,
	batas_jp_harian numeric(6,2),
	batas_kegiatan_bulanan integer,
	bawaan boolean NOT NULL DEFAULT false,
	keterangan text,
	PRIMARY KEY (jalur, lingkup, berlaku_mulai, bawaan),
	CONSTRAINT aturan_jp_satuan CHECK (satuan IN ('jp', 'hari', 'kegiatan', 'semester')),
	CONSTRAINT aturan_jp_periode CHECK (berlaku_sampai >= berlaku_mulai),
	CONSTRAINT aturan_jp_faktor CHECK (jp_per_satuan BETWEEN 0 AND 1000),
	CONSTRAINT aturan_jp_persen CHECK (tambahan_persen BETWEEN 0 AND 1000),
	CONSTRAINT aturan_jp_harian CHECK (batas_jp_harian IS NULL OR (batas_jp_harian > 0 AND satuan = 'jp')),
	CONSTRAINT aturan_jp_bulanan CHECK (batas_kegiatan_bulanan IS NULL OR (batas_kegiatan_bulanan BETWEEN 1 AND 100 AND satuan = 'kegiatan')),
	CONSTRAINT aturan_jp_satu_batas CHECK (batas_jp_harian IS NULL OR batas_kegiatan_bulanan IS NULL)
);
COMMENT ON TABLE @extschema@.aturan_jp IS
'JP conversion rules (Peraturan LAN 10/2018, Lampiran): per jalur and lingkup, the unit of jumlah, JP per unit, the +N% bonus, the per-day or per-month cap, and the period in force. A record is converted by the row in force on its mulai date; an agency''s own row (bawaan = false) wins over a built-in row of the same period. Built-in rows are recreated by CREATE EXTENSION; agency rows survive pg_dump.';
COMMENT ON COLUMN @extschema@.aturan_jp.satuan IS 'unit in which jumlah is read: jp, hari (days), kegiatan (activities), semester';
COMMENT ON COLUMN @extschema@.aturan_jp.jp_per_satuan IS 'JP per unit (1 for JP-unit programs)';
COMMENT ON COLUMN @extschema@.aturan_jp.tambahan_persen IS 'bonus in percent applied to the converted JP, rounded half up to hundredths (20 for the international +20%)';
COMMENT ON COLUMN @extschema@.aturan_jp.batas_jp_harian IS 'at most this many JP per person per calendar day (before the bonus), across records';
COMMENT ON COLUMN @extschema@.aturan_jp.batas_kegiatan_bulanan IS 'at most this many activities counted per person per calendar month, across records';
COMMENT ON COLUMN @extschema@.aturan_jp.bawaan IS 'true for the rows shipped with ipasn (not dumped); false for an agency''s rows';

CREATE TRIGGER aturan_jp_berubah
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.aturan_jp
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.aturan_berubah();

INSERT INTO @extschema@.aturan_jp
	(jalur, lingkup, satuan, jp_per_satuan, tambahan_persen, batas_jp_harian, batas_kegiatan_bulanan, bawaan, keterangan)
VALUES
	('pendidikan', 'nasional', 'semester', 20, 0, NULL, NULL, true, '20 JP per semester'),
	('pendidikan', 'internasional', 'semester', 20, 0, NULL, NULL, true, '20 JP per semester'),
	('pelatihan_kepemimpinan', 'nasional', 'jp', 1, 0, NULL, NULL, true, 'as the program'),
	('pelatihan_kepemimpinan', 'internasional', 'jp', 1, 0, NULL, NULL, true, 'no international form: as nasional'),
	('pelatihan_manajerial', 'nasional', 'jp', 1, 0, NULL, NULL, true, 'as the program'),
	('pelatihan_manajerial', 'internasional', 'jp', 1, 20, NULL, NULL, true, '+20%'),
	('pelatihan_teknis', 'nasional', 'jp', 1, 0, NULL, NULL, true, 'as the program'),
	('pelatihan_teknis', 'internasional', 'jp', 1, 20, NULL, NULL, true, '+20%'),
	('pelatihan_fungsional', 'nasional', 'jp', 1, 0, NULL, NULL, true, 'as the program'),
	('pelatihan_fungsional', 'internasional', 'jp', 1, 20, NULL, NULL, true, '+20%'),
	('pelatihan_sosial_kultural', 'nasional', 'jp', 1, 0, NULL, NULL, true, 'as the program'),
	('pelatihan_sosial_kultural', 'internasional', 'jp', 1, 20, NULL, NULL, true, '+20%'),
	('seminar', 'nasional', 'hari', 4, 0, NULL, NULL, true, '4 JP per day'),
	('seminar', 'internasional', 'hari', 6, 0, NULL, NULL, true, '6 JP per day'),
	('workshop', 'nasional', 'hari', 5, 0, NULL, NULL, true, '5 JP per day'),
	('workshop', 'internasional', 'hari', 7, 0, NULL, NULL, true, '7 JP per day'),
	('kursus', 'nasional', 'jp', 1, 0, NULL, NULL, true, 'as the program'),
	('kursus', 'internasional', 'jp', 1, 20, NULL, NULL, true, '+20%'),
	('penataran', 'nasional', 'jp', 1, 0, NULL, NULL, true, 'as the program'),
	('penataran', 'internasional', 'jp', 1, 20, NULL, NULL, true, '+20%'),
	('bimtek', 'nasional', 'jp', 1, 0, NULL, NULL, true, 'as the program'),
	('bimtek', 'internasional', 'jp', 1, 20, NULL, NULL, true, '+20%'),
	('sosialisasi', 'nasional', 'hari', 4, 0, NULL, NULL, true, '4 JP per day'),
	('sosialisasi', 'internasional', 'hari', 6, 0, NULL, NULL, true, '6 JP per day'),
	('klasikal_lainnya', 'nasional', 'jp', 1, 0, NULL, NULL, true, 'as given'),
	('klasikal_lainnya', 'internasional', 'jp', 1, 20, NULL, NULL, true, '+20%'),
	('coaching', 'nasional', 'kegiatan', 2, 0, NULL, 2, true, '2 JP each, at most 2 a month'),
	('coaching', 'internasional', 'kegiatan', 4, 0, NULL, 2, true, '4 JP each, at most 2 a month'),
	('mentoring', 'nasional', 'kegiatan', 2, 0, NULL, 2, true, '2 JP each, at most 2 a month'),
	('mentoring', 'internasional', 'kegiatan', 4, 0, NULL, 2, true, '4 JP each, at most 2 a month'),
	('e_learning', 'nasional', 'jp', 1, 0, 3, NULL, true, 'as accessed, at most 3 JP a day'),
	('e_learning', 'internasional', 'jp', 1, 0, 4, NULL, true, 'as accessed, at most 4 JP a day'),
	('pelatihan_jarak_jauh', 'nasional', 'jp', 1, 0, NULL, NULL, true, 'as the program'),
	('pelatihan_jarak_jauh', 'internasional', 'jp', 1, 20, NULL, NULL, true, '+20%'),
	('detasering', 'nasional', 'kegiatan', 20, 0, NULL, NULL, true, '20 JP each'),
	('detasering', 'internasional', 'kegiatan', 20, 20, NULL, NULL, true, '24 JP each (+20%)'),
	('outbound', 'nasional', 'jp', 1, 0, NULL, NULL, true, 'as the program'),
	('outbound', 'internasional', 'jp', 1, 20, NULL, NULL, true, '+20%'),
	('patok_banding', 'nasional', 'kegiatan', 10, 0, NULL, NULL, true, '10 JP each'),
	('patok_banding', 'internasional', 'kegiatan', 20, 0, NULL, NULL, true, '20 JP each'),
	('pertukaran_pegawai', 'nasional', 'kegiatan', 20, 0, NULL, NULL, true, '20 JP each'),
	('pertukaran_pegawai', 'internasional', 'kegiatan', 24, 0, NULL, NULL, true, '24 JP each'),
	('belajar_mandiri', 'nasional', 'jp', 1, 0, 2, NULL, true, 'as studied, at most 2 JP a day'),
	('belajar_mandiri', 'internasional', 'jp', 1, 20, 2, NULL, true, 'at most 2 JP a day, then +20%'),
	('komunitas_belajar', 'nasional', 'jp', 1, 0, 2, NULL, true, 'as studied, at most 2 JP a day'),
	('komunitas_belajar', 'internasional', 'jp', 1, 20, 2, NULL, true, 'at most 2 JP a day, then +20%'),
	('bimbingan_di_tempat_kerja', 'nasional', 'kegiatan', 2, 0, NULL, 2, true, '2 JP each, at most 2 a month (ipasn default)'),
	('bimbingan_di_tempat_kerja', 'internasional', 'kegiatan', 2, 20, NULL, 2, true, '2.4 JP each (+20%), at most 2 a month (ipasn default)'),
	('magang', 'nasional', 'kegiatan', 20, 0, NULL, NULL, true, '20 JP each'),
	('magang', 'internasional', 'kegiatan', 24, 0, NULL, NULL, true, '24 JP each'),
	('nonklasikal_lainnya', 'nasional', 'jp', 1, 0, NULL, NULL, true, 'as given (ipasn default)'),
	('nonklasikal_lainnya', 'internasional', 'jp', 1, 20, NULL, NULL, true, '+20% (ipasn default)');

SELECT pg_catalog.pg_extension_config_dump('@extschema@.aturan_jp', 'WHERE NOT bawaan');
REVOKE ALL ON @extschema@.aturan_jp FROM PUBLIC;
GRANT SELECT ON @extschema@.aturan_jp TO PUBLIC;

CREATE FUNCTION @extschema@.satuan(jalur @extschema@.jalur) RETURNS text
AS 'MODULE_PATHNAME', 'ipasn_satuan'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.satuan(@extschema@.jalur) IS
'Unit in which the jumlah of a jalur is read (jp, hari, kegiatan or semester), from ipasn.aturan_jp (the nasional rule with the latest start). For tables that store hours for every activity, pass the hours as jumlah only where satuan(jalur) = ''jp''';

-- section: parsers

CREATE FUNCTION @extschema@.parse_jalur(teks text) RETURNS @extschema@.jalur
AS 'MODULE_PATHNAME', 'ipasn_parse_jalur'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_jalur(text) IS
'Parses free text into a jalur: the label, the SIASN-style codes (P.., KL01..KL12, NKL01..NKL13) and common spellings ("Bimtek", "Diklat Teknis", "Webinar", "Diklatpim Tk. III", ...); case, spaces and punctuation are ignored. Unknown text raises 22P02';

CREATE FUNCTION @extschema@.parse_jalur_or_null(teks text) RETURNS @extschema@.jalur
AS 'MODULE_PATHNAME', 'ipasn_parse_jalur_or_null'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_jalur_or_null(text) IS
'As parse_jalur, but returns NULL for text it does not know (for cleaning data in bulk)';

CREATE FUNCTION @extschema@.parse_pendidikan(teks text) RETURNS @extschema@.pendidikan
AS 'MODULE_PATHNAME', 'ipasn_parse_pendidikan'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_pendidikan(text) IS
'Parses free text into a pendidikan level: the label, SIASN''s level names ("SLTA Kejuruan", "Diploma III/Sarjana Muda", "S-1/Sarjana", ...) and common spellings ("SMA", "SMK", "D-III", "Strata 2", "Magister", ...); case, spaces and punctuation are ignored. Unknown text raises 22P02';

CREATE FUNCTION @extschema@.parse_pendidikan_or_null(teks text) RETURNS @extschema@.pendidikan
AS 'MODULE_PATHNAME', 'ipasn_parse_pendidikan_or_null'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_pendidikan_or_null(text) IS
'As parse_pendidikan, but returns NULL for text it does not know (for cleaning data in bulk)';

CREATE FUNCTION @extschema@.parse_jabatan(teks text) RETURNS @extschema@.jabatan
AS 'MODULE_PATHNAME', 'ipasn_parse_jabatan'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_jabatan(text) IS
'Parses free text into a jabatan kind: the label, common spellings ("JPT Pratama", "JF", "JFU", "Staf", ...) and echelon codes (I.a/I.b jpt_madya, II jpt_pratama, III administrator, IV pengawas; also "Eselon III.a", "3a"); case, spaces and punctuation are ignored. Unknown text raises 22P02';

CREATE FUNCTION @extschema@.parse_jabatan_or_null(teks text) RETURNS @extschema@.jabatan
AS 'MODULE_PATHNAME', 'ipasn_parse_jabatan_or_null'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_jabatan_or_null(text) IS
'As parse_jabatan, but returns NULL for text it does not know (for cleaning data in bulk)';

CREATE FUNCTION @extschema@.parse_diklatpim(teks text) RETURNS @extschema@.diklatpim
AS 'MODULE_PATHNAME', 'ipasn_parse_diklatpim'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_diklatpim(text) IS
'Parses free text into a leadership training level: the label, "PKP", "PKA", "PKN Tk. II", "Diklatpim IV" .. "Diklatpim I" (with "Tk."/"Tingkat", roman or arabic), "Pelatihan Kepemimpinan Pengawas", the old names ADUM, SPAMA, SPAMEN, SPATI, ...; case, spaces and punctuation are ignored. Unknown text raises 22P02';

CREATE FUNCTION @extschema@.parse_diklatpim_or_null(teks text) RETURNS @extschema@.diklatpim
AS 'MODULE_PATHNAME', 'ipasn_parse_diklatpim_or_null'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_diklatpim_or_null(text) IS
'As parse_diklatpim, but returns NULL for text it does not know (for cleaning data in bulk)';

CREATE FUNCTION @extschema@.parse_hukuman(teks text) RETURNS @extschema@.hukuman
AS 'MODULE_PATHNAME', 'ipasn_parse_hukuman'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_hukuman(text) IS
'Parses free text into a penalty level: the label ("Hukuman disiplin sedang") or the penalty of PP 94/2021 or PP 53/2010 by name, matched by its opening words so that amounts and durations may follow ("Teguran tertulis", "Pemotongan tunjangan kinerja 25% selama 6 bulan", "Penurunan pangkat setingkat lebih rendah selama 3 tahun", ...); case, spaces and punctuation are ignored. Unknown text raises 22P02';

CREATE FUNCTION @extschema@.parse_hukuman_or_null(teks text) RETURNS @extschema@.hukuman
AS 'MODULE_PATHNAME', 'ipasn_parse_hukuman_or_null'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_hukuman_or_null(text) IS
'As parse_hukuman, but returns NULL for text it does not know (for cleaning data in bulk)';

CREATE FUNCTION @extschema@.jalur_siasn(jenis_diklat_id integer) RETURNS @extschema@.jalur
AS 'MODULE_PATHNAME', 'ipasn_jalur_siasn'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jalur_siasn(integer) IS
'jalur of SIASN''s jenis_diklat_id 1..25 (1 Diklat Struktural = pelatihan_kepemimpinan, 2 fungsional, 3 teknis, ..., 25 nonklasikal lainnya); another id raises 22023';

CREATE FUNCTION @extschema@.diklatpim_siasn(latihan_struktural_id integer) RETURNS @extschema@.diklatpim
AS 'MODULE_PATHNAME', 'ipasn_diklatpim_siasn'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.diklatpim_siasn(integer) IS
'Leadership training level of SIASN''s latihan_struktural_id: 2 pkp, 3 pka, 4 pkn_ii, 5 pkn_i; any other id gives NULL';

CREATE FUNCTION @extschema@.hukuman_siasn(tingkat text) RETURNS @extschema@.hukuman
AS 'MODULE_PATHNAME', 'ipasn_hukuman_siasn'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.hukuman_siasn(text) IS
'Penalty level of SIASN''s tingkat hukuman disiplin code: R ringan, S sedang, B berat (case-insensitive); other text raises 22P02';

CREATE FUNCTION @extschema@.predikat_siasn(kode integer) RETURNS text
AS 'MODULE_PATHNAME', 'ipasn_predikat_siasn'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.predikat_siasn(integer) IS
'SKP predicate of SIASN''s code, as skor_kinerja(text) takes it: 1 sangat baik, 2 baik, 3 butuh perbaikan, 4 kurang, 5 sangat kurang; any other code gives NULL';

CREATE FUNCTION @extschema@.predikat_siasn(kode numeric) RETURNS text
AS 'MODULE_PATHNAME', 'ipasn_predikat_siasn_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.predikat_siasn(numeric) IS
'SKP predicate of SIASN''s code kept in a decimal column (PermenPANRB 6/2022): 1.00 sangat baik, 2.00 baik, 3.00 butuh perbaikan, 4.00 kurang, 5.00 sangat kurang; a fractional value (2.50) or any other number is no code and gives NULL';

CREATE FUNCTION @extschema@.pendidikan_siasn(tk_pendidikan_id text) RETURNS @extschema@.pendidikan
AS 'MODULE_PATHNAME', 'ipasn_pendidikan_siasn'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pendidikan_siasn(text) IS
'pendidikan of SIASN''s tkPendidikanId (leading zero optional): 05 sd, 10/12 sltp, 15/17/18 slta, 20 d1, 25 d2, 30 d3, 35 d4, 40 s1, 45 s2, 50 s3; another code raises 22P02';

CREATE FUNCTION @extschema@.fungsional_dikecualikan(nama_jabatan text) RETURNS boolean
AS 'MODULE_PATHNAME', 'ipasn_fungsional_dikecualikan'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fungsional_dikecualikan(text) IS
'True when the position name holds one of the words dokter, guru, apoteker, perawat, bidan, asesor, psikolog (whole words, case-insensitive): positions that IP ASN credits with diklat fungsional without a certificate';

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

-- section: conversion

CREATE FUNCTION @extschema@.jp(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
	jumlah numeric, mulai date DEFAULT NULL, selesai date DEFAULT NULL)
RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_jp'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp(@extschema@.jalur, @extschema@.lingkup, numeric, date, date) IS
'JP of one competency-development record (Peraturan LAN 10/2018), two decimals, by the rule of ipasn.aturan_jp in force on mulai; per-day and per-month caps applied to the record alone. NULL jalur or lingkup, or an incomplete record, gives NULL; bad input raises 22023';

CREATE FUNCTION @extschema@.jp_explain(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
	jumlah numeric, mulai date DEFAULT NULL, selesai date DEFAULT NULL)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'ipasn_jp_explain'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_explain(@extschema@.jalur, @extschema@.lingkup, numeric, date, date) IS
'How ipasn.jp reached its number, for auditors: the rule row, unit, amount used, base JP, bonus, each cap that bit; a bad record shows its masalah instead of raising';

CREATE FUNCTION @extschema@.masalah(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
	jumlah numeric, mulai date DEFAULT NULL, selesai date DEFAULT NULL)
RETURNS text
AS 'MODULE_PATHNAME', 'ipasn_masalah'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.masalah(@extschema@.jalur, @extschema@.lingkup, numeric, date, date) IS
'What is wrong with a record, in Indonesian, or NULL when ipasn.jp accepts it and gives a value (an incomplete record is reported too). Never raises: list the rows to fix, or filter with WHERE ipasn.masalah(...) IS NULL';

-- section: aggregates

CREATE TYPE @extschema@.jp_state;

CREATE FUNCTION @extschema@.jp_state_in(cstring) RETURNS @extschema@.jp_state
AS 'MODULE_PATHNAME', 'ipasn_jp_state_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_state_in(cstring) IS
'Text input of ipasn.jp_state; validates every field (22P02 on malformed text)';

CREATE FUNCTION @extschema@.jp_state_out(@extschema@.jp_state) RETURNS cstring
AS 'MODULE_PATHNAME', 'ipasn_jp_state_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_state_out(@extschema@.jp_state) IS
'Text output of ipasn.jp_state: 1|fixed_h|kegiatan then one |D,... or |M,... per capped record';

CREATE FUNCTION @extschema@.jp_state_recv(internal) RETURNS @extschema@.jp_state
AS 'MODULE_PATHNAME', 'ipasn_jp_state_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_state_recv(internal) IS
'Binary input of ipasn.jp_state; validates every field';

CREATE FUNCTION @extschema@.jp_state_send(@extschema@.jp_state) RETURNS bytea
AS 'MODULE_PATHNAME', 'ipasn_jp_state_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_state_send(@extschema@.jp_state) IS
'Binary output of ipasn.jp_state';

CREATE TYPE @extschema@.jp_state (
	INPUT = @extschema@.jp_state_in,
	OUTPUT = @extschema@.jp_state_out,
	RECEIVE = @extschema@.jp_state_recv,
	SEND = @extschema@.jp_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.jp_state IS
'Partial state of the JP aggregates: the sum of uncapped JP and the capped records (by day or month). Storable, mergeable with ipasn.jp_merge, read with ipasn.jp_value';

CREATE FUNCTION @extschema@.jp_state_add(state @extschema@.jp_state,
	jalur @extschema@.jalur, lingkup @extschema@.lingkup, jumlah numeric,
	mulai date, selesai date)
RETURNS @extschema@.jp_state
AS 'MODULE_PATHNAME', 'ipasn_jp_state_add'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_state_add(@extschema@.jp_state, @extschema@.jalur, @extschema@.lingkup, numeric, date, date) IS
'Transition function of ipasn.jp_total and ipasn.jp_state_agg: adds one record (converted by the rule in force on its mulai) to a state';

CREATE FUNCTION @extschema@.jp_state_combine(a @extschema@.jp_state, b @extschema@.jp_state)
RETURNS @extschema@.jp_state
AS 'MODULE_PATHNAME', 'ipasn_jp_state_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_state_combine(@extschema@.jp_state, @extschema@.jp_state) IS
'Merges two JP states (NULL is the empty state): combine function of the JP aggregates and transition function of ipasn.jp_merge';

CREATE FUNCTION @extschema@.jp_value(state @extschema@.jp_state) RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_jp_value'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_value(@extschema@.jp_state) IS
'JP of the records in a state, with the per-day and per-month caps applied across records (Peraturan LAN 10/2018, Lampiran); final function of ipasn.jp_total';

CREATE FUNCTION @extschema@.jp_state_compact(state @extschema@.jp_state) RETURNS @extschema@.jp_state
AS 'MODULE_PATHNAME', 'ipasn_jp_state_compact'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_state_compact(@extschema@.jp_state) IS
'The state without spare room, for storing; final function of ipasn.jp_state_agg and ipasn.jp_merge';

CREATE FUNCTION @extschema@.jp_kegiatan(state @extschema@.jp_state) RETURNS bigint
AS 'MODULE_PATHNAME', 'ipasn_jp_state_kegiatan'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_kegiatan(@extschema@.jp_state) IS
'Number of records in a state that gave a JP value';

CREATE AGGREGATE @extschema@.jp_total(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
	jumlah numeric, mulai date, selesai date) (
	SFUNC = @extschema@.jp_state_add,
	STYPE = @extschema@.jp_state,
	FINALFUNC = @extschema@.jp_value,
	COMBINEFUNC = @extschema@.jp_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.jp_total(@extschema@.jalur, @extschema@.lingkup, numeric, date, date) IS
'JP of a person''s records with the caps across records of Peraturan LAN 10/2018, Lampiran (coaching/mentoring/bimbingan at most 2 a month, e-learning 3 (4) JP a day, belajar mandiri and komunitas belajar 2 JP a day); NULL over no rows or rows that all give NULL';

CREATE AGGREGATE @extschema@.jp_state_agg(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
	jumlah numeric, mulai date, selesai date) (
	SFUNC = @extschema@.jp_state_add,
	STYPE = @extschema@.jp_state,
	FINALFUNC = @extschema@.jp_state_compact,
	COMBINEFUNC = @extschema@.jp_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.jp_state_agg(@extschema@.jalur, @extschema@.lingkup, numeric, date, date) IS
'The partial state of ipasn.jp_total over the rows, to store or merge later: jp_total(x) = jp_value(jp_merge(jp_state_agg(x) over any partition of x))';

CREATE AGGREGATE @extschema@.jp_merge(@extschema@.jp_state) (
	SFUNC = @extschema@.jp_state_combine,
	STYPE = @extschema@.jp_state,
	FINALFUNC = @extschema@.jp_state_compact,
	COMBINEFUNC = @extschema@.jp_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.jp_merge(@extschema@.jp_state) IS
'Merges JP states (from ipasn.jp_state_agg, a summary table or another server) into one';

-- section: IP ASN score rule tables

CREATE TABLE @extschema@.aturan_ipasn (
	aturan text PRIMARY KEY,
	target_jp numeric(8,2) NOT NULL DEFAULT 20,
	target_jp_tinggi numeric(8,2) NOT NULL DEFAULT 40,
	jendela_jp_tahun integer NOT NULL DEFAULT 1,
	jendela_seminar_tahun integer NOT NULL DEFAULT 2,
	jendela_hukuman_tahun integer NOT NULL DEFAULT 5,
	induk text,
	bawaan boolean NOT NULL DEFAULT false,
	keterangan text,
	CONSTRAINT aturan_ipasn_nama CHECK (length(aturan) BETWEEN 1 AND 63),
	CONSTRAINT aturan_ipasn_target CHECK (target_jp > 0 AND target_jp_tinggi >= target_jp),
	CONSTRAINT aturan_ipasn_jendela CHECK (jendela_jp_tahun BETWEEN 1 AND 100
		AND jendela_seminar_tahun BETWEEN 1 AND 100
		AND jendela_hukuman_tahun BETWEEN 1 AND 100),
	CONSTRAINT aturan_ipasn_induk CHECK (induk IS DISTINCT FROM aturan)
);
COMMENT ON TABLE @extschema@.aturan_ipasn IS
'IP ASN rule sets (PermenPANRB 38/2018): per set, the JP target of the competency component (20 JP; target_jp_tinggi is the regional 40 JP), and the windows in years ending at as_of for the JP component (1), the seminar component (2) and penalties (5). The set in force is chosen with the setting ipasn.aturan. A set with no rows of its own in aturan_komponen or aturan_kinerja takes those of its induk. Built-in sets are recreated by CREATE EXTENSION; an agency''s sets (bawaan = false) survive pg_dump.';
COMMENT ON COLUMN @extschema@.aturan_ipasn.aturan IS 'name of the rule set, the value of the setting ipasn.aturan';
COMMENT ON COLUMN @extschema@.aturan_ipasn.target_jp IS 'JP a year that score the JP component in full (fewer score 0)';
COMMENT ON COLUMN @extschema@.aturan_ipasn.target_jp_tinggi IS 'the higher regional JP target (e.g. 40 JP, Instruksi Sekda DKI Jakarta 29/2023), for reports';
COMMENT ON COLUMN @extschema@.aturan_ipasn.jendela_jp_tahun IS 'window of the JP component in years, ending at as_of';
COMMENT ON COLUMN @extschema@.aturan_ipasn.jendela_seminar_tahun IS 'window of the seminar component in years, ending at as_of';
COMMENT ON COLUMN @extschema@.aturan_ipasn.jendela_hukuman_tahun IS 'window of disciplinary penalties in years, ending at as_of';
COMMENT ON COLUMN @extschema@.aturan_ipasn.induk IS 'rule set whose aturan_komponen and aturan_kinerja rows apply where this set has none of its own (checked when the set is used: no self-referencing foreign key, so that pg_dump orders the rows without warnings)';
COMMENT ON COLUMN @extschema@.aturan_ipasn.bawaan IS 'true for the rows shipped with ipasn (not dumped); false for an agency''s rows';

CREATE TRIGGER aturan_ipasn_berubah
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.aturan_ipasn
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.aturan_berubah();

INSERT INTO @extschema@.aturan_ipasn
	(aturan, target_jp, target_jp_tinggi, jendela_jp_tahun, jendela_seminar_tahun, jendela_hukuman_tahun, induk, bawaan, keterangan)
VALUES
	('permenpanrb_38_2018', 20, 40, 1, 2, 5, NULL, true,
	 'PermenPANRB 38/2018 and PP 11/2017 art. 203: every jalur but pendidikan counts toward the 20 JP'),
	('siasn', 20, 40, 1, 2, 5, 'permenpanrb_38_2018', true,
	 'SIASN''s course flags: only T (pelatihan_teknis) counts toward the 20 JP; F = pelatihan_fungsional; P = seminar, workshop, sosialisasi, bimtek, magang');

SELECT pg_catalog.pg_extension_config_dump('@extschema@.aturan_ipasn', 'WHERE NOT bawaan');
REVOKE ALL ON @extschema@.aturan_ipasn FROM PUBLIC;
GRANT SELECT ON @extschema@.aturan_ipasn TO PUBLIC;

CREATE TABLE @extschema@.aturan_komponen (
	aturan text NOT NULL REFERENCES @extschema@.aturan_ipasn (aturan) ON UPDATE CASCADE ON DELETE CASCADE,
	jalur @extschema@.jalur NOT NULL,
	komponen text NOT NULL,
	bawaan boolean NOT NULL DEFAULT false,
	PRIMARY KEY (aturan, jalur, komponen),
	CONSTRAINT aturan_komponen_komponen CHECK (komponen IN ('jp', 'seminar', 'fungsional'))
);
COMMENT ON TABLE @extschema@.aturan_komponen IS
'Which jalur feed which IP ASN competency component, per rule set: jp (its JP count toward the JP target), seminar (one record in the window meets the seminar component), fungsional (a diklat fungsional). A jalur may feed several components.';
COMMENT ON COLUMN @extschema@.aturan_komponen.komponen IS 'jp, seminar or fungsional';
COMMENT ON COLUMN @extschema@.aturan_komponen.bawaan IS 'true for the rows shipped with ipasn (not dumped); false for an agency''s rows';

CREATE TRIGGER aturan_komponen_berubah
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.aturan_komponen
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.aturan_berubah();

INSERT INTO @extschema@.aturan_komponen (aturan, jalur, komponen, bawaan)
SELECT 'permenpanrb_38_2018', j, 'jp', true
  FROM unnest(enum_range(NULL::@extschema@.jalur)) AS j
 WHERE j <> 'pendidikan';
INSERT INTO @extschema@.aturan_komponen (aturan, jalur, komponen, bawaan)
SELECT 'permenpanrb_38_2018', j::@extschema@.jalur, 'seminar', true
  FROM unnest(ARRAY['seminar', 'workshop', 'kursus', 'penataran', 'bimtek',
					'sosialisasi', 'magang', 'patok_banding', 'klasikal_lainnya',
					'nonklasikal_lainnya']) AS j;
INSERT INTO @extschema@.aturan_komponen (aturan, jalur, komponen, bawaan)
VALUES ('permenpanrb_38_2018', 'pelatihan_fungsional', 'fungsional', true);

INSERT INTO @extschema@.aturan_komponen (aturan, jalur, komponen, bawaan)
VALUES ('siasn', 'pelatihan_teknis', 'jp', true),
	('siasn', 'pelatihan_fungsional', 'fungsional', true);
INSERT INTO @extschema@.aturan_komponen (aturan, jalur, komponen, bawaan)
SELECT 'siasn', j::@extschema@.jalur, 'seminar', true
  FROM unnest(ARRAY['seminar', 'workshop', 'sosialisasi', 'bimtek', 'magang']) AS j;

SELECT pg_catalog.pg_extension_config_dump('@extschema@.aturan_komponen', 'WHERE NOT bawaan');
REVOKE ALL ON @extschema@.aturan_komponen FROM PUBLIC;
GRANT SELECT ON @extschema@.aturan_komponen TO PUBLIC;

CREATE TABLE @extschema@.aturan_kinerja (
	aturan text NOT NULL REFERENCES @extschema@.aturan_ipasn (aturan) ON UPDATE CASCADE ON DELETE CASCADE,
	predikat text NOT NULL,
	skor numeric(4,2) NOT NULL,
	bawaan boolean NOT NULL DEFAULT false,
	PRIMARY KEY (aturan, predikat),
	CONSTRAINT aturan_kinerja_predikat CHECK (predikat ~ '[[:alnum:]]'),
	CONSTRAINT aturan_kinerja_skor CHECK (skor BETWEEN 0 AND 30)
);
COMMENT ON TABLE @extschema@.aturan_kinerja IS
'Kinerja points (max 30) of each SKP predicate (PermenPANRB 6/2022), per rule set. ipasn.skor_kinerja(text) matches the predicate ignoring case, spaces and punctuation.';
COMMENT ON COLUMN @extschema@.aturan_kinerja.predikat IS 'SKP predicate as written, e.g. sangat baik';
COMMENT ON COLUMN @extschema@.aturan_kinerja.skor IS 'kinerja points, 0 to 30';
COMMENT ON COLUMN @extschema@.aturan_kinerja.bawaan IS 'true for the rows shipped with ipasn (not dumped); false for an agency''s rows';

CREATE TRIGGER aturan_kinerja_berubah
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.aturan_kinerja
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.aturan_berubah();

INSERT INTO @extschema@.aturan_kinerja (aturan, predikat, skor, bawaan)
VALUES ('permenpanrb_38_2018', 'sangat baik', 30, true),
	('permenpanrb_38_2018', 'baik', 25, true),
	('permenpanrb_38_2018', 'butuh perbaikan', 15, true),
	('permenpanrb_38_2018', 'kurang', 5, true),
	('permenpanrb_38_2018', 'kurang/misconduct', 5, true),
	('permenpanrb_38_2018', 'sangat kurang', 1, true);

SELECT pg_catalog.pg_extension_config_dump('@extschema@.aturan_kinerja', 'WHERE NOT bawaan');
REVOKE ALL ON @extschema@.aturan_kinerja FROM PUBLIC;
GRANT SELECT ON @extschema@.aturan_kinerja TO PUBLIC;

-- section: IP ASN scores

CREATE TYPE @extschema@.hasil AS (
	kualifikasi numeric,
	kompetensi numeric,
	kinerja numeric,
	disiplin numeric,
	total numeric,
	kategori @extschema@.kategori
);
COMMENT ON TYPE @extschema@.hasil IS
'IP ASN of one employee: the four dimension scores (max 25, 40, 30, 5), their total (max 100) and its category';

CREATE FUNCTION @extschema@.skor_kualifikasi(pendidikan @extschema@.pendidikan)
RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_skor_kualifikasi'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.skor_kualifikasi(@extschema@.pendidikan) IS
'IP ASN kualifikasi score (PermenPANRB 38/2018, max 25) of the highest formal education: s3 25, s2 20, s1/d4 15, d3 10, d2/d1/slta 5, below slta 1';

CREATE FUNCTION @extschema@.skor_kompetensi(jabatan @extschema@.jabatan,
	diklatpim @extschema@.diklatpim, fungsional boolean, jp_teknis numeric,
	seminar boolean)
RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_skor_kompetensi'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.skor_kompetensi(@extschema@.jabatan, @extschema@.diklatpim, boolean, numeric, boolean) IS
'IP ASN kompetensi score (PermenPANRB 38/2018, max 40): leadership training at the level the position requires (15, structural positions), diklat fungsional (15, fungsional), JP at or above the rule set''s target (15; pelaksana 22.5), seminar component (10; pelaksana 17.5). NULL diklatpim = none, NULL fungsional/seminar = not attended, NULL jp_teknis = 0; NULL jabatan gives NULL. Reads the rule set of ipasn.aturan';

CREATE FUNCTION @extschema@.skor_kinerja(kinerja numeric)
RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_skor_kinerja_nilai'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.skor_kinerja(numeric) IS
'IP ASN kinerja score (PermenPANRB 38/2018, max 30) of an SKP score 0-100: > 90 30, > 75 25, > 60 15, > 50 5, otherwise 1';

CREATE FUNCTION @extschema@.skor_kinerja(kinerja text)
RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_skor_kinerja_predikat'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.skor_kinerja(text) IS
'IP ASN kinerja score (PermenPANRB 38/2018, max 30) of an SKP predicate of PermenPANRB 6/2022 (sangat baik 30, baik 25, butuh perbaikan 15, kurang 5, sangat kurang 1), case-, space- and punctuation-insensitive, from ipasn.aturan_kinerja';

CREATE FUNCTION @extschema@.skor_disiplin(hukuman @extschema@.hukuman)
RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_skor_disiplin'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.skor_disiplin(@extschema@.hukuman) IS
'IP ASN disiplin score (PermenPANRB 38/2018, max 5) of the heaviest penalty in the window: NULL (none) 5, ringan 3, sedang 2, berat 1';

CREATE FUNCTION @extschema@.kategori(nilai numeric)
RETURNS @extschema@.kategori
AS 'MODULE_PATHNAME', 'ipasn_kategori'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kategori(numeric) IS
'IP ASN category (PermenPANRB 38/2018) of a 0-100 value: > 90 sangat_tinggi, > 80 tinggi, > 70 sedang, > 60 rendah, otherwise sangat_rendah';

CREATE FUNCTION @extschema@.ip_asn(pendidikan @extschema@.pendidikan,
	jabatan @extschema@.jabatan, diklatpim @extschema@.diklatpim,
	fungsional boolean, jp_teknis numeric, seminar boolean, kinerja numeric,
	hukuman @extschema@.hukuman)
RETURNS @extschema@.hasil
AS 'MODULE_PATHNAME', 'ipasn_ip_asn_nilai'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ip_asn(@extschema@.pendidikan, @extschema@.jabatan, @extschema@.diklatpim, boolean, numeric, boolean, numeric, @extschema@.hukuman) IS
'IP ASN (PermenPANRB 38/2018) of one employee with kinerja as the SKP score 0-100: the four dimensions, total and category. A NULL pendidikan, jabatan or kinerja gives NULL for that dimension, the total and the category';

CREATE FUNCTION @extschema@.ip_asn(pendidikan @extschema@.pendidikan,
	jabatan @extschema@.jabatan, diklatpim @extschema@.diklatpim,
	fungsional boolean, jp_teknis numeric, seminar boolean, kinerja text,
	hukuman @extschema@.hukuman)
RETURNS @extschema@.hasil
AS 'MODULE_PATHNAME', 'ipasn_ip_asn_predikat'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ip_asn(@extschema@.pendidikan, @extschema@.jabatan, @extschema@.diklatpim, boolean, numeric, boolean, text, @extschema@.hukuman) IS
'IP ASN (PermenPANRB 38/2018) of one employee with kinerja as the SKP predicate: the four dimensions, total and category. A NULL pendidikan, jabatan or kinerja gives NULL for that dimension, the total and the category';

CREATE FUNCTION @extschema@.saran(pendidikan @extschema@.pendidikan,
	jabatan @extschema@.jabatan, diklatpim @extschema@.diklatpim,
	fungsional boolean, jp_teknis numeric, seminar boolean, kinerja numeric,
	hukuman @extschema@.hukuman,
	OUT komponen text, OUT tambahan numeric, OUT tindakan text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'ipasn_saran_nilai'
LANGUAGE C STABLE PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.saran(@extschema@.pendidikan, @extschema@.jabatan, @extschema@.diklatpim, boolean, numeric, boolean, numeric, @extschema@.hukuman) IS
'What an employee can do next to raise IP ASN (kinerja as the SKP score): one row per component still short of its maximum, the points the next step adds, and the action in plain Indonesian; most points first';

CREATE FUNCTION @extschema@.saran(pendidikan @extschema@.pendidikan,
	jabatan @extschema@.jabatan, diklatpim @extschema@.diklatpim,
	fungsional boolean, jp_teknis numeric, seminar boolean, kinerja text,
	hukuman @extschema@.hukuman,
	OUT komponen text, OUT tambahan numeric, OUT tindakan text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'ipasn_saran_predikat'
LANGUAGE C STABLE PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.saran(@extschema@.pendidikan, @extschema@.jabatan, @extschema@.diklatpim, boolean, numeric, boolean, text, @extschema@.hukuman) IS
'What an employee can do next to raise IP ASN (kinerja as the SKP predicate): one row per component still short of its maximum, the points the next step adds, and the action in plain Indonesian; most points first';

-- section: profil (the competency history behind the IP ASN kompetensi dimension)

CREATE TYPE @extschema@.bangkom AS (
	jp numeric,
	jp_teknis numeric,
	seminar boolean,
	fungsional boolean,
	kegiatan bigint
);
COMMENT ON TYPE @extschema@.bangkom IS
'Competency-development profile of one employee at an as_of date: jp (all JP in the JP window, capped), jp_teknis (JP counting toward the 20-JP component), seminar (seminar component met in its window), fungsional (a diklat fungsional ever), kegiatan (records in the JP window that gave a JP value)';

CREATE FUNCTION @extschema@.profil_add(state @extschema@.jp_state,
	jalur @extschema@.jalur, lingkup @extschema@.lingkup, jumlah numeric,
	mulai date, selesai date, as_of date)
RETURNS @extschema@.jp_state
AS 'MODULE_PATHNAME', 'ipasn_profil_add'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.profil_add(@extschema@.jp_state, @extschema@.jalur, @extschema@.lingkup, numeric, date, date, date) IS
'Transition function of ipasn.profil_bangkom: adds a record to the state when it lies in the JP window ending on as_of, and notes the seminar and fungsional components (rule set of the setting ipasn.aturan)';

CREATE FUNCTION @extschema@.profil(state @extschema@.jp_state) RETURNS @extschema@.bangkom
AS 'MODULE_PATHNAME', 'ipasn_profil_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.profil(@extschema@.jp_state) IS
'The ipasn.bangkom profile of a state built by ipasn.profil_bangkom (or ipasn.profil_state_agg / ipasn.jp_merge of such states); final function of ipasn.profil_bangkom';

CREATE AGGREGATE @extschema@.profil_bangkom(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
	jumlah numeric, mulai date, selesai date, as_of date) (
	SFUNC = @extschema@.profil_add,
	STYPE = @extschema@.jp_state,
	FINALFUNC = @extschema@.profil,
	COMBINEFUNC = @extschema@.jp_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.profil_bangkom(@extschema@.jalur, @extschema@.lingkup, numeric, date, date, date) IS
'Competency-development profile of an employee at as_of, the inputs of the IP ASN kompetensi dimension (PermenPANRB 38/2018): JP in the 1-year window with the caps across records, JP toward the 20-JP component, seminar component in the 2-year window, any diklat fungsional, records counted; windows and mapping from the rule set of ipasn.aturan';

CREATE AGGREGATE @extschema@.profil_state_agg(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
	jumlah numeric, mulai date, selesai date, as_of date) (
	SFUNC = @extschema@.profil_add,
	STYPE = @extschema@.jp_state,
	FINALFUNC = @extschema@.jp_state_compact,
	COMBINEFUNC = @extschema@.jp_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.profil_state_agg(@extschema@.jalur, @extschema@.lingkup, numeric, date, date, date) IS
'The partial state of ipasn.profil_bangkom, to store or merge with ipasn.jp_merge and read with ipasn.profil';

CREATE FUNCTION @extschema@.hukuman_add(state @extschema@.hukuman, hukuman @extschema@.hukuman,
	tanggal date, as_of date)
RETURNS @extschema@.hukuman
AS 'MODULE_PATHNAME', 'ipasn_hukuman_add'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.hukuman_add(@extschema@.hukuman, @extschema@.hukuman, date, date) IS
'Transition function of ipasn.hukuman_terberat: keeps the heavier penalty when the decision date lies in the window ending on as_of (5 years by default, rule set of ipasn.aturan)';

CREATE FUNCTION @extschema@.hukuman_max(a @extschema@.hukuman, b @extschema@.hukuman)
RETURNS @extschema@.hukuman
AS 'MODULE_PATHNAME', 'ipasn_hukuman_max'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.hukuman_max(@extschema@.hukuman, @extschema@.hukuman) IS
'The heavier of two penalties (NULL = none); combine function of ipasn.hukuman_terberat';

CREATE AGGREGATE @extschema@.hukuman_terberat(hukuman @extschema@.hukuman, tanggal date, as_of date) (
	SFUNC = @extschema@.hukuman_add,
	STYPE = @extschema@.hukuman,
	COMBINEFUNC = @extschema@.hukuman_max,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.hukuman_terberat(@extschema@.hukuman, date, date) IS
'Heaviest disciplinary penalty (PP 94/2021) decided in the window ending on as_of (the 5 years up to as_of: after as_of minus 5 years, up to as_of inclusive); NULL if none. Penalties without a decision date are in no window';

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

-- section: triggers

CREATE FUNCTION @extschema@.isi_jp() RETURNS trigger
AS 'MODULE_PATHNAME', 'ipasn_isi_jp'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.isi_jp() IS
'Trigger BEFORE INSERT OR UPDATE FOR EACH ROW with seven arguments, the column names jalur, lingkup, jumlah, mulai, selesai, jp and jumlah_dalam: sets the jp column to ipasn.jp() of the other five. jumlah_dalam says what the jumlah column holds: ''jam'' (hours, as SIASN and most SIMPEG tables store them, read through ipasn.jumlah_jam) or ''satuan'' (the amount in each jalur''s unit of Peraturan LAN 10/2018, Lampiran); a trigger with the six arguments of ipasn 0.1.0 reads ''satuan''. jalur/lingkup may be the ipasn enums or text (parsed), jumlah numeric, an integer type or text, mulai/selesai date or timestamp. Bad data aborts the statement';

-- jumlah_dalam of the setup procedures and the rollup: the triggers' check
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

CREATE FUNCTION @extschema@.ringkas_jp() RETURNS trigger
AS 'MODULE_PATHNAME', 'ipasn_ringkas_jp'
LANGUAGE C;
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
