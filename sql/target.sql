-- target: the yearly JP targets of the IP ASN rule set in force
-- (ipasn.target_jp, ipasn.target_jp_tinggi) and the view <ringkasan>_target
-- that ipasn.buat_ringkasan makes beside a JP summary table.
-- The targets: at least 20 JP a year (PP 11/2017 art. 203; the JP
-- component of PermenPANRB 38/2018), 40 JP where a region asks for it
-- (Instruksi Sekda DKI Jakarta 29/2023); a year meets a target when its JP
-- is at least the target ("paling sedikit"), a year without JP meets none.
SET client_min_messages = warning;
CREATE SCHEMA tgt;
SET search_path = tgt, public;
-- prints 'ok' or 'SQLSTATE: message' of a statement
CREATE FUNCTION coba(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- ------------------------------------------------------------------
-- 1. the targets of the built-in rule set (ipasn.aturan_ipasn row
--    permenpanrb_38_2018: target_jp 20, target_jp_tinggi 40)
-- ------------------------------------------------------------------
SELECT ipasn.target_jp() AS target_jp, ipasn.target_jp_tinggi() AS target_jp_tinggi;
SHOW ipasn.aturan;
-- the siasn set (induk permenpanrb_38_2018) has the same targets
SET ipasn.aturan = 'siasn';
SELECT ipasn.target_jp() AS target_jp, ipasn.target_jp_tinggi() AS target_jp_tinggi;
RESET ipasn.aturan;
-- markings: STABLE (they read a table and a setting), STRICT, PARALLEL SAFE
SELECT p.proname, p.provolatile, p.proisstrict, p.proparallel,
	   obj_description(p.oid, 'pg_proc') IS NOT NULL AS dikomentari
  FROM pg_proc p
 WHERE p.pronamespace = 'ipasn'::regnamespace AND p.proname IN ('target_jp', 'target_jp_tinggi')
 ORDER BY 1;

-- ------------------------------------------------------------------
-- 2. a summary and its view, built-in targets
-- ------------------------------------------------------------------
CREATE TABLE diklat (
	id serial PRIMARY KEY,
	nip text,
	jalur ipasn.jalur,
	lingkup ipasn.lingkup,
	jumlah numeric,
	mulai date,
	selesai date
);
-- JP of each year, by Peraturan LAN 10/2018, Lampiran:
--  A  pelatihan_teknis nasional 35 JP (as the program)       = 35.00
--  B  kursus nasional 20 JP                                   = 20.00 (exactly the target)
--  C  kursus nasional 19.99 JP                                = 19.99 (just under)
--  D  seminar nasional 10 days x 4 JP                         = 40.00 (exactly the higher target)
--  E  bimtek internasional 25 JP +20% = 30.00, and
--     e_learning nasional 5 JP on one day, capped at 3 JP     = 33.00
--  F  pendidikan nasional, no semesters: incomplete           = NULL (no JP)
--  G  kursus 25 JP in 2023 and coaching 2 activities in 2024: 25.00 (2023), 4.00 (2024)
INSERT INTO diklat (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES
	('A', 'pelatihan_teknis', 'nasional', 35, '2024-02-05', '2024-02-09'),
	('B', 'kursus', 'nasional', 20, '2024-03-04', '2024-03-06'),
	('C', 'kursus', 'nasional', 19.99, '2024-03-04', '2024-03-06'),
	('D', 'seminar', 'nasional', 10, '2024-04-01', '2024-04-10'),
	('E', 'bimtek', 'internasional', 25, '2024-05-06', '2024-05-08'),
	('E', 'e_learning', 'nasional', 5, '2024-05-20', '2024-05-20'),
	('F', 'pendidikan', 'nasional', NULL, '2024-01-01', '2024-06-30'),
	('G', 'kursus', 'nasional', 25, '2023-10-02', '2023-10-04'),
	('G', 'coaching', 'nasional', 2, '2024-06-03', '2024-06-03');
SELECT ipasn.buat_ringkasan('diklat', 'ringkasan', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai',
	jumlah_dalam => 'satuan');
-- the table keeps the figures only; no column of it holds a target
SELECT attname FROM pg_attribute WHERE attrelid = 'ringkasan'::regclass AND attnum > 0 ORDER BY attnum;
-- with 20 / 40: A 35.00 meets 20 not 40; B 20.00 meets 20; C 19.99 meets
-- neither; D 40.00 meets both; E 33.00 meets 20; F (no JP) neither; G 25.00
-- in 2023 meets 20, 4.00 in 2024 neither
SELECT pegawai, tahun, jp, jumlah_catatan, target_jp, memenuhi_target, target_jp_tinggi, memenuhi_target_tinggi
  FROM ringkasan_target ORDER BY pegawai, tahun;

-- ------------------------------------------------------------------
-- 3. an agency rule set with a 30-JP target: the view follows it at once,
--    nothing is recomputed
-- ------------------------------------------------------------------
INSERT INTO ipasn.aturan_ipasn (aturan, target_jp, target_jp_tinggi, induk, keterangan)
VALUES ('instansi_30', 30, 30, 'permenpanrb_38_2018', 'target 30 JP setahun');
SET ipasn.aturan = 'instansi_30';
SELECT ipasn.target_jp() AS target_jp, ipasn.target_jp_tinggi() AS target_jp_tinggi;
-- with 30 / 30: A 35.00 now meets the higher target too (false -> true);
-- B 20.00 and G 25.00 (2023) no longer meet the target (true -> false);
-- D 40.00 and E 33.00 meet both
SELECT pegawai, tahun, jp, target_jp, memenuhi_target, target_jp_tinggi, memenuhi_target_tinggi
  FROM ringkasan_target ORDER BY pegawai, tahun;
-- the rule set changes: the next query sees it (the rule cache is
-- invalidated); 36 / 36: A 35.00 meets neither, D 40.00 both, E 33.00 neither
UPDATE ipasn.aturan_ipasn SET target_jp = 36, target_jp_tinggi = 36 WHERE aturan = 'instansi_30';
SELECT pegawai, tahun, jp, memenuhi_target, memenuhi_target_tinggi
  FROM ringkasan_target WHERE pegawai IN ('A', 'D', 'E') ORDER BY pegawai, tahun;
-- per year counts for a report: with 36 / 36, only D of the 7 employees of 2024
SELECT tahun, count(*) AS pegawai, count(*) FILTER (WHERE memenuhi_target) AS memenuhi_target
  FROM ringkasan_target GROUP BY tahun ORDER BY tahun;
RESET ipasn.aturan;
-- back to 20 / 40 in this session: A meets 20 again, not 40
SELECT pegawai, memenuhi_target, memenuhi_target_tinggi FROM ringkasan_target WHERE pegawai = 'A';
-- a rule set that does not exist: the functions and the view refuse (22023)
SET ipasn.aturan = 'tidak_ada';
SELECT coba('SELECT ipasn.target_jp()');
SELECT coba('SELECT ipasn.target_jp_tinggi()');
SELECT coba('SELECT * FROM tgt.ringkasan_target');
RESET ipasn.aturan;
-- the rule table's own check: the higher target below the target (23514)
SELECT coba($$UPDATE ipasn.aturan_ipasn SET target_jp = 45, target_jp_tinggi = 40 WHERE aturan = 'instansi_30'$$);
DELETE FROM ipasn.aturan_ipasn WHERE aturan = 'instansi_30';

-- ------------------------------------------------------------------
-- 4. the view follows the table: triggers keep it current
-- ------------------------------------------------------------------
-- C gets a 1-JP kursus: 19.99 + 1.00 = 20.99, meets 20
INSERT INTO diklat (nip, jalur, lingkup, jumlah, mulai, selesai)
VALUES ('C', 'kursus', 'nasional', 1, '2024-09-02', '2024-09-02');
SELECT pegawai, tahun, jp, jumlah_catatan, memenuhi_target FROM ringkasan_target WHERE pegawai = 'C';
-- D's seminar loses 6 days: 4 days x 4 JP = 16.00, meets neither
UPDATE diklat SET jumlah = 4 WHERE nip = 'D';
SELECT pegawai, tahun, jp, memenuhi_target, memenuhi_target_tinggi FROM ringkasan_target WHERE pegawai = 'D';

-- ------------------------------------------------------------------
-- 5. the view: comment, options, owner and who may read it
-- ------------------------------------------------------------------
SELECT c.relkind, c.reloptions, pg_get_userbyid(c.relowner) = pg_get_userbyid(t.relowner) AS pemilik_sama,
	   (SELECT array_agg(a.privilege_type) FROM aclexplode(c.relacl) a WHERE a.grantee = 0) AS hak_public
  FROM pg_class c, pg_class t
 WHERE c.oid = 'ringkasan_target'::regclass AND t.oid = 'ringkasan'::regclass;
SELECT obj_description('ringkasan_target'::regclass, 'pg_class');
SELECT a.attname, col_description(a.attrelid, a.attnum)
  FROM pg_attribute a WHERE a.attrelid = 'ringkasan_target'::regclass AND a.attnum > 0 ORDER BY a.attnum;
-- security_invoker: a role reads the view only where it may read the
-- table, and the table's row-level security applies to it
CREATE ROLE regress_ipasn_target_baca;
GRANT USAGE ON SCHEMA tgt TO regress_ipasn_target_baca;
SET ROLE regress_ipasn_target_baca;
SELECT coba('SELECT count(*) FROM tgt.ringkasan_target');
RESET ROLE;
GRANT SELECT ON ringkasan TO regress_ipasn_target_baca;
ALTER TABLE ringkasan ENABLE ROW LEVEL SECURITY;
CREATE POLICY hanya_a ON ringkasan FOR SELECT TO regress_ipasn_target_baca USING (pegawai = 'A');
SET ROLE regress_ipasn_target_baca;
SELECT pegawai, tahun, jp, memenuhi_target, memenuhi_target_tinggi FROM tgt.ringkasan_target ORDER BY 1, 2;
RESET ROLE;
DROP POLICY hanya_a ON ringkasan;
ALTER TABLE ringkasan DISABLE ROW LEVEL SECURITY;
REVOKE ALL ON ringkasan FROM regress_ipasn_target_baca;
REVOKE ALL ON SCHEMA tgt FROM regress_ipasn_target_baca;
DROP ROLE regress_ipasn_target_baca;
-- the table cannot be dropped alone while its view stands (2BP01)
SELECT coba('DROP TABLE tgt.ringkasan');

-- ------------------------------------------------------------------
-- 6. ipasn.buat_ringkasan_target on its own, and bad input
-- ------------------------------------------------------------------
-- a summary table made by ipasn 0.1.0 keeps its generated 20/40 columns;
-- the view adds the targets of the rule set in force beside them
CREATE TABLE ringkasan_lama (
	pegawai text NOT NULL,
	tahun integer NOT NULL,
	jp numeric,
	jumlah_catatan bigint NOT NULL DEFAULT 0,
	memenuhi_20jp boolean GENERATED ALWAYS AS (coalesce(jp, 0) >= 20) STORED,
	memenuhi_40jp boolean GENERATED ALWAYS AS (coalesce(jp, 0) >= 40) STORED,
	jp_state ipasn.jp_state,
	PRIMARY KEY (pegawai, tahun));
INSERT INTO ringkasan_lama (pegawai, tahun, jp, jumlah_catatan) VALUES ('X', 2024, 24.00, 1);
SELECT ipasn.buat_ringkasan_target('ringkasan_lama');
-- 24.00: meets 20, not 40
SELECT l.pegawai, l.memenuhi_20jp, t.memenuhi_target, l.memenuhi_40jp, t.memenuhi_target_tinggi
  FROM ringkasan_lama l JOIN ringkasan_lama_target t USING (pegawai, tahun);
-- a name of 63 bytes: the view's name is cut to 56 bytes + "_target"
CREATE TABLE ringkasan_dengan_nama_yang_panjang_sekali_sampai_batas_63_byte
	(LIKE ringkasan_lama INCLUDING ALL);
SELECT ipasn.buat_ringkasan_target('ringkasan_dengan_nama_yang_panjang_sekali_sampai_batas_63_byte');
-- cut by whole characters: "ringkasan_x" (11 bytes) and 25 two-byte
-- letters (50 bytes) keep 11 + 22 x 2 = 55 bytes, + "_target" = 62
CREATE TABLE "ringkasan_xééééééééééééééééééééééééé" (LIKE ringkasan_lama INCLUDING ALL);
SELECT ipasn.buat_ringkasan_target('"ringkasan_xééééééééééééééééééééééééé"') IS NOT NULL AS dibuat;
SELECT octet_length(relname) AS byte, relname FROM pg_class
 WHERE relnamespace = 'tgt'::regnamespace AND relname LIKE 'ringkasan_x%_target';
-- NULL (22004), a view of that name already there (42P07), a table that is
-- no summary (42703), a table that does not exist (42P01)
SELECT coba('SELECT ipasn.buat_ringkasan_target(NULL)');
SELECT coba($$SELECT ipasn.buat_ringkasan_target('tgt.ringkasan_lama')$$);
SELECT coba($$SELECT ipasn.buat_ringkasan_target('tgt.diklat')$$);
SELECT coba($$SELECT ipasn.buat_ringkasan_target('tgt.tidak_ada')$$);
-- buat_ringkasan whose view name is taken creates nothing (42P07)
CREATE VIEW r3_target AS SELECT 1 AS x;
SELECT coba($$SELECT ipasn.buat_ringkasan('tgt.diklat', 'r3', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', jumlah_dalam => 'satuan')$$);
SELECT to_regclass('tgt.r3') AS r3,
	   (SELECT count(*) FROM pg_trigger WHERE tgrelid = 'diklat'::regclass AND tgname LIKE 'r3%') AS pemicu;

RESET search_path;
DROP SCHEMA tgt CASCADE;
RESET client_min_messages;
