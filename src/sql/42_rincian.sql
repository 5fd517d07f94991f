-- section: conversion (the explanation of a person's JP)

CREATE FUNCTION @extschema@.jp_rincian(jalur @extschema@.jalur[], lingkup @extschema@.lingkup[],
	jumlah numeric[], mulai date[], selesai date[], id text[] DEFAULT NULL)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'ipasn_jp_rincian'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_rincian(@extschema@.jalur[], @extschema@.lingkup[], numeric[], date[], date[], text[]) IS
'Explanation of ipasn.jp_total over one person''s records (one array element per record, built with array_agg; id: the caller''s labels), as jsonb: each record with what it gives alone or why it gives nothing (masalah, kode), and each cap across records of Peraturan LAN 10/2018, Lampiran, that cut them (the day or month, the records sharing it, what was cut); jp = jp_per_catatan - terpotong = jp_total over the same rows. Never raises on a record''s values';
