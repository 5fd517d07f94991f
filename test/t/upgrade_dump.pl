# pg_dump | pg_restore of a populated ipasn database (test/t/upgrade_data.sql:
# agency rule rows, agency vocabulary when ipasn.sinonim exists, a training
# table with both triggers and its summary, stored jp_state values) into a
# new database: the restore is clean, the two databases dump identically,
# every figure (test/t/upgrade_results.sql) and the extension's catalog
# (test/t/upgrade_catalog.sql, agency rows included) are the same, and the
# triggers fire in the restored database exactly as in the original.
# Also: a fresh install and 0.1.0 + ALTER EXTENSION UPDATE in two databases
# describe the same catalog.
#
# Run: prove -I /usr/lib/postgresql/15/lib/pgxs/src/test/perl test/t/upgrade_dump.pl
# (PATH with the PostgreSQL bin directory; as the OS user postgres when root).
use strict;
use warnings;
use FindBin;
use Cwd qw(abs_path);
use IPC::Run;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $top = abs_path("$FindBin::RealBin/../..");
$ENV{PG_REGRESS} //= `pg_config --pgxs` =~ s{/src/makefiles/pgxs.mk\s*$}{/src/test/regress/pg_regress}r;

my $node = PostgreSQL::Test::Cluster->new('dump');
$node->init;
$node->append_conf('postgresql.conf', "lc_messages = 'C'\ntimezone = 'UTC'\n");
$node->start;
my $tmp = PostgreSQL::Test::Utils::tempdir;

sub psql_file
{
	my ($db, $file) = @_;
	my ($rc, $out, $err) = $node->psql($db, undef, extra_params => [ '-X', '-f', $file ]);
	return ($rc, $out, $err);
}

$node->safe_psql('postgres', 'CREATE DATABASE asal');
$node->safe_psql('asal', 'CREATE EXTENSION ipasn');
my ($rc, $out, $err) = psql_file('asal', "$top/test/t/upgrade_data.sql");
is($rc, 0, 'populated database built') or diag($err);
my $has_sinonim = $node->safe_psql('asal', "SELECT to_regclass('ipasn.sinonim') IS NOT NULL");
note($has_sinonim eq 't' ? 'ipasn.sinonim present: agency vocabulary included' : 'ipasn.sinonim not present yet');

# dump (custom format) and restore into a new database
my @conn = ('-h', $node->host, '-p', $node->port);
command_ok([ 'pg_dump', @conn, '-Fc', '-f', "$tmp/asal.dump", 'asal' ], 'pg_dump -Fc');
$node->safe_psql('postgres', 'CREATE DATABASE pulih');
my ($stdout, $stderr);
my $ok = IPC::Run::run([ 'pg_restore', @conn, '-d', 'pulih', "$tmp/asal.dump" ], '>', \$stdout, '2>', \$stderr);
ok($ok && $stderr eq '', 'pg_restore runs without an error or a warning') or diag($stderr);

# both databases dump the same (plain format, as text)
command_ok([ 'pg_dump', @conn, '-f', "$tmp/asal.sql", 'asal' ], 'plain dump of the original');
command_ok([ 'pg_dump', @conn, '-f', "$tmp/pulih.sql", 'pulih' ], 'plain dump of the restored database');
# (pg_dump 15.14 and later fence the script with a random \restrict key)
my ($a, $b) = map { slurp_file($_) =~ s/^\\(un)?restrict \S+$//mgr } ("$tmp/asal.sql", "$tmp/pulih.sql");
ok($a eq $b, 'the restored database dumps identically to the original')
  or diag(`diff -u $tmp/asal.sql $tmp/pulih.sql | grep -v restrict | head -60`);
like($a, qr/aturan instansi 2025/, 'the dump carries the agency JP rule');
unlike($a, qr/Lampiran|20 JP per semester/, 'the dump leaves out the built-in rule rows (recreated by CREATE EXTENSION)');

# every figure, and the extension's catalog with its rows
my ($r1, $o1, $e1) = psql_file('asal', "$top/test/t/upgrade_results.sql");
my ($r2, $o2, $e2) = psql_file('pulih', "$top/test/t/upgrade_results.sql");
is($r1 + $r2, 0, 'figures read in both databases') or diag($e1 . $e2);
is($o2, $o1, 'every figure is the same after pg_restore');
like($o1, qr/^selisih=0$/m, 'the summary agrees with a recomputation from the records');
my $katalog = "\\i $top/test/t/upgrade_catalog.sql\n"
  . "SELECT objek, sifat, nilai FROM pg_temp.ipasn_katalog() ORDER BY 1, 2, 3;\n";
is($node->safe_psql('pulih', $katalog), $node->safe_psql('asal', $katalog),
	'the extension\'s catalog, rule rows and vocabulary are the same after pg_restore');
if ($has_sinonim eq 't')
{
	is($node->safe_psql('pulih', "SELECT count(*) FROM ipasn.sinonim WHERE teks = 'Pelatihan Kilat Instansi'"),
		'1', 'the agency vocabulary row survives');
}

# the triggers still fire in the restored database, as in the original
my $dml = q{
	INSERT INTO public.rekam (nip, jalur, lingkup, jumlah, mulai, selesai)
	VALUES ('199000000000000003', 'Pelatihan Teknis', 'nasional', 24, '2025-02-03', '2025-02-05'),
		   ('199000000000000009', 'seminar', 'nasional', 2, '2025-03-01', '2025-03-02');
	UPDATE public.rekam SET jumlah = 2 WHERE nip = '199000000000000001' AND jalur = 'seminar';
	DELETE FROM public.rekam WHERE id IN (SELECT min(id) FROM public.rekam WHERE nip = '199000000000000002');
};
$node->safe_psql($_, $dml) for qw(asal pulih);
is($node->safe_psql('pulih', q{SELECT jp FROM public.rekam WHERE nip = '199000000000000009'}), '10.00',
	'isi_jp fires after the restore, with the agency rule (seminar 2 days in 2025 x 5 = 10.00)');
is($node->safe_psql('pulih', q{SELECT jp FROM public.rekam_ringkasan WHERE pegawai = '199000000000000009'}), '10.00',
	'ringkas_jp fires after the restore (a new employee-year)');
($r1, $o1, $e1) = psql_file('asal', "$top/test/t/upgrade_results.sql");
($r2, $o2, $e2) = psql_file('pulih', "$top/test/t/upgrade_results.sql");
is($o2, $o1, 'after the same inserts, updates and deletes both databases hold the same figures');
like($o2, qr/^selisih=0$/m, 'and the restored summary still agrees with its records');

# two databases side by side: a fresh install and 0.1.0 + ALTER EXTENSION
# UPDATE describe the same catalog (test/pgtap/upgrade.sql does this within
# one database in every make test)
$node->safe_psql('postgres', 'CREATE DATABASE segar');
$node->safe_psql('segar', 'CREATE EXTENSION ipasn');
$node->safe_psql('postgres', 'CREATE DATABASE naik');
$node->safe_psql('naik', "CREATE EXTENSION ipasn VERSION '0.1.0'");
$node->safe_psql('naik', 'ALTER EXTENSION ipasn UPDATE');
my ($k1, $k2) = ($node->safe_psql('segar', $katalog), $node->safe_psql('naik', $katalog));
cmp_ok(scalar(split /\n/, $k1), '>', 1000, 'catalog description of a fresh install');
ok($k1 eq $k2, 'a fresh install and 0.1.0 + ALTER EXTENSION UPDATE, in two databases, describe the same catalog')
  or do
{
	open my $f1, '>', "$tmp/segar" or die; print $f1 $k1; close $f1;
	open my $f2, '>', "$tmp/naik" or die; print $f2 $k2; close $f2;
	diag(`diff $tmp/segar $tmp/naik | head -40`);
};

# triggers created under 0.1.0 (six isi_jp and seven ringkas_jp arguments,
# no jumlah_dalam): the update names each of them in a WARNING, re-creates
# each with an explicit 'satuan' (jumlah_dalam has no default since 0.3.0)
# and says so, and they keep reading their jumlah column in each jalur's
# unit, also after a dump of the updated database, which carries the
# declaration, is restored
$node->safe_psql('postgres', 'CREATE DATABASE lama');
$node->safe_psql('lama', "CREATE EXTENSION ipasn VERSION '0.1.0'");
($rc, $out, $err) = psql_file('lama', "$top/test/t/upgrade_data.sql");
is($rc, 0, 'populated 0.1.0 database built') or diag($err);
my ($r3, $o3, $e3) = $node->psql('lama', 'ALTER EXTENSION ipasn UPDATE', extra_params => [ '-X' ]);
is($r3, 0, '0.1.0 with triggers updates') or diag($e3);
my @notice = $e3 =~ /WARNING:  trigger "([^"]+)" on table public\.rekam \(ipasn\.(\w+), created under ipasn 0\.1\.0\)/g;
is(join(' ', @notice), 'rekam_jp isi_jp rekam_ringkasan_hapus ringkas_jp rekam_ringkasan_kosongkan ringkas_jp rekam_ringkasan_tambah ringkas_jp rekam_ringkasan_ubah ringkas_jp',
	'the update names each 0.1.0 trigger in a WARNING') or diag($e3);
like($e3, qr/re-create the trigger with jumlah_dalam 'jam'/, 'and says how to declare hours');
my @satuan = $e3 =~ /WARNING:  trigger "([^"]+)" on table public\.rekam \(function (\w+)\) re-created with jumlah_dalam 'satuan'/g;
is(join(' ', @satuan), 'rekam_jp isi_jp rekam_ringkasan_hapus ringkas_jp rekam_ringkasan_kosongkan ringkas_jp rekam_ringkasan_tambah ringkas_jp rekam_ringkasan_ubah ringkas_jp',
	'the update re-creates each trigger without jumlah_dalam with \'satuan\' and names it in a WARNING') or diag($e3);
is($node->safe_psql('lama', q{SELECT count(*) FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
	WHERE p.proname IN ('isi_jp', 'ringkas_jp') AND right(encode(t.tgargs, 'escape'), 10) = 'satuan' || chr(92) || '000'}), '5',
	'after the update the five triggers carry \'satuan\' as their last argument');
my $seminar = q{
	INSERT INTO public.rekam (nip, jalur, lingkup, jumlah, mulai, selesai)
	VALUES ('199000000000000042', 'seminar', 'nasional', 2, '2024-03-01', '2024-03-02');
	SELECT r.jp || ' ' || s.jp FROM public.rekam r JOIN public.rekam_ringkasan s ON s.pegawai = r.nip
	 WHERE r.nip = '199000000000000042';
};
# Peraturan LAN 10/2018, Lampiran: seminar nasional 4 JP a day, jumlah 2 (days) = 8.00
is($node->safe_psql('lama', $seminar), '8.00 8.00',
	'after the update the 0.1.0 triggers fire and read jumlah as days of seminar (2 x 4 = 8.00)');
command_ok([ 'pg_dump', @conn, '-Fc', '-f', "$tmp/lama.dump", 'lama' ], 'pg_dump of the updated database');
command_ok([ 'pg_dump', @conn, '-f', "$tmp/lama.sql", 'lama' ], 'plain dump of the updated database');
like(slurp_file("$tmp/lama.sql"), qr/ipasn\.isi_jp\('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan'\)/,
	'its dump carries the declaration of the row trigger');
$node->safe_psql('postgres', 'CREATE DATABASE lama_pulih');
$ok = IPC::Run::run([ 'pg_restore', @conn, '-d', 'lama_pulih', "$tmp/lama.dump" ], '>', \$stdout, '2>', \$stderr);
ok($ok && $stderr eq '', 'its restore runs without an error') or diag($stderr);
$node->safe_psql('lama_pulih', q{DELETE FROM public.rekam WHERE nip = '199000000000000042'});
is($node->safe_psql('lama_pulih', $seminar), '8.00 8.00',
	'the restored 0.1.0 triggers still fire the same way');

$node->stop;
done_testing();
