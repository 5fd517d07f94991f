
-- section: aggregates

CREATE TYPE @extschema@.jp_state;

CREATE FUNCTION @extschema@.jp_state_in(cstring) RETURNS @extschema@.jp_state
AS 'MODULE_PATHNAME', 'ipasn_jp_state_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_state_in(cstring) IS
'Text input of ipasn.jp_state; validates every field (22P02 on malformed text)';

CREATE FUNCTION @extschema@.jp_state_out(@extschema@.jp_state) RETURNS cstring
AS 'MODULE_PATHNAME', 'ipasn_jp_state_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_state_out(@extschema@.jp_state) IS
'Text output of ipasn.jp_state: 2|fixed_h|kegiatan|fixed_teknis_h|flags then the capped days (|D,... runs of days) and months (|M,...), combined and in a canonical order';

CREATE FUNCTION @extschema@.jp_state_recv(internal) RETURNS @extschema@.jp_state
AS 'MODULE_PATHNAME', 'ipasn_jp_state_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_state_recv(internal) IS
'Binary input of ipasn.jp_state; validates every field';

CREATE FUNCTION @extschema@.jp_state_send(@extschema@.jp_state) RETURNS bytea
AS 'MODULE_PATHNAME', 'ipasn_jp_state_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_state_send(@extschema@.jp_state) IS
'Binary output of ipasn.jp_state';

CREATE TYPE @extschema@.jp_state (
	INPUT = @extschema@.jp_state_in,
	OUTPUT = @extschema@.jp_state_out,
	RECEIVE = @extschema@.jp_state_recv,
	SEND = @extschema@.jp_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.jp_state IS
'Partial state of the JP aggregates: the sum of uncapped JP and, for the capped jalur, what each day (sum, at most the cap) or month (the activities worth most) holds, so it grows with the days and months covered, not the records. Storable, mergeable with ipasn.jp_merge, read with ipasn.jp_value';

CREATE FUNCTION @extschema@.jp_state_add(state @extschema@.jp_state,
	jalur @extschema@.jalur, lingkup @extschema@.lingkup, jumlah numeric,
	mulai date, selesai date)
RETURNS @extschema@.jp_state
AS 'MODULE_PATHNAME', 'ipasn_jp_state_add'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_state_add(@extschema@.jp_state, @extschema@.jalur, @extschema@.lingkup, numeric, date, date) IS
'Transition function of ipasn.jp_total and ipasn.jp_state_agg: adds one record (converted by the rule in force on its mulai) to a state';

CREATE FUNCTION @extschema@.jp_state_combine(a @extschema@.jp_state, b @extschema@.jp_state)
RETURNS @extschema@.jp_state
AS 'MODULE_PATHNAME', 'ipasn_jp_state_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_state_combine(@extschema@.jp_state, @extschema@.jp_state) IS
'Merges two JP states (NULL is the empty state): combine function of the JP aggregates and transition function of ipasn.jp_merge';

CREATE FUNCTION @extschema@.jp_value(state @extschema@.jp_state) RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_jp_value'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_value(@extschema@.jp_state) IS
'JP of the records in a state, with the per-day and per-month caps applied across records (Peraturan LAN 10/2018, Lampiran); final function of ipasn.jp_total';

CREATE FUNCTION @extschema@.jp_state_compact(state @extschema@.jp_state) RETURNS @extschema@.jp_state
AS 'MODULE_PATHNAME', 'ipasn_jp_state_compact'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_state_compact(@extschema@.jp_state) IS
'The state normalised (each capped day and month combined) without spare room, for storing; final function of ipasn.jp_state_agg and ipasn.jp_merge';

CREATE FUNCTION @extschema@.jp_kegiatan(state @extschema@.jp_state) RETURNS bigint
AS 'MODULE_PATHNAME', 'ipasn_jp_state_kegiatan'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_kegiatan(@extschema@.jp_state) IS
'Number of records in a state that gave a JP value';

CREATE AGGREGATE @extschema@.jp_total(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
	jumlah numeric, mulai date, selesai date) (
	SFUNC = @extschema@.jp_state_add,
	STYPE = @extschema@.jp_state,
	SSPACE = 256,
	FINALFUNC = @extschema@.jp_value,
	COMBINEFUNC = @extschema@.jp_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.jp_total(@extschema@.jalur, @extschema@.lingkup, numeric, date, date) IS
'JP of a person''s records with the caps across records of Peraturan LAN 10/2018, Lampiran (coaching/mentoring/bimbingan at most 2 a month, e-learning 3 (4) JP a day, belajar mandiri and komunitas belajar 2 JP a day); NULL over no rows or rows that all give NULL';

CREATE AGGREGATE @extschema@.jp_state_agg(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
	jumlah numeric, mulai date, selesai date) (
	SFUNC = @extschema@.jp_state_add,
	STYPE = @extschema@.jp_state,
	SSPACE = 256,
	FINALFUNC = @extschema@.jp_state_compact,
	COMBINEFUNC = @extschema@.jp_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.jp_state_agg(@extschema@.jalur, @extschema@.lingkup, numeric, date, date) IS
'The partial state of ipasn.jp_total over the rows, to store or merge later: jp_total(x) = jp_value(jp_merge(jp_state_agg(x) over any partition of x))';

CREATE AGGREGATE @extschema@.jp_merge(@extschema@.jp_state) (
	SFUNC = @extschema@.jp_state_combine,
	STYPE = @extschema@.jp_state,
	SSPACE = 256,
	FINALFUNC = @extschema@.jp_state_compact,
	COMBINEFUNC = @extschema@.jp_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.jp_merge(@extschema@.jp_state) IS
'Merges JP states (from ipasn.jp_state_agg, a summary table or another server) into one';
