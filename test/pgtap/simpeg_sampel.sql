-- The bulk load of issue 16's "Done when": a realistic 30-row SIMPEG sample
-- (free-text jenis with mixed case and abbreviations, hours as text with
-- "-" and "8,5", blank and unknown scope, undated rows with only a year,
-- unknown and two-jalur text) inserted in one statement into a table whose
-- isi_jp trigger has a problem column: every row is stored, each bad or
-- incomplete one with its reason.  Figures from Peraturan LAN 10/2018,
-- Lampiran: seminar nasional 4 JP a day (internasional 6), workshop 5 JP a
-- day, sosialisasi 4 JP a day, coaching 2 JP each, magang 20 JP each,
-- e-learning at most 3 JP a day, the JP programmes (bimtek, kursus,
-- pelatihan teknis, klasikal lainnya) as given, +20% abroad; a JP-unit
-- activity of at most 7 days without hours 8 JP a day (ipasn's reading,
-- doc/triggers.md).
\set QUIET 1
\set ON_ERROR_STOP 1
\pset format unaligned
\pset tuples_only true
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SET LOCAL lc_messages = 'C';
SELECT plan(14);

CREATE TABLE riwayat_diklat (
	id serial PRIMARY KEY,
	nip varchar(18) NOT NULL,
	jenis_diklat text,
	tingkat text,
	jam text,
	tgl_mulai date,
	tgl_selesai date,
	tahun smallint,
	jp numeric(7,2),
	masalah text
);
CREATE TRIGGER riwayat_diklat_jp BEFORE INSERT OR UPDATE ON riwayat_diklat FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jenis_diklat', 'tingkat', 'jam', 'tgl_mulai', 'tgl_selesai', 'jp', 'jam', 'masalah');
INSERT INTO riwayat_diklat (nip, jenis_diklat, tingkat, jam, tgl_mulai, tgl_selesai, tahun) VALUES
	('198503152010011001', 'Seminar Nasional', '', '8', '2024-05-06', '2024-05-06', 2024),
	('198503152010011001', 'SEMINAR', 'Nasional', '8', '2024-05-13', '2024-05-13', 2024),
	('198503152010011001', 'Bimtek', 'nasional', '24', '2024-02-05', '2024-02-07', 2024),
	('198503152010011001', 'bimtek keuangan daerah', '-', '16', '2024-03-11', '2024-03-12', 2024),
	('198503152010011001', 'Diklat Teknis', 'Nasional', '40', '2024-04-01', '2024-04-05', 2024),
	('199001012015032002', 'Webinar Internasional', '', '3', '2024-06-10', '2024-06-10', 2024),
	('199001012015032002', 'Workshop', 'nasional', '16', '2024-07-01', '2024-07-02', 2024),
	('199001012015032002', 'Sosialisasi Perda', 'nasional', '4', '2024-08-05', '2024-08-05', 2024),
	('199001012015032002', 'Coaching', 'nasional', '2', '2024-03-05', NULL, 2024),
	('199001012015032002', 'e-learning', 'nasional', '5', '2024-05-20', '2024-05-20', 2024),
	('197812312005012003', 'Magang', 'nasional', '40', '2024-09-02', '2024-09-13', 2024),
	('197812312005012003', 'Kursus Bahasa Inggris', 'nasional', '30', '2024-10-01', '2024-10-31', 2024),
	('197812312005012003', 'Pelatihan Teknis', 'Luar Negeri', '17', '2024-11-04', '2024-11-08', 2024),
	('197812312005012003', 'Diklat Prajabatan', '', '-', '2019-03-01', '2019-04-20', 2019),
	('197812312005012003', 'Latsar', 'nasional', '', NULL, NULL, 2020),
	('200002022022031004', 'IHT', 'nasional', '8', '2024-01-15', '2024-01-15', 2024),
	('200002022022031004', 'Rakor Kepegawaian', 'nasional', '4', '2024-02-20', '2024-02-20', 2024),
	('200002022022031004', 'Webinar Zoom', 'nasional', '2', '2024-04-22', '2024-04-22', 2024),
	('200002022022031004', 'Seminar/Pelatihan Teknis', 'nasional', '8', '2024-04-23', '2024-04-23', 2024),
	('200002022022031004', 'Bimtek', 'provinsi', '8', '2024-05-02', '2024-05-02', 2024),
	('196907071990031005', 'Bimtek', 'nasional', '-8', '2024-05-03', '2024-05-03', 2024),
	('196907071990031005', 'Bimtek', 'nasional', '8,5', '2024-06-03', '2024-06-03', 2024),
	('196907071990031005', 'Bimtek', 'nasional', 'delapan', '2024-06-04', '2024-06-04', 2024),
	('196907071990031005', 'Seminar', 'nasional', '8', '2024-07-10', '2024-07-09', 2024),
	('196907071990031005', 'Diklatpim Tk. IV', '', '-', '2015-03-02', '2015-06-30', 2015),
	('196907071990031005', '-', 'nasional', '8', '2024-03-03', '2024-03-03', 2024),
	('198811112012122006', 'Seminar', 'nasional', '8', NULL, NULL, 2023),
	('198811112012122006', 'Bimtek', 'nasional', '12', NULL, NULL, 2023),
	('198811112012122006', 'bimbingan teknis', 'NASIONAL', '10 jam', '2024-08-19', '2024-08-19', 2024),
	('198811112012122006', 'Outbound', 'nasional', '0', '2024-09-20', '2024-09-20', 2024);

SELECT is((SELECT count(*) FROM riwayat_diklat)::int, 30, 'the 30-row insert stores every row');
SELECT results_eq($$SELECT id, jp, masalah FROM riwayat_diklat ORDER BY id$$,
	$$VALUES
	(1, 4.00::numeric, NULL::text),	-- Seminar Nasional 8 hours on 1 day: 1 day x 4 JP
	(2, 4.00, NULL),		-- SEMINAR, 8 hours on 1 day
	(3, 24.00, NULL),		-- Bimtek 24 hours
	(4, 16.00, NULL),		-- a jalur word and a topic; scope "-" reads nasional
	(5, 40.00, NULL),		-- Diklat Teknis: pelatihan teknis 40 hours
	(6, 6.00, NULL),		-- Webinar Internasional: seminar internasional 1 day x 6 JP
	(7, 10.00, NULL),		-- Workshop 2 days x 5 JP
	(8, 4.00, NULL),		-- Sosialisasi Perda 1 day x 4 JP
	(9, 2.00, NULL),		-- Coaching: 2 JP per activity, whatever the hours
	(10, 3.00, NULL),		-- e-learning 5 hours on one day: at most 3 JP a day
	(11, 20.00, NULL),		-- Magang: 20 JP per activity (not 40 hours)
	(12, 30.00, NULL),		-- Kursus Bahasa Inggris 30 hours
	(13, 20.40, NULL),		-- Pelatihan Teknis abroad: 17 + 20% = 20.40
	(14, NULL, 'data tidak lengkap: jumlah JP kosong dan kegiatan berlangsung 51 hari (lebih dari 7 hari tidak dihitung 8 JP per hari)'),
	(15, NULL, 'data tidak lengkap: jumlah (JP) dan tanggal kosong'),
	(16, 8.00, NULL),		-- IHT 8 hours
	(17, NULL, 'jalur "Rakor Kepegawaian" tidak dikenal'),
	(18, 4.00, NULL),		-- Webinar Zoom: a seminar of one day
	(19, NULL, 'jalur "Seminar/Pelatihan Teknis" tidak dikenal'),
	(20, NULL, 'lingkup "provinsi" tidak dikenal'),
	(21, NULL, 'jam -8 tidak boleh negatif'),
	(22, 8.50, NULL),		-- "8,5" hours
	(23, NULL, 'jumlah "delapan" bukan angka'),
	(24, NULL, 'tanggal selesai 2024-07-09 sebelum tanggal mulai 2024-07-10'),
	(25, NULL, 'data tidak lengkap: jumlah JP kosong dan kegiatan berlangsung 121 hari (lebih dari 7 hari tidak dihitung 8 JP per hari)'),
	(26, NULL, 'jalur kosong'),
	(27, NULL, 'data tidak lengkap: jumlah (hari) dan tanggal kosong'),	-- an undated seminar: its days are unknown
	(28, 12.00, NULL),		-- an undated bimtek of 12 hours
	(29, 10.00, NULL),		-- "10 jam"
	(30, 8.00, NULL)		-- Outbound, 0 hours (not filled in), 1 day: 8 JP a day
	$$,
	'each row: its JP, or jp NULL and the reason');
SELECT is((SELECT count(*) FROM riwayat_diklat WHERE (jp IS NULL) = (masalah IS NULL))::int, 0,
	'every row has either a JP or a reason, never both, never neither');
-- the texts no reader knows, with their counts and a suggestion
SELECT results_eq($$SELECT teks, jumlah, saran FROM ipasn.teks_tak_dikenal('riwayat_diklat', 'jenis_diklat', 'ipasn.jalur')$$,
	$$VALUES ('Rakor Kepegawaian'::text, 1::bigint, NULL::text), ('Seminar/Pelatihan Teknis', 1, 'seminar')$$,
	'teks_tak_dikenal lists the two unknown jalur texts; the first word of "Seminar/Pelatihan Teknis" names seminar');
SELECT results_eq($$SELECT teks, jumlah, saran FROM ipasn.teks_tak_dikenal('riwayat_diklat', 'tingkat', 'ipasn.lingkup')$$,
	$$VALUES ('provinsi'::text, 1::bigint, NULL::text)$$,
	'and the one unknown scope text (blank and "-" are no value, not listed)');
SELECT throws_ok($$SELECT * FROM ipasn.teks_tak_dikenal('riwayat_diklat', 'Jenis_Diklat', 'ipasn.jalur')$$,
	'42703', 'column "Jenis_Diklat" of table public.riwayat_diklat does not exist', 'teks_tak_dikenal: column names are case sensitive');
SELECT throws_ok($$SELECT * FROM ipasn.teks_tak_dikenal('riwayat_diklat', 'jenis_diklat', 'text')$$,
	'22023', 'tipe must be one of the types the readers parse', 'teks_tak_dikenal: a type the readers do not parse');
SELECT throws_ok($$SELECT * FROM ipasn.teks_tak_dikenal('riwayat_diklat', 'jenis_diklat', 'ipasn.kategori')$$,
	'22023', 'tipe must be one of the types the readers parse', 'teks_tak_dikenal: ipasn.kategori is not read from text');
SELECT throws_ok($$SELECT * FROM ipasn.teks_tak_dikenal('riwayat_diklat', NULL, 'ipasn.jalur')$$,
	'22004', 'sumber, kolom and tipe of teks_tak_dikenal must not be NULL', 'teks_tak_dikenal: NULL column');
SELECT results_eq($$SELECT teks, jumlah, saran FROM ipasn.teks_tak_dikenal('riwayat_diklat', 'jam', 'ipasn.hukuman')$$,
	$$SELECT jam, count(*), NULL::text FROM riwayat_diklat WHERE jam IS NOT NULL AND jam NOT IN ('', '-') GROUP BY jam ORDER BY count(*) DESC, jam$$,
	'teks_tak_dikenal of hours read as penalties: every non-blank text is unknown, "-" and blank are no value');
-- the agency files rakor as seminar (as the Kudus guidance does), then re-reads the rows
SET LOCAL client_min_messages = error;	-- (the rule-change WARNING: doc/triggers.md)
INSERT INTO ipasn.sinonim (tipe, teks, label, keterangan)
VALUES ('ipasn.jalur', 'Rakor Kepegawaian', 'seminar', 'rapat koordinasi: seminar (pedoman instansi)');
SET LOCAL client_min_messages = warning;
UPDATE riwayat_diklat SET jam = jam WHERE masalah IS NOT NULL;
SELECT is((SELECT jp || ' ' || coalesce(masalah, 'NULL') FROM riwayat_diklat WHERE id = 17), '4.00 NULL',
	'after an ipasn.sinonim row, the rakor row counts 1 day x 4 JP and its reason is cleared');
SELECT is_empty($$SELECT * FROM ipasn.teks_tak_dikenal('riwayat_diklat', 'jenis_diklat', 'ipasn.jalur') WHERE teks = 'Rakor Kepegawaian'$$,
	'and teks_tak_dikenal no longer lists it');
-- fixing a row by hand clears its reason
UPDATE riwayat_diklat SET tgl_mulai = '2024-07-09' WHERE id = 24;
SELECT is((SELECT jp || ' ' || coalesce(masalah, 'NULL') FROM riwayat_diklat WHERE id = 24), '4.00 NULL',
	'the seminar with its dates fixed: 4.00, reason cleared');
SELECT is((SELECT count(*) FROM riwayat_diklat WHERE masalah IS NOT NULL)::int, 9,
	'of the eleven rows listed, nine are left to fix');

SELECT * FROM finish();
ROLLBACK;
