-- ipasn.jp_total and its state: the caps across records (Peraturan LAN 10/2018, Lampiran), the state
-- algebra, parallel aggregation and the jp_state I/O.
SET search_path = ipasn, public;
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	d text;
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
	RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' / ' || nullif(d, ''), '');
END $$;
CREATE FUNCTION pg_temp.total1(j ipasn.jalur, l ipasn.lingkup, x numeric, m date, s date)
RETURNS numeric LANGUAGE sql AS $$ SELECT ipasn.jp_total(j, l, x, m, s) $$;

CREATE TABLE bangkom_uji (
	id serial PRIMARY KEY,
	pegawai text NOT NULL,
	jalur ipasn.jalur,
	lingkup ipasn.lingkup,
	jumlah numeric,
	mulai date,
	selesai date
);

-- A: coaching on 3, 10, 24 March and 2 April: March counts 2 of 3 (4 JP), April 2 -> 6.00
INSERT INTO bangkom_uji (pegawai, jalur, lingkup, jumlah, mulai) VALUES
	('A', 'coaching', 'nasional', 1, '2024-03-03'), ('A', 'coaching', 'nasional', 1, '2024-03-10'),
	('A', 'coaching', 'nasional', 1, '2024-03-24'), ('A', 'coaching', 'nasional', 1, '2024-04-02');
-- B: e-learning 5 JP on a day and 2 JP the next: 3 + 2 -> 5.00
INSERT INTO bangkom_uji (pegawai, jalur, lingkup, jumlah, mulai, selesai) VALUES
	('B', 'e_learning', 'nasional', 5, '2024-05-06', '2024-05-06'),
	('B', 'e_learning', 'nasional', 2, '2024-05-07', '2024-05-07');
-- C: 17 JP pelatihan_teknis internasional = 20.40, plus a 2-day seminar nasional 8 -> 28.40
INSERT INTO bangkom_uji (pegawai, jalur, lingkup, jumlah, mulai, selesai) VALUES
	('C', 'pelatihan_teknis', 'internasional', 17, '2024-02-01', '2024-02-03'),
	('C', 'seminar', 'nasional', NULL, '2024-02-10', '2024-02-11');
-- D: three mentoring records in June: 1 internasional (4 JP) and 2 nasional (2 JP each):
--    the 2 worth most count: 4 + 2 = 6.00; mentoring and coaching have their own 2:
--    2 coaching in June add 4 -> 10.00
INSERT INTO bangkom_uji (pegawai, jalur, lingkup, jumlah, mulai) VALUES
	('D', 'mentoring', 'nasional', 1, '2024-06-03'), ('D', 'mentoring', 'internasional', 1, '2024-06-20'),
	('D', 'mentoring', 'nasional', 1, '2024-06-25'),
	('D', 'coaching', 'nasional', 1, '2024-06-04'), ('D', 'coaching', 'nasional', 1, '2024-06-05');
-- E: one record of 3 coaching activities in July plus one more in July: 2 counted -> 4.00;
--    a coaching record without date is a month of its own: 2 activities -> 4.00; total 8.00
INSERT INTO bangkom_uji (pegawai, jalur, lingkup, jumlah, mulai) VALUES
	('E', 'coaching', 'nasional', 3, '2024-07-01'), ('E', 'coaching', 'nasional', 1, '2024-07-15'),
	('E', 'coaching', 'nasional', 2, NULL);
-- F: e-learning spread over days: 7 JP over 2024-01-01..03 (2.34, 2.33, 2.33) and 2 JP on
--    2024-01-02: day 1 2.34, day 2 min(3, 4.33) = 3, day 3 2.33 -> 7.67
INSERT INTO bangkom_uji (pegawai, jalur, lingkup, jumlah, mulai, selesai) VALUES
	('F', 'e_learning', 'nasional', 7, '2024-01-01', '2024-01-03'),
	('F', 'e_learning', 'nasional', 2, '2024-01-02', '2024-01-02');
-- G: national and international e-learning never share a day's cap: 3 (cap 3) + 4 (cap 4) -> 7.00
INSERT INTO bangkom_uji (pegawai, jalur, lingkup, jumlah, mulai, selesai) VALUES
	('G', 'e_learning', 'nasional', 5, '2024-08-01', '2024-08-01'),
	('G', 'e_learning', 'internasional', 5, '2024-08-01', '2024-08-01');
-- H: belajar_mandiri internasional, 1.5 JP on each of 2024-09-02 and the same day again
--    (3 JP that day -> cap 2) and 1.01 JP on 2024-09-03: 2 + 1.01 = 3.01, +20% once =
--    3.612 -> 3.61 (rounded once, not per day: 2.40 + 1.21 = 3.61 here too);
--    komunitas_belajar is a separate cap: 2 JP nasional -> 2.00; total 5.61
INSERT INTO bangkom_uji (pegawai, jalur, lingkup, jumlah, mulai, selesai) VALUES
	('H', 'belajar_mandiri', 'internasional', 1.5, '2024-09-02', '2024-09-02'),
	('H', 'belajar_mandiri', 'internasional', 1.5, '2024-09-02', '2024-09-02'),
	('H', 'belajar_mandiri', 'internasional', 1.01, '2024-09-03', '2024-09-03'),
	('H', 'komunitas_belajar', 'nasional', 2, '2024-09-02', '2024-09-02');
-- I: +20% rounded once on the sum: belajar_mandiri internasional 0.01 JP on 3 days ->
--    0.03 x 1.2 = 0.036 -> 0.04 (per day it would be 0.01 x 3 = 0.03)
INSERT INTO bangkom_uji (pegawai, jalur, lingkup, jumlah, mulai, selesai) VALUES
	('I', 'belajar_mandiri', 'internasional', 0.01, '2024-10-01', '2024-10-01'),
	('I', 'belajar_mandiri', 'internasional', 0.01, '2024-10-02', '2024-10-02'),
	('I', 'belajar_mandiri', 'internasional', 0.01, '2024-10-03', '2024-10-03');
-- J: only rows that give NULL (incomplete) -> jp_total NULL, like sum()
INSERT INTO bangkom_uji (pegawai, jalur, lingkup, jumlah) VALUES
	('J', 'pendidikan', 'nasional', NULL), ('J', NULL, 'nasional', 3);
-- K: incomplete rows are skipped: 10 JP teknis + an 8-day record without jumlah -> 10.00
INSERT INTO bangkom_uji (pegawai, jalur, lingkup, jumlah, mulai, selesai) VALUES
	('K', 'pelatihan_teknis', 'nasional', 10, '2024-03-01', '2024-03-02'),
	('K', 'pelatihan_teknis', 'nasional', NULL, '2024-03-01', '2024-03-08');

SELECT pegawai, jp_total(jalur, lingkup, jumlah, mulai, selesai),
       jp_kegiatan(jp_state_agg(jalur, lingkup, jumlah, mulai, selesai)) AS kegiatan
FROM bangkom_uji GROUP BY pegawai ORDER BY pegawai;

-- over no rows: NULL
SELECT jp_total(jalur, lingkup, jumlah, mulai, selesai) FROM bangkom_uji WHERE false;

-- a bad row raises (the aggregate does not skip it silently)
SELECT pg_temp.err($$SELECT ipasn.jp_total(j, 'nasional', x, NULL, NULL)
                     FROM (VALUES ('seminar'::ipasn.jalur, 1::numeric), ('seminar', -2)) v(j, x)$$);

-- jp of a lone record equals jp_total of that record alone, for every rule
-- (every jalur x lingkup, with and without jumlah and dates)
SELECT count(*) AS records,
       count(*) FILTER (WHERE jp(j, l, x, m, s) IS DISTINCT FROM pg_temp.total1(j, l, x, m, s)) AS different
FROM unnest(enum_range(NULL::jalur)) AS j,
     unnest(enum_range(NULL::lingkup)) AS l,
     (VALUES (NULL::numeric), (0), (1), (3), (20)) AS v(x),
     (VALUES (NULL::date, NULL::date), ('2024-01-01', '2024-01-01'), ('2024-01-01', '2024-01-03'),
             (NULL, '2024-02-29'), ('2024-01-01', '2024-01-07')) AS d(m, s);
-- and fractional amounts for the jalur whose unit allows them
SELECT count(*) AS records,
       count(*) FILTER (WHERE jp(j, l, x, m, s) IS DISTINCT FROM pg_temp.total1(j, l, x, m, s)) AS different
FROM unnest(enum_range(NULL::jalur)) AS j,
     unnest(enum_range(NULL::lingkup)) AS l,
     (VALUES (0.01), (7.77), (13.33)) AS v(x),
     (VALUES (NULL::date, NULL::date), ('2024-01-01', '2024-01-03'), ('2024-01-01', '2024-01-07')) AS d(m, s)
WHERE satuan(j) IN ('jp', 'hari');

-- state algebra: for random splits of each employee's records, merging the parts'
-- states gives the whole's total
SELECT setseed(0.42);
CREATE TABLE bagian AS
SELECT b.*, s.seed, (random() * 3)::int AS part
FROM bangkom_uji b, generate_series(1, 20) AS s(seed);
WITH whole AS (
	SELECT pegawai, jp_total(jalur, lingkup, jumlah, mulai, selesai) AS total
	FROM bangkom_uji GROUP BY pegawai
), parts AS (
	SELECT seed, pegawai, part, jp_state_agg(jalur, lingkup, jumlah, mulai, selesai) AS st
	FROM bagian GROUP BY seed, pegawai, part
), merged AS (
	SELECT seed, pegawai, jp_value(jp_merge(st)) AS total FROM parts GROUP BY seed, pegawai
)
SELECT count(*) AS splits, count(*) FILTER (WHERE m.total IS DISTINCT FROM w.total) AS different
FROM merged m JOIN whole w USING (pegawai);

-- combine handles NULL on either side, and is not sensitive to order
SELECT jp_state_combine(NULL, NULL) IS NULL AS both_null,
       jp_value(jp_state_combine(NULL, '1|100|1|0|0')) AS "1.00",
       jp_value(jp_state_combine('1|100|1|0|0', NULL)) AS "1.00",
       jp_value(jp_state_combine('1|0|0|0|0', '1|0|0|0|0')) AS "0.00 (empty states)";

-- text round trip: in(out(x)) = x
SELECT count(*) AS states,
       count(*) FILTER (WHERE st::text::ipasn.jp_state::text <> st::text) AS different
FROM (SELECT jp_state_agg(jalur, lingkup, jumlah, mulai, selesai) AS st
      FROM bangkom_uji GROUP BY pegawai) s;
SELECT jp_state_agg(jalur, lingkup, jumlah, mulai, selesai)
FROM bangkom_uji WHERE pegawai IN ('A', 'E') GROUP BY pegawai ORDER BY pegawai;

-- binary round trip: recv(send(x)) = x, through COPY BINARY
CREATE TABLE state_simpan (pegawai text, st ipasn.jp_state);
INSERT INTO state_simpan
SELECT pegawai, jp_state_agg(jalur, lingkup, jumlah, mulai, selesai) FROM bangkom_uji GROUP BY pegawai;
\copy state_simpan TO '/tmp/ipasn_jp_state.bin' WITH (FORMAT binary)
CREATE TABLE state_balik (LIKE state_simpan);
\copy state_balik FROM '/tmp/ipasn_jp_state.bin' WITH (FORMAT binary)
SELECT count(*) AS states,
       count(*) FILTER (WHERE a.st::text IS DISTINCT FROM b.st::text
                           OR jp_value(a.st) IS DISTINCT FROM jp_value(b.st)) AS different
FROM state_simpan a JOIN state_balik b USING (pegawai);
-- a stored state merges with new records: A's state + one more March coaching -> still 6.00
SELECT jp_value(jp_state_combine(st, (SELECT jp_state_agg(j, 'nasional', 1, d, NULL)
                                       FROM (VALUES ('coaching'::ipasn.jalur, '2024-03-30'::date)) v(j, d))))
FROM state_simpan WHERE pegawai = 'A';

-- malformed state text is rejected with 22P02, never a crash
SELECT t, pg_temp.err(format('SELECT %L::ipasn.jp_state', t))
FROM (VALUES (''), ('x'), ('3|0|0|0|0'), ('1|-5|0|0|0'), ('1|0|0|0'), ('1|0|0|0|0|'),
             ('1|0|0|0|9'), ('1|0|0|5|0'), ('1|0|0|0|0|X,coaching,nasional,0,1,1,2,0,200'),
             ('1|0|1|0|0|M,nope,nasional,0,1,1,2,0,200'), ('1|0|1|0|0|M,coaching,nasional,0,1,101,2,0,200'),
             ('1|0|1|0|0|D,e_learning,nasional,0,1,0,300,0,100'), ('1|0|1|0|0|D,e_learning,nasional,0,1,400,300,0,100'),
             ('1|0|1|0|0|D,e_learning,nasional,0,1,1,0,0,100'), ('1|0|0|0|0|D,e_learning,nasional,0,1,1,300,0,100'),
             ('1|0|1|0|0|M,coaching,nasional,0,1,1,2,20,200'), ('1|0|1|0|0|M,coaching,nasional,0,1,1,2,0,-1'),
             ('1|0|1|0|0|M,coaching,nasional,0,1,1,2,0,200 trailing'),
             ('1|99999999999999999999|0|0|0')) AS v(t);

-- parallel aggregation: Partial/Finalize plans give the serial results
CREATE TABLE bangkom_besar AS
SELECT 'P' || (g % 97) AS pegawai, b.jalur, b.lingkup, b.jumlah,
       b.mulai + (g % 5) AS mulai, b.selesai + (g % 5) AS selesai
FROM bangkom_uji b, generate_series(1, 300) g
WHERE b.pegawai <> 'J';
ANALYZE bangkom_besar;
CREATE TABLE serial_result AS
SELECT pegawai, jp_total(jalur, lingkup, jumlah, mulai, selesai) AS total,
       jp_state_agg(jalur, lingkup, jumlah, mulai, selesai)::text AS st
FROM bangkom_besar GROUP BY pegawai;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT pegawai, jp_total(jalur, lingkup, jumlah, mulai, selesai) FROM bangkom_besar GROUP BY pegawai;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE p.total IS DISTINCT FROM s.total) AS different
FROM (SELECT pegawai, jp_total(jalur, lingkup, jumlah, mulai, selesai) AS total
      FROM bangkom_besar GROUP BY pegawai) p
JOIN serial_result s USING (pegawai);
-- without GROUP BY, and with a worker that sees no rows
EXPLAIN (COSTS OFF)
SELECT jp_total(jalur, lingkup, jumlah, mulai, selesai) FROM bangkom_besar;
SELECT jp_total(jalur, lingkup, jumlah, mulai, selesai) AS "NULL: no rows in any worker"
FROM bangkom_besar WHERE jumlah + 0 < 0;
SELECT jp_value(jp_merge(st::ipasn.jp_state)) =
       (SELECT jp_value(jp_merge(s)) FROM (SELECT jp_state_agg(jalur, lingkup, jumlah, mulai, selesai) s
                                         FROM bangkom_besar GROUP BY pegawai) x) AS merge_parallel_equals_serial
FROM serial_result;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
DROP TABLE bangkom_uji, bagian, state_simpan, state_balik, bangkom_besar, serial_result;
