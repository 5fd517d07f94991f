-- ipasn.aturan_program (programmes whose JP a regulation fixes) and the
-- rule-change warning's helpers.  Peraturan LAN 15/2019 tentang Pelatihan
-- Kepemimpinan Pengawas: PKP is 830 JP (290 JP in class, 540 JP at the
-- participant's agency).
\set QUIET 1
\set ON_ERROR_STOP 1
\pset format unaligned
\pset tuples_only true
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SET LOCAL lc_messages = 'C';
SELECT plan(24);

SELECT results_eq($$SELECT program, jalur::text, jp, peraturan FROM ipasn.aturan_program WHERE bawaan ORDER BY program$$,
	$$VALUES ('PKP'::text, 'pelatihan_kepemimpinan'::text, 830.00::numeric, 'Peraturan LAN 15/2019 tentang Pelatihan Kepemimpinan Pengawas'::text),
			 ('Pelatihan Kepemimpinan Pengawas', 'pelatihan_kepemimpinan', 830.00, 'Peraturan LAN 15/2019 tentang Pelatihan Kepemimpinan Pengawas')$$,
	'the built-in rows: PKP and its long name, 830 JP, the regulation cited');
SELECT is(ipasn.jp_program('PKP', 'pelatihan_kepemimpinan'), 830.00, 'jp_program: PKP is 830 JP');
SELECT is(ipasn.jp_program('  p.k.p ', 'pelatihan_kepemimpinan'), 830.00, 'matched as ipasn.kunci_teks matches (case, spaces, punctuation)');
SELECT is(ipasn.jp_program('Pelatihan Kepemimpinan Pengawas', 'pelatihan_kepemimpinan', '2024-03-01'), 830.00, 'the long name, with a date');
SELECT is(ipasn.jp_program('PKP', 'bimtek'), NULL, 'a programme of another jalur does not apply');
SELECT is(ipasn.jp_program('PKA', 'pelatihan_kepemimpinan'), NULL, 'a programme the table does not know gives NULL');
SELECT is(ipasn.jp_program(NULL, 'pelatihan_kepemimpinan'), NULL, 'NULL text gives NULL');
SELECT is(ipasn.jp_program('', 'pelatihan_kepemimpinan'), NULL, 'blank text gives NULL');

-- an agency's rows: a programme of its own, a period, its row before the built-in one
INSERT INTO ipasn.aturan_program (program, jalur, jp, peraturan, keterangan)
VALUES ('Diklat Kepemimpinan Daerah', 'pelatihan_kepemimpinan', 120, 'Peraturan Gubernur (contoh)', 'program instansi');
INSERT INTO ipasn.aturan_program (program, jalur, jp, berlaku_mulai, peraturan)
VALUES ('PKP', 'pelatihan_kepemimpinan', 850, '2030-01-01', 'peraturan baru (contoh)');
SELECT is(ipasn.jp_program('diklat kepemimpinan daerah', 'pelatihan_kepemimpinan'), 120.00, 'an agency''s programme, read in the same session');
SELECT is(ipasn.jp_program('PKP', 'pelatihan_kepemimpinan', '2024-06-01'), 830.00, 'a record of 2024: the row in force then (830)');
SELECT is(ipasn.jp_program('PKP', 'pelatihan_kepemimpinan', '2030-06-01'), 850.00, 'a record of 2030: the newer row (850)');
SELECT is(ipasn.jp_program('PKP', 'pelatihan_kepemimpinan'), 850.00, 'without a date: the row with the latest start');
INSERT INTO ipasn.aturan_program (program, jalur, jp, peraturan) VALUES ('PKP', 'pelatihan_kepemimpinan', 800, 'instansi');
SELECT is(ipasn.jp_program('PKP', 'pelatihan_kepemimpinan', '2024-06-01'), 800.00, 'an agency''s row wins over the built-in row of the same start');

-- checks
SELECT throws_ok($$INSERT INTO ipasn.aturan_program (program, jalur, jp, peraturan) VALUES ('X', 'bimtek', 0, 'x')$$,
	'23514', NULL, 'a JP of 0 is refused');
SELECT throws_ok($$INSERT INTO ipasn.aturan_program (program, jalur, jp, peraturan) VALUES ('--', 'bimtek', 10, 'x')$$,
	'23514', NULL, 'a name with no letter or digit is refused');
SELECT throws_ok($$INSERT INTO ipasn.aturan_program (program, jalur, jp, peraturan) VALUES ('Y', 'bimtek', 10, '')$$,
	'23514', NULL, 'a row without its regulation is refused');
-- rule data: dumped (agency rows), owner-only writes, a change reaches the caches
SELECT is((SELECT x.extcondition[array_position(x.extconfig, 'ipasn.aturan_program'::regclass)] FROM pg_extension x WHERE x.extname = 'ipasn'),
	'WHERE NOT bawaan', 'the agency''s rows are marked for pg_dump');
CREATE ROLE pengguna_program_uji;
SET LOCAL ROLE pengguna_program_uji;
SELECT throws_ok($$INSERT INTO ipasn.aturan_program (program, jalur, jp, peraturan) VALUES ('Z', 'bimtek', 10, 'x')$$,
	'42501', NULL, 'a role other than the owner cannot change it');
SELECT is((SELECT count(*) FROM ipasn.aturan_program WHERE bawaan)::int, 2, 'but can read it');
RESET ROLE;
SELECT is((SELECT count(*) FROM pg_trigger WHERE tgrelid = 'ipasn.aturan_program'::regclass AND NOT tgisinternal)::int, 2,
	'its triggers: the cache invalidation and the rule-change warning');

-- the arguments of a trigger as the warning reads them
SELECT is(ipasn._argumen_pemicu(E'jalur\\000Jenis Diklat\\000\\000x''y\\000'::bytea), ARRAY['jalur', 'Jenis Diklat', '', 'x''y'],
	'_argumen_pemicu splits tgargs at its zero bytes (an empty argument and a quote kept)');

-- the stored JP a rule change leaves behind (the WARNING's list: its text in doc/triggers.md)
CREATE TABLE public.rekam_a (nip text, jenis text, lingkup text, jam text, mulai date, selesai date, tahun integer, jp numeric, masalah text);
CREATE TABLE public.rekam_b (LIKE public.rekam_a);
CREATE TRIGGER rekam_a_jp BEFORE INSERT OR UPDATE ON public.rekam_a FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp', 'jam', 'masalah');
CREATE TRIGGER rekam_b_jp BEFORE INSERT OR UPDATE ON public.rekam_b FOR EACH ROW
	EXECUTE FUNCTION ipasn.isi_jp('jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp', 'satuan');
ALTER TABLE public.rekam_b DISABLE TRIGGER rekam_b_jp;
SELECT ipasn.buat_ringkasan('public.rekam_a', 'rekam_a_ringkasan', 'nip', 'jenis', 'lingkup', 'jam', 'mulai', 'selesai',
	jumlah_dalam => 'jam', tahun => 'tahun') IS NOT NULL AS dibuat \gset
SELECT results_eq($$SELECT tabel::text, coalesce(ringkasan::text, kolom), perintah FROM ipasn._jp_tersimpan()$$,
	$$VALUES ('rekam_a'::text, 'jp'::text, $c$CALL ipasn.isi_ulang('public.rekam_a', 'jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp', 'jam', semua => true, masalah => 'masalah');$c$::text),
			 ('rekam_a', 'rekam_a_ringkasan', $c$CALL ipasn.isi_ulang_ringkasan('public.rekam_a', 'public.rekam_a_ringkasan', 'nip', 'jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jam', tahun => 'tahun');$c$)$$,
	'the list names the jp column and the summary (one row for its four triggers), each with its CALL; a disabled trigger is left out');
ALTER TABLE public.rekam_b ENABLE TRIGGER rekam_b_jp;
SELECT is((SELECT perintah FROM ipasn._jp_tersimpan() WHERE tabel = 'public.rekam_b'::regclass),
	$c$CALL ipasn.isi_ulang('public.rekam_b', 'jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'jp', 'satuan', semua => true);$c$,
	'enabled again, it is listed; without a problem column the CALL has no masalah');
SELECT is((SELECT count(*) FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
			WHERE p.proname = '_aturan_berubah_peringatan' AND t.tgrelid IN ('ipasn.aturan_jp'::regclass, 'ipasn.sinonim'::regclass, 'ipasn.aturan_program'::regclass))::int,
	3, 'the warning fires after a change to aturan_jp, sinonim and aturan_program');

SELECT * FROM finish();
ROLLBACK;
