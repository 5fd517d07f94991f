
-- section: the arguments of the builders and backfills that must not be
-- NULL: one check for ipasn.isi_ulang, ipasn.buat_ringkasan and
-- ipasn.isi_ulang_ringkasan.  They pass their own name as 0.2.0 wrote it
-- in the message ("sumber of ipasn.isi_ulang must not be NULL"), which
-- scripts of users may match.
CREATE FUNCTION @extschema@._wajib_diisi(fungsi text, petunjuk text, nama text[], nilai text[])
RETURNS void
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
	kosong text;
BEGIN
	SELECT k.n INTO kosong
	  FROM ROWS FROM (pg_catalog.unnest(nama), pg_catalog.unnest(nilai)) WITH ORDINALITY AS k(n, v, i)
	 WHERE k.v IS NULL ORDER BY k.i LIMIT 1;
	IF kosong IS NOT NULL THEN
		RAISE EXCEPTION '% of % must not be NULL', kosong, fungsi
			USING ERRCODE = 'null_value_not_allowed', HINT = petunjuk;
	END IF;
END
$fn$;
COMMENT ON FUNCTION @extschema@._wajib_diisi(text, text, text[], text[]) IS
'Internal (ipasn.isi_ulang, ipasn.buat_ringkasan, ipasn.isi_ulang_ringkasan): raises 22004 naming the first of the argument names nama whose value, the same element of nilai, is NULL, with the hint petunjuk';
