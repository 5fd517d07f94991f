-- jp_state version 2 (ipasn 0.3.0): a state grows with the days and months
-- its capped records cover, not with the records, and gives exactly the
-- figures of the caps of Peraturan LAN 10/2018, Lampiran: e-learning at
-- most 3 JP a day (4 internasional), belajar mandiri and komunitas belajar 2
-- JP a day before the +20%, coaching, mentoring and bimbingan at most 2
-- activities a month, the 2 worth most.  Checked against the hand-written
-- SQL of the benchmark (test/bench/schema.sql, bench.jp_sql: each record
-- spread over its days, each day capped, the activities of a month ranked)
-- on 400 employees of random records, dense on capped jalur; against
-- merging in any partition and order; and on hand-worked cases.  A state
-- stored by ipasn 0.2.0 (version 1) reads and merges.
\set QUIET 1
\set ON_ERROR_STOP 1
\pset format unaligned
\pset tuples_only true
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
\i test/bench/schema.sql
SET LOCAL search_path = public, pg_catalog;
SET LOCAL lc_messages = 'C';
SET LOCAL TimeZone = 'UTC';
SET LOCAL DateStyle = 'ISO, YMD';
SELECT plan(22);

-- 400 employees x ~40 records, mostly capped, over 2023-12 .. 2024-02
SELECT setseed(0.42);
INSERT INTO bench.catatan (id, pegawai, jalur, lingkup, jumlah, mulai, selesai)
SELECT g, 1 + (g % 400), j,
	   CASE WHEN random() < 0.3 THEN 'internasional' ELSE 'nasional' END::ipasn.lingkup,
	   CASE WHEN random() < 0.05 THEN NULL
			WHEN j IN ('coaching', 'mentoring', 'bimbingan_di_tempat_kerja')
				THEN floor(random() * 4)::numeric
			WHEN j = 'seminar' THEN 1
			ELSE round((random() * 9)::numeric, 2) END,
	   CASE WHEN u < 0.05 THEN NULL ELSE d END,
	   CASE WHEN u < 0.03 THEN NULL WHEN u < 0.05 THEN d ELSE d + floor(random() * random() * 7)::integer END
  FROM (SELECT g, random() AS u, date '2023-12-20' + floor(random() * 70)::integer AS d,
			   (ARRAY['e_learning', 'e_learning', 'e_learning', 'belajar_mandiri', 'komunitas_belajar',
					  'coaching', 'coaching', 'mentoring', 'bimbingan_di_tempat_kerja',
					  'pelatihan_teknis', 'seminar']::ipasn.jalur[])[1 + floor(random() * 11)::integer] AS j
		  FROM generate_series(1, 16000) AS g) AS r;

CREATE FUNCTION pg_temp.beda(sql text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
	EXECUTE format('SELECT count(*) FROM (%s) AS o FULL JOIN (SELECT pegawai, ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) AS jp FROM bench.catatan GROUP BY pegawai) AS i USING (pegawai) WHERE o.jp IS DISTINCT FROM i.jp', sql) INTO n;
	RETURN n;
END $$;

SELECT is((SELECT count(DISTINCT pegawai) FROM bench.catatan
			WHERE ipasn.jp(jalur, lingkup, jumlah, mulai, selesai) IS NOT NULL), 400::bigint,
	'400 employees with records that give JP');
SELECT is((SELECT count(*) FROM bench.catatan c1 JOIN bench.catatan c2
			 ON c1.pegawai = c2.pegawai AND c1.id < c2.id AND c1.jalur = c2.jalur
			AND c1.jalur IN ('e_learning', 'belajar_mandiri', 'komunitas_belajar')
			AND c1.mulai <= c2.selesai AND c2.mulai <= c1.selesai) > 1000, true,
	'the data hold more than 1,000 pairs of per-day-capped records sharing days');
SELECT is(pg_temp.beda(bench.jp_sql('bench.catatan')), 0::bigint,
	'jp_total equals the hand-written SQL caps for every employee');
SELECT is(pg_temp.beda($q$SELECT pegawai, ipasn.jp_value(ipasn.jp_merge(st)) AS jp FROM (SELECT pegawai, ipasn.jp_state_agg(jalur, lingkup, jumlah, mulai, selesai) AS st FROM bench.catatan GROUP BY pegawai, id % 3) AS s GROUP BY pegawai$q$), 0::bigint,
	'jp_value(jp_merge) of three partial states per employee equals jp_total');
SELECT is(pg_temp.beda($q$SELECT pegawai, ipasn.jp_value(ipasn.jp_merge(st::text::ipasn.jp_state ORDER BY k DESC)) AS jp FROM (SELECT pegawai, id % 7 AS k, ipasn.jp_state_agg(jalur, lingkup, jumlah, mulai, selesai) AS st FROM bench.catatan GROUP BY pegawai, id % 7) AS s GROUP BY pegawai$q$), 0::bigint,
	'seven partial states per employee through their text, merged in reverse order, equal jp_total');
SELECT is(pg_temp.beda($q$SELECT pegawai, ipasn.jp_value(st) AS jp FROM (SELECT pegawai, ipasn.jp_state_agg(jalur, lingkup, jumlah, mulai, selesai ORDER BY id DESC) AS st FROM bench.catatan GROUP BY pegawai) AS s$q$), 0::bigint,
	'the records added in reverse order give the same figures');
SELECT is((SELECT count(*) FROM (SELECT pegawai,
			   ipasn.jp_state_agg(jalur, lingkup, jumlah, mulai, selesai ORDER BY id)::text AS a,
			   ipasn.jp_state_agg(jalur, lingkup, jumlah, mulai, selesai ORDER BY id DESC)::text AS b
		  FROM bench.catatan GROUP BY pegawai) AS s WHERE a IS DISTINCT FROM b), 0::bigint,
	'the state text does not depend on the order of the records (canonical)');
SELECT is((SELECT count(*) FROM (SELECT ipasn.jp_state_agg(jalur, lingkup, jumlah, mulai, selesai) AS st
		  FROM bench.catatan GROUP BY pegawai) AS s
		 WHERE st::text::ipasn.jp_state::text <> st::text
			OR ipasn.jp_state_send(st::text::ipasn.jp_state) <> ipasn.jp_state_send(st)), 0::bigint,
	'in(out(x)) = x and send(in(out(x))) = send(x) for every state');
SELECT is((SELECT count(*) FROM (SELECT pegawai,
			   ipasn.profil_bangkom(jalur, lingkup, jumlah, mulai, selesai, date '2024-12-31') AS b,
			   ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai)
				 FILTER (WHERE coalesce(selesai, mulai) >= date '2024-01-01') AS jp
		  FROM bench.catatan GROUP BY pegawai) AS s
		 WHERE (b).jp IS DISTINCT FROM coalesce(jp, 0.00) OR (b).jp_teknis IS DISTINCT FROM coalesce(jp, 0.00)), 0::bigint,
	'profil_bangkom jp and jp_teknis (every jalur here counts toward the 20 JP) equal jp_total over the 2024 records');

CREATE TEMP TABLE sebelum AS
SELECT pegawai, ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) AS jp FROM bench.catatan GROUP BY pegawai;
-- an agency's rules change mid-period (rows of ipasn.aturan_jp in force from
-- a date): e-learning nasional 2 JP a day from 2024-01-25 (a day may hold
-- records of both caps: the lower one holds), belajar mandiri internasional
-- +10% from 2024-01-20 (its own group), coaching 1 a month from 2024-02-01
INSERT INTO ipasn.aturan_jp (jalur, lingkup, berlaku_mulai, satuan, jp_per_satuan, tambahan_persen,
	batas_jp_harian, batas_kegiatan_bulanan, bawaan) VALUES
	('e_learning', 'nasional', '2024-01-25', 'jp', 1, 0, 2, NULL, false),
	('belajar_mandiri', 'internasional', '2024-01-20', 'jp', 1, 10, 2, NULL, false),
	('coaching', 'nasional', '2024-02-01', 'kegiatan', 2, 0, NULL, 1, false),
	('coaching', 'internasional', '2024-02-01', 'kegiatan', 4, 0, NULL, 1, false);
SELECT is(pg_temp.beda(bench.jp_sql('bench.catatan')), 0::bigint,
	'under rules that change mid-period, jp_total equals the hand-written SQL caps for every employee');
SELECT is(pg_temp.beda($q$SELECT pegawai, ipasn.jp_value(ipasn.jp_merge(st::text::ipasn.jp_state)) AS jp FROM (SELECT pegawai, ipasn.jp_state_agg(jalur, lingkup, jumlah, mulai, selesai) AS st FROM bench.catatan GROUP BY pegawai, id % 5) AS s GROUP BY pegawai$q$), 0::bigint,
	'under the same rules, five stored partial states per employee merged equal jp_total');
SELECT is((SELECT count(*) > 100 FROM sebelum s JOIN (SELECT pegawai, ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) AS jp
			 FROM bench.catatan GROUP BY pegawai) AS t USING (pegawai) WHERE s.jp <> t.jp), true,
	'the rule change moves the figures of more than 100 employees (the comparison above is not idle)');
DELETE FROM ipasn.aturan_jp WHERE NOT bawaan;

-- hand-worked: 200 e-learning records of 1 JP on 10 days (20 a day): 3 JP a day
CREATE TEMP TABLE el AS
SELECT g, 'e_learning'::ipasn.jalur AS j, date '2024-01-01' + g % 10 AS d FROM generate_series(0, 199) AS g;
SELECT is((SELECT ipasn.jp_total(j, 'nasional', 1, d, d) FROM el), 30.00::numeric,
	'200 e-learning records of 1 JP on 10 days: 10 x 3 JP = 30.00');
SELECT is((SELECT ipasn.jp_state_agg(j, 'nasional', 1, d, d)::text FROM el),
	'2|0|200|0|0|D,e_learning,nasional,0,8766,10,300,0,300',
	'their state: one run of 10 days at the 3-JP cap (day 8766 = 2024-01-01)');
SELECT is((SELECT pg_column_size(ipasn.jp_state_agg(j, 'nasional', 1, d, d)) FROM el),
		  (SELECT pg_column_size(ipasn.jp_state_agg(j, 'nasional', 1, d, d)) FROM el WHERE g < 10),
	'the state of 200 records is the size of the state of 10 (one a day)');
-- coaching: 30 nasional (2 JP) and 20 internasional (4 JP) in March 2024
SELECT is((SELECT ipasn.jp_total('coaching', CASE WHEN g < 30 THEN 'nasional' ELSE 'internasional' END::ipasn.lingkup, 1, date '2024-03-01' + g % 28, NULL)
			 FROM generate_series(0, 49) AS g), 8.00::numeric,
	'50 coaching activities in March 2024: the 2 worth most, internasional, 2 x 4 JP = 8.00');
SELECT is((SELECT ipasn.jp_state_agg('coaching', CASE WHEN g < 30 THEN 'nasional' ELSE 'internasional' END::ipasn.lingkup, 1, date '2024-03-01' + g % 28, NULL)::text
			 FROM generate_series(0, 49) AS g),
	'2|0|50|0|0|M,coaching,nasional,0,24290,2,2,0,400',
	'their state: 2 activities of 4 JP in month 24290 (March 2024)');
-- belajar mandiri internasional: 3 x 1.5 JP on one day, 2 JP cap before the +20%
SELECT is((SELECT ipasn.jp_total('belajar_mandiri', 'internasional', 1.5, '2024-01-02', '2024-01-02')
			 FROM generate_series(1, 3)), 2.40::numeric,
	'belajar mandiri internasional, 4.50 JP on one day: cap 2, then +20% = 2.40');
-- a profil state (marked toward the 20 JP) and a jp_total state share a day
SELECT is((SELECT ipasn.profil(ipasn.jp_state_combine(
			ipasn.profil_state_agg('e_learning', 'nasional', 2, '2024-05-02', '2024-05-02', '2024-12-31'),
			ipasn.jp_state_agg('e_learning', 'nasional', 2, '2024-05-02', '2024-05-02')))::text),
	'(3.00,2.00,f,f,2)', 'a day shared by marked and unmarked records: 3.00 capped; the marked part alone 2.00');

-- a state stored by ipasn 0.2.0: version 1 in memory (one entry per record),
-- made here from its bytes (x86-64, little-endian): 5 JP of e-learning on
-- 2024-01-01 (one day; 0.2.0 kept the 5 JP, capped when read)
CREATE SCHEMA v1uji;
CREATE FUNCTION v1uji.sebagai_state(bytea, bytea) RETURNS ipasn.jp_state
	LANGUAGE internal IMMUTABLE STRICT AS 'byteacat';
CREATE TEMP TABLE lama AS
SELECT v1uji.sebagai_state(('\x' ||
	'01' || '00' || '0000' || '01000000' || '01000000' || '00000000' || '00000000' ||	-- version 1, flags, n 1, cap 1, padding
	'0100000000000000' || '0000000000000000' || '0000000000000000' ||	-- kegiatan 1, fixed 0, teknis 0
	'3e220000' || 'f4010000' || '2c010000' || '0100' || '0000' || '44' || '0f' || '00' || '00')::bytea,
	''::bytea) AS st;
SELECT is((SELECT ipasn.jp_value(st) FROM lama), 3.00::numeric,
	'a version-1 datum: 5 JP of e-learning on one day reads 3.00');
SELECT is((SELECT st::text FROM lama), '2|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,300',
	'a version-1 datum prints as version 2');
SELECT is((SELECT ipasn.jp_value(ipasn.jp_state_combine(st, (SELECT ipasn.jp_state_agg('e_learning', 'nasional', 2, '2024-01-01', '2024-01-02')))) FROM lama),
	4.00::numeric, 'a version-1 datum merges: + 2 JP over 2024-01-01..02 (1 a day) = 3 (capped) + 1 = 4.00');

SELECT * FROM finish();
ROLLBACK;
