
# Copyright: the ipasn authors
#
# dump_restore: pg_dump -Fc | pg_restore of a database with ipasn into a
# fresh database of the same server.  The agency's own rule rows come back
# (the rule tables are marked with pg_extension_config_dump), the built-in
# rows come from CREATE EXTENSION and are not doubled, JP follows the
# agency's rule; a training-record table with the isi_jp and summary triggers
# and its summary come back identical, and the triggers fire in the restored
# database.
#
# Run by `make test` (test/run.sh) through PGXS's prove_installcheck; the
# server is this test's own.

use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my ($src, $dst) = ('ipasn_dump_src', 'ipasn_dump_dst');
my $node = PostgreSQL::Test::Cluster->new('dump');
$node->init;
$node->append_conf('postgresql.conf', qq{
lc_messages = 'C'
timezone = 'UTC'
});
$node->start;
$node->safe_psql('postgres', "CREATE DATABASE $src");
$node->safe_psql($src, q{
SET client_min_messages = warning;
CREATE EXTENSION ipasn;
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
SELECT 1 + i % 30, (ARRAY['Seminar', 'coaching', 'E-Learning', 'Bimtek', 'belajar mandiri'])[1 + i % 5],
	CASE WHEN i % 6 = 0 THEN 'internasional' ELSE 'nasional' END::ipasn.lingkup,
	CASE WHEN i % 5 IN (2, 3, 4) THEN 1 + i % 9 END, '2024-06-01'::date + (i * 11) % 500, NULL
  FROM generate_series(1, 600) i;
});

my $rules_sql = q{SELECT (SELECT count(*) FROM ipasn.aturan_jp WHERE bawaan) || ' ' ||
	(SELECT count(*) FROM ipasn.aturan_jp WHERE NOT bawaan)};
my $data_sql = q{SELECT md5(string_agg(concat_ws(',', b.*), ';' ORDER BY id)) FROM bangkom b;
SELECT md5(string_agg(concat_ws(',', r.*), ';' ORDER BY pegawai, tahun)) FROM ringkasan r};
my $rules_a = $node->safe_psql($src, $rules_sql);
my $data_a  = $node->safe_psql($src, $data_sql);

my $dump = $node->basedir . '/ipasn.dump';
command_ok([ 'pg_dump', '-Fc', '-d', $node->connstr($src), '-f', $dump ], 'pg_dump -Fc');
$node->safe_psql('postgres', "CREATE DATABASE $dst");
command_ok([ 'pg_restore', '--exit-on-error', '-d', $node->connstr($dst), $dump ], 'pg_restore');

is($node->safe_psql($dst, $rules_sql), $rules_a,
	"built-in rule rows not doubled, the agency's row restored ($rules_a)");
is($node->safe_psql($dst, q{SELECT ipasn.jp('seminar', 'nasional', 1, '2025-03-01') || ' ' || ipasn.jp('seminar', 'nasional', 1, '2024-03-01')}),
	'5.00 4.00', "JP under the agency's rule from 2025 (5.00) and the built-in one before (4.00)");
is($node->safe_psql($dst, $data_sql), $data_a, 'the records and the summary are identical');
is($node->safe_psql($dst, q{SELECT count(*) FROM pg_trigger WHERE tgrelid = 'bangkom'::regclass AND NOT tgisinternal}),
	$node->safe_psql($src, q{SELECT count(*) FROM pg_trigger WHERE tgrelid = 'bangkom'::regclass AND NOT tgisinternal}),
	'the triggers of the training-record table are restored');

# the triggers fire in the restored database: seminar 2 days nasional in
# 2025 under the agency rule, 2 x 5 JP
$node->safe_psql($dst, q{
INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai, selesai)
VALUES (777, 'seminar', 'nasional', 2, '2025-05-05', '2025-05-06');
UPDATE bangkom SET nip = 778 WHERE id = 1;
});
is($node->safe_psql($dst, q{SELECT jp FROM bangkom WHERE nip = 777}), '10.00',
	'isi_jp fires after the restore (seminar 2 days, agency rule: 10.00)');
is($node->safe_psql($dst, q{SELECT jp || ' ' || jumlah_catatan FROM ringkasan WHERE pegawai = 777 AND tahun = 2025}),
	'10.00 1', 'the summary trigger fires after the restore');
is($node->safe_psql($dst, q{
SELECT count(*) FROM (
	(SELECT pegawai, tahun, jp, jumlah_catatan FROM ringkasan
	 EXCEPT
	 SELECT nip, extract(year FROM mulai)::int, ipasn.jp_total(ipasn.teks_jalur(jalur), lingkup, jumlah, mulai, selesai), count(*)
	   FROM bangkom GROUP BY 1, 2)
	UNION ALL
	(SELECT nip, extract(year FROM mulai)::int, ipasn.jp_total(ipasn.teks_jalur(jalur), lingkup, jumlah, mulai, selesai), count(*)
	   FROM bangkom GROUP BY 1, 2
	 EXCEPT
	 SELECT pegawai, tahun, jp, jumlah_catatan FROM ringkasan)) x}),
	0, 'after writes in the restored database the summary equals a full recomputation');

$node->stop;
done_testing();
