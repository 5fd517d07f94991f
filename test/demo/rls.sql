-- ipasn demo — row-level security for the reports: a unit's administrator
-- sees only that unit's employees (UU 27/2022 on personal data: NIP, names,
-- penalties and performance are seen by those who need them, no more).
--
--   psql -f test/demo/rls.sql      (after schema.sql, generate.sql, reports.sql)
--
-- The recipe, in three parts:
--  1. laporan.admin_unit says which role administers which unit(s); only the
--     data team (the owner of the schemas) changes it.
--  2. Row-level security on the SIMPEG tables: a unit administrator reads the
--     employees of their units and only those employees' records.  The
--     records' policy asks for the NIP through simpeg.pegawai, whose own
--     policy then applies, so the unit test is written once.
--  3. The report views are materialized views (PostgreSQL has no row-level
--     security on those) or views that run with their owner's rights: unit
--     administrators get none of them, but views in schema laporan_unit that
--     filter by the administrator's units (security_barrier, so that no
--     function of the caller sees a row before the filter).  The per-unit
--     report of every unit stays a data-team view: it holds no names, but a
--     small unit's counts can single a person out (doc/privacy.md; schema publik of publik.sql is what may be published).
-- Create one role per unit administrator (LOGIN, no other privileges), add
-- it to the group role ipasn_admin_unit, and a row to laporan.admin_unit.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;

DO $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ipasn_admin_unit') THEN
		CREATE ROLE ipasn_admin_unit NOLOGIN;
	END IF;
END $$;
COMMENT ON ROLE ipasn_admin_unit IS 'Unit administrators of the ipasn reports: see only their units'' employees (test/demo/rls.sql)';

-- 1. who administers which unit
DROP TABLE IF EXISTS laporan.admin_unit CASCADE;
CREATE TABLE laporan.admin_unit (
	peran name NOT NULL,
	unit_id integer NOT NULL REFERENCES simpeg.unit,
	PRIMARY KEY (peran, unit_id)
);
COMMENT ON TABLE laporan.admin_unit IS 'Which role administers which unit: the rows its unit administrators may see';
-- the administrator's own rows only: a role learns its units, not the others'
ALTER TABLE laporan.admin_unit ENABLE ROW LEVEL SECURITY;
CREATE POLICY sendiri ON laporan.admin_unit FOR SELECT TO ipasn_admin_unit USING (peran = current_user);
GRANT SELECT ON laporan.admin_unit TO ipasn_admin_unit;

-- 2. row-level security on the SIMPEG tables
GRANT USAGE ON SCHEMA simpeg, laporan TO ipasn_admin_unit;
GRANT SELECT ON simpeg.unit, simpeg.pegawai, simpeg.riwayat_diklat, simpeg.riwayat_diklatpim,
	simpeg.skp, simpeg.hukuman_disiplin TO ipasn_admin_unit;
ALTER TABLE simpeg.pegawai ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS unit_sendiri ON simpeg.pegawai;
CREATE POLICY unit_sendiri ON simpeg.pegawai FOR SELECT TO ipasn_admin_unit
	USING (unit_id IN (SELECT a.unit_id FROM laporan.admin_unit a));
DO $$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['riwayat_diklat', 'riwayat_diklatpim', 'skp', 'hukuman_disiplin'] LOOP
		EXECUTE format('ALTER TABLE simpeg.%I ENABLE ROW LEVEL SECURITY', t);
		EXECUTE format('DROP POLICY IF EXISTS pegawai_unit_sendiri ON simpeg.%I', t);
		-- the subquery reads simpeg.pegawai under its own policy
		EXECUTE format('CREATE POLICY pegawai_unit_sendiri ON simpeg.%I FOR SELECT TO ipasn_admin_unit
						USING (nip IN (SELECT p.nip FROM simpeg.pegawai p))', t);
	END LOOP;
END $$;

-- 3. the report views of one's own units
DROP SCHEMA IF EXISTS laporan_unit CASCADE;
CREATE SCHEMA laporan_unit;
COMMENT ON SCHEMA laporan_unit IS 'The ipasn reports as a unit administrator sees them: own units only (test/demo/rls.sql)';
GRANT USAGE ON SCHEMA laporan_unit TO ipasn_admin_unit;

CREATE VIEW laporan_unit.v_ip_asn_pegawai WITH (security_barrier) AS
SELECT v.* FROM laporan.v_ip_asn_pegawai v
 WHERE v.unit_id IN (SELECT a.unit_id FROM laporan.admin_unit a WHERE a.peran = current_user);
COMMENT ON VIEW laporan_unit.v_ip_asn_pegawai IS 'IP ASN per employee of the caller''s units (laporan.admin_unit)';

CREATE VIEW laporan_unit.v_jp_pegawai WITH (security_barrier) AS
SELECT j.* FROM laporan.v_jp_pegawai j
  JOIN simpeg.pegawai p ON p.nip = j.nip
 WHERE p.unit_id IN (SELECT a.unit_id FROM laporan.admin_unit a WHERE a.peran = current_user);
COMMENT ON VIEW laporan_unit.v_jp_pegawai IS 'JP per employee and year of the caller''s units';

CREATE VIEW laporan_unit.v_saran WITH (security_barrier) AS
SELECT s.* FROM laporan.v_saran s
 WHERE s.unit_id IN (SELECT a.unit_id FROM laporan.admin_unit a WHERE a.peran = current_user);
COMMENT ON VIEW laporan_unit.v_saran IS 'What each employee of the caller''s units can do next (ipasn.saran)';

CREATE VIEW laporan_unit.v_laporan_unit WITH (security_barrier) AS
SELECT l.* FROM laporan.v_laporan_unit l
 WHERE l.unit_id IN (SELECT a.unit_id FROM laporan.admin_unit a WHERE a.peran = current_user);
COMMENT ON VIEW laporan_unit.v_laporan_unit IS 'The per-unit report, rows of the caller''s units';

CREATE VIEW laporan_unit.v_catatan_bermasalah WITH (security_barrier) AS
SELECT c.* FROM laporan.v_catatan_bermasalah c
  JOIN simpeg.pegawai p ON p.nip = c.nip
 WHERE p.unit_id IN (SELECT a.unit_id FROM laporan.admin_unit a WHERE a.peran = current_user);
COMMENT ON VIEW laporan_unit.v_catatan_bermasalah IS 'Training records of the caller''s units that the reports leave out, to fix';

GRANT SELECT ON ALL TABLES IN SCHEMA laporan_unit TO ipasn_admin_unit;
-- the data team's views and materialized views stay closed to unit administrators
REVOKE ALL ON ALL TABLES IN SCHEMA laporan FROM ipasn_admin_unit;
GRANT SELECT ON laporan.admin_unit TO ipasn_admin_unit;
RESET client_min_messages;
