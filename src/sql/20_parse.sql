
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
