-- ipasn demo — generator of a realistic SIMPEG dataset (schema.sql).
--
--   psql -v ukuran=provinsi -f test/demo/generate.sql     (default)
--   psql -v ukuran=3000     -f test/demo/generate.sql     (about 3000 employees)
--   psql -v ukuran=nation   -f test/demo/generate.sql     (~4.3 million, bench only)
--
-- Variables: ukuran (provinsi | nation | a number of employees), datadir
-- (where the published CSVs are, default test/demo/data, relative to psql's
-- working directory), seed (default 0.42).  Plain SQL, deterministic for a
-- given seed: setseed() then random() in single-row-order statements.
--
-- What it builds, per DKI Jakarta's published 2023 figures:
--  * the 39 units with their published sizes, scaled so that the province
--    totals 66,042 ASN (the units' CSV counts 50,489 PNS; the other figures
--    count all ASN); for 'nation' the 39 units are repeated per region;
--  * education by the province's distribution, echelons by its distribution;
--  * 2022 and 2023 training records: each employee falls, per year, in one of
--    four tiers drawn with the unit's published rates (did not take part /
--    took part but < 20 JP / 20-40 JP / >= 40 JP); the tier sets a JP budget
--    which is spread over 5-40 records of a realistic mix (e-learning,
--    coaching, webinars, bimtek, technical and functional training, ...),
--    typed as SIMPEG keeps them (messy jenis, hours as text, some records
--    with dates but no hours);
--  * then the dirt a real table has: duplicates, negative hours, selesai
--    before mulai, 5000 hours, unknown jenis — which reports.sql must reject
--    or flag with ipasn.masalah; and records ipasn counts but flags as
--    implausible (ipasn.janggal): long trainings on one date, a year mistyped.
\set ON_ERROR_STOP 1
\if :{?ukuran}
\else
\set ukuran provinsi
\endif
\if :{?datadir}
\else
\set datadir test/demo/data
\endif
\if :{?seed}
\else
\set seed 0.42
\endif

-- ------------------------------------------------------------ published data
TRUNCATE referensi.unit_2023, referensi.pendidikan_2023, referensi.eselon_2023;
ALTER TABLE referensi.unit_2023 ALTER COLUMN urut RESTART;
\set f :datadir '/dki-jakarta-units-2023.csv'
\set cmd '\\copy referensi.unit_2023 (unit, total_pegawai, ikut_bangkom, ikut_bangkom_pct, memenuhi_20jp, memenuhi_20jp_pct, memenuhi_40jp, memenuhi_40jp_pct, ip_kompetensi) FROM ' :'f' ' WITH (FORMAT csv, HEADER true)'
:cmd
\set f :datadir '/dki-jakarta-pendidikan-2023.csv'
\set cmd '\\copy referensi.pendidikan_2023 FROM ' :'f' ' WITH (FORMAT csv, HEADER true)'
:cmd
\set f :datadir '/dki-jakarta-eselon-2023.csv'
\set cmd '\\copy referensi.eselon_2023 FROM ' :'f' ' WITH (FORMAT csv, HEADER true)'
:cmd

SELECT CASE :'ukuran' WHEN 'provinsi' THEN '66042' WHEN 'nation' THEN '4300000'
	   ELSE :'ukuran' END AS target \gset
SELECT :'target'::integer AS target \gset
SELECT setseed(:seed) \gset

TRUNCATE simpeg.unit, simpeg.pegawai, simpeg.riwayat_diklat,
	simpeg.riwayat_diklatpim, simpeg.skp, simpeg.hukuman_disiplin;

-- ------------------------------------------------------------ units
-- copies: regions of 66,042 ASN each (1 unless 'nation')
CREATE TEMP TABLE gen_unit AS
WITH p AS (
	SELECT :target::numeric AS target,
		   greatest(1, ceil(:target / 66042.0 - 0.2))::integer AS copies,
		   (SELECT sum(total_pegawai) FROM referensi.unit_2023) AS total
)
SELECT (k - 1) * 100 + u.urut AS id,
	   CASE WHEN p.copies = 1 THEN u.unit
			ELSE u.unit || ' (Wilayah ' || lpad(k::text, 2, '0') || ')' END AS nama,
	   greatest(1, round(u.total_pegawai * p.target / p.copies / p.total))::integer AS ukuran,
	   -- published rates (counts are more reliable than the printed percents)
	   u.ikut_bangkom::numeric / u.total_pegawai AS p_ikut,
	   u.memenuhi_20jp::numeric / u.total_pegawai AS p20,
	   u.memenuhi_40jp::numeric / u.total_pegawai AS p40,
	   CASE WHEN u.unit = 'Dinas Pendidikan' THEN 'guru'
			WHEN u.unit = 'Dinas Kesehatan' THEN 'medis'
			WHEN u.unit LIKE 'Dinas Penanggulangan Kebakaran%' THEN 'damkar'
			WHEN u.unit = 'Satuan Polisi Pamong Praja' THEN 'satpol'
			WHEN u.unit = 'Inspektorat' THEN 'audit'
			ELSE 'umum' END AS jenis
FROM referensi.unit_2023 u, p, generate_series(1, p.copies) k;

INSERT INTO simpeg.unit (id, nama) SELECT id, nama FROM gen_unit ORDER BY id;

-- ------------------------------------------------------------ employees
CREATE TEMP TABLE gen_cdf_pendidikan AS
SELECT pendidikan, sum(jumlah) OVER (ORDER BY pendidikan) :: numeric
	   / sum(jumlah) OVER () AS hi
FROM referensi.pendidikan_2023;
CREATE TEMP TABLE gen_cdf_eselon AS
SELECT eselon, sum(jumlah) OVER (ORDER BY eselon) :: numeric / sum(jumlah) OVER () AS hi
FROM referensi.eselon_2023;
SELECT sum(jumlah)::numeric / (SELECT sum(e.jumlah) FROM referensi.pendidikan_2023 e) AS p_struktural
FROM referensi.eselon_2023 \gset

CREATE TEMP TABLE gen_pegawai0 AS
SELECT g.*,
	   (SELECT c.pendidikan FROM gen_cdf_pendidikan c WHERE c.hi >= g.r_pend ORDER BY c.hi LIMIT 1) AS pend,
	   CASE WHEN g.r_jab < :p_struktural THEN
			(SELECT c.eselon FROM gen_cdf_eselon c WHERE c.hi >= g.r_jab / :p_struktural ORDER BY c.hi LIMIT 1)
	   END AS eselon,
	   -- NIP: birth date, TMT CPNS (year and month), sex, then a serial number
	   to_char(g.lahir, 'YYYYMMDD') ||
	   to_char(least(date '2023-12-01', g.lahir + (365.25 * (20 + g.r1 * 12))::integer), 'YYYYMM') ||
	   CASE WHEN g.pria THEN '1' ELSE '2' END AS nip14
FROM (
	SELECT u.id AS unit_id, u.jenis AS unit_jenis, u.p_ikut, u.p20, u.p40,
		   random() AS r_pend, random() AS r_jab, random() AS r_fung, random() AS r1,
		   random() AS r2, random() AS r3,
		   date '1964-01-01' + (random() * 13000)::integer AS lahir,
		   (random() < 0.5) AS pria
	FROM gen_unit u, generate_series(1, u.ukuran) i
) g;

-- jabatan kind: structural by echelon; fungsional share by kind of unit
CREATE TEMP TABLE gen_pegawai AS
SELECT g.*,
	   g.nip14 || lpad((row_number() OVER (PARTITION BY g.nip14 ORDER BY g.r1))::text, 3, '0') AS nip,
	   CASE
		 WHEN g.eselon IS NOT NULL THEN 'struktural'
		 WHEN g.r_fung < CASE g.unit_jenis WHEN 'guru' THEN 0.88 WHEN 'medis' THEN 0.72
							WHEN 'audit' THEN 0.70 WHEN 'damkar' THEN 0.25
							WHEN 'satpol' THEN 0.20 ELSE 0.32 END THEN 'fungsional'
		 ELSE 'pelaksana' END AS kind
FROM gen_pegawai0 g;
DROP TABLE gen_pegawai0;

INSERT INTO simpeg.pegawai (nip, nama, unit_id, nama_jabatan, jenis_jabatan, eselon, pendidikan_terakhir)
SELECT g.nip,
	   (CASE WHEN g.pria
			 THEN (ARRAY['Agus','Budi','Ahmad','Muhammad','Eko','Hendra','Joko','Rizky','Wahyu','Bambang',
						 'Hadi','Andi','Yusuf','Teguh','Arief','Dedi','Fajar','Irfan','Rudi','Slamet',
						 'Taufik','Yohanes','Robert','Imam','Heru'])[1 + (random() * 24)::integer]
			 ELSE (ARRAY['Siti','Dewi','Rina','Nur','Sri','Dian','Fitri','Indah','Kartika','Lestari',
						 'Putri','Yuliana','Ratna','Maria','Fransiska','Ani','Ayu','Endang','Lina','Mega',
						 'Novi','Ratih','Susi','Wulan','Yanti'])[1 + (random() * 24)::integer] END)
	   || ' ' ||
	   (ARRAY['Santoso','Wijaya','Hidayat','Saputra','Rahmawati','Kusuma','Pratama','Susanti','Nugroho',
			  'Siregar','Nasution','Simanjuntak','Hutapea','Gunawan','Setiawan','Purnomo','Wibowo',
			  'Handayani','Permata','Sihombing','Lubis','Harahap','Rahman','Syahputra','Fauzi',
			  'Kurniawan','Suryadi','Anggraini','Maharani','Situmorang'])[1 + (random() * 29)::integer],
	   g.unit_id,
	   CASE g.kind
		 WHEN 'struktural' THEN CASE
			WHEN g.eselon LIKE 'I.%' THEN 'Asisten Sekretaris Daerah'
			WHEN g.eselon LIKE 'II.%' THEN (ARRAY['Kepala Dinas','Kepala Badan','Kepala Biro','Wakil Wali Kota'])[1 + (random() * 3)::integer]
			WHEN g.eselon LIKE 'III.%' THEN (ARRAY['Sekretaris Dinas','Kepala Bidang Program','Kepala Bagian Umum','Camat','Kepala Suku Dinas'])[1 + (random() * 4)::integer]
			ELSE (ARRAY['Kepala Seksi Pelayanan','Kepala Subbagian Umum','Kepala Subbagian Keuangan','Lurah','Kepala Seksi Pengendalian'])[1 + (random() * 4)::integer] END
		 WHEN 'fungsional' THEN CASE g.unit_jenis
			WHEN 'guru' THEN (ARRAY['Guru Ahli Pertama','Guru Ahli Muda','Guru Ahli Madya','Guru Ahli Pertama'])[1 + (random() * 3)::integer]
			WHEN 'medis' THEN (ARRAY['Dokter Ahli Pertama','Dokter Ahli Muda','Dokter Gigi Ahli Pertama','Perawat Terampil',
									 'Perawat Ahli Pertama','Perawat Ahli Muda','Bidan Terampil','Bidan Ahli Pertama',
									 'Apoteker Ahli Pertama','Pranata Laboratorium Kesehatan Terampil',
									 'Nutrisionis Ahli Pertama','Epidemiolog Kesehatan Ahli Muda'])[1 + (random() * 11)::integer]
			WHEN 'audit' THEN (ARRAY['Auditor Ahli Pertama','Auditor Ahli Muda','Auditor Ahli Madya','Pengawas Penyelenggaraan Urusan Pemerintahan Daerah Ahli Muda'])[1 + (random() * 3)::integer]
			WHEN 'damkar' THEN (ARRAY['Analis Kebakaran Ahli Pertama','Analis Kebakaran Ahli Muda','Pranata Komputer Terampil'])[1 + (random() * 2)::integer]
			WHEN 'satpol' THEN (ARRAY['Polisi Pamong Praja Terampil','Polisi Pamong Praja Ahli Pertama'])[1 + (random() * 1)::integer]
			ELSE (ARRAY['Analis Kepegawaian Ahli Muda','Analis Kepegawaian Ahli Pertama','Perencana Ahli Muda',
						'Pranata Komputer Ahli Pertama','Arsiparis Terampil','Pustakawan Ahli Pertama',
						'Analis Kebijakan Ahli Muda','Pengelola Pengadaan Barang/Jasa Ahli Pertama',
						'Statistisi Ahli Pertama','Penyuluh Pertanian Terampil'])[1 + (random() * 9)::integer] END
		 ELSE (ARRAY['Pengadministrasi Umum','Pengelola Data','Pengolah Data','Pengelola Keuangan',
					 'Pengadministrasi Perkantoran','Pengemudi','Petugas Keamanan','Operator Layanan Operasional'])[1 + (random() * 7)::integer]
	   END,
	   CASE g.kind
		 WHEN 'struktural' THEN (ARRAY['Struktural','Struktural','Struktural','STRUKTURAL'])[1 + (random() * 3)::integer]
		 WHEN 'fungsional' THEN (ARRAY['Fungsional','Fungsional','Fungsional','Jabatan Fungsional','FUNGSIONAL','fungsional'])[1 + (random() * 5)::integer]
		 ELSE (ARRAY['Pelaksana','Pelaksana','Pelaksana','Jabatan Pelaksana','PELAKSANA','pelaksana'])[1 + (random() * 5)::integer]
	   END,
	   g.eselon,
	   CASE g.pend
		 WHEN 'sd' THEN (ARRAY['SD','SD','Sekolah Dasar'])[1 + (random() * 2)::integer]
		 WHEN 'sltp' THEN (ARRAY['SMP','SLTP','SMP'])[1 + (random() * 2)::integer]
		 WHEN 'slta' THEN (ARRAY['SMA','SMA','SMK','SLTA','SMU','SMA'])[1 + (random() * 5)::integer]
		 WHEN 'd1' THEN (ARRAY['D-I','D1'])[1 + (random() * 1)::integer]
		 WHEN 'd2' THEN (ARRAY['D-II','D2'])[1 + (random() * 1)::integer]
		 WHEN 'd3' THEN (ARRAY['D-III','D3','D III','Diploma III/Sarjana Muda'])[1 + (random() * 3)::integer]
		 WHEN 'd4' THEN (ARRAY['D-IV','D4'])[1 + (random() * 1)::integer]
		 WHEN 's1' THEN (ARRAY['S-1','S1','S-1','Strata 1','S1','S-1/Sarjana'])[1 + (random() * 5)::integer]
		 WHEN 's2' THEN (ARRAY['S-2','S2','Strata 2'])[1 + (random() * 2)::integer]
		 WHEN 's3' THEN (ARRAY['S-3','S3'])[1 + (random() * 1)::integer]
		 ELSE NULL				-- tidak_diketahui: not filled in
	   END
FROM gen_pegawai g;

-- ------------------------------------------------------------ training records
-- One row per employee and year with its tier and JP budget.
CREATE TEMP TABLE gen_tahun AS
SELECT row_number() OVER () AS tid, t.nip, t.kind, t.tahun, t.tier,
	   CASE t.tier WHEN 1 THEN 9 + random() * 8
				   WHEN 2 THEN 23 + random() * 13
				   WHEN 3 THEN 48 + random() ^ 2 * 100 END AS budget,
	   CASE t.tier WHEN 1 THEN 5 + (random() * 2)::integer
				   WHEN 2 THEN 5 + (random() * 7)::integer
				   ELSE 5 + (random() ^ 1.5 * 35)::integer END AS n
FROM (SELECT x.*, CASE WHEN x.u < x.p40 THEN 3 WHEN x.u < x.p20 THEN 2
					   WHEN x.u < x.p_ikut THEN 1 ELSE 0 END AS tier
	  FROM (SELECT g.nip, g.kind, g.p_ikut, g.p20, g.p40, y AS tahun, random() AS u
			FROM gen_pegawai g, generate_series(2022, 2023) y) x) t
WHERE t.tier > 0;

-- Slots: the budget spread over n records by random weights; each slot
-- becomes the activity that gives about its share of JP.
CREATE TEMP TABLE gen_slot AS
SELECT s.nip, s.kind, s.tahun, s.n, s.i,
	   s.budget * s.w / sum(s.w) OVER (PARTITION BY s.tid) AS b, s.r, s.r2, s.rj
FROM (SELECT t.*, i, 0.25 + random() AS w, random() AS r, random() AS r2, random() AS rj
	  FROM gen_tahun t, generate_series(1, t.n) i) s;

CREATE TEMP TABLE gen_diklat AS
SELECT nip, tahun, n, i, r2, rj, f.*,
	   -- days: from the hours for JP-unit activities given in hours
	   CASE WHEN f.jalur IN ('seminar', 'workshop', 'sosialisasi') THEN f.hari
			WHEN f.jam IS NOT NULL THEN greatest(1, ceil(f.jam / 8.0))::integer
			ELSE coalesce(f.hari, 1) END AS span
FROM gen_slot,
	 LATERAL (
		SELECT CASE
				 WHEN b < 1.5 THEN 'e_learning'
				 WHEN b < 2.5 THEN CASE WHEN r < 0.35 THEN 'coaching' WHEN r < 0.5 THEN 'mentoring' ELSE 'e_learning' END
				 WHEN b < 3.5 THEN 'e_learning'
				 WHEN b < 4.5 THEN CASE WHEN r < 0.7 THEN 'seminar' ELSE 'sosialisasi' END
				 WHEN b < 6 THEN 'workshop'
				 WHEN b < 10 THEN CASE WHEN r < 0.3 THEN 'seminar' WHEN r < 0.75 THEN 'bimtek' ELSE 'kursus' END
				 ELSE CASE WHEN kind = 'fungsional' AND r < 0.3 THEN 'pelatihan_fungsional'
						   WHEN kind = 'struktural' AND r < 0.2 THEN 'pelatihan_manajerial'
						   WHEN r < 0.55 THEN 'bimtek' ELSE 'pelatihan_teknis' END
			   END AS jalur,
			   CASE
				 WHEN b < 2.5 AND r >= 0.5 OR b < 1.5 THEN greatest(1, round(b))
				 WHEN b < 2.5 THEN NULL						-- coaching, mentoring: one activity
				 WHEN b < 3.5 THEN 3
				 WHEN b < 6 THEN NULL							-- seminar, workshop, sosialisasi: one day
				 WHEN b < 10 AND r < 0.3 THEN NULL				-- seminar of two days
				 WHEN r2 < 0.1 AND b < 60 THEN NULL				-- certificate with dates only: 8 JP a day
				 ELSE round(b)
			   END AS jam,
			   CASE WHEN b < 10 AND b >= 6 AND r < 0.3 THEN 2
					WHEN b >= 10 AND r2 < 0.1 AND b < 60 THEN greatest(1, least(7, round(b / 8)))::integer
					ELSE 1 END AS hari
	 ) f;

-- the messy text: jenis, lingkup, hours as SIMPEG holds them
-- (bulk load: the indexes are built after the rows)
ALTER TABLE simpeg.riwayat_diklat DROP CONSTRAINT riwayat_diklat_pkey;
DROP INDEX simpeg.riwayat_diklat_nip_idx;
INSERT INTO simpeg.riwayat_diklat (id, nip, jenis, nama_diklat, lingkup, jumlah_jam, tgl_mulai, tgl_selesai)
SELECT row_number() OVER () AS id, d.nip,
	   CASE d.jalur
		 WHEN 'e_learning' THEN (ARRAY['e-learning','E-Learning','e-Learning','E-LEARNING','e learning'])[1 + (random() * 4)::integer]
		 WHEN 'coaching' THEN (ARRAY['Coaching','Coaching','COACHING','coaching'])[1 + (random() * 3)::integer]
		 WHEN 'mentoring' THEN (ARRAY['Mentoring','Mentoring','MENTORING'])[1 + (random() * 2)::integer]
		 WHEN 'seminar' THEN (ARRAY['Seminar','Webinar','Webinar','SEMINAR','webinar','Konferensi'])[1 + (random() * 5)::integer]
		 WHEN 'sosialisasi' THEN (ARRAY['Sosialisasi','SOSIALISASI','sosialisasi'])[1 + (random() * 2)::integer]
		 WHEN 'workshop' THEN (ARRAY['Workshop','Workshop','Lokakarya','WORKSHOP'])[1 + (random() * 3)::integer]
		 WHEN 'bimtek' THEN (ARRAY['Bimtek','Bimtek','Bimbingan Teknis','BIMTEK','Bimtek '])[1 + (random() * 4)::integer]
		 WHEN 'kursus' THEN (ARRAY['Kursus','KURSUS','kursus'])[1 + (random() * 2)::integer]
		 WHEN 'pelatihan_teknis' THEN (ARRAY['DIKLAT TEKNIS','Diklat Teknis','Pelatihan Teknis','Pelatihan Teknis','Diklat teknis'])[1 + (random() * 4)::integer]
		 WHEN 'pelatihan_fungsional' THEN (ARRAY['Diklat Fungsional','Pelatihan Fungsional','DIKLAT FUNGSIONAL'])[1 + (random() * 2)::integer]
		 WHEN 'pelatihan_manajerial' THEN (ARRAY['Pelatihan Manajerial','Diklat Manajerial'])[1 + (random() * 1)::integer]
	   END AS jenis,
	   CASE d.jalur
		 WHEN 'e_learning' THEN (ARRAY['Literasi Digital ASN','Manajemen Risiko','Pelayanan Publik Prima','Keamanan Informasi','Etika ASN','SPBE Dasar'])[1 + (random() * 5)::integer]
		 WHEN 'coaching' THEN 'Coaching Kinerja Bulanan'
		 WHEN 'mentoring' THEN 'Mentoring Pengembangan Karier'
		 WHEN 'seminar' THEN (ARRAY['Webinar Smart City','Seminar Nasional Reformasi Birokrasi','Webinar Anti Korupsi','Seminar Kesehatan Kerja'])[1 + (random() * 3)::integer]
		 WHEN 'sosialisasi' THEN (ARRAY['Sosialisasi Peraturan Gubernur','Sosialisasi SIASN','Sosialisasi Zona Integritas'])[1 + (random() * 2)::integer]
		 WHEN 'workshop' THEN (ARRAY['Workshop Penyusunan SKP','Lokakarya Perencanaan Anggaran','Workshop Data Statistik'])[1 + (random() * 2)::integer]
		 WHEN 'pelatihan_fungsional' THEN (ARRAY['Pelatihan Fungsional Jenjang Ahli','Diklat Penjenjangan Fungsional','Uji Kompetensi dan Pelatihan Fungsional'])[1 + (random() * 2)::integer]
		 WHEN 'pelatihan_manajerial' THEN 'Pelatihan Kepemimpinan Manajerial'
		 ELSE (ARRAY['Pengelolaan Barang Milik Daerah','Penyusunan Laporan Keuangan','Pengadaan Barang/Jasa','Analisis Jabatan',
					 'Tata Naskah Dinas','Pengelolaan Arsip Dinamis','Penanganan Pengaduan','Analisis Data dengan Excel'])[1 + (random() * 7)::integer]
	   END AS nama_diklat,
	   CASE WHEN d.r2 > 0.995 THEN (ARRAY['Internasional','Luar Negeri'])[1 + (random() * 1)::integer]
			ELSE (ARRAY['Nasional','Nasional','Nasional','Nasional','nasional','Dalam Negeri',NULL,''])[1 + (random() * 7)::integer] END AS lingkup,
	   -- SIMPEG keeps hours for everything: seminars and coaching get their hours too
	   CASE
		 WHEN d.jam IS NOT NULL THEN
			CASE WHEN random() < 0.85 THEN d.jam::text WHEN random() < 0.6 THEN d.jam || ' JP' ELSE d.jam || ' jam' END
		 WHEN d.jalur IN ('seminar', 'sosialisasi', 'workshop') THEN (8 * d.hari)::text
		 WHEN d.jalur IN ('coaching', 'mentoring') THEN '2'
		 ELSE (ARRAY['', NULL, '-'])[1 + (random() * 2)::integer]
	   END AS jumlah_jam,
	   d.mulai, d.mulai + d.span - 1 AS selesai
FROM (SELECT d.*, make_date(d.tahun, 1, 3) + ((d.i - 1) * 355 / d.n)
				  + (d.rj * greatest(0, 355 / d.n - d.span))::integer AS mulai
	  FROM gen_diklat d) d;

-- the dirt of a real table (about 1.5% of rows)
SELECT max(id) AS maxid FROM simpeg.riwayat_diklat \gset
INSERT INTO simpeg.riwayat_diklat				-- duplicates: the same certificate entered twice
SELECT :maxid + row_number() OVER (), nip, nama_diklat, jenis, lingkup, jumlah_jam, tgl_mulai, tgl_selesai
FROM simpeg.riwayat_diklat WHERE random() < 0.005;
SELECT max(id) AS maxid FROM simpeg.riwayat_diklat \gset
INSERT INTO simpeg.riwayat_diklat				-- impossible rows
SELECT :maxid + row_number() OVER (), nip, nama_diklat, jenis, lingkup,
	   CASE k WHEN 0 THEN '-8' WHEN 2 THEN '5000' ELSE jumlah_jam END,
	   tgl_mulai,
	   CASE k WHEN 1 THEN tgl_mulai - 3 ELSE tgl_selesai END
FROM (SELECT *, (random() * 3)::integer % 3 AS k FROM simpeg.riwayat_diklat
	  WHERE jenis ~* 'bimtek|bimbingan|teknis|kursus' AND random() < 0.004) x;
SELECT max(id) AS maxid FROM simpeg.riwayat_diklat \gset
INSERT INTO simpeg.riwayat_diklat				-- jenis nobody can map
SELECT :maxid + row_number() OVER (), nip, nama_diklat,
	   (ARRAY['Rapat Koordinasi','Lain-lain','Studi Tour'])[1 + (random() * 2)::integer],
	   lingkup, jumlah_jam, tgl_mulai, tgl_selesai
FROM simpeg.riwayat_diklat WHERE random() < 0.002;
SELECT max(id) AS maxid FROM simpeg.riwayat_diklat \gset
INSERT INTO simpeg.riwayat_diklat				-- hours with a decimal comma, as typed
SELECT :maxid + row_number() OVER (), nip, nama_diklat, jenis, lingkup, '1,5', tgl_mulai, tgl_mulai
FROM simpeg.riwayat_diklat WHERE jenis ~* 'learning' AND random() < 0.01;
ALTER TABLE simpeg.riwayat_diklat ADD CONSTRAINT riwayat_diklat_pkey PRIMARY KEY (id);
CREATE INDEX riwayat_diklat_nip_idx ON simpeg.riwayat_diklat (nip);

-- ------------------------------------------------------------ leadership training
-- Structural employees: most have the level their echelon requires, some a
-- lower one, some none yet; a few fungsional/pelaksana attended one earlier.
INSERT INTO simpeg.riwayat_diklatpim (nip, jenis, tahun)
SELECT x.nip,
	   CASE x.lvl
		 WHEN 1 THEN (ARRAY['Diklatpim Tk. IV','PKP','Diklat PIM IV','Pelatihan Kepemimpinan Pengawas'])[1 + (x.r * 3)::integer]
		 WHEN 2 THEN (ARRAY['Diklatpim Tk. III','PKA','Diklat PIM III','Pelatihan Kepemimpinan Administrator'])[1 + (x.r * 3)::integer]
		 WHEN 3 THEN (ARRAY['Diklatpim Tk. II','PKN Tk. II','Diklat PIM II'])[1 + (x.r * 2)::integer]
		 WHEN 4 THEN (ARRAY['Diklatpim Tk. I','PKN Tk. I'])[1 + (x.r * 1)::integer]
	   END,
	   2005 + (random() * 18)::integer
FROM (
	SELECT g.nip, random() AS r,
		   CASE WHEN g.eselon LIKE 'I.%' THEN 4 WHEN g.eselon LIKE 'II.%' THEN 3
				WHEN g.eselon LIKE 'III.%' THEN 2 ELSE 1 END
		   - CASE WHEN g.r2 < 0.78 THEN 0 WHEN g.r2 < 0.9 THEN 1 ELSE 9 END AS lvl
	FROM gen_pegawai g
	WHERE g.kind = 'struktural' OR g.r2 < 0.02
) x
WHERE x.lvl >= 1;

-- ------------------------------------------------------------ SKP
INSERT INTO simpeg.skp (nip, tahun, nilai, predikat)
SELECT g.nip, 2021, round((60 + random() * 40)::numeric, 2), NULL FROM gen_pegawai g
UNION ALL
SELECT g.nip, g.y,
	   NULL,
	   CASE WHEN r < 0.12 THEN (ARRAY['Sangat Baik','SANGAT BAIK','Sangat baik'])[1 + (random() * 2)::integer]
			WHEN r < 0.90 THEN (ARRAY['Baik','Baik','BAIK','baik','Baik '])[1 + (random() * 4)::integer]
			WHEN r < 0.97 THEN (ARRAY['Butuh Perbaikan','BUTUH PERBAIKAN'])[1 + (random() * 1)::integer]
			WHEN r < 0.99 THEN (ARRAY['Kurang','Kurang/Misconduct'])[1 + (random() * 1)::integer]
			ELSE 'Sangat Kurang' END
FROM (SELECT g.nip, y, random() AS r FROM gen_pegawai g, generate_series(2022, 2023) y) g
WHERE random() > 0.003;					-- some new employees have no SKP yet

-- ------------------------------------------------------------ discipline
INSERT INTO simpeg.hukuman_disiplin (nip, jenis, tanggal_sk)
SELECT g.nip,
	   CASE WHEN r < 0.7 THEN (ARRAY['Teguran tertulis','Teguran lisan','Pernyataan tidak puas secara tertulis'])[1 + (random() * 2)::integer]
			WHEN r < 0.9 THEN (ARRAY['Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan','Penundaan kenaikan gaji berkala'])[1 + (random() * 1)::integer]
			ELSE (ARRAY['Penurunan jabatan setingkat lebih rendah selama 12 bulan','Pembebasan dari jabatan'])[1 + (random() * 1)::integer] END,
	   date '2017-01-01' + (random() * 2550)::integer
FROM (SELECT g.nip, random() AS r FROM gen_pegawai g WHERE g.r3 < 0.008) g;

-- ------------------------------------------------------------ implausible rows
-- Records ipasn counts but that do not look right (ipasn.janggal), drawn last
-- so that every figure above keeps its random draws: a training of several
-- days entered with one date (33 JP or more on one day: one in ten of the
-- JP-unit records that long), and a year typed wrong (2032 for 2023, about
-- 0.03% of the 2023 records).
UPDATE simpeg.riwayat_diklat SET tgl_selesai = tgl_mulai
WHERE jenis ~* 'bimtek|bimbingan|teknis|kursus' AND jumlah_jam ~ '^[0-9]+' AND tgl_selesai > tgl_mulai
  AND substring(jumlah_jam FROM '^[0-9]+')::integer BETWEEN 33 AND 200 AND random() < 0.1;
UPDATE simpeg.riwayat_diklat SET tgl_mulai = tgl_mulai + interval '9 years', tgl_selesai = tgl_selesai + interval '9 years'
WHERE extract(year FROM tgl_mulai) = 2023 AND random() < 0.0003;

ANALYZE simpeg.unit, simpeg.pegawai, simpeg.riwayat_diklat, simpeg.riwayat_diklatpim,
	simpeg.skp, simpeg.hukuman_disiplin;
DROP TABLE gen_unit, gen_cdf_pendidikan, gen_cdf_eselon, gen_pegawai, gen_tahun, gen_slot,
	gen_diklat;
