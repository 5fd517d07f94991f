-- pgTAP: the text readers on the texts agencies hold (doc/readers.md):
-- a jalur word followed by a topic, a scope word after the jalur words,
-- "no value" texts, Pelatihan Dasar CPNS / Diklat Prajabatan and In House
-- Training, an agency's vocabulary (rakor, raker, a meeting that is no
-- competency development), penalties (PP 94/2021).  Ambiguous text stays
-- refused: one assertion per case with SQLSTATE and message.
\set ON_ERROR_STOP 1
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(122);

-- a jalur word (or words) followed by a topic: the leading words name
-- exactly one jalur of Peraturan LAN 10/2018 and the topic names none
SELECT is(ipasn.teks_jalur(t), e::ipasn.jalur, 'teks_jalur: ' || t) FROM (VALUES
	('Bimtek Keuangan Daerah', 'bimtek'),
	('Kursus Bahasa Inggris', 'kursus'),
	('Sosialisasi Perda', 'sosialisasi'),
	('Sosialisasi PP 94/2021', 'sosialisasi'),
	('Bimbingan Teknis Penyusunan Anggaran', 'bimtek'),
	('Bimtek Teknis Penyusunan Anggaran', 'bimtek'),
	('Sosialisasi Jabatan Fungsional', 'sosialisasi'),
	('Seminar Pendidikan Karakter', 'seminar'),
	('Pelatihan Teknis Pengadaan Barang/Jasa', 'pelatihan_teknis'),
	('Pel. Teknis Keuangan', 'pelatihan_teknis'),
	('Diklat Fungsional Auditor Ahli Pertama', 'pelatihan_fungsional'),
	('Workshop/Lokakarya Keuangan', 'workshop'),
	('Magang di BPKAD', 'magang'),
	('Coaching Kinerja', 'coaching'),
	('Studi Banding ke Kota Surabaya', 'patok_banding'),
	('E-Learning Manajemen ASN', 'e_learning'),
	('Diklatpim Tk. IV Angkatan XII', 'pelatihan_kepemimpinan'),
	('PKP Angkatan XII', 'pelatihan_kepemimpinan'),
	('Bimtek Keuangan (Pengadaan Barang/Jasa)', 'bimtek')) v(t, e);
-- parse_jalur (IMMUTABLE, built-in only) reads the same forms
SELECT is(ipasn.parse_jalur('Bimtek Keuangan Daerah'), 'bimtek', 'parse_jalur: a jalur word and a topic');

-- a scope word after the jalur words: jalur for teks_jalur, scope for
-- teks_lingkup of the same text
SELECT is(ipasn.teks_jalur(t), e::ipasn.jalur, 'teks_jalur: ' || t) FROM (VALUES
	('Seminar Nasional', 'seminar'),
	('Webinar Internasional', 'seminar'),
	('Seminar Tingkat Nasional Kesehatan', 'seminar'),
	('Studi Banding Luar Negeri', 'patok_banding'),
	('Workshop Internasional Tata Kelola', 'workshop')) v(t, e);
SELECT is(ipasn.teks_lingkup(t), e::ipasn.lingkup, 'teks_lingkup: ' || t) FROM (VALUES
	('Seminar Nasional', 'nasional'),
	('Webinar Internasional', 'internasional'),
	('Seminar Tingkat Nasional Kesehatan', 'nasional'),
	('Studi Banding Luar Negeri', 'internasional'),
	('Workshop Internasional Tata Kelola', 'internasional'),
	('Tingkat Nasional', 'nasional'),
	('Tingkat Internasional', 'internasional'),
	('Skala Nasional', 'nasional'),
	('Skala Internasional', 'internasional')) v(t, e);
-- a scope word inside the topic says nothing of where the activity was held
SELECT throws_ok($$SELECT ipasn.teks_lingkup('Seminar Hukum Internasional')$$, '22P02',
	'invalid input for lingkup: "Seminar Hukum Internasional"', 'teks_lingkup: a scope word inside the topic is unknown');
SELECT throws_ok($$SELECT ipasn.teks_lingkup('Seminar Internasional Dalam Negeri')$$, '22P02',
	'invalid input for lingkup: "Seminar Internasional Dalam Negeri"', 'teks_lingkup: two scopes that disagree');
SELECT throws_ok($$SELECT ipasn.teks_lingkup('Kesehatan Nasional')$$, '22P02',
	'invalid input for lingkup: "Kesehatan Nasional"', 'teks_lingkup: a scope word after no jalur');

-- ambiguous or two jalur: unknown, with the readers' error
SELECT throws_ok(format('SELECT ipasn.teks_jalur(%L)', t), '22P02',
	format('invalid input for jalur: "%s"', t), 'teks_jalur refuses: ' || t) FROM (VALUES
	('Seminar/Pelatihan Teknis'),
	('Seminar Pelatihan Teknis'),
	('Pelatihan Keuangan'),
	('Diklat Pengadaan Barang dan Jasa'),
	('Seminar dan Workshop'),
	('Bimtek dan Sosialisasi Perda'),
	('Seminar/Rapat'),
	('Seminar atau Rapat Kerja'),
	('Sosialisasi Aplikasi E-Learning'),
	('Bimtek Pelatihan Operator'),
	('Pendidikan dan Pelatihan Teknis'),
	('PKN III'),
	('Diklatpim V'),
	('Pelatihan Dasar Pemadam Kebakaran'),
	('Rakor Kepegawaian')) v(t);
SELECT throws_ok($$SELECT ipasn.parse_jalur('Pelatihan Keuangan')$$, '22P02',
	'invalid input for jalur: "Pelatihan Keuangan"', 'parse_jalur refuses "Pelatihan" without its kind');

-- no value, in every text reader
SELECT is(ipasn.teks_jalur(t), NULL, 'teks_jalur: no value ' || quote_literal(t)) FROM (VALUES
	(''), ('  '), ('-'), ('--'), ('–'), ('—'), ('n/a'), ('N/A'), ('tidak ada'), ('Tidak  Ada')) v(t);
SELECT is(ipasn.teks_lingkup('-'), NULL, 'teks_lingkup: "-" is no value');
SELECT is(ipasn.teks_pendidikan('n/a'), NULL, 'teks_pendidikan: "n/a" is no value');
SELECT is(ipasn.teks_jabatan('–'), NULL, 'teks_jabatan: an en dash is no value');
SELECT is(ipasn.teks_diklatpim('tidak ada'), NULL, 'teks_diklatpim: "tidak ada" is no value');
SELECT is(ipasn.teks_hukuman('Tidak Ada'), NULL, 'teks_hukuman: "Tidak Ada" is no value (no penalty)');
SELECT is(ipasn.teks_jumlah('-'), NULL, 'teks_jumlah: "-" is no value');
SELECT is(ipasn.teks_jumlah(' – '), NULL, 'teks_jumlah: an en dash is no value');
SELECT is(ipasn.teks_jumlah('N/A'), NULL, 'teks_jumlah: "N/A" is no value');
SELECT is(ipasn.teks_jumlah('tidak ada'), NULL, 'teks_jumlah: "tidak ada" is no value');
SELECT is(ipasn.teks_jumlah('-8'), -8::numeric, 'teks_jumlah: "-8" is a number (negative: ipasn.jp refuses it)');
SELECT is(ipasn.teks_predikat('-'), NULL, 'teks_predikat: "-" is no value');
SELECT throws_ok($$SELECT ipasn.teks_jalur('-x-')$$, '22P02', 'invalid input for jalur: "-x-"',
	'teks_jalur: a text with a letter is not "no value"');
SELECT throws_ok($$SELECT ipasn.teks_jumlah('n/a 8')$$, '22P02', 'invalid jumlah "n/a 8"',
	'teks_jumlah: "n/a 8" is not a number');
-- parse_* keep "-" unknown (they read the regulation's forms only)
SELECT is(ipasn.parse_jalur_or_null('-'), NULL, 'parse_jalur_or_null: "-" is NULL');

-- Pelatihan Dasar CPNS (PP 11/2017 art. 63; Peraturan LAN 12/2018) and
-- Diklat Prajabatan (PP 101/2000 art. 8): pelatihan klasikal lainnya
SELECT is(ipasn.parse_jalur(t), 'klasikal_lainnya', 'Latsar family: ' || t) FROM (VALUES
	('Latsar'), ('LATSAR CPNS'), ('Pelatihan Dasar CPNS'), ('Pelatihan Dasar Calon PNS'),
	('Pelatihan Dasar Calon Pegawai Negeri Sipil'), ('Prajabatan'), ('Prajab'),
	('Diklat Prajabatan'), ('Diklat Prajab'), ('Pelatihan Prajabatan'),
	('Pendidikan dan Pelatihan Prajabatan'), ('Latsar CPNS Angkatan V'),
	('Diklat Prajabatan Golongan III'), ('Pelatihan Dasar CPNS Golongan III Angkatan XV')) v(t);
-- In House Training: pelatihan klasikal lainnya unless the agency says
SELECT is(ipasn.parse_jalur(t), 'klasikal_lainnya', 'In House Training: ' || t) FROM (VALUES
	('IHT'), ('In House Training'), ('In-House Training (IHT)'), ('IHT Penyusunan SKP')) v(t);
INSERT INTO ipasn.sinonim (tipe, teks, label, keterangan)
VALUES ('ipasn.jalur', 'IHT', 'pelatihan_teknis', 'IHT BKPSDM diselenggarakan sebagai pelatihan teknis');
SELECT is(ipasn.teks_jalur('I.H.T.'), 'pelatihan_teknis', 'an agency that files its IHTs as pelatihan teknis (ipasn.sinonim wins)');
SELECT is(ipasn.teks_jalur('IHT Penyusunan SKP'), 'pelatihan_teknis', '... also with a topic');
SELECT is(ipasn.parse_jalur('IHT'), 'klasikal_lainnya', 'parse_jalur stays built-in');

-- rakor and raker: the Kudus guidance files them as seminar / workshop
INSERT INTO ipasn.sinonim (tipe, teks, label, keterangan) VALUES
	('ipasn.jalur', 'Rakor', 'seminar', 'Pedoman BKPP Kudus'),
	('ipasn.jalur', 'Raker', 'workshop', 'Pedoman BKPP Kudus');
SELECT is(ipasn.teks_jalur('RAKOR'), 'seminar', 'sinonim: Rakor is seminar (Kudus)');
SELECT is(ipasn.teks_jalur('Rakor Kepegawaian'), 'seminar', 'sinonim: Rakor with a topic');
SELECT is(ipasn.teks_jalur('Raker Dinas 2024'), 'workshop', 'sinonim: Raker with a topic is workshop');
SELECT throws_ok($$SELECT ipasn.teks_jalur('Rakor/Raker')$$, '22P02', 'invalid input for jalur: "Rakor/Raker"',
	'sinonim rows that disagree stay unknown');
-- another agency marks meetings as no competency development
INSERT INTO ipasn.sinonim (tipe, teks, label, keterangan)
VALUES ('ipasn.jalur', 'Rapat Koordinasi', 'bukan_bangkom', 'rapat dinas'),
	('ipasn.jalur', 'Perjalanan Dinas', 'bukan_bangkom', 'perjalanan dinas');
SELECT is(ipasn.teks_jalur('Rapat Koordinasi'), NULL, 'bukan_bangkom: no jalur, no error');
SELECT is(ipasn.teks_jalur_or_null('PERJALANAN DINAS'), NULL, 'bukan_bangkom: the twin says NULL');
SELECT is((ipasn.baca_catatan('Perjalanan Dinas', '', '8', '2024-05-06', '2024-05-06', 'jam')).kode, 'bukan_bangkom',
	'bukan_bangkom: baca_catatan lists it');
SELECT throws_ok($$INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.lingkup', 'Rapat', 'bukan_bangkom')$$,
	'23514', 'label "bukan_bangkom" of table sinonim is not a label of ipasn.lingkup', 'bukan_bangkom is for jalur only');

-- penalties (PP 94/2021 art. 8)
SELECT is(ipasn.parse_hukuman('Teguran'), 'ringan', 'Teguran: lisan and tertulis are both ringan');
SELECT is(ipasn.teks_hukuman('TEGURAN'), 'ringan', 'teks_hukuman: Teguran');
SELECT is(ipasn.teks_hukuman('Teguran Lisan'), 'ringan', 'teks_hukuman: Teguran lisan');
SELECT is(ipasn.teks_hukuman('Teguran tertulis'), 'ringan', 'teks_hukuman: Teguran tertulis');
SELECT is(ipasn.parse_hukuman(t), NULL, 'no disciplinary penalty: ' || t) FROM (VALUES
	('Pemberhentian Sementara'), ('Diberhentikan sementara sebagai PNS'),
	('Pembebasan sementara dari tugas jabatan'), ('Dibebaskan sementara dari jabatan')) v(t);
SELECT is(ipasn.teks_hukuman('Pemberhentian Sementara'), NULL, 'teks_hukuman: Pemberhentian Sementara is no penalty');
SELECT is(ipasn.skor_disiplin(ipasn.teks_hukuman('Pemberhentian Sementara')), 5.00,
	'Pemberhentian Sementara: disiplin 5 (no penalty, PermenPANRB 38/2018)');
SELECT is(ipasn.parse_hukuman('Pemberhentian dengan hormat tidak atas permintaan sendiri'), 'berat',
	'Pemberhentian dengan hormat tidak atas permintaan sendiri stays berat');
SELECT throws_ok($$SELECT ipasn.teks_hukuman('Pemberhentian')$$, '22P02', 'invalid input for hukuman: "Pemberhentian"',
	'"Pemberhentian" alone stays unknown (sementara or a penalty?)');


-- An amount is read with the value and the number of decimals PostgreSQL's
-- own numeric input gives (the decimal comma as a point): "12,50" keeps two
-- decimals, "007" is 7, "-0,00" is 0.00; up to 18 digits without numeric_in
-- and beyond them with it.  2,025 texts, compared by value and by text.
CREATE TEMP TABLE angka AS
  SELECT unnest(ARRAY['0','-0','+0','00','007','5.','5,','.5',',5','0.5','0,50','-0.00','-0,50','12,5','12.50','24','-8','+3',
    '999999999999999999','9999999999999999999','123456789012345678.5','12345678901234567,8','1,0','0.01','-12,75','100','1.23','1,2','3,14159']) AS t
  UNION ALL SELECT (g / 100.0)::text FROM generate_series(-2000, 2000, 7) g
  UNION ALL SELECT g::text FROM generate_series(-500, 5000, 13) g
  UNION ALL SELECT replace(round(g / 100.0, 2)::text, '.', ',') FROM generate_series(-3000, 3000, 11) g
  UNION ALL SELECT round(g / 10.0, 1)::text FROM generate_series(-3000, 3000, 17) g
  UNION ALL SELECT (g::numeric * 1000000000000)::text || '.' || lpad((g % 97)::text, 2, '0') FROM generate_series(1, 999999, 9973) g;
SELECT is((SELECT count(*) FROM angka), 2025::bigint, 'the amounts compared: 2,025 texts');
SELECT is((SELECT count(*) FROM angka
            WHERE ipasn.teks_jumlah_or_null(t)::text IS DISTINCT FROM replace(t, ',', '.')::numeric::text),
          0::bigint, 'every amount has the value and the decimals of numeric input');
SELECT is(ipasn.teks_jumlah('-0,00')::text, '0.00', '"-0,00" is 0.00 (no negative zero, two decimals kept)');
SELECT is(ipasn.teks_jumlah('999999999999999999,5 JP')::text, '999999999999999999.5', 'nineteen digits are read exactly');

SELECT * FROM finish();
ROLLBACK;
