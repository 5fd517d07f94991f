# Privacy of the demo's reports (test/demo/rls.sql, doc/privacy.md): on a
# small generated province with the report views, two unit administrators
# each see only their own unit's employees, records and report rows, cannot
# read the data team's views, and learn nothing of the other unit; a
# function of theirs in a query sees no other unit's row.  The dashboard's
# data carries no employee unless asked for (individu=<unit>), and then only
# that unit's, read as its administrator.
#
# Run: prove -I /usr/lib/postgresql/15/lib/pgxs/src/test/perl test/t/security_rls.pl
# (PATH with the PostgreSQL bin directory; as the OS user postgres when root).
use strict;
use warnings;
use FindBin;
use Cwd qw(abs_path);
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $top = abs_path("$FindBin::RealBin/../..");
$ENV{PG_REGRESS} //= `pg_config --pgxs` =~ s{/src/makefiles/pgxs.mk\s*$}{/src/test/regress/pg_regress}r;

my $node = PostgreSQL::Test::Cluster->new('rls');
$node->init;
$node->append_conf('postgresql.conf', "lc_messages = 'C'\ntimezone = 'UTC'\n");
$node->start;
$node->safe_psql('postgres', 'CREATE DATABASE demo');
$node->safe_psql('demo', 'CREATE EXTENSION ipasn');

sub run
{
	my ($what, @args) = @_;
	my ($rc, $out, $err) = $node->psql('demo', undef,
		extra_params => [ '-X', '-v', 'ON_ERROR_STOP=1', @args ]);
	is($rc, 0, $what) or diag($err);
	return $out;
}
chdir $top;
run('SIMPEG schema', '-f', 'test/demo/schema.sql');
run('small province generated', '-v', 'ukuran=600', '-v', 'datadir=test/demo/data', '-f', 'test/demo/generate.sql');
run('report views', '-f', 'test/demo/reports.sql');
run('report views refreshed', '-c', 'REFRESH MATERIALIZED VIEW laporan.v_diklat',
	'-c', 'REFRESH MATERIALIZED VIEW laporan.v_jp_pegawai', '-c', 'REFRESH MATERIALIZED VIEW laporan.v_ip_asn_pegawai');
run('published aggregates and BKN\'s figures (test/demo/publik.sql, bkn.sql)', '-f', 'test/demo/publik.sql',
	'-f', 'test/demo/bkn.sql');
run('row-level security recipe (test/demo/rls.sql)', '-f', 'test/demo/rls.sql');

# two unit administrators: the two units with the most employees
my ($u1, $u2) = split /\n/, $node->safe_psql('demo',
	'SELECT unit_id FROM simpeg.pegawai GROUP BY unit_id ORDER BY count(*) DESC, unit_id LIMIT 2');
$node->safe_psql('demo', qq{
	CREATE ROLE admin_a LOGIN IN ROLE ipasn_admin_unit;
	CREATE ROLE admin_b LOGIN IN ROLE ipasn_admin_unit;
	INSERT INTO laporan.admin_unit VALUES ('admin_a', $u1), ('admin_b', $u2);
	CREATE SCHEMA coba_a AUTHORIZATION admin_a;
});

sub as
{
	my ($role, $sql) = @_;
	my ($rc, $out, $err) = $node->psql('demo', $sql, extra_params => [ '-U', $role ]);
	return $out;
}

sub as3
{
	my ($role, $sql) = @_;
	return $node->psql('demo', $sql, extra_params => [ '-U', $role ]);
}

for my $case ([ 'admin_a', $u1, $u2 ], [ 'admin_b', $u2, $u1 ])
{
	my ($role, $own, $other) = @$case;
	my $want = $node->safe_psql('demo', "SELECT count(*) FROM simpeg.pegawai WHERE unit_id = $own");
	my $want_rec = $node->safe_psql('demo',
		"SELECT count(*) FROM simpeg.riwayat_diklat d JOIN simpeg.pegawai p USING (nip) WHERE p.unit_id = $own");
	cmp_ok($want, '>', 0, "$role: unit $own has employees");
	is(as($role, 'SELECT count(*), count(*) FILTER (WHERE unit_id <> ' . $own . ') FROM simpeg.pegawai'),
		"$want|0", "$role sees the $want employees of unit $own and no other");
	is(as($role, 'SELECT count(*) FROM simpeg.riwayat_diklat'), $want_rec,
		"$role sees the $want_rec training records of those employees only");
	is(as($role, "SELECT count(*) FROM simpeg.hukuman_disiplin h WHERE h.nip IN (SELECT nip FROM simpeg.pegawai WHERE unit_id = $other)"
		  . " UNION ALL SELECT count(*) FROM simpeg.skp s WHERE s.nip NOT IN (SELECT nip FROM simpeg.pegawai)"),
		"0\n0", "$role sees no penalty or SKP of another unit");
	is(as($role, 'SELECT count(*), count(*) FILTER (WHERE unit_id <> ' . $own . ') FROM laporan_unit.v_ip_asn_pegawai'),
		"$want|0", "$role: laporan_unit.v_ip_asn_pegawai holds the unit's employees only");
	is(as($role, 'SELECT string_agg(unit_id::text, \',\') FROM laporan_unit.v_laporan_unit'), $own,
		"$role: the per-unit report shows the own unit's row");
	is(as($role, "SELECT count(*) FROM laporan_unit.v_saran WHERE unit_id <> $own"), '0', "$role: actions of the own unit only");
	is(as($role, "SELECT count(*) FROM laporan_unit.v_jp_pegawai j WHERE j.nip NOT IN (SELECT nip FROM simpeg.pegawai)"),
		'0', "$role: JP per employee of the own unit only");
	is(as($role, 'SELECT string_agg(unit_id::text, \',\') FROM laporan.admin_unit'), $own,
		"$role learns its own unit, not who administers the others");
	for my $v (qw(laporan.v_ip_asn_pegawai laporan.v_diklat laporan.v_laporan_unit laporan.v_catatan_bermasalah))
	{
		my ($rc, $out, $err) = as3($role, "SELECT count(*) FROM $v");
		like($err, qr/permission denied for (materialized )?(view|table) \w+/, "$role cannot read the data team's $v");
	}
}

# a leaky function of the administrator's sees no row before the filter
as('admin_a', q{CREATE FUNCTION coba_a.bocor(t text) RETURNS boolean LANGUAGE plpgsql COST 0.0001 AS
	$$ BEGIN RAISE NOTICE 'bocor: %', t; RETURN true; END $$});
my ($rc, $out, $err) = as3('admin_a', 'SELECT count(*) FROM laporan_unit.v_ip_asn_pegawai WHERE coba_a.bocor(nip)');
my @seen = $err =~ /bocor: (\S+)/g;
my $leaked = 0;
if (@seen)
{
	my $list = join ',', map { "'$_'" } @seen;
	$leaked = $node->safe_psql('demo', "SELECT count(*) FROM simpeg.pegawai WHERE nip IN ($list) AND unit_id <> $u1");
}
ok(@seen > 0 && $leaked == 0, 'a cheap function of the administrator in WHERE sees only the own unit\'s NIPs (security_barrier)')
  or diag("seen " . scalar(@seen) . ", of other units $leaked");

# the dashboard's data: no NIP or name by default; with individu=<unit>,
# that unit's employees only, read as its administrator
my $nip = $node->safe_psql('demo', "SELECT nip FROM laporan.v_ip_asn_pegawai WHERE unit_id = $u1 ORDER BY total NULLS FIRST, nip LIMIT 1");
my $nama = $node->safe_psql('demo', "SELECT nama FROM simpeg.pegawai WHERE nip = '$nip'");
my $lain = $node->safe_psql('demo', "SELECT nip FROM laporan.v_ip_asn_pegawai WHERE unit_id = $u2 ORDER BY nip LIMIT 1");
my $json = run('dashboard data by default', '-At', '-f', 'test/demo/dashboard.sql');
ok($json =~ /"individu" : null/ && $json !~ /[0-9]{18}/ && index($json, $nama) < 0,
	'by default the dashboard carries no NIP, no name and no employee');
$node->safe_psql('demo', "CREATE ROLE ipasn_admin_unit_$u1 NOLOGIN IN ROLE ipasn_admin_unit;
	INSERT INTO laporan.admin_unit VALUES ('ipasn_admin_unit_$u1', $u1)");
$json = run('dashboard data with individu', '-At', '-v', "individu=$u1", '-f', 'test/demo/dashboard.sql');
ok(index($json, $nip) >= 0 && index($json, $nama) >= 0, "with individu=$u1 the unit's NIP and name are there");
ok(index($json, $lain) < 0, "with individu=$u1 no employee of unit $u2 is there");

$node->stop;
done_testing();
