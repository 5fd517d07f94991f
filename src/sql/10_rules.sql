
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
