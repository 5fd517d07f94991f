-- cache: the per-backend caches (src/cache.c) are built at their first use,
-- marked invalid only by a change to what they were built from, and built
-- again at the next use; the cache they replace is retired into the
-- transaction (a child of TopTransactionContext until it ends), so the
-- retired contexts of a transaction show which caches were rebuilt in it.
CREATE VIEW pg_temp.diganti AS
SELECT ident, count(*) AS kali
FROM pg_catalog.pg_backend_memory_contexts
WHERE parent = 'TopTransactionContext' AND ident LIKE 'ipasn %'
GROUP BY ident ORDER BY ident;

BEGIN;
-- first use: the schema, the enum types jalur and lingkup, the JP rules, the
-- IP ASN rule set and the vocabulary are built; nothing is replaced.
-- Peraturan LAN 10/2018, Lampiran: seminar nasional 4 JP a day, 2 days = 8.00;
-- PermenPANRB 38/2018: predicate baik 25
SELECT ipasn.jp('seminar', 'nasional', 2) AS jp, ipasn.skor_kinerja('baik') AS kinerja,
       ipasn.teks_jalur('Bimtek') AS bimtek;
SELECT * FROM pg_temp.diganti;

-- another enum type, another table: no ipasn cache is rebuilt (the enum
-- cache is invalidated by its own pg_type and pg_enum rows only)
CREATE TYPE pg_temp.lain AS ENUM ('a');
ALTER TYPE pg_temp.lain ADD VALUE 'b';
ALTER TYPE pg_temp.lain RENAME VALUE 'a' TO 'c';
CREATE TABLE pg_temp.meja (x int);
SELECT ipasn.jp('seminar', 'nasional', 2) AS jp, ipasn.skor_kinerja('baik') AS kinerja,
       ipasn.teks_jalur('Bimtek') AS bimtek;
SELECT * FROM pg_temp.diganti;

-- a label of jalur renamed and renamed back: the jalur cache (only) is
-- rebuilt at its next use
ALTER TYPE ipasn.jalur RENAME VALUE 'magang' TO 'magang_x';
ALTER TYPE ipasn.jalur RENAME VALUE 'magang_x' TO 'magang';
SELECT ipasn.jp('seminar', 'nasional', 2) AS jp, ipasn.skor_kinerja('baik') AS kinerja,
       ipasn.teks_jalur('Bimtek') AS bimtek;
SELECT * FROM pg_temp.diganti;

-- a statement on a rule table (even one that changes no row) rebuilds the
-- rules; one on the vocabulary rebuilds the vocabulary
UPDATE ipasn.aturan_kinerja SET skor = skor WHERE false;
DELETE FROM ipasn.sinonim WHERE false;
SELECT ipasn.jp('seminar', 'nasional', 2) AS jp, ipasn.skor_kinerja('baik') AS kinerja,
       ipasn.teks_jalur('Bimtek') AS bimtek;
SELECT * FROM pg_temp.diganti;
COMMIT;

-- the retired caches are freed with the transaction
SELECT * FROM pg_temp.diganti;
