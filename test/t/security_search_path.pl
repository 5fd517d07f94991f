# Hostile search_path (PostgreSQL documentation, "Security Considerations for
# Extensions"): a superuser installs ipasn in a database where look-alike
# functions and views (for the second part also operators and generic
# functions that beat pg_catalog's on exact types) have been planted in
# public and in a schema "evil" (test/t/security_plant.sql; each raises
# "planted ... was called", SQLSTATE XX666), then
#  1. runs the whole regression suite (sql/*.sql against expected/*.out) with
#     search_path = evil, public (files that set their own path get evil
#     inserted before public): the suite passes and nothing planted runs;
#  2. a data-entry role whose search_path is evil, public fires both triggers
#     (insert, update, delete, truncate) on a table with a varchar NIP:
#     nothing planted runs and the summary is right (ringkas_jp runs its
#     statements as the table's owner with search_path pinned, src/owner.c;
#     before that, an UPDATE or DELETE picked the planted
#     =(varchar, varchar) of schema evil);
#  3. a session whose search_path is evil, pg_catalog (operators and
#     aggregates planted in evil on exact types) loads and reloads the rule
#     and vocabulary caches: nothing planted runs.
#
# Run: prove -I /usr/lib/postgresql/15/lib/pgxs/src/test/perl test/t/security_search_path.pl
# (PATH with the PostgreSQL bin directory; as the OS user postgres when root).
use strict;
use warnings;
use FindBin;
use Cwd qw(abs_path);
use File::Copy;
use IPC::Run;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $top = abs_path("$FindBin::RealBin/../..");
# PostgreSQL::Test::Cluster needs pg_regress (for --config-auth); PGXS ships it
$ENV{PG_REGRESS} //= `pg_config --pgxs` =~ s{/src/makefiles/pgxs.mk\s*$}{/src/test/regress/pg_regress}r;
my $node = PostgreSQL::Test::Cluster->new('hostile');
$node->init;
$node->append_conf('postgresql.conf', "lc_messages = 'C'\ntimezone = 'UTC'\n");
$node->start;

# ---- 1. the regression suite under search_path = evil, public
my $tmp = PostgreSQL::Test::Utils::tempdir;
mkdir "$tmp/sql";
mkdir "$tmp/expected";
my @tests = ('setup');
for my $f (sort glob("$top/sql/*.sql"))
{
	my ($name) = $f =~ m{/([^/]+)\.sql$};
	next if $name =~ /^ipasn--/;
	push @tests, $name unless $name eq 'setup';
}
for my $name (@tests)
{
	for my $kind (['sql', 'sql'], ['expected', 'out'])
	{
		my ($dir, $ext) = @$kind;
		my $text = slurp_file("$top/$dir/$name.$ext");
		$text =~ s/^(SET search_path = .*?)public;$/$1evil, public;/mg;
		# jp_total's binary COPY round trip goes through a fixed file in /tmp
		$text =~ s{/tmp/ipasn_jp_state\.bin}{$tmp/ipasn_jp_state.bin}g;
		if ($name eq 'setup')
		{
			# plant right after the extension exists (the planted look-alikes
			# copy its functions' signatures); the echo stops at \set ECHO none
			my $plant = $dir eq 'sql'
			  ? "\\set ECHO none\nSET ipasn_test.plant_generic = off;\n\\i $tmp/sql/plant.sql\nRESET ipasn_test.plant_generic;\n\\set ECHO all\n"
			  : "\\set ECHO none\n";
			$text =~ s/^(CREATE EXTENSION ipasn;\n)/$1$plant/m
			  or die "setup.$ext: no CREATE EXTENSION ipasn line";
		}
		open my $fh, '>', "$tmp/$dir/$name.$ext" or die $!;
		print $fh $text;
		close $fh;
	}
}
copy("$top/test/t/security_plant.sql", "$tmp/sql/plant.sql") or die $!;
$node->safe_psql('postgres', 'CREATE DATABASE contrib_regression');
{
	local $ENV{PGOPTIONS} = '-c search_path=evil,public';
	my $pg_regress = $ENV{PG_REGRESS};
	my ($stdout, $stderr);
	my $ok = IPC::Run::run(
		[
			$pg_regress, "--inputdir=$tmp", "--outputdir=$tmp",
			'--use-existing', '--dbname=contrib_regression',
			'--host=' . $node->host, '--port=' . $node->port, @tests
		],
		'>', \$stdout, '2>', \$stderr);
	ok($ok, 'the regression suite passes with search_path = evil, public and look-alikes planted')
	  or diag($stdout . $stderr
		  . (-e "$tmp/regression.diffs" ? slurp_file("$tmp/regression.diffs") : ''));
	my $out = join '', map { -e "$tmp/results/$_.out" ? slurp_file("$tmp/results/$_.out") : '' } @tests;
	unlike($out, qr/planted/, 'no planted object ran during the regression suite');
	my $n = $node->safe_psql('contrib_regression',
		"SELECT count(*) FROM pg_proc WHERE pronamespace IN ('evil'::regnamespace, 'public'::regnamespace) AND prosrc LIKE '%planted%'");
	cmp_ok($n, '>', 100, "look-alikes were in place during the suite ($n functions)");
}

# ---- 2. the triggers fired by a role whose search_path is hostile
$node->safe_psql('postgres', 'CREATE DATABASE picu');
$node->safe_psql('picu', 'CREATE EXTENSION ipasn');
my ($rc, $o, $e) = $node->psql('picu', slurp_file("$top/test/t/security_plant.sql"));
is($rc, 0, 'look-alikes and operators planted') or diag($e);
$node->safe_psql('picu', q{
	CREATE TABLE public.rekam (id serial PRIMARY KEY, nip varchar(18) NOT NULL, jalur text,
		lingkup text, jumlah numeric, mulai date, selesai date, jp numeric);
	CREATE TRIGGER rekam_jp BEFORE INSERT OR UPDATE ON public.rekam
		FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp('jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan');
	SELECT ipasn.buat_ringkasan('public.rekam', 'rekam_ringkasan', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan');
	CREATE ROLE juru LOGIN;
	ALTER ROLE juru SET search_path = evil, public;
	-- no right on the summary: ringkas_jp writes it as the owner of rekam
	GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON public.rekam TO juru;
	GRANT USAGE ON SEQUENCE public.rekam_id_seq TO juru;
});
my @steps = (
	[ 'insert of one row',
	  q{INSERT INTO public.rekam (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('199001012020011001', 'Bimtek', 'nasional', 17, '2024-02-01', '2024-02-03')} ],
	[ 'insert of several rows',
	  q{INSERT INTO public.rekam (nip, jalur, lingkup, jumlah, mulai) VALUES ('199001012020011001', 'coaching', 'nasional', 1, '2024-03-03'), ('198512312010122002', 'seminar', 'luar negeri', 2, '2024-05-06')} ],
	[ 'update', q{UPDATE public.rekam SET jumlah = 10 WHERE jalur = 'Bimtek'} ],
	[ 'delete', q{DELETE FROM public.rekam WHERE jalur = 'seminar'} ],
);
for my $s (@steps)
{
	my ($name, $sql) = @$s;
	my ($r, $out, $err) = $node->psql('picu', $sql, extra_params => [ '-U', 'juru' ]);
	ok($r == 0 && $err !~ /planted/, "hostile search_path, $name: nothing planted runs") or diag($err);
}
{
	is($node->safe_psql('picu', q{SET search_path = pg_catalog; SELECT string_agg(pegawai::text || '=' || jp, ' ' ORDER BY pegawai) FROM public.rekam_ringkasan}),
		'199001012020011001=12.00',
		'summary right after the hostile session (bimtek 10 + coaching 2 = 12.00; seminar deleted)');
}

# procedures called by the table owner with a hostile search_path
for my $call (
	[ 'isi_ulang', q{CALL ipasn.isi_ulang('public.rekam', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan', true)} ],
	[ 'isi_ulang_ringkasan', q{CALL ipasn.isi_ulang_ringkasan('public.rekam', 'public.rekam_ringkasan', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')} ],
	[ 'buat_ringkasan', q{SELECT ipasn.buat_ringkasan('public.rekam', 'rekam_ringkasan2', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')} ])
{
	my ($name, $sql) = @$call;
	my ($r, $out, $err) = $node->psql('picu', "SET search_path = evil, public; $sql");
	# isi_ulang's own SQL, and the recompute statements of
	# ipasn._ringkasan_sql that isi_ulang_ringkasan runs, name every operator
	# with OPERATOR(pg_catalog.x)
	ok($r == 0 && $err !~ /planted/, "hostile search_path, $name: nothing planted runs") or diag($err);
}

# ---- 3. the rule and vocabulary caches loaded under search_path = evil, pg_catalog
# Listed explicitly after evil, pg_catalog no longer comes first: operators
# and aggregates planted in evil on exact types (text = text, integer +
# integer, integer < integer, min(integer), string_agg(text, text)) would
# win in any unqualified query.  The loaders of rules.c and sinonim.c run
# their queries with search_path pinned to pg_catalog, pg_temp and their
# operators qualified, so none of them is called.
$node->safe_psql('postgres', 'CREATE DATABASE muat');
$node->safe_psql('muat', q{
	CREATE EXTENSION ipasn;
	INSERT INTO ipasn.sinonim (tipe, teks, label) VALUES ('ipasn.jalur', 'Rakor', 'seminar');
	INSERT INTO ipasn.aturan_ipasn (aturan, induk) VALUES ('anak', 'permenpanrb_38_2018');
	CREATE SCHEMA evil;
	CREATE FUNCTION evil.boom_tt(a text, b text) RETURNS boolean LANGUAGE plpgsql
		AS $$BEGIN RAISE EXCEPTION 'planted text operator in evil was called' USING ERRCODE = 'XX666'; END$$;
	CREATE FUNCTION evil.boom_ii(a integer, b integer) RETURNS boolean LANGUAGE plpgsql
		AS $$BEGIN RAISE EXCEPTION 'planted integer operator in evil was called' USING ERRCODE = 'XX666'; END$$;
	CREATE FUNCTION evil.boom_int(a integer, b integer) RETURNS integer LANGUAGE plpgsql
		AS $$BEGIN RAISE EXCEPTION 'planted integer function in evil was called' USING ERRCODE = 'XX666'; END$$;
	CREATE FUNCTION evil.boom_text(a text, b text, c text) RETURNS text LANGUAGE plpgsql
		AS $$BEGIN RAISE EXCEPTION 'planted string_agg in evil was called' USING ERRCODE = 'XX666'; END$$;
	CREATE OPERATOR evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.boom_tt);
	CREATE OPERATOR evil.= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = evil.boom_ii);
	CREATE OPERATOR evil.< (LEFTARG = integer, RIGHTARG = integer, FUNCTION = evil.boom_ii);
	CREATE OPERATOR evil.+ (LEFTARG = integer, RIGHTARG = integer, FUNCTION = evil.boom_int);
	CREATE AGGREGATE evil.min(integer) (SFUNC = evil.boom_int, STYPE = integer);
	CREATE AGGREGATE evil.string_agg(text, text) (SFUNC = evil.boom_text, STYPE = text);
	GRANT USAGE ON SCHEMA evil TO PUBLIC;
});
{
	# a fresh session: every cache loads under the hostile path
	my ($r, $out, $err) = $node->psql('muat', q{
		SET search_path = evil, pg_catalog;
		SET ipasn.aturan = 'anak';
		SELECT ipasn.jp('seminar', 'nasional', 2) AS jp,
		       ipasn.skor_kinerja('baik') AS kinerja,
		       ipasn.skor_kompetensi('pelaksana', NULL, false, 20, true) AS kompetensi,
		       ipasn.teks_jalur('Rakor') AS rakor;
		-- a change of the rules in this session: the next statement reloads
		UPDATE ipasn.aturan_kinerja SET skor = skor WHERE false;
		DELETE FROM ipasn.sinonim WHERE false;
		SELECT ipasn.jp('workshop', 'nasional', 1) AS jp, ipasn.skor_kinerja('sangat baik') AS kinerja,
		       ipasn.teks_label('ipasn.jalur', 'Rakor') AS rakor;
	});
	# Peraturan LAN 10/2018, Lampiran: seminar 2 days x 4 JP = 8.00, workshop
	# 1 day x 5 JP = 5.00; PermenPANRB 38/2018: predicate baik 25, sangat
	# baik 30; a pelaksana with 20 JP and a seminar: 22.5 + 17.5 = 40
	ok($r == 0 && $err !~ /planted/ && $out eq "8.00|25.00|40.00|seminar\n5.00|30.00|seminar",
		'search_path = evil, pg_catalog: the rule and vocabulary caches load and reload, nothing planted runs')
	  or diag("out: $out\nerr: $err");
	# the error path of an unknown rule set lists the known ones (string_agg)
	($r, $out, $err) = $node->psql('muat', q{
		SET search_path = evil, pg_catalog;
		SET ipasn.aturan = 'tidak_ada';
		SELECT ipasn.skor_kinerja('baik');
	});
	ok($err =~ /unknown IP ASN rule set "tidak_ada"/ && $err =~ /Known rule sets: anak, permenpanrb_38_2018, siasn\./
		  && $err !~ /planted/,
		'search_path = evil, pg_catalog: an unknown rule set lists the known ones, nothing planted runs')
	  or diag("err: $err");
}

$node->stop;
done_testing();
