-- A populated ipasn database for the dump/restore and pg_upgrade tests:
-- agency rule rows in every rule table, agency vocabulary (ipasn.sinonim,
-- when that table exists), a training table with both triggers (isi_jp and
-- the ringkas_jp summary), a stored jp_state table.  Run in a database where
-- ipasn is installed.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;

-- agency rules: seminar nasional 5 JP a day from 2025; a rule set "instansi"
-- (target 30 JP, induk permenpanrb_38_2018) with its own component and kinerja rows
INSERT INTO ipasn.aturan_jp (jalur, lingkup, berlaku_mulai, satuan, jp_per_satuan, keterangan)
VALUES ('seminar', 'nasional', '2025-01-01', 'hari', 5, 'aturan instansi 2025');
INSERT INTO ipasn.aturan_ipasn (aturan, target_jp, target_jp_tinggi, induk, keterangan)
VALUES ('instansi', 30, 40, 'permenpanrb_38_2018', 'rule set of the agency');
INSERT INTO ipasn.aturan_komponen (aturan, jalur, komponen) VALUES ('instansi', 'pelatihan_teknis', 'jp'), ('instansi', 'bimtek', 'jp');
INSERT INTO ipasn.aturan_kinerja (aturan, predikat, skor) VALUES ('instansi', 'istimewa', 30), ('instansi', 'baik', 25);

-- agency vocabulary, once ipasn.sinonim exists (issue 9)
DO $$
BEGIN
	IF pg_catalog.to_regclass('ipasn.sinonim') IS NOT NULL THEN
		EXECUTE $q$INSERT INTO ipasn.sinonim (tipe, teks, label, keterangan)
				   VALUES ('ipasn.jalur', 'Pelatihan Kilat Instansi', 'bimtek', 'istilah instansi')$q$;
	END IF;
END $$;

CREATE TABLE public.rekam (
	id serial PRIMARY KEY,
	nip varchar(18) NOT NULL,
	jalur text,
	lingkup text,
	jumlah numeric,
	mulai date,
	selesai date,
	jp numeric
);
-- the triggers as each version declares them: 0.1.0 had no jumlah_dalam
-- (its column was read in each jalur's unit, 'satuan' since 0.2.0)
SELECT extversion = '0.1.0' AS versi_010 FROM pg_extension WHERE extname = 'ipasn' \gset
\if :versi_010
CREATE TRIGGER rekam_jp BEFORE INSERT OR UPDATE ON public.rekam
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp');
\else
CREATE TRIGGER rekam_jp BEFORE INSERT OR UPDATE ON public.rekam
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan');
\endif
INSERT INTO public.rekam (nip, jalur, lingkup, jumlah, mulai, selesai)
SELECT '1990' || lpad((i % 7)::text, 14, '0'),
	   (ARRAY['Bimtek', 'seminar', 'coaching', 'e_learning', 'workshop', 'Diklat Teknis', 'pelatihan_fungsional'])[1 + i % 7],
	   (ARRAY['nasional', 'internasional', 'dalam negeri', 'luar negeri'])[1 + i % 4],
	   1 + i % 5,
	   date '2024-01-01' + (i * 13) % 700,
	   date '2024-01-01' + (i * 13) % 700 + i % 3
  FROM generate_series(1, 200) AS i;
UPDATE public.rekam SET jumlah = jumlah + 1 WHERE id % 10 = 0;
DELETE FROM public.rekam WHERE id % 17 = 0;

-- the summary, made after the rows (filled from them): from 0.3.0 on, the
-- library refuses to fire a summary trigger before ALTER EXTENSION UPDATE
\if :versi_010
SELECT ipasn.buat_ringkasan('public.rekam', 'rekam_ringkasan', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai') IS NOT NULL AS ringkasan;
\else
SELECT ipasn.buat_ringkasan('public.rekam', 'rekam_ringkasan', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai',
	jumlah_dalam => 'satuan') IS NOT NULL AS ringkasan;
\endif

CREATE TABLE public.state_simpan AS
SELECT nip, extract(year FROM coalesce(selesai, mulai))::integer AS tahun,
	   ipasn.jp_state_agg(ipasn.teks_jalur(jalur), ipasn.teks_lingkup(lingkup), jumlah, mulai, selesai) AS st
  FROM public.rekam GROUP BY 1, 2;
