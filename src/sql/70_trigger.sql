
-- section: triggers

CREATE FUNCTION @extschema@.isi_jp() RETURNS trigger
AS 'MODULE_PATHNAME', 'ipasn_isi_jp'
LANGUAGE C;
-- (its COMMENT: 72_trigger_deklarasi.sql, which the update shares)

-- jumlah_dalam of the setup procedures and the summary: the triggers' check
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

-- SQL expressions reading a source column in its role, for the summary and
-- the backfill: the column resolver of the triggers (C), so that every
-- reading is defined once; checks the column
CREATE FUNCTION @extschema@._kolom_sql(sumber regclass, kolom text, peran text, alias text DEFAULT 's')
RETURNS text
AS 'MODULE_PATHNAME', 'ipasn_kolom_sql'
LANGUAGE C STABLE
SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION @extschema@._kolom_sql(regclass, text, text, text) IS
'Internal: the SQL expression that reads column kolom of sumber in a role (pegawai, jalur, lingkup, jumlah, mulai, selesai) the way ipasn.isi_jp and ipasn.ringkas_jp read it; raises on a missing or wrongly typed column';

CREATE FUNCTION @extschema@.ringkas_jp() RETURNS trigger
AS 'MODULE_PATHNAME', 'ipasn_ringkas_jp'
LANGUAGE C;

-- (ipasn.isi_ulang: 71_trigger_isi_ulang.sql, which the update shares)
