-- Bad-input matrix: ipasn.jp_state text input and output (jp_state_in,
-- jp_state_out) and binary input and output (jp_state_recv, jp_state_send),
-- the latter reached from SQL through COPY ... (FORMAT binary) of a file
-- written with lo_export (the test must run as a superuser).  A malformed
-- state raises 22P02 ("malformed jp_state"); a binary message too
-- short or too long raises 08P01 (PostgreSQL's own message checks).
-- Text form: 1|fixed_h|kegiatan|fixed_teknis_h|flags then
-- |D,jalur,lingkup,teknis,day,days,cap,bonus,value or |M,... entries.
-- (drafted by test/fuzz/matrix_gen.py from test/fuzz/matrix_cases.py,
-- every value and message reviewed; see test/fuzz/MATRIX.md)
\set QUIET 1
\set ON_ERROR_STOP 1
\pset format unaligned
\pset tuples_only true
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SET LOCAL search_path = public, pg_catalog;
SET LOCAL lc_messages = 'C';
SET LOCAL TimeZone = 'UTC';
SET LOCAL DateStyle = 'ISO, YMD';
SET LOCAL ipasn.aturan = 'permenpanrb_38_2018';
CREATE TEMP TABLE matrix_bin (s ipasn.jp_state);
-- reads one jp_state through jp_state_recv: a binary COPY file holding one
-- row of one field whose bytes are the payload
CREATE FUNCTION pg_temp.recv_state(payload bytea) RETURNS text
LANGUAGE plpgsql AS $f$
DECLARE
	f text := '/tmp/ipasn_matrix_' || pg_backend_pid() || '.bin';
	lo oid;
	r text;
BEGIN
	lo := lo_from_bytea(0, '\x5047434f50590aff0d0a00'::bytea || int4send(0) || int4send(0)
		|| int2send(1::int2) || int4send(length(payload)) || payload || int2send(-1::int2));
	PERFORM lo_export(lo, f);
	PERFORM lo_unlink(lo);
	TRUNCATE matrix_bin;
	EXECUTE format('COPY matrix_bin FROM %L WITH (FORMAT binary)', f);
	SELECT s::text INTO r FROM matrix_bin;
	RETURN r;
END
$f$;
SELECT plan(143);

-- text input
SELECT throws_ok($q$SELECT ''::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: ""', 'jp_state_in: empty');
SELECT throws_ok($q$SELECT '   '::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "   "', 'jp_state_in: spaces');
SELECT throws_ok($q$SELECT '1'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1"', 'jp_state_in: version only');
SELECT throws_ok($q$SELECT '1|'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|"', 'jp_state_in: version and separator');
SELECT throws_ok($q$SELECT '0|0|0|0|0'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "0|0|0|0|0"', 'jp_state_in: version 0');
SELECT throws_ok($q$SELECT '3|0|0|0|0'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "3|0|0|0|0"', 'jp_state_in: version 3');
SELECT throws_ok($q$SELECT '256|0|0|0|0'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "256|0|0|0|0"', 'jp_state_in: version 256');
SELECT throws_ok($q$SELECT '-1|0|0|0|0'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "-1|0|0|0|0"', 'jp_state_in: version -1');
SELECT throws_ok($q$SELECT '1|||||'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|||||"', 'jp_state_in: no fields after the version');
SELECT is((SELECT '1|0|0|0|0'::ipasn.jp_state::text)::text, '2|0|0|0|0', 'jp_state_in: a valid empty state');
SELECT throws_ok($q$SELECT ' 1|0|0|0|0'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: " 1|0|0|0|0"', 'jp_state_in: leading space');
SELECT throws_ok($q$SELECT '1|0|0|0|0 '::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|0|0|0 "', 'jp_state_in: trailing space');
SELECT throws_ok($q$SELECT '1|0|0|0|0|'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|0|0|0|"', 'jp_state_in: trailing separator');
SELECT throws_ok($q$SELECT '1|x|0|0|0'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|x|0|0|0"', 'jp_state_in: letters for a number');
SELECT throws_ok($q$SELECT '1|-1|0|0|0'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|-1|0|0|0"', 'jp_state_in: negative total');
SELECT is((SELECT '1|2305843009213693951|1|0|0'::ipasn.jp_state::text)::text, '2|2305843009213693951|1|0|0', 'jp_state_in: total at the limit INT64_MAX/4');
SELECT throws_ok($q$SELECT '1|2305843009213693952|1|0|0'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|2305843009213693952|1|0|0"', 'jp_state_in: total beyond INT64_MAX/4');
SELECT throws_ok($q$SELECT '1|9223372036854775807|1|0|0'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|9223372036854775807|1|0|0"', 'jp_state_in: total int64 max');
SELECT throws_ok($q$SELECT '1|99999999999999999999|1|0|0'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|99999999999999999999|1|0|0"', 'jp_state_in: total beyond int64');
SELECT throws_ok($q$SELECT '1|0|-1|0|0'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|-1|0|0"', 'jp_state_in: negative kegiatan');
SELECT throws_ok($q$SELECT '1|100|1|101|0'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|100|1|101|0"', 'jp_state_in: teknis above total');
SELECT is((SELECT '1|0|0|0|3'::ipasn.jp_state::text)::text, '2|0|0|0|3', 'jp_state_in: flags 3');
SELECT throws_ok($q$SELECT '1|0|0|0|4'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|0|0|4"', 'jp_state_in: flags 4');
SELECT throws_ok($q$SELECT '1|0|0|0|-1'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|0|0|-1"', 'jp_state_in: flags -1');
SELECT throws_ok($q$SELECT '1|1.5|1|0|0'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|1.5|1|0|0"', 'jp_state_in: decimal total');
SELECT throws_ok($q$SELECT '1|+1|1|0|0'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|+1|1|0|0"', 'jp_state_in: plus sign');
SELECT is((SELECT '1|0|1|0|0|M,coaching,nasional,0,24288,1,2,0,200'::ipasn.jp_state::text)::text, '2|0|1|0|0|M,coaching,nasional,0,24288,1,2,0,200', 'jp_state_in: valid monthly entry');
SELECT is((SELECT '1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,500'::ipasn.jp_state::text)::text, '2|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,300', 'jp_state_in: valid daily entry');
SELECT is((SELECT '1|0|1|0|0|D,e_learning,internasional,1,-,1,400,0,500'::ipasn.jp_state::text)::text, '2|0|1|0|0|D,e_learning,internasional,1,-,1,400,0,400', 'jp_state_in: valid undated daily entry');
SELECT throws_ok($q$SELECT '1|0|1|0|0|X,coaching,nasional,0,24288,1,2,0,200'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|X,coaching,nasional,0,24288,1,2,0,200"', 'jp_state_in: entry kind X');
SELECT throws_ok($q$SELECT '1|0|1|0|0|m,coaching,nasional,0,24288,1,2,0,200'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|m,coaching,nasional,0,24288,1,2,0,200"', 'jp_state_in: lower-case entry kind');
SELECT throws_ok($q$SELECT '1|0|1|0|0|M,webinar,nasional,0,24288,1,2,0,200'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|M,webinar,nasional,0,24288,1,2,0,200"', 'jp_state_in: unknown jalur');
SELECT throws_ok($q$SELECT '1|0|1|0|0|M,coaching,regional,0,24288,1,2,0,200'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|M,coaching,regional,0,24288,1,2,0,200"', 'jp_state_in: unknown lingkup');
SELECT throws_ok($q$SELECT '1|0|1|0|0|M,coaching,nasional,2,24288,1,2,0,200'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|M,coaching,nasional,2,24288,1,2,0,200"', 'jp_state_in: teknis 2');
SELECT throws_ok($q$SELECT '1|0|1|0|0|M,coaching,nasional,0,24288,1,2,20,200'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|M,coaching,nasional,0,24288,1,2,20,200"', 'jp_state_in: monthly entry with a bonus');
SELECT throws_ok($q$SELECT '1|0|1|0|0|M,coaching,nasional,0,24288,101,2,0,200'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|M,coaching,nasional,0,24288,101,2,0,200"', 'jp_state_in: monthly entry of 101 activities');
SELECT is((SELECT '1|0|1|0|0|M,coaching,nasional,0,24288,0,2,0,200'::ipasn.jp_state::text)::text, '2|0|1|0|0|M,coaching,nasional,0,24288,0,2,0,0', 'jp_state_in: monthly entry of 0 activities');
SELECT throws_ok($q$SELECT '1|0|1|0|0|M,coaching,nasional,0,24288,1,0,0,200'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|M,coaching,nasional,0,24288,1,0,0,200"', 'jp_state_in: monthly cap 0');
SELECT throws_ok($q$SELECT '1|0|1|0|0|M,coaching,nasional,0,24288,1,100000001,0,200'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|M,coaching,nasional,0,24288,1,100000001,0,200"', 'jp_state_in: monthly cap 100000001');
SELECT throws_ok($q$SELECT '1|0|1|0|0|M,coaching,nasional,0,-56557,1,2,0,200'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|M,coaching,nasional,0,-56557,1,2,0,200"', 'jp_state_in: month before 4713 BC');
SELECT is((SELECT '1|0|1|0|0|M,coaching,nasional,0,-56556,1,2,0,200'::ipasn.jp_state::text)::text, '2|0|1|0|0|M,coaching,nasional,0,-56556,1,2,0,200', 'jp_state_in: first month, 4713 BC');
SELECT throws_ok($q$SELECT '1|0|1|0|0|M,coaching,nasional,0,70498777,1,2,0,200'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|M,coaching,nasional,0,70498777,1,2,0,200"', 'jp_state_in: month after 5874897');
SELECT throws_ok($q$SELECT '1|0|1|0|0|D,e_learning,nasional,0,8766,0,300,0,500'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|D,e_learning,nasional,0,8766,0,300,0,500"', 'jp_state_in: daily entry of 0 days');
SELECT throws_ok($q$SELECT '1|0|1|0|0|D,e_learning,nasional,0,8766,367,300,0,500'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|D,e_learning,nasional,0,8766,367,300,0,500"', 'jp_state_in: daily entry of 367 days');
SELECT throws_ok($q$SELECT '1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,1001,500'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,1001,500"', 'jp_state_in: daily bonus 1001');
SELECT throws_ok($q$SELECT '1|0|1|0|0|D,e_learning,nasional,0,2147483000,1,300,0,500'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|D,e_learning,nasional,0,2147483000,1,300,0,500"', 'jp_state_in: daily day beyond 5874897-12-31');
SELECT throws_ok($q$SELECT '1|0|1|0|0|D,e_learning,nasional,0,-2451546,1,300,0,500'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|D,e_learning,nasional,0,-2451546,1,300,0,500"', 'jp_state_in: daily day before 4713-11-24 BC');
SELECT is((SELECT '1|0|1|0|0|D,e_learning,nasional,0,-2451545,1,300,0,500'::ipasn.jp_state::text)::text, '2|0|1|0|0|D,e_learning,nasional,0,-2451545,1,300,0,300', 'jp_state_in: daily day 4713-11-24 BC');
SELECT throws_ok($q$SELECT '1|0|1|0|0|D,e_learning,nasional,0,2145031948,2,300,0,500'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|D,e_learning,nasional,0,2145031948,2,300,0,500"', 'jp_state_in: daily days running past 5874897-12-31');
SELECT is((SELECT '1|0|1|0|0|D,e_learning,nasional,0,2145031948,1,300,0,500'::ipasn.jp_state::text)::text, '2|0|1|0|0|D,e_learning,nasional,0,2145031948,1,300,0,300', 'jp_state_in: daily day 5874897-12-31');
SELECT throws_ok($q$SELECT '1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,-1'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,-1"', 'jp_state_in: negative value');
SELECT throws_ok($q$SELECT '1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,1000000001'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,1000000001"', 'jp_state_in: value 1000000001');
SELECT throws_ok($q$SELECT '1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,9223372036854775807'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,9223372036854775807"', 'jp_state_in: value int64 max');
SELECT throws_ok($q$SELECT '1|0|0|0|0|D,e_learning,nasional,0,8766,1,300,0,500'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|0|0|0|D,e_learning,nasional,0,8766,1,300,0,500"', 'jp_state_in: fewer records than entries');
SELECT throws_ok($q$SELECT '1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0"', 'jp_state_in: missing field');
SELECT throws_ok($q$SELECT '1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,500,7'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,500,7"', 'jp_state_in: extra field');
SELECT throws_ok($q$SELECT '1|0|1|0|0|D,e_learning,nasional,0,-5x,1,300,0,500'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|D,e_learning,nasional,0,-5x,1,300,0,500"', 'jp_state_in: ''-'' key followed by digits');
SELECT throws_ok($q$SELECT '1|0|1|0|0|D, e_learning,nasional,0,8766,1,300,0,500'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|D, e_learning,nasional,0,8766,1,300,0,500"', 'jp_state_in: space inside');
SELECT throws_ok($q$SELECT '1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,500xyz'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,500xyz"', 'jp_state_in: garbage after an entry');
SELECT throws_ok($q$SELECT '1|99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "1|99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999..."', 'jp_state_in: 200 characters of garbage');
SELECT is((SELECT NULL::ipasn.jp_state::text)::text, NULL, 'jp_state_in: NULL');
SELECT is((SELECT ipasn.jp_state_in(NULL))::text, NULL, 'jp_state_in: called directly with NULL');
SELECT is((SELECT ipasn.jp_state_out(NULL))::text, NULL, 'jp_state_out: called directly with NULL');
SELECT is((SELECT ipasn.jp_state_send(NULL))::text, NULL, 'jp_state_send: NULL');
SELECT throws_ok($q$SELECT ipasn.jp_state_recv(NULL)$q$, '42883', 'function ipasn.jp_state_recv(unknown) does not exist', 'jp_state_recv cannot be called from SQL');
SELECT is((SELECT ipasn.jp_value('1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,500'))::text, '3.00', 'jp_value of the daily entry: 3 JP cap, 5 JP spread = 3');
SELECT is((SELECT ipasn.jp_value('1|0|2|0|0|D,e_learning,nasional,0,8766,1,300,0,200|D,e_learning,nasional,0,8766,1,300,0,200'))::text, '3.00', 'jp_value of two entries on one day');
SELECT is((SELECT s::text = s::text::ipasn.jp_state::text FROM (SELECT ipasn.jp_state_agg(j, l, n, m, NULL) AS s FROM (VALUES ('e_learning'::ipasn.jalur, 'nasional'::ipasn.lingkup, 5::numeric, '2024-01-01'::date), ('coaching', 'internasional', 3, '2024-02-01'), ('seminar', 'nasional', 2, NULL)) AS r(j, l, n, m)) AS t)::text, 'true', 'round trip of an aggregate''s state');

-- canonical output
SELECT is((SELECT '1|0|2|0|0|M,coaching,nasional,0,24288,1,2,0,200|D,e_learning,nasional,0,8766,1,300,0,500'::ipasn.jp_state::text)::text, '2|0|2|0|0|D,e_learning,nasional,0,8766,1,300,0,300|M,coaching,nasional,0,24288,1,2,0,200', 'jp_state_out: per-day entries before per-month ones, whatever the order of the text');
SELECT is((SELECT ipasn.jp_value('1|0|2|0|0|M,coaching,nasional,0,24288,1,2,0,200|D,e_learning,nasional,0,8766,1,300,0,500'))::text, '5.00', 'jp_state_in: entries out of the canonical order (as 0.1.0 wrote them) are read: coaching 2 + e_learning 3 (capped) = 5.00');
SELECT is((SELECT ipasn.jp_state_agg(j, l, n, m, NULL ORDER BY k)::text FROM (VALUES (1, 'e_learning'::ipasn.jalur, 'nasional'::ipasn.lingkup, 5::numeric, '2024-01-01'::date), (2, 'coaching', 'internasional', 3, '2024-02-01'), (3, 'seminar', 'nasional', 2, NULL), (4, 'coaching', 'nasional', 1, '2024-01-15'), (5, 'e_learning', 'nasional', 2, '2023-12-31')) AS r(k, j, l, n, m))::text, '2|800|5|0|0|D,e_learning,nasional,0,8765,1,300,0,200|D,e_learning,nasional,0,8766,1,300,0,300|M,coaching,nasional,0,24288,1,2,0,200|M,coaching,nasional,0,24289,2,2,0,400', 'jp_state_agg: five records in one order');
SELECT is((SELECT ipasn.jp_state_agg(j, l, n, m, NULL ORDER BY k DESC)::text FROM (VALUES (1, 'e_learning'::ipasn.jalur, 'nasional'::ipasn.lingkup, 5::numeric, '2024-01-01'::date), (2, 'coaching', 'internasional', 3, '2024-02-01'), (3, 'seminar', 'nasional', 2, NULL), (4, 'coaching', 'nasional', 1, '2024-01-15'), (5, 'e_learning', 'nasional', 2, '2023-12-31')) AS r(k, j, l, n, m))::text, '2|800|5|0|0|D,e_learning,nasional,0,8765,1,300,0,200|D,e_learning,nasional,0,8766,1,300,0,300|M,coaching,nasional,0,24288,1,2,0,200|M,coaching,nasional,0,24289,2,2,0,400', 'jp_state_agg: the same five records in the reverse order print the same text');
SELECT is((SELECT ipasn.jp_total(j, l, n, m, NULL) FROM (VALUES (1, 'e_learning'::ipasn.jalur, 'nasional'::ipasn.lingkup, 5::numeric, '2024-01-01'::date), (2, 'coaching', 'internasional', 3, '2024-02-01'), (3, 'seminar', 'nasional', 2, NULL), (4, 'coaching', 'nasional', 1, '2024-01-15'), (5, 'e_learning', 'nasional', 2, '2023-12-31')) AS r(k, j, l, n, m))::text, '23.00', 'jp_total of the five records: e_learning 3 (of 5, capped at 3 a day) + coaching internasional 2 x 4 (of 3, at most 2 a month) + seminar 2 x 4 + coaching 2 + e_learning 2 = 23.00');
SELECT is((SELECT ipasn.jp_merge(s ORDER BY k)::text = ipasn.jp_merge(s ORDER BY k DESC)::text FROM (SELECT k, ipasn.jp_state_agg(j, l, n, m, NULL) AS s FROM (VALUES (1, 'e_learning'::ipasn.jalur, 'nasional'::ipasn.lingkup, 5::numeric, '2024-01-01'::date), (2, 'coaching', 'internasional', 3, '2024-02-01'), (3, 'seminar', 'nasional', 2, NULL), (4, 'coaching', 'nasional', 1, '2024-01-15'), (5, 'e_learning', 'nasional', 2, '2023-12-31')) AS r(k, j, l, n, m) GROUP BY k) AS t)::text, 'true', 'jp_merge: two states merged in either order print the same text');
SELECT is((SELECT ipasn.jp_state_send(ipasn.jp_state_agg(j, l, n, m, NULL ORDER BY k)) = ipasn.jp_state_send(ipasn.jp_state_agg(j, l, n, m, NULL ORDER BY k DESC)) FROM (VALUES (1, 'e_learning'::ipasn.jalur, 'nasional'::ipasn.lingkup, 5::numeric, '2024-01-01'::date), (2, 'coaching', 'internasional', 3, '2024-02-01'), (3, 'seminar', 'nasional', 2, NULL), (4, 'coaching', 'nasional', 1, '2024-01-15'), (5, 'e_learning', 'nasional', 2, '2023-12-31')) AS r(k, j, l, n, m))::text, 'true', 'jp_state_send: the same records in two orders send the same bytes');

-- binary input (COPY ... FORMAT binary)
SELECT is((SELECT ipasn.jp_state_send('1|100|2|0|0|M,coaching,nasional,0,24288,1,2,0,200'))::text, '\x0200000000000000640000000000000002000000000000000000000000014d0d000000005ee000000001000000020000000000000000000000c8', 'jp_state_send of a valid state');
SELECT is((SELECT pg_temp.recv_state(ipasn.jp_state_send('1|100|2|0|0|M,coaching,nasional,0,24288,1,2,0,200')))::text, '2|100|2|0|0|M,coaching,nasional,0,24288,1,2,0,200', 'recv: send''s bytes read back');
SELECT is((SELECT pg_temp.recv_state('\x010000000000000000000000000000000000000000000000000000000000'::bytea))::text, '2|0|0|0|0', 'jp_state_recv: empty state');
SELECT is((SELECT pg_temp.recv_state('\x0100000000000000000000000000000001000000000000000000000000014d0d000000005ee000000001000000020000000000000000000000c8'::bytea))::text, '2|0|1|0|0|M,coaching,nasional,0,24288,1,2,0,200', 'jp_state_recv: monthly entry');
SELECT is((SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001440f00000000223e000000010000012c0000000000000000000001f4'::bytea))::text, '2|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,300', 'jp_state_recv: daily entry');
SELECT is((SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001440f000080000000000000010000012c0000000000000000000001f4'::bytea))::text, '2|0|1|0|0|D,e_learning,nasional,0,-,1,300,0,300', 'jp_state_recv: undated daily entry');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x'::bytea)$q$, '08P01', 'no data left in message', 'jp_state_recv: no bytes');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x01'::bytea)$q$, '08P01', 'insufficient data left in message', 'jp_state_recv: version only');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x030000000000000000000000000000000000000000000000000000000000'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: version 3');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x000000000000000000000000000000000000000000000000000000000000'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: version 0');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000000000000000000000000000'::bytea)$q$, '08P01', 'insufficient data left in message', 'jp_state_recv: truncated header');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x01000000000000000000000000000000000000000000000000000000000000'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: one byte too many');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: count 1 without the entry');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000000000000000000000000000000000000000ffffffff'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: count -1');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x01000000000000000000000000000000000000000000000000007fffffff'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: count int32 max');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000000000000000000001000000000000000000000000004d0d000000005ee000000001000000020000000000000000000000c8'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: count 0 with an entry''s bytes');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000000000000000000001000000000000000000000000014d0d000000005ee000000001000000020000000000000000000000'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: entry cut short');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x01ffffffffffffffff000000000000000000000000000000000000000000'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: negative total');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x012000000000000000000000000000000100000000000000000000000000'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: total beyond INT64_MAX/4');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x017fffffffffffffff000000000000000100000000000000000000000000'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: total int64 max');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000ffffffffffffffff00000000000000000000000000'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: negative kegiatan');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000007fffffffffffffff00000000000000000000000000'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: kegiatan int64 max');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000064000000000000000100000000000000650000000000'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: teknis above total');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000640000000000000001ffffffffffffffff0000000000'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: negative teknis');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000000000000000000000400000000'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: flags 4');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x01000000000000000000000000000000000000000000000000ff00000000'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: flags 255');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000000000000000000000000000000000000000000000014d0d000000005ee000000001000000020000000000000000000000c8'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: fewer records than entries');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001580d000000005ee000000001000000020000000000000000000000c8'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: entry kind X');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001000d000000005ee000000001000000020000000000000000000000c8'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: entry kind NUL');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000000000000000000001000000000000000000000000014d1a000000005ee000000001000000020000000000000000000000c8'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: jalur 26');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000000000000000000001000000000000000000000000014dff000000005ee000000001000000020000000000000000000000c8'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: jalur 255');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000000000000000000001000000000000000000000000014d0d020000005ee000000001000000020000000000000000000000c8'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: lingkup 2');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000000000000000000001000000000000000000000000014d0d000200005ee000000001000000020000000000000000000000c8'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: teknis 2');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000000000000000000001000000000000000000000000014d0d000000005ee000000065000000020000000000000000000000c8'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: monthly 101 activities');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000000000000000000001000000000000000000000000014d0d000000005ee0ffffffff000000020000000000000000000000c8'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: monthly -1 activities');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000000000000000000001000000000000000000000000014d0d000000005ee000000001000000020000001400000000000000c8'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: monthly with a bonus');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000000000000000000001000000000000000000000000014d0d000000005ee000000001000000000000000000000000000000c8'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: monthly cap 0');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000000000000000000001000000000000000000000000014d0d000000005ee000000001ffffffff0000000000000000000000c8'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: monthly cap -1');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000000000000000000001000000000000000000000000014d0d0000ffff231300000001000000020000000000000000000000c8'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: month before 4713 BC');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000000000000000000001000000000000000000000000014d0d00000433b9d900000001000000020000000000000000000000c8'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: month after 5874897');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0100000000000000000000000000000001000000000000000000000000014d0d00007fffffff00000001000000020000000000000000000000c8'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: month int32 max');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001440f00000000223e000000000000012c0000000000000000000001f4'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: daily 0 days');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001440f00000000223e0000016f0000012c0000000000000000000001f4'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: daily 367 days');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001440f00000000223e000100000000012c0000000000000000000001f4'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: daily 65536 days (wraps an int16)');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001440f00000000223e000100010000012c0000000000000000000001f4'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: daily 65537 days (wraps to 1)');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001440f00000000223e000000010000012c000003e900000000000001f4'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: daily bonus 1001');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001440f00000000223e000000010000012c0001001400000000000001f4'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: daily bonus 65556 (wraps an int16 to 20)');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001440f00000000223e000000010000012c00000000ffffffffffffffff'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: daily value -1');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001440f00000000223e000000010000012c00000000000000003b9aca01'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: daily value 1000000001');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001440f00000000223e000000010000012c0000000000000001000001f4'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: daily value 2^32 + 500 (wraps an int32)');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001440f00007fffffff000000010000012c0000000000000000000001f4'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: day int32 max');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001440f00007fda970d000000010000012c0000000000000000000001f4'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: day beyond 5874897-12-31');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001440f00007fda970c000000020000012c0000000000000000000001f4'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: days running past 5874897-12-31');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001440f0000ffda97a6000000010000012c0000000000000000000001f4'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: day before 4713-11-24 BC');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001440f00000000223e00000001000000000000000000000000000001f4'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: daily cap 0');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x010000000000000000000000000000000100000000000000000000000001440f00000000223e0000000105f5e1010000000000000000000001f4'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv: daily cap 100000001');

-- version 2 (ipasn 0.3.0): a D entry is a run of days of one value (at
-- most its cap), an M entry the activities of one value counted in a month;
-- an undated per-month record is in fixed_h; input is normalised
SELECT is((SELECT '2|0|3|0|0|D,e_learning,nasional,0,8766,2,300,0,300|D,e_learning,nasional,0,8767,1,300,0,200'::ipasn.jp_state::text)::text, '2|0|3|0|0|D,e_learning,nasional,0,8766,2,300,0,300', 'jp_state_in v2: overlapping runs combine per day, capped (3 + 3, 3 + 2 -> 3, 3: one run of 2 days)');
SELECT is((SELECT ipasn.jp_value('2|0|3|0|0|D,e_learning,nasional,0,8766,2,300,0,300|D,e_learning,nasional,0,8767,1,300,0,200'))::text, '6.00', 'jp_value v2: two days at the 3-JP e-learning cap');
SELECT is((SELECT '2|0|2|0|0|D,e_learning,nasional,0,8766,1,300,0,100|D,e_learning,nasional,0,8767,1,300,0,100'::ipasn.jp_state::text)::text, '2|0|2|0|0|D,e_learning,nasional,0,8766,2,300,0,100', 'jp_state_in v2: adjacent equal days join one run');
SELECT is((SELECT '2|0|2|0|0|M,coaching,internasional,0,24288,1,2,0,400|M,coaching,nasional,0,24288,2,2,0,200'::ipasn.jp_state::text)::text, '2|0|2|0|0|M,coaching,nasional,0,24288,1,2,0,400|M,coaching,nasional,0,24288,1,2,0,200', 'jp_state_in v2: a month keeps its 2 activities worth most (4 JP, then 2 JP)');
SELECT is((SELECT '2|0|500|0|0|D,e_learning,nasional,0,-,366,300,0,300|D,e_learning,nasional,0,-,200,300,0,300'::ipasn.jp_state::text)::text, '2|0|500|0|0|D,e_learning,nasional,0,-,366,300,0,300|D,e_learning,nasional,0,-,200,300,0,300', 'jp_state_in v2: 566 undated equal records, counted 366 to an entry');
SELECT is((SELECT ipasn.jp_value('2|0|500|0|0|D,e_learning,nasional,0,-,366,300,0,300|D,e_learning,nasional,0,-,200,300,0,300'))::text, '1698.00', 'jp_value v2: 566 undated records of 3 JP, each a day of its own');
SELECT throws_ok($q$SELECT '2|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,500'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "2|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,500"', 'jp_state_in v2: a day above its cap');
SELECT throws_ok($q$SELECT '2|0|1|0|0|M,coaching,nasional,0,-,1,2,0,200'::ipasn.jp_state::text$q$, '22P02', 'malformed jp_state: "2|0|1|0|0|M,coaching,nasional,0,-,1,2,0,200"', 'jp_state_in v2: an undated per-month entry (it belongs in fixed_h)');
SELECT throws_ok($q$SELECT '2|0|1|0|0|D,e_learning,nasional,0,8766,367,300,0,300'::ipasn.jp_state::text$q$, '22P02', NULL, 'jp_state_in v2: a run of 367 days');
SELECT is((SELECT '1|0|1|0|0|M,coaching,nasional,0,-,3,2,0,200'::ipasn.jp_state::text)::text, '2|400|1|0|0', 'jp_state_in v1: an undated per-month record of 3 activities moves to fixed_h as 2 x 2 JP');
SELECT is((SELECT '1|0|1|0|0|D,e_learning,nasional,0,8766,3,300,0,700'::ipasn.jp_state::text)::text, '2|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,234|D,e_learning,nasional,0,8767,2,300,0,233', 'jp_state_in v1: 7 JP over 3 days spread 2.34, 2.33, 2.33 (Peraturan LAN 10/2018 spread, first days one hundredth more)');
SELECT throws_ok($q$SELECT pg_temp.recv_state('\x0200000000000000000000000000000001000000000000000000000000014d0d00008000000000000001000000020000000000000000000000c8'::bytea)$q$, '22P02', 'malformed jp_state: "(binary)"', 'jp_state_recv v2: an undated per-month entry');

SELECT * FROM finish();
ROLLBACK;
