-- ipasn benchmark — one chunk of training records (ids :lo .. :hi).
--
-- bench.sh runs the chunks in parallel sessions (INSERT ... SELECT is not
-- parallel inside one session). Each chunk has its own fixed seed, so the
-- table is the same on every run whatever the degree of parallelism
-- (the row order on disk may differ; no measurement depends on it).
--
-- psql variables: lo, hi (ids), seed (-1 .. 1), npeg (employees).
--
-- The mix (share of records, %): e_learning 19, seminar 10, pelatihan_teknis 9,
-- bimtek 7, sosialisasi 6, coaching 6, workshop 5, belajar_mandiri 5,
-- mentoring 4, pelatihan_fungsional 4, komunitas_belajar 3,
-- pelatihan_jarak_jauh 3, kursus 3, bimbingan_di_tempat_kerja 3,
-- pelatihan_manajerial 2, klasikal_lainnya 2, nonklasikal_lainnya 2,
-- penataran 1, pelatihan_sosial_kultural 1, outbound 1,
-- pelatihan_kepemimpinan 1, patok_banding 1, magang 0.8, pendidikan 0.5,
-- detasering 0.4, pertukaran_pegawai 0.3. 5 % internasional. 4 % of the
-- records have a NULL jumlah (dates only); 1 % have no selesai. mulai is
-- uniform over 2023; employees uniform over 1 .. npeg (~20 records each).

SELECT setseed(:seed);

INSERT INTO bench.catatan (id, pegawai, jalur, lingkup, jumlah, mulai, selesai)
SELECT id, pegawai, jalur, lingkup,
	   CASE WHEN rn < 0.04 THEN NULL ELSE jumlah END,
	   mulai,
	   CASE WHEN rn > 0.99 THEN NULL ELSE mulai + span END
  FROM (
	SELECT id, pegawai, jalur, rn, mulai,
		   CASE WHEN rl < 0.05 THEN 'internasional' ELSE 'nasional' END::ipasn.lingkup AS lingkup,
		   CASE
			 -- JP with a daily cap: 0.5 .. 4 JP a day over 1, 2 or 5 days
			 WHEN jalur IN ('e_learning', 'belajar_mandiri', 'komunitas_belajar') THEN
				round((0.5 + ra * 3.5) * (span + 1) * 2) / 2
			 -- training programs: 8 .. 80 JP, 8 JP a day
			 WHEN jalur IN ('pelatihan_teknis', 'pelatihan_fungsional', 'pelatihan_manajerial',
							'pelatihan_sosial_kultural', 'pelatihan_jarak_jauh') THEN
				8 * (1 + floor(rs * 10))
			 WHEN jalur = 'pelatihan_kepemimpinan' THEN 200 + floor(ra * 300)
			 -- other JP programs: 2 .. 32 JP
			 WHEN jalur IN ('kursus', 'penataran', 'bimtek', 'klasikal_lainnya',
							'nonklasikal_lainnya', 'outbound') THEN 2 + floor(ra * 31)
			 -- days: the days of the dates, 10 % half a day
			 WHEN jalur IN ('seminar', 'workshop', 'sosialisasi') THEN
				CASE WHEN ra < 0.1 THEN 0.5 ELSE span + 1 END
			 WHEN jalur = 'pendidikan' THEN 1 + floor(ra * 2)
			 -- activities: mostly one, 10 % two
			 ELSE CASE WHEN ra < 0.9 THEN 1 ELSE 2 END
		   END AS jumlah,
		   span
	  FROM (
		SELECT id, pegawai, jalur, ra, rs, rl, rn, mulai,
			   CASE
				 WHEN jalur IN ('e_learning', 'belajar_mandiri', 'komunitas_belajar') THEN
					CASE WHEN rs < 0.8 THEN 0 WHEN rs < 0.95 THEN 1 ELSE 4 END
				 WHEN jalur IN ('pelatihan_teknis', 'pelatihan_fungsional', 'pelatihan_manajerial',
								'pelatihan_sosial_kultural', 'pelatihan_jarak_jauh') THEN
					floor(rs * 10)::integer
				 WHEN jalur = 'pelatihan_kepemimpinan' THEN 30 + floor(rs * 90)::integer
				 WHEN jalur IN ('kursus', 'penataran', 'bimtek', 'klasikal_lainnya',
								'nonklasikal_lainnya', 'outbound') THEN floor(rs * 3)::integer
				 WHEN jalur IN ('seminar', 'workshop', 'sosialisasi') THEN
					CASE WHEN rs < 0.7 THEN 0 WHEN rs < 0.9 THEN 1 ELSE 2 END
				 WHEN jalur = 'pendidikan' THEN 150
				 WHEN jalur IN ('magang', 'detasering', 'pertukaran_pegawai') THEN 29
				 WHEN jalur = 'patok_banding' THEN 4
				 ELSE 0
			   END AS span
		  FROM (
			SELECT g AS id,
				   1 + floor(random() * :npeg)::integer AS pegawai,
				   (ARRAY['e_learning', 'seminar', 'pelatihan_teknis', 'bimtek', 'sosialisasi',
						  'coaching', 'workshop', 'belajar_mandiri', 'mentoring',
						  'pelatihan_fungsional', 'komunitas_belajar', 'pelatihan_jarak_jauh',
						  'kursus', 'bimbingan_di_tempat_kerja', 'pelatihan_manajerial',
						  'klasikal_lainnya', 'nonklasikal_lainnya', 'penataran',
						  'pelatihan_sosial_kultural', 'outbound', 'pelatihan_kepemimpinan',
						  'patok_banding', 'magang', 'pendidikan', 'detasering',
						  'pertukaran_pegawai']::ipasn.jalur[])[
					 width_bucket(random(), ARRAY[0, 0.19, 0.29, 0.38, 0.45, 0.51, 0.57, 0.62,
												  0.67, 0.71, 0.75, 0.78, 0.81, 0.84, 0.87,
												  0.89, 0.91, 0.93, 0.94, 0.95, 0.96, 0.97,
												  0.98, 0.988, 0.993, 0.997]::float8[])] AS jalur,
				   random() AS ra, random() AS rs, random() AS rl, random() AS rn,
				   date '2023-01-01' + floor(random() * 365)::integer AS mulai
			  FROM generate_series(:lo::bigint, :hi::bigint) AS g
			OFFSET 0) AS r0
		OFFSET 0) AS r1
	OFFSET 0) AS r2;
