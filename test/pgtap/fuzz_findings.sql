-- Findings of the libFuzzer harness (test/fuzz/fuzz_ipasn.c, make fuzz),
-- each kept as a regression test against the running server.
--
-- nilai_bkn's created_at is the date written YYYY-MM-DD in its first ten
-- characters (doc/bkn.md, Decisions); a year is 0001 to 9999 (there is no
-- year 0 in the Gregorian calendar, and PostgreSQL's date input refuses it).
-- The C reader used sscanf("%4d-%2d-%2d"), which also takes a sign or
-- blanks in a field: "+202-01-01" was read as the year 202, "2024-+3-05" as
-- 5 March 2024, "0000-02-29" as 29 February 1 BC.
\set QUIET 1
\set ON_ERROR_STOP 1
\pset format unaligned
\pset tuples_only true
\pset pager off
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SET LOCAL search_path = public, pg_catalog;
SET LOCAL lc_messages = 'C';
SELECT plan(8);

SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "kinerja": "25", "disiplin": "5", "subtotal": "75", "created_at": "+202-01-01"}'::jsonb)$$, '22007',
	'invalid BKN created_at: "+202-01-01"', 'a signed year is not YYYY (22007)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "kinerja": "25", "disiplin": "5", "subtotal": "75", "created_at": "2024-+3-05"}'::jsonb)$$, '22007',
	'invalid BKN created_at: "2024-+3-05"', 'a signed month is not MM (22007)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "kinerja": "25", "disiplin": "5", "subtotal": "75", "created_at": "2024- 3- 5 10:00"}'::jsonb)$$, '22007',
	'invalid BKN created_at: "2024- 3- 5 10:00"', 'blanks inside the date are not digits (22007)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "kinerja": "25", "disiplin": "5", "subtotal": "75", "created_at": "-001-01-01"}'::jsonb)$$, '22007',
	'invalid BKN created_at: "-001-01-01"', 'a negative year is refused (22007)');
SELECT throws_ok($$SELECT ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "kinerja": "25", "disiplin": "5", "subtotal": "75", "created_at": "0000-02-29"}'::jsonb)$$, '22007',
	'invalid BKN created_at: "0000-02-29"', 'there is no year 0 (22007)');
-- what stays accepted: the first and the last day a four-digit year can write
SELECT is((ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "kinerja": "25", "disiplin": "5", "subtotal": "75", "created_at": "0001-01-01"}'::jsonb)).diambil,
	'0001-01-01'::date, 'year 0001 is read');
SELECT is((ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "kinerja": "25", "disiplin": "5", "subtotal": "75", "created_at": "9999-12-31T23:59:59Z"}'::jsonb)).diambil,
	'9999-12-31'::date, '31 December 9999 is read, its time ignored');
SELECT is((ipasn.nilai_bkn('{"kualifikasi": "15", "kompetensi": "30", "kinerja": "25", "disiplin": "5", "subtotal": "75", "created_at": "  2024-02-29"}'::jsonb)).diambil,
	'2024-02-29'::date, 'blanks before the date are skipped; 2024 is a leap year');

SELECT * FROM finish();
ROLLBACK;
