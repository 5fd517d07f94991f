
-- section: profil (the competency history behind the IP ASN kompetensi dimension)

CREATE TYPE @extschema@.bangkom AS (
	jp numeric,
	jp_teknis numeric,
	seminar boolean,
	fungsional boolean,
	kegiatan bigint
);
COMMENT ON TYPE @extschema@.bangkom IS
'Competency-development profile of one employee at an as_of date: jp (all JP in the JP window, capped), jp_teknis (JP counting toward the 20-JP component), seminar (seminar component met in its window), fungsional (a diklat fungsional ever), kegiatan (records in the JP window that gave a JP value)';

CREATE FUNCTION @extschema@.profil_add(state @extschema@.jp_state,
	jalur @extschema@.jalur, lingkup @extschema@.lingkup, jumlah numeric,
	mulai date, selesai date, as_of date)
RETURNS @extschema@.jp_state
AS 'MODULE_PATHNAME', 'ipasn_profil_add'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.profil_add(@extschema@.jp_state, @extschema@.jalur, @extschema@.lingkup, numeric, date, date, date) IS
'Transition function of ipasn.profil_bangkom: adds a record to the state when it lies in the JP window ending on as_of, and notes the seminar and fungsional components (rule set of the setting ipasn.aturan)';

CREATE FUNCTION @extschema@.profil(state @extschema@.jp_state) RETURNS @extschema@.bangkom
AS 'MODULE_PATHNAME', 'ipasn_profil_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.profil(@extschema@.jp_state) IS
'The ipasn.bangkom profile of a state built by ipasn.profil_bangkom (or ipasn.profil_state_agg / ipasn.jp_merge of such states); final function of ipasn.profil_bangkom';



CREATE FUNCTION @extschema@.hukuman_add(state @extschema@.hukuman, hukuman @extschema@.hukuman,
	tanggal date, as_of date)
RETURNS @extschema@.hukuman
AS 'MODULE_PATHNAME', 'ipasn_hukuman_add'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.hukuman_add(@extschema@.hukuman, @extschema@.hukuman, date, date) IS
'Transition function of ipasn.hukuman_terberat: keeps the heavier penalty when the decision date lies in the window ending on as_of (5 years by default, rule set of ipasn.aturan)';

CREATE FUNCTION @extschema@.hukuman_max(a @extschema@.hukuman, b @extschema@.hukuman)
RETURNS @extschema@.hukuman
AS 'MODULE_PATHNAME', 'ipasn_hukuman_max'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.hukuman_max(@extschema@.hukuman, @extschema@.hukuman) IS
'The heavier of two penalties (NULL = none); combine function of ipasn.hukuman_terberat';

CREATE AGGREGATE @extschema@.hukuman_terberat(hukuman @extschema@.hukuman, tanggal date, as_of date) (
	SFUNC = @extschema@.hukuman_add,
	STYPE = @extschema@.hukuman,
	COMBINEFUNC = @extschema@.hukuman_max,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.hukuman_terberat(@extschema@.hukuman, date, date) IS
'Heaviest disciplinary penalty (PP 94/2021) decided in the window ending on as_of (the 5 years up to as_of: after as_of minus 5 years, up to as_of inclusive); NULL if none. Penalties without a decision date are in no window';
