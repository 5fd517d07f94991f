-- setup: create the extension once for every regression test that follows
SET client_min_messages = warning;
CREATE EXTENSION ipasn;
RESET client_min_messages;
-- the shipped rule table holds Peraturan LAN 10/2018, Lampiran's 26 jalur x 2 lingkup rows
SELECT count(*) AS aturan, count(DISTINCT jalur) AS jalur FROM ipasn.aturan_jp WHERE bawaan;
