-- test/fuzz/fuzz.sql: helper functions of test/sh/fuzz.sh (schema fuzz).
-- Loaded into the throwaway database ipasn_fuzz after CREATE EXTENSION ipasn.
-- Every fuzz loop runs inside the server (PL/pgSQL), catches each error in
-- an EXCEPTION block and classifies its SQLSTATE; an unexpected SQLSTATE or
-- a broken property is written to fuzz.failure, a crash ends the psql
-- session (the shell script sees it).
SET client_min_messages = warning;
CREATE SCHEMA fuzz;

CREATE TABLE fuzz.failure (
	id serial PRIMARY KEY,
	phase text NOT NULL,
	input text,
	sqlstate text,
	message text
);
CREATE TABLE fuzz.known (
	id serial PRIMARY KEY,
	issue text,
	phase text NOT NULL,
	input text,
	sqlstate text,
	message text
);
-- per phase: cases tried, rejected (an accepted SQLSTATE), accepted.
-- Insert-only (one row per event, summed by the view): thousands of
-- updates of one row in one transaction would walk ever longer chains.
CREATE UNLOGGED TABLE fuzz.tally_raw (
	phase text,
	outcome text,
	n bigint
);
CREATE VIEW fuzz.tally AS
SELECT phase, outcome, sum(n) AS n FROM fuzz.tally_raw GROUP BY phase, outcome;

CREATE FUNCTION fuzz.count(p text, o text, k bigint DEFAULT 1) RETURNS void
LANGUAGE sql AS $$
	INSERT INTO fuzz.tally_raw VALUES (p, o, k)
$$;

-- Known issues, reported to the lead and not yet fixed in src/: counted
-- as "known issue ..." (printed at the end) instead of failing, unless the
-- setting fuzz.strict is on (FUZZ_STRICT=1).  Each has a commented-out
-- reproducer in test/fuzz/corpus/.  Remove the entry once fixed.
CREATE FUNCTION fuzz.known_issue(p text, i text, st text, m text) RETURNS text
LANGUAGE sql AS $$
	-- K1..K4, found by this harness, are fixed (see test/fuzz/corpus): no
	-- known issue is tolerated any more
	SELECT NULL::text
	WHERE current_setting('fuzz.strict', true) IS DISTINCT FROM 'on'
$$;

CREATE FUNCTION fuzz.fail(p text, i text, st text, m text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	k text := fuzz.known_issue(p, i, st, m);
BEGIN
	IF k IS NOT NULL THEN
		PERFORM fuzz.count(p, 'known issue ' || k);
		INSERT INTO fuzz.known (issue, phase, input, sqlstate, message)
		VALUES (k, p, left(i, 2000), st, left(m, 2000));
		RETURN;
	END IF;
	INSERT INTO fuzz.failure (phase, input, sqlstate, message)
	VALUES (p, left(i, 2000), st, left(m, 2000));
END $$;

-- random integer in [lo, hi]
CREATE FUNCTION fuzz.ri(lo bigint, hi bigint) RETURNS bigint
LANGUAGE sql VOLATILE AS $$ SELECT lo + floor(random() * (hi - lo + 1))::bigint $$;

CREATE FUNCTION fuzz.pick(a text[]) RETURNS text
LANGUAGE sql VOLATILE AS $$ SELECT a[1 + floor(random() * array_length(a, 1))::int] $$;

-- one random character: mostly ASCII, sometimes any valid code point
-- (never NUL, never a surrogate: PostgreSQL text is valid UTF-8)
CREATE FUNCTION fuzz.rchar() RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
	r float8 := random();
BEGIN
	IF r < 0.55 THEN
		RETURN chr(fuzz.ri(32, 126)::int);
	ELSIF r < 0.62 THEN
		RETURN fuzz.pick(ARRAY[E'\t', E'\n', E'\r', ' ', E'\x01', E'\x1f', E'\x7f']);
	ELSIF r < 0.75 THEN
		RETURN chr(fuzz.ri(128, 2047)::int);
	ELSIF r < 0.85 THEN
		RETURN chr(fuzz.ri(2048, 55295)::int);
	ELSIF r < 0.90 THEN
		RETURN chr(fuzz.ri(57344, 65533)::int);
	ELSIF r < 0.95 THEN
		RETURN chr(fuzz.ri(65536, 1114111)::int);
	ELSE
		-- letters that change length or meaning when case-folded, combining
		-- marks, invisible and full-width characters
		RETURN fuzz.pick(ARRAY[chr(304), chr(305), chr(223), chr(64257), chr(769),
			chr(160), chr(8203), chr(65279), chr(65313), chr(65297), chr(8217), chr(8211)]);
	END IF;
END $$;

CREATE FUNCTION fuzz.rstring(maxlen int) RETURNS text
LANGUAGE sql VOLATILE AS $$
	SELECT coalesce(string_agg(fuzz.rchar(), ''), '')
	FROM generate_series(1, fuzz.ri(0, maxlen)::int)
$$;

-- ---------------------------------------------------------------------
-- valid records
-- ---------------------------------------------------------------------
CREATE FUNCTION fuzz.rjalur() RETURNS ipasn.jalur
LANGUAGE sql VOLATILE AS $$
	SELECT CASE WHEN random() < 0.5
		-- the capped jalur half of the time: they fill the state's entries
		THEN fuzz.pick(ARRAY['coaching', 'mentoring', 'bimbingan_di_tempat_kerja',
			'e_learning', 'belajar_mandiri', 'komunitas_belajar'])::ipasn.jalur
		ELSE (enum_range(NULL::ipasn.jalur))[fuzz.ri(1, 26)]
	END
$$;

CREATE FUNCTION fuzz.rlingkup() RETURNS ipasn.lingkup
LANGUAGE sql VOLATILE AS $$
	SELECT (enum_range(NULL::ipasn.lingkup))[fuzz.ri(1, 2)]
$$;

-- a plausible amount for the unit of a jalur (sometimes NULL)
CREATE FUNCTION fuzz.rjumlah(j ipasn.jalur) RETURNS numeric
LANGUAGE sql VOLATILE AS $$
	SELECT CASE WHEN random() < 0.2 THEN NULL
		ELSE CASE ipasn.satuan(j)
			WHEN 'jp' THEN round((random() * 40)::numeric, fuzz.ri(0, 2)::int)
			WHEN 'hari' THEN round((random() * 6)::numeric, fuzz.ri(0, 2)::int)
			WHEN 'kegiatan' THEN fuzz.ri(0, 5)::numeric
			ELSE fuzz.ri(0, 8)::numeric
		END
	END
$$;

CREATE TABLE fuzz.rec (
	g int,				-- person
	part int,			-- partition inside the person
	jalur ipasn.jalur,
	lingkup ipasn.lingkup,
	jumlah numeric,
	mulai date,
	selesai date
);

-- n random, valid records (masalah IS NULL) for persons 1..persons
CREATE FUNCTION fuzz.fill_records(persons int, n int) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	j ipasn.jalur;
	m date;
	s date;
	r float8;
	q numeric;
	l ipasn.lingkup;
	made int := 0;
BEGIN
	WHILE made < n LOOP
		j := fuzz.rjalur();
		l := fuzz.rlingkup();
		q := fuzz.rjumlah(j);
		m := date '2023-01-01' + fuzz.ri(0, 730)::int;
		r := random();
		IF r < 0.1 THEN
			m := NULL;
			s := NULL;
		ELSIF r < 0.2 THEN
			s := m;
			m := NULL;
		ELSIF r < 0.5 THEN
			s := NULL;
		ELSE
			s := m + fuzz.ri(0, 9)::int;
		END IF;
		CONTINUE WHEN ipasn.masalah(j, l, q, m, s) IS NOT NULL;
		INSERT INTO fuzz.rec VALUES (fuzz.ri(1, persons), fuzz.ri(1, 4), j, l, q, m, s);
		made := made + 1;
	END LOOP;
END $$;

-- a profil_bangkom state (flags, teknis entries) as a plain jp_state
CREATE AGGREGATE fuzz.profil_state(ipasn.jalur, ipasn.lingkup, numeric, date, date, date) (
	SFUNC = ipasn.profil_add,
	STYPE = ipasn.jp_state
);

CREATE TABLE fuzz.valid (id serial PRIMARY KEY, s ipasn.jp_state NOT NULL);

-- ---------------------------------------------------------------------
-- properties of an accepted state
-- ---------------------------------------------------------------------
-- Returns NULL when every property holds, else what broke.  22003 (a sum
-- out of range) and 54000 (too many entries) are accepted answers of
-- jp_value / combine for forged states with absurd totals: an error, not
-- a wrong number.
CREATE FUNCTION fuzz.check_state(x ipasn.jp_state, v ipasn.jp_state, phase text)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	o1 text;
	o2 text;
	x2 ipasn.jp_state;
	val numeric;
	val2 numeric;
	c1 ipasn.jp_state;
	c2 ipasn.jp_state;
	st text;
	msg text;
	step text;
BEGIN
	step := 'out(in(x)) re-read';
	o1 := x::text;
	x2 := o1::ipasn.jp_state;
	o2 := x2::text;
	IF o1 IS DISTINCT FROM o2 THEN
		PERFORM fuzz.fail(phase, o1, 'PROP', 'out(in(out(x))) differs: ' || left(o2, 500));
	END IF;
	step := 'compact';
	IF ipasn.jp_state_compact(x)::text IS DISTINCT FROM o1 THEN
		PERFORM fuzz.fail(phase, o1, 'PROP', 'jp_state_compact changed the state');
	END IF;
	step := 'jp_kegiatan';
	IF ipasn.jp_kegiatan(x) < 0 THEN
		PERFORM fuzz.fail(phase, o1, 'PROP', 'negative jp_kegiatan');
	END IF;
	step := 'profil';
	PERFORM ipasn.profil(x);
	step := 'jp_value';
	BEGIN
		val := ipasn.jp_value(x);
		IF val IS NULL OR val < 0 OR scale(val) <> 2 THEN
			PERFORM fuzz.fail(phase, o1, 'PROP', 'jp_value gave ' || coalesce(val::text, 'NULL'));
		END IF;
		IF ipasn.jp_value(x2) IS DISTINCT FROM val THEN
			PERFORM fuzz.fail(phase, o1, 'PROP', 'jp_value differs after out/in');
		END IF;
	EXCEPTION WHEN numeric_value_out_of_range OR program_limit_exceeded THEN
		PERFORM fuzz.count(phase, 'accepted, jp_value 22003/54000');
	END;
	step := 'combine with a valid state';
	BEGIN
		c1 := ipasn.jp_state_combine(x, v);
		c2 := ipasn.jp_state_combine(v, x);
		IF ipasn.jp_kegiatan(c1) <> ipasn.jp_kegiatan(x) + ipasn.jp_kegiatan(v) THEN
			PERFORM fuzz.fail(phase, o1, 'PROP', 'combine: kegiatan do not add up');
		END IF;
		IF (SELECT ipasn.jp_merge(s)::text FROM (VALUES (x), (v)) t(s)) IS DISTINCT FROM c1::text THEN
			PERFORM fuzz.fail(phase, o1, 'PROP', 'jp_merge(x, v) differs from jp_state_combine(x, v)');
		END IF;
		IF ipasn.jp_state_combine(x, NULL)::text IS DISTINCT FROM o1
		   OR ipasn.jp_state_combine(NULL, x)::text IS DISTINCT FROM o1 THEN
			PERFORM fuzz.fail(phase, o1, 'PROP', 'combine with NULL changed the state');
		END IF;
		val := ipasn.jp_value(c1);
		val2 := ipasn.jp_value(c2);
		IF val IS DISTINCT FROM val2 THEN
			PERFORM fuzz.fail(phase, o1, 'PROP', format('combine not commutative: %s vs %s', val, val2));
		END IF;
		IF val < 0 OR scale(val) <> 2 THEN
			PERFORM fuzz.fail(phase, o1, 'PROP', 'jp_value(combine) gave ' || val);
		END IF;
	EXCEPTION WHEN numeric_value_out_of_range OR program_limit_exceeded THEN
		PERFORM fuzz.count(phase, 'accepted, combine 22003/54000');
	END;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
	PERFORM fuzz.fail(phase, coalesce(o1, '?'), st, step || ': ' || msg);
END $$;

-- try one text as a jp_state: rejected with 22P02 / 54000, or accepted and
-- consistent
CREATE FUNCTION fuzz.try_state_text(t text, v ipasn.jp_state, phase text)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	x ipasn.jp_state;
	st text;
	msg text;
BEGIN
	BEGIN
		x := t::ipasn.jp_state;
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
		IF st IN ('22P02', '54000') THEN
			PERFORM fuzz.count(phase, 'rejected ' || st);
		ELSE
			PERFORM fuzz.fail(phase, t, st, msg);
		END IF;
		RETURN;
	END;
	PERFORM fuzz.count(phase, 'accepted');
	PERFORM fuzz.check_state(x, v, phase);
END $$;

-- ---------------------------------------------------------------------
-- text mutations of a jp_state
-- ---------------------------------------------------------------------
CREATE FUNCTION fuzz.token() RETURNS text
LANGUAGE sql VOLATILE AS $$
	SELECT fuzz.pick(ARRAY['|', ',', '-', '0', '1', '9', 'D', 'M', '||', ',,', '|,', ',|',
		'-1', '-0', '+1', ' 1', '1 ', '00', '01', '366', '367', '100', '101', '1000', '1001',
		'2147483647', '2147483648', '-2147483648', '-2147483649', '2147483000', '2147482600',
		'100000000', '100000001', '1000000000', '1000000001',
		'9223372036854775807', '9223372036854775808', '-9223372036854775808',
		'2305843009213693951', '2305843009213693952', '99999999999999999999999',
		'1e5', '0x10', '1.5', 'NaN', 'inf', ' ', E'\t', E'\n', '\', '"',
		'e_learning', 'coaching', 'mentoring', 'belajar_mandiri', 'seminar', 'nasional',
		'internasional', 'NASIONAL', 'e_learnin', 'e_learningx', '',
		'|D,e_learning,nasional,0,0,1,300,0,100', '|M,coaching,nasional,0,-,1,2,0,200',
		'|D,belajar_mandiri,internasional,1,-,1,200,20,999999999',
		'|M,mentoring,internasional,0,-2147483000,100,100000000,0,1000000000',
		fuzz.rchar(), fuzz.rchar() || fuzz.rchar()])
$$;

-- replace the k-th field (split on | and ,) by s; one of the first 256
-- fields (a regular expression repeats at most 255 times)
CREATE FUNCTION fuzz.set_field(t text, s text) RETURNS text
LANGUAGE sql VOLATILE AS $$
	SELECT regexp_replace(t, format('^((?:[^|,]*[|,]){%s})[^|,]*',
			fuzz.ri(0, least(255, length(t) - length(translate(t, '|,', ''))))),
		'\1' || replace(s, '\', '\\'))
$$;

-- swap two fields, or two entries
CREATE FUNCTION fuzz.swap(t text, sep text) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
	parts text[] := string_to_array(t, sep);
	n int := array_length(parts, 1);
	a int;
	b int;
	tmp text;
BEGIN
	IF n IS NULL OR n < 2 THEN
		RETURN t;
	END IF;
	a := fuzz.ri(1, n)::int;
	b := fuzz.ri(1, n)::int;
	tmp := parts[a];
	parts[a] := parts[b];
	parts[b] := tmp;
	RETURN array_to_string(parts, sep);
END $$;

CREATE FUNCTION fuzz.mutate_state(t text) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
	k int;
	op int;
	pos int;
	len int;
	e text;
BEGIN
	FOR k IN 1 .. fuzz.ri(1, 3)::int LOOP
		len := length(t);
		pos := fuzz.ri(1, len + 1)::int;
		op := fuzz.ri(1, 14)::int;
		CASE op
			WHEN 1 THEN		-- flip a character
				t := overlay(t PLACING fuzz.pick(ARRAY['0', '9', '-', '|', ',', 'D', 'M', '1', fuzz.rchar()]) FROM pos FOR 1);
			WHEN 2 THEN		-- insert a token
				t := overlay(t PLACING fuzz.token() FROM pos FOR 0);
			WHEN 3 THEN		-- delete a few characters
				t := overlay(t PLACING '' FROM pos FOR fuzz.ri(1, 8)::int);
			WHEN 4 THEN		-- swap two fields
				t := fuzz.swap(t, ',');
			WHEN 5 THEN		-- swap two entries
				t := fuzz.swap(t, '|');
			WHEN 6, 7 THEN	-- a field becomes an extreme or odd value
				t := fuzz.set_field(t, fuzz.pick(ARRAY['-1', '0', '-0', '', '2147483647', '-2147483648',
					'9223372036854775807', '9223372036854775808', '-9223372036854775808', '4611686018427387904',
					'2305843009213693951', '2305843009213693952', '1000000000', '1000000001', '100000000',
					'100000001', '367', '366', '101', '1000', '1001', '255', '256', '3', '4', '2', '-',
					'D', 'M', 'X', 'e_learning', 'internasional', 'komunitas_belajar', 'pendidikan',
					'pelatihan_kepemimpinan', ' 1', '1 ', repeat('9', fuzz.ri(19, 400)::int), fuzz.rstring(6)]));
			WHEN 8 THEN		-- truncate
				t := left(t, fuzz.ri(0, len)::int);
			WHEN 9 THEN		-- repeated or empty separators
				t := overlay(t PLACING repeat(fuzz.pick(ARRAY['|', ',', '||', '|D', '|M,']), fuzz.ri(1, 5)::int) FROM pos FOR 0);
			WHEN 10 THEN	-- one entry repeated many times (long input)
				e := substring(t FROM '\|[DM],[^|]*');
				IF e IS NULL THEN
					e := '|D,e_learning,nasional,0,0,1,300,0,100';
				END IF;
				t := t || repeat(e, CASE WHEN random() < 0.1 THEN fuzz.ri(100, 3000) ELSE fuzz.ri(1, 20) END::int);
			WHEN 11 THEN	-- a very long string
				t := overlay(t PLACING repeat(fuzz.pick(ARRAY['9', 'D', 'M', ',', '|', '0', 'x']),
					CASE WHEN random() < 0.05 THEN fuzz.ri(10000, 200000) ELSE fuzz.ri(20, 2000) END::int) FROM pos FOR 0);
			WHEN 12 THEN	-- the version field
				t := regexp_replace(t, '^[^|]*', fuzz.pick(ARRAY['0', '2', '255', '256', '-1', '01', '', ' 1', '1.0']));
			WHEN 13 THEN	-- an entry tag
				t := regexp_replace(t, '\|[DM],', '|' || fuzz.pick(ARRAY['d', 'm', 'X', 'DM', '', 'D,D', 'M,M', 'MD']) || ',');
			ELSE			-- kegiatan raised or lowered
				t := regexp_replace(t, '^([^|]*\|[^|]*\|)([^|]*)', '\1' || fuzz.pick(ARRAY['0', '1', '2', '-1', '100000', '9223372036854775807', '2305843009213693951']));
		END CASE;
	END LOOP;
	RETURN t;
END $$;

-- the text fuzz loop: n mutants of the valid states and of the corpus
CREATE FUNCTION fuzz.text_loop(n int) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	i int;
	k int;
	base text;
	v ipasn.jp_state;
	nvalid int := (SELECT count(*) FROM fuzz.valid);
	ncorpus int := (SELECT count(*) FROM fuzz.corpus);
BEGIN
	FOR i IN 1 .. n LOOP
		k := fuzz.ri(1, nvalid);
		SELECT s INTO STRICT v FROM fuzz.valid WHERE id = k;
		IF ncorpus > 0 AND random() < 0.15 THEN
			k := fuzz.ri(1, ncorpus);
			SELECT t INTO STRICT base FROM fuzz.corpus WHERE id = k;
		ELSE
			k := fuzz.ri(1, nvalid);
			SELECT s::text INTO STRICT base FROM fuzz.valid WHERE id = k;
		END IF;
		PERFORM fuzz.count('text', 'cases');
		PERFORM fuzz.try_state_text(fuzz.mutate_state(base), v, 'text');
	END LOOP;
END $$;

CREATE TABLE fuzz.corpus (id serial PRIMARY KEY, t text NOT NULL);

-- ---------------------------------------------------------------------
-- parsers
-- ---------------------------------------------------------------------
CREATE FUNCTION fuzz.parser_input() RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
	known text[] := ARRAY['pendidikan', 'pelatihan_teknis', 'Bimtek', 'Bimbingan Teknis',
		'DIKLAT TEKNIS', 'Webinar', 'seminar', 'e-learning', 'E Learning', 'KL01', 'KL12', 'NKL01',
		'NKL13', 'P', 'coaching', 'S-1', 'Strata 2', 'SMA', 'SMK', 'S3', 'D-IV', 'SLTA Keguruan',
		'Diploma III/Sarjana Muda', 'S-1/Sarjana', 'tidak sekolah', 'jpt_pratama', 'II.a',
		'IV.b', 'I.a', 'III.b', 'Pelaksana', 'fungsional', 'Administrator', 'Teguran tertulis',
		'teguran lisan', 'Pemberhentian', 'penurunan jabatan', 'ringan', 'berat', 'sedang',
		'Diklatpim Tk. III', 'PKA', 'pkn_ii', 'PKN I', 'Diklatpim IV', 'pkp'];
	s text;
	r float8 := random();
	k int;
	pos int;
BEGIN
	IF r < 0.35 THEN
		RETURN fuzz.rstring(fuzz.pick(ARRAY['3', '12', '40'])::int);
	ELSIF r < 0.40 THEN
		RETURN fuzz.pick(ARRAY['', ' ', '-', '.', '/', '()', repeat(' ', 1000),
			repeat('a', 100000), repeat('S-1', 3000), repeat(chr(769), 500), repeat(chr(8203), 50)]);
	END IF;
	s := fuzz.pick(known);
	FOR k IN 1 .. fuzz.ri(0, 3)::int LOOP
		pos := fuzz.ri(1, length(s) + 1)::int;
		CASE fuzz.ri(1, 7)::int
			WHEN 1 THEN s := upper(s);
			WHEN 2 THEN s := lower(s);
			WHEN 3 THEN s := overlay(s PLACING fuzz.rchar() FROM pos FOR 0);
			WHEN 4 THEN s := overlay(s PLACING '' FROM pos FOR 1);
			WHEN 5 THEN s := overlay(s PLACING fuzz.pick(ARRAY[' ', '  ', '.', '-', '_', '/', chr(160), E'\t', chr(8203)]) FROM pos FOR 0);
			WHEN 6 THEN s := s || ' ' || fuzz.pick(known);
			ELSE IF length(s) < 200 THEN s := repeat(s, fuzz.ri(2, 400)::int); END IF;
		END CASE;
	END LOOP;
	RETURN s;
END $$;

-- parse_x(s): a value or 22P02; parse_x_or_null(s): never raises and is
-- the same value or NULL exactly when parse_x raises; the label of the
-- value parses back to the value
CREATE FUNCTION fuzz.check_parser(fn text, s text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	v text;
	vn text;
	back text;
	st text;
	msg text;
	raised bool := false;
BEGIN
	BEGIN
		EXECUTE format('SELECT ipasn.%I($1)::text', fn) INTO v USING s;
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
		raised := true;
		IF st = '22P02' THEN
			PERFORM fuzz.count('parse', 'rejected 22P02');
		ELSE
			PERFORM fuzz.fail('parse ' || fn, s, st, msg);
		END IF;
	END;
	IF NOT raised THEN
		PERFORM fuzz.count('parse', 'accepted');
		IF v IS NULL THEN
			PERFORM fuzz.fail('parse ' || fn, s, 'PROP', 'returned NULL for a non-NULL text');
		END IF;
	END IF;
	BEGIN
		EXECUTE format('SELECT ipasn.%I($1)::text', fn || '_or_null') INTO vn USING s;
		IF vn IS DISTINCT FROM (CASE WHEN raised THEN NULL ELSE v END) THEN
			PERFORM fuzz.fail('parse ' || fn || '_or_null', s, 'PROP',
				format('gave %s, %s gave %s', coalesce(vn, 'NULL'), fn, coalesce(v, 'an error')));
		END IF;
		IF vn IS NOT NULL THEN
			EXECUTE format('SELECT ipasn.%I($1)::text', fn || '_or_null') INTO back USING vn;
			IF back IS DISTINCT FROM vn THEN
				PERFORM fuzz.fail('parse ' || fn, vn, 'PROP', 'the label does not parse back to itself: ' || coalesce(back, 'NULL'));
			END IF;
		END IF;
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
		PERFORM fuzz.fail('parse ' || fn || '_or_null', s, st, msg);
	END;
END $$;

-- other functions of text or int: a value, NULL, or the listed SQLSTATEs
CREATE FUNCTION fuzz.check_call(sql text, arg anyelement, ok_states text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	v text;
	st text;
	msg text;
BEGIN
	EXECUTE sql INTO v USING arg;
	PERFORM fuzz.count('parse', 'other: value or NULL');
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
	IF st = ANY (ok_states) THEN
		PERFORM fuzz.count('parse', 'other: rejected ' || st);
	ELSE
		PERFORM fuzz.fail('parse: ' || sql, arg::text, st, msg);
	END IF;
END $$;

CREATE FUNCTION fuzz.parse_loop(n int) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	i int;
	s text;
	fn text;
	k int;
BEGIN
	FOR i IN 1 .. n LOOP
		s := fuzz.parser_input();
		PERFORM fuzz.count('parse', 'cases');
		FOREACH fn IN ARRAY ARRAY['parse_jalur', 'parse_pendidikan', 'parse_jabatan',
			'parse_diklatpim', 'parse_hukuman'] LOOP
			PERFORM fuzz.check_parser(fn, s);
		END LOOP;
		PERFORM fuzz.check_call('SELECT ipasn.hukuman_siasn($1)::text', s, ARRAY['22P02', '22023']);
		PERFORM fuzz.check_call('SELECT ipasn.pendidikan_siasn($1)::text', s, ARRAY['22P02', '22023']);
		PERFORM fuzz.check_call('SELECT ipasn.fungsional_dikecualikan($1)::text', s, ARRAY[]::text[]);
		PERFORM fuzz.check_call('SELECT ipasn.skor_kinerja($1::text)::text', s, ARRAY['22P02', '22023']);
		k := CASE WHEN random() < 0.7 THEN fuzz.ri(-3, 30) ELSE fuzz.ri(-2147483648, 2147483647) END;
		PERFORM fuzz.check_call('SELECT ipasn.jalur_siasn($1)::text', k, ARRAY['22023']);
		PERFORM fuzz.check_call('SELECT ipasn.diklatpim_siasn($1)::text', k, ARRAY['22023']);
		PERFORM fuzz.check_call('SELECT ipasn.predikat_siasn($1)::text', k, ARRAY['22023']);
	END LOOP;
	-- NULL in, NULL out (STRICT), never an error
	FOREACH fn IN ARRAY ARRAY['parse_jalur', 'parse_pendidikan', 'parse_jabatan',
		'parse_diklatpim', 'parse_hukuman'] LOOP
		EXECUTE format('SELECT ipasn.%I(NULL)::text', fn) INTO s;
		IF s IS NOT NULL THEN
			PERFORM fuzz.fail('parse ' || fn, 'NULL', 'PROP', 'NULL gave ' || s);
		END IF;
		EXECUTE format('SELECT ipasn.%I(NULL)::text', fn || '_or_null') INTO s;
		IF s IS NOT NULL THEN
			PERFORM fuzz.fail('parse ' || fn || '_or_null', 'NULL', 'PROP', 'NULL gave ' || s);
		END IF;
	END LOOP;
END $$;

-- ---------------------------------------------------------------------
-- jp, masalah, jp_explain, jp_total with random numerics and dates
-- ---------------------------------------------------------------------
CREATE FUNCTION fuzz.rnumeric() RETURNS numeric
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
	r float8 := random();
BEGIN
	IF r < 0.12 THEN
		RETURN NULL;
	ELSIF r < 0.45 THEN
		RETURN fuzz.pick(ARRAY['NaN', 'Infinity', '-Infinity', '0', '-0', '0.00', '-0.00', '0.000',
			'0.001', '-0.001', '1.500', '1.505', '1.5050000000000000000001', '1e-1000', '-1e-1000',
			'1e1000', '-1e1000', '1e131071', '2000', '2000.00', '2000.01', '1999.99', '366',
			'366.01', '365.99', '100', '100.5', '101', '20', '20.5', '21', '0.5', '0.01', '-1',
			'-0.01', '999999999999', '999999999999.99', '1000000000000', '1e12', '-1e12',
			'9223372036854775807', '9223372036854775808', '92233720368547758.07',
			'0.0000000000000000001', '12345678901234567890.12', '7', '8', '3', '4', '1', '2'])::numeric;
	ELSIF r < 0.75 THEN
		RETURN round((random() * 50)::numeric, fuzz.ri(0, 2)::int);
	ELSIF r < 0.9 THEN
		RETURN round(((random() - 0.2) * 3000)::numeric, fuzz.ri(0, 5)::int);
	ELSE
		RETURN (random() * 10 ^ fuzz.ri(-30, 30))::numeric;
	END IF;
END $$;

CREATE FUNCTION fuzz.rdate(near date) RETURNS date
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
	r float8 := random();
BEGIN
	IF r < 0.15 THEN
		RETURN NULL;
	ELSIF r < 0.25 THEN
		RETURN fuzz.pick(ARRAY['infinity', '-infinity', '4713-01-01 BC', '5874897-12-31',
			'5874897-12-01', '0001-01-01', '0001-12-31 BC', '1970-01-01', '2000-01-01',
			'2000-02-29', '2024-02-29', '9999-12-31'])::date;
	ELSIF near IS NOT NULL AND near > date '4713-12-31 BC' AND near < date '5874000-01-01' AND r < 0.75 THEN
		RETURN near + fuzz.ri(-2, 12)::int * (CASE WHEN random() < 0.1 THEN 40 ELSE 1 END);
	ELSE
		RETURN date '2023-01-01' + fuzz.ri(-800, 800)::int;
	END IF;
END $$;

CREATE TABLE fuzz.jp_case (
	id serial PRIMARY KEY,
	jalur ipasn.jalur,
	lingkup ipasn.lingkup,
	jumlah numeric,
	mulai date,
	selesai date,
	jp numeric,
	error text			-- SQLSTATE of jp, if it raised
);

-- one record: jp is a value >= 0 with two decimals, NULL, or 22023;
-- masalah never raises and is NULL exactly when jp gives a value;
-- jp_explain never raises and shows jp's value; jp_total of the record
-- alone gives jp's value or jp's error
CREATE FUNCTION fuzz.check_record(j ipasn.jalur, l ipasn.lingkup, q numeric, m date, s date)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	v numeric;
	ma text;
	ex jsonb;
	tot numeric;
	st text;
	msg text;
	err text;
	descr text := format('ipasn.jp(%L, %L, %L, %L, %L)', j, l, q, m, s);
BEGIN
	PERFORM fuzz.count('jp', 'cases');
	BEGIN
		v := ipasn.jp(j, l, q, m, s);
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
		err := st;
		IF st <> '22023' THEN
			PERFORM fuzz.fail('jp', descr, st, msg);
		END IF;
	END;
	PERFORM fuzz.count('jp', CASE WHEN err IS NOT NULL THEN 'raised ' || err
		WHEN v IS NULL THEN 'NULL' ELSE 'value' END);
	IF v IS NOT NULL AND (v < 0 OR scale(v) <> 2) THEN
		PERFORM fuzz.fail('jp', descr, 'PROP', 'jp gave ' || v);
	END IF;
	BEGIN
		ma := ipasn.masalah(j, l, q, m, s);
		IF (ma IS NULL) <> (v IS NOT NULL) THEN
			PERFORM fuzz.fail('masalah', descr, 'PROP',
				format('masalah %s while jp gave %s', coalesce(ma, 'NULL'), coalesce(v::text, err, 'NULL')));
		END IF;
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
		PERFORM fuzz.fail('masalah', descr, st, msg);
	END;
	BEGIN
		ex := ipasn.jp_explain(j, l, q, m, s);
		IF j IS NOT NULL AND l IS NOT NULL AND (ex->>'jp')::numeric IS DISTINCT FROM v THEN
			PERFORM fuzz.fail('jp_explain', descr, 'PROP',
				format('jp_explain says jp %s, jp gave %s', coalesce(ex->>'jp', 'null'), coalesce(v::text, err, 'NULL')));
		END IF;
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
		PERFORM fuzz.fail('jp_explain', descr, st, msg);
	END;
	BEGIN
		SELECT ipasn.jp_total(a, b, c, d, e) INTO tot FROM (VALUES (j, l, q, m, s)) t(a, b, c, d, e);
		IF err IS NOT NULL THEN
			PERFORM fuzz.fail('jp_total', descr, 'PROP', 'jp raised ' || err || ', jp_total gave ' || coalesce(tot::text, 'NULL'));
		ELSIF tot IS DISTINCT FROM v THEN
			PERFORM fuzz.fail('jp_total', descr, 'PROP', format('jp_total of the record alone %s, jp %s', coalesce(tot::text, 'NULL'), coalesce(v::text, 'NULL')));
		END IF;
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
		IF st IS DISTINCT FROM err THEN
			PERFORM fuzz.fail('jp_total', descr, st, 'jp gave ' || coalesce(v::text, err, 'NULL') || '; ' || msg);
		END IF;
	END;
	IF err IS NULL AND j IS NOT NULL AND l IS NOT NULL THEN
		INSERT INTO fuzz.jp_case (jalur, lingkup, jumlah, mulai, selesai, jp)
		VALUES (j, l, q, m, s, v);
	END IF;
END $$;

CREATE FUNCTION fuzz.jp_loop(n int) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	i int;
	m date;
BEGIN
	FOR i IN 1 .. n LOOP
		m := fuzz.rdate(NULL);
		PERFORM fuzz.check_record(
			CASE WHEN random() < 0.04 THEN NULL ELSE fuzz.rjalur() END,
			CASE WHEN random() < 0.04 THEN NULL ELSE fuzz.rlingkup() END,
			fuzz.rnumeric(), m, fuzz.rdate(m));
	END LOOP;
END $$;

-- the record corpus (test/fuzz/corpus/jp_records.txt)
CREATE TABLE fuzz.rec_corpus (id serial, line text);
CREATE FUNCTION fuzz.jp_corpus() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	f text[];
	c record;
BEGIN
	FOR c IN SELECT line FROM fuzz.rec_corpus ORDER BY id LOOP
		f := string_to_array(c.line, '|');
		PERFORM fuzz.check_record(nullif(trim(f[1]), '')::ipasn.jalur, nullif(trim(f[2]), '')::ipasn.lingkup,
			nullif(trim(f[3]), '')::numeric, nullif(trim(f[4]), '')::date, nullif(trim(f[5]), '')::date);
	END LOOP;
END $$;

-- jp_total over random groups of the accepted records equals jp_value of
-- jp_merge of jp_state_agg over random partitions (also through the text
-- form of the partial states); it is >= 0, at most the sum of the
-- per-record jp plus one hundredth per record (the +20% rounds once per
-- group instead of once per record), and NULL only when every jp is NULL.
CREATE FUNCTION fuzz.group_check(groups int) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	r record;
	st text;
	msg text;
BEGIN
	CREATE TEMP TABLE g AS
	SELECT c.*, fuzz.ri(1, groups) AS g, fuzz.ri(1, 5) AS part FROM fuzz.jp_case c;
	INSERT INTO g SELECT NULL, jalur, lingkup, jumlah, mulai, selesai,
		ipasn.jp(jalur, lingkup, jumlah, mulai, selesai), NULL, groups + g, part
	FROM fuzz.rec;
	FOR r IN
		WITH tot AS (
			SELECT g, ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) AS total,
				sum(jp) AS sum_jp, count(jp) AS n
			FROM g GROUP BY g
		), parts AS (
			SELECT g, part, ipasn.jp_state_agg(jalur, lingkup, jumlah, mulai, selesai) AS s
			FROM g GROUP BY g, part
		), merged AS (
			SELECT g, ipasn.jp_value(ipasn.jp_merge(s)) AS v,
				ipasn.jp_value(ipasn.jp_merge(s::text::ipasn.jp_state)) AS v_text
			FROM parts GROUP BY g
		)
		SELECT tot.*, merged.v, merged.v_text FROM tot JOIN merged USING (g)
	LOOP
		PERFORM fuzz.count('groups', 'groups');
		IF r.total IS DISTINCT FROM r.v OR r.total IS DISTINCT FROM r.v_text
		   OR (r.total IS NULL) <> (r.n = 0)
		   OR r.total < 0 OR r.total > r.sum_jp + 0.01 * r.n OR scale(r.total) <> 2 THEN
			PERFORM fuzz.fail('groups', 'group ' || r.g, 'PROP',
				format('jp_total %s, jp_value(jp_merge(partitions)) %s (via text %s), sum(jp) %s over %s records',
					r.total, r.v, r.v_text, r.sum_jp, r.n));
		END IF;
	END LOOP;
	-- as window aggregates (the state is updated in place and read by the
	-- final function at every row): a sliding frame of 3 rows equals the
	-- aggregate over those rows; the whole partition equals jp_total
	ALTER TABLE g ADD COLUMN rn serial;
	CREATE INDEX ON g (g, rn);
	ANALYZE g;
	FOR r IN
		WITH w AS (
			SELECT g, rn,
				ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai)
					OVER (PARTITION BY g ORDER BY rn ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS sliding,
				ipasn.jp_value(ipasn.jp_state_agg(jalur, lingkup, jumlah, mulai, selesai)
					OVER (PARTITION BY g ORDER BY rn ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) AS whole
			FROM g
		)
		SELECT w.*,
			(SELECT ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai)
			 FROM (SELECT * FROM g g2 WHERE g2.g = w.g AND g2.rn <= w.rn ORDER BY rn DESC LIMIT 3) x) AS expect,
			(SELECT ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) FROM g g3 WHERE g3.g = w.g) AS total
		FROM w
	LOOP
		PERFORM fuzz.count('groups', 'window rows');
		IF r.sliding IS DISTINCT FROM r.expect OR r.whole IS DISTINCT FROM r.total THEN
			PERFORM fuzz.fail('groups', 'group ' || r.g || ' row ' || r.rn, 'PROP',
				format('window: sliding %s expected %s; whole partition %s, jp_total %s',
					r.sliding, r.expect, r.whole, r.total));
		END IF;
	END LOOP;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
	PERFORM fuzz.fail('groups', NULL, st, msg);
END $$;

-- the states accepted by binary input (test/fuzz/mutate_binary.py)
CREATE TABLE fuzz.bin_in (s ipasn.jp_state);
CREATE TABLE fuzz.bin_rt (s ipasn.jp_state);

-- ---------------------------------------------------------------------
-- limits: constructed states at the size limits
-- ---------------------------------------------------------------------
CREATE FUNCTION fuzz.try_limit(descr text, sql text, ok_states text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	st text;
	msg text;
BEGIN
	PERFORM fuzz.count('limits', 'cases');
	BEGIN
		EXECUTE sql;
		PERFORM fuzz.count('limits', 'accepted');
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
		IF st = ANY (ok_states) THEN
			PERFORM fuzz.count('limits', 'rejected ' || st);
		ELSE
			PERFORM fuzz.fail('limits', descr || ': ' || sql, st, left(msg, 300));
		END IF;
	END;
END $$;

CREATE FUNCTION fuzz.limits() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
	-- more D/M characters than MAX_ENTRIES (10 000 000): refused before
	-- allocating
	PERFORM fuzz.try_limit('11M entry tags', $q$SELECT ('1|0|0|0|0|' || repeat('D', 11000000))::ipasn.jp_state$q$,
		ARRAY['22P02', '54000']);
	-- 150 000 entries of 366 days: 54.9M days to spread, refused when the
	-- text is read (a state is normalised on input since version 2), in
	-- either version
	PERFORM fuzz.try_limit('54.9M capped days (version 1)',
		$q$SELECT ipasn.jp_value(('1|0|150000|0|0' || repeat('|D,e_learning,nasional,0,0,366,300,0,100', 150000))::ipasn.jp_state)$q$,
		ARRAY['54000']);
	PERFORM fuzz.try_limit('54.9M capped days (version 2)',
		$q$SELECT ipasn.profil(('2|0|150000|0|0' || repeat('|D,e_learning,nasional,0,0,366,300,0,100', 150000))::ipasn.jp_state)$q$,
		ARRAY['54000']);
	-- totals at the text bound (PG_INT64_MAX / 4): combining overflows
	PERFORM fuzz.try_limit('combine at the total bound',
		$q$SELECT ipasn.jp_value(ipasn.jp_merge(s)) FROM (SELECT '1|2305843009213693951|2305843009213693951|0|0'::ipasn.jp_state s FROM generate_series(1, 5)) t$q$,
		ARRAY['22003']);
	-- largest entry values in many undated month entries: the sum overflows
	PERFORM fuzz.try_limit('sum of month entries',
		$q$SELECT ipasn.jp_value(('1|0|100000|0|0' || repeat('|M,coaching,internasional,0,-,100,100000000,0,1000000000', 100000))::ipasn.jp_state)$q$,
		ARRAY['22003']);
	-- the largest values the rule table allows must give states that the
	-- input functions take back (the rule change is rolled back; PL/pgSQL
	-- variables survive the rollback, so the outcome is recorded after it)
	DECLARE
		t text;
		x ipasn.jp_state;
		st text;
		msg text;
	BEGIN
		BEGIN
			UPDATE ipasn.aturan_jp SET batas_kegiatan_bulanan = 100, jp_per_satuan = 1000,
				tambahan_persen = 1000 WHERE jalur = 'coaching';
			UPDATE ipasn.aturan_jp SET batas_jp_harian = 9999.99, jp_per_satuan = 1000,
				tambahan_persen = 1000 WHERE jalur = 'e_learning';
			SELECT ipasn.jp_state_agg(j, l, 100, date '5874897-12-31' - d, NULL)::text INTO t
			FROM unnest(ARRAY['coaching', 'e_learning']::ipasn.jalur[]) j,
				unnest(enum_range(NULL::ipasn.lingkup)) l, (VALUES (0), (365)) v(d);
			BEGIN
				x := t::ipasn.jp_state;
				PERFORM ipasn.jp_value(x);
			EXCEPTION WHEN OTHERS THEN
				GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
			END;
			RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'roll back the rule change';
		EXCEPTION WHEN raise_exception THEN
			NULL;
		END;
		PERFORM fuzz.count('limits', 'cases');
		IF st IS NULL THEN
			PERFORM fuzz.count('limits', 'accepted');
		ELSE
			PERFORM fuzz.fail('limits', 'rule batas_kegiatan_bulanan = 100 etc.: ' || t, st, left(msg, 300));
		END IF;
	END;
	PERFORM fuzz.try_limit('sum of day entries with the largest bonus',
		$q$SELECT ipasn.jp_value(('1|0|100000|0|0' || repeat('|D,belajar_mandiri,internasional,0,-,1,100000000,1000,1000000000', 100000))::ipasn.jp_state)$q$,
		ARRAY['22003']);
END $$;
