-- pgTAP: position and leadership-training texts as HR systems hold them
-- (doc/readers.md): functional positions by their level (PP 11/2017:
-- Ahli Pertama .. Utama, Pemula .. Penyelia), the heads of sections and
-- subdivisions (echelon IV in PP 18/2016, jabatan pengawas by UU 5/2014
-- art. 131) with the echelon where given, and a leadership training with a
-- batch or topic after it.  Names that do not say their kind stay unknown.
\set ON_ERROR_STOP 1
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(55);

SELECT is(ipasn.teks_jabatan(t), e::ipasn.jabatan, 'teks_jabatan: ' || t) FROM (VALUES
	('Analis Kepegawaian Ahli Muda', 'fungsional'),
	('Pranata Komputer Ahli Pertama', 'fungsional'),
	('Auditor Ahli Madya', 'fungsional'),
	('Peneliti Ahli Utama', 'fungsional'),
	('Dokter Ahli Muda', 'fungsional'),
	('Pranata Komputer Terampil', 'fungsional'),
	('Perawat Mahir', 'fungsional'),
	('Arsiparis Penyelia', 'fungsional'),
	('Pengelola Pengadaan Barang/Jasa Pemula', 'fungsional'),
	('Pranata Komputer Pelaksana Lanjutan', 'fungsional'),
	('ANALIS KEPEGAWAIAN AHLI MUDA', 'fungsional'),
	('Kepala Seksi', 'pengawas'),
	('Kepala Seksi Pelayanan', 'pengawas'),
	('Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas'),
	('Kepala Subbagian Keuangan', 'pengawas'),
	('Kepala Subbag Program', 'pengawas'),
	('Kepala Subbidang Data', 'pengawas'),
	('Kepala Sub Bidang Mutasi', 'pengawas'),
	('Kepala Subbid Informasi', 'pengawas'),
	('Kasi Pemerintahan', 'pengawas'),
	('Kasie Trantib', 'pengawas'),
	('Kasubbag Umum', 'pengawas'),
	('Kasubag TU', 'pengawas'),
	('Kasubbid Perencanaan', 'pengawas'),
	('Kasubid Data', 'pengawas'),
	('Kepala Seksi Pelayanan (IV.a)', 'pengawas'),
	('Kepala Subbidang Data IV.b', 'pengawas'),
	('Kepala Seksi Sarana Prasarana dan Media', 'pengawas')) v(t, e);
SELECT is(ipasn.parse_jabatan('Analis Kepegawaian Ahli Muda'), 'fungsional', 'parse_jabatan reads the same names');
-- names that do not say their kind, and an echelon that contradicts the name
SELECT throws_ok(format('SELECT ipasn.teks_jabatan(%L)', t), '22P02',
	format('invalid input for jabatan: "%s"', t), 'teks_jabatan refuses: ' || t) FROM (VALUES
	('Analis Kepegawaian'), ('Kepala Bidang'), ('Kepala Dinas'), ('Kepala UPT Puskesmas'),
	('Kepala Seksi Pelayanan (III.a)'), ('Kepala Seksi Umum III.b'), ('Kasir'), ('Pengadministrasi Umum'),
	('Ahli')) v(t);
SELECT is(ipasn.teks_jabatan_or_null('Kepala Bidang Mutasi'), NULL, 'teks_jabatan_or_null: Kepala Bidang is NULL');
SELECT is(ipasn.skor_kompetensi(ipasn.teks_jabatan('Analis Kepegawaian Ahli Muda'), NULL, true, 20, true), 40.00,
	'a functional position read from its name scores 15 + 15 + 10 (Perban BKN 8/2019)');

-- leadership training with a batch or topic (parse_diklatpim and teks_diklatpim)
SELECT is(ipasn.teks_diklatpim(t), e::ipasn.diklatpim, 'teks_diklatpim: ' || t) FROM (VALUES
	('PKP Angkatan XII', 'pkp'),
	('PKA Angkatan 3 Tahun 2019', 'pka'),
	('PKA 2019', 'pka'),
	('Diklatpim Tk. IV Angkatan XII', 'pkp'),
	('Diklatpim III Angkatan 2', 'pka'),
	('PKN Tk. II Angkatan 3', 'pkn_ii'),
	('Pelatihan Kepemimpinan Pengawas Angkatan X', 'pkp'),
	('Pelatihan Kepemimpinan Administrator Angkatan II Tahun 2022', 'pka')) v(t, e);
SELECT is(ipasn.parse_diklatpim('PKP Angkatan XII'), 'pkp', 'parse_diklatpim reads the same');
SELECT throws_ok(format('SELECT ipasn.teks_diklatpim(%L)', t), '22P02',
	format('invalid input for diklatpim: "%s"', t), 'teks_diklatpim refuses: ' || t) FROM (VALUES
	('PKN III Angkatan 2'), ('PKA III'), ('Diklatpim I II'), ('Diklatpim Tingkat'), ('PKP/PKA Angkatan 2'),
	('Angkatan XII')) v(t);

SELECT * FROM finish();
ROLLBACK;
