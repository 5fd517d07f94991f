-- realdata: what real agency tables hold (SPEC §1: tables that store hours,
-- the regulation's own names, an agency's own vocabulary, predikat_siasn)
--
-- Expected values are worked out by hand from SPEC §1 and §2 and the rule
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
-- 1. jumlah_jam: hours as stored -> the jumlah of ipasn.jp (SPEC §1)
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
-- pelajaran: the same number, SPEC §1 reads SIMPEG's "jam" as JP)
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
-- 3. the regulation's own names (SPEC §1): a rule over the parts of a text
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
