-- The yearly summary (ipasn.buat_ringkasan, ipasn.ringkas_jp) under every
-- write PostgreSQL accepts: each statement of the review of issue 15 that
-- counted records twice (upsert, MERGE, writable CTEs), COPY, TRUNCATE, a
-- nondeterministic collation on the employee column, timestamp dates,
-- partitioned and inheritance tables; undated records (year column, year
-- NULL), records that give no JP (tidak_dihitung) and the summary's life
-- cycle (hapus_ringkasan).  After each statement the summary is compared
-- with the hand-worked figure and with ipasn.jp_total over the table.
--
-- JP rules (Peraturan LAN 10/2018, Lampiran): bimtek is counted in JP (the
-- amount is the JP); seminar/workshop nasional 4 JP a day of its dates;
-- coaching 2 JP an activity.
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(65);

CREATE TABLE rt (id integer PRIMARY KEY, nip text, jalur text, lingkup text, jumlah numeric, mulai date, selesai date);
CREATE INDEX ON rt (nip);
SELECT ipasn.buat_ringkasan('rt', 'rt_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan') IS NOT NULL AS dibuat \gset

-- rows of the summary that differ from a recomputation with jp_total
CREATE FUNCTION pg_temp.beda() RETURNS bigint LANGUAGE sql AS $$
	SELECT count(*) FROM (
		(SELECT pegawai, tahun, jp, jumlah_catatan FROM rt_jp
		 EXCEPT ALL
		 SELECT nip, extract(year FROM coalesce(selesai, mulai))::integer,
				ipasn.jp_total(ipasn.teks_jalur(jalur), ipasn.teks_lingkup(lingkup), jumlah, mulai, selesai), count(*)
		   FROM rt WHERE nip IS NOT NULL GROUP BY 1, 2)
		UNION ALL
		(SELECT nip, extract(year FROM coalesce(selesai, mulai))::integer,
				ipasn.jp_total(ipasn.teks_jalur(jalur), ipasn.teks_lingkup(lingkup), jumlah, mulai, selesai), count(*)
		   FROM rt WHERE nip IS NOT NULL GROUP BY 1, 2
		 EXCEPT ALL
		 SELECT pegawai, tahun, jp, jumlah_catatan FROM rt_jp)) x
$$;
CREATE FUNCTION pg_temp.baris(p text) RETURNS text LANGUAGE sql AS $$
	SELECT string_agg(coalesce(tahun::text, 'NULL') || ':' || coalesce(jp::text, 'NULL') || '/' || jumlah_catatan || '/' || tidak_dihitung, ' '
					  ORDER BY tahun NULLS LAST)
	  FROM rt_jp WHERE pegawai = p
$$;

INSERT INTO rt VALUES (1, 'P1', 'bimtek', 'nasional', 5, '2024-02-01', '2024-02-01');
SELECT is(pg_temp.baris('P1'), '2024:5.00/1/0', 'one bimtek of 5 JP');

-- 1. INSERT ... ON CONFLICT DO UPDATE of one existing and one new record
--    (the SIASN sync job): 7 + 10 = 17.00 JP from 2 records, not 22.00 from 3
INSERT INTO rt VALUES (1, 'P1', 'bimtek', 'nasional', 7, '2024-02-01', '2024-02-01'),
	(2, 'P1', 'bimtek', 'nasional', 10, '2024-03-04', '2024-03-05')
	ON CONFLICT (id) DO UPDATE SET jumlah = excluded.jumlah;
SELECT is(pg_temp.baris('P1'), '2024:17.00/2/0', 'upsert of one existing and one new record: 7 + 10 = 17.00 JP from 2 records');
SELECT is(pg_temp.beda(), 0::bigint, 'upsert: the summary equals jp_total GROUP BY');
-- ... DO NOTHING: the existing one is skipped, the new one counts
INSERT INTO rt VALUES (2, 'P1', 'bimtek', 'nasional', 99, '2024-03-04', '2024-03-05'),
	(3, 'P1', 'bimtek', 'nasional', 3, '2024-04-01', '2024-04-01')
	ON CONFLICT DO NOTHING;
SELECT is(pg_temp.baris('P1'), '2024:20.00/3/0', 'ON CONFLICT DO NOTHING: 17 + 3 = 20.00 from 3 records');
SELECT is(pg_temp.beda(), 0::bigint, 'DO NOTHING: equals jp_total');

-- 2. MERGE updating one record and inserting another: 7 + 10 + 4 + 2 = 23.00
MERGE INTO rt USING (VALUES (3, 'P1', 4), (4, 'P1', 2)) AS v(id, nip, j) ON rt.id = v.id
	WHEN MATCHED THEN UPDATE SET jumlah = v.j
	WHEN NOT MATCHED THEN INSERT VALUES (v.id, v.nip, 'bimtek', 'nasional', v.j, '2024-05-06', '2024-05-06');
SELECT is(pg_temp.baris('P1'), '2024:23.00/4/0', 'MERGE updating one record and inserting one: 7 + 10 + 4 + 2 = 23.00 from 4');
SELECT is(pg_temp.beda(), 0::bigint, 'MERGE: equals jp_total');
-- MERGE deleting one and inserting one: 7 + 10 + 2 + 6 = 25.00
MERGE INTO rt USING (VALUES (3, 'P1', 0), (5, 'P1', 6)) AS v(id, nip, j) ON rt.id = v.id
	WHEN MATCHED AND v.j = 0 THEN DELETE
	WHEN NOT MATCHED THEN INSERT VALUES (v.id, v.nip, 'bimtek', 'nasional', v.j, '2024-06-03', '2024-06-03');
SELECT is(pg_temp.baris('P1'), '2024:25.00/4/0', 'MERGE deleting one record and inserting one: 7 + 10 + 2 + 6 = 25.00');
SELECT is(pg_temp.beda(), 0::bigint, 'MERGE with DELETE: equals jp_total');

-- 3. writable CTEs that touch the table twice
WITH d AS (DELETE FROM rt WHERE id = 4 RETURNING *)
INSERT INTO rt SELECT 6, nip, jalur, lingkup, jumlah + 1, mulai, selesai FROM d;
SELECT is(pg_temp.baris('P1'), '2024:26.00/4/0', 'WITH DELETE ... RETURNING, INSERT: the 2 JP record moved as 3 JP: 7 + 10 + 6 + 3 = 26.00');
SELECT is(pg_temp.beda(), 0::bigint, 'CTE DELETE + INSERT: equals jp_total');
WITH u AS (UPDATE rt SET jumlah = 1 WHERE id = 5 RETURNING *)
INSERT INTO rt VALUES (7, 'P1', 'bimtek', 'nasional', 2, '2024-07-01', '2024-07-01');
SELECT is(pg_temp.baris('P1'), '2024:23.00/5/0', 'WITH UPDATE, INSERT: 7 + 10 + 1 + 3 + 2 = 23.00 from 5');
SELECT is(pg_temp.beda(), 0::bigint, 'CTE UPDATE + INSERT: equals jp_total');
WITH a AS (INSERT INTO rt VALUES (8, 'P2', 'seminar', 'nasional', NULL, '2024-08-05', '2024-08-06') RETURNING id),
	 b AS (UPDATE rt SET nip = 'P2' WHERE id = 7 RETURNING id)
DELETE FROM rt WHERE id = 6;
SELECT is(pg_temp.baris('P1'), '2024:18.00/3/0', 'INSERT, UPDATE and DELETE in one statement: P1 keeps 7 + 10 + 1 = 18.00');
SELECT is(pg_temp.baris('P2'), '2024:10.00/2/0', 'and P2 has the seminar (2 days x 4 = 8) and the moved bimtek (2) = 10.00');
SELECT is(pg_temp.beda(), 0::bigint, 'three writes in one statement: equals jp_total');

-- 4. COPY
COPY rt FROM STDIN;
9	P2	coaching	nasional	\N	2024-09-02	\N
10	P3	bimtek	nasional	4	\N	\N
\.
SELECT is(pg_temp.baris('P2'), '2024:12.00/3/0', 'COPY: a coaching (2 JP an activity) adds 2.00 to P2');
SELECT is(pg_temp.baris('P3'), 'NULL:4.00/1/0', 'COPY: an undated bimtek is counted in the row of year NULL');
SELECT is(pg_temp.beda(), 0::bigint, 'COPY: equals jp_total');

-- 5. UPDATE across years and employees, DELETE
UPDATE rt SET mulai = '2023-12-29', selesai = '2023-12-29' WHERE id = 1;
SELECT is(pg_temp.baris('P1'), '2023:7.00/1/0 2024:11.00/2/0', 'UPDATE moving a record to 2023: 2023 7.00, 2024 10 + 1 = 11.00');
UPDATE rt SET mulai = '2024-03-01' WHERE id = 10;
SELECT is(pg_temp.baris('P3'), '2024:4.00/1/0', 'UPDATE giving the undated record a date: its year-NULL row goes');
DELETE FROM rt WHERE nip = 'P2';
SELECT is((SELECT count(*) FROM rt_jp WHERE pegawai = 'P2'), 0::bigint, 'DELETE of every record of P2: its rows go');
SELECT is(pg_temp.beda(), 0::bigint, 'UPDATE and DELETE: equals jp_total');

-- 5b. statements of more than 1000 rows are planned for their size
INSERT INTO rt SELECT g, 'B' || (g % 50), 'bimtek', 'nasional', 1 + g % 3, date '2024-01-01' + g % 300, NULL
  FROM generate_series(1000, 2499) AS g;
SELECT is((SELECT count(*) || '/' || sum(jumlah_catatan) FROM rt_jp WHERE pegawai LIKE 'B%'), '50/1500',
	'an INSERT of 1500 records of 50 employees, all in 2024: 50 rows counting 1500 records');
SELECT is(pg_temp.beda(), 0::bigint, 'a large INSERT: equals jp_total');
UPDATE rt SET mulai = mulai + 200 WHERE nip LIKE 'B%';
SELECT is(pg_temp.beda(), 0::bigint, 'a large UPDATE moving records across years: equals jp_total');
DELETE FROM rt WHERE nip LIKE 'B%';
SELECT is((SELECT count(*) FROM rt_jp WHERE pegawai LIKE 'B%'), 0::bigint, 'a large DELETE: their rows go');

-- 6. TRUNCATE
TRUNCATE rt;
SELECT is((SELECT count(*) FROM rt_jp), 0::bigint, 'TRUNCATE empties the summary');

-- 7. the summary's life cycle
SELECT throws_ok($$SELECT ipasn.buat_ringkasan('rt', 'rt_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$$,
	'42P07', 'relation "public.rt_jp" already exists', 'buat_ringkasan on an existing name: 42P07');
SELECT is((SELECT count(*) FROM ipasn.ringkasan_terdaftar WHERE ringkasan = 'rt_jp'::regclass), 4::bigint,
	'buat_ringkasan recorded its four triggers');
SELECT lives_ok($$SELECT ipasn.hapus_ringkasan('rt_jp')$$, 'hapus_ringkasan drops the summary');
SELECT is((SELECT count(*) FROM pg_trigger WHERE tgrelid = 'rt'::regclass), 0::bigint, 'with its four triggers');
SELECT is(to_regclass('rt_jp_target'), NULL, 'and its view');
SELECT is((SELECT count(*) FROM ipasn.ringkasan_terdaftar), 0::bigint, 'and its record in ipasn.ringkasan_terdaftar');
SELECT lives_ok($$INSERT INTO rt VALUES (1, 'P1', 'bimtek', 'nasional', 5, '2024-02-01', '2024-02-01')$$, 'the table takes rows again');
SELECT lives_ok($$SELECT ipasn.buat_ringkasan('rt', 'rt_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$$,
	'the summary made again under the same name');
SELECT is(pg_temp.baris('P1'), '2024:5.00/1/0', 'filled from the table');
-- the triggers depend on the summary, as a foreign key's on its table
SELECT throws_ok($$DROP TABLE rt_jp$$, '2BP01', 'cannot drop table rt_jp because other objects depend on it',
	'DROP TABLE of a summary without CASCADE is refused');
DROP TABLE rt_jp CASCADE;
SELECT is((SELECT count(*) FROM pg_trigger WHERE tgrelid = 'rt'::regclass), 0::bigint, 'DROP TABLE ... CASCADE of a summary drops its triggers');
SELECT lives_ok($$INSERT INTO rt VALUES (2, 'P1', 'bimtek', 'nasional', 5, '2024-02-02', '2024-02-02')$$, 'and later INSERTs run');
-- where that dependency is lost (pg_dump does not keep it), a trigger whose
-- summary is gone refuses with a message that names the remedy
SELECT lives_ok($$SELECT ipasn.buat_ringkasan('rt', 'rt_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$$, 'the summary made once more');
DELETE FROM pg_depend WHERE classid = 'pg_trigger'::regclass AND refobjid = 'rt_jp'::regclass;
DROP TABLE rt_jp CASCADE;
SELECT throws_ok($$INSERT INTO rt VALUES (3, 'P1', 'bimtek', 'nasional', 5, '2024-02-02', '2024-02-02')$$,
	'42P01', 'the summary table of trigger "rt_jp_tambah" on table public.rt no longer exists',
	'a trigger whose summary was dropped without it refuses with 42P01');
DROP TRIGGER rt_jp_tambah ON rt;
DROP TRIGGER rt_jp_ubah ON rt;
DROP TRIGGER rt_jp_hapus ON rt;
DROP TRIGGER rt_jp_kosongkan ON rt;

-- 8. a nondeterministic collation on the employee column is carried to the summary
CREATE COLLATION rt_ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE rc (id integer PRIMARY KEY, nip text COLLATE rt_ci, jalur text, lingkup text, jumlah numeric, mulai date, selesai date);
SELECT lives_ok($$SELECT ipasn.buat_ringkasan('rc', 'rc_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$$, 'a summary of a table whose nip has a nondeterministic collation');
SELECT is((SELECT collname::text FROM pg_attribute a JOIN pg_collation c ON c.oid = a.attcollation
			WHERE a.attrelid = 'rc_jp'::regclass AND a.attname = 'pegawai'), 'rt_ci', 'the summary''s pegawai has the same collation');
INSERT INTO rc VALUES (1, 'abc', 'bimtek', 'nasional', 5, '2024-02-01', '2024-02-01');
INSERT INTO rc VALUES (2, 'ABC', 'bimtek', 'nasional', 3, '2024-02-02', '2024-02-02');
SELECT is((SELECT count(*) || ':' || sum(jp) || '/' || sum(jumlah_catatan) FROM rc_jp), '1:8.00/2',
	'''abc'' and ''ABC'' are one employee, as the table''s collation says: one row, 5 + 3 = 8.00 from 2 records');
UPDATE rc SET jumlah = 4 WHERE id = 2;
SELECT is((SELECT count(*) || ':' || sum(jp) || '/' || sum(jumlah_catatan) FROM rc_jp), '1:9.00/2', 'an UPDATE recomputes that one row: 5 + 4 = 9.00');

-- 9. dates: timestamp is read by its date, whatever the session's TimeZone;
--    timestamptz is refused
CREATE TABLE rs (nip text, jalur text, lingkup text, jumlah numeric, mulai timestamp, selesai timestamp);
SELECT lives_ok($$SELECT ipasn.buat_ringkasan('rs', 'rs_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$$, 'timestamp date columns are accepted');
SET LOCAL TimeZone = 'UTC';
INSERT INTO rs VALUES ('P1', 'bimtek', 'nasional', 5, '2024-12-31 20:00', NULL);
SET LOCAL TimeZone = 'Asia/Jakarta';
UPDATE rs SET jumlah = 6;
SELECT is((SELECT string_agg(tahun || ':' || jp, ' ') FROM rs_jp), '2024:6.00', 'a timestamp of 2024-12-31 20:00 stays in 2024 for a writer in Asia/Jakarta');
CREATE TABLE rz (nip text, jalur text, lingkup text, jumlah numeric, mulai timestamptz, selesai timestamptz);
SELECT throws_ok($$SELECT ipasn.buat_ringkasan('rz', 'rz_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$$,
	'42804', 'date column "mulai" of table public.rz has type timestamp with time zone, whose date depends on the session''s TimeZone',
	'timestamptz date columns are refused (42804)');
ALTER TABLE rz ADD COLUMN mulai_tanggal date GENERATED ALWAYS AS ((mulai AT TIME ZONE 'Asia/Jakarta')::date) STORED;
ALTER TABLE rz ADD COLUMN selesai_tanggal date GENERATED ALWAYS AS ((selesai AT TIME ZONE 'Asia/Jakarta')::date) STORED;
SELECT lives_ok($$SELECT ipasn.buat_ringkasan('rz', 'rz_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai_tanggal', 'selesai_tanggal', 'satuan')$$,
	'the hint''s generated date columns are accepted');
INSERT INTO rz VALUES ('P1', 'bimtek', 'nasional', 5, '2024-12-31 20:00 UTC', NULL);
SELECT is((SELECT string_agg(tahun || ':' || jp, ' ') FROM rz_jp), '2025:5.00', '2024-12-31 20:00 UTC is 2025-01-01 in Asia/Jakarta: 2025, for every session');

-- 10. partitioned and inheritance tables are refused
CREATE TABLE rp (nip text, jalur text, lingkup text, jumlah numeric, mulai date, selesai date) PARTITION BY RANGE (mulai);
CREATE TABLE rp_2024 PARTITION OF rp FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
SELECT throws_ok($$SELECT ipasn.buat_ringkasan('rp', 'rp_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$$,
	'0A000', 'buat_ringkasan cannot keep a summary of public.rp, which is a partitioned table', 'a partitioned table is refused (0A000)');
SELECT throws_ok($$SELECT ipasn.buat_ringkasan('rp_2024', 'rp_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$$,
	'0A000', 'buat_ringkasan cannot keep a summary of public.rp_2024, which is a partition', 'a partition is refused (0A000)');
CREATE TABLE ri (nip text, jalur text, lingkup text, jumlah numeric, mulai date, selesai date);
SELECT lives_ok($$SELECT ipasn.buat_ringkasan('ri', 'ri_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')$$, 'a plain table');
CREATE TABLE ri_anak () INHERITS (ri);
SELECT throws_ok($$INSERT INTO ri VALUES ('P1', 'bimtek', 'nasional', 5, '2024-02-01', NULL)$$,
	'0A000', 'table public.ri of trigger "ri_jp_tambah" is partitioned, a partition or part of an inheritance tree',
	'once it has an inheritance child, its triggers refuse (writes to the child would not reach the summary)');

-- 11. undated records: the year column, year NULL, and records that give no JP
CREATE TABLE ry (nip text, jenis text, lingkup text, jam text, tgl_mulai date, tgl_selesai date, tahun_kursus integer);
SELECT lives_ok($$SELECT ipasn.buat_ringkasan('ry', 'ry_jp', 'nip', 'jenis', 'lingkup', 'jam', 'tgl_mulai', 'tgl_selesai',
	jumlah_dalam => 'jam', tahun => 'tahun_kursus')$$, 'a summary with a year column');
INSERT INTO ry VALUES
	('A', 'Pelatihan Teknis', 'Nasional', '24', NULL, NULL, 2024),
	('A', 'Bimtek', 'Nasional', '16', NULL, NULL, 2024),
	('A', 'Seminar', 'Nasional', '8', '2024-05-06', '2024-05-06', NULL),
	('A', 'Bimtek', '-', '8', NULL, NULL, NULL),
	('A', 'Arisan Kantor', 'Nasional', '2', '2024-01-10', '2024-01-10', NULL),
	('A', 'Bimtek', 'Nasional', '-5', '2024-02-01', '2024-02-01', NULL);
-- 2024: pelatihan teknis 24 + bimtek 16 (hours of JP-counted jalur, placed
-- by tahun_kursus) + seminar 1 day x 4 = 44.00 from 5 records, of which the
-- unknown text and the negative amount gave no JP; year NULL: bimtek 8 with
-- scope "-" read as nasional = 8.00
SELECT is((SELECT string_agg(coalesce(tahun::text, 'NULL') || ':' || jp || '/' || jumlah_catatan || '/' || tidak_dihitung, ' ' ORDER BY tahun NULLS LAST) FROM ry_jp),
	'2024:44.00/5/2 NULL:8.00/1/0',
	'24 + 16 JP placed by the year column, seminar 4.00: 44.00 from 5 records, 2 not counted; the record with neither in year NULL');
SELECT is((SELECT count(*) FROM ry) - (SELECT sum(jumlah_catatan) FROM ry_jp), 0::numeric, 'every record is accounted for');
UPDATE ry SET jenis = 'Bimtek' WHERE jenis = 'Arisan Kantor';
SELECT is((SELECT jp || '/' || tidak_dihitung FROM ry_jp WHERE tahun = 2024), '46.00/1', 'the fixed record counts: 44 + 2 = 46.00, 1 left not counted');
UPDATE ry SET tahun_kursus = 2023 WHERE jenis = 'Pelatihan Teknis';
SELECT is((SELECT string_agg(tahun || ':' || jp, ' ' ORDER BY tahun) FROM ry_jp WHERE tahun IS NOT NULL), '2023:24.00 2024:22.00', 'a new year in the year column moves the undated record');
-- the repair takes the columns the triggers read, no others
SELECT throws_ok($$SELECT * FROM ipasn._isi_ulang_ringkasan_batch('ry', 'ry_jp', ARRAY['nip', 'jenis', 'lingkup', 'jam', 'tgl_mulai', 'tgl_selesai', 'satuan', 'tahun_kursus'], NULL, 10)$$,
	'22023', 'the columns given to isi_ulang_ringkasan differ from those the triggers of public.ry_jp read',
	'isi_ulang_ringkasan with jumlah_dalam ''satuan'' for a summary whose triggers read ''jam'': 22023');
UPDATE ry_jp SET jp = NULL, jumlah_catatan = 0;
SELECT is((SELECT jumlah FROM ipasn._isi_ulang_ringkasan_batch('ry', 'ry_jp', ARRAY['nip', 'jenis', 'lingkup', 'jam', 'tgl_mulai', 'tgl_selesai', 'jam', 'tahun_kursus'], NULL, 10)),
	1::bigint, 'with the same columns it repairs the one employee');
SELECT is((SELECT string_agg(coalesce(tahun::text, 'NULL') || ':' || jp || '/' || jumlah_catatan, ' ' ORDER BY tahun NULLS LAST) FROM ry_jp),
	'2023:24.00/1 2024:22.00/4 NULL:8.00/1', 'to the figures the triggers kept');
-- a table with a year and no date columns
CREATE TABLE rw (nip text, jenis text, lingkup text, jp_jam numeric, tahun smallint);
SELECT lives_ok($$SELECT ipasn.buat_ringkasan('rw', 'rw_jp', 'nip', 'jenis', 'lingkup', 'jp_jam', NULL, NULL, 'jam', tahun => 'tahun')$$,
	'a table with a year column and no date columns');
INSERT INTO rw VALUES ('B', 'Bimtek', 'Nasional', 10, 2024), ('B', 'Kursus', NULL, 12, 2024), ('B', 'Bimtek', 'Nasional', 3, NULL);
SELECT is((SELECT string_agg(coalesce(tahun::text, 'NULL') || ':' || jp || '/' || jumlah_catatan, ' ' ORDER BY tahun NULLS LAST) FROM rw_jp),
	'2024:22.00/2 NULL:3.00/1', 'its records by year: 10 + 12 = 22.00 in 2024, the one without a year in year NULL');

SELECT * FROM finish();
ROLLBACK;
