
-- realdata: hours as stored (jumlah_jam)

CREATE FUNCTION @extschema@.jumlah_jam(jalur @extschema@.jalur, jam numeric) RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_jumlah_jam_sql'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jumlah_jam(@extschema@.jalur, numeric) IS
'The jumlah of ipasn.jp for an hours value as SIASN and SIMPEG store it for every activity: the hours where ipasn.satuan(jalur) = ''jp'', NULL for a jalur counted in days, activities or semesters (days then come from the dates, an activity counts once, pendidikan without semesters is incomplete); a jam of 0 is not filled in (NULL). A negative jam or one with more than two decimals raises 22023';

-- realdata: predikat_siasn for a code kept in a decimal column

CREATE FUNCTION @extschema@.predikat_siasn(kode numeric) RETURNS text
AS 'MODULE_PATHNAME', 'ipasn_predikat_siasn_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.predikat_siasn(numeric) IS
'SKP predicate of SIASN''s code kept in a decimal column (PermenPANRB 6/2022): 1.00 sangat baik, 2.00 baik, 3.00 butuh perbaikan, 4.00 kurang, 5.00 sangat kurang; a fractional value (2.50) or any other number is no code and gives NULL';
