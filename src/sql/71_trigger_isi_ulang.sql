
-- section: isi_ulang, the backfill of a jp column
-- (moved out of the triggers section in 0.3.0: the update drops and
-- re-creates it from this part)
CREATE PROCEDURE @extschema@.isi_ulang(sumber regclass,
	jalur text, lingkup text, jumlah text, mulai text, selesai text, jp text,
	jumlah_dalam text DEFAULT NULL,
	semua boolean DEFAULT false, blok_per_batch integer DEFAULT 1000,
	dari_blok bigint DEFAULT 0, masalah text DEFAULT NULL)
LANGUAGE plpgsql
AS $fn$
DECLARE
	e text[];
	q text;
	nblok bigint;
	b bigint := dari_blok;
	n bigint;
	total bigint := 0;
	t0 timestamptz := pg_catalog.clock_timestamp();
	detik numeric;
	selesai_blok bigint;
	skema text;
	jam boolean;
	teks text[];
	tulis text := '';
	beda text := '';
BEGIN
	PERFORM ipasn._wajib_diisi('ipasn.isi_ulang',
		'Give the table and the names of the columns jalur, lingkup, jumlah, mulai, selesai and jp.',
		ARRAY['sumber', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp'],
		ARRAY[sumber::pg_catalog.text, jalur, lingkup, jumlah, mulai, selesai, jp]);
	IF blok_per_batch IS NULL OR blok_per_batch OPERATOR(pg_catalog.<) 1 THEN
		RAISE EXCEPTION 'blok_per_batch must be at least 1' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	-- validates the columns (and the jp column: numeric)
	e := ARRAY[
		@extschema@._kolom_sql(sumber, jalur, 'jalur'),
		@extschema@._kolom_sql(sumber, lingkup, 'lingkup'),
		@extschema@._kolom_sql(sumber, jumlah, 'jumlah'),
		@extschema@._kolom_sql(sumber, mulai, 'mulai'),
		@extschema@._kolom_sql(sumber, selesai, 'selesai')];
	-- ipasn's schema, looked up at run time (lint rule R2: no substitution in a body)
	skema := (SELECT pg_catalog.quote_ident(n.nspname::pg_catalog.text)
				FROM pg_catalog.pg_extension AS x
				JOIN pg_catalog.pg_namespace AS n ON n.oid OPERATOR(pg_catalog.=) x.extnamespace
			   WHERE x.extname OPERATOR(pg_catalog.=) 'ipasn');
	EXECUTE pg_catalog.format('SELECT %s._jumlah_dalam($1, $2)', skema) INTO jam USING jumlah_dalam, 'ipasn.isi_ulang';
	-- each row is read as ipasn.baca_catatan reads it (as the triggers do;
	-- behind OFFSET 0, so that it runs once a row, not once a field):
	-- the texts of jalur, lingkup and jumlah (a number without the
	-- trailing zeros of its scale: 1.500 is 1.5, not a thousands separator)
	SELECT pg_catalog.array_agg(CASE WHEN t.typcategory OPERATOR(pg_catalog.=) 'N'
				THEN pg_catalog.format('pg_catalog.trim_scale(s.%I::pg_catalog.numeric)::pg_catalog.text', k.kolom)
				ELSE pg_catalog.format('s.%I::pg_catalog.text', k.kolom) END ORDER BY k.i)
	  INTO teks
	  FROM pg_catalog.unnest(ARRAY[jalur, lingkup, jumlah]) WITH ORDINALITY AS k(kolom, i)
	  JOIN pg_catalog.pg_attribute AS a ON a.attrelid OPERATOR(pg_catalog.=) sumber::pg_catalog.oid
		   AND a.attname OPERATOR(pg_catalog.=) k.kolom::pg_catalog.name
	  JOIN pg_catalog.pg_type AS t ON t.oid OPERATOR(pg_catalog.=) COALESCE(
			NULLIF((SELECT d.typbasetype FROM pg_catalog.pg_type AS d WHERE d.oid OPERATOR(pg_catalog.=) a.atttypid), 0),
			a.atttypid);
	IF masalah IS NOT NULL THEN
		-- the problem column, checked as the trigger checks it (text or varchar)
		EXECUTE pg_catalog.format('SELECT %s._kolom_sql($1, $2, $3)', skema) USING sumber, masalah, 'masalah';
		tulis := pg_catalog.format(', %I = v.masalah', masalah);
		beda := pg_catalog.format(' OR s.%I IS DISTINCT FROM v.masalah', masalah);
	END IF;
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute
				   WHERE attrelid OPERATOR(pg_catalog.=) sumber::pg_catalog.oid
					 AND attname OPERATOR(pg_catalog.=) jp::pg_catalog.name
					 AND attnum OPERATOR(pg_catalog.>) 0
					 AND NOT attisdropped
					 AND atttypid OPERATOR(pg_catalog.=) 'pg_catalog.numeric'::pg_catalog.regtype::pg_catalog.oid) THEN
		RAISE EXCEPTION 'jp column "%" of table % does not exist or is not numeric', jp, sumber
			USING ERRCODE = 'datatype_mismatch';
	END IF;
	-- and holds two decimals (the triggers' check: 42804 for numeric(p, 1))
	EXECUTE pg_catalog.format('SELECT %s._kolom_sql($1, $2, $3)', skema) USING sumber, jp, 'jp';
	nblok := pg_catalog.pg_relation_size(sumber) OPERATOR(pg_catalog./) pg_catalog.current_setting('block_size')::bigint;
	-- a row that gives no JP: jp NULL and, with a problem column, its
	-- reason; a bad row without one aborts (_catatan_diterima), as the
	-- trigger without its eighth argument does
	q := pg_catalog.format($q$
		UPDATE %1$s AS s SET %2$I = v.jp%10$s
		  FROM (SELECT x.ctid, CASE WHEN (x.c).kode IS NULL
					   THEN %9$s.jp((x.c).jalur, (x.c).lingkup, (x.c).jumlah, x.mulai, x.selesai) END AS jp,
					   (x.c).masalah AS masalah
				  FROM (SELECT s.ctid, %9$s.baca_catatan(%3$s, %4$s, %5$s, %6$s, %7$s, $4) AS c,
							   %6$s AS mulai, %7$s AS selesai
						  FROM %1$s AS s
						 WHERE s.ctid OPERATOR(pg_catalog.>=) pg_catalog.format('(%%s,0)', $1)::pg_catalog.tid
						   AND s.ctid OPERATOR(pg_catalog.<) pg_catalog.format('(%%s,0)', $2)::pg_catalog.tid
						   AND ($3 OR s.%2$I IS NULL)
						OFFSET 0) AS x
				 WHERE %9$s._catatan_diterima((x.c).kode, (x.c).masalah, $5)) AS v
		 WHERE s.ctid OPERATOR(pg_catalog.=) v.ctid AND (s.%2$I IS DISTINCT FROM v.jp%11$s)
		$q$, sumber, jp, teks[1], teks[2], teks[3], e[4], e[5], NULL, skema, tulis, beda);
	WHILE b OPERATOR(pg_catalog.<) nblok LOOP
		EXECUTE q USING b, b OPERATOR(pg_catalog.+) blok_per_batch, semua,
			CASE WHEN jam THEN 'jam' ELSE 'satuan' END, masalah IS NOT NULL;
		GET DIAGNOSTICS n = ROW_COUNT;
		total := total OPERATOR(pg_catalog.+) n;
		b := b OPERATOR(pg_catalog.+) blok_per_batch;
		COMMIT;
		-- operators schema-qualified: a procedure that COMMITs cannot pin
		-- search_path, and these run in the caller's
		selesai_blok := least(b, nblok);
		detik := greatest(extract(epoch FROM pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) t0), 0.001);
		RAISE NOTICE 'isi_ulang %: blok % dari %, % baris diisi, % blok/detik, sisa sekitar % detik (lanjut dengan dari_blok => %)',
			sumber, selesai_blok, nblok, total,
			pg_catalog.round((selesai_blok OPERATOR(pg_catalog.-) dari_blok)::pg_catalog.numeric OPERATOR(pg_catalog./) detik, 1),
			pg_catalog.round((nblok OPERATOR(pg_catalog.-) selesai_blok)::pg_catalog.numeric OPERATOR(pg_catalog.*) detik
				OPERATOR(pg_catalog./) greatest(selesai_blok OPERATOR(pg_catalog.-) dari_blok, 1)::pg_catalog.numeric),
			selesai_blok;
	END LOOP;
END
$fn$;
-- a record the backfill reads: true when it may be written (it counts, or
-- gives no JP without being wrong, or the caller keeps the reason in a
-- problem column); otherwise the reader's reason as the error
CREATE FUNCTION @extschema@._catatan_diterima(kode text, masalah text, daftar boolean)
RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
	IF kode IS NULL OR daftar OR kode OPERATOR(pg_catalog.=) ANY ('{tidak_lengkap,jalur_kosong,bukan_bangkom}'::pg_catalog.text[]) THEN
		RETURN true;
	END IF;
	RAISE EXCEPTION '%', masalah
		USING ERRCODE = CASE WHEN kode OPERATOR(pg_catalog.=) ANY ('{teks_tidak_dikenal,jumlah_tidak_terbaca}'::pg_catalog.text[])
						THEN 'invalid_text_representation' ELSE 'invalid_parameter_value' END,
		DETAIL = pg_catalog.format('The procedure isi_ulang read the row as baca_catatan does (problem code %s).', kode),
		HINT = 'Give isi_ulang a problem column (masalah => ''column''), a text column, to keep such rows with the reason there instead.';
END
$fn$;
COMMENT ON FUNCTION @extschema@._catatan_diterima(text, text, boolean) IS
'Internal (ipasn.isi_ulang): true for a record that counts, gives no JP without being wrong (tidak_lengkap, jalur_kosong, bukan_bangkom), or whose reason is kept (daftar); otherwise raises the reason (22P02 for unreadable text, 22023 otherwise)';

COMMENT ON PROCEDURE @extschema@.isi_ulang(regclass, text, text, text, text, text, text, text, boolean, integer, bigint, text) IS
'Backfill: sets the jp column of an existing table to ipasn.jp() of its columns, the jumlah column read as jumlah_dalam says (no default: ''jam'', hours through ipasn.jumlah_jam, or ''satuan'', each jalur''s own unit of Peraturan LAN 10/2018, Lampiran), in batches of blok_per_batch table blocks (ctid ranges), COMMITting after each and reporting progress by NOTICE; only rows whose jp is NULL unless semua; rows already right are not rewritten. Each row is read as ipasn.baca_catatan reads it (as the triggers do); a row that gives no JP gets jp NULL and, with a problem column (masalah, text), its reason; a bad row without one aborts the batch. Restart with dari_blok from the last NOTICE, or from 0 (done rows are skipped). Call it outside a transaction block';
