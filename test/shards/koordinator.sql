-- ipasn shard test — the coordinator: postgres_fdw servers and the sharded
-- tables (the recipe of test/shards/README.md, step by step).
--
--   psql -v host=127.0.0.1 -v port1=5433 -v port2=5434 -v db=ipasn -f koordinator.sql
--
-- Needs ipasn on this server and on both shards (same version), and
-- test/shards/shard.sql run on both shards.
\set ON_ERROR_STOP 1

-- 1. postgres_fdw, and one foreign server per shard.  'extensions' lists the
--    extensions whose functions, operators and aggregates postgres_fdw may
--    send to the shard (only IMMUTABLE ones; see README.md); async_capable
--    lets one query scan both shards at the same time; fetch_size and
--    batch_size move rows in bigger batches than the defaults (100 and 1).
CREATE EXTENSION postgres_fdw;
CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw
	OPTIONS (host :'host', port :'port1', dbname :'db', extensions 'ipasn',
			 async_capable 'true', use_remote_estimate 'true',
			 fetch_size '10000', batch_size '1000');
CREATE SERVER shard2 FOREIGN DATA WRAPPER postgres_fdw
	OPTIONS (host :'host', port :'port2', dbname :'db', extensions 'ipasn',
			 async_capable 'true', use_remote_estimate 'true',
			 fetch_size '10000', batch_size '1000');

-- 2. Who the coordinator is on each shard (here the test clusters' superuser;
--    in production a role with SELECT/INSERT on the shard tables and a
--    password).
CREATE USER MAPPING FOR CURRENT_USER SERVER shard1 OPTIONS (user :'user');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard2 OPTIONS (user :'user');

-- 3. The sharded tables: partitioned by hash of the employee, each partition
--    a foreign table on one shard.
CREATE SCHEMA shard;
CREATE TABLE shard.diklat (
	id			bigint NOT NULL,
	nip			varchar(18) NOT NULL,
	tahun		integer,
	jalur		ipasn.jalur,
	lingkup		ipasn.lingkup,
	jumlah		numeric,
	mulai		date,
	selesai		date,
	masalah		text
) PARTITION BY HASH (nip);
CREATE FOREIGN TABLE shard.diklat_0 PARTITION OF shard.diklat
	FOR VALUES WITH (MODULUS 2, REMAINDER 0)
	SERVER shard1 OPTIONS (schema_name 'data', table_name 'diklat');
CREATE FOREIGN TABLE shard.diklat_1 PARTITION OF shard.diklat
	FOR VALUES WITH (MODULUS 2, REMAINDER 1)
	SERVER shard2 OPTIONS (schema_name 'data', table_name 'diklat');

CREATE TABLE shard.hukuman (
	nip			varchar(18) NOT NULL,
	hukuman		ipasn.hukuman,
	tanggal_sk	date
) PARTITION BY HASH (nip);
CREATE FOREIGN TABLE shard.hukuman_0 PARTITION OF shard.hukuman
	FOR VALUES WITH (MODULUS 2, REMAINDER 0)
	SERVER shard1 OPTIONS (schema_name 'data', table_name 'hukuman');
CREATE FOREIGN TABLE shard.hukuman_1 PARTITION OF shard.hukuman
	FOR VALUES WITH (MODULUS 2, REMAINDER 1)
	SERVER shard2 OPTIONS (schema_name 'data', table_name 'hukuman');

-- The same training records distributed by record id instead: an
-- employee's records are on both shards (README.md, "state merging").
CREATE TABLE shard.diklat_id (LIKE shard.diklat) PARTITION BY HASH (id);
CREATE FOREIGN TABLE shard.diklat_id_0 PARTITION OF shard.diklat_id
	FOR VALUES WITH (MODULUS 2, REMAINDER 0)
	SERVER shard1 OPTIONS (schema_name 'data', table_name 'diklat_id');
CREATE FOREIGN TABLE shard.diklat_id_1 PARTITION OF shard.diklat_id
	FOR VALUES WITH (MODULUS 2, REMAINDER 1)
	SERVER shard2 OPTIONS (schema_name 'data', table_name 'diklat_id');

-- 4. Let the planner aggregate per partition (off by default): a GROUP BY
--    that contains the partition key then runs whole on each shard.
ALTER DATABASE :"db" SET enable_partitionwise_aggregate = on;
