-- ipasn benchmark — the employees (psql variable npeg), with a fixed seed.
-- Mix: pendidikan s1 45 %, slta 18 %, s2 15 %, d3 12 %, d4 3 %, sltp 3 %,
-- sd 2 %, d1/d2 1 %, s3 1 %; jabatan pelaksana 40 %, fungsional 40 %,
-- pengawas 10 %, administrator 6 %, jpt_pratama 3 %, jpt_madya 0.8 %,
-- jpt_utama 0.2 %; diklatpim: structural positions 70 % the level they
-- need, 15 % one below, 15 % none; others 5 % pkp; SKP score 40 .. 100 (one
-- decimal); hukuman none 97 %, ringan 2 %, sedang 0.7 %, berat 0.3 %.
SELECT setseed(0.5);

INSERT INTO bench.pegawai (pegawai, pendidikan, jabatan, diklatpim, kinerja, hukuman)
SELECT g, pendidikan, jabatan,
	   CASE
		 WHEN jabatan IN ('fungsional', 'pelaksana') THEN
			CASE WHEN rd < 0.05 THEN 'pkp'::ipasn.diklatpim END
		 ELSE
			(enum_range(NULL::ipasn.diklatpim))[
				CASE WHEN rd < 0.85 THEN
					CASE jabatan WHEN 'pengawas' THEN 1 WHEN 'administrator' THEN 2
								 WHEN 'jpt_pratama' THEN 3 ELSE 4 END
					- CASE WHEN rd < 0.70 THEN 0 ELSE 1 END
				END]
	   END::ipasn.diklatpim,
	   kinerja, hukuman
  FROM (
	SELECT g,
		   (ARRAY['s1', 'slta', 's2', 'd3', 'd4', 'sltp', 'sd', 'd1', 'd2', 's3']::ipasn.pendidikan[])[
			 width_bucket(random(), ARRAY[0, 0.45, 0.63, 0.78, 0.90, 0.93, 0.96, 0.98, 0.985, 0.99]::float8[])] AS pendidikan,
		   (ARRAY['pelaksana', 'fungsional', 'pengawas', 'administrator', 'jpt_pratama',
				  'jpt_madya', 'jpt_utama']::ipasn.jabatan[])[
			 width_bucket(random(), ARRAY[0, 0.40, 0.80, 0.90, 0.96, 0.99, 0.998]::float8[])] AS jabatan,
		   random() AS rd,
		   round((40 + random() * 60)::numeric, 1) AS kinerja,
		   (ARRAY[NULL, 'ringan', 'sedang', 'berat']::ipasn.hukuman[])[
			 width_bucket(random(), ARRAY[0, 0.97, 0.99, 0.997]::float8[])] AS hukuman
	  FROM generate_series(1, :npeg) AS g
	OFFSET 0) AS p;
