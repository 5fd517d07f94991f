-- pgTAP: ipasn.baca_catatan (doc/readers.md "The record reader"): one record
-- of an agency's table read as the triggers read it, never raising on its
-- values; every kode with its masalah; blank scope as nasional (a record
-- that does not say internasional gets neither the +20 % nor the
-- international rates of Peraturan LAN 10/2018); the never-raising twins of
-- the text readers; a view over every kind of bad row that never fails.
\set ON_ERROR_STOP 1
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(77);

-- counted records ----------------------------------------------------------
-- a 1-day seminar stored as 8 hours: a seminar counts its days (4 JP a day,
-- Peraturan LAN 10/2018, Lampiran), so the hours are not its jumlah
SELECT is(c.jalur, 'seminar', 'seminar 8 jam: jalur') FROM ipasn.baca_catatan('Seminar Nasional', NULL, '8', '2024-05-06', '2024-05-06', 'jam') c;
SELECT is(c.lingkup, 'nasional', 'seminar 8 jam: lingkup nasional from the jalur text') FROM ipasn.baca_catatan('Seminar Nasional', NULL, '8', '2024-05-06', '2024-05-06', 'jam') c;
SELECT is(c.jumlah, NULL, 'seminar 8 jam: jumlah NULL (the days come from the dates)') FROM ipasn.baca_catatan('Seminar Nasional', NULL, '8', '2024-05-06', '2024-05-06', 'jam') c;
SELECT is(c.kode, NULL, 'seminar 8 jam: no kode') FROM ipasn.baca_catatan('Seminar Nasional', NULL, '8', '2024-05-06', '2024-05-06', 'jam') c;
SELECT is(c.masalah, NULL, 'seminar 8 jam: no masalah') FROM ipasn.baca_catatan('Seminar Nasional', NULL, '8', '2024-05-06', '2024-05-06', 'jam') c;
SELECT is(c.janggal, NULL, 'seminar 8 jam: plausible') FROM ipasn.baca_catatan('Seminar Nasional', NULL, '8', '2024-05-06', '2024-05-06', 'jam') c;
SELECT is(ipasn.jp(c.jalur, c.lingkup, c.jumlah, '2024-05-06', '2024-05-06'), 4.00,
	'seminar 8 jam on 1 day: 1 day x 4 JP = 4.00') FROM ipasn.baca_catatan('Seminar Nasional', NULL, '8', '2024-05-06', '2024-05-06', 'jam') c;
-- blank and "-" scope read as nasional
SELECT is(c.lingkup, 'nasional', 'blank lingkup reads as nasional') FROM ipasn.baca_catatan('Pelatihan Teknis', '  ', '24', '2024-03-04', '2024-03-06', 'jam') c;
SELECT is(c.lingkup, 'nasional', '"-" lingkup reads as nasional') FROM ipasn.baca_catatan('Pelatihan Teknis', '-', '24', '2024-03-04', '2024-03-06', 'jam') c;
SELECT is(c.jumlah, 24::numeric, 'pelatihan teknis 24 jam: JP-unit jalur keeps the hours') FROM ipasn.baca_catatan('Pelatihan Teknis', '-', '24', '2024-03-04', '2024-03-06', 'jam') c;
SELECT is(ipasn.jp(c.jalur, c.lingkup, c.jumlah, '2024-03-04', '2024-03-06'), 24.00,
	'pelatihan teknis 24 JP with a blank scope: 24.00 (no +20 %)') FROM ipasn.baca_catatan('Pelatihan Teknis', '', '24', '2024-03-04', '2024-03-06', 'jam') c;
-- the scope word of the jalur text when the scope column is blank
SELECT is(c.lingkup, 'internasional', '"Webinar Internasional" with a blank scope: internasional') FROM ipasn.baca_catatan('Webinar Internasional', '', '3', '2024-05-06', '2024-05-06', 'jam') c;
SELECT is(ipasn.jp(c.jalur, c.lingkup, c.jumlah, '2024-05-06', '2024-05-06'), 6.00,
	'"Webinar Internasional", 1 day: 6 JP a day (international seminar)') FROM ipasn.baca_catatan('Webinar Internasional', '', '3', '2024-05-06', '2024-05-06', 'jam') c;
SELECT is(c.lingkup, 'nasional', 'a filled scope column wins over the jalur text') FROM ipasn.baca_catatan('Webinar Internasional', 'Dalam Negeri', '3', '2024-05-06', '2024-05-06', 'jam') c;
-- 'satuan': the amount in the jalur's own unit
SELECT is(ipasn.jp(c.jalur, c.lingkup, c.jumlah, '2024-05-06', '2024-05-07'), 8.00,
	'satuan: seminar 2 (days) over 2 days = 8.00') FROM ipasn.baca_catatan('seminar', 'nasional', '2', '2024-05-06', '2024-05-07', 'satuan') c;
SELECT is(c.jumlah, 12.5, 'a decimal comma: 12,5') FROM ipasn.baca_catatan('Bimtek Keuangan Daerah', 'nasional', '12,5 JP', '2024-05-06', '2024-05-07', 'satuan') c;
-- janggal: hours passed as days (8 "days" in a 1-day range)
SELECT is(c.janggal IS NOT NULL AND c.kode IS NULL, true, 'satuan seminar 8 on 1 day: counted, but janggal') FROM ipasn.baca_catatan('seminar', 'nasional', '8', '2024-05-06', '2024-05-06', 'satuan') c;

-- programmes without hours: the JP Peraturan LAN 15/2019 fixes for
-- Pelatihan Kepemimpinan Pengawas (830 JP: 290 in class, 540 at the agency),
-- from ipasn.aturan_program; SIASN stores 0 hours for leadership training
SELECT is(c.jumlah, 830.00, 'PKP Angkatan XII, 0 jam over 117 days: the programme''s 830 JP')
	FROM ipasn.baca_catatan('PKP Angkatan XII', '', '0', '2024-01-08', '2024-05-03', 'jam') c;
SELECT is(c.kode, 'tidak_lengkap', 'Diklatpim Tk. IV Angkatan 3 (the level of PKP, not its programme): incomplete')
	FROM ipasn.baca_catatan('Diklatpim Tk. IV Angkatan 3', '', NULL, '2015-03-02', '2015-06-30', 'jam') c;
SELECT is(c.kode, 'tidak_lengkap', 'PKA Angkatan 2 without hours: no programme row, incomplete (117 days)')
	FROM ipasn.baca_catatan('PKA Angkatan 2', '', '0', '2024-01-08', '2024-05-03', 'jam') c;
SELECT is(ipasn.jp(c.jalur, c.lingkup, c.jumlah, '2024-01-08', '2024-05-03'), 830.00, 'PKP: jp 830.00')
	FROM ipasn.baca_catatan('PKP', NULL, NULL, '2024-01-08', '2024-05-03', 'satuan') c;

-- every kode -----------------------------------------------------------------
CREATE TEMP TABLE kasus (no int, jalur text, lingkup text, jumlah text, mulai date, selesai date, dalam text);
INSERT INTO kasus VALUES
	(1, 'Lainnya', 'nasional', '8', '2024-05-06', '2024-05-06', 'jam'),
	(2, 'Pelatihan Teknis', 'Provinsi', '8', '2024-05-06', '2024-05-06', 'jam'),
	(3, 'Seminar/Pelatihan Teknis', '', '8', '2024-05-06', '2024-05-06', 'jam'),
	(4, 'Pelatihan Keuangan', '', '8', '2024-05-06', '2024-05-06', 'jam'),
	(5, 'Rapat Koordinasi', '', '8', '2024-05-06', '2024-05-06', 'jam'),
	(6, NULL, 'nasional', '8', '2024-05-06', '2024-05-06', 'jam'),
	(7, '–', 'nasional', '8', '2024-05-06', '2024-05-06', 'jam'),
	(8, 'Bimtek', '', '2 hari', '2024-05-06', '2024-05-07', 'jam'),
	(9, 'Bimtek', '', '1.500', '2024-05-06', '2024-05-07', 'jam'),
	(10, 'Bimtek', '', 'delapan', '2024-05-06', '2024-05-07', 'jam'),
	(11, 'Seminar', '', '8 jam', '2024-05-06', '2024-05-06', 'satuan'),
	(12, 'Bimtek', '', '-8', '2024-05-06', '2024-05-06', 'jam'),
	(13, 'Bimtek', '', '-3', '2024-05-06', '2024-05-06', 'satuan'),
	(14, 'Pelatihan Teknis', '', '2500', '2024-05-06', '2024-05-06', 'satuan'),
	(15, 'Bimtek', '', '1.2555', '2024-05-06', '2024-05-06', 'satuan'),
	(16, 'Coaching', '', '1,5', '2024-05-06', '2024-05-06', 'satuan'),
	(17, 'Pelatihan Teknis', '', '8', '2024-05-07', '2024-05-06', 'jam'),
	(18, 'Seminar', '', NULL, '2023-01-01', '2024-02-04', 'jam'),
	(19, 'Seminar', '', NULL, '-infinity', '2024-02-04', 'jam'),
	(20, 'Pelatihan Teknis', '', NULL, NULL, NULL, 'jam'),
	(21, 'Bimtek', '', '1.2555', '2024-05-06', '2024-05-06', 'jam');
INSERT INTO ipasn.sinonim (tipe, teks, label, keterangan)
VALUES ('ipasn.jalur', 'Rapat Koordinasi', 'bukan_bangkom', 'rapat dinas, bukan pengembangan kompetensi');
CREATE TEMP VIEW dibaca AS
	SELECT k.no, c.* FROM kasus k, ipasn.baca_catatan(k.jalur, k.lingkup, k.jumlah, k.mulai, k.selesai, k.dalam) c;

SELECT results_eq($$SELECT no, kode FROM dibaca ORDER BY no$$,
	$$VALUES (1, 'teks_tidak_dikenal'), (2, 'teks_tidak_dikenal'), (3, 'teks_tidak_dikenal'),
		(4, 'teks_tidak_dikenal'), (5, 'bukan_bangkom'), (6, 'jalur_kosong'), (7, 'jalur_kosong'),
		(8, 'jumlah_tidak_terbaca'), (9, 'jumlah_tidak_terbaca'), (10, 'jumlah_tidak_terbaca'),
		(11, 'jumlah_tidak_terbaca'), (12, 'jumlah_negatif'), (13, 'jumlah_negatif'),
		(14, 'jumlah_melebihi_batas'), (15, 'desimal_lebih_dari_dua'), (16, 'tidak_bulat'),
		(17, 'selesai_sebelum_mulai'), (18, 'rentang_terlalu_panjang'), (19, 'tanggal_tidak_sah'),
		(20, 'tidak_lengkap'), (21, 'desimal_lebih_dari_dua')$$,
	'each bad record has its kode');
SELECT is(masalah, 'jalur "Lainnya" tidak dikenal', 'teks_tidak_dikenal: unknown jalur') FROM dibaca WHERE no = 1;
SELECT is(masalah, 'lingkup "Provinsi" tidak dikenal', 'teks_tidak_dikenal: unknown lingkup') FROM dibaca WHERE no = 2;
SELECT is(masalah, 'jalur "Seminar/Pelatihan Teknis" tidak dikenal', 'teks_tidak_dikenal: a text naming two jalur') FROM dibaca WHERE no = 3;
SELECT is(masalah, 'jalur "Pelatihan Keuangan" tidak dikenal', 'teks_tidak_dikenal: "Pelatihan" without its kind') FROM dibaca WHERE no = 4;
SELECT is(masalah, '"Rapat Koordinasi" bukan pengembangan kompetensi (ipasn.sinonim)', 'bukan_bangkom: marked by the agency') FROM dibaca WHERE no = 5;
SELECT is(masalah, 'jalur kosong', 'jalur_kosong: NULL') FROM dibaca WHERE no = 6;
SELECT is(masalah, 'jalur kosong', 'jalur_kosong: an en dash') FROM dibaca WHERE no = 7;
SELECT is(masalah, 'jumlah "2 hari" bukan dalam JP', 'jumlah_tidak_terbaca: another unit') FROM dibaca WHERE no = 8;
SELECT is(masalah, 'jumlah "1.500" ambigu (titik atau koma diikuti tiga angka bisa pemisah ribuan)', 'jumlah_tidak_terbaca: a thousands separator?') FROM dibaca WHERE no = 9;
SELECT is(masalah, 'jumlah "delapan" bukan angka', 'jumlah_tidak_terbaca: no number') FROM dibaca WHERE no = 10;
SELECT is(masalah, 'jumlah "8 jam" dalam JP, padahal jalur seminar dihitung dalam hari', 'jumlah_tidak_terbaca: hours in a satuan column of a day-unit jalur') FROM dibaca WHERE no = 11;
SELECT is(masalah, 'jam -8 tidak boleh negatif', 'jumlah_negatif: negative hours') FROM dibaca WHERE no = 12;
SELECT is(masalah, 'jumlah -3 tidak boleh negatif', 'jumlah_negatif: negative amount') FROM dibaca WHERE no = 13;
SELECT is(masalah, 'jumlah 2500 melebihi batas 2000.00 JP untuk jalur pelatihan_teknis', 'jumlah_melebihi_batas') FROM dibaca WHERE no = 14;
SELECT is(masalah, 'jumlah 1.2555 memiliki lebih dari dua angka desimal', 'desimal_lebih_dari_dua: amount') FROM dibaca WHERE no = 15;
SELECT is(masalah, 'jumlah 1.5 untuk jalur coaching harus bilangan bulat (satuan kegiatan)', 'tidak_bulat: coaching counts activities') FROM dibaca WHERE no = 16;
SELECT is(masalah, 'tanggal selesai 2024-05-06 sebelum tanggal mulai 2024-05-07', 'selesai_sebelum_mulai') FROM dibaca WHERE no = 17;
SELECT is(masalah, 'rentang tanggal 400 hari melebihi 366 hari', 'rentang_terlalu_panjang: a seminar counted by its days') FROM dibaca WHERE no = 18;
SELECT is(masalah, 'tanggal mulai dan selesai harus tanggal yang sah (bukan infinity)', 'tanggal_tidak_sah') FROM dibaca WHERE no = 19;
SELECT is(masalah, 'data tidak lengkap: jumlah (JP) dan tanggal kosong', 'tidak_lengkap: no amount, no date') FROM dibaca WHERE no = 20;
SELECT is(masalah, 'jam 1.2555 memiliki lebih dari dua angka desimal', 'desimal_lebih_dari_dua: hours') FROM dibaca WHERE no = 21;
SELECT is((SELECT count(*) FROM dibaca WHERE kode <> 'tidak_lengkap' AND (jalur IS NOT NULL OR lingkup IS NOT NULL OR jumlah IS NOT NULL OR janggal IS NOT NULL)),
	0::bigint, 'an invalid record keeps nothing: jalur, lingkup, jumlah and janggal NULL');
SELECT is((SELECT jalur::text || '/' || lingkup::text FROM dibaca WHERE no = 20), 'pelatihan_teknis/nasional',
	'an incomplete record keeps jalur and lingkup (attendance counts)');
SELECT is((SELECT jumlah FROM dibaca WHERE no = 20), NULL, 'an incomplete record has no jumlah');

-- a view over every kind of bad row never fails, and the aggregates fed
-- with its columns leave the invalid ones out
INSERT INTO kasus VALUES
	(30, 'Seminar Nasional', '', '8', '2024-05-06', '2024-05-06', 'jam'),
	(31, 'Pelatihan Teknis', '-', '24', '2024-03-04', '2024-03-06', 'jam');
SELECT is((SELECT ipasn.jp_total(c.jalur, c.lingkup, c.jumlah, k.mulai, k.selesai)
	FROM kasus k, ipasn.baca_catatan(k.jalur, k.lingkup, k.jumlah, k.mulai, k.selesai, k.dalam) c), 28.00,
	'jp_total over the view: 4 (seminar) + 24 (pelatihan teknis), the invalid and incomplete records give nothing');
SELECT results_eq($$SELECT coalesce(kode, 'dihitung'), count(*)::int FROM dibaca GROUP BY 1 ORDER BY 1$$,
	$$VALUES ('bukan_bangkom', 1), ('desimal_lebih_dari_dua', 2), ('dihitung', 2), ('jalur_kosong', 2),
		('jumlah_melebihi_batas', 1), ('jumlah_negatif', 2), ('jumlah_tidak_terbaca', 4),
		('rentang_terlalu_panjang', 1), ('selesai_sebelum_mulai', 1), ('tanggal_tidak_sah', 1),
		('teks_tidak_dikenal', 4), ('tidak_bulat', 1), ('tidak_lengkap', 1)$$,
	'the records left out, counted by kode in the same query');

-- bad jumlah_dalam: the one error
SELECT throws_ok($$SELECT ipasn.baca_catatan('seminar', '', '8', NULL, NULL, 'hours')$$, '22023',
	'jumlah_dalam must be ''jam'' or ''satuan''', 'jumlah_dalam ''hours'' raises 22023');
SELECT throws_ok($$SELECT ipasn.baca_catatan('seminar', '', '8', NULL, NULL, NULL)$$, '22023',
	'jumlah_dalam must be ''jam'' or ''satuan''', 'a NULL jumlah_dalam raises 22023');
SELECT lives_ok($$SELECT ipasn.baca_catatan(NULL, NULL, NULL, NULL, NULL, 'satuan')$$, 'an all-NULL record does not raise');
SELECT is((SELECT provolatile::text || proparallel::text || proisstrict::text FROM pg_proc
	WHERE oid = 'ipasn.baca_catatan(text,text,text,date,date,text)'::regprocedure), 'ssfalse',
	'baca_catatan is STABLE, PARALLEL SAFE and not STRICT');

-- the never-raising twins ------------------------------------------------------
SELECT is(ipasn.teks_jalur_or_null('Lainnya'), NULL, 'teks_jalur_or_null: unknown text is NULL');
SELECT is(ipasn.teks_jalur_or_null('Rapat Koordinasi'), NULL, 'teks_jalur_or_null: bukan_bangkom is NULL');
SELECT is(ipasn.teks_jalur_or_null('Bimtek Keuangan Daerah'), 'bimtek', 'teks_jalur_or_null: a known text');
SELECT is(ipasn.teks_lingkup_or_null('Provinsi'), NULL, 'teks_lingkup_or_null: unknown text is NULL');
SELECT is(ipasn.teks_lingkup_or_null('Luar Negeri'), 'internasional', 'teks_lingkup_or_null: luar negeri');
SELECT is(ipasn.teks_pendidikan_or_null('SMK'), 'slta', 'teks_pendidikan_or_null: SMK is slta');
SELECT is(ipasn.teks_pendidikan_or_null('Kursus'), NULL, 'teks_pendidikan_or_null: unknown text is NULL');
SELECT is(ipasn.teks_jabatan_or_null('Analis Kepegawaian'), NULL, 'teks_jabatan_or_null: a name without its level is NULL');
SELECT is(ipasn.teks_diklatpim_or_null('PKN III'), NULL, 'teks_diklatpim_or_null: PKN has levels II and I only');
SELECT is(ipasn.teks_hukuman_or_null('Skorsing'), NULL, 'teks_hukuman_or_null: unknown text is NULL');
SELECT is(ipasn.teks_jumlah_or_null('2 hari'), NULL, 'teks_jumlah_or_null: another unit is NULL');
SELECT is(ipasn.teks_jumlah_or_null('1.500'), NULL, 'teks_jumlah_or_null: 1.500 is NULL');
SELECT is(ipasn.teks_jumlah_or_null('-'), NULL, 'teks_jumlah_or_null: "-" is NULL');
SELECT is(ipasn.teks_jumlah_or_null('-8'), -8::numeric, 'teks_jumlah_or_null: -8 is read (ipasn.jp refuses it)');
SELECT is(ipasn.teks_jumlah_or_null(' 12,5 jam '), 12.5, 'teks_jumlah_or_null: 12,5 jam');
SELECT is(ipasn.teks_predikat_or_null('Istimewa'), NULL, 'teks_predikat_or_null: unknown text is NULL');
-- the raising readers still raise where the twins do not
SELECT throws_ok($$SELECT ipasn.teks_jumlah('2 hari')$$, '22P02', 'jumlah "2 hari" is not in JP', 'teks_jumlah: another unit raises');
SELECT throws_ok($$SELECT ipasn.teks_jalur('Lainnya')$$, '22P02', 'invalid input for jalur: "Lainnya"', 'teks_jalur: unknown text raises');
SELECT throws_ok($$SELECT ipasn.teks_lingkup('Provinsi')$$, '22P02', 'invalid input for lingkup: "Provinsi"', 'teks_lingkup: unknown text raises');
SELECT is(ipasn.teks_jalur('Rapat Koordinasi'), NULL, 'teks_jalur: a bukan_bangkom text is no jalur (NULL), not an error');
SELECT is(ipasn.teks_label('ipasn.jalur', 'rapat koordinasi'), 'bukan_bangkom', 'teks_label names the bukan_bangkom mark');
SELECT is(ipasn.teks_lingkup('  '), NULL, 'teks_lingkup keeps blank as NULL');
SELECT is(ipasn.teks_lingkup('Seminar Nasional'), 'nasional', 'teks_lingkup reads the scope word of a jalur text');

-- a PARALLEL SAFE reader keeps the parallel plan (a plain table: temporary
-- tables are never scanned in parallel)
CREATE TABLE public.rekam_paralel (jalur text, lingkup text, jam text, mulai date, selesai date);
INSERT INTO public.rekam_paralel
	SELECT (ARRAY['Seminar Nasional', 'Lainnya', 'Bimtek Keuangan', '-'])[1 + i % 4], '', (i % 9)::text, '2024-05-06', '2024-05-06'
	FROM generate_series(1, 2000) i;
ANALYZE public.rekam_paralel;
CREATE FUNCTION pg_temp.jelaskan() RETURNS SETOF text LANGUAGE plpgsql AS $f$
BEGIN
	RETURN QUERY EXECUTE 'EXPLAIN (COSTS OFF) SELECT c.kode, count(*) FROM public.rekam_paralel r,
		ipasn.baca_catatan(r.jalur, r.lingkup, r.jam, r.mulai, r.selesai, ''jam'') c GROUP BY c.kode';
END
$f$;
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
SET LOCAL max_parallel_workers_per_gather = 2;
SELECT ok((SELECT string_agg(p, E'\n') FROM (SELECT * FROM pg_temp.jelaskan()) x(p)) ~ 'Partial (Hash|Group)?Aggregate(.|\n)*Parallel Seq Scan on rekam_paralel',
	'a count by kode over baca_catatan runs as a parallel plan');
SELECT is((SELECT count(*) FROM public.rekam_paralel r, ipasn.baca_catatan(r.jalur, r.lingkup, r.jam, r.mulai, r.selesai, 'jam') c WHERE c.kode IS NULL),
	1000::bigint, 'half the rows count (Seminar Nasional and Bimtek Keuangan), the rest are listed');

SELECT * FROM finish();
ROLLBACK;
