-- The NULL-argument check shared by isi_ulang, buat_ringkasan and
-- isi_ulang_ringkasan (ipasn._wajib_diisi): 22004 naming the first
-- argument given as NULL, in the order of the function's parameters, with
-- the function's hint.
\set ON_ERROR_STOP 1
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SET LOCAL lc_messages = 'C';
SELECT plan(7);

-- the hint of an error, for the assertions below
CREATE FUNCTION pg_temp.petunjuk(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	h text;
BEGIN
	EXECUTE q;
	RETURN NULL;
EXCEPTION WHEN null_value_not_allowed THEN
	GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT;
	RETURN h;
END
$$;

SELECT throws_ok($$SELECT ipasn._wajib_diisi('f', 'Give a and c.', ARRAY['a', 'b', 'c'], ARRAY['1', NULL, NULL])$$,
	'22004', 'b of f must not be NULL', 'the first NULL in order is named (b, not c)');
SELECT lives_ok($$SELECT ipasn._wajib_diisi('f', 'Give a.', ARRAY['a', 'b'], ARRAY['1', ''])$$,
	'an empty text is a value, not NULL');
SELECT is(pg_temp.petunjuk($$SELECT ipasn._wajib_diisi('f', 'Give a.', ARRAY['a'], ARRAY[NULL])$$),
	'Give a.', 'the hint is the caller''s');

SELECT throws_ok($$SELECT ipasn.buat_ringkasan('pg_class', 'x', 'nip', 'jalur', 'lingkup', NULL, 'mulai', 'selesai', 'jam')$$,
	'22004', 'jumlah of ipasn.buat_ringkasan must not be NULL', 'buat_ringkasan: jumlah NULL');
SELECT is(pg_temp.petunjuk($$SELECT ipasn.buat_ringkasan('pg_class', 'x', 'nip', 'jalur', 'lingkup', NULL, 'mulai', 'selesai', 'jam')$$),
	'Give the source table, the summary table''s name and the names of the columns pegawai, jalur, lingkup, jumlah, mulai and selesai (a table with a year column, tahun, may have no date columns).',
	'buat_ringkasan: its hint');
-- with a year column, mulai and selesai may be NULL: the next argument named
SELECT throws_ok($$CALL ipasn.isi_ulang_ringkasan('pg_class', NULL, 'nip', 'jalur', 'lingkup', 'jumlah', NULL, NULL, 'jam', tahun => 'tahun')$$,
	'22004', 'ringkasan of ipasn.isi_ulang_ringkasan must not be NULL', 'isi_ulang_ringkasan: ringkasan NULL, dates NULL with tahun');
SELECT is(pg_temp.petunjuk($$CALL ipasn.isi_ulang('pg_class', 'jalur', 'lingkup', 'jumlah', 'mulai', NULL, 'jp', 'jam')$$),
	'Give the table and the names of the columns jalur, lingkup, jumlah, mulai, selesai and jp.',
	'isi_ulang: selesai NULL, its hint');

SELECT * FROM finish();
ROLLBACK;
