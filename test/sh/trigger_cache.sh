#!/usr/bin/env bash
# trigger_cache: the per-trigger caches of ipasn.isi_jp and ipasn.ringkas_jp
# (cache.c's life cycle) free the entry of a dropped table or trigger at
# their next lookup, and an entry rebuilt after ALTER TABLE replaces the old
# one, whose SPI plans are freed at the end of the transaction: in one
# session, the entries attached under CacheMemoryContext and the saved plans
# (CachedPlanSource) are counted after each step, in autocommit.
#
# Run by `make test` against its throwaway cluster (PGHOST/PGPORT/PGUSER set).
set -eu
db=ipasn_trigger_cache
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
dropdb --if-exists "$db" >/dev/null 2>&1 || true
createdb "$db"
out=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION ipasn;
CREATE VIEW c AS SELECT
	(SELECT count(*) FROM pg_backend_memory_contexts
	  WHERE name = 'ipasn isi_jp trigger' AND parent = 'CacheMemoryContext') AS isi,
	(SELECT count(*) FROM pg_backend_memory_contexts
	  WHERE name = 'ipasn ringkas_jp trigger' AND parent = 'CacheMemoryContext') AS ringkas,
	(SELECT count(*) FROM pg_backend_memory_contexts
	  WHERE name = 'CachedPlanSource' AND parent = 'CacheMemoryContext') AS plans;
CREATE TABLE r1 (id int PRIMARY KEY, nip text, jalur text, lingkup text, jumlah numeric, mulai date, selesai date, jp numeric);
CREATE TABLE r2 (LIKE r1);
CREATE TRIGGER i1 BEFORE INSERT ON r1 FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan');
CREATE TRIGGER i2 BEFORE INSERT ON r2 FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan');
SELECT ipasn.buat_ringkasan('r1', 'r1_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan') IS NOT NULL;
SELECT ipasn.buat_ringkasan('r2', 'r2_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan') IS NOT NULL;
INSERT INTO r1 VALUES (1, 'P1', 'bimtek', 'nasional', 5, '2024-02-01', '2024-02-01');
INSERT INTO r2 VALUES (1, 'P1', 'bimtek', 'nasional', 5, '2024-02-01', '2024-02-01');
CREATE TEMP TABLE c0 AS SELECT * FROM c;
SELECT 'both fired', isi, ringkas FROM c;
DROP TABLE r1 CASCADE;
INSERT INTO r2 VALUES (2, 'P1', 'bimtek', 'nasional', 5, '2024-02-01', '2024-02-01');
SELECT 'r1 dropped', c.isi, c.ringkas, c0.plans - c.plans FROM c, c0;
ALTER TABLE r2 ADD COLUMN x integer;
INSERT INTO r2 VALUES (3, 'P1', 'bimtek', 'nasional', 5, '2024-02-01', '2024-02-01');
SELECT 'r2 altered', c.isi, c.ringkas, c0.plans - c.plans FROM c, c0;
SELECT jp FROM r2_jp;
SQL
)
expected='t
t
both fired|2|2
r1 dropped|1|1|4
r2 altered|1|1|4
15.00'
if [ "$out" != "$expected" ]; then
	echo "trigger_cache: expected"; echo "$expected"; echo "got"; echo "$out"
	exit 1
fi
echo "trigger_cache: dropped entries freed at the next lookup, replaced plans freed at the end of the transaction"
