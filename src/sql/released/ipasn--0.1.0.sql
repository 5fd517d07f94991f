\echo Use "CREATE EXTENSION ipasn" to load this file. \quit

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
'JP of the records in a state, with the per-day and per-month caps applied across records (SPEC §2); final function of ipasn.jp_total';

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
'JP of a person''s records with the caps across records (coaching/mentoring/bimbingan at most 2 a month, e-learning 3 (4) JP a day, belajar mandiri and komunitas belajar 2 JP a day); NULL over no rows or rows that all give NULL';

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
'IP ASN kualifikasi score (max 25) of the highest formal education: s3 25, s2 20, s1/d4 15, d3 10, d2/d1/slta 5, below slta 1';

CREATE FUNCTION @extschema@.skor_kompetensi(jabatan @extschema@.jabatan,
	diklatpim @extschema@.diklatpim, fungsional boolean, jp_teknis numeric,
	seminar boolean)
RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_skor_kompetensi'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.skor_kompetensi(@extschema@.jabatan, @extschema@.diklatpim, boolean, numeric, boolean) IS
'IP ASN kompetensi score (max 40): leadership training at the level the position requires (15, structural positions), diklat fungsional (15, fungsional), JP at or above the rule set''s target (15; pelaksana 22.5), seminar component (10; pelaksana 17.5). NULL diklatpim = none, NULL fungsional/seminar = not attended, NULL jp_teknis = 0; NULL jabatan gives NULL. Reads the rule set of ipasn.aturan';

CREATE FUNCTION @extschema@.skor_kinerja(kinerja numeric)
RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_skor_kinerja_nilai'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.skor_kinerja(numeric) IS
'IP ASN kinerja score (max 30) of an SKP score 0-100: > 90 30, > 75 25, > 60 15, > 50 5, otherwise 1';

CREATE FUNCTION @extschema@.skor_kinerja(kinerja text)
RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_skor_kinerja_predikat'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.skor_kinerja(text) IS
'IP ASN kinerja score (max 30) of an SKP predicate (sangat baik 30, baik 25, butuh perbaikan 15, kurang 5, sangat kurang 1), case-, space- and punctuation-insensitive, from ipasn.aturan_kinerja';

CREATE FUNCTION @extschema@.skor_disiplin(hukuman @extschema@.hukuman)
RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_skor_disiplin'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.skor_disiplin(@extschema@.hukuman) IS
'IP ASN disiplin score (max 5) of the heaviest penalty in the window: NULL (none) 5, ringan 3, sedang 2, berat 1';

CREATE FUNCTION @extschema@.kategori(nilai numeric)
RETURNS @extschema@.kategori
AS 'MODULE_PATHNAME', 'ipasn_kategori'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kategori(numeric) IS
'IP ASN category of a 0-100 value: > 90 sangat_tinggi, > 80 tinggi, > 70 sedang, > 60 rendah, otherwise sangat_rendah';

CREATE FUNCTION @extschema@.ip_asn(pendidikan @extschema@.pendidikan,
	jabatan @extschema@.jabatan, diklatpim @extschema@.diklatpim,
	fungsional boolean, jp_teknis numeric, seminar boolean, kinerja numeric,
	hukuman @extschema@.hukuman)
RETURNS @extschema@.hasil
AS 'MODULE_PATHNAME', 'ipasn_ip_asn_nilai'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ip_asn(@extschema@.pendidikan, @extschema@.jabatan, @extschema@.diklatpim, boolean, numeric, boolean, numeric, @extschema@.hukuman) IS
'IP ASN of one employee with kinerja as the SKP score 0-100: the four dimensions, total and category. A NULL pendidikan, jabatan or kinerja gives NULL for that dimension, the total and the category';

CREATE FUNCTION @extschema@.ip_asn(pendidikan @extschema@.pendidikan,
	jabatan @extschema@.jabatan, diklatpim @extschema@.diklatpim,
	fungsional boolean, jp_teknis numeric, seminar boolean, kinerja text,
	hukuman @extschema@.hukuman)
RETURNS @extschema@.hasil
AS 'MODULE_PATHNAME', 'ipasn_ip_asn_predikat'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ip_asn(@extschema@.pendidikan, @extschema@.jabatan, @extschema@.diklatpim, boolean, numeric, boolean, text, @extschema@.hukuman) IS
'IP ASN of one employee with kinerja as the SKP predicate: the four dimensions, total and category. A NULL pendidikan, jabatan or kinerja gives NULL for that dimension, the total and the category';

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
'Competency-development profile of an employee at as_of (SPEC §3, §4): JP in the 1-year window with the caps across records, JP toward the 20-JP component, seminar component in the 2-year window, any diklat fungsional, records counted; windows and mapping from the rule set of ipasn.aturan';

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
'Heaviest disciplinary penalty decided in the window ending on as_of (the 5 years up to as_of: after as_of minus 5 years, up to as_of inclusive); NULL if none. Penalties without a decision date are in no window';

-- section: triggers

CREATE FUNCTION @extschema@.isi_jp() RETURNS trigger
AS 'MODULE_PATHNAME', 'ipasn_isi_jp'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.isi_jp() IS
'Trigger BEFORE INSERT OR UPDATE FOR EACH ROW with six arguments, the column names jalur, lingkup, jumlah, mulai, selesai, jp: sets the jp column to ipasn.jp() of the other five. jalur/lingkup may be the ipasn enums or text (parsed), jumlah numeric, an integer type or text, mulai/selesai date or timestamp. Bad data aborts the statement';

CREATE FUNCTION @extschema@.teks_jalur(teks text) RETURNS @extschema@.jalur
AS 'MODULE_PATHNAME', 'ipasn_teks_jalur'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teks_jalur(text) IS
'How the triggers read a text jalur column: blank text is NULL, anything else goes through ipasn.parse_jalur (22P02 on unknown text)';

CREATE FUNCTION @extschema@.teks_lingkup(teks text) RETURNS @extschema@.lingkup
AS 'MODULE_PATHNAME', 'ipasn_teks_lingkup'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teks_lingkup(text) IS
'How the triggers read a text lingkup column: blank text is NULL; nasional / dalam negeri, internasional / luar negeri (case-, space- and punctuation-insensitive); anything else raises 22P02';

CREATE FUNCTION @extschema@.teks_jumlah(teks text) RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_teks_jumlah'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teks_jumlah(text) IS
'How the triggers read a text jumlah column: blank text is NULL; a number with a dot or comma as decimal separator (12, 12.5, 12,5); a separator followed by exactly three digits (1.500) is refused as an ambiguous thousands separator; anything else raises 22P02';

-- SQL expressions reading a source column in its role, for the rollup and
-- the backfill (the same readings as ipasn.isi_jp); checks the column
CREATE FUNCTION @extschema@._kolom_sql(sumber regclass, kolom text, peran text, alias text DEFAULT 's')
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	a record;
	base oid;
	ref text := format('%I.%I', alias, kolom);
BEGIN
	SELECT att.attnum, att.atttypid, att.attgenerated, t.typtype, t.typbasetype
	  INTO a
	  FROM pg_attribute att JOIN pg_type t ON t.oid = att.atttypid
	 WHERE att.attrelid = sumber AND att.attname = kolom AND NOT att.attisdropped;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'column "%" given as % column does not exist in table %', kolom, peran, sumber
			USING ERRCODE = 'undefined_column',
			HINT = 'Column names in trigger arguments are case sensitive.';
	END IF;
	IF a.attnum <= 0 THEN
		RAISE EXCEPTION 'table % cannot be summarized by system column "%"', sumber, kolom
			USING ERRCODE = 'feature_not_supported';
	END IF;
	base := CASE WHEN a.typtype = 'd' THEN a.typbasetype ELSE a.atttypid END;
	IF peran = 'pegawai' THEN
		RETURN ref;
	ELSIF peran = 'jalur' AND base = '@extschema@.jalur'::regtype THEN
		RETURN ref;
	ELSIF peran = 'lingkup' AND base = '@extschema@.lingkup'::regtype THEN
		RETURN ref;
	ELSIF peran IN ('jalur', 'lingkup', 'jumlah') AND base IN ('text'::regtype, 'varchar'::regtype, 'bpchar'::regtype) THEN
		RETURN format('@extschema@.teks_%s(%s::text)', peran, ref);
	ELSIF peran = 'jumlah' AND base = 'numeric'::regtype THEN
		RETURN ref;
	ELSIF peran = 'jumlah' AND base IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype) THEN
		RETURN ref || '::numeric';
	ELSIF peran IN ('mulai', 'selesai') AND base = 'date'::regtype THEN
		RETURN ref;
	ELSIF peran IN ('mulai', 'selesai') AND base IN ('timestamp'::regtype, 'timestamptz'::regtype) THEN
		RETURN ref || '::date';
	END IF;
	RAISE EXCEPTION '% column "%" of table % has type %, which ipasn cannot use', peran, kolom, sumber, format_type(a.atttypid, NULL)
		USING ERRCODE = 'datatype_mismatch',
		HINT = CASE peran
			WHEN 'jalur' THEN 'The jalur column must be of type ipasn.jalur, text, varchar or char.'
			WHEN 'lingkup' THEN 'The lingkup column must be of type ipasn.lingkup, text, varchar or char.'
			WHEN 'jumlah' THEN 'The jumlah column must be of type numeric, smallint, integer, bigint, text, varchar or char.'
			ELSE 'The date columns must be of type date, timestamp or timestamptz.' END;
END
$fn$;
COMMENT ON FUNCTION @extschema@._kolom_sql(regclass, text, text, text) IS
'Internal: the SQL expression that reads column kolom of sumber in a role (pegawai, jalur, lingkup, jumlah, mulai, selesai) the way ipasn.isi_jp reads it; raises on a missing or wrongly typed column';

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
-- mulai, selesai (indexes 1..7), reading alias s.
CREATE FUNCTION @extschema@._sumber_sql(sumber regclass, kolom text[])
RETURNS text[]
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	e text[];
BEGIN
	IF array_length(kolom, 1) IS DISTINCT FROM 6 THEN
		RAISE EXCEPTION 'ipasn.ringkas_jp takes 7 arguments: the summary table and the columns pegawai, jalur, lingkup, jumlah, mulai, selesai'
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
	e[2] := format('(extract(year FROM coalesce(%s, %s)))::integer', e[7], e[6]);
	RETURN e;
END
$fn$;
COMMENT ON FUNCTION @extschema@._sumber_sql(regclass, text[]) IS
'Internal: SQL expressions (pegawai, tahun, jalur, lingkup, jumlah, mulai, selesai) of a training-record table for the rollup';

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
				 WHERE %3$s = k.pegawai AND %4$s = k.tahun) AS x),
		d AS (
			DELETE FROM %10$s AS r USING a
			 WHERE r.pegawai = a.pegawai AND r.tahun = a.tahun AND a.n = 0)
		UPDATE %10$s AS r
		   SET jp_state = a.st, jp = @extschema@.jp_value(a.st), jumlah_catatan = a.n
		  FROM a
		 WHERE r.pegawai = a.pegawai AND r.tahun = a.tahun AND a.n > 0
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
BEGIN
	ringkasan := @extschema@._ringkasan_relid(argumen[1], sumber);
	IF peristiwa = 'TRUNCATE' THEN
		perintah := ARRAY[format('DELETE FROM %s', ringkasan)];
		RETURN;
	END IF;
	e := @extschema@._sumber_sql(sumber, argumen[2:7]);
	IF peristiwa = 'INSERT' THEN
		perintah := ARRAY[format($q$
			INSERT INTO %1$s AS r (pegawai, tahun, jp, jumlah_catatan, jp_state)
			SELECT u.pegawai, u.tahun, @extschema@.jp_value(u.st), u.n, @extschema@.jp_state_compact(u.st)
			  FROM unnest($1, $2, $3, $4) AS u(pegawai, tahun, st, n)
			 ORDER BY u.pegawai, u.tahun
			ON CONFLICT (pegawai, tahun) DO UPDATE SET
				jp_state = @extschema@.jp_state_compact(@extschema@.jp_state_combine(r.jp_state, excluded.jp_state)),
				jp = @extschema@.jp_value(@extschema@.jp_state_combine(r.jp_state, excluded.jp_state)),
				jumlah_catatan = r.jumlah_catatan + excluded.jumlah_catatan
			$q$, ringkasan),
		-- the same for one group (a single-row INSERT), without arrays
		format($q$
			INSERT INTO %1$s AS r (pegawai, tahun, jp, jumlah_catatan, jp_state)
			VALUES ($1, $2, @extschema@.jp_value($3), $4, @extschema@.jp_state_compact($3))
			ON CONFLICT (pegawai, tahun) DO UPDATE SET
				jp_state = @extschema@.jp_state_compact(@extschema@.jp_state_combine(r.jp_state, excluded.jp_state)),
				jp = @extschema@.jp_value(@extschema@.jp_state_combine(r.jp_state, excluded.jp_state)),
				jumlah_catatan = r.jumlah_catatan + excluded.jumlah_catatan
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
'Rollup trigger AFTER INSERT / UPDATE / DELETE / TRUNCATE FOR EACH STATEMENT (one trigger per event, transition tables named baru and lama) with 7 arguments: summary table, columns pegawai, jalur, lingkup, jumlah, mulai, selesai. Keeps one summary row per employee and year (of selesai, else mulai): JP with the caps across records (jp_state), number of records. Inserts merge the new records'' states (grouped in C) into the rows; updates and deletes recompute the affected rows under row locks taken in key order. Its statements are prepared once per trigger and backend';

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
			memenuhi_20jp boolean GENERATED ALWAYS AS (coalesce(jp, 0) >= 20) STORED,
			memenuhi_40jp boolean GENERATED ALWAYS AS (coalesce(jp, 0) >= 40) STORED,
			jp_state @extschema@.jp_state,
			PRIMARY KEY (pegawai, tahun))
		$q$, nsp, rel, tipe);
	r := format('%I.%I', nsp, rel)::regclass;
	EXECUTE format('COMMENT ON TABLE %s IS %L', r,
		format('JP per employee and year of %s, kept by ipasn.ringkas_jp triggers', sumber));
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
'Creates a JP summary table (pegawai, tahun, jp, jumlah_catatan, memenuhi_20jp, memenuhi_40jp, jp_state; unqualified name: in the schema of sumber), the four ipasn.ringkas_jp triggers (<table>_tambah/_ubah/_hapus/_kosongkan) on sumber, and (isi) fills it from the rows already there';

CREATE PROCEDURE @extschema@.isi_ulang(sumber regclass,
	jalur text, lingkup text, jumlah text, mulai text, selesai text, jp text,
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
BEGIN
	IF blok_per_batch IS NULL OR blok_per_batch < 1 THEN
		RAISE EXCEPTION 'blok_per_batch must be at least 1' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	-- validates the columns (and the jp column: numeric)
	e := ARRAY[
		@extschema@._kolom_sql(sumber, jalur, 'jalur'),
		@extschema@._kolom_sql(sumber, lingkup, 'lingkup'),
		@extschema@._kolom_sql(sumber, jumlah, 'jumlah'),
		@extschema@._kolom_sql(sumber, mulai, 'mulai'),
		@extschema@._kolom_sql(sumber, selesai, 'selesai')];
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute
				   WHERE attrelid = sumber AND attname = jp AND attnum > 0
					 AND NOT attisdropped AND atttypid = 'pg_catalog.numeric'::pg_catalog.regtype) THEN
		RAISE EXCEPTION 'jp column "%" of table % does not exist or is not numeric', jp, sumber
			USING ERRCODE = 'datatype_mismatch';
	END IF;
	nblok := pg_catalog.pg_relation_size(sumber) / pg_catalog.current_setting('block_size')::bigint;
	q := pg_catalog.format($q$
		UPDATE %1$s AS s SET %2$I = v.jp
		  FROM (SELECT ctid, @extschema@.jp(%3$s, %4$s, %5$s, %6$s, %7$s) AS jp
				  FROM %1$s AS s
				 WHERE ctid >= pg_catalog.format('(%%s,0)', $1)::pg_catalog.tid
				   AND ctid < pg_catalog.format('(%%s,0)', $2)::pg_catalog.tid
				   AND ($3 OR %2$I IS NULL)) AS v
		 WHERE s.ctid = v.ctid AND s.%2$I IS DISTINCT FROM v.jp
		$q$, sumber, jp, e[1], e[2], e[3], e[4], e[5]);
	WHILE b < nblok LOOP
		EXECUTE q USING b, b + blok_per_batch, semua;
		GET DIAGNOSTICS n = ROW_COUNT;
		total := total + n;
		b := b + blok_per_batch;
		COMMIT;
		detik := greatest(extract(epoch FROM pg_catalog.clock_timestamp() - t0), 0.001);
		RAISE NOTICE 'isi_ulang %: blok % dari %, % baris diisi, % blok/detik, sisa sekitar % detik (lanjut dengan dari_blok => %)',
			sumber, least(b, nblok), nblok, total,
			round((least(b, nblok) - dari_blok) / detik, 1),
			round((nblok - least(b, nblok)) * detik / greatest(least(b, nblok) - dari_blok, 1)),
			least(b, nblok);
	END LOOP;
END
$fn$;
COMMENT ON PROCEDURE @extschema@.isi_ulang(regclass, text, text, text, text, text, text, boolean, integer, bigint) IS
'Backfill: sets the jp column of an existing table to ipasn.jp() of its columns, in batches of blok_per_batch table blocks (ctid ranges), COMMITting after each and reporting progress by NOTICE; only rows whose jp is NULL unless semua; rows already right are not rewritten. Restart with dari_blok from the last NOTICE, or from 0 (done rows are skipped). Call it outside a transaction block';

CREATE PROCEDURE @extschema@.isi_ulang_ringkasan(sumber regclass, ringkasan regclass,
	pegawai text, jalur text, lingkup text, jumlah text, mulai text, selesai text,
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
BEGIN
	IF pegawai_per_batch IS NULL OR pegawai_per_batch < 1 THEN
		RAISE EXCEPTION 'pegawai_per_batch must be at least 1' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	e := @extschema@._sumber_sql(sumber, ARRAY[pegawai, jalur, lingkup, jumlah, mulai, selesai]);
	SELECT pg_catalog.format_type(atttypid, atttypmod) INTO tipe
	  FROM pg_catalog.pg_attribute WHERE attrelid = ringkasan AND attname = 'pegawai';
	DROP TABLE IF EXISTS pg_temp.ipasn_isi_pegawai, pg_temp.ipasn_isi_kunci;
	EXECUTE pg_catalog.format('CREATE TEMP TABLE ipasn_isi_pegawai (pegawai %s) ON COMMIT DELETE ROWS', tipe);
	EXECUTE pg_catalog.format('CREATE TEMP TABLE ipasn_isi_kunci (pegawai %s, tahun integer) ON COMMIT DELETE ROWS', tipe);
	LOOP
		EXECUTE pg_catalog.format($q$
			INSERT INTO pg_temp.ipasn_isi_pegawai
			SELECT p FROM (SELECT %1$s AS p FROM %2$s AS s UNION SELECT pegawai FROM %3$s) AS x
			 WHERE p IS NOT NULL AND ($1 IS NULL OR p > $1::%4$s)
			 ORDER BY p LIMIT $2
			$q$, e[1], sumber, ringkasan, tipe) USING terakhir, pegawai_per_batch;
		GET DIAGNOSTICS n = ROW_COUNT;
		EXIT WHEN n = 0;
		EXECUTE pg_catalog.format($q$
			INSERT INTO pg_temp.ipasn_isi_kunci
			SELECT %1$s, %2$s FROM %3$s AS s WHERE %1$s IN (SELECT pegawai FROM pg_temp.ipasn_isi_pegawai)
			UNION
			SELECT pegawai, tahun FROM %4$s WHERE pegawai IN (SELECT pegawai FROM pg_temp.ipasn_isi_pegawai)
			$q$, e[1], e[2], sumber, ringkasan);
		q := @extschema@._ringkasan_sql(sumber, ringkasan, e, 'pg_temp.ipasn_isi_kunci');
		EXECUTE q[1];
		EXECUTE q[2];
		EXECUTE 'SELECT max(pegawai)::text FROM pg_temp.ipasn_isi_pegawai' INTO terakhir;
		total := total + n;
		COMMIT;
		RAISE NOTICE 'isi_ulang_ringkasan %: % pegawai selesai, % pegawai/detik (lanjut dengan dari_pegawai => %)',
			ringkasan, total,
			round(total / greatest(extract(epoch FROM pg_catalog.clock_timestamp() - t0), 0.001), 1),
			pg_catalog.quote_literal(terakhir);
	END LOOP;
	DROP TABLE IF EXISTS pg_temp.ipasn_isi_pegawai, pg_temp.ipasn_isi_kunci;
END
$fn$;
COMMENT ON PROCEDURE @extschema@.isi_ulang_ringkasan(regclass, regclass, text, text, text, text, text, text, integer, text) IS
'Backfill of a JP summary table (shape of ipasn.buat_ringkasan) from its source, pegawai_per_batch employees at a time in key order, each batch recomputed under row locks and COMMITted, progress by NOTICE; restart with dari_pegawai from the last NOTICE. Safe while the ringkas_jp triggers run. Call it outside a transaction block';
