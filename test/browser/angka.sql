-- ipasn browser test — the numbers the dashboard must show, straight from the
-- published views (schema publik of test/demo/publik.sql and bkn.sql), one
-- "key<TAB>value" line each, in the form the page writes into its
-- data-key / data-value attributes (two decimals for percents, means and
-- points, integers for counts, empty for a figure suppressed or NULL).
--   psql -At -F '	' -f test/browser/angka.sql
SELECT 'pct20|' || unit_id, coalesce(memenuhi_20jp_pct::text, '') FROM publik.v_unit
UNION ALL
SELECT 'pct40|' || unit_id, coalesce(memenuhi_40jp_pct::text, '') FROM publik.v_unit
UNION ALL
SELECT 'ipasn|' || unit_id, coalesce(rata_ip_asn::text, '') FROM publik.v_unit
UNION ALL
SELECT 'pub40|' || unit_id, pub_40jp_pct::text FROM publik.v_unit WHERE pub_40jp_pct IS NOT NULL
UNION ALL
SELECT 'total|' || k, v
FROM publik.v_total t,
	 LATERAL (VALUES ('pegawai', t.pegawai::text),
					 ('memenuhi_20jp_pct', t.memenuhi_20jp_pct::text),
					 ('memenuhi_40jp_pct', t.memenuhi_40jp_pct::text),
					 ('rata_ip_asn', coalesce(t.rata_ip_asn::text, ''))) x(k, v)
UNION ALL
SELECT 'kategori|' || k, coalesce(v::text, '')
FROM publik.v_total t,
	 LATERAL (VALUES ('sangat_tinggi', t.sangat_tinggi), ('tinggi', t.tinggi), ('sedang', t.sedang),
					 ('rendah', t.rendah), ('sangat_rendah', t.sangat_rendah),
					 ('tidak_lengkap', t.tidak_lengkap)) x(k, v)
UNION ALL
SELECT 'catatan|' || jenis || '|' || alasan, catatan::text FROM publik.v_catatan_alasan
UNION ALL
-- agency vs BKN: the province in the cards, each unit in the chart and table
SELECT 'bkn|' || k || '|', coalesce(v::text, '')
FROM publik.v_rekonsiliasi_unit r,
	 LATERAL (VALUES ('rata_bkn', r.rata_bkn), ('rata_bkn_setelah', r.rata_bkn_setelah)) x(k, v)
WHERE r.unit_id IS NULL
UNION ALL
SELECT 'bkn|' || k || '|' || r.unit_id, coalesce(v::text, '')
FROM publik.v_rekonsiliasi_unit r,
	 LATERAL (VALUES ('rata_instansi', r.rata_instansi), ('rata_bkn', r.rata_bkn)) x(k, v)
WHERE r.unit_id IS NOT NULL
UNION ALL
SELECT 'bkn|rata_bkn_setelah|' || unit_id, rata_bkn_setelah::text
FROM publik.v_rekonsiliasi_unit WHERE unit_id IS NOT NULL AND rata_bkn_setelah IS NOT NULL
UNION ALL
SELECT 'bkn|catatan_kirim|' || coalesce(unit_id::text, ''), coalesce(catatan_kirim::text, '')
FROM publik.v_rekonsiliasi_unit
UNION ALL
SELECT 'bkn_jenis|' || peringkat, tambah_rerata_bkn::text
FROM publik.v_rekonsiliasi_jenis WHERE unit_id IS NULL AND peringkat <= 10
UNION ALL
-- how to raise the index
SELECT 'aksi|' || peringkat, tambah_rerata::text FROM publik.v_aksi_provinsi WHERE peringkat <= 10
UNION ALL
SELECT 'aksi_unit|' || unit_id || '|' || peringkat, tambah_rerata::text FROM publik.v_aksi_unit WHERE peringkat <= 3;
