-- janggal: records that ipasn.jp counts but whose amount does not fit their
-- dates.  Every figure is worked by hand from Peraturan LAN 10/2018
-- (Lampiran: seminar 4 JP per day nasional, coaching 2 JP per activity,
-- pelatihan teknis as the programme's JP) and from the length of a JP
-- (45 minutes: 32 JP x 45 min = 24 hours, the most one day can hold).
\set ON_ERROR_STOP 1
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(36);

-- the typical cause: hours passed as days
SELECT is(ipasn.jp('seminar', 'nasional', 8, '2024-05-06', '2024-05-06'), 32.00,
	'seminar of 8 "days" on one date: 8 x 4 JP = 32.00 (jp is unchanged by janggal)');
SELECT is(ipasn.janggal('seminar', 'nasional', 8, '2024-05-06', '2024-05-06'),
	'jumlah 8 hari lebih dari 1 hari tanggalnya (2024-05-06 s.d. 2024-05-06): mungkin jam tercatat sebagai hari',
	'(a) seminar of 8 days on a 1-day date range is janggal');
SELECT is(ipasn.masalah('seminar', 'nasional', 8, '2024-05-06', '2024-05-06'), NULL,
	'the same record is not masalah''s: it is counted');

-- (a) day unit: amount equal to the days is plausible, above is not
SELECT is(ipasn.janggal('seminar', 'nasional', 3, '2024-05-06', '2024-05-08'), NULL,
	'(a) seminar 3 days on 6-8 May (3 days): plausible');
SELECT is(ipasn.janggal('workshop', 'internasional', 3.5, '2024-05-06', '2024-05-08'),
	'jumlah 3.5 hari lebih dari 3 hari tanggalnya (2024-05-06 s.d. 2024-05-08): mungkin jam tercatat sebagai hari',
	'(a) workshop 3.5 days on 3 days: janggal');
SELECT is(ipasn.janggal('sosialisasi', 'nasional', 0.5, '2024-05-06', '2024-05-08'), NULL,
	'(a) sosialisasi half a day within 3 days: plausible (fewer days than dates is normal)');
SELECT is(ipasn.janggal('seminar', 'nasional', NULL, '2024-05-06', '2024-05-08'), NULL,
	'(a) seminar without jumlah counts the days of its dates: plausible');

-- (b) activity unit
SELECT is(ipasn.janggal('coaching', 'nasional', 2, '2024-03-04', '2024-03-05'), NULL,
	'(b) 2 coaching activities on 2 days: plausible');
SELECT is(ipasn.janggal('coaching', 'nasional', 3, '2024-03-04', '2024-03-05'),
	'jumlah 3 kegiatan lebih dari 2 hari tanggalnya (2024-03-04 s.d. 2024-03-05): mungkin jam tercatat sebagai kegiatan',
	'(b) 3 coaching activities on 2 days: janggal');
SELECT is(ipasn.janggal('magang', 'nasional', 40, '2024-03-04', '2024-03-04'),
	'jumlah 40 kegiatan lebih dari 1 hari tanggalnya (2024-03-04 s.d. 2024-03-04): mungkin jam tercatat sebagai kegiatan',
	'(b) a magang of 40 (its hours) on one day: janggal');
SELECT is(ipasn.jp('magang', 'nasional', 40, '2024-03-04', '2024-03-04'), 800.00,
	'(b) ... and jp still gives 40 x 20 JP = 800.00');

-- (c) JP unit: at most 32 JP per day of the dates
SELECT is(ipasn.janggal('pelatihan_teknis', 'nasional', 32, '2024-05-06', '2024-05-06'), NULL,
	'(c) 32 JP on one day: exactly a whole day, plausible');
SELECT is(ipasn.janggal('pelatihan_teknis', 'nasional', 32.01, '2024-05-06', '2024-05-06'),
	'jumlah 32.01 JP lebih dari 32 JP per hari untuk 1 hari tanggalnya (2024-05-06 s.d. 2024-05-06), paling banyak 32 JP',
	'(c) 32.01 JP on one day: janggal');
SELECT is(ipasn.janggal('bimtek', 'internasional', 64, '2024-05-06', '2024-05-07'), NULL,
	'(c) bimtek 64 JP on 2 days (2 x 32): plausible');
SELECT is(ipasn.janggal('bimtek', 'internasional', 64.01, '2024-05-06', '2024-05-07'),
	'jumlah 64.01 JP lebih dari 32 JP per hari untuk 2 hari tanggalnya (2024-05-06 s.d. 2024-05-07), paling banyak 64 JP',
	'(c) bimtek 64.01 JP on 2 days: janggal');
SELECT is(ipasn.janggal('e_learning', 'nasional', 40, '2024-05-06', '2024-05-06'),
	'jumlah 40 JP lebih dari 32 JP per hari untuk 1 hari tanggalnya (2024-05-06 s.d. 2024-05-06), paling banyak 32 JP',
	'(c) e-learning 40 JP in one day (its cap of 3 JP applies, the amount is still janggal)');
SELECT is(ipasn.janggal('pelatihan_teknis', 'nasional', NULL, '2024-05-06', '2024-05-10'), NULL,
	'(c) no jumlah: 8 JP a day from the dates, plausible');
SELECT is(ipasn.janggal('pendidikan', 'nasional', 20, '2024-05-06', '2024-05-06'), NULL,
	'semesters are not compared with the dates');

-- (a)-(c) need both dates
SELECT is(ipasn.janggal('seminar', 'nasional', 8, '2024-05-06', NULL), NULL,
	'seminar of 8 days with only mulai: one-day record, but (a) needs both dates: NULL');
SELECT is(ipasn.janggal('pelatihan_teknis', 'nasional', 100, NULL, '2024-05-06'), NULL,
	'100 JP with only selesai: NULL');
SELECT is(ipasn.janggal('pelatihan_teknis', 'nasional', 100), NULL,
	'100 JP without dates: NULL');

-- (d) a date after the current date, whatever the unit
SELECT is(ipasn.janggal('pelatihan_teknis', 'nasional', 20, current_date, current_date), NULL,
	'(d) today is not after today: plausible');
SELECT is(ipasn.janggal('pendidikan', 'nasional', 2, NULL, current_date + 1),
	format('tanggal selesai %s sesudah hari ini: mungkin salah ketik tahun', to_char(current_date + 1, 'YYYY-MM-DD')),
	'(d) pendidikan with selesai tomorrow: janggal');
SELECT is(ipasn.janggal('coaching', 'nasional', 1, current_date + 1, NULL),
	format('tanggal mulai %s sesudah hari ini: mungkin salah ketik tahun', to_char(current_date + 1, 'YYYY-MM-DD')),
	'(d) coaching with only mulai, tomorrow: janggal');
SELECT is(ipasn.janggal('seminar', 'nasional', 1, '2042-05-06', '2042-05-06'),
	'tanggal mulai 2042-05-06 dan selesai 2042-05-06 sesudah hari ini: mungkin salah ketik tahun',
	'(d) a seminar in 2042 (typed for 2024): janggal');
SELECT is(ipasn.janggal('seminar', 'nasional', 8, '2042-05-06', '2042-05-06'),
	'jumlah 8 hari lebih dari 1 hari tanggalnya (2042-05-06 s.d. 2042-05-06): mungkin jam tercatat sebagai hari; tanggal mulai 2042-05-06 dan selesai 2042-05-06 sesudah hari ini: mungkin salah ketik tahun',
	'(a) and (d) together: both reasons');

-- (d) follows the session's time zone, also after a call in another zone
-- (Pago Pago UTC-11 and Kiritimati UTC+14: their dates always differ)
SET LOCAL timezone = 'Pacific/Pago_Pago';
SELECT ipasn.janggal('seminar', 'nasional', 1, current_date, current_date);
SET LOCAL timezone = 'Pacific/Kiritimati';
SELECT is(ipasn.janggal('seminar', 'nasional', 1, current_date, current_date), NULL,
	'(d) today in Kiritimati is not after today, after a call in Pago Pago');
SELECT isnt(ipasn.janggal('seminar', 'nasional', 1, current_date + 1, current_date + 1), NULL,
	'(d) tomorrow in Kiritimati is after today');
RESET timezone;

-- NULLs and records masalah refuses: NULL, never an error
SELECT is(ipasn.janggal(NULL, 'nasional', 8, '2024-05-06', '2024-05-06'), NULL,
	'NULL jalur: NULL');
SELECT is(ipasn.janggal('seminar', NULL, 8, '2024-05-06', '2024-05-06'), NULL,
	'NULL lingkup: NULL');
SELECT is(ipasn.janggal('seminar', 'nasional', 8, '2024-05-08', '2024-05-06'), NULL,
	'selesai before mulai is masalah''s: NULL');
SELECT is(ipasn.janggal('coaching', 'nasional', 1.5, '2042-05-06', '2042-05-06'), NULL,
	'half a coaching (masalah: not whole), even in 2042: NULL');
SELECT is(ipasn.janggal('pendidikan', 'nasional', NULL, '2042-05-06', '2042-05-06'), NULL,
	'pendidikan without semesters (masalah: incomplete), even in 2042: NULL');
SELECT is(ipasn.janggal('seminar', 'nasional', 'NaN', '2024-05-06', 'infinity'), NULL,
	'NaN amount and an infinite date: NULL, no error');

-- markings
SELECT is((SELECT provolatile::text || proisstrict::text || proparallel::text
		   FROM pg_proc WHERE oid = 'ipasn.janggal(ipasn.jalur, ipasn.lingkup, numeric, date, date)'::regprocedure),
	'sfalses', 'janggal is STABLE (it reads the current date), not STRICT, PARALLEL SAFE');
SELECT is(ipasn.janggal(jalur => 'seminar', lingkup => 'nasional', jumlah => 2), NULL,
	'named notation, dates defaulted: NULL');

SELECT * FROM finish();
ROLLBACK;
