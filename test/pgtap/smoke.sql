-- smoke: a few JP figures worked out by hand from Peraturan LAN 10/2018
-- (Lampiran), and two bad inputs; also proves that `make test` counts pgTAP
-- assertions one by one.
\set ON_ERROR_STOP 1
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(11);

-- seminar: 4 JP per day nasional, 6 JP per day internasional
SELECT is(ipasn.jp('seminar', 'nasional', 2), 8.00,
	'seminar, 2 days, nasional: 2 x 4 JP = 8.00');
SELECT is(ipasn.jp('seminar', 'internasional', 1), 6.00,
	'seminar, 1 day, internasional: 6.00');
-- pelatihan teknis: JP of the program, +20% internasional, half up to hundredths
SELECT is(ipasn.jp('pelatihan_teknis', 'internasional', 17), 20.40,
	'pelatihan teknis 17 JP internasional: 17 x 1.2 = 20.40 exactly');
SELECT is(ipasn.jp('pelatihan_teknis', 'internasional', 1.01), 1.21,
	'pelatihan teknis 1.01 JP internasional: 1.212 rounds half up to 1.21');
-- a certificate with dates only: 8 JP per day (at most 7 days)
SELECT is(ipasn.jp('pelatihan_teknis', 'nasional', NULL, '2024-03-04', '2024-03-06'), 24.00,
	'pelatihan teknis without jumlah, 3 days: 3 x 8 JP = 24.00');
-- coaching: 2 JP per activity nasional
SELECT is(ipasn.jp('coaching', 'nasional', 1), 2.00,
	'coaching, 1 activity, nasional: 2.00');
-- across records: at most 2 coaching activities count per calendar month
SELECT is(ipasn.jp_total(j::ipasn.jalur, l::ipasn.lingkup, x, m, NULL), 4.00,
	'three coaching activities in March 2024: 2 count, 2 x 2 JP = 4.00')
  FROM (VALUES ('coaching', 'nasional', 1, date '2024-03-04'),
			   ('coaching', 'nasional', 1, date '2024-03-11'),
			   ('coaching', 'nasional', 1, date '2024-03-18')) AS r(j, l, x, m);
-- across records: e-learning at most 3 JP per day nasional
SELECT is(ipasn.jp_total(j::ipasn.jalur, l::ipasn.lingkup, x, m, m), 3.00,
	'e-learning 2 JP + 2 JP on one day, nasional: capped at 3.00')
  FROM (VALUES ('e_learning', 'nasional', 2, date '2024-03-04'),
			   ('e_learning', 'nasional', 2, date '2024-03-04')) AS r(j, l, x, m);
SELECT is(ipasn.jp(NULL, 'nasional', 2), NULL,
	'NULL jalur: NULL');
-- bad input: SQLSTATE 22023 and a message naming the value
SELECT throws_ok($$SELECT ipasn.jp('seminar', 'nasional', 1.234)$$, '22023',
	'jumlah 1.234 of jalur "seminar" has more than two decimals',
	'jumlah with three decimals: 22023');
SELECT throws_ok($$SELECT ipasn.jp('seminar', 'nasional', 1, '2024-03-05', '2024-03-01')$$, '22023',
	'selesai 2024-03-01 is before mulai 2024-03-05',
	'selesai before mulai: 22023');

SELECT * FROM finish();
ROLLBACK;
