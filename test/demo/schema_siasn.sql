-- ipasn demo — a SIASN-shaped variant: tables mirrored from BKN's SIASN web
-- service (riwayat kursus, diklat struktural, SKP 2022, hukuman disiplin,
-- pendidikan), a small generated sample, and the views that read them with
-- ipasn's SIASN code functions.
--
-- Tables that store hours: SIASN stores *hours* in jumlah_jam for every
-- course type, also for seminars (counted per day) and coaching (counted
-- per activity).  ipasn.jumlah_jam(jalur, jam) turns them into the jumlah
-- of ipasn.jp: the hours where the jalur counts JP, NULL otherwise, so that
-- the days come from the dates and an activity counts once.
-- siasn.v_kursus_jp shows it beside the hours passed raw.
--
--   psql -f test/demo/schema_siasn.sql      (needs CREATE EXTENSION ipasn)
\set ON_ERROR_STOP 1
DROP SCHEMA IF EXISTS siasn CASCADE;
CREATE SCHEMA siasn;

CREATE TABLE siasn.pns (
	pns_id		text PRIMARY KEY,				-- SIASN's orang id
	nip_baru	varchar(18) NOT NULL UNIQUE,
	nama		text NOT NULL,
	unor_nama	text,
	jenis_jabatan_id integer,					-- 1 struktural, 2 fungsional, 4 pelaksana
	jabatan_nama text,
	eselon		text							-- 'III.a', ... for jenis_jabatan_id 1
);
COMMENT ON TABLE siasn.pns IS 'Civil servants as mirrored from SIASN (data utama)';

CREATE TABLE siasn.rw_kursus (
	id			text PRIMARY KEY,
	pns_orang_id text NOT NULL REFERENCES siasn.pns,
	jenis_diklat_id integer NOT NULL,			-- SIASN code 1..25 (ipasn.jalur_siasn)
	jenis_kursus_sertifikat char(1),			-- F fungsional, T teknis, P seminar-like
	nama_kursus text,
	institusi_penyelenggara text,
	jumlah_jam	integer,						-- hours, for every course type
	tanggal_kursus date,
	tanggal_selesai_kursus date,
	tahun_kursus integer
);
CREATE INDEX ON siasn.rw_kursus (pns_orang_id);
COMMENT ON TABLE siasn.rw_kursus IS 'SIASN riwayat kursus/diklat: hours in jumlah_jam whatever the course type';

CREATE TABLE siasn.rw_diklat (
	id			text PRIMARY KEY,
	pns_orang_id text NOT NULL REFERENCES siasn.pns,
	latihan_struktural_id integer NOT NULL,		-- 2 PIM IV/PKP, 3 PIM III/PKA, 4 PIM II/PKN II, 5 PIM I/PKN I
	latihan_struktural_nama text,
	tahun		integer
);
COMMENT ON TABLE siasn.rw_diklat IS 'SIASN riwayat diklat struktural (leadership training)';

CREATE TABLE siasn.rw_skp22 (
	id			text PRIMARY KEY,
	pns_orang_id text NOT NULL REFERENCES siasn.pns,
	tahun		integer NOT NULL,
	kuadran_kinerja_nilai integer,				-- predicate code 1 sangat baik .. 5 sangat kurang
	kuadran_kinerja text						-- the same as text, e.g. 'BAIK'
);
COMMENT ON TABLE siasn.rw_skp22 IS 'SIASN SKP since 2022: the predicate as a code and as text';

CREATE TABLE siasn.rw_hukdis (
	id			text PRIMARY KEY,
	pns_orang_id text NOT NULL REFERENCES siasn.pns,
	tingkat_hukuman char(1) NOT NULL,			-- R ringan, S sedang, B berat
	jenis_hukuman_nama text,
	sk_tanggal	date
);
COMMENT ON TABLE siasn.rw_hukdis IS 'SIASN riwayat hukuman disiplin';

CREATE TABLE siasn.rw_pendidikan (
	id			text PRIMARY KEY,
	pns_orang_id text NOT NULL REFERENCES siasn.pns,
	tk_pendidikan_id text NOT NULL,				-- '15' SLTA, '30' D-III, '40' S-1, '45' S-2, ...
	pendidikan_nama text,
	tahun_lulus integer
);
COMMENT ON TABLE siasn.rw_pendidikan IS 'SIASN riwayat pendidikan (one row per degree)';

-- ------------------------------------------------------------ a small sample
SELECT setseed(0.7) \gset
INSERT INTO siasn.pns
SELECT 'A8ACA7' || lpad(i::text, 6, '0'),
	   to_char(date '1970-01-01' + (random() * 9000)::integer, 'YYYYMMDD') || '200001' ||
	   (1 + i % 2) || lpad(i::text, 3, '0'),
	   (ARRAY['Agus','Siti','Budi','Dewi','Rina','Eko','Nur','Hendra'])[1 + i % 8] || ' ' ||
	   (ARRAY['Santoso','Lestari','Hidayat','Siregar','Wibowo','Nasution','Kusuma'])[1 + i % 7],
	   (ARRAY['Badan Kepegawaian Daerah','Dinas Kesehatan','Dinas Pendidikan','Dinas Perhubungan'])[1 + i % 4],
	   j.id, j.nama, j.eselon
FROM generate_series(1, 200) i,
	 LATERAL (SELECT CASE WHEN i % 10 = 0 THEN 1 WHEN i % 10 < 5 THEN 2 ELSE 4 END AS id,
					 CASE WHEN i % 10 = 0 THEN 'Kepala Seksi' WHEN i % 10 < 5 THEN 'Analis Kepegawaian Ahli Pertama'
						  ELSE 'Pengadministrasi Umum' END AS nama,
					 CASE WHEN i % 10 = 0 THEN (ARRAY['IV.a','IV.b','III.a'])[1 + i % 3] END AS eselon) j;

-- 5-15 courses each in 2022-2023; common SIASN types weighted
INSERT INTO siasn.rw_kursus
SELECT md5(x.pns_id || '-' || x.k), x.pns_id, t.id,
	   CASE WHEN t.id = 2 THEN 'F' WHEN t.id IN (3, 8, 5) THEN 'T' ELSE 'P' END,
	   t.nama, 'BPSDM Provinsi DKI Jakarta',
	   CASE WHEN t.id IN (14, 15) THEN 2				-- coaching, mentoring: 2 hours
			WHEN t.id = 16 THEN 1 + (x.r3 * 2)::integer	-- e-learning: hours of access
			ELSE 8 * t.hari END,						-- SIASN keeps 8 hours a day, seminars too
	   x.mulai, x.mulai + t.hari - 1, extract(year FROM x.mulai)
FROM (SELECT p.pns_id, k, random() AS r2, random() AS r3,
			 (ARRAY[3, 8, 8, 9, 9, 9, 14, 14, 16, 16, 16, 7, 4, 11, 2, 15])[1 + (random() * 15)::integer] AS id,
			 date '2022-01-03' + (random() * 715)::integer AS mulai
	  FROM siasn.pns p, generate_series(1, 5 + (random() * 10)::integer + 0 * length(p.pns_id)) k) x,
	 LATERAL (SELECT x.id,
					 CASE x.id WHEN 3 THEN 'Pelatihan Teknis Pengelolaan Keuangan' WHEN 8 THEN 'Bimtek SIASN'
							   WHEN 9 THEN 'Webinar Manajemen ASN' WHEN 14 THEN 'Coaching Kinerja'
							   WHEN 16 THEN 'E-Learning Literasi Digital' WHEN 7 THEN 'Sosialisasi Peraturan BKN'
							   WHEN 4 THEN 'Workshop Analisis Jabatan' WHEN 11 THEN 'Kursus Bahasa Inggris'
							   WHEN 2 THEN 'Pelatihan Fungsional Analis Kepegawaian' ELSE 'Mentoring' END AS nama,
					 CASE WHEN x.id IN (3, 2) THEN 3 + (x.r2 * 2)::integer
						  WHEN x.id IN (8, 11) THEN 1 + (x.r2 * 2)::integer
						  WHEN x.id IN (9, 7, 4) THEN 1 + (x.r2 * 1)::integer
						  ELSE 1 END AS hari) t;

INSERT INTO siasn.rw_diklat
SELECT md5('pim' || p.pns_id), p.pns_id,
	   CASE WHEN p.eselon LIKE 'III%' THEN 3 ELSE 2 END,
	   CASE WHEN p.eselon LIKE 'III%' THEN 'Diklatpim Tingkat III' ELSE 'Diklatpim Tingkat IV' END,
	   2015
FROM siasn.pns p WHERE p.jenis_jabatan_id = 1;

INSERT INTO siasn.rw_skp22
SELECT md5('skp' || p.pns_id || p.y), p.pns_id, p.y, x.c,
	   (ARRAY['SANGAT BAIK','BAIK','BUTUH PERBAIKAN','KURANG','SANGAT KURANG'])[x.c]
FROM (SELECT p.pns_id, y, random() AS r FROM siasn.pns p, generate_series(2022, 2023) y) p,
	 LATERAL (SELECT CASE WHEN p.r < 0.15 THEN 1 WHEN p.r < 0.93 THEN 2 WHEN p.r < 0.99 THEN 3 ELSE 4 END AS c) x;

INSERT INTO siasn.rw_hukdis
SELECT md5('hd' || p.pns_id), p.pns_id, (ARRAY['R','S','B'])[1 + right(p.nip_baru, 1)::integer % 3],
	   'Hukuman disiplin', date '2021-06-01'
FROM siasn.pns p WHERE right(p.nip_baru, 2) IN ('07', '37', '77');

INSERT INTO siasn.rw_pendidikan
SELECT md5('pd' || p.pns_id || k), p.pns_id, c.kode, c.nama, 1990 + k * 4
FROM siasn.pns p,
	 LATERAL (SELECT CASE WHEN p.jenis_jabatan_id = 4 THEN 1 ELSE 2 END AS n) x,
	 generate_series(1, x.n) k,
	 LATERAL (SELECT CASE WHEN k = 1 THEN '15' WHEN right(p.nip_baru, 1) = '0' THEN '45' ELSE '40' END AS kode) kk,
	 LATERAL (SELECT kk.kode, CASE kk.kode WHEN '15' THEN 'SLTA' WHEN '40' THEN 'S-1/Sarjana' ELSE 'S-2' END AS nama) c;

-- ------------------------------------------------------------ hours as stored
CREATE VIEW siasn.v_kursus_jp AS
SELECT k.id, k.pns_orang_id, k.jenis_diklat_id, x.jalur, ipasn.satuan(x.jalur) AS satuan,
	   k.jumlah_jam, k.tanggal_kursus, k.tanggal_selesai_kursus,
	   ipasn.jumlah_jam(x.jalur, k.jumlah_jam) AS jumlah,
	   ipasn.jp(x.jalur, 'nasional', ipasn.jumlah_jam(x.jalur, k.jumlah_jam),
				k.tanggal_kursus, k.tanggal_selesai_kursus) AS jp,
	   -- what passing the hours everywhere would give (NULL where jp would refuse it)
	   CASE WHEN ipasn.masalah(x.jalur, 'nasional', k.jumlah_jam, k.tanggal_kursus, k.tanggal_selesai_kursus) IS NULL
			THEN ipasn.jp(x.jalur, 'nasional', k.jumlah_jam, k.tanggal_kursus, k.tanggal_selesai_kursus) END AS jp_jam_mentah
FROM siasn.rw_kursus k,
	 LATERAL (SELECT ipasn.jalur_siasn(k.jenis_diklat_id) AS jalur) x;
COMMENT ON VIEW siasn.v_kursus_jp IS 'SIASN courses with JP from the stored hours (ipasn.jumlah_jam: the hours where the jalur counts JP, the dates or one activity otherwise), beside the wrong figure from passing the hours raw as jumlah';

-- IP ASN of the SIASN sample, every input through ipasn's SIASN code functions
CREATE VIEW siasn.v_ip_asn AS
WITH as_of AS (SELECT date '2023-12-31' AS d),
masukan AS (
	SELECT p.pns_id, p.nip_baru, p.nama, p.unor_nama,
		   (SELECT max(ipasn.pendidikan_siasn(r.tk_pendidikan_id)) FROM siasn.rw_pendidikan r
			WHERE r.pns_orang_id = p.pns_id) AS pendidikan,
		   CASE p.jenis_jabatan_id WHEN 1 THEN ipasn.parse_jabatan(p.eselon)
								   WHEN 2 THEN 'fungsional' WHEN 4 THEN 'pelaksana' END::ipasn.jabatan AS jabatan,
		   (SELECT max(ipasn.diklatpim_siasn(d.latihan_struktural_id)) FROM siasn.rw_diklat d
			WHERE d.pns_orang_id = p.pns_id) AS diklatpim,
		   (SELECT ipasn.profil_bangkom(k.jalur, 'nasional', k.jumlah, k.tanggal_kursus,
										k.tanggal_selesai_kursus, as_of.d)
			FROM siasn.v_kursus_jp k WHERE k.pns_orang_id = p.pns_id) AS b,
		   (SELECT ipasn.predikat_siasn(s.kuadran_kinerja_nilai) FROM siasn.rw_skp22 s
			WHERE s.pns_orang_id = p.pns_id AND s.tahun = 2023) AS predikat,
		   (SELECT ipasn.hukuman_terberat(ipasn.hukuman_siasn(h.tingkat_hukuman), h.sk_tanggal, as_of.d)
			FROM siasn.rw_hukdis h WHERE h.pns_orang_id = p.pns_id) AS hukuman,
		   ipasn.fungsional_dikecualikan(p.jabatan_nama) AS dikecualikan
	FROM siasn.pns p, as_of
)
SELECT m.nip_baru, m.nama, m.unor_nama, m.pendidikan, m.jabatan, m.diklatpim,
	   (m.b).jp, (m.b).jp_teknis, (m.b).seminar, m.predikat, m.hukuman, h.*
FROM masukan m,
	 LATERAL ipasn.ip_asn(m.pendidikan, m.jabatan, m.diklatpim,
						  coalesce((m.b).fungsional, false) OR m.dikecualikan,
						  (m.b).jp_teknis, (m.b).seminar, m.predikat, m.hukuman) h;
COMMENT ON VIEW siasn.v_ip_asn IS 'IP ASN of the SIASN sample at 2023-12-31: education, leadership training, SKP predicate and penalty read through ipasn''s SIASN code functions';
