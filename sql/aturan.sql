-- Rules are data (README: Rule tables): ipasn.aturan_jp drives the conversion, a changed row
-- changes the result on the same connection, and only the owner may write it.
SET search_path = ipasn, public;
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- the built-in rows are the table of Peraturan LAN 10/2018, Lampiran
SELECT jalur, lingkup, satuan, jp_per_satuan, tambahan_persen, batas_jp_harian, batas_kegiatan_bulanan
FROM aturan_jp WHERE bawaan AND (jalur IN ('seminar', 'coaching', 'e_learning', 'belajar_mandiri', 'bimbingan_di_tempat_kerja'))
ORDER BY jalur, lingkup;

-- warm the cache, then change the rules on the same connection
SELECT jp('seminar', 'nasional', 1, '2025-02-03') AS "4.00 (built-in)";
-- a new regulation from 2025: seminar nasional 5 JP a day (an agency row, new period)
INSERT INTO aturan_jp (jalur, lingkup, berlaku_mulai, satuan, jp_per_satuan, keterangan)
VALUES ('seminar', 'nasional', '2025-01-01', 'hari', 5, 'Peraturan daerah fiktif 2025');
-- a record is converted by the rule in force on its mulai
SELECT jp('seminar', 'nasional', 1, '2025-02-03') AS "5.00 (from 2025)",
       jp('seminar', 'nasional', 1, '2024-12-31') AS "4.00 (before 2025)",
       jp('seminar', 'nasional', 1, '2024-12-31', '2025-01-02') AS "4.00 (mulai decides)",
       jp('seminar', 'nasional', 1, NULL, '2025-01-02') AS "5.00 (only selesai)",
       jp('seminar', 'nasional', 1) AS "5.00 (no date: latest rule)";
SELECT jp_explain('seminar', 'nasional', 1, '2025-02-03') -> 'aturan' ->> 'berlaku_mulai' AS rule_used;
-- an agency row for the same period as a built-in row wins over it
INSERT INTO aturan_jp (jalur, lingkup, satuan, jp_per_satuan, tambahan_persen, batas_kegiatan_bulanan, keterangan)
VALUES ('coaching', 'nasional', 'kegiatan', 3, 0, 4, 'koreksi instansi');
SELECT jp('coaching', 'nasional', 5, '2024-03-01') AS "12.00 (3 JP each, 4 a month)";
UPDATE aturan_jp SET batas_kegiatan_bulanan = 1 WHERE jalur = 'coaching' AND NOT bawaan;
SELECT jp('coaching', 'nasional', 5, '2024-03-01') AS "3.00 (after UPDATE)";
SELECT jp_total(j, 'nasional', 1, d, NULL) AS "6.00 (1 a month counted, 2 months)"
FROM (VALUES ('coaching'::jalur, '2024-03-01'::date), ('coaching', '2024-03-02'), ('coaching', '2024-04-01')) v(j, d);
DELETE FROM aturan_jp WHERE NOT bawaan;
SELECT jp('coaching', 'nasional', 5, '2024-03-01') AS "4.00 (back to built-in)",
       jp('seminar', 'nasional', 1, '2025-02-03') AS "4.00";
-- satuan() follows the table too
BEGIN;
INSERT INTO aturan_jp (jalur, lingkup, berlaku_mulai, satuan, jp_per_satuan)
VALUES ('outbound', 'nasional', '2026-01-01', 'hari', 8);
SELECT satuan('outbound') AS "hari", jp('outbound', 'nasional', 2, '2026-03-01') AS "16.00";
ROLLBACK;
SELECT satuan('outbound') AS "jp (after rollback)", jp('outbound', 'nasional', 2, '2026-03-01') AS "2.00";

-- no rule in force on the date: 22023 naming the jalur, lingkup and date
BEGIN;
DELETE FROM aturan_jp WHERE jalur = 'outbound' AND lingkup = 'nasional';
INSERT INTO aturan_jp (jalur, lingkup, berlaku_mulai, satuan, jp_per_satuan)
VALUES ('outbound', 'nasional', '2025-01-01', 'jp', 1);
SELECT pg_temp.err($$SELECT ipasn.jp('outbound', 'nasional', 2, '2024-06-01')$$);
SELECT masalah('outbound', 'nasional', 2, '2024-06-01');
ROLLBACK;

-- the table's own checks
SELECT pg_temp.err($$INSERT INTO ipasn.aturan_jp (jalur, lingkup, satuan, jp_per_satuan) VALUES ('seminar', 'nasional', 'menit', 1)$$);
SELECT pg_temp.err($$INSERT INTO ipasn.aturan_jp (jalur, lingkup, satuan, jp_per_satuan, batas_jp_harian) VALUES ('seminar', 'nasional', 'hari', 1, 2)$$);
SELECT pg_temp.err($$INSERT INTO ipasn.aturan_jp (jalur, lingkup, berlaku_mulai, berlaku_sampai, satuan, jp_per_satuan) VALUES ('seminar', 'nasional', '2025-01-01', '2024-01-01', 'hari', 1)$$);
SELECT pg_temp.err($$INSERT INTO ipasn.aturan_jp (jalur, lingkup, satuan, jp_per_satuan) VALUES ('seminar', 'nasional', 'hari', 1000.01)$$);

-- only the owner may change the rules; everybody may read them and use ipasn
CREATE ROLE ipasn_pengguna_uji;
SET ROLE ipasn_pengguna_uji;
SELECT ipasn.jp('seminar', 'nasional', 1) AS "4.00 (PUBLIC may use)";
SELECT count(*) > 0 AS may_read FROM ipasn.aturan_jp;
SELECT pg_temp.err($$INSERT INTO ipasn.aturan_jp (jalur, lingkup, satuan, jp_per_satuan) VALUES ('seminar', 'nasional', 'hari', 9)$$);
SELECT pg_temp.err($$UPDATE ipasn.aturan_jp SET jp_per_satuan = 9$$);
SELECT pg_temp.err($$DELETE FROM ipasn.aturan_jp$$);
RESET ROLE;
DROP ROLE ipasn_pengguna_uji;

-- marked for pg_dump: agency rows only (test/sh/dump_restore.sh restores them)
SELECT c.relname, d.extcondition
FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS d(oid, extcondition)
JOIN pg_class c ON c.oid = d.oid
WHERE e.extname = 'ipasn' ORDER BY 1;
