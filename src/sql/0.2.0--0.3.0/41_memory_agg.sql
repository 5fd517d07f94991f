
-- section: aggregates, update part.  jp_state version 2 (days and months
-- combined) needs no catalog change: the same functions read version 1 and
-- write version 2.  The aggregates over jp_state get the planner's estimate
-- of their state size (SSPACE), which only CREATE OR REPLACE AGGREGATE can
-- set (the users' views depend on them: they cannot be dropped).
-- PostgreSQL refuses to replace an object that is not a member of the
-- extension (CVE-2022-2625), so OR REPLACE takes over nothing here.  The
-- definitions are those of 40_agg.sql and 60_profil.sql.
CREATE OR REPLACE AGGREGATE @extschema@.jp_total(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
	jumlah numeric, mulai date, selesai date) (
	SFUNC = @extschema@.jp_state_add,
	STYPE = @extschema@.jp_state,
	SSPACE = 256,
	FINALFUNC = @extschema@.jp_value,
	COMBINEFUNC = @extschema@.jp_state_combine,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.jp_state_agg(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
	jumlah numeric, mulai date, selesai date) (
	SFUNC = @extschema@.jp_state_add,
	STYPE = @extschema@.jp_state,
	SSPACE = 256,
	FINALFUNC = @extschema@.jp_state_compact,
	COMBINEFUNC = @extschema@.jp_state_combine,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.jp_merge(@extschema@.jp_state) (
	SFUNC = @extschema@.jp_state_combine,
	STYPE = @extschema@.jp_state,
	SSPACE = 256,
	FINALFUNC = @extschema@.jp_state_compact,
	COMBINEFUNC = @extschema@.jp_state_combine,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.profil_bangkom(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
	jumlah numeric, mulai date, selesai date, as_of date) (
	SFUNC = @extschema@.profil_add,
	STYPE = @extschema@.jp_state,
	SSPACE = 256,
	FINALFUNC = @extschema@.profil,
	COMBINEFUNC = @extschema@.jp_state_combine,
	PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.profil_state_agg(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
	jumlah numeric, mulai date, selesai date, as_of date) (
	SFUNC = @extschema@.profil_add,
	STYPE = @extschema@.jp_state,
	SSPACE = 256,
	FINALFUNC = @extschema@.jp_state_compact,
	COMBINEFUNC = @extschema@.jp_state_combine,
	PARALLEL = SAFE
);

COMMENT ON TYPE @extschema@.jp_state IS
'Partial state of the JP aggregates: the sum of uncapped JP and, for the capped jalur, what each day (sum, at most the cap) or month (the activities worth most) holds, so it grows with the days and months covered, not the records. Storable, mergeable with ipasn.jp_merge, read with ipasn.jp_value';
COMMENT ON FUNCTION @extschema@.jp_state_out(@extschema@.jp_state) IS
'Text output of ipasn.jp_state: 2|fixed_h|kegiatan|fixed_teknis_h|flags then the capped days (|D,... runs of days) and months (|M,...), combined and in a canonical order';
COMMENT ON FUNCTION @extschema@.jp_state_compact(@extschema@.jp_state) IS
'The state normalised (each capped day and month combined) without spare room, for storing; final function of ipasn.jp_state_agg and ipasn.jp_merge';
COMMENT ON AGGREGATE @extschema@.profil_bangkom(@extschema@.jalur, @extschema@.lingkup, numeric, date, date, date) IS
'Competency-development profile of an employee at as_of, the inputs of the IP ASN kompetensi dimension (PermenPANRB 38/2018): JP in the 1-year window with the caps across records, JP toward the 20-JP component, seminar component in the 2-year window, any diklat fungsional, records that gave JP; a record without a JP amount still counts as attendance for the seminar and fungsional components; windows and mapping from the rule set of ipasn.aturan';
