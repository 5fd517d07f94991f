-- parse: the parsers for messy HR data and the SIASN code functions (README: Types; doc/reference.md: Parsers)
--
-- Every table below lists input -> expected value, worked out by hand from
-- README: Types; the synonym lists of doc/reference.md (section "Parsers");
-- ok = (what the function returned = expected).  Case, spaces and
-- punctuation are ignored, so several rows only vary those.
-- The error wrapper prints SQLSTATE: message (doc/reference.md: Errors: 22P02 for text a
-- parser does not know, 22023 for a numeric code out of bounds).
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
-- the same, with the detail and hint
CREATE FUNCTION pg_temp.err_full(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	d text;
	h text;
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT;
	RETURN SQLSTATE || ': ' || SQLERRM
		|| coalesce(E'\nDETAIL: ' || nullif(d, ''), '')
		|| coalesce(E'\nHINT: ' || nullif(h, ''), '');
END $$;

-- ===================================================================
-- every enum label is accepted as itself, also in upper case with
-- spaces for underscores (the labels need no synonym row)
-- ===================================================================
SELECT 'jalur' AS type, count(*) AS labels,
	count(*) FILTER (WHERE ipasn.parse_jalur(l::text) = l
		AND ipasn.parse_jalur(upper(replace(l::text, '_', ' '))) = l) AS ok
FROM unnest(enum_range(NULL::ipasn.jalur)) l
UNION ALL
SELECT 'pendidikan', count(*),
	count(*) FILTER (WHERE ipasn.parse_pendidikan(l::text) = l
		AND ipasn.parse_pendidikan(upper(replace(l::text, '_', ' '))) = l)
FROM unnest(enum_range(NULL::ipasn.pendidikan)) l
UNION ALL
SELECT 'jabatan', count(*),
	count(*) FILTER (WHERE ipasn.parse_jabatan(l::text) = l
		AND ipasn.parse_jabatan(upper(replace(l::text, '_', ' '))) = l)
FROM unnest(enum_range(NULL::ipasn.jabatan)) l
UNION ALL
SELECT 'diklatpim', count(*),
	count(*) FILTER (WHERE ipasn.parse_diklatpim(l::text) = l
		AND ipasn.parse_diklatpim(upper(replace(l::text, '_', ' '))) = l)
FROM unnest(enum_range(NULL::ipasn.diklatpim)) l
UNION ALL
SELECT 'hukuman', count(*),
	count(*) FILTER (WHERE ipasn.parse_hukuman(l::text) = l
		AND ipasn.parse_hukuman(upper(replace(l::text, '_', ' '))) = l)
FROM unnest(enum_range(NULL::ipasn.hukuman)) l;

-- ===================================================================
-- parse_jalur
-- ===================================================================
-- SIASN-style codes: P.. = pendidikan; KL01..KL12 = the klasikal labels in
-- enum order (README, Types); NKL01..NKL13 = the nonklasikal labels in order
SELECT input, ipasn.parse_jalur(input) AS result,
	ipasn.parse_jalur(input) = expected::ipasn.jalur AS ok
FROM (VALUES
	('P01', 'pendidikan'), ('p1', 'pendidikan'), ('P.02', 'pendidikan'),
	('KL01', 'pelatihan_kepemimpinan'), ('KL02', 'pelatihan_manajerial'),
	('KL03', 'pelatihan_teknis'), ('KL04', 'pelatihan_fungsional'),
	('KL05', 'pelatihan_sosial_kultural'), ('KL06', 'seminar'),
	('KL07', 'workshop'), ('KL08', 'kursus'), ('KL09', 'penataran'),
	('KL10', 'bimtek'), ('KL11', 'sosialisasi'), ('KL12', 'klasikal_lainnya'),
	('kl1', 'pelatihan_kepemimpinan'), ('KL-12', 'klasikal_lainnya'),
	('NKL01', 'coaching'), ('NKL02', 'mentoring'), ('NKL03', 'e_learning'),
	('NKL04', 'pelatihan_jarak_jauh'), ('NKL05', 'detasering'),
	('NKL06', 'outbound'), ('NKL07', 'patok_banding'),
	('NKL08', 'pertukaran_pegawai'), ('NKL09', 'belajar_mandiri'),
	('NKL10', 'komunitas_belajar'), ('NKL11', 'bimbingan_di_tempat_kerja'),
	('NKL12', 'magang'), ('NKL13', 'nonklasikal_lainnya'),
	('nkl 9', 'belajar_mandiri')
) v(input, expected);

-- spellings and synonyms (README, parse_jalur)
SELECT input, ipasn.parse_jalur(input) AS result,
	ipasn.parse_jalur(input) = expected::ipasn.jalur AS ok
FROM (VALUES
	-- pendidikan
	('Tugas belajar', 'pendidikan'), ('TUBEL', 'pendidikan'),
	('Izin belajar', 'pendidikan'), ('Pendidikan formal', 'pendidikan'),
	-- pelatihan_kepemimpinan, also every form parse_diklatpim knows
	('Diklatpim', 'pelatihan_kepemimpinan'),
	('Diklat Kepemimpinan', 'pelatihan_kepemimpinan'),
	('Diklat Pimpinan', 'pelatihan_kepemimpinan'),
	('Diklat Struktural', 'pelatihan_kepemimpinan'),
	('Pelatihan Struktural', 'pelatihan_kepemimpinan'),
	('PKP', 'pelatihan_kepemimpinan'), ('PKA', 'pelatihan_kepemimpinan'),
	('PKN', 'pelatihan_kepemimpinan'), ('PKN Tk. II', 'pelatihan_kepemimpinan'),
	('Diklatpim Tk. III', 'pelatihan_kepemimpinan'),
	('Pelatihan Kepemimpinan Pengawas', 'pelatihan_kepemimpinan'),
	('SPAMA', 'pelatihan_kepemimpinan'),
	-- pelatihan_manajerial
	('Manajerial', 'pelatihan_manajerial'),
	('Diklat Manajerial', 'pelatihan_manajerial'),
	('Pelatihan Manajerial', 'pelatihan_manajerial'),
	-- pelatihan_teknis
	('Teknis', 'pelatihan_teknis'), ('Diklat Teknis', 'pelatihan_teknis'),
	('DIKLAT TEKNIS', 'pelatihan_teknis'), ('Pelatihan Teknis', 'pelatihan_teknis'),
	('Diklat Teknis Substantif', 'pelatihan_teknis'),
	-- pelatihan_fungsional
	('Fungsional', 'pelatihan_fungsional'),
	('Diklat Fungsional', 'pelatihan_fungsional'),
	('Diklat Penjenjangan', 'pelatihan_fungsional'),
	('Diklat Fungsional Penjenjangan', 'pelatihan_fungsional'),
	-- pelatihan_sosial_kultural
	('Sosial Kultural', 'pelatihan_sosial_kultural'),
	('Sosio-kultural', 'pelatihan_sosial_kultural'),
	('Diklat Sosial Kultural', 'pelatihan_sosial_kultural'),
	('Pelatihan Sosiokultural', 'pelatihan_sosial_kultural'),
	-- seminar
	('Seminar', 'seminar'), ('Webinar', 'seminar'), ('Konferensi', 'seminar'),
	('Conference', 'seminar'), ('Sarasehan', 'seminar'), ('Simposium', 'seminar'),
	('Seminar/Konferensi/Sarasehan', 'seminar'), ('Seminar/Konferensi', 'seminar'),
	-- workshop
	('Workshop', 'workshop'), ('Lokakarya', 'workshop'),
	('Workshop/Lokakarya', 'workshop'),
	-- kursus, penataran
	('Kursus', 'kursus'), ('Course', 'kursus'), ('Penataran', 'penataran'),
	-- bimtek
	('Bimtek', 'bimtek'), ('BIMTEK', 'bimtek'),
	('Bimbingan Teknis', 'bimtek'), ('Bintek', 'bimtek'),
	-- sosialisasi
	('Sosialisasi', 'sosialisasi'),
	-- klasikal_lainnya
	('Klasikal lainnya', 'klasikal_lainnya'), ('Klasikal lain', 'klasikal_lainnya'),
	('Pelatihan Klasikal Lainnya', 'klasikal_lainnya'),
	-- coaching, mentoring
	('Coaching', 'coaching'), ('Mentoring', 'mentoring'),
	-- e_learning
	('E-Learning', 'e_learning'), ('Elearning', 'e_learning'),
	('e learning', 'e_learning'), ('Pembelajaran elektronik', 'e_learning'),
	-- pelatihan_jarak_jauh
	('Pelatihan jarak jauh', 'pelatihan_jarak_jauh'), ('PJJ', 'pelatihan_jarak_jauh'),
	('Distance learning', 'pelatihan_jarak_jauh'),
	('Diklat jarak jauh', 'pelatihan_jarak_jauh'),
	('Pembelajaran jarak jauh', 'pelatihan_jarak_jauh'),
	-- detasering
	('Detasering', 'detasering'), ('Secondment', 'detasering'),
	-- outbound
	('Outbound', 'outbound'), ('Outbond', 'outbound'),
	-- patok_banding
	('Patok banding', 'patok_banding'), ('Studi banding', 'patok_banding'),
	('Benchmarking', 'patok_banding'), ('Benchmark', 'patok_banding'),
	-- pertukaran_pegawai
	('Pertukaran pegawai', 'pertukaran_pegawai'), ('Pertukaran', 'pertukaran_pegawai'),
	('Pertukaran PNS', 'pertukaran_pegawai'), ('Pertukaran ASN', 'pertukaran_pegawai'),
	-- belajar_mandiri
	('Belajar mandiri', 'belajar_mandiri'), ('Self learning', 'belajar_mandiri'),
	('Self-Learning', 'belajar_mandiri'),
	-- komunitas_belajar
	('Komunitas belajar', 'komunitas_belajar'),
	('Community of practice', 'komunitas_belajar'), ('CoP', 'komunitas_belajar'),
	-- bimbingan_di_tempat_kerja
	('Bimbingan di tempat kerja', 'bimbingan_di_tempat_kerja'),
	('Bimbingan tempat kerja', 'bimbingan_di_tempat_kerja'),
	('On the job training', 'bimbingan_di_tempat_kerja'),
	('On-the-Job Training', 'bimbingan_di_tempat_kerja'),
	('OJT', 'bimbingan_di_tempat_kerja'),
	-- magang
	('Magang', 'magang'), ('Praktik kerja', 'magang'),
	('Magang/Praktik Kerja', 'magang'), ('Internship', 'magang'),
	-- nonklasikal_lainnya
	('Nonklasikal lainnya', 'nonklasikal_lainnya'),
	('Non-klasikal lain', 'nonklasikal_lainnya'),
	('Pelatihan Nonklasikal Lainnya', 'nonklasikal_lainnya'),
	-- case, spaces and punctuation
	('  bimtek  ', 'bimtek'), ('B.I.M.T.E.K.', 'bimtek'),
	(E'Bimbingan\tTeknis', 'bimtek'), ('Bimbingan' || chr(160) || 'Teknis', 'bimtek')
) v(input, expected);

-- unknown text: 22P02 naming the value (doc/reference.md: Errors); empty text is unknown;
-- codes outside KL01..KL12 / NKL01..NKL13; "PKN III" is no leadership level
SELECT input, pg_temp.err(format('SELECT ipasn.parse_jalur(%L)', input)) AS error
FROM (VALUES ('xyz'), (''), ('   '), ('-'), ('KL13'), ('KL00'), ('KL123'),
	('NKL14'), ('NKL0'), ('P'), ('P123'), ('Pelatihan'), ('Klasikal'),
	('PKN III'), ('Diklatpim V')) v(input);
-- the hint lists the accepted forms
SELECT pg_temp.err_full($$SELECT ipasn.parse_jalur('Rapat')$$) AS error;
-- a long value is quoted up to 100 bytes
SELECT pg_temp.err($$SELECT ipasn.parse_jalur(repeat('abcdefghij', 15))$$) AS error;
-- the _or_null twin: NULL instead of the error, same value otherwise
SELECT input, ipasn.parse_jalur_or_null(input) AS result
FROM (VALUES ('Bimtek'), ('KL06'), ('xyz'), ('')) v(input);

-- ===================================================================
-- parse_pendidikan
-- ===================================================================
SELECT input, ipasn.parse_pendidikan(input) AS result,
	ipasn.parse_pendidikan(input) = expected::ipasn.pendidikan AS ok
FROM (VALUES
	-- tidak_sekolah
	('Tidak sekolah', 'tidak_sekolah'), ('Belum sekolah', 'tidak_sekolah'),
	('Tidak/Belum Sekolah', 'tidak_sekolah'), ('Belum tamat SD', 'tidak_sekolah'),
	('Belum Tamat SD/Sederajat', 'tidak_sekolah'), ('Tidak tamat SD', 'tidak_sekolah'),
	-- sd
	('SD', 'sd'), ('Sekolah Dasar', 'sd'), ('Tamat SD', 'sd'),
	('Tamat SD/Sederajat', 'sd'), ('SD/Sederajat', 'sd'), ('MI', 'sd'),
	('SD/MI', 'sd'), ('Paket A', 'sd'),
	-- sltp
	('SLTP', 'sltp'), ('SMP', 'sltp'), ('MTs', 'sltp'), ('SMP/MTs', 'sltp'),
	('SLTP/Sederajat', 'sltp'), ('SMP Sederajat', 'sltp'),
	('SLTP Kejuruan', 'sltp'), ('Sekolah Menengah Pertama', 'sltp'),
	('Paket B', 'sltp'),
	-- slta
	('SLTA', 'slta'), ('SMA', 'slta'), ('SMK', 'slta'), ('SMU', 'slta'),
	('STM', 'slta'), ('SMEA', 'slta'), ('SPG', 'slta'), ('SPK', 'slta'),
	('MA', 'slta'), ('MAK', 'slta'), ('SMA/SMK', 'slta'), ('SMA/MA', 'slta'),
	('SLTA/Sederajat', 'slta'), ('SMA Sederajat', 'slta'),
	('SLTA Kejuruan', 'slta'), ('SLTA Keguruan', 'slta'),
	('Sekolah Menengah Atas', 'slta'), ('Sekolah Menengah Kejuruan', 'slta'),
	('Paket C', 'slta'),
	-- d1
	('D1', 'd1'), ('D-I', 'd1'), ('D.I', 'd1'), ('DI', 'd1'),
	('Diploma I', 'd1'), ('Diploma 1', 'd1'), ('Diploma Satu', 'd1'),
	-- d2
	('D2', 'd2'), ('D-II', 'd2'), ('Diploma II', 'd2'), ('Diploma 2', 'd2'),
	('Diploma Dua', 'd2'),
	-- d3
	('D3', 'd3'), ('D-III', 'd3'), ('D III', 'd3'), ('Diploma III', 'd3'),
	('Diploma 3', 'd3'), ('Diploma Tiga', 'd3'),
	('Diploma III/Sarjana Muda', 'd3'), ('D-III/Sarjana Muda', 'd3'),
	('Sarjana Muda', 'd3'), ('Akademi', 'd3'),
	('Akademi/Diploma III/S. Muda', 'd3'),
	-- d4
	('D4', 'd4'), ('D-IV', 'd4'), ('Diploma IV', 'd4'), ('Diploma 4', 'd4'),
	('Diploma Empat', 'd4'), ('Sarjana Terapan', 'd4'),
	('Diploma IV/Strata I', 'd4'),
	-- s1
	('S1', 's1'), ('S-1', 's1'), ('S 1', 's1'), ('Strata 1', 's1'),
	('Strata I', 's1'), ('Strata Satu', 's1'), ('Sarjana', 's1'),
	('S-1/Sarjana', 's1'), ('Sarjana (S1)', 's1'),
	-- s2
	('S2', 's2'), ('S-2', 's2'), ('Strata 2', 's2'), ('Strata II', 's2'),
	('Strata Dua', 's2'), ('Magister', 's2'), ('S2/Magister', 's2'),
	('Master', 's2'), ('Pascasarjana', 's2'),
	-- s3
	('S3', 's3'), ('S-3', 's3'), ('Strata 3', 's3'), ('Strata III', 's3'),
	('Strata Tiga', 's3'), ('Doktor', 's3'), ('S-3/Doktor', 's3'),
	('Doktoral', 's3'), ('Ph.D.', 's3')
) v(input, expected);

-- unknown: "Diploma I/II" and "D-I/II" must not become "Diploma III"
-- (roman numerals kept apart); "Dokter" is a profession, not a degree
SELECT input, pg_temp.err(format('SELECT ipasn.parse_pendidikan(%L)', input)) AS error
FROM (VALUES (''), ('Diploma I/II'), ('D-I/II'), ('Diploma I II'), ('S4'),
	('D5'), ('Dokter'), ('05'), ('Universitas')) v(input);
SELECT pg_temp.err_full($$SELECT ipasn.parse_pendidikan('SMA Luar Biasa')$$) AS error;
SELECT input, ipasn.parse_pendidikan_or_null(input) AS result
FROM (VALUES ('S-2'), ('Diploma I/II'), ('')) v(input);

-- ===================================================================
-- parse_jabatan
-- ===================================================================
-- echelons: I jpt_madya (I.a is jpt_utama only by the agency's own rule:
-- the parser never guesses it), II jpt_pratama, III administrator,
-- IV pengawas (README: Types; doc/reference.md: Parsers)
SELECT input, ipasn.parse_jabatan(input) AS result,
	ipasn.parse_jabatan(input) = expected::ipasn.jabatan AS ok
FROM (VALUES
	('JPT Utama', 'jpt_utama'), ('Jabatan Pimpinan Tinggi Utama', 'jpt_utama'),
	('Pimpinan Tinggi Utama', 'jpt_utama'),
	('JPT Madya', 'jpt_madya'), ('Jabatan Pimpinan Tinggi Madya', 'jpt_madya'),
	('Pimpinan Tinggi Madya', 'jpt_madya'),
	('JPT Pratama', 'jpt_pratama'), ('Jabatan Pimpinan Tinggi Pratama', 'jpt_pratama'),
	('Pimpinan Tinggi Pratama', 'jpt_pratama'),
	('Administrator', 'administrator'), ('Jabatan Administrator', 'administrator'),
	('Pengawas', 'pengawas'), ('Jabatan Pengawas', 'pengawas'),
	('Fungsional', 'fungsional'), ('JF', 'fungsional'), ('JFT', 'fungsional'),
	('Jabatan Fungsional', 'fungsional'), ('Fungsional Tertentu', 'fungsional'),
	('Jabatan Fungsional Tertentu', 'fungsional'),
	('Pelaksana', 'pelaksana'), ('JFU', 'pelaksana'),
	('Fungsional Umum', 'pelaksana'), ('Jabatan Fungsional Umum', 'pelaksana'),
	('Jabatan Pelaksana', 'pelaksana'), ('Staf', 'pelaksana'),
	('Staff', 'pelaksana'), ('Staf Pelaksana', 'pelaksana'),
	-- echelon codes
	('I.a', 'jpt_madya'), ('I.b', 'jpt_madya'),
	('II.a', 'jpt_pratama'), ('II.b', 'jpt_pratama'),
	('III.a', 'administrator'), ('III.b', 'administrator'),
	('IV.a', 'pengawas'), ('IV.b', 'pengawas'),
	('Eselon I.a', 'jpt_madya'), ('Eselon II.a', 'jpt_pratama'),
	('ESELON III/b', 'administrator'), ('Esl. IV.a', 'pengawas'),
	('Eselon I', 'jpt_madya'), ('Eselon II', 'jpt_pratama'),
	('Eselon III', 'administrator'), ('Eselon IV', 'pengawas'),
	('Eselon 2', 'jpt_pratama'),
	('IIa', 'jpt_pratama'), ('II/a', 'jpt_pratama'), ('IVb', 'pengawas'),
	('1b', 'jpt_madya'), ('2a', 'jpt_pratama'), ('3b', 'administrator'),
	('4a', 'pengawas')
) v(input, expected);

-- unknown: a bare numeral is no echelon (the letter or the word "eselon"
-- is needed); eselon V was abolished; "Non eselon" and "Struktural" do not
-- tell the kind; a position name is not a kind
SELECT input, pg_temp.err(format('SELECT ipasn.parse_jabatan(%L)', input)) AS error
FROM (VALUES (''), ('I'), ('II'), ('2'), ('V.a'), ('Eselon V'), ('II.c'),
	('5a'), ('Eselon'), ('Non Eselon'), ('Struktural'),
	('Dokter')) v(input);
SELECT pg_temp.err_full($$SELECT ipasn.parse_jabatan('Kepala Bidang')$$) AS error;
SELECT input, ipasn.parse_jabatan_or_null(input) AS result
FROM (VALUES ('III.a'), ('Kepala Bidang'), ('')) v(input);

-- ===================================================================
-- parse_diklatpim: I, II, III and IV must not be confused
-- ===================================================================
SELECT input, ipasn.parse_diklatpim(input) AS result,
	ipasn.parse_diklatpim(input) = expected::ipasn.diklatpim AS ok
FROM (VALUES
	('PKP', 'pkp'), ('Diklatpim IV', 'pkp'), ('Diklatpim Tk. IV', 'pkp'),
	('Diklatpim Tk.IV', 'pkp'), ('Diklat PIM Tingkat IV', 'pkp'),
	('DIKLATPIM TK IV', 'pkp'), ('Diklatpim 4', 'pkp'), ('PIM IV', 'pkp'),
	('Diklat Kepemimpinan Tingkat IV', 'pkp'),
	('Pelatihan Kepemimpinan Pengawas', 'pkp'), ('ADUM', 'pkp'), ('SEPADA', 'pkp'),
	('PKA', 'pka'), ('Diklatpim III', 'pka'), ('Diklatpim Tk. III', 'pka'),
	('Diklat PIM Tingkat III', 'pka'), ('Diklatpim 3', 'pka'),
	('Diklat Pimpinan Tk. III', 'pka'), ('Pelatihan Kepemimpinan Tingkat III', 'pka'),
	('Pelatihan Kepemimpinan Administrator', 'pka'), ('SPAMA', 'pka'),
	('SEPALA', 'pka'),
	('PKN II', 'pkn_ii'), ('PKN Tk. II', 'pkn_ii'), ('PKN Tingkat II', 'pkn_ii'),
	('PKN 2', 'pkn_ii'), ('Diklatpim II', 'pkn_ii'), ('Diklatpim Tk. II', 'pkn_ii'),
	('Pelatihan Kepemimpinan Nasional Tingkat II', 'pkn_ii'),
	('SPAMEN', 'pkn_ii'), ('SEPADYA', 'pkn_ii'),
	('PKN I', 'pkn_i'), ('PKN Tk. I', 'pkn_i'), ('Diklatpim I', 'pkn_i'),
	('Diklatpim Tk. I', 'pkn_i'), ('Diklat PIM Tingkat 1', 'pkn_i'),
	('Pelatihan Kepemimpinan Nasional Tingkat I', 'pkn_i'),
	('SPATI', 'pkn_i'), ('SESPANAS', 'pkn_i')
) v(input, expected);

-- unknown: no level; PKN has only levels II and I; level V; "I/II" is two
-- levels; "IIII" is no numeral; trailing text is not skipped
SELECT input, pg_temp.err(format('SELECT ipasn.parse_diklatpim(%L)', input)) AS error
FROM (VALUES (''), ('PKN'), ('Diklatpim'), ('PKN III'), ('PKN IV'),
	('Diklatpim V'), ('Diklatpim I/II'), ('Diklatpim Tk. IIII'),
	('PKA III'), ('IV')) v(input);
SELECT pg_temp.err_full($$SELECT ipasn.parse_diklatpim('Latsar CPNS')$$) AS error;
SELECT input, ipasn.parse_diklatpim_or_null(input) AS result
FROM (VALUES ('Diklatpim Tk. III'), ('PKN III'), ('')) v(input);

-- ===================================================================
-- parse_hukuman: PP 94/2021 art. 8 and PP 53/2010 art. 7, matched by
-- the opening words so that the amounts and durations may follow
-- ===================================================================
SELECT input, ipasn.parse_hukuman(input) AS result,
	ipasn.parse_hukuman(input) = expected::ipasn.hukuman AS ok
FROM (VALUES
	('Hukuman disiplin ringan', 'ringan'), ('Hukuman Disiplin Tingkat Sedang', 'sedang'),
	('Hukuman berat', 'berat'), ('Hukdis Sedang', 'sedang'), ('Tingkat Berat', 'berat'),
	-- ringan
	('Teguran lisan', 'ringan'), ('Teguran tertulis', 'ringan'),
	('TEGURAN TERTULIS dari atasan langsung', 'ringan'),
	('Pernyataan tidak puas secara tertulis', 'ringan'),
	-- sedang: PP 94/2021
	('Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan', 'sedang'),
	('Pemotongan tunjangan kinerja sebesar 25% selama 9 bulan', 'sedang'),
	('Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan', 'sedang'),
	('Pemotongan Tukin 25% 6 bulan', 'sedang'),
	('Pemotongan TPP 25% selama 9 bulan', 'sedang'),
	('Pemotongan tambahan penghasilan pegawai 25% selama 12 bulan', 'sedang'),
	-- sedang: PP 53/2010
	('Penundaan kenaikan gaji berkala selama 1 (satu) tahun', 'sedang'),
	('Penundaan KGB', 'sedang'),
	('Penundaan kenaikan pangkat selama 1 tahun', 'sedang'),
	('Penurunan pangkat setingkat lebih rendah selama 1 (satu) tahun', 'sedang'),
	('Penurunan pangkat setingkat lebih rendah selama 1 tahun', 'sedang'),
	('Penurunan pangkat selama satu tahun', 'sedang'),
	-- berat: PP 94/2021
	('Penurunan jabatan setingkat lebih rendah selama 12 bulan', 'berat'),
	('Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan', 'berat'),
	('Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS', 'berat'),
	-- berat: PP 53/2010
	('Penurunan pangkat setingkat lebih rendah selama 3 (tiga) tahun', 'berat'),
	('Penurunan pangkat setingkat lebih rendah selama 3 tahun', 'berat'),
	('Pemindahan dalam rangka penurunan jabatan setingkat lebih rendah', 'berat'),
	('Pembebasan dari jabatan', 'berat'), ('Pembebasan jabatan', 'berat'),
	('Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai Pegawai Negeri Sipil', 'berat'),
	('Pemberhentian tidak dengan hormat sebagai PNS', 'berat'),
	('PTDH', 'berat'), ('PDHTAPS', 'berat')
) v(input, expected);

-- a long phrase (beyond the 128 letters the parser keeps) still matches
-- by its opening words
SELECT length(t) AS length, ipasn.parse_hukuman(t) AS result
FROM (SELECT 'Teguran tertulis' || repeat(' karena terlambat masuk kerja', 10) AS t) v;

-- unknown: "penurunan pangkat" without its duration (sedang for 1 year,
-- berat for 3: the detail says so); a duration the law does not know
-- ("Teguran" alone is ringan and "Pemberhentian sementara", no
-- disciplinary penalty, reads as none: test/pgtap/readers_teks.sql)
SELECT input, pg_temp.err(format('SELECT ipasn.parse_hukuman(%L)', input)) AS error
FROM (VALUES (''), ('Peringatan'), ('Hukuman'), ('Hukuman disiplin'),
	('Penurunan pangkat selama 2 tahun'), ('Pemberhentian'),
	('R')) v(input);
SELECT pg_temp.err_full($$SELECT ipasn.parse_hukuman('Penurunan pangkat setingkat lebih rendah')$$) AS error;
SELECT pg_temp.err_full($$SELECT ipasn.parse_hukuman('Skorsing')$$) AS error;
SELECT input, ipasn.parse_hukuman_or_null(input) AS result
FROM (VALUES ('Teguran lisan'), ('Penurunan pangkat'), ('')) v(input);

-- ===================================================================
-- STRICT: NULL in, NULL out, for every function of this file
-- ===================================================================
SELECT ipasn.parse_jalur(NULL) IS NULL AS jalur,
	ipasn.parse_jalur_or_null(NULL) IS NULL AS jalur_or_null,
	ipasn.parse_pendidikan(NULL) IS NULL AS pendidikan,
	ipasn.parse_pendidikan_or_null(NULL) IS NULL AS pendidikan_or_null,
	ipasn.parse_jabatan(NULL) IS NULL AS jabatan,
	ipasn.parse_jabatan_or_null(NULL) IS NULL AS jabatan_or_null,
	ipasn.parse_diklatpim(NULL) IS NULL AS diklatpim,
	ipasn.parse_diklatpim_or_null(NULL) IS NULL AS diklatpim_or_null,
	ipasn.parse_hukuman(NULL) IS NULL AS hukuman,
	ipasn.parse_hukuman_or_null(NULL) IS NULL AS hukuman_or_null;
SELECT ipasn.jalur_siasn(NULL) IS NULL AS jalur_siasn,
	ipasn.diklatpim_siasn(NULL) IS NULL AS diklatpim_siasn,
	ipasn.hukuman_siasn(NULL) IS NULL AS hukuman_siasn,
	ipasn.predikat_siasn(NULL::integer) IS NULL AS predikat_siasn,
	ipasn.pendidikan_siasn(NULL) IS NULL AS pendidikan_siasn,
	ipasn.fungsional_dikecualikan(NULL) IS NULL AS fungsional_dikecualikan;

-- markings (README: Reference): all IMMUTABLE (i), STRICT, PARALLEL SAFE (s)
SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args,
	p.prorettype::regtype AS returns, p.provolatile, p.proisstrict, p.proparallel,
	obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
FROM pg_proc p
WHERE p.pronamespace = 'ipasn'::regnamespace
	AND p.proname IN ('parse_jalur', 'parse_jalur_or_null', 'parse_pendidikan',
		'parse_pendidikan_or_null', 'parse_jabatan', 'parse_jabatan_or_null',
		'parse_diklatpim', 'parse_diklatpim_or_null', 'parse_hukuman',
		'parse_hukuman_or_null', 'jalur_siasn', 'diklatpim_siasn', 'hukuman_siasn',
		'predikat_siasn', 'pendidikan_siasn', 'fungsional_dikecualikan')
ORDER BY 1;

-- ===================================================================
-- jalur_siasn: SIASN jenis_diklat_id 1..25 (README: Types; doc/reference.md: Parsers); other ids 22023
-- ===================================================================
SELECT id, ipasn.jalur_siasn(id) AS result,
	ipasn.jalur_siasn(id) = expected::ipasn.jalur AS ok
FROM (VALUES
	(1, 'pelatihan_kepemimpinan'), -- Diklat Struktural
	(2, 'pelatihan_fungsional'), (3, 'pelatihan_teknis'), (4, 'workshop'),
	(5, 'pelatihan_manajerial'), (6, 'pelatihan_sosial_kultural'),
	(7, 'sosialisasi'), (8, 'bimtek'), (9, 'seminar'), (10, 'magang'),
	(11, 'kursus'), (12, 'penataran'), (13, 'klasikal_lainnya'),
	(14, 'coaching'), (15, 'mentoring'), (16, 'e_learning'),
	(17, 'pelatihan_jarak_jauh'), (18, 'detasering'), (19, 'outbound'),
	(20, 'patok_banding'), (21, 'pertukaran_pegawai'), (22, 'belajar_mandiri'),
	(23, 'komunitas_belajar'), (24, 'bimbingan_di_tempat_kerja'),
	(25, 'nonklasikal_lainnya')
) v(id, expected);
SELECT id, pg_temp.err(format('SELECT ipasn.jalur_siasn(%s)', id)) AS error
FROM (VALUES (0), (26), (-1), (2147483647)) v(id);
SELECT pg_temp.err_full('SELECT ipasn.jalur_siasn(99)') AS error;

-- ===================================================================
-- diklatpim_siasn: 2 pkp, 3 pka, 4 pkn_ii, 5 pkn_i, other ids NULL
-- ===================================================================
SELECT id, ipasn.diklatpim_siasn(id) AS result
FROM generate_series(0, 6) id
UNION ALL SELECT -1, ipasn.diklatpim_siasn(-1)
UNION ALL SELECT 100, ipasn.diklatpim_siasn(100);

-- ===================================================================
-- hukuman_siasn: R ringan, S sedang, B berat, case-insensitive
-- ===================================================================
SELECT input, ipasn.hukuman_siasn(input) AS result
FROM (VALUES ('R'), ('S'), ('B'), ('r'), ('s'), ('b'), (' B ')) v(input);
SELECT input, pg_temp.err(format('SELECT ipasn.hukuman_siasn(%L)', input)) AS error
FROM (VALUES (''), ('X'), ('RS'), ('ringan'), ('1')) v(input);
SELECT pg_temp.err_full($$SELECT ipasn.hukuman_siasn('X')$$) AS error;

-- ===================================================================
-- predikat_siasn: 1..5 -> the predicate text skor_kinerja(text) takes
-- ===================================================================
SELECT kode, ipasn.predikat_siasn(kode) AS predikat
FROM generate_series(-1, 6) kode;

-- ===================================================================
-- pendidikan_siasn: SIASN tkPendidikanId, leading zero optional
-- ===================================================================
SELECT input, ipasn.pendidikan_siasn(input) AS result,
	ipasn.pendidikan_siasn(input) = expected::ipasn.pendidikan AS ok
FROM (VALUES
	('05', 'sd'), ('5', 'sd'), ('005', 'sd'), (' 05 ', 'sd'),
	('10', 'sltp'), ('12', 'sltp'), -- SLTP, SLTP Kejuruan
	('15', 'slta'), ('17', 'slta'), ('18', 'slta'), -- SLTA, Kejuruan, Keguruan
	('20', 'd1'), ('25', 'd2'), ('30', 'd3'), ('35', 'd4'),
	('40', 's1'), ('45', 's2'), ('50', 's3'), ('050', 's3')
) v(input, expected);
SELECT input, pg_temp.err(format('SELECT ipasn.pendidikan_siasn(%L)', input)) AS error
FROM (VALUES (''), ('0'), ('00'), ('01'), ('11'), ('55'), ('99'), ('100'),
	('5a'), ('-5'), ('0 5'), ('SD')) v(input);
SELECT pg_temp.err_full($$SELECT ipasn.pendidikan_siasn('60')$$) AS error;

-- ===================================================================
-- fungsional_dikecualikan: whole words dokter, guru, apoteker, perawat,
-- bidan, asesor, psikolog, case-insensitive (README: Types; doc/reference.md: Parsers)
-- ===================================================================
SELECT nama, ipasn.fungsional_dikecualikan(nama) AS result,
	ipasn.fungsional_dikecualikan(nama) = expected AS ok
FROM (VALUES
	('Dokter Ahli Muda', true), ('Dokter Gigi Ahli Pertama', true),
	('Dokter Pendidik Klinis Ahli Madya', true),
	('Guru Ahli Pertama', true), ('GURU KELAS', true), ('guru', true),
	('Apoteker Ahli Muda', true), ('Perawat Terampil', true),
	('Perawat Gigi Mahir', true), ('Bidan Penyelia', true),
	('Asesor SDM Aparatur Ahli Muda', true), ('Psikolog Klinis Ahli Muda', true),
	('Dokter-Gigi', true), ('(Guru)', true),
	('Analis Kepegawaian Ahli Muda', false), ('Pranata Komputer', false),
	('Teknisi Perawatan Gedung', false), -- "perawatan" is not "perawat"
	('Penguruan', false), ('Dokterandus', false), ('', false),
	('Pengawas Sekolah', false),
	-- a word match: "Asisten Apoteker" holds the word apoteker
	('Asisten Apoteker Terampil', true)
) v(nama, expected);
