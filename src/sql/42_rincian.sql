-- section: aggregates (the explanation of a person's JP)

CREATE FUNCTION @extschema@.jp_rincian_add(state internal,
	jalur @extschema@.jalur, lingkup @extschema@.lingkup, jumlah numeric,
	mulai date, selesai date, id text)
RETURNS internal
AS 'MODULE_PATHNAME', 'ipasn_jp_rincian_add'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_rincian_add(internal, @extschema@.jalur, @extschema@.lingkup, numeric, date, date, text) IS
'Transition function of ipasn.jp_rincian: keeps the record';

CREATE FUNCTION @extschema@.jp_rincian_final(state internal)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'ipasn_jp_rincian_final'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_rincian_final(internal) IS
'Final function of ipasn.jp_rincian: converts the records and applies the caps across them';

CREATE AGGREGATE @extschema@.jp_rincian(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
	jumlah numeric, mulai date, selesai date, id text) (
	SFUNC = @extschema@.jp_rincian_add,
	STYPE = internal,
	FINALFUNC = @extschema@.jp_rincian_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.jp_rincian(@extschema@.jalur, @extschema@.lingkup, numeric, date, date, text) IS
'Explanation of ipasn.jp_total over the same rows (one person''s year), as jsonb: each record (id: the caller''s label) with what it gives alone or why it gives nothing (masalah, kode), and each cap across records of Peraturan LAN 10/2018, Lampiran, that cut them (the day or month, the records sharing it, what was cut); jp = jp_per_catatan - terpotong = jp_total. Never raises on a record''s values';
