
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
