-- ipasn demo — the dashboard's data: one JSON document from the report views.
--   psql -At -v sampel=30 [-v identitas=1] -f test/demo/dashboard.sql > data.json
-- sampel: employees per unit embedded for the searchable table (the ones with
-- the lowest IP ASN, i.e. the ones a unit should look at first).
-- identitas: 1 to embed NIP, name and position name of the sampled employees
-- (or the environment variable IPASN_DEMO_IDENTITAS=1); by default they are
-- left out and each employee gets a code (P0001 ...) that means nothing
-- outside this file: personal data under UU 27/2022, shown only when asked
-- for (the README, section Privacy).
\set ON_ERROR_STOP 1
\if :{?sampel}
\else
\set sampel 30
\endif
\if :{?identitas}
\else
\getenv identitas IPASN_DEMO_IDENTITAS
\endif
\if :{?identitas}
\else
\set identitas 0
\endif
SELECT replace(json_build_object(
	'judul', 'IP ASN dan pemenuhan JP per perangkat daerah — data contoh DKI Jakarta',
	'dibuat', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"'),
	'periode', (SELECT row_to_json(p) FROM laporan.periode p),
	'total', (SELECT row_to_json(t) FROM laporan.v_laporan_total t),
	'unit', (SELECT json_agg(json_build_object(
					'unit_id', l.unit_id, 'unit', l.unit, 'pegawai', l.pegawai,
					'ikut', l.ikut, 'ikut_pct', l.ikut_pct,
					'memenuhi_20jp', l.memenuhi_20jp, 'memenuhi_20jp_pct', l.memenuhi_20jp_pct,
					'memenuhi_40jp', l.memenuhi_40jp, 'memenuhi_40jp_pct', l.memenuhi_40jp_pct,
					'rata_kompetensi', l.rata_kompetensi, 'rata_ip_asn', l.rata_ip_asn,
					'kategori_rata', CASE WHEN l.rata_ip_asn IS NOT NULL THEN ipasn.kategori(l.rata_ip_asn) END,
					'pub_20jp_pct', b.pub_20jp_pct, 'pub_40jp_pct', b.pub_40jp_pct,
					'pub_kompetensi', b.pub_kompetensi, 'catatan', nullif(b.catatan, ''))
				ORDER BY l.unit_id)
			 FROM laporan.v_laporan_unit l JOIN laporan.v_banding_publikasi b USING (unit_id)),
	'sampel_per_unit', :sampel,
	'identitas', :'identitas'::boolean,
	'pegawai', (SELECT json_agg(json_build_object(
					'kode', 'P' || lpad(v.kode::text, 4, '0'),
					'nip', CASE WHEN :'identitas'::boolean THEN v.nip END,
					'nama', CASE WHEN :'identitas'::boolean THEN v.nama END,
					'unit', v.unit,
					'nama_jabatan', CASE WHEN :'identitas'::boolean THEN v.nama_jabatan END,
					'jabatan', v.jabatan, 'jp', v.jp, 'kompetensi', v.kompetensi, 'total', v.total,
					'kategori', v.kategori,
					'saran', (SELECT json_agg(json_build_object('komponen', s.komponen, 'tambahan', s.tambahan,
																'tindakan', s.tindakan))
							  FROM ipasn.saran(v.pendidikan, v.jabatan, v.diklatpim, v.fungsional,
											   v.jp_teknis, v.seminar, v.predikat, v.hukuman) s))
				ORDER BY v.unit_id, v.total NULLS FIRST, v.nip)
				FROM (SELECT x.*, row_number() OVER (ORDER BY x.unit_id, x.total NULLS FIRST, x.nip) AS kode
						FROM (SELECT w.*, row_number() OVER (PARTITION BY w.unit_id
															 ORDER BY w.total NULLS FIRST, w.nip) AS nr
							  FROM laporan.v_ip_asn_pegawai w) x
					   WHERE x.nr <= :sampel) v),
	'masalah', (SELECT json_agg(json_build_object('jenis', m.jenis, 'jumlah', m.jumlah) ORDER BY m.jumlah DESC, m.jenis)
				FROM (SELECT regexp_replace(masalah, '''[^'']*''|-?[0-9][0-9.:-]*', '…', 'g') AS jenis,
							 count(*) AS jumlah
					  FROM laporan.v_catatan_bermasalah GROUP BY 1) m)
)::text, '</', '<\/');
