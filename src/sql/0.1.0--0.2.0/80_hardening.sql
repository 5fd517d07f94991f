
-- section: hardening
-- ipasn._ringkas_jp_sql names its one operator with its schema
-- (OPERATOR(pg_catalog.+)): created so in 70_jumlah_dalam.sql.

