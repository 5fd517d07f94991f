
-- section: isi_jp: its arguments, the hours declaration checked at CREATE TRIGGER
COMMENT ON FUNCTION @extschema@.isi_jp() IS
'Trigger BEFORE INSERT OR UPDATE FOR EACH ROW with the column names jalur, lingkup, jumlah, mulai, selesai and jp, then jumlah_dalam, then optionally a problem column: sets the jp column to ipasn.jp() of the other five. jumlah_dalam (no default) says what the jumlah column holds: ''jam'' (hours, as SIASN and most SIMPEG tables store them, read through ipasn.jumlah_jam) or ''satuan'' (the amount in each jalur''s unit of Peraturan LAN 10/2018, Lampiran). jalur/lingkup may be the ipasn enums or text (read through ipasn.sinonim and the parsers), jumlah numeric, an integer type or text, mulai/selesai date or timestamp; jp numeric with at least two decimals. Bad data aborts the statement; with the problem column (text), a row that gives no JP is stored with jp NULL and the reason there instead';

-- An isi_jp trigger without jumlah_dalam (six arguments) or a ringkas_jp
-- trigger without it (seven), or with a value other than 'jam' or
-- 'satuan', is refused when it is created (22023, the error of its first
-- firing): a table of hours read in each jalur's unit gives 32 JP for a
-- 1-day seminar of 8 hours instead of 4 (Peraturan LAN 10/2018, Lampiran).
-- The triggers refuse it at their first firing too (event triggers do not
-- fire in single-user mode or with session_replication_role = replica).
CREATE FUNCTION @extschema@._periksa_pemicu() RETURNS event_trigger
AS 'MODULE_PATHNAME', 'ipasn_periksa_pemicu'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@._periksa_pemicu() IS
'Internal: event trigger function (ddl_command_end, CREATE TRIGGER) that refuses an ipasn.isi_jp or ipasn.ringkas_jp trigger whose jumlah_dalam is missing or is neither ''jam'' nor ''satuan'' (22023)';

CREATE EVENT TRIGGER ipasn_periksa_pemicu ON ddl_command_end
	WHEN TAG IN ('CREATE TRIGGER')
	EXECUTE FUNCTION @extschema@._periksa_pemicu();
COMMENT ON EVENT TRIGGER ipasn_periksa_pemicu IS
'ipasn: refuses at CREATE TRIGGER an isi_jp or ringkas_jp trigger without a valid jumlah_dalam (''jam'' or ''satuan''), which has no default';
