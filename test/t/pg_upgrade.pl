# pg_upgrade (15 -> 15, --link and copy modes alike use the same catalog
# path; this test copies) of a populated ipasn database: every figure
# (test/t/upgrade_results.sql), the extension's catalog with its rule rows
# (test/t/upgrade_catalog.sql) and the pg_dump of the database are the same
# after the upgrade, and both triggers fire in the new cluster.  Also a
# database still at ipasn 0.1.0 goes through pg_upgrade and is updated after.
# Slow (two clusters, pg_upgrade): `make test-pg-upgrade`, not `make test`.
#
# Run: prove -I /usr/lib/postgresql/15/lib/pgxs/src/test/perl test/t/pg_upgrade.pl
# (PATH with the PostgreSQL bin directory; as the OS user postgres when root).
use strict;
use warnings;
use FindBin;
use Cwd qw(abs_path getcwd);
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

plan skip_all => 'slow: run by make test-pg-upgrade (IPASN_TEST_PG_UPGRADE=1)'
  unless $ENV{IPASN_TEST_PG_UPGRADE};

my $top = abs_path("$FindBin::RealBin/../..");
$ENV{PG_REGRESS} //= `pg_config --pgxs` =~ s{/src/makefiles/pgxs.mk\s*$}{/src/test/regress/pg_regress}r;
my $bindir = `pg_config --bindir`;
chomp $bindir;

my $old = PostgreSQL::Test::Cluster->new('lama');
$old->init;
$old->append_conf('postgresql.conf', "lc_messages = 'C'\ntimezone = 'UTC'\n");
$old->start;

sub run_file
{
	my ($node, $db, $file) = @_;
	my ($rc, $out, $err) = $node->psql($db, undef, extra_params => [ '-X', '-f', $file ]);
	return ($rc, $out, $err);
}
my $katalog = "\\i $top/test/t/upgrade_catalog.sql\n"
  . "SELECT objek, sifat, nilai FROM pg_temp.ipasn_katalog() ORDER BY 1, 2, 3;\n";

# a populated database at the current version, and one still at 0.1.0
$old->safe_psql('postgres', 'CREATE DATABASE hr');
$old->safe_psql('hr', 'CREATE EXTENSION ipasn');
my ($rc, $out, $err) = run_file($old, 'hr', "$top/test/t/upgrade_data.sql");
is($rc, 0, 'populated database built') or diag($err);
$old->safe_psql('postgres', 'CREATE DATABASE hr_lama');
$old->safe_psql('hr_lama', "CREATE EXTENSION ipasn VERSION '0.1.0'");
($rc, $out, $err) = run_file($old, 'hr_lama', "$top/test/t/upgrade_data.sql");
is($rc, 0, 'populated 0.1.0 database built') or diag($err);

my ($r, $before, $e) = run_file($old, 'hr', "$top/test/t/upgrade_results.sql");
is($r, 0, 'figures read before the upgrade') or diag($e);
my ($r0, $before0, $e0) = run_file($old, 'hr_lama', "$top/test/t/upgrade_results.sql");
my $cat_before = $old->safe_psql('hr', $katalog);
my $tmp = PostgreSQL::Test::Utils::tempdir;
my @dump = ('pg_dump', '-h', $old->host, '-p', $old->port);
command_ok([ @dump, '-f', "$tmp/before.sql", 'hr' ], 'pg_dump before');
$old->stop;

# pg_upgrade into a new cluster
my $new = PostgreSQL::Test::Cluster->new('baru');
$new->init;
$new->append_conf('postgresql.conf', "lc_messages = 'C'\ntimezone = 'UTC'\n");
my $cwd = getcwd();
chdir $tmp;    # pg_upgrade writes its logs into the current directory
command_ok(
	[
		'pg_upgrade', '--no-sync', '-d', $old->data_dir, '-D', $new->data_dir,
		'-b', $bindir, '-B', $bindir, '-s', $tmp, '-p', $old->port, '-P', $new->port
	],
	'pg_upgrade 15 -> 15 of a cluster with ipasn');
chdir $cwd;
$new->start;

my ($r2, $after, $e2) = run_file($new, 'hr', "$top/test/t/upgrade_results.sql");
is($r2, 0, 'figures read after the upgrade') or diag($e2);
is($after, $before, 'every figure is the same after pg_upgrade');
like($after, qr/^selisih=0$/m, 'the summary agrees with its records after pg_upgrade');
my $cat_after = $new->safe_psql('hr', $katalog);
# pg_upgrade recreates extension members from their deparsed definitions, so a
# CHECK written with BETWEEN comes back with its ANDs flattened: same
# constraint, other parentheses.  Compare CHECK texts without parentheses.
for ($cat_before, $cat_after)
{
	s/^(.*\|constraint [^|]*\|c CHECK .*)$/$1 =~ tr{()}{}dr/mge;
}
is($cat_after, $cat_before, 'the extension\'s catalog and rows are the same after pg_upgrade')
  or do
{
	open my $f1, '>', "$tmp/kat1" or die; print $f1 $cat_before; close $f1;
	open my $f2, '>', "$tmp/kat2" or die; print $f2 $cat_after; close $f2;
	diag(`diff $tmp/kat1 $tmp/kat2 | head -40`);
};
command_ok([ 'pg_dump', '-h', $new->host, '-p', $new->port, '-f', "$tmp/after.sql", 'hr' ], 'pg_dump after');
my ($a, $b) = map { slurp_file($_) =~ s/^\\(un)?restrict \S+$//mgr } ("$tmp/before.sql", "$tmp/after.sql");
ok($a eq $b, 'the database dumps identically after pg_upgrade')
  or diag(`diff -u $tmp/before.sql $tmp/after.sql | grep -v restrict | head -60`);

# the triggers fire in the new cluster
$new->safe_psql('hr', q{INSERT INTO public.rekam (nip, jalur, lingkup, jumlah, mulai, selesai)
	VALUES ('199000000000000009', 'seminar', 'nasional', 2, '2025-03-01', '2025-03-02')});
is($new->safe_psql('hr', q{SELECT jp FROM public.rekam WHERE nip = '199000000000000009'}), '10.00',
	'isi_jp fires after pg_upgrade (agency rule: seminar 2 days in 2025 x 5 = 10.00)');
is($new->safe_psql('hr', q{SELECT jp FROM public.rekam_ringkasan WHERE pegawai = '199000000000000009'}), '10.00',
	'ringkas_jp fires after pg_upgrade');

# the 0.1.0 database: same figures after pg_upgrade, then ALTER EXTENSION UPDATE
my ($r3, $after0, $e3) = run_file($new, 'hr_lama', "$top/test/t/upgrade_results.sql");
is($after0, $before0, 'a database at ipasn 0.1.0 keeps every figure through pg_upgrade') or diag($e3);
$new->safe_psql('hr_lama', 'ALTER EXTENSION ipasn UPDATE');
my ($r4, $after1, $e4) = run_file($new, 'hr_lama', "$top/test/t/upgrade_results.sql");
# the trigger definitions may gain arguments in the update; compare the figures only
my $figures = sub { $_[0] =~ s/^rekam_(jp|ringkasan_\w+)\|CREATE TRIGGER.*$//mgr };
is($figures->($after1), $figures->($before0), 'and keeps them after ALTER EXTENSION ipasn UPDATE');
is($new->safe_psql('hr_lama', "SELECT extversion FROM pg_extension WHERE extname = 'ipasn'"),
	$new->safe_psql('hr', "SELECT extversion FROM pg_extension WHERE extname = 'ipasn'"), 'updated to the current version');

$new->stop;
done_testing();
