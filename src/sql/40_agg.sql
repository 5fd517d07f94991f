
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

CREATE FUNCTION @extschema@.jp_kegiatan(state @extschema@.jp_state) RETURNS bigint
AS 'MODULE_PATHNAME', 'ipasn_jp_state_kegiatan'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_kegiatan(@extschema@.jp_state) IS
'Number of records in a state that gave a JP value';



