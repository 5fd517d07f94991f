
-- section: tables that store hours

CREATE FUNCTION @extschema@.jumlah_jam(jalur @extschema@.jalur, jam numeric) RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_jumlah_jam_sql'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jumlah_jam(@extschema@.jalur, numeric) IS
'The jumlah of ipasn.jp for an hours value as SIASN and SIMPEG store it for every activity: the hours where ipasn.satuan(jalur) = ''jp'', NULL for a jalur counted in days, activities or semesters (days then come from the dates, an activity counts once, pendidikan without semesters is incomplete); a jam of 0 is not filled in (NULL). A negative jam or one with more than two decimals raises 22023';
