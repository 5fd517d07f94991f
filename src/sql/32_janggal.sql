-- section: conversion (implausible records)

CREATE FUNCTION @extschema@.janggal(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
	jumlah numeric, mulai date DEFAULT NULL, selesai date DEFAULT NULL)
RETURNS text
AS 'MODULE_PATHNAME', 'ipasn_janggal'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.janggal(@extschema@.jalur, @extschema@.lingkup, numeric, date, date) IS
'What does not fit in a record that ipasn.jp counts, in Indonesian, or NULL when it is plausible: with both dates, an amount in days or activities above the days of the dates, or more than 32 JP a day of them (32 x 45 minutes is a whole day); whatever the unit, a date after the current date. Never raises, never changes jp; a record ipasn.masalah refuses gives NULL here';
