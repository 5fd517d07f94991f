-- ipasn shard test — the tables on each shard (run on both shards).
--
-- A shard is a plain PostgreSQL server with ipasn installed.  It holds its
-- part of the training records and penalties in ordinary tables; the
-- coordinator sees them as postgres_fdw foreign tables (koordinator.sql).
-- Columns are the typed values ipasn reads (enums, numeric, dates): the
-- cleaning of SIMPEG's text (test/demo/reports.sql, laporan.v_diklat) is done
-- once when the records are loaded, not in every report.
\set ON_ERROR_STOP 1
CREATE SCHEMA data;

-- Training records, distributed by employee (nip): all records of one
-- employee are on one shard.
CREATE TABLE data.diklat (
	id			bigint PRIMARY KEY,
	nip			varchar(18) NOT NULL,
	tahun		integer,				-- year of selesai (or mulai)
	jalur		ipasn.jalur,
	lingkup		ipasn.lingkup,
	jumlah		numeric,
	mulai		date,
	selesai		date,
	masalah		text					-- NULL = a record the reports use
);
CREATE INDEX ON data.diklat (nip);

-- The same records distributed by record id: one employee's records lie on
-- both shards (the layout of the state-merging pattern).
CREATE TABLE data.diklat_id (LIKE data.diklat INCLUDING ALL);

-- Disciplinary penalties, distributed by employee.
CREATE TABLE data.hukuman (
	nip			varchar(18) NOT NULL,
	hukuman		ipasn.hukuman,
	tanggal_sk	date
);
CREATE INDEX ON data.hukuman (nip);
