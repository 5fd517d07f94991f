-- ipasn demo — the printed report (test/demo/demo.sh keeps it in laporan_unit.txt).
--
--   psql -X -P footer=off -f test/demo/laporan.sql                 aggregates only
--   psql -X -P footer=off -v individu=7 -f test/demo/laporan.sql   and unit 7's list
--
-- Everything it prints by default comes from schema publik (publik.sql,
-- bkn.sql): aggregates only, no group under 5 employees, no penalty, numbers
-- in Indonesian notation.  With -v individu=<unit id> (demo.sh:
-- IPASN_DEMO_INDIVIDU) it adds that unit's list of employees and their
-- actions, read as the unit's administrator through the row-level security
-- recipe (test/demo/rls.sql must have run): the list cannot hold another
-- unit's employee.
\set ON_ERROR_STOP 1
\pset null ''
SELECT format('Dibuat %s WIB', to_char(now() AT TIME ZONE 'Asia/Jakarta', 'DD-MM-YYYY HH24.MI')) AS waktu \gset
\echo :waktu
\echo 'Angka agregat saja: tanpa NIP atau nama, kelompok kurang dari 5 pegawai ditulis <5 (UU 27/2022; doc/privacy.md).'
\echo

\pset title 'Pengembangan kompetensi dan IP ASN per perangkat daerah, tahun 2023 (terbit = LKIP BPSDM DKI Jakarta 2023)'
SELECT CASE WHEN no IS NULL THEN '' ELSE no::text END AS "No",
	   "Perangkat daerah", "Pegawai", "Ikut %", "20 JP %", "terbit", "40 JP %", "terbit ", "Kompetensi", "terbit  ", "IP ASN", "Cat."
FROM (
	SELECT row_number() OVER (ORDER BY u.unit_id) AS no,
		   CASE WHEN length(u.unit) > 44 THEN left(u.unit, 43) || '…' ELSE u.unit END AS "Perangkat daerah",
		   lpad(publik.sel(u.pegawai), 7) AS "Pegawai",
		   lpad(publik.sel(u.ikut_pct, 2), 6) AS "Ikut %",
		   lpad(publik.sel(u.memenuhi_20jp_pct, 2), 7) AS "20 JP %",
		   lpad(coalesce(publik.angka(u.pub_20jp_pct, 2), ''), 6) AS "terbit",
		   lpad(publik.sel(u.memenuhi_40jp_pct, 2), 7) AS "40 JP %",
		   lpad(coalesce(publik.angka(u.pub_40jp_pct, 2), ''), 7) AS "terbit ",
		   lpad(publik.sel(u.rata_kompetensi, 2), 10) AS "Kompetensi",
		   lpad(coalesce(publik.angka(u.pub_kompetensi, 2), ''), 8) AS "terbit  ",
		   lpad(publik.sel(u.rata_ip_asn, 2), 6) AS "IP ASN",
		   CASE WHEN u.catatan_terbit IS NOT NULL OR u.disensor IS NOT NULL
				THEN '*' || dense_rank() OVER (ORDER BY u.catatan_terbit IS NOT NULL OR u.disensor IS NOT NULL DESC, u.unit_id)
				ELSE '' END AS "Cat.",
		   u.unit_id AS urut
	FROM publik.v_unit u
	UNION ALL
	SELECT NULL, 'JUMLAH / RATA-RATA', lpad(publik.sel(t.pegawai), 7), lpad(publik.sel(t.ikut_pct, 2), 6),
		   lpad(publik.sel(t.memenuhi_20jp_pct, 2), 7),
		   lpad(publik.angka(round(100.0 * sum(p.memenuhi_20jp) / sum(p.total_pegawai), 2), 2), 6),
		   lpad(publik.sel(t.memenuhi_40jp_pct, 2), 7),
		   lpad(publik.angka(round(100.0 * sum(p.memenuhi_40jp) / sum(p.total_pegawai), 2), 2), 7),
		   lpad(publik.sel(t.rata_kompetensi, 2), 10),
		   lpad(publik.angka(round(sum(p.ip_kompetensi * p.total_pegawai) FILTER (WHERE p.ip_kompetensi <= 40)
								   / sum(p.total_pegawai) FILTER (WHERE p.ip_kompetensi <= 40), 2), 2), 8),
		   lpad(publik.sel(t.rata_ip_asn, 2), 6), '', 2147483647
	FROM publik.v_total t, referensi.unit_2023 p
	GROUP BY t.pegawai, t.ikut_pct, t.memenuhi_20jp_pct, t.memenuhi_40jp_pct, t.rata_kompetensi, t.rata_ip_asn
) r
ORDER BY urut;
\pset title
SELECT '*' || dense_rank() OVER (ORDER BY u.unit_id) || ' ' || u.unit || ': ' || concat_ws('; ', u.catatan_terbit, u.disensor)
	   AS "Catatan (angka terbit; angka disembunyikan dan alasannya)"
FROM publik.v_unit u
WHERE u.catatan_terbit IS NOT NULL OR u.disensor IS NOT NULL ORDER BY u.unit_id;
SELECT lpad(publik.sel(sangat_tinggi), 13) AS "sangat tinggi", lpad(publik.sel(tinggi), 7) AS "tinggi",
	   lpad(publik.sel(sedang), 7) AS "sedang", lpad(publik.sel(rendah), 7) AS "rendah",
	   lpad(publik.sel(sangat_rendah), 13) AS "sangat rendah",
	   lpad(publik.sel(tidak_lengkap), 36) AS "tidak lengkap (tanpa pendidikan/SKP)"
FROM publik.v_total;

\pset title 'IP ASN menurut data instansi dan menurut BKN (SIASN), catatan yang perlu dikirim ke SIASN, dan IP ASN BKN sesudah dikirim'
SELECT CASE WHEN length(r.unit) > 44 THEN left(r.unit, 43) || '…' ELSE r.unit END AS "Perangkat daerah",
	   lpad(publik.sel(r.pegawai), 7) AS "Pegawai",
	   lpad(publik.sel(r.rata_instansi, 2), 8) AS "Instansi",
	   lpad(publik.sel(r.rata_bkn, 2), 6) AS "BKN",
	   lpad(publik.sel(r.selisih, 2), 7) AS "Selisih",
	   lpad(publik.sel(r.pegawai_kirim), 13) AS "Pegawai kirim",
	   lpad(publik.sel(r.catatan_kirim), 13) AS "Catatan kirim",
	   lpad(publik.sel(r.rata_bkn_setelah, 2), 14) AS "BKN sesudahnya",
	   lpad(publik.sel(r.pegawai_bkn_lebih), 11) AS "BKN > inst."
FROM publik.v_rekonsiliasi_unit r
ORDER BY r.unit_id NULLS LAST;
\pset title 'Catatan yang perlu dikirim ke SIASN, menurut jenis (seluruh provinsi; ipasn.rekonsiliasi)'
SELECT j.peringkat AS "No", j.dimensi AS "Dimensi", j.jenis AS "Tindakan",
	   lpad(publik.sel(j.pegawai), 7) AS "Pegawai", lpad('+' || publik.angka(j.tambah_rerata_bkn, 2), 10) AS "Rerata BKN"
FROM publik.v_rekonsiliasi_jenis j WHERE j.unit_id IS NULL ORDER BY j.peringkat;
\pset title 'Per perangkat daerah: tiga jenis catatan yang paling menutup selisih'
SELECT CASE WHEN length(u.nama) > 44 THEN left(u.nama, 43) || '…' ELSE u.nama END AS "Perangkat daerah",
	   j.jenis AS "Tindakan", lpad(publik.sel(j.pegawai), 7) AS "Pegawai",
	   lpad('+' || publik.angka(j.tambah_rerata_bkn, 2), 10) AS "Rerata BKN"
FROM publik.v_rekonsiliasi_jenis j JOIN simpeg.unit u ON u.id = j.unit_id
WHERE j.peringkat <= 3 ORDER BY j.unit_id, j.peringkat;
\pset title
SELECT format('Pemeriksaan data contoh: %s pegawai dengan kekurangan SIASN buatan generator ditemukan oleh ipasn.rekonsiliasi; %s kekurangan tidak mengubah nilai (mis. pelatihan teknis tetap 20 JP atau lebih); %s selisih tanpa sebab.',
			  publik.angka(sebab_ditemukan), publik.angka(sebab_tanpa_selisih), publik.angka(selisih_tanpa_sebab)) AS "Rekonsiliasi"
FROM laporan.v_rekonsiliasi_cek;

\pset title 'Cara menaikkan IP ASN provinsi: tindakan (ipasn.saran) menurut tambahan pada rerata'
SELECT peringkat AS "No", kalimat AS "Tindakan" FROM publik.v_aksi_provinsi WHERE peringkat <= 10 ORDER BY peringkat;
\pset title 'Cara menaikkan IP ASN per perangkat daerah: tiga tindakan teratas'
SELECT CASE WHEN length(a.unit) > 44 THEN left(a.unit, 43) || '…' ELSE a.unit END AS "Perangkat daerah",
	   a.kalimat AS "Tindakan"
FROM publik.v_aksi_unit a WHERE a.peringkat <= 3 ORDER BY a.unit_id, a.peringkat;

\pset title 'Catatan diklat ditolak (tidak dihitung) dan janggal (dihitung, perlu diperiksa), menurut alasan'
SELECT jenis AS "Jenis", alasan AS "Alasan", lpad(publik.angka(catatan), 7) AS "Catatan", lpad(publik.sel(pegawai), 7) AS "Pegawai"
FROM publik.v_catatan_alasan ORDER BY jenis DESC, catatan DESC, alasan;
\pset title 'Catatan diklat ditolak dan janggal per perangkat daerah'
SELECT CASE WHEN length(unit) > 44 THEN left(unit, 43) || '…' ELSE unit END AS "Perangkat daerah",
	   lpad(publik.sel(ditolak), 7) AS "Ditolak", lpad(publik.sel(pegawai_ditolak), 7) AS "Pegawai",
	   lpad(publik.sel(janggal), 7) AS "Janggal", lpad(publik.sel(pegawai_janggal), 7) AS "Pegawai "
FROM publik.v_catatan_unit ORDER BY unit_id;

\pset title 'Pemicu pada tabel diklat (ipasn.isi_jp dan ipasn.buat_ringkasan, jumlah_dalam => jam): catatan 2023 tiga perangkat daerah, ringkasan = laporan.v_jp_pegawai'
SELECT publik.angka(count(*)) AS "catatan masuk", publik.angka(sum(m.jp), 2) AS "JP per catatan",
	   publik.angka((SELECT count(*) FROM laporan.diklat_masuk_jp)) AS "pegawai-tahun",
	   publik.angka((SELECT sum(jp) FROM laporan.diklat_masuk_jp), 2) AS "JP ringkasan",
	   publik.angka((SELECT count(*) FROM laporan.diklat_masuk_jp r JOIN laporan.v_jp_pegawai v
			ON v.nip = r.pegawai AND v.tahun = r.tahun AND v.jp = r.jp)) AS "sama dengan v_jp_pegawai",
	   publik.angka((SELECT count(*) FILTER (WHERE memenuhi_target) FROM laporan.diklat_masuk_jp_target)) AS "memenuhi target"
FROM laporan.diklat_masuk m;
\pset title 'SIASN: JP dari jam tersimpan (ipasn.jumlah_jam) vs. jam dipakai mentah (siasn.v_kursus_jp)'
SELECT jalur, satuan, publik.angka(count(*)) AS catatan, publik.angka(sum(jumlah_jam)) AS jam_siasn,
	   publik.angka(sum(jp), 2) AS jp, publik.angka(sum(jp_jam_mentah), 2) AS jp_jam_mentah
FROM siasn.v_kursus_jp GROUP BY 1, 2 ORDER BY 1;
\pset title

-- ------------------------------------------------------------ individuals: only when asked for
\if :{?individu}
SELECT format('ipasn_admin_unit_%s', (:'individu')::integer) AS peran,
	   (SELECT nama FROM simpeg.unit WHERE id = (:'individu')::integer) AS nama_unit \gset
\echo
\echo 'DATA PRIBADI (UU 27/2022): daftar pegawai' :nama_unit 'untuk administrator unit itu saja, dibaca sebagai peran' :peran 'melalui laporan_unit (test/demo/rls.sql).'
SET ROLE :"peran";
\pset title 'Pegawai dan saran tindak lanjut (laporan_unit.v_ip_asn_pegawai, laporan_unit.v_saran)'
SELECT v.nip AS "NIP", v.nama AS "Nama", left(v.nama_jabatan, 34) AS "Jabatan",
	   translate(v.total::text, '.', ',') AS "IP ASN", replace(coalesce(v.kategori::text, 'tidak lengkap'), '_', ' ') AS "Kategori",
	   (SELECT string_agg(s.tindakan || coalesce(' (+' || translate(trim_scale(s.tambahan)::text, '.', ',') || ')', ''), '; '
						  ORDER BY s.tambahan DESC NULLS LAST, s.komponen)
		FROM laporan_unit.v_saran s WHERE s.nip = v.nip AND s.komponen <> 'disiplin') AS "Saran"
FROM laporan_unit.v_ip_asn_pegawai v
ORDER BY v.total NULLS FIRST, v.nip;
\pset title
RESET ROLE;
\endif
