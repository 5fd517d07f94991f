
# Copyright: the ipasn authors
#
# restart: a server stopped and started again (a clean "fast" shutdown, then
# an "immediate" one, which recovers from the WAL at start-up like a crash)
# keeps an agency's own rule rows and the built-in ones, serves JP under
# them at once (a new backend builds its rule cache afresh), and the isi_jp
# and summary triggers of a training-record table keep working: inserts,
# updates and deletes after each restart leave the summary equal to a full
# recomputation.
#
# Run by `make test` (test/run.sh) through PGXS's prove_installcheck; the
# server is this test's own.

use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $db   = 'ipasn_restart';
my $node = PostgreSQL::Test::Cluster->new('restart');
$node->init;
$node->append_conf('postgresql.conf', qq{
lc_messages = 'C'
timezone = 'UTC'
});
$node->start;
$node->safe_psql('postgres', "CREATE DATABASE $db");
$node->safe_psql($db, q{
SET client_min_messages = warning;
CREATE EXTENSION ipasn;
-- an agency's own rule: seminar nasional counts 5 JP a day from 2025
-- (Peraturan LAN 10/2018 gives 4)
INSERT INTO ipasn.aturan_jp (jalur, lingkup, berlaku_mulai, satuan, jp_per_satuan, keterangan)
VALUES ('seminar', 'nasional', '2025-01-01', 'hari', 5, 'aturan instansi');
CREATE TABLE bangkom (
	id bigserial PRIMARY KEY,
	nip integer NOT NULL,
	jalur text,
	lingkup ipasn.lingkup,
	jumlah numeric,
	mulai date,
	selesai date,
	jp numeric(8,2)
);
CREATE TRIGGER isi BEFORE INSERT OR UPDATE ON bangkom
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp, 'satuan');
SELECT ipasn.buat_ringkasan('bangkom', 'ringkasan', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan');
INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai, selesai)
SELECT 1 + i % 20, (ARRAY['Seminar', 'coaching', 'E-Learning', 'Bimtek'])[1 + i % 4],
	CASE WHEN i % 5 = 0 THEN 'internasional' ELSE 'nasional' END::ipasn.lingkup,
	CASE WHEN i % 4 = 3 THEN 8 END, '2024-06-01'::date + (i * 7) % 400, NULL
  FROM generate_series(1, 400) i;
});

my $rules_sql = q{SELECT (SELECT count(*) FROM ipasn.aturan_jp WHERE bawaan) || ' ' ||
	(SELECT count(*) FROM ipasn.aturan_jp WHERE NOT bawaan)};
my $rules = $node->safe_psql($db, $rules_sql);
like($rules, qr/^[1-9][0-9]* 1$/, "built-in and agency rule rows before the restarts ($rules)");

my $check_sql = q{
CREATE TEMP TABLE penuh AS
SELECT nip AS pegawai, extract(year FROM coalesce(selesai, mulai))::int AS tahun,
	ipasn.jp_total(ipasn.teks_jalur(jalur), lingkup, jumlah, mulai, selesai) AS jp, count(*) AS jumlah_catatan
  FROM bangkom GROUP BY 1, 2;
SELECT count(*) FROM (
	(SELECT pegawai, tahun, jp, jumlah_catatan FROM ringkasan EXCEPT SELECT * FROM penuh)
	UNION ALL
	(SELECT * FROM penuh EXCEPT SELECT pegawai, tahun, jp, jumlah_catatan FROM ringkasan)) x;
};

my $n = 0;
for my $mode ('fast', 'immediate')
{
	$node->stop($mode);
	$node->start;
	$n++;

	is($node->safe_psql($db, $rules_sql), $rules, "$mode restart: the rule rows are kept");
	# seminar nasional, 2 days: 2 x 5 JP under the agency rule from 2025,
	# 2 x 4 JP under the built-in one before
	is($node->safe_psql($db,
			q{SELECT ipasn.jp('seminar', 'nasional', 2, '2025-03-01') || ' ' || ipasn.jp('seminar', 'nasional', 2, '2024-03-01')}),
		'10.00 8.00', "$mode restart: JP under the agency rule (10.00) and the built-in one (8.00)");

	# the triggers: an insert fills jp and reaches the summary
	$node->safe_psql($db, qq{
INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai, selesai)
VALUES (900 + $n, 'seminar', 'nasional', 2, '2025-05-05', '2025-05-06'),
	   (900 + $n, 'Coaching', 'nasional', NULL, '2025-05-07', NULL);
});
	is($node->safe_psql($db, "SELECT string_agg(jp::text, ' ' ORDER BY id) FROM bangkom WHERE nip = 900 + $n"),
		'10.00 2.00', "$mode restart: isi_jp fills jp (seminar 2 days under the agency rule 10.00, coaching 2.00)");
	is($node->safe_psql($db, "SELECT jp || ' ' || jumlah_catatan FROM ringkasan WHERE pegawai = 900 + $n AND tahun = 2025"),
		'12.00 2', "$mode restart: the summary trigger writes the summary row (12.00 JP, 2 records)");

	$node->safe_psql($db, q{
UPDATE bangkom SET mulai = mulai + 200 WHERE id % 9 = 0;
DELETE FROM bangkom WHERE id % 13 = 0;
});
	is($node->safe_psql($db, $check_sql), 0,
		"$mode restart: after updates and deletes the summary equals a full recomputation");
}

$node->stop;
done_testing();
