-- ipasn demo — the dashboard's data: one JSON document.
--   psql -At [-v individu=<unit id>] -f test/demo/dashboard.sql > data.json
--
-- By default every figure comes from schema publik (publik.sql, bkn.sql):
-- aggregates only, no group under 5 employees (NULL, with the reason), no
-- penalty (UU 27/2022 tentang Pelindungan Data Pribadi; doc/privacy.md).
-- individu: a unit id (or the environment variable IPASN_DEMO_INDIVIDU) to
-- embed that unit's employees with NIP, name and their actions: personal
-- data, for that unit's administrator only; never another unit's.
\set ON_ERROR_STOP 1
\set QUIET on
\if :{?individu}
\else
\getenv individu IPASN_DEMO_INDIVIDU
\endif
\if :{?individu}
\else
\set individu ''
\endif
SELECT :'individu' <> '' AS ada_individu \gset
\if :ada_individu
-- read as the unit's administrator (test/demo/rls.sql, demo.sh creates the
-- role ipasn_admin_unit_<id>): row-level security keeps every other unit out
SELECT format('ipasn_admin_unit_%s', (:'individu')::integer) AS peran \gset
SET ROLE :"peran";
SELECT json_build_object(
	'unit_id', (:'individu')::integer,
	'unit', (SELECT nama FROM simpeg.unit WHERE id = (:'individu')::integer),
	'peran', current_user,
	'pegawai', (SELECT json_agg(json_build_object(
					'nip', v.nip, 'nama', v.nama, 'nama_jabatan', v.nama_jabatan,
					'jabatan', v.jabatan::text, 'jp', v.jp, 'kompetensi', v.kompetensi, 'total', v.total,
					'kategori', v.kategori::text,
					'saran', (SELECT json_agg(json_build_object('komponen', s.komponen, 'tambahan', s.tambahan,
																'tindakan', s.tindakan)
											  ORDER BY s.tambahan DESC NULLS LAST, s.komponen)
							  FROM laporan_unit.v_saran s
							  WHERE s.nip = v.nip AND s.komponen <> 'disiplin'))
				ORDER BY v.total NULLS FIRST, v.nip)
				FROM laporan_unit.v_ip_asn_pegawai v))::text AS individu_json \gset
RESET ROLE;
\else
\set individu_json null
\endif
-- each published view read once
WITH jenis AS MATERIALIZED (SELECT * FROM publik.v_rekonsiliasi_jenis)
SELECT replace(json_build_object(
	'judul', 'IP ASN dan pemenuhan JP per perangkat daerah — data contoh DKI Jakarta',
	'dibuat', to_char(now() AT TIME ZONE 'Asia/Jakarta', 'DD-MM-YYYY HH24.MI') || ' WIB',
	'kelompok_minimum', publik.kelompok_minimum(),
	'periode', (SELECT row_to_json(p) FROM laporan.periode p),
	'total', (SELECT row_to_json(t) FROM publik.v_total t),
	'unit', (SELECT json_agg(json_build_object(
					'unit_id', u.unit_id, 'unit', u.unit, 'pegawai', u.pegawai,
					'ikut_pct', u.ikut_pct,
					'memenuhi_20jp', u.memenuhi_20jp, 'memenuhi_20jp_pct', u.memenuhi_20jp_pct,
					'memenuhi_40jp', u.memenuhi_40jp, 'memenuhi_40jp_pct', u.memenuhi_40jp_pct,
					'rata_kompetensi', u.rata_kompetensi, 'rata_ip_asn', u.rata_ip_asn,
					'kategori_rata', u.kategori_rata,
					'pub_20jp_pct', u.pub_20jp_pct, 'pub_40jp_pct', u.pub_40jp_pct,
					'pub_kompetensi', u.pub_kompetensi, 'catatan', u.catatan_terbit, 'disensor', u.disensor)
				ORDER BY u.unit_id)
			 FROM publik.v_unit u),
	'rekonsiliasi', (SELECT json_agg(json_build_object(
					'unit_id', r.unit_id, 'unit', r.unit, 'pegawai', r.pegawai,
					'rata_instansi', r.rata_instansi, 'rata_bkn', r.rata_bkn, 'selisih', r.selisih,
					'pegawai_kirim', r.pegawai_kirim, 'catatan_kirim', r.catatan_kirim,
					'rata_bkn_setelah', r.rata_bkn_setelah, 'pegawai_bkn_lebih', r.pegawai_bkn_lebih,
					'jenis', (SELECT json_agg(json_build_object('jenis', j.jenis, 'dimensi', j.dimensi, 'pegawai', j.pegawai,
																'tambah_rerata_bkn', j.tambah_rerata_bkn) ORDER BY j.peringkat)
							  FROM jenis j
							  WHERE j.unit_id IS NOT DISTINCT FROM r.unit_id
								AND j.peringkat <= CASE WHEN r.unit_id IS NULL THEN 10 ELSE 3 END))
				ORDER BY r.unit_id NULLS FIRST)
			 FROM publik.v_rekonsiliasi_unit r),
	'aksi_provinsi', (SELECT json_agg(json_build_object('peringkat', a.peringkat, 'kalimat', a.kalimat,
													   'pegawai', a.pegawai, 'tambah_rerata', a.tambah_rerata)
									 ORDER BY a.peringkat)
					  FROM publik.v_aksi_provinsi a WHERE a.peringkat <= 10),
	'aksi_unit', (SELECT json_agg(json_build_object('unit_id', a.unit_id, 'unit', a.unit, 'peringkat', a.peringkat,
												   'kalimat', a.kalimat, 'tambah_rerata', a.tambah_rerata)
								 ORDER BY a.unit_id, a.peringkat)
				  FROM publik.v_aksi_unit a WHERE a.peringkat <= 3),
	'catatan_alasan', (SELECT json_agg(json_build_object('jenis', c.jenis, 'alasan', c.alasan, 'catatan', c.catatan,
														'pegawai', c.pegawai)
									  ORDER BY c.jenis DESC, c.catatan DESC, c.alasan)
					   FROM publik.v_catatan_alasan c),
	'catatan_unit', (SELECT json_agg(json_build_object('unit_id', c.unit_id, 'unit', c.unit,
													  'ditolak', c.ditolak, 'pegawai_ditolak', c.pegawai_ditolak,
													  'janggal', c.janggal, 'pegawai_janggal', c.pegawai_janggal)
									ORDER BY c.unit_id)
					 FROM publik.v_catatan_unit c),
	-- personal data: only when asked for, one unit only (read above as its administrator)
	'individu', (:'individu_json')::json
)::text, '</', '<\/');
