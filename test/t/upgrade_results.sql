-- Every figure of the database test/t/upgrade_data.sql builds, in a stable
-- order: compared before and after pg_dump | pg_restore and pg_upgrade.
\set ON_ERROR_STOP 1
\pset format unaligned
\pset pager off
SET search_path = pg_catalog;
SELECT id, nip, jalur, lingkup, jumlah, mulai, selesai, jp FROM public.rekam ORDER BY id;
SELECT pegawai, tahun, jp, jumlah_catatan, jp_state::text FROM public.rekam_ringkasan ORDER BY 1, 2;
-- the years that met the targets: the view of a summary made by 0.2.0 and
-- later (targets of the rule set in force), the generated columns of one
-- made by 0.1.0 (20 and 40, kept through ALTER EXTENSION UPDATE)
SELECT to_regclass('public.rekam_ringkasan_target') IS NOT NULL AS ada_view_target \gset
\if :ada_view_target
SELECT pegawai, tahun, memenuhi_target, memenuhi_target_tinggi FROM public.rekam_ringkasan_target ORDER BY 1, 2;
\else
SELECT pegawai, tahun, memenuhi_20jp, memenuhi_40jp FROM public.rekam_ringkasan ORDER BY 1, 2;
\endif
SELECT nip, tahun, st::text, ipasn.jp_value(st), ipasn.jp_kegiatan(st) FROM public.state_simpan ORDER BY 1, 2;
-- the summary agrees with a recomputation from the records
SELECT 'selisih=' || count(*) FROM public.rekam_ringkasan r
  FULL JOIN (SELECT nip, extract(year FROM coalesce(selesai, mulai))::integer AS tahun,
					ipasn.jp_total(ipasn.teks_jalur(jalur), ipasn.teks_lingkup(lingkup), jumlah, mulai, selesai) AS jp
			   FROM public.rekam GROUP BY 1, 2) x ON x.nip = r.pegawai AND x.tahun = r.tahun
 WHERE r.jp IS DISTINCT FROM x.jp;
SELECT jalur, lingkup, berlaku_mulai, jp_per_satuan, bawaan FROM ipasn.aturan_jp ORDER BY 1, 2, 3, 5;
SELECT * FROM ipasn.aturan_ipasn ORDER BY aturan;
SELECT * FROM ipasn.aturan_komponen ORDER BY 1, 2, 3;
SELECT * FROM ipasn.aturan_kinerja ORDER BY 1, 2;
-- the agency rule in force from 2025: seminar 2 days = 10.00 (8.00 before)
SELECT ipasn.jp('seminar', 'nasional', 2, '2025-03-01', '2025-03-02') AS jp_2025, ipasn.jp('seminar', 'nasional', 2, '2024-03-01', '2024-03-02') AS jp_2024;
SET ipasn.aturan = 'instansi';
SELECT nip, ipasn.profil_bangkom(ipasn.teks_jalur(jalur), ipasn.teks_lingkup(lingkup), jumlah, mulai, selesai, '2025-06-30') FROM public.rekam GROUP BY nip ORDER BY nip;
SELECT ipasn.skor_kinerja('Istimewa') AS istimewa, ipasn.skor_kompetensi('pelaksana', NULL, NULL, 25, true) AS kompetensi_25jp;
RESET ipasn.aturan;
SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = 'public.rekam'::regclass ORDER BY 1;
