-- ipasn shard test — load the demo's sample (test/demo) into the sharded
-- tables, and keep a plain local copy on the coordinator: the single-server
-- reference the sharded results are compared with.
--
-- Needs test/demo/schema.sql, generate.sql and reports.sql run on the
-- coordinator, and koordinator.sql.
\set ON_ERROR_STOP 1
REFRESH MATERIALIZED VIEW laporan.v_diklat;

-- the single-server copy: the records as laporan.v_diklat reads them
CREATE SCHEMA lokal;
CREATE TABLE lokal.diklat AS
SELECT id, nip::varchar(18) AS nip, tahun, jalur, lingkup, jumlah,
	   tgl_mulai AS mulai, tgl_selesai AS selesai, masalah
FROM laporan.v_diklat;
CREATE TABLE lokal.hukuman AS
SELECT nip::varchar(18) AS nip, ipasn.parse_hukuman_or_null(jenis) AS hukuman, tanggal_sk
FROM simpeg.hukuman_disiplin;
CREATE INDEX ON lokal.diklat (nip);
CREATE INDEX ON lokal.hukuman (nip);
ANALYZE lokal.diklat, lokal.hukuman;

-- through the partitioned tables: postgres_fdw routes each row to its shard
INSERT INTO shard.diklat SELECT * FROM lokal.diklat;
INSERT INTO shard.diklat_id SELECT * FROM lokal.diklat;
INSERT INTO shard.hukuman SELECT * FROM lokal.hukuman;
ANALYZE shard.diklat, shard.diklat_id, shard.hukuman;
