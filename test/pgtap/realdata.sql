-- pgTAP: real agency data (README: Types; doc/reference.md: Parsers): hours as stored (jumlah_jam), the unit
-- words of teks_jumlah, the regulation's own names, an agency's vocabulary
-- (ipasn.sinonim, teks_<type>, teks_label) and predikat_siasn(numeric).
-- Bad input: one assertion per case, with SQLSTATE and message.
\set ON_ERROR_STOP 1
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(44);

-- jumlah_jam: the hours where satuan(jalur) = 'jp', NULL for other units
SELECT is(ipasn.jumlah_jam('pelatihan_teknis', 24), 24::numeric, 'jumlah_jam: JP-unit jalur keeps the hours');
SELECT is(ipasn.jumlah_jam('seminar', 8), NULL, 'jumlah_jam: seminar (days) gives NULL, days come from the dates');
SELECT is(ipasn.jumlah_jam('coaching', 2), NULL, 'jumlah_jam: coaching (activities) gives NULL, counted once');
SELECT is(ipasn.jumlah_jam('pendidikan', 120), NULL, 'jumlah_jam: pendidikan (semesters) gives NULL');
SELECT is(ipasn.jumlah_jam('bimtek', 0), NULL, 'jumlah_jam: 0 is not filled in');
SELECT is(ipasn.jp('seminar', 'nasional', ipasn.jumlah_jam('seminar', 8), '2024-03-05', '2024-03-05'), 4.00,
	'a 1-day seminar stored as 8 hours is 4 JP');
SELECT throws_ok($$SELECT ipasn.jumlah_jam('bimtek', -1)$$, '22023',
	'jam -1 of jalur "bimtek" is negative', 'jumlah_jam: negative jam');
SELECT throws_ok($$SELECT ipasn.jumlah_jam('seminar', -8)$$, '22023',
	'jam -8 of jalur "seminar" is negative', 'jumlah_jam: negative jam whatever the unit');
SELECT throws_ok($$SELECT ipasn.jumlah_jam('coaching', 1.234)$$, '22023',
	'jam 1.234 of jalur "coaching" has more than two decimals', 'jumlah_jam: three decimals');
SELECT throws_ok($$SELECT ipasn.jumlah_jam('bimtek', 'NaN')$$, '22023',
	'jam NaN of jalur "bimtek" is not a finite number', 'jumlah_jam: NaN');

-- teks_jumlah: JP, jam, jam pelajaran are the column's number
SELECT is(ipasn.teks_jumlah('24 JP'), 24::numeric, 'teks_jumlah: 24 JP');
SELECT is(ipasn.teks_jumlah('12,5 jam pelajaran'), 12.5, 'teks_jumlah: 12,5 jam pelajaran');
SELECT throws_ok($$SELECT ipasn.teks_jumlah('2 hari')$$, '22P02',
	'jumlah "2 hari" is not in JP', 'teks_jumlah: days refused');
SELECT throws_ok($$SELECT ipasn.teks_jumlah('3 kali')$$, '22P02',
	'jumlah "3 kali" is not in JP', 'teks_jumlah: times refused');
SELECT throws_ok($$SELECT ipasn.teks_jumlah('1.500 jam')$$, '22P02',
	'ambiguous jumlah "1.500 jam"', 'teks_jumlah: thousands separator refused');
SELECT throws_ok($$SELECT ipasn.teks_jumlah('8 jm')$$, '22P02',
	'invalid jumlah "8 jm"', 'teks_jumlah: unknown unit');

-- the regulation's own names: a rule over the parts
SELECT is(ipasn.parse_jalur('Workshop atau Lokakarya'), 'workshop'::ipasn.jalur, 'parse_jalur: alternatives of one jalur');
SELECT is(ipasn.parse_jalur('Belajar mandiri (self development)'), 'belajar_mandiri'::ipasn.jalur, 'parse_jalur: explanatory parentheses');
SELECT is(ipasn.parse_jalur('Pertukaran antara PNS dengan pegawai swasta/BUMN/BUMD'), 'pertukaran_pegawai'::ipasn.jalur, 'parse_jalur: long form');
SELECT throws_ok($$SELECT ipasn.parse_jalur('Seminar/Pelatihan Teknis')$$, '22P02',
	'invalid input for jalur: "Seminar/Pelatihan Teknis"', 'parse_jalur: parts that disagree');
SELECT is(ipasn.parse_jalur_or_null('Coaching atau Mentoring'), NULL, 'parse_jalur_or_null: parts that disagree');

-- ipasn.sinonim: validated rows, owner only, agency rows win
SELECT is(ipasn.kunci_teks('Pel. Teknis'), 'pelteknis', 'kunci_teks: letters and digits, lower case');
SELECT throws_ok($$INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.jalur', 'Rapat', 'hari')$$, '23514',
	'label "hari" of table sinonim is not a label of ipasn.jalur', 'sinonim: label not of its type');
SELECT throws_ok($$INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.kategori', 'T', 'tinggi')$$, '23514',
	'tipe ipasn.kategori of table sinonim is not a type ipasn parses', 'sinonim: a type ipasn does not parse');
SELECT throws_ok($$INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.jalur', '--', 'seminar')$$, '23514',
	'teks "--" of table sinonim has no letter or digit', 'sinonim: blank key');
SELECT lives_ok($$INSERT INTO ipasn.sinonim (tipe, teks, label, keterangan) VALUES
	('ipasn.jalur', 'Rakor', 'seminar', 'Pedoman BKPP Kudus'), ('ipasn.jalur', 'Bimtek', 'pelatihan_teknis', 'agency decision')$$,
	'sinonim: the owner adds rows');
SELECT throws_ok($$INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.jalur', 'R.A.K.O.R', 'workshop')$$, '23505',
	'teks "R.A.K.O.R" of ipasn.jalur is already in table sinonim as "Rakor"', 'sinonim: the same text twice');
CREATE ROLE pgtap_ipasn_pengguna;
CREATE FUNCTION public.pgtap_ipasn_tulis() RETURNS void LANGUAGE sql SECURITY DEFINER
	AS $$ INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.jalur', 'Rapat', 'seminar') $$;
ALTER FUNCTION public.pgtap_ipasn_tulis() OWNER TO pgtap_ipasn_pengguna;
SELECT throws_ok($$SELECT public.pgtap_ipasn_tulis()$$, '42501',
	'permission denied for table sinonim', 'sinonim: a non-owner cannot write it');
SELECT is(ipasn.teks_jalur('RAKOR'), 'seminar'::ipasn.jalur, 'teks_jalur: the agency row');
SELECT is(ipasn.teks_jalur('Bimtek'), 'pelatihan_teknis'::ipasn.jalur, 'teks_jalur: an agency row wins over a built-in form');
SELECT is(ipasn.parse_jalur('Bimtek'), 'bimtek'::ipasn.jalur, 'parse_jalur stays built-in only');
SELECT is(ipasn.teks_label('ipasn.jalur', 'Rapat'), NULL, 'teks_label: unknown text gives NULL');
SELECT throws_ok($$SELECT ipasn.teks_label('ipasn.kategori', 'tinggi')$$, '22023',
	'type ipasn.kategori is not parsed by ipasn', 'teks_label: a type ipasn does not parse');
SELECT throws_ok($$SELECT ipasn.teks_pendidikan('Rapat')$$, '22P02',
	'invalid input for pendidikan: "Rapat"', 'teks_pendidikan: unknown text');
SELECT is(ipasn.teks_pendidikan(' '), NULL, 'teks_pendidikan: blank is NULL');
SELECT is(ipasn.teks_jabatan(''), NULL, 'teks_jabatan: blank is NULL');
SELECT is(ipasn.teks_diklatpim('  '), NULL, 'teks_diklatpim: blank is NULL');
SELECT is(ipasn.teks_hukuman(' '), NULL, 'teks_hukuman: blank is NULL');

-- predikat_siasn(numeric)
SELECT is(ipasn.predikat_siasn(2.00), 'baik', 'predikat_siasn: 2.00 is code 2');
SELECT is(ipasn.predikat_siasn(1::numeric), 'sangat baik', 'predikat_siasn: 1 is code 1');
SELECT is(ipasn.predikat_siasn(2.50), NULL, 'predikat_siasn: a fractional value is no code');
SELECT is(ipasn.predikat_siasn(0::numeric), NULL, 'predikat_siasn: 0 is no code');
SELECT is(ipasn.predikat_siasn(6::numeric), NULL, 'predikat_siasn: 6 is no code');
SELECT is(ipasn.predikat_siasn(-1::numeric), NULL, 'predikat_siasn: -1 is no code');

SELECT * FROM finish();
ROLLBACK;
