-- jp_rincian: the explanation of a person's JP across records.  Figures
-- worked by hand from Peraturan LAN 10/2018, Lampiran: e-learning as
-- accessed, at most 3 JP a day nasional; coaching 2 JP per activity (4 JP
-- internasional), at most 2 activities counted a month, those worth most;
-- belajar mandiri at most 2 JP a day, +20% internasional after the cap.
\set ON_ERROR_STOP 1
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(30);

CREATE TEMP TABLE kursus (id text, nip text, jalur ipasn.jalur, lingkup ipasn.lingkup,
	jumlah numeric, mulai date, selesai date);

-- the issue's example: 8 JP pelatihan teknis, and two e-learning records of
-- 3 and 2 JP on 4 March 2024: 8 + 3 + 2 = 13.00 by record; together the
-- e-learning day counts min(3, 5) = 3, so the year is 8 + 3 = 11.00
INSERT INTO kursus VALUES
	('t1', 'A', 'pelatihan_teknis', 'nasional', 8, '2024-02-01', '2024-02-01'),
	('e1', 'A', 'e_learning', 'nasional', 3, '2024-03-04', '2024-03-04'),
	('e2', 'A', 'e_learning', 'nasional', 2, '2024-03-04', '2024-03-04');
CREATE TEMP TABLE r AS
	SELECT ipasn.jp_rincian(array_agg(jalur ORDER BY id), array_agg(lingkup ORDER BY id), array_agg(jumlah ORDER BY id), array_agg(mulai ORDER BY id), array_agg(selesai ORDER BY id), array_agg(id ORDER BY id)) AS x
	FROM kursus WHERE nip = 'A';

SELECT is((SELECT (x->>'jp')::numeric FROM r), 11.00, 'A: jp 11.00 for the year');
SELECT is((SELECT (x->>'jp_per_catatan')::numeric FROM r), 13.00, 'A: 13.00 by record');
SELECT is((SELECT (x->>'terpotong')::numeric FROM r), 2.00, 'A: 2.00 cut across records');
SELECT is((SELECT ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) FROM kursus WHERE nip = 'A'), 11.00,
	'A: jp_total agrees');
SELECT results_eq(
	$$SELECT c->>'id', (c->>'jp_sendiri')::numeric FROM r, jsonb_array_elements(x->'catatan') c$$,
	$$VALUES ('e1', 3.00), ('e2', 2.00), ('t1', 8.00)$$,
	'A: each record with what it gives alone (= ipasn.jp of the record)');
SELECT is((SELECT jsonb_array_length(x->'batas') FROM r), 1, 'A: one cap cut');
SELECT is((SELECT (x->'batas'->0) - 'hari'::text FROM r),
	'{"jenis": "batas_harian", "jalur": "e_learning", "lingkup": "nasional", "tambahan_persen": 0,
	  "jp_sendiri": 5.00, "jp": 3.00, "terpotong": 2.00}'::jsonb,
	'A: the e-learning cap: 5.00 alone, 3.00 together, 2.00 cut');
SELECT is((SELECT x->'batas'->0->'hari' FROM r),
	'[{"tanggal": "2024-03-04", "catatan": [{"no": 1, "id": "e1", "jp": 3.00}, {"no": 2, "id": "e2", "jp": 2.00}],
	   "jumlah": 5.00, "batas_jp": 3.00, "dihitung": 3.00, "terpotong": 2.00}]'::jsonb,
	'A: the day, the two records sharing it, 5.00 -> 3.00');

-- coaching: 3 records in April 2024 (1 nasional, 1 internasional, 2 nasional):
-- alone 2.00 + 4.00 + 4.00 (2 activities, 2 JP) = 10.00; the month counts
-- the 2 worth most: the internasional one (4.00) and one nasional (2.00) = 6.00
INSERT INTO kursus VALUES
	('c1', 'B', 'coaching', 'nasional', 1, '2024-04-02', NULL),
	('c2', 'B', 'coaching', 'internasional', 1, '2024-04-09', NULL),
	('c3', 'B', 'coaching', 'nasional', 2, '2024-04-20', NULL),
	('c4', 'B', 'coaching', 'nasional', 1, '2024-05-20', NULL);
SELECT is((SELECT ipasn.jp_rincian(array_agg(jalur ORDER BY id), array_agg(lingkup ORDER BY id), array_agg(jumlah ORDER BY id), array_agg(mulai ORDER BY id), array_agg(selesai ORDER BY id), array_agg(id ORDER BY id))->'batas'
		   FROM kursus WHERE nip = 'B'),
	'[{"jenis": "batas_bulanan", "jalur": "coaching", "bulan": "2024-04", "batas_kegiatan": 2,
	   "catatan": [{"no": 2, "id": "c2", "lingkup": "internasional", "kegiatan": 1, "dihitung": 1, "jp_per_kegiatan": 4.00},
				   {"no": 1, "id": "c1", "lingkup": "nasional", "kegiatan": 1, "dihitung": 1, "jp_per_kegiatan": 2.00},
				   {"no": 3, "id": "c3", "lingkup": "nasional", "kegiatan": 2, "dihitung": 0, "jp_per_kegiatan": 2.00}],
	   "jp_sendiri": 10.00, "jp": 6.00, "terpotong": 4.00}]'::jsonb,
	'B: April: the 2 coaching worth most count (internasional first), 10.00 -> 6.00; May is alone');
SELECT is((SELECT (ipasn.jp_rincian(array_agg(jalur), array_agg(lingkup), array_agg(jumlah), array_agg(mulai), array_agg(selesai), array_agg(id))->>'jp')::numeric
		   FROM kursus WHERE nip = 'B'), 8.00, 'B: 6.00 in April + 2.00 in May = 8.00');

-- one record's own cap is its own (jp of the record), not a cross-record cut
INSERT INTO kursus VALUES
	('s1', 'C', 'e_learning', 'nasional', 5, '2024-03-04', '2024-03-04'),
	('s2', 'C', 'coaching', 'nasional', 3, '2024-03-04', NULL);
SELECT results_eq(
	$$SELECT c->>'id', (c->>'jp_sendiri')::numeric, (c->>'terpotong_sendiri')::numeric
	  FROM kursus k, LATERAL (SELECT 1) z,
		   jsonb_array_elements((SELECT ipasn.jp_rincian(array_agg(jalur ORDER BY id), array_agg(lingkup ORDER BY id), array_agg(jumlah ORDER BY id), array_agg(mulai ORDER BY id), array_agg(selesai ORDER BY id), array_agg(id ORDER BY id))
								 FROM kursus WHERE nip = 'C')->'catatan') c
	  WHERE k.id = 's1'$$,
	$$VALUES ('s1', 3.00, 2.00), ('s2', 4.00, 2.00)$$,
	'C: 5 JP e-learning in a day gives 3.00 alone (2.00 cut by its own cap); 3 coaching give 2 x 2 = 4.00');
SELECT is((SELECT ipasn.jp_rincian(array_agg(jalur), array_agg(lingkup), array_agg(jumlah), array_agg(mulai), array_agg(selesai), array_agg(id))->'batas'
		   FROM kursus WHERE nip = 'C'), '[]'::jsonb, 'C: no cap across records');

-- belajar mandiri internasional: 2 JP a day before the +20%, the +20% once
-- on the group: 1.5 + 1.5 JP on 2024-06-03 -> alone 1.80 + 1.80 = 3.60;
-- together min(2, 3) = 2 -> 2.40; cut 1.20 (1.00 before the +20%)
INSERT INTO kursus VALUES
	('m1', 'D', 'belajar_mandiri', 'internasional', 1.5, '2024-06-03', '2024-06-03'),
	('m2', 'D', 'belajar_mandiri', 'internasional', 1.5, '2024-06-03', '2024-06-03');
SELECT is((SELECT (ipasn.jp_rincian(array_agg(jalur ORDER BY id), array_agg(lingkup ORDER BY id), array_agg(jumlah ORDER BY id), array_agg(mulai ORDER BY id), array_agg(selesai ORDER BY id), array_agg(id ORDER BY id))->'batas'->0) - 'hari'::text
		   FROM kursus WHERE nip = 'D'),
	'{"jenis": "batas_harian", "jalur": "belajar_mandiri", "lingkup": "internasional", "tambahan_persen": 20,
	  "jp_sendiri": 3.60, "jp": 2.40, "terpotong": 1.20}'::jsonb,
	'D: belajar mandiri internasional, 3.60 alone, 2.40 together');
SELECT is((SELECT ipasn.jp_rincian(array_agg(jalur ORDER BY id), array_agg(lingkup ORDER BY id), array_agg(jumlah ORDER BY id), array_agg(mulai ORDER BY id), array_agg(selesai ORDER BY id), array_agg(id ORDER BY id))->'batas'->0->'hari'->0->'terpotong'
		   FROM kursus WHERE nip = 'D'), '1.00'::jsonb, 'D: the day cut 1.00 JP before the +20%');

-- records jp refuses are listed, never raised; they give nothing
INSERT INTO kursus VALUES
	('x1', 'E', 'seminar', 'nasional', 1, '2024-03-05', '2024-03-01'),
	('x2', 'E', 'pendidikan', 'nasional', NULL, NULL, NULL),
	('x3', 'E', NULL, 'nasional', 2, NULL, NULL),
	('x4', 'E', 'coaching', 'nasional', 1.5, NULL, NULL),
	('x5', 'E', 'seminar', 'nasional', 8, '2024-05-06', '2024-05-06');
CREATE TEMP TABLE re AS
	SELECT ipasn.jp_rincian(array_agg(jalur ORDER BY id), array_agg(lingkup ORDER BY id), array_agg(jumlah ORDER BY id), array_agg(mulai ORDER BY id), array_agg(selesai ORDER BY id), array_agg(id ORDER BY id)) AS x
	FROM kursus WHERE nip = 'E';
SELECT results_eq(
	$$SELECT c->>'id', c->>'kode', c->>'masalah' FROM re, jsonb_array_elements(x->'catatan') c$$,
	$$VALUES ('x1', 'selesai_sebelum_mulai', 'tanggal selesai 2024-03-01 sebelum tanggal mulai 2024-03-05'),
			 ('x2', 'tidak_lengkap', 'data tidak lengkap: jumlah semester pendidikan kosong'),
			 ('x3', 'jalur_kosong', 'data tidak lengkap: jalur kosong'),
			 ('x4', 'tidak_bulat', 'jumlah 1.5 untuk jalur coaching harus bilangan bulat (satuan kegiatan)'),
			 ('x5', NULL, NULL)$$,
	'E: each refused record with its kode and masalah');
SELECT is((SELECT x->'catatan'->4->>'janggal' FROM re),
	'jumlah 8 hari lebih dari 1 hari tanggalnya (2024-05-06 s.d. 2024-05-06): mungkin jam tercatat sebagai hari',
	'E: a counted but implausible record carries its janggal');
SELECT is((SELECT (x->>'jp')::numeric FROM re), 32.00, 'E: only x5 counts: 8 x 4 = 32.00');
SELECT is((SELECT (x->>'kegiatan')::int FROM re), 1, 'E: 1 record counted');
SELECT is((SELECT (x->>'tidak_dihitung')::int FROM re), 4, 'E: 4 records not counted');
SELECT throws_ok($$SELECT ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) FROM kursus WHERE nip = 'E'$$,
	'22023', 'selesai 2024-03-01 is before mulai 2024-03-05',
	'E: jp_total still raises on the bad record');

-- only refused records: jp NULL, like jp_total over rows that give NULL
SELECT is((SELECT ipasn.jp_rincian(array_agg(jalur), array_agg(lingkup), array_agg(jumlah), array_agg(mulai), array_agg(selesai), array_agg(id))->'jp'
		   FROM kursus WHERE id = 'x2'), 'null'::jsonb, 'no record gives JP: jp null');
SELECT is((SELECT ipasn.jp_rincian(array_agg(jalur), array_agg(lingkup), array_agg(jumlah), array_agg(mulai), array_agg(selesai), array_agg(id)) FROM kursus WHERE false),
	NULL, 'no rows: NULL');

-- generated people: the explanation's sum equals jp_total on the same rows,
-- and jp = sum(jp_sendiri) - sum(terpotong of each cap)
CREATE TEMP TABLE gen AS
SELECT 'P' || (g % 40) AS nip, g::text AS id,
	(ARRAY['e_learning','e_learning','belajar_mandiri','komunitas_belajar','coaching','mentoring',
		   'bimbingan_di_tempat_kerja','pelatihan_teknis','seminar','magang'])[1 + g % 10]::ipasn.jalur AS jalur,
	(CASE WHEN g % 7 = 0 THEN 'internasional' ELSE 'nasional' END)::ipasn.lingkup AS lingkup,
	(CASE WHEN g % 10 IN (4, 5, 6, 8, 9) THEN 1 + g % 3 ELSE ((g * 37) % 500) / 100.0 END)::numeric AS jumlah,
	date '2024-01-01' + (g * 13) % 60 AS mulai,
	date '2024-01-01' + (g * 13) % 60 + (g % 4) AS selesai
FROM generate_series(1, 2000) g;
SELECT is((SELECT count(*) FROM (
	SELECT nip, ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) AS t,
		   ipasn.jp_rincian(array_agg(jalur), array_agg(lingkup), array_agg(jumlah), array_agg(mulai), array_agg(selesai), array_agg(id)) AS x
	FROM gen GROUP BY nip) s
	WHERE (x->>'jp')::numeric IS DISTINCT FROM t), 0::bigint,
	'40 generated people, 2,000 records: jp_rincian''s jp = jp_total for everyone');
SELECT is((SELECT count(*) FROM (
	SELECT nip, ipasn.jp_rincian(array_agg(jalur), array_agg(lingkup), array_agg(jumlah), array_agg(mulai), array_agg(selesai), array_agg(id)) AS x
	FROM gen GROUP BY nip) s
	WHERE (x->>'jp')::numeric IS DISTINCT FROM
		  (SELECT sum((c->>'jp_sendiri')::numeric) FROM jsonb_array_elements(x->'catatan') c)
		  - coalesce((SELECT sum((b->>'terpotong')::numeric) FROM jsonb_array_elements(x->'batas') b), 0)),
	0::bigint, 'for everyone: jp = sum of jp_sendiri - sum of the caps'' terpotong');
SELECT cmp_ok((SELECT count(*) FROM (
	SELECT ipasn.jp_rincian(array_agg(jalur), array_agg(lingkup), array_agg(jumlah), array_agg(mulai), array_agg(selesai), array_agg(id)) AS x FROM gen GROUP BY nip) s,
	jsonb_array_elements(x->'batas') b), '>', 40::bigint, 'the generated data has caps across records to explain');
SELECT is((SELECT count(*) FROM (
	SELECT ipasn.jp_rincian(array_agg(jalur), array_agg(lingkup), array_agg(jumlah), array_agg(mulai), array_agg(selesai), array_agg(id)) AS x FROM gen GROUP BY nip) s,
	jsonb_array_elements(x->'batas') b
	WHERE (b->>'terpotong')::numeric <> (b->>'jp_sendiri')::numeric - (b->>'jp')::numeric), 0::bigint,
	'each cap: terpotong = jp_sendiri - jp');
SELECT is((SELECT count(*) FROM (
	SELECT ipasn.jp_rincian(array_agg(jalur), array_agg(lingkup), array_agg(jumlah), array_agg(mulai), array_agg(selesai), array_agg(id)) AS x FROM gen GROUP BY nip) s,
	jsonb_array_elements(x->'catatan') c
	JOIN gen g ON g.id = c->>'id'
	WHERE (c->>'jp_sendiri')::numeric IS DISTINCT FROM ipasn.jp(g.jalur, g.lingkup, g.jumlah, g.mulai, g.selesai)),
	0::bigint, 'each record''s jp_sendiri = ipasn.jp of the record');

-- markings and bad arrays
SELECT is((SELECT prokind::text || provolatile::text || proparallel::text || proisstrict::text FROM pg_proc
		   WHERE oid = 'ipasn.jp_rincian(ipasn.jalur[], ipasn.lingkup[], numeric[], date[], date[], text[])'::regprocedure),
	'fssfalse', 'jp_rincian is a function over arrays (not an aggregate), STABLE, PARALLEL SAFE, not STRICT');
SELECT throws_ok($$SELECT ipasn.jp_rincian('{seminar,seminar}', '{nasional}', '{1,1}', '{2024-01-01,2024-01-02}', '{NULL,NULL}')$$,
	'2202E', 'arrays of jp_rincian must have the same length: jalur has 2 elements, lingkup has 1',
	'arrays of different lengths: 2202E naming the lengths');
SELECT throws_ok($$SELECT ipasn.jp_rincian('{seminar}', '{nasional}', NULL, '{2024-01-01}', '{NULL}')$$,
	'22004', 'array jumlah of jp_rincian must not be NULL',
	'a NULL array (not an array of NULLs): 22004');

SELECT * FROM finish();
ROLLBACK;
