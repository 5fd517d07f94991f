-- The per-day cap across records (Peraturan LAN 10/2018, Lampiran:
-- e-learning at most 3 JP a day nasional) is applied by one implementation
-- (jp_state.c) for jp_total and for jp_rincian: the same figure from both,
-- and jp_rincian lists the records sharing a day in their input order.
-- A record over several days spreads its JP in hundredths, the first
-- (JP mod days) days one hundredth more.
\set ON_ERROR_STOP 1
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(8);

CREATE TEMP TABLE kursus (id text, nip text, jalur ipasn.jalur, lingkup ipasn.lingkup,
	jumlah numeric, mulai date, selesai date);

-- D: 7 JP e-learning over 3 days (2024-03-04..06): 2.34, 2.33, 2.33; and
-- 1 JP e-learning on 2024-03-04, listed first (id 'a').  The first day
-- holds 2.34 + 1.00 = 3.34, counted 3.00; the year 3.00 + 2.33 + 2.33 =
-- 7.66; by record 7.00 + 1.00 = 8.00; cut 0.34.
INSERT INTO kursus VALUES
	('a', 'D', 'e_learning', 'nasional', 1, '2024-03-04', '2024-03-04'),
	('b', 'D', 'e_learning', 'nasional', 7, '2024-03-04', '2024-03-06');
CREATE TEMP TABLE r AS
	SELECT ipasn.jp_rincian(array_agg(jalur ORDER BY id), array_agg(lingkup ORDER BY id), array_agg(jumlah ORDER BY id),
							array_agg(mulai ORDER BY id), array_agg(selesai ORDER BY id), array_agg(id ORDER BY id)) AS x
	FROM kursus WHERE nip = 'D';

SELECT is((SELECT ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) FROM kursus WHERE nip = 'D'), 7.66,
	'D: jp_total 3.00 + 2.33 + 2.33 = 7.66');
SELECT is((SELECT (x->>'jp')::numeric FROM r), 7.66, 'D: jp_rincian gives the same 7.66');
SELECT is((SELECT (x->>'terpotong')::numeric FROM r), 0.34, 'D: 8.00 by record, 0.34 cut');
SELECT is((SELECT x->'batas'->0->'hari' FROM r),
	'[{"tanggal": "2024-03-04", "catatan": [{"no": 1, "id": "a", "jp": 1.00}, {"no": 2, "id": "b", "jp": 2.34}],
	   "jumlah": 3.34, "batas_jp": 3.00, "dihitung": 3.00, "terpotong": 0.34}]'::jsonb,
	'D: only the first day is cut; its records in input order, the 7 JP record''s first day 2.34');

-- E: the same records given in the other order: the day lists them in that order
CREATE TEMP TABLE r2 AS
	SELECT ipasn.jp_rincian(array_agg(jalur ORDER BY id DESC), array_agg(lingkup ORDER BY id DESC), array_agg(jumlah ORDER BY id DESC),
							array_agg(mulai ORDER BY id DESC), array_agg(selesai ORDER BY id DESC), array_agg(id ORDER BY id DESC)) AS x
	FROM kursus WHERE nip = 'D';
SELECT is((SELECT x->'batas'->0->'hari'->0->'catatan' FROM r2),
	'[{"no": 1, "id": "b", "jp": 2.34}, {"no": 2, "id": "a", "jp": 1.00}]'::jsonb,
	'D reversed: the day lists b then a');
SELECT is((SELECT (x->>'jp')::numeric FROM r2), 7.66, 'D reversed: the same 7.66');

-- F: two undated e-learning records of 4 and 2 JP: each a day of its own
-- (no date to share), each at most 3 JP: 3.00 + 2.00 = 5.00, nothing cut
-- across records
INSERT INTO kursus VALUES
	('u1', 'F', 'e_learning', 'nasional', 4, NULL, NULL),
	('u2', 'F', 'e_learning', 'nasional', 2, NULL, NULL);
SELECT is((SELECT ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) FROM kursus WHERE nip = 'F'), 5.00,
	'F: undated records are days of their own: 3.00 + 2.00');
SELECT is((SELECT ipasn.jp_rincian(array_agg(jalur), array_agg(lingkup), array_agg(jumlah), array_agg(mulai), array_agg(selesai), array_agg(id))->'batas'
		   FROM kursus WHERE nip = 'F'), '[]'::jsonb, 'F: no cap across records');

SELECT * FROM finish();
ROLLBACK;
