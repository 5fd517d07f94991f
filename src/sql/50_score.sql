
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
'Kinerja points (max 30) of each SKP predicate (PermenPANRB 6/2022; the earlier predicates of PP 46/2011, cukup and buruk, and DP3''s amat baik take the points of their bands), per rule set. ipasn.skor_kinerja(text) matches the predicate ignoring case, spaces and punctuation, after an agency''s spellings in ipasn.sinonim (tipe ipasn.predikat).';
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
	('permenpanrb_38_2018', 'sangat kurang', 1, true),
	('permenpanrb_38_2018', 'cukup', 15, true),
	('permenpanrb_38_2018', 'buruk', 1, true),
	('permenpanrb_38_2018', 'amat baik', 30, true);

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
'IP ASN kinerja score (PermenPANRB 38/2018, max 30) of an SKP predicate of PermenPANRB 6/2022 (sangat baik 30, baik 25, butuh perbaikan 15, kurang 5, sangat kurang 1), of PP 46/2011 (cukup 15, buruk 1) or DP3 (amat baik 30), case-, space- and punctuation-insensitive, from ipasn.aturan_kinerja after an agency''s spellings in ipasn.sinonim; unknown text raises 22P02';

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
