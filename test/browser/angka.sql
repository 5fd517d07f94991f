-- ipasn browser test — the numbers the dashboard must show, straight from the
-- report views, one "key<TAB>value" line each, in the form the page writes
-- into its data-key / data-value attributes (two decimals for percents and
-- averages, integers for counts, empty for NULL).
--   psql -At -F '	' -f test/browser/angka.sql
SELECT 'pct20|' || unit_id, memenuhi_20jp_pct::text FROM laporan.v_laporan_unit
UNION ALL
SELECT 'pct40|' || unit_id, memenuhi_40jp_pct::text FROM laporan.v_laporan_unit
UNION ALL
SELECT 'ipasn|' || unit_id, coalesce(rata_ip_asn::text, '') FROM laporan.v_laporan_unit
UNION ALL
SELECT 'pub40|' || unit_id, pub_40jp_pct::text FROM laporan.v_banding_publikasi WHERE pub_40jp_pct IS NOT NULL
UNION ALL
SELECT 'total|' || k, v
FROM laporan.v_laporan_total t,
	 LATERAL (VALUES ('pegawai', t.pegawai::text), ('ikut_pct', t.ikut_pct::text),
					 ('memenuhi_20jp_pct', t.memenuhi_20jp_pct::text),
					 ('memenuhi_40jp_pct', t.memenuhi_40jp_pct::text),
					 ('rata_kompetensi', coalesce(t.rata_kompetensi::text, '')),
					 ('rata_ip_asn', coalesce(t.rata_ip_asn::text, ''))) x(k, v)
UNION ALL
SELECT 'kategori|' || k, v::text
FROM laporan.v_laporan_total t,
	 LATERAL (VALUES ('sangat_tinggi', t.sangat_tinggi), ('tinggi', t.tinggi), ('sedang', t.sedang),
					 ('rendah', t.rendah), ('sangat_rendah', t.sangat_rendah),
					 ('tidak_lengkap', t.tidak_lengkap)) x(k, v)
UNION ALL
SELECT 'masalah|' || regexp_replace(masalah, '''[^'']*''|-?[0-9][0-9.:-]*', '…', 'g'), count(*)::text
FROM laporan.v_catatan_bermasalah GROUP BY 1;
