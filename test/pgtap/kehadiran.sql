-- Attendance kept: records that are incomplete for JP (jalur known, no
-- amount and no usable date, so ipasn.jp gives NULL) still prove attendance
-- where the regulation counts attendance, not hours (PermenPANRB 38/2018 and
-- Peraturan BKN 8/2019, dimension kompetensi): a diklat fungsional ever
-- attended, and the seminar component (a seminar/workshop/kursus/bimtek...
-- in the 2 years up to as_of).  They give no JP: kegiatan counts only the
-- records that gave a JP value.  Invalid records still raise; rows whose
-- jalur is NULL (what a view passes for a record it could not read) are
-- skipped.  as_of 2024-12-31: the JP window is 2024-01-01..2024-12-31, the
-- seminar window 2023-01-01..2024-12-31.
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
SELECT plan(22);

CREATE TEMP TABLE r (pegawai text, jalur ipasn.jalur, lingkup ipasn.lingkup, jumlah numeric,
	mulai date, selesai date);
INSERT INTO r VALUES
	-- A: only an incomplete pelatihan_fungsional (no JP amount, no date)
	('A', 'pelatihan_fungsional', 'nasional', NULL, NULL, NULL),
	-- B: the same beside a complete pelatihan_teknis of 16 JP in the window
	('B', 'pelatihan_fungsional', 'nasional', NULL, NULL, NULL),
	('B', 'pelatihan_teknis', 'nasional', 16, '2024-03-04', '2024-03-05'),
	-- C: a pelatihan_fungsional of 20 days without JP (more than 7 days: no 8 JP a day)
	('C', 'pelatihan_fungsional', 'nasional', NULL, '2024-05-01', '2024-05-20'),
	-- D: a bimtek of 10 days without JP, ended 2023-03-10: in the seminar window
	('D', 'bimtek', 'nasional', NULL, '2023-03-01', '2023-03-10'),
	-- E: the same in 2022: before the seminar window
	('E', 'bimtek', 'nasional', NULL, '2022-03-01', '2022-03-10'),
	-- F: a kursus without JP and without a date: in no window
	('F', 'kursus', 'nasional', NULL, NULL, NULL),
	-- G: after as_of
	('G', 'bimtek', 'nasional', NULL, '2025-02-01', '2025-02-10'),
	-- H: two complete records (16 JP teknis, a 1-day seminar = 4 JP) and two incomplete ones
	('H', 'pelatihan_teknis', 'nasional', 16, '2024-03-04', '2024-03-05'),
	('H', 'seminar', 'nasional', 1, '2024-06-12', '2024-06-12'),
	('H', 'pelatihan_fungsional', 'nasional', NULL, NULL, NULL),
	('H', 'bimtek', 'nasional', NULL, '2024-08-01', '2024-08-10'),
	-- I: a row a view could not read (jalur NULL) beside an incomplete fungsional
	('I', NULL, 'nasional', 5, '2024-01-01', '2024-01-01'),
	('I', 'pelatihan_fungsional', 'nasional', NULL, NULL, NULL);

CREATE TEMP VIEW p AS
SELECT pegawai, ipasn.profil_bangkom(jalur, lingkup, jumlah, mulai, selesai, date '2024-12-31') AS b
  FROM r GROUP BY pegawai;

-- the records really are incomplete for JP: ipasn.jp gives NULL
SELECT is((SELECT count(*) FROM r WHERE jalur IS NOT NULL AND jumlah IS NULL
			AND ipasn.jp(jalur, lingkup, jumlah, mulai, selesai) IS NULL), 10::bigint,
	'the ten records without an amount give no JP (incomplete, not invalid)');

SELECT is((SELECT b::text FROM p WHERE pegawai = 'A'), '(0.00,0.00,f,t,0)',
	'an incomplete pelatihan_fungsional still gives the fungsional credit, no JP, no kegiatan');
SELECT is((SELECT b::text FROM p WHERE pegawai = 'B'), '(16.00,16.00,f,t,1)',
	'beside a 16-JP pelatihan_teknis: 16 JP, fungsional, one kegiatan');
SELECT is((SELECT b::text FROM p WHERE pegawai = 'C'), '(0.00,0.00,f,t,0)',
	'a 20-day pelatihan_fungsional without JP: fungsional, no JP');
SELECT is((SELECT b::text FROM p WHERE pegawai = 'D'), '(0.00,0.00,t,f,0)',
	'an incomplete bimtek ended 2023-03-10, within 2 years of as_of: the seminar component');
SELECT is((SELECT b::text FROM p WHERE pegawai = 'E'), '(0.00,0.00,f,f,0)',
	'the same ended 2022-03-10, before the 2-year window: no seminar component');
SELECT is((SELECT b::text FROM p WHERE pegawai = 'F'), '(0.00,0.00,f,f,0)',
	'an incomplete kursus with no date is in no window: no seminar component');
SELECT is((SELECT b::text FROM p WHERE pegawai = 'G'), '(0.00,0.00,f,f,0)',
	'an incomplete bimtek after as_of: no seminar component');
SELECT is((SELECT b::text FROM p WHERE pegawai = 'H'), '(20.00,20.00,t,t,2)',
	'16 JP + 4 JP (1 seminar day nasional) = 20.00; seminar and fungsional; kegiatan counts the 2 records that gave JP');
SELECT is((SELECT b::text FROM p WHERE pegawai = 'I'), '(0.00,0.00,f,t,0)',
	'a row with a NULL jalur is skipped, the incomplete fungsional beside it counts');

-- the kompetensi dimension of a fungsional position (Perban BKN 8/2019):
-- diklat fungsional 15 + 20 JP 15 + seminar 10
SELECT is((SELECT ipasn.skor_kompetensi('fungsional', NULL, (b).fungsional, (b).jp_teknis, (b).seminar)
			 FROM p WHERE pegawai = 'A'), 15.00::numeric,
	'kompetensi of A (fungsional position): 15 for the diklat fungsional, nothing else');
SELECT is((SELECT ipasn.skor_kompetensi('fungsional', NULL, (b).fungsional, (b).jp_teknis, (b).seminar)
			 FROM p WHERE pegawai = 'H'), 40.00::numeric,
	'kompetensi of H (fungsional position): 15 + 15 (20 JP) + 10 (seminar) = 40');

-- jp_total: the incomplete records give nothing, the figures do not move
SELECT is((SELECT ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) FROM r WHERE pegawai = 'H'),
	20.00::numeric, 'jp_total of H: 20.00, the incomplete records add nothing');
SELECT is((SELECT ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) FROM r WHERE pegawai = 'A'),
	NULL::numeric, 'jp_total of incomplete records only: NULL, like sum()');

-- stored and merged: the attendance travels in the state
SELECT is((SELECT ipasn.profil_state_agg(jalur, lingkup, jumlah, mulai, selesai, date '2024-12-31')::text
			 FROM r WHERE pegawai = 'A'), '2|0|0|0|2',
	'the state of an incomplete fungsional: no JP, no kegiatan, the fungsional flag');
SELECT is((SELECT ipasn.profil(ipasn.jp_merge(st))::text
			 FROM (SELECT ipasn.profil_state_agg(jalur, lingkup, jumlah, mulai, selesai, date '2024-12-31')::text::ipasn.jp_state AS st
					 FROM r WHERE pegawai = 'H' GROUP BY jumlah IS NULL) AS s),
	'(20.00,20.00,t,t,2)', 'H from two stored states (complete and incomplete records apart), merged');
SELECT is((SELECT ipasn.profil(ipasn.jp_merge(st))::text
			 FROM (VALUES ('1|0|0|0|2'::ipasn.jp_state), ('2|1600|1|1600|0')) AS v(st)),
	'(16.00,16.00,f,t,1)', 'a state stored by ipasn 0.2.0 (version 1) with the fungsional flag merges with a new one');

-- invalid records still raise in the typed aggregates
SELECT throws_ok($q$SELECT ipasn.profil_bangkom('pelatihan_fungsional', 'nasional', 10, '2024-03-05', '2024-03-01', '2024-12-31')$q$,
	'22023', 'selesai 2024-03-01 is before mulai 2024-03-05',
	'profil_bangkom: a record ending before it starts raises (22023)');
SELECT throws_ok($q$SELECT ipasn.profil_bangkom('bimtek', 'nasional', -2, NULL, NULL, '2024-12-31')$q$,
	'22023', NULL, 'profil_bangkom: a negative amount raises (22023)');
SELECT throws_ok($q$SELECT ipasn.jp_total('pelatihan_fungsional', 'nasional', 10, '2024-03-05', '2024-03-01')$q$,
	'22023', 'selesai 2024-03-01 is before mulai 2024-03-05',
	'jp_total: a record ending before it starts raises (22023)');
SELECT throws_ok($q$SELECT ipasn.profil_bangkom('pelatihan_fungsional', 'nasional', NULL, '2024-03-01', '2025-06-01', '2024-12-31')$q$,
	'22023', NULL, 'profil_bangkom: an incomplete record whose dates span more than 366 days is invalid, not incomplete (22023)');
SELECT is((SELECT ipasn.masalah('pelatihan_fungsional', 'nasional', NULL, NULL, NULL) IS NOT NULL), true,
	'masalah still lists the incomplete record (a data team can send its amount)');

SELECT * FROM finish();
ROLLBACK;
