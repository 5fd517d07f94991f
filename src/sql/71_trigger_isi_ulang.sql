
-- section: isi_ulang, the backfill of a jp column
-- (moved out of the triggers section in 0.3.0: the update drops and
-- re-creates it from this part)
CREATE PROCEDURE @extschema@.isi_ulang(sumber regclass,
	jalur text, lingkup text, jumlah text, mulai text, selesai text, jp text,
	jumlah_dalam text DEFAULT NULL,
	semua boolean DEFAULT false, blok_per_batch integer DEFAULT 1000,
	dari_blok bigint DEFAULT 0)
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
	kosong text;
	skema text;
	jam boolean;
BEGIN
	kosong := CASE WHEN sumber IS NULL THEN 'sumber' WHEN jalur IS NULL THEN 'jalur' WHEN lingkup IS NULL THEN 'lingkup'
		WHEN jumlah IS NULL THEN 'jumlah' WHEN mulai IS NULL THEN 'mulai' WHEN selesai IS NULL THEN 'selesai'
		WHEN jp IS NULL THEN 'jp' END;
	IF kosong IS NOT NULL THEN
		RAISE EXCEPTION '% of ipasn.isi_ulang must not be NULL', kosong
			USING ERRCODE = 'null_value_not_allowed',
			HINT = 'Give the table and the names of the columns jalur, lingkup, jumlah, mulai, selesai and jp.';
	END IF;
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
	IF jam THEN
		e[3] := pg_catalog.format('%s.jumlah_jam(%s, %s)', skema, e[1], e[3]);
	ELSIF pg_catalog.starts_with(e[3], skema OPERATOR(pg_catalog.||) '.teks_jumlah(') THEN
		-- a text amount in each jalur's own unit: "8 jam" only where the
		-- jalur counts JP, as the triggers read it
		e[3] := pg_catalog.format('%s._teks_jumlah_satuan(%s, %s', skema, e[1],
			pg_catalog.substr(e[3], pg_catalog.length(skema OPERATOR(pg_catalog.||) '.teks_jumlah(') OPERATOR(pg_catalog.+) 1));
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
	q := pg_catalog.format($q$
		UPDATE %1$s AS s SET %2$I = v.jp
		  FROM (SELECT ctid, @extschema@.jp(%3$s, %4$s, %5$s, %6$s, %7$s) AS jp
				  FROM %1$s AS s
				 WHERE ctid OPERATOR(pg_catalog.>=) pg_catalog.format('(%%s,0)', $1)::pg_catalog.tid
				   AND ctid OPERATOR(pg_catalog.<) pg_catalog.format('(%%s,0)', $2)::pg_catalog.tid
				   AND ($3 OR %2$I IS NULL)) AS v
		 WHERE s.ctid OPERATOR(pg_catalog.=) v.ctid AND s.%2$I IS DISTINCT FROM v.jp
		$q$, sumber, jp, e[1], e[2], e[3], e[4], e[5]);
	WHILE b OPERATOR(pg_catalog.<) nblok LOOP
		EXECUTE q USING b, b OPERATOR(pg_catalog.+) blok_per_batch, semua;
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
COMMENT ON PROCEDURE @extschema@.isi_ulang(regclass, text, text, text, text, text, text, text, boolean, integer, bigint) IS
'Backfill: sets the jp column of an existing table to ipasn.jp() of its columns, the jumlah column read as jumlah_dalam says (no default: ''jam'', hours through ipasn.jumlah_jam, or ''satuan'', each jalur''s own unit of Peraturan LAN 10/2018, Lampiran), in batches of blok_per_batch table blocks (ctid ranges), COMMITting after each and reporting progress by NOTICE; only rows whose jp is NULL unless semua; rows already right are not rewritten. Restart with dari_blok from the last NOTICE, or from 0 (done rows are skipped). Call it outside a transaction block';
