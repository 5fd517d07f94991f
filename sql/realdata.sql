-- realdata: what real agency tables hold (README: tables that store hours,
-- the regulation's own names, an agency's own vocabulary, predikat_siasn)
--
-- Expected values are worked out by hand from the README (Types, Parsers) and Peraturan LAN 10/2018, Lampiran and the rule
-- table shipped with ipasn; the error wrapper prints SQLSTATE: message.
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	h text;
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT;
	RETURN SQLSTATE || ': ' || SQLERRM || coalesce(E'\nHINT: ' || nullif(h, ''), '');
END $$;

-- ------------------------------------------------------------------
-- 1. jumlah_jam: hours as stored -> the jumlah of ipasn.jp (README: Types; doc/reference.md: Parsers)
-- the hours where satuan(jalur) = 'jp', NULL for every other unit
SELECT j AS jalur, ipasn.satuan(j) AS satuan, jam, ipasn.jumlah_jam(j, jam) AS jumlah, expected,
	ipasn.jumlah_jam(j, jam) IS NOT DISTINCT FROM expected AS ok
FROM (VALUES
	('pelatihan_teknis'::ipasn.jalur, 24::numeric, 24::numeric),	-- JP: the hours
	('bimtek', 12.5, 12.5),
	('e_learning', 3.75, 3.75),
	('bimtek', 1.500, 1.5),			-- two decimals by value
	('seminar', 8, NULL),			-- days: from the dates
	('workshop', 16, NULL),
	('sosialisasi', 4, NULL),
	('coaching', 2, NULL),			-- activities: counted once
	('magang', 160, NULL),
	('pendidikan', 120, NULL),		-- semesters: incomplete
	('bimtek', 0, NULL),			-- 0 is "not filled in"
	('seminar', 0, NULL),
	('bimtek', 0.00, NULL)
) AS t(j, jam, expected);
-- NULL in, NULL out (STRICT)
SELECT ipasn.jumlah_jam('bimtek', NULL) IS NULL AS jam_null, ipasn.jumlah_jam(NULL, 8) IS NULL AS jalur_null;
-- bad input whatever the unit: 22023 naming the value
SELECT pg_temp.err($$SELECT ipasn.jumlah_jam('bimtek', -1)$$);
SELECT pg_temp.err($$SELECT ipasn.jumlah_jam('seminar', -0.5)$$);
SELECT pg_temp.err($$SELECT ipasn.jumlah_jam('coaching', 1.234)$$);
SELECT pg_temp.err($$SELECT ipasn.jumlah_jam('pelatihan_teknis', 2.005)$$);
SELECT pg_temp.err($$SELECT ipasn.jumlah_jam('bimtek', -0.001)$$);
SELECT pg_temp.err($$SELECT ipasn.jumlah_jam('bimtek', 'NaN')$$);
SELECT pg_temp.err($$SELECT ipasn.jumlah_jam('seminar', '-Infinity')$$);
-- a SIMPEG table that stores hours for every activity (issue 9): a 1-day
-- seminar of 8 hours is 4 JP (1 day x 4), not 32; a coaching of 2 hours is
-- 2 JP (1 activity x 2), not 4; a 2-day workshop of 16 hours is 10 JP
-- (2 days x 5), not 80; a technical training of 24 hours is 24 JP
SELECT jenis, jam, ipasn.jp(jenis, 'nasional', ipasn.jumlah_jam(jenis, jam), mulai, selesai) AS jp, expected
FROM (VALUES
	('seminar'::ipasn.jalur, 8::numeric, date '2024-03-05', date '2024-03-05', 4.00),
	('coaching', 2, '2024-03-12', '2024-03-12', 2.00),
	('workshop', 16, '2024-04-01', '2024-04-02', 10.00),
	('pelatihan_teknis', 24, '2024-05-06', '2024-05-08', 24.00),
	-- jam 0 (not filled in) of a JP-unit record: 8 JP a day of its dates
	('bimtek', 0, '2024-06-03', '2024-06-04', 16.00)
) AS t(jenis, jam, mulai, selesai, expected);
-- the unit is read from the rule table: an agency that counts kursus in days
BEGIN;
INSERT INTO ipasn.aturan_jp (jalur, lingkup, satuan, jp_per_satuan) VALUES ('kursus', 'nasional', 'hari', 6);
SELECT ipasn.satuan('kursus') AS satuan, ipasn.jumlah_jam('kursus', 8) AS jumlah;
ROLLBACK;
SELECT ipasn.satuan('kursus') AS satuan, ipasn.jumlah_jam('kursus', 8) AS jumlah;

-- ------------------------------------------------------------------
-- 2. teks_jumlah: the unit words SIMPEG text carries (JP, jam, jam
-- pelajaran: the same number, ipasn reads SIMPEG's "jam" as JP)
SELECT t AS teks, ipasn.teks_jumlah(t) AS jumlah, expected,
	ipasn.teks_jumlah(t) IS NOT DISTINCT FROM expected AS ok
FROM (VALUES
	('24 JP', 24::numeric),
	('24JP', 24),
	('24 jp.', 24),
	('8 jam', 8),
	('8 Jam', 8),
	('12,5 jam pelajaran', 12.5),
	('12.5 Jam Pelajaran', 12.5),
	(' 6 JPL ', 6),
	('30 J.P.', 30),
	('16 jam latihan', 16),
	('12', 12),					-- today's forms stay
	('12,5', 12.5),
	('  ', NULL)
) AS t(t, expected);
-- a unit that contradicts (days, times, activities, minutes): 22P02 with a hint
SELECT pg_temp.err($$SELECT ipasn.teks_jumlah('2 hari')$$);
SELECT pg_temp.err($$SELECT ipasn.teks_jumlah('3 kali')$$);
SELECT pg_temp.err($$SELECT ipasn.teks_jumlah('1 kegiatan')$$);
SELECT pg_temp.err($$SELECT ipasn.teks_jumlah('90 menit')$$);
SELECT pg_temp.err($$SELECT ipasn.teks_jumlah('2 semester')$$);
-- ambiguous or unknown text stays refused
SELECT pg_temp.err($$SELECT ipasn.teks_jumlah('1.500 jam')$$);
SELECT pg_temp.err($$SELECT ipasn.teks_jumlah('24 JP (pola 30)')$$);
SELECT pg_temp.err($$SELECT ipasn.teks_jumlah('JP 24')$$);
SELECT pg_temp.err($$SELECT ipasn.teks_jumlah('jam')$$);
SELECT pg_temp.err($$SELECT ipasn.teks_jumlah('8 jm')$$);

-- ------------------------------------------------------------------
-- 3. the regulation's own names (README: Types; doc/reference.md: Parsers): a rule over the parts of a text
-- (Peraturan LAN 10/2018, Lampiran; agency lists).  One row per form.
SELECT t AS teks, ipasn.parse_jalur_or_null(t) AS jalur, expected,
	ipasn.parse_jalur_or_null(t) IS NOT DISTINCT FROM expected::ipasn.jalur AS ok
FROM (VALUES
	-- explanatory parentheses
	('Belajar mandiri (self development)', 'belajar_mandiri'),
	('Detasering (secondment)', 'detasering'),
	('Pembelajaran alam terbuka (outbound)', 'outbound'),
	('Patok banding (benchmarking)', 'patok_banding'),
	('Komunitas belajar (community of practices)', 'komunitas_belajar'),
	('Pendidikan formal (tugas belajar)', 'pendidikan'),
	('Diklat Teknis (Pengadaan Barang/Jasa)', 'pelatihan_teknis'),	-- a topic, not a form
	('Bimtek [Daring]', 'bimtek'),
	-- alternatives of one jalur: "/" and "atau"
	('Workshop atau Lokakarya', 'workshop'),
	('Workshop / Lokakarya', 'workshop'),
	('Seminar/Konferensi/Sarasehan', 'seminar'),
	('Seminar atau Konferensi', 'seminar'),
	('Magang/Praktik Kerja', 'magang'),
	('Magang / Praktek Kerja', 'magang'),
	('Bimtek atau Bimbingan Teknis', 'bimtek'),
	('Webinar/Seminar Daring', NULL),	-- "Seminar Daring" is no form
	-- long forms, "/" inside
	('Pertukaran antara PNS dengan pegawai swasta/BUMN/BUMD', 'pertukaran_pegawai'),
	('Pertukaran antara PNS dengan Pegawai Swasta/Badan Usaha Milik Negara/Badan Usaha Milik Daerah', 'pertukaran_pegawai'),
	('Pertukaran PNS dengan pegawai BUMN', 'pertukaran_pegawai'),
	('Pertukaran antara PNS dengan pegawai swasta/koperasi', NULL),
	('Jalur pengembangan kompetensi dalam bentuk pelatihan klasikal lainnya', 'klasikal_lainnya'),
	('Pengembangan kompetensi dalam bentuk pelatihan nonklasikal lainnya', 'nonklasikal_lainnya'),
	-- the Lampiran's names of every form
	('Pelatihan struktural kepemimpinan', 'pelatihan_kepemimpinan'),
	('Pelatihan kepemimpinan', 'pelatihan_kepemimpinan'),
	('Pelatihan manajerial', 'pelatihan_manajerial'),
	('Pelatihan teknis', 'pelatihan_teknis'),
	('Pelatihan fungsional', 'pelatihan_fungsional'),
	('Pelatihan sosial kultural', 'pelatihan_sosial_kultural'),
	('Kursus', 'kursus'),
	('Penataran', 'penataran'),
	('Bimbingan teknis', 'bimtek'),
	('Sosialisasi', 'sosialisasi'),
	('Coaching', 'coaching'),
	('Mentoring', 'mentoring'),
	('E-learning', 'e_learning'),
	('Pelatihan jarak jauh', 'pelatihan_jarak_jauh'),
	('Bimbingan di tempat kerja', 'bimbingan_di_tempat_kerja'),
	-- abbreviations of agency lists (Pel./Plt./Diklat = pelatihan, Tkns/Tek./Tehnis = teknis, Bimb. = bimbingan)
	('Pel. Teknis', 'pelatihan_teknis'),
	('Plt. Teknis', 'pelatihan_teknis'),
	('Diklat Teknis', 'pelatihan_teknis'),
	('Pelatihan Tkns', 'pelatihan_teknis'),
	('Diklat Tehnis', 'pelatihan_teknis'),
	('Pel. Manajerial', 'pelatihan_manajerial'),
	('Diklat Fungs.', 'pelatihan_fungsional'),
	('Diklat Struktural Kepemimpinan', 'pelatihan_kepemimpinan'),
	('Bimb. Teknis', 'bimtek'),
	('Bimb. Tek.', 'bimtek'),
	-- parts that name different jalur stay unknown: never one jalur for another
	('Seminar/Pelatihan Teknis', NULL),
	('Workshop/Seminar', NULL),
	('Coaching atau Mentoring', NULL),
	('Pelatihan Teknis atau Bimtek', NULL),
	('Seminar (Pelatihan Teknis)', NULL),
	('Workshop (Sosialisasi)', NULL),
	('Seminar/Rapat', NULL),			-- a part it does not know
	('Pel. Rapat', NULL),
	('Seminar (Lokakarya', NULL),		-- unbalanced
	('atau', NULL),
	('/', NULL)
) AS t(t, expected);
-- the same shapes in the other parsers
SELECT t AS teks, ipasn.parse_pendidikan_or_null(t) AS pendidikan, expected,
	ipasn.parse_pendidikan_or_null(t) IS NOT DISTINCT FROM expected::ipasn.pendidikan AS ok
FROM (VALUES
	('D-III (Sarjana Muda)', 'd3'),
	('SLTA/SMA Sederajat', 'slta'),
	('SMA atau SMK', 'slta'),
	('Sarjana (S-1)', 's1'),
	('Diploma IV/Strata I', 'd4'),		-- SIASN's own name: a key as a whole
	('S1/S2', NULL),
	('Diploma I/II', NULL),
	('SMA (Paket B)', NULL)
) AS t(t, expected);
SELECT t AS teks, ipasn.parse_jabatan_or_null(t) AS jabatan, expected,
	ipasn.parse_jabatan_or_null(t) IS NOT DISTINCT FROM expected::ipasn.jabatan AS ok
FROM (VALUES
	('JPT Pratama (Eselon II.a)', 'jpt_pratama'),
	('Jabatan Fungsional Tertentu (JFT)', 'fungsional'),
	('Fungsional Umum/Pelaksana', 'pelaksana'),
	('Administrator atau Eselon III.a', 'administrator'),
	('Administrator (Eselon II.a)', NULL),
	('Pengawas/Administrator', NULL)
) AS t(t, expected);
SELECT t AS teks, ipasn.parse_diklatpim_or_null(t) AS diklatpim, expected,
	ipasn.parse_diklatpim_or_null(t) IS NOT DISTINCT FROM expected::ipasn.diklatpim AS ok
FROM (VALUES
	('Diklatpim Tk. III (PKA)', 'pka'),
	('PKA/Diklatpim III', 'pka'),
	('PKP atau Diklatpim Tk. IV', 'pkp'),
	('Diklatpim III/IV', NULL),
	('PKA (Diklatpim IV)', NULL)
) AS t(t, expected);
SELECT t AS teks, ipasn.parse_hukuman_or_null(t) AS hukuman, expected,
	ipasn.parse_hukuman_or_null(t) IS NOT DISTINCT FROM expected::ipasn.hukuman AS ok
FROM (VALUES
	('Teguran lisan (PP 94/2021)', 'ringan'),
	('Hukuman disiplin ringan/Teguran tertulis', 'ringan'),
	('Pembebasan dari jabatan (berat)', 'berat'),
	('Teguran tertulis atau pembebasan dari jabatan', NULL),
	('Teguran lisan (sedang)', NULL)
) AS t(t, expected);
-- parse_* still raise on unknown text, naming the value
SELECT pg_temp.err($$SELECT ipasn.parse_jalur('Seminar/Pelatihan Teknis')$$);

-- ------------------------------------------------------------------
-- 4. an agency's own vocabulary: ipasn.sinonim (README: Types; doc/reference.md: Parsers)
-- ships empty, dumped with pg_dump, SELECT for everybody, changes by the owner only
SELECT count(*) AS baris FROM ipasn.sinonim;
SELECT 'ipasn.sinonim'::regclass = ANY (extconfig) AS dumped,
	(extcondition[array_position(extconfig, 'ipasn.sinonim'::regclass)]) AS kondisi
FROM pg_extension WHERE extname = 'ipasn';
SELECT has_table_privilege('public', 'ipasn.sinonim', 'SELECT') AS public_select,
	has_table_privilege('public', 'ipasn.sinonim', 'INSERT') AS public_insert,
	has_table_privilege('public', 'ipasn.sinonim', 'UPDATE') AS public_update,
	has_table_privilege('public', 'ipasn.sinonim', 'DELETE') AS public_delete;
-- the key: letters and digits, lower case (the parsers' normalization)
SELECT ipasn.kunci_teks('Konsultasi ke BKPP') AS a, ipasn.kunci_teks('F.G.D.') AS b,
	ipasn.kunci_teks(' B-3 ') AS c, ipasn.kunci_teks('--') AS kosong;
-- the Kudus guidance: konsultasi ke BKPP is coaching; FGD and rakor are
-- seminar, raker workshop (see README)
INSERT INTO ipasn.sinonim (tipe, teks, label, keterangan) VALUES
	('ipasn.jalur', 'Konsultasi ke BKPP', 'coaching', 'Pedoman BKPP Kudus'),
	('ipasn.jalur', 'FGD', 'seminar', 'Pedoman BKPP Kudus'),
	('ipasn.jalur', 'Rakor', 'seminar', 'Pedoman BKPP Kudus'),
	('ipasn.jalur', 'Raker', 'workshop', 'Pedoman BKPP Kudus'),
	('ipasn.pendidikan', 'Sarjana Hukum', 's1', NULL),
	('ipasn.jabatan', 'Kasubsi', 'pengawas', NULL),
	('ipasn.diklatpim', 'Latpim III', 'pka', NULL),
	('ipasn.hukuman', 'SP1', 'ringan', 'surat peringatan'),
	('ipasn.lingkup', 'LN', 'internasional', NULL);
SELECT tipe, teks, label, kunci FROM ipasn.sinonim ORDER BY tipe::text, kunci;
-- the readers consult it (the whole text and its parts; case, spaces and
-- punctuation ignored); a change is seen by the next statement
SELECT ipasn.teks_jalur('konsultasi ke BKPP') AS a, ipasn.teks_jalur('F.G.D.') AS b,
	ipasn.teks_jalur('FGD / Rakor') AS c, ipasn.teks_jalur('FGD (Seminar)') AS d,
	ipasn.teks_jalur('Bimtek') AS builtin;
SELECT ipasn.teks_pendidikan('Sarjana Hukum') AS pendidikan, ipasn.teks_jabatan('KASUBSI') AS jabatan,
	ipasn.teks_diklatpim('Latpim III') AS diklatpim, ipasn.teks_hukuman('SP-1') AS hukuman,
	ipasn.teks_lingkup('L.N.') AS lingkup;
-- parts of different jalur stay unknown, agency rows included
SELECT ipasn.teks_label('ipasn.jalur', 'FGD/Raker') AS fgd_raker, ipasn.teks_label('ipasn.jalur', 'Rakor (Workshop)') AS rakor_workshop;
-- the parse_* functions stay built-in only (IMMUTABLE)
SELECT ipasn.parse_jalur_or_null('Konsultasi ke BKPP') AS parse, ipasn.parse_jabatan_or_null('Kasubsi') AS jabatan;
-- an agency row wins over a built-in form: an agency that files every
-- "Bimtek" as pelatihan teknis
INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.jalur', 'BIMTEK', 'pelatihan_teknis');
SELECT ipasn.teks_jalur('Bimtek') AS teks_jalur, ipasn.parse_jalur('Bimtek') AS parse_jalur,
	ipasn.teks_jalur('Bimbingan Teknis') AS lain;
-- and the triggers read it: Konsultasi ke BKPP = coaching, 1 activity x 2 = 2.00
CREATE TABLE riwayat_kudus (id int, jenis text, lingkup text, jam numeric, mulai date, selesai date, jp numeric);
CREATE TRIGGER isi BEFORE INSERT OR UPDATE ON riwayat_kudus
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jenis, lingkup, jam, mulai, selesai, jp, 'jam');
INSERT INTO riwayat_kudus VALUES
	(1, 'Konsultasi ke BKPP', 'dalam negeri', NULL, '2024-02-05', '2024-02-05', NULL),
	(2, 'Rakor', 'nasional', NULL, '2024-02-06', '2024-02-07', NULL),			-- seminar 2 days x 4 = 8.00
	(3, 'Raker', 'LN', NULL, '2024-02-08', '2024-02-08', NULL),				-- workshop internasional 1 day x 7 = 7.00
	(4, 'Bimtek', 'nasional', 12, NULL, NULL, NULL);						-- pelatihan_teknis 12 JP = 12.00
SELECT id, jenis, lingkup, jp FROM riwayat_kudus ORDER BY id;
SELECT pg_temp.err($$INSERT INTO riwayat_kudus VALUES (5, 'Rapat', 'nasional', NULL, '2024-02-09', NULL, NULL)$$);
-- texts nobody knows yet, with counts (the README's query)
INSERT INTO riwayat_kudus (id, jenis, lingkup) SELECT 10 + g, 'Bimtek', 'nasional' FROM generate_series(1, 2) g;
ALTER TABLE riwayat_kudus DISABLE TRIGGER isi;
INSERT INTO riwayat_kudus (id, jenis, lingkup) VALUES
	(20, 'Rapat', 'nasional'), (21, 'RAPAT', 'nasional'), (22, 'Rapat Dinas', 'nasional'),
	(23, 'Seminar/Pelatihan Teknis', 'nasional'), (24, '  ', 'nasional'), (25, NULL, 'nasional'), (26, 'Workshop atau Lokakarya', 'nasional');
SELECT jenis AS teks, count(*) AS baris
FROM riwayat_kudus
WHERE btrim(jenis) <> '' AND ipasn.teks_label('ipasn.jalur', jenis) IS NULL
GROUP BY jenis
ORDER BY count(*) DESC, jenis;
-- bad rows: a label not of its type, a type ipasn does not parse, the same
-- text twice (after normalization), a text without letters or digits
SELECT pg_temp.err($$INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.jalur', 'Rapat', 'rapat')$$);
SELECT pg_temp.err($$INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.jalur', 'Rapat', 'S1')$$);
SELECT pg_temp.err($$INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.pendidikan', 'Rapat', 'seminar')$$);
SELECT pg_temp.err($$INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.kategori', 'T', 'tinggi')$$);
SELECT pg_temp.err($$INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('text', 'T', 'tinggi')$$);
SELECT pg_temp.err($$INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.jalur', 'f g d', 'workshop')$$);
SELECT pg_temp.err($$UPDATE ipasn.sinonim SET teks = 'Rakor' WHERE teks = 'Raker'$$);
SELECT pg_temp.err($$INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.jalur', ' - ', 'workshop')$$);
SELECT pg_temp.err($$INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.jalur', repeat('x', 129), 'workshop')$$);
SELECT pg_temp.err($$INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.jalur', NULL, 'workshop')$$);
SELECT pg_temp.err($$INSERT INTO ipasn.sinonim (tipe, teks, label, kunci) VALUES ('ipasn.jalur', 'X', 'workshop', 'y')$$);
-- the same text for two types is fine; an update of its own row too
-- (a regtype column compares with a regtype: 'ipasn.jalur'::regtype)
INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.jabatan', 'FGD', 'pelaksana');
UPDATE ipasn.sinonim SET keterangan = 'Pedoman BKPP Kabupaten Kudus' WHERE teks = 'FGD' AND tipe = 'ipasn.jalur'::regtype;
UPDATE ipasn.sinonim SET teks = 'F.G.D' WHERE teks = 'FGD' AND tipe = 'ipasn.jalur'::regtype;
-- a non-owner may read it, not change it (42501)
CREATE ROLE regress_ipasn_pengguna;
SET ROLE regress_ipasn_pengguna;
SELECT count(*) AS terbaca FROM ipasn.sinonim;
SELECT pg_temp.err($$INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.jalur', 'Rapat', 'seminar')$$);
SELECT pg_temp.err($$UPDATE ipasn.sinonim SET label = 'workshop' WHERE teks = 'Rakor'$$);
SELECT pg_temp.err($$DELETE FROM ipasn.sinonim$$);
SELECT pg_temp.err($$TRUNCATE ipasn.sinonim$$);
SELECT ipasn.teks_jalur('Rakor') AS dibaca;
RESET ROLE;
DROP ROLE regress_ipasn_pengguna;
-- teks_label: a type ipasn does not parse (22023); NULL in, NULL out
SELECT pg_temp.err($$SELECT ipasn.teks_label('ipasn.kategori', 'tinggi')$$);
SELECT ipasn.teks_label('ipasn.jalur', NULL) IS NULL AS teks_null, ipasn.teks_label(NULL, 'x') IS NULL AS tipe_null;
-- the readers raise on unknown text, naming ipasn.sinonim in the hint
SELECT pg_temp.err($$SELECT ipasn.teks_hukuman('Peringatan keras')$$);
SELECT ipasn.teks_pendidikan(' ') IS NULL AS p, ipasn.teks_jabatan('') IS NULL AS j,
	ipasn.teks_diklatpim(E'\t') IS NULL AS d, ipasn.teks_hukuman('  ') IS NULL AS h;
DELETE FROM ipasn.sinonim;
SELECT ipasn.teks_jalur('Bimtek') AS lagi_bawaan;
DROP TABLE riwayat_kudus;

-- ------------------------------------------------------------------
-- 5. predikat_siasn(numeric): the SKP code kept in a decimal(3,2) column
SELECT kode, ipasn.predikat_siasn(kode) AS predikat, expected,
	ipasn.predikat_siasn(kode) IS NOT DISTINCT FROM expected AS ok
FROM (VALUES
	(1::numeric(3,2), 'sangat baik'),
	(2.00, 'baik'),
	(3.00, 'butuh perbaikan'),
	(4.0, 'kurang'),
	(5, 'sangat kurang'),
	(2.50, NULL),		-- a fractional value is no code
	(1.01, NULL),
	(0, NULL),
	(6, NULL),
	(-1, NULL),
	(-2.00, NULL)
) AS t(kode, expected);
SELECT ipasn.predikat_siasn('NaN'::numeric) AS nan, ipasn.predikat_siasn(2.000::numeric) AS dua,
	ipasn.predikat_siasn(NULL::numeric) IS NULL AS kosong,
	ipasn.skor_kinerja(ipasn.predikat_siasn(2.00)) AS skor;
-- from a decimal(3,2) column, as SIASN mirrors keep it
CREATE TEMP TABLE skp (nip text, predikat_kode decimal(3,2));
INSERT INTO skp VALUES ('1', 1.00), ('2', 2.00), ('3', 2.50), ('4', NULL);
SELECT nip, predikat_kode, ipasn.predikat_siasn(predikat_kode) FROM skp ORDER BY nip;
