
-- section: the record reader and the never-raising readers (views)

CREATE TYPE @extschema@.catatan AS (
	jalur @extschema@.jalur,
	lingkup @extschema@.lingkup,
	jumlah numeric,
	masalah text,
	kode text,
	janggal text
);
COMMENT ON TYPE @extschema@.catatan IS
'A training record as ipasn.baca_catatan reads it: jalur, lingkup and jumlah as ipasn.jp takes them; kode NULL when the record counts, ''tidak_lengkap'' when it counts for attendance only (jalur and lingkup kept, jumlah NULL), any other kode when it is invalid (jalur, lingkup and jumlah NULL); masalah the reason in Indonesian; janggal what does not fit in a counted record';

CREATE FUNCTION @extschema@.baca_catatan(jalur text, lingkup text, jumlah text,
	mulai date, selesai date, jumlah_dalam text)
RETURNS @extschema@.catatan
AS 'MODULE_PATHNAME', 'ipasn_baca_catatan_sql'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.baca_catatan(text, text, text, date, date, text) IS
'Reads one record of an agency''s training table as the triggers do (ipasn.sinonim first; hours through ipasn.jumlah_jam when jumlah_dalam is ''jam'', each jalur''s own unit when ''satuan''; a blank or missing lingkup reads as nasional, or as the scope word of the jalur text), never raising on the record''s values: what cannot be read is NULL, with masalah (Indonesian) and a stable kode (teks_tidak_dikenal, bukan_bangkom, jalur_kosong, jumlah_tidak_terbaca, jumlah_negatif, jumlah_melebihi_batas, desimal_lebih_dari_dua, tidak_bulat, selesai_sebelum_mulai, rentang_terlalu_panjang, tanggal_tidak_sah, aturan_tidak_ada, tidak_lengkap). Raises 22023 only for a jumlah_dalam other than ''jam'' or ''satuan''';

CREATE FUNCTION @extschema@.teks_jalur_or_null(teks text) RETURNS @extschema@.jalur
AS 'MODULE_PATHNAME', 'ipasn_teks_jalur_or_null'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teks_jalur_or_null(text) IS
'As ipasn.teks_jalur, never raising: NULL for no value, for unknown or ambiguous text and for a text ipasn.sinonim marks bukan_bangkom (ipasn.baca_catatan tells which)';

CREATE FUNCTION @extschema@.teks_lingkup_or_null(teks text) RETURNS @extschema@.lingkup
AS 'MODULE_PATHNAME', 'ipasn_teks_lingkup_or_null'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teks_lingkup_or_null(text) IS
'As ipasn.teks_lingkup, never raising: NULL for no value and for unknown text';

CREATE FUNCTION @extschema@.teks_pendidikan_or_null(teks text) RETURNS @extschema@.pendidikan
AS 'MODULE_PATHNAME', 'ipasn_teks_pendidikan_or_null'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teks_pendidikan_or_null(text) IS
'As ipasn.teks_pendidikan, never raising: NULL for no value and for unknown text';

CREATE FUNCTION @extschema@.teks_jabatan_or_null(teks text) RETURNS @extschema@.jabatan
AS 'MODULE_PATHNAME', 'ipasn_teks_jabatan_or_null'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teks_jabatan_or_null(text) IS
'As ipasn.teks_jabatan, never raising: NULL for no value and for unknown text';

CREATE FUNCTION @extschema@.teks_diklatpim_or_null(teks text) RETURNS @extschema@.diklatpim
AS 'MODULE_PATHNAME', 'ipasn_teks_diklatpim_or_null'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teks_diklatpim_or_null(text) IS
'As ipasn.teks_diklatpim, never raising: NULL for no value and for unknown text';

CREATE FUNCTION @extschema@.teks_hukuman_or_null(teks text) RETURNS @extschema@.hukuman
AS 'MODULE_PATHNAME', 'ipasn_teks_hukuman_or_null'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teks_hukuman_or_null(text) IS
'As ipasn.teks_hukuman, never raising: NULL for no value, for a measure that is no disciplinary penalty and for unknown text (count the unknown ones with ipasn.teks_label(''ipasn.hukuman'', teks) IS NULL: an unreadable penalty is not "no penalty")';

CREATE FUNCTION @extschema@.teks_jumlah_or_null(teks text) RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_teks_jumlah_or_null'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teks_jumlah_or_null(text) IS
'As ipasn.teks_jumlah, never raising: NULL for no value and for what teks_jumlah refuses (another unit, an ambiguous thousands separator, no number)';

CREATE FUNCTION @extschema@.teks_predikat(teks text) RETURNS text
AS 'MODULE_PATHNAME', 'ipasn_teks_predikat'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teks_predikat(text) IS
'Reads an SKP predicate as a table holds it into the predicate ipasn.skor_kinerja(text) takes, as the rule set in force writes it: no value (blank, "-", "n/a", "tidak ada") is NULL; an agency''s spellings in ipasn.sinonim (tipe ipasn.predikat) first, then the predicates of ipasn.aturan_kinerja (PermenPANRB 6/2022; PP 46/2011''s cukup and buruk; DP3''s amat baik), case, spaces and punctuation ignored; unknown text raises 22P02';

CREATE FUNCTION @extschema@.teks_predikat_or_null(teks text) RETURNS text
AS 'MODULE_PATHNAME', 'ipasn_teks_predikat_or_null'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teks_predikat_or_null(text) IS
'As ipasn.teks_predikat, never raising: NULL for no value and for unknown text';
