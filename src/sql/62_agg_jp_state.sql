
-- section: the aggregates over jp_state (jp_total, jp_state_agg, jp_merge,
-- profil_bangkom, profil_state_agg) and the comments of 0.3.0 on the state.
-- Written once for the install script and the update from 0.2.0 (a link in
-- 0.2.0--0.3.0/): CREATE OR REPLACE AGGREGATE is the only way to set the
-- planner's estimate of their state size (SSPACE) on an existing
-- installation, where users' views depend on them and they cannot be
-- dropped.  PostgreSQL refuses to replace an object that is not a member
-- of the extension (CVE-2022-2625), so OR REPLACE takes over nothing.
-- jp_state version 2 (days and months combined) needs no other catalog
-- change: the same functions read version 1 and write version 2.
COMMENT ON TYPE @extschema@.jp_state IS
'Partial state of the JP aggregates: the sum of uncapped JP and, for the capped jalur, what each day (sum, at most the cap) or month (the activities worth most) holds, so it grows with the days and months covered, not the records. Storable, mergeable with ipasn.jp_merge, read with ipasn.jp_value';

COMMENT ON FUNCTION @extschema@.jp_state_out(@extschema@.jp_state) IS
'Text output of ipasn.jp_state: 2|fixed_h|kegiatan|fixed_teknis_h|flags then the capped days (|D,... runs of days) and months (|M,...), combined and in a canonical order';

COMMENT ON FUNCTION @extschema@.jp_state_compact(@extschema@.jp_state) IS
'The state normalised (each capped day and month combined) without spare room, for storing; final function of ipasn.jp_state_agg and ipasn.jp_merge';

CREATE OR REPLACE AGGREGATE @extschema@.jp_total(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
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

CREATE OR REPLACE AGGREGATE @extschema@.jp_state_agg(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
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

CREATE OR REPLACE AGGREGATE @extschema@.jp_merge(@extschema@.jp_state) (
	SFUNC = @extschema@.jp_state_combine,
	STYPE = @extschema@.jp_state,
	SSPACE = 256,
	FINALFUNC = @extschema@.jp_state_compact,
	COMBINEFUNC = @extschema@.jp_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.jp_merge(@extschema@.jp_state) IS
'Merges JP states (from ipasn.jp_state_agg, a summary table or another server) into one';

CREATE OR REPLACE AGGREGATE @extschema@.profil_bangkom(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
	jumlah numeric, mulai date, selesai date, as_of date) (
	SFUNC = @extschema@.profil_add,
	STYPE = @extschema@.jp_state,
	SSPACE = 256,
	FINALFUNC = @extschema@.profil,
	COMBINEFUNC = @extschema@.jp_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.profil_bangkom(@extschema@.jalur, @extschema@.lingkup, numeric, date, date, date) IS
'Competency-development profile of an employee at as_of, the inputs of the IP ASN kompetensi dimension (PermenPANRB 38/2018): JP in the 1-year window with the caps across records, JP toward the 20-JP component, seminar component in the 2-year window, any diklat fungsional, records that gave JP; a record without a JP amount still counts as attendance for the seminar and fungsional components; windows and mapping from the rule set of ipasn.aturan';

CREATE OR REPLACE AGGREGATE @extschema@.profil_state_agg(jalur @extschema@.jalur, lingkup @extschema@.lingkup,
	jumlah numeric, mulai date, selesai date, as_of date) (
	SFUNC = @extschema@.profil_add,
	STYPE = @extschema@.jp_state,
	SSPACE = 256,
	FINALFUNC = @extschema@.jp_state_compact,
	COMBINEFUNC = @extschema@.jp_state_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.profil_state_agg(@extschema@.jalur, @extschema@.lingkup, numeric, date, date, date) IS
'The partial state of ipasn.profil_bangkom, to store or merge with ipasn.jp_merge and read with ipasn.profil';
