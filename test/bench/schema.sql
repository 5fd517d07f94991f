-- ipasn benchmark — schema, the hand-written baselines and the timing helpers.
--
-- Run by test/bench/bench.sh (psql -v ON_ERROR_STOP=1 -f). Everything lives in
-- the schema "bench", dropped and recreated here.
--
-- The baselines are what an HR data team writes today without ipasn:
--   bench.jp_plpgsql()        one record's JP in PL/pgSQL, looking its rule up
--                             in ipasn.aturan_jp on every call;
--   bench.konversi_plpgsql()  the same conversion, returning the pieces the
--                             cross-record caps need; the caps themselves are
--                             a GROUP BY in SQL (bench.jp_sql_per_pegawai);
--   bench.ip_asn_plpgsql()    the IP ASN scores in PL/pgSQL (targets read from
--                             ipasn.aturan_ipasn on every call).
-- They follow Peraturan LAN 10/2018 and PermenPANRB 38/2018 to the cent; bench.sh checks that they agree with
-- ipasn on a sample before timing them.

SET client_min_messages = warning;
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;

-- ------------------------------------------------------------ data
-- training records: filled by generate.sql
CREATE UNLOGGED TABLE bench.catatan (
	id			bigint NOT NULL,
	pegawai		integer NOT NULL,
	jalur		ipasn.jalur,
	lingkup		ipasn.lingkup,
	jumlah		numeric,
	mulai		date,
	selesai		date
);

-- employees: filled by generate.sql
CREATE UNLOGGED TABLE bench.pegawai (
	pegawai		integer PRIMARY KEY,
	pendidikan	ipasn.pendidikan,
	jabatan		ipasn.jabatan,
	diklatpim	ipasn.diklatpim,
	kinerja		numeric,
	hukuman		ipasn.hukuman
);

-- results, one row per measurement
CREATE TABLE bench.hasil (
	urut		serial PRIMARY KEY,
	ukuran		text NOT NULL,		-- measurement
	ipasn		text,				-- ipasn figure (median), with its unit
	dasar		text,				-- baseline figure (median), with its unit
	rasio		text,				-- ratio as printed
	target		text,
	terpenuhi	text,				-- yes / no / -
	catatan		text				-- runs, rows, remarks
);

-- ------------------------------------------------------------ timing
-- Execution time in ms of one statement, by EXPLAIN (ANALYZE, TIMING OFF):
-- the query runs in full (output discarded, so client transfer is not
-- measured); per-node timing is off, so the instrumentation costs little.
CREATE FUNCTION bench.waktu_ms(q text) RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE
	j json;
BEGIN
	EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ' || q INTO j;
	RETURN (j -> 0 ->> 'Execution Time')::numeric;
END
$$;

CREATE FUNCTION bench.median(v numeric[]) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$
	SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(v) AS x
$$;

CREATE FUNCTION bench.ms(v numeric) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE WHEN v >= 10000 THEN to_char(v / 1000, 'FM999990.0') || ' s'
				ELSE to_char(v, 'FM9999990.0') || ' ms' END
$$;

-- Times q_ipasn against q_dasar: one warm-up run of each, then n runs of
-- each, alternating, the median of each kept. prep (optional) runs before
-- every run, untimed (e.g. TRUNCATE before an INSERT). jenis 'max': the
-- ratio is ipasn / baseline and must be <= target; 'speedup': the ratio is
-- baseline / ipasn ("x faster") and must be >= target. Each run COMMITs.
CREATE PROCEDURE bench.ukur(ukuran text, q_ipasn text, q_dasar text,
	jenis text, target numeric, catatan text DEFAULT '', n integer DEFAULT 3,
	prep text DEFAULT NULL)
LANGUAGE plpgsql AS $$
DECLARE
	ti numeric[] := '{}';
	td numeric[] := '{}';
	mi numeric;
	md numeric;
	r numeric;
	i integer;
BEGIN
	-- warm-up (cache, rule caches, plan)
	IF prep IS NOT NULL THEN EXECUTE prep; END IF;
	PERFORM bench.waktu_ms(q_ipasn);
	COMMIT;
	IF prep IS NOT NULL THEN EXECUTE prep; END IF;
	PERFORM bench.waktu_ms(q_dasar);
	COMMIT;
	FOR i IN 1 .. n LOOP
		IF prep IS NOT NULL THEN EXECUTE prep; END IF;
		COMMIT;
		ti := ti || bench.waktu_ms(q_ipasn);
		COMMIT;
		IF prep IS NOT NULL THEN EXECUTE prep; END IF;
		COMMIT;
		td := td || bench.waktu_ms(q_dasar);
		COMMIT;
	END LOOP;
	mi := bench.median(ti);
	md := bench.median(td);
	IF jenis = 'max' THEN
		r := mi / nullif(md, 0);
	ELSE
		r := md / nullif(mi, 0);
	END IF;
	INSERT INTO bench.hasil (ukuran, ipasn, dasar, rasio, target, terpenuhi, catatan)
	VALUES (ukuran, bench.ms(mi), bench.ms(md),
			CASE jenis WHEN 'max' THEN to_char(r, 'FM99990.00') || 'x'
					   ELSE to_char(r, 'FM99990.0') || 'x faster' END,
			CASE WHEN target IS NULL THEN '(reference)'
				 WHEN jenis = 'max' THEN '<= ' || target || 'x'
				 ELSE '>= ' || target || 'x faster' END,
			CASE WHEN r IS NULL OR target IS NULL THEN '-'
				 WHEN jenis = 'max' AND r <= target THEN 'yes'
				 WHEN jenis <> 'max' AND r >= target THEN 'yes'
				 ELSE 'no' END,
			concat_ws('; ', nullif(catatan, ''),
					  format('runs ipasn %s / baseline %s ms',
							 array_to_string(ti, ' '), array_to_string(td, ' '))));
	COMMIT;
	RAISE NOTICE '% : ipasn % baseline % ratio %', ukuran, bench.ms(mi), bench.ms(md), round(r, 2);
END
$$;

-- ------------------------------------------------------------ baseline: one record
-- JP of one record, Peraturan LAN 10/2018, Lampiran, caps applied to the record alone; the rule is
-- looked up in ipasn.aturan_jp on every call (in force on mulai, an
-- agency's row before a built-in one). Fixed point in hundredths as the
-- the regulation asks; no input validation (the bench data are valid).
CREATE FUNCTION bench.jp_plpgsql(p_jalur ipasn.jalur, p_lingkup ipasn.lingkup,
	p_jumlah numeric, p_mulai date, p_selesai date)
RETURNS numeric
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
	a ipasn.aturan_jp%ROWTYPE;
	tgl date := coalesce(p_mulai, p_selesai);
	hari integer;
	jumlah_h bigint;
	faktor_h bigint;
	base_h bigint;
	batas_h bigint;
	q bigint;
	r bigint;
	v bigint;
	n integer;
BEGIN
	IF p_jalur IS NULL OR p_lingkup IS NULL THEN
		RETURN NULL;
	END IF;
	SELECT * INTO a FROM ipasn.aturan_jp t
	 WHERE t.jalur = p_jalur AND t.lingkup = p_lingkup
	   AND (tgl IS NULL OR tgl BETWEEN t.berlaku_mulai AND t.berlaku_sampai)
	 ORDER BY t.berlaku_mulai DESC, t.bawaan
	 LIMIT 1;
	IF NOT FOUND THEN
		RETURN NULL;
	END IF;
	IF tgl IS NOT NULL THEN
		hari := coalesce(p_selesai, p_mulai) - tgl + 1;
	END IF;
	IF p_jumlah IS NOT NULL THEN
		jumlah_h := (p_jumlah * 100)::bigint;
	ELSIF a.satuan = 'jp' THEN
		IF hari IS NULL OR hari > 7 THEN
			RETURN NULL;
		END IF;
		jumlah_h := hari * 800;			-- 8 JP per day
	ELSIF a.satuan = 'hari' THEN
		IF hari IS NULL THEN
			RETURN NULL;
		END IF;
		jumlah_h := hari * 100;
	ELSIF a.satuan = 'kegiatan' THEN
		jumlah_h := 100;
	ELSE
		RETURN NULL;					-- pendidikan without semesters
	END IF;
	faktor_h := (a.jp_per_satuan * 100)::bigint;
	base_h := (jumlah_h * faktor_h + 50) / 100;
	IF a.batas_jp_harian IS NOT NULL THEN
		-- spread over the days, cap each day, then the bonus
		n := coalesce(hari, 1);
		batas_h := (a.batas_jp_harian * 100)::bigint;
		q := base_h / n;
		r := base_h % n;
		v := r * least(batas_h, q + 1) + (n - r) * least(batas_h, q);
		v := (v * (100 + a.tambahan_persen) + 50) / 100;
	ELSIF a.batas_kegiatan_bulanan IS NOT NULL THEN
		v := least(jumlah_h / 100, a.batas_kegiatan_bulanan)
			 * ((faktor_h * (100 + a.tambahan_persen) + 50) / 100);
	ELSE
		v := (base_h * (100 + a.tambahan_persen) + 50) / 100;
	END IF;
	RETURN round(v / 100.0, 2);
END
$$;

-- The conversion of one record as the cross-record caps need it:
-- jenis 'tetap' (converted on its own: nilai = JP in hundredths),
-- 'harian' (nilai = JP before the bonus, spread over hari days from hari1,
-- capped at batas a day, then persen), 'bulanan' (kegiatan activities of
-- nilai each in the month of hari1, at most batas a month), NULL (no value).
CREATE TYPE bench.konversi AS (
	jenis		text,
	nilai		bigint,
	hari1		date,
	hari		integer,
	batas		bigint,
	persen		integer,
	kegiatan	integer
);

CREATE FUNCTION bench.konversi_plpgsql(p_jalur ipasn.jalur, p_lingkup ipasn.lingkup,
	p_jumlah numeric, p_mulai date, p_selesai date)
RETURNS bench.konversi
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
	a ipasn.aturan_jp%ROWTYPE;
	k bench.konversi;
	tgl date := coalesce(p_mulai, p_selesai);
	hari integer;
	jumlah_h bigint;
	faktor_h bigint;
	base_h bigint;
BEGIN
	IF p_jalur IS NULL OR p_lingkup IS NULL THEN
		RETURN k;
	END IF;
	SELECT * INTO a FROM ipasn.aturan_jp t
	 WHERE t.jalur = p_jalur AND t.lingkup = p_lingkup
	   AND (tgl IS NULL OR tgl BETWEEN t.berlaku_mulai AND t.berlaku_sampai)
	 ORDER BY t.berlaku_mulai DESC, t.bawaan
	 LIMIT 1;
	IF NOT FOUND THEN
		RETURN k;
	END IF;
	IF tgl IS NOT NULL THEN
		hari := coalesce(p_selesai, p_mulai) - tgl + 1;
	END IF;
	IF p_jumlah IS NOT NULL THEN
		jumlah_h := (p_jumlah * 100)::bigint;
	ELSIF a.satuan = 'jp' THEN
		IF hari IS NULL OR hari > 7 THEN
			RETURN k;
		END IF;
		jumlah_h := hari * 800;
	ELSIF a.satuan = 'hari' THEN
		IF hari IS NULL THEN
			RETURN k;
		END IF;
		jumlah_h := hari * 100;
	ELSIF a.satuan = 'kegiatan' THEN
		jumlah_h := 100;
	ELSE
		RETURN k;
	END IF;
	faktor_h := (a.jp_per_satuan * 100)::bigint;
	base_h := (jumlah_h * faktor_h + 50) / 100;
	k.hari1 := tgl;
	IF a.batas_jp_harian IS NOT NULL THEN
		k.jenis := 'harian';
		k.nilai := base_h;
		k.hari := coalesce(hari, 1);
		k.batas := (a.batas_jp_harian * 100)::bigint;
		k.persen := a.tambahan_persen;
	ELSIF a.batas_kegiatan_bulanan IS NOT NULL THEN
		k.jenis := 'bulanan';
		k.nilai := (faktor_h * (100 + a.tambahan_persen) + 50) / 100;
		k.kegiatan := (jumlah_h / 100)::integer;
		k.batas := a.batas_kegiatan_bulanan;
	ELSE
		k.jenis := 'tetap';
		k.nilai := (base_h * (100 + a.tambahan_persen) + 50) / 100;
	END IF;
	RETURN k;
END
$$;

-- ------------------------------------------------------------ baseline: IP ASN scores
CREATE FUNCTION bench.ip_asn_plpgsql(p_pendidikan ipasn.pendidikan,
	p_jabatan ipasn.jabatan, p_diklatpim ipasn.diklatpim, p_fungsional boolean,
	p_jp_teknis numeric, p_seminar boolean, p_kinerja numeric,
	p_hukuman ipasn.hukuman, OUT total numeric, OUT kategori text)
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
	target numeric;
	kual numeric;
	komp numeric := 0;
	kin numeric;
	dis numeric;
	perlu ipasn.diklatpim;
BEGIN
	SELECT target_jp INTO target FROM ipasn.aturan_ipasn WHERE aturan = 'permenpanrb_38_2018';
	kual := CASE
		WHEN p_pendidikan IS NULL THEN NULL
		WHEN p_pendidikan = 's3' THEN 25
		WHEN p_pendidikan = 's2' THEN 20
		WHEN p_pendidikan IN ('s1', 'd4') THEN 15
		WHEN p_pendidikan = 'd3' THEN 10
		WHEN p_pendidikan IN ('d2', 'd1', 'slta') THEN 5
		ELSE 1 END;
	IF p_jabatan IS NULL THEN
		komp := NULL;
	ELSIF p_jabatan = 'pelaksana' THEN
		IF coalesce(p_jp_teknis, 0) >= target THEN komp := komp + 22.5; END IF;
		IF coalesce(p_seminar, false) THEN komp := komp + 17.5; END IF;
	ELSE
		IF p_jabatan = 'fungsional' THEN
			IF coalesce(p_fungsional, false) THEN komp := komp + 15; END IF;
		ELSE
			perlu := CASE p_jabatan
				WHEN 'jpt_utama' THEN 'pkn_i' WHEN 'jpt_madya' THEN 'pkn_i'
				WHEN 'jpt_pratama' THEN 'pkn_ii' WHEN 'administrator' THEN 'pka'
				ELSE 'pkp' END;
			IF p_diklatpim IS NOT NULL AND p_diklatpim >= perlu THEN komp := komp + 15; END IF;
		END IF;
		IF coalesce(p_jp_teknis, 0) >= target THEN komp := komp + 15; END IF;
		IF coalesce(p_seminar, false) THEN komp := komp + 10; END IF;
	END IF;
	kin := CASE
		WHEN p_kinerja IS NULL THEN NULL
		WHEN p_kinerja > 90 THEN 30
		WHEN p_kinerja > 75 THEN 25
		WHEN p_kinerja > 60 THEN 15
		WHEN p_kinerja > 50 THEN 5
		ELSE 1 END;
	dis := CASE p_hukuman WHEN 'ringan' THEN 3 WHEN 'sedang' THEN 2 WHEN 'berat' THEN 1 ELSE 5 END;
	total := kual + komp + kin + dis;
	kategori := CASE
		WHEN total IS NULL THEN NULL
		WHEN total > 90 THEN 'sangat_tinggi'
		WHEN total > 80 THEN 'tinggi'
		WHEN total > 70 THEN 'sedang'
		WHEN total > 60 THEN 'rendah'
		ELSE 'sangat_rendah' END;
END
$$;

-- agreement checks between ipasn and the baselines, printed by bench.sh
CREATE TABLE bench.cek (
	urut		serial PRIMARY KEY,
	cek			text NOT NULL,
	dibandingkan bigint,			-- rows or employees compared
	berbeda		bigint				-- of which differ
);

-- ------------------------------------------------------------ baseline: caps across records
-- The hand-written JP per employee with the cross-record caps of Peraturan LAN 10/2018, Lampiran,
-- as SQL text over a source (a table or subquery with the columns of
-- bench.catatan). Per-day caps: each record spread over its days in whole
-- hundredths, each day capped per employee, jalur and lingkup, the bonus on
-- the capped sum; per-month caps: the activities of a month ranked by worth,
-- the first batas counted. Records without a date: a day / month of their own.
CREATE FUNCTION bench.jp_sql(sumber text) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
SELECT format($q$
WITH k AS (
	SELECT c.id, c.pegawai, c.jalur, c.lingkup, x.*
	  FROM %s AS c
	 CROSS JOIN LATERAL bench.konversi_plpgsql(c.jalur, c.lingkup, c.jumlah, c.mulai, c.selesai) AS x
	 WHERE x.jenis IS NOT NULL
),
tetap AS (
	SELECT pegawai, sum(nilai) AS h FROM k WHERE jenis = 'tetap' GROUP BY pegawai
),
hari AS (
	SELECT k.pegawai, k.jalur, k.lingkup, k.persen, k.batas,
		   CASE WHEN k.hari1 IS NOT NULL THEN k.hari1 + d END AS tgl,
		   CASE WHEN k.hari1 IS NULL THEN k.id END AS sendiri,
		   k.nilai / k.hari + CASE WHEN d < k.nilai %% k.hari THEN 1 ELSE 0 END AS v
	  FROM k CROSS JOIN LATERAL generate_series(0, k.hari - 1) AS d
	 WHERE k.jenis = 'harian'
),
harian AS (
	SELECT pegawai, sum((h::bigint * (100 + persen) + 50) / 100) AS h
	  FROM (SELECT pegawai, jalur, lingkup, persen, sum(least(batas, v)) AS h
			  FROM (SELECT pegawai, jalur, lingkup, persen, tgl, sendiri,
						   min(batas) AS batas, sum(v) AS v
					  FROM hari GROUP BY pegawai, jalur, lingkup, persen, tgl, sendiri) AS per_hari
			 GROUP BY pegawai, jalur, lingkup, persen) AS per_jalur
	 GROUP BY pegawai
),
keg AS (
	SELECT k.pegawai, k.jalur, k.nilai, k.batas,
		   date_trunc('month', k.hari1) AS bulan,
		   CASE WHEN k.hari1 IS NULL THEN k.id END AS sendiri
	  FROM k CROSS JOIN LATERAL generate_series(1, k.kegiatan) AS i
	 WHERE k.jenis = 'bulanan'
),
bulanan AS (
	SELECT pegawai, sum(nilai) AS h
	  FROM (SELECT pegawai, nilai, batas,
				   row_number() OVER (PARTITION BY pegawai, jalur, bulan, sendiri ORDER BY nilai DESC) AS ke
			  FROM keg) AS x
	 WHERE ke <= batas
	 GROUP BY pegawai
)
SELECT pegawai, round(sum(h) / 100.0, 2) AS jp
  FROM (SELECT * FROM tetap UNION ALL SELECT * FROM harian UNION ALL SELECT * FROM bulanan) AS u
 GROUP BY pegawai
$q$, sumber)
$f$;

-- The hand-written IP ASN of every employee of bench.pegawai with records
-- in sumber, as of 2023-12-31: JP window 2023-01-01..2023-12-31 (1 year),
-- seminar window from 2022-01-01 (2 years), components from
-- ipasn.aturan_komponen, JP toward the 20-JP component by bench.jp_sql over
-- the records in the window that count toward it, scores by
-- bench.ip_asn_plpgsql.
CREATE FUNCTION bench.ip_asn_sql(sumber text, batas integer DEFAULT NULL) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
SELECT format($q$
WITH komp AS (
	SELECT jalur, komponen FROM ipasn.aturan_komponen WHERE aturan = 'permenpanrb_38_2018'
),
tanda AS (
	SELECT c.pegawai,
		   coalesce(bool_or(c.jalur IN (SELECT jalur FROM komp WHERE komponen = 'fungsional')), false) AS fungsional,
		   coalesce(bool_or(coalesce(c.selesai, c.mulai) BETWEEN date '2022-01-01' AND date '2023-12-31'
				AND c.jalur IN (SELECT jalur FROM komp WHERE komponen = 'seminar')), false) AS seminar
	  FROM %1$s AS c
	 GROUP BY c.pegawai
),
teknis AS (
	%2$s
)
SELECT p.pegawai, s.*
  FROM bench.pegawai AS p
  JOIN tanda AS t ON t.pegawai = p.pegawai
  LEFT JOIN teknis AS j ON j.pegawai = p.pegawai
 CROSS JOIN LATERAL bench.ip_asn_plpgsql(p.pendidikan, p.jabatan, p.diklatpim,
		t.fungsional, j.jp, t.seminar, p.kinerja, p.hukuman) AS s
 WHERE %3$s
$q$, sumber,
	bench.jp_sql(format($s$(SELECT * FROM %s AS c
	 WHERE coalesce(c.selesai, c.mulai) BETWEEN date '2023-01-01' AND date '2023-12-31'
	   AND c.jalur IN (SELECT jalur FROM ipasn.aturan_komponen
						WHERE aturan = 'permenpanrb_38_2018' AND komponen = 'jp'))$s$, sumber)),
	coalesce('p.pegawai <= ' || batas, 'true'))
$f$;

-- ipasn's IP ASN of every employee of bench.pegawai with records in sumber
CREATE FUNCTION bench.ip_asn_ipasn(sumber text, kiri boolean, batas integer DEFAULT NULL) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
SELECT format($q$
SELECT p.pegawai,
	   ipasn.ip_asn(p.pendidikan, p.jabatan, p.diklatpim, (x.b).fungsional,
					(x.b).jp_teknis, (x.b).seminar, p.kinerja, p.hukuman) AS h
  FROM bench.pegawai AS p
  %2$s JOIN (SELECT pegawai,
				   ipasn.profil_bangkom(jalur, lingkup, jumlah, mulai, selesai, date '2023-12-31') AS b
			  FROM %1$s GROUP BY pegawai) AS x ON x.pegawai = p.pegawai
 WHERE %3$s
$q$, sumber, CASE WHEN kiri THEN 'LEFT' ELSE '' END, coalesce('p.pegawai <= ' || batas, 'true'))
$f$;
