-- ipasn demo — the triggers on a training-record table that stores hours.
--
-- A data team that keeps JP current as certificates arrive puts
-- ipasn.isi_jp (the JP of each record) and the summary of ipasn.buat_ringkasan
-- (JP per employee and year) on its training table.  SIMPEG stores hours as
-- text ('24', '24 JP', '12,5'), so both are declared jumlah_dalam => 'jam':
-- a seminar counts per day and coaching per activity (Peraturan LAN 10/2018,
-- Lampiran), whatever the hours say.
--
-- The usable 2023 records of three units (laporan.v_diklat, masalah IS NULL)
-- arrive in laporan.diklat_masuk one statement per employee, as a SIMPEG
-- front end would write them; the summary laporan.diklat_masuk_jp must then
-- equal laporan.v_jp_pegawai, which reads the same records in one query.
--
--   psql -f test/demo/pemicu.sql      (after reports.sql and its REFRESH)
\set ON_ERROR_STOP 1
DROP TABLE IF EXISTS laporan.diklat_masuk CASCADE;
CREATE TABLE laporan.diklat_masuk (
	id			bigint PRIMARY KEY,
	nip			varchar(18) NOT NULL,
	jalur		ipasn.jalur,
	lingkup		ipasn.lingkup,
	jumlah_jam	varchar(20),				-- hours as SIMPEG keeps them
	tgl_mulai	date,
	tgl_selesai date,
	jp			numeric(8, 2)				-- filled by ipasn.isi_jp
);
CREATE INDEX ON laporan.diklat_masuk (nip);
COMMENT ON TABLE laporan.diklat_masuk IS 'Demo: training records arriving one employee at a time, JP filled by ipasn.isi_jp and summed by the ipasn.buat_ringkasan triggers (hours read with jumlah_dalam => ''jam'')';

CREATE TRIGGER isi_jp BEFORE INSERT OR UPDATE ON laporan.diklat_masuk
	FOR EACH ROW EXECUTE FUNCTION
	ipasn.isi_jp(jalur, lingkup, jumlah_jam, tgl_mulai, tgl_selesai, jp, jam);
SELECT ipasn.buat_ringkasan('laporan.diklat_masuk', 'diklat_masuk_jp',
	'nip', 'jalur', 'lingkup', 'jumlah_jam', 'tgl_mulai', 'tgl_selesai',
	jumlah_dalam => 'jam') AS ringkasan \gset

-- one INSERT per employee, in employee order
SELECT format('INSERT INTO laporan.diklat_masuk (id, nip, jalur, lingkup, jumlah_jam, tgl_mulai, tgl_selesai)
	SELECT d.id, d.nip, d.jalur, d.lingkup, nullif(btrim(d.jumlah_jam), %L), d.tgl_mulai, d.tgl_selesai
	FROM laporan.v_diklat d
	WHERE d.nip = %L AND d.tahun = 2023 AND d.masalah IS NULL', '-', p.nip)
FROM simpeg.pegawai p
WHERE p.unit_id <= 3
ORDER BY p.nip \gexec
ANALYZE laporan.diklat_masuk, laporan.diklat_masuk_jp;
