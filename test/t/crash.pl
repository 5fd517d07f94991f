
# Copyright: the ipasn authors
#
# crash: kill -9 of a backend in the middle of a bulk INSERT ... SELECT into
# a training-record table carrying ipasn.isi_jp and the ipasn.ringkas_jp
# summary triggers, twice: once while it inserts the rows (isi_jp firing per
# row), once after every row is written, while the AFTER INSERT summary
# trigger merges them into the summary.  The postmaster (restart_after_crash
# on, as in production) then restarts every backend and runs crash recovery.
# After each crash:
#   1. the bulk insert left no rows (it was rolled back) and the rows
#      committed before it are all there, unchanged;
#   2. the summary equals a full recomputation (ipasn.jp_total and
#      ipasn.jp_state_agg over the records) row for row, both directions;
# and afterwards inserts, updates and deletes still keep the summary equal to
# the recomputation.
#
# Run by `make test` (test/run.sh) through PGXS's prove_installcheck; the
# server is this test's own.  CRASH_BULK_ROWS (default 400000) sizes the bulk
# insert: it must last long enough to be caught in each phase.

use strict;
use warnings;

use IPC::Run;
use Time::HiRes qw(usleep);
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $bulk_rows = $ENV{CRASH_BULK_ROWS} // 400000;
my $db        = 'ipasn_crash';
my $app       = 'ipasn_crash_bulk';

my $node = PostgreSQL::Test::Cluster->new('crash');
$node->init;
$node->append_conf('postgresql.conf', qq{
restart_after_crash = on
log_statement = none
lc_messages = 'C'
timezone = 'UTC'
});
$node->start;
$node->safe_psql('postgres', "CREATE DATABASE $db");

$node->safe_psql($db, q{
SET client_min_messages = warning;
CREATE EXTENSION ipasn;
CREATE TABLE bangkom (
	id bigserial PRIMARY KEY,
	nip integer NOT NULL,
	jalur text,
	lingkup ipasn.lingkup,
	jumlah numeric,
	mulai date,
	selesai date,
	jp numeric(8,2),
	asal text NOT NULL          -- which step of this test wrote the row
);
CREATE INDEX ON bangkom (nip);
CREATE TRIGGER isi BEFORE INSERT OR UPDATE ON bangkom
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp, 'satuan');
SELECT ipasn.buat_ringkasan('bangkom', 'ringkasan', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan');
-- activities capped by month (coaching, mentoring), by day (e-learning,
-- belajar mandiri) and plain ones, as free text
CREATE TABLE kegiatan (k integer PRIMARY KEY, jalur text, jumlah numeric);
INSERT INTO kegiatan VALUES
	(0, 'Coaching', NULL), (1, 'mentoring', NULL), (2, 'E-Learning', 2),
	(3, 'belajar mandiri', 3), (4, 'Bimtek', 8), (5, 'seminar', NULL),
	(6, 'Pelatihan Teknis', 12.5), (7, 'coaching', 2);
-- before the crash: 2000 records of 200 employees over 2023-2024
INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai, selesai, asal)
SELECT 1 + (i % 200), k.jalur, CASE WHEN i % 7 = 0 THEN 'internasional' ELSE 'nasional' END::ipasn.lingkup,
	k.jumlah, '2023-01-01'::date + (i * 37) % 730, CASE WHEN i % 3 = 0 THEN '2023-01-01'::date + (i * 37) % 730 + i % 3 END,
	'awal'
  FROM generate_series(1, 2000) i JOIN kegiatan k ON k.k = i % 8;
ANALYZE;
});

# the summary against a full recomputation from the records: "label|count"
my $check_sql = q{
CREATE TEMP TABLE penuh AS
SELECT nip AS pegawai, extract(year FROM coalesce(selesai, mulai))::int AS tahun,
	ipasn.jp_total(ipasn.teks_jalur(jalur), lingkup, jumlah, mulai, selesai) AS jp,
	count(*) AS jumlah_catatan,
	ipasn.jp_state_agg(ipasn.teks_jalur(jalur), lingkup, jumlah, mulai, selesai) AS st
  FROM bangkom WHERE coalesce(selesai, mulai) IS NOT NULL GROUP BY 1, 2;
CREATE TEMP VIEW r AS
SELECT pegawai, tahun, jp, jumlah_catatan, ipasn.jp_value(jp_state) AS nilai,
	ipasn.jp_kegiatan(jp_state) AS kegiatan, memenuhi_target, memenuhi_target_tinggi FROM ringkasan_target;
CREATE TEMP VIEW p AS
SELECT pegawai, tahun, jp, jumlah_catatan, ipasn.jp_value(st) AS nilai, ipasn.jp_kegiatan(st) AS kegiatan,
	coalesce(jp, 0) >= 20 AS memenuhi_target, coalesce(jp, 0) >= 40 AS memenuhi_target_tinggi FROM penuh;
SELECT 'summary rows|' || count(*) FROM ringkasan;
SELECT 'summary rows not in recomputation|' || count(*) FROM (SELECT * FROM r EXCEPT SELECT * FROM p) x;
SELECT 'recomputed rows not in summary|' || count(*) FROM (SELECT * FROM p EXCEPT SELECT * FROM r) x;
SELECT 'jp differing from ipasn.jp()|' || count(*) FROM bangkom
 WHERE jp IS DISTINCT FROM ipasn.jp(ipasn.teks_jalur(jalur), lingkup, jumlah, mulai, selesai);
};

sub check_summary
{
	my ($label) = @_;
	my %got = map { split /\|/, $_, 2 } split /\n/, $node->safe_psql($db, $check_sql);
	cmp_ok($got{'summary rows'}, '>', 0, "$label: the summary has rows ($got{'summary rows'})");
	is($got{$_}, 0, "$label: $_") for (
		'summary rows not in recomputation',
		'recomputed rows not in summary',
		'jp differing from ipasn.jp()');
	return;
}

my $fingerprint_sql = q{SELECT count(*) || ' ' || md5(string_agg(concat_ws(',', id, nip, jp, mulai, selesai), ';' ORDER BY id)) FROM bangkom};

check_summary('before the crashes');
my $before = $node->safe_psql($db, $fingerprint_sql);

# Lines of the server log matching a pattern.
sub log_count
{
	my ($re) = @_;
	my @n = (slurp_file($node->logfile) =~ /$re/g);
	return scalar @n;
}

# One crash: start the bulk insert ($bulk_rows records, half of them for the
# employees above, so a leak would show in their summary rows, half for new
# employees 1000+), wait until it reaches the phase, kill -9 its backend,
# wait for crash recovery, check.  Phases:
#   rows    the row phase: the backend is inserting records (isi_jp fires per
#           row) and the table file has grown by 1 MB;
#   summary the statement phase: every record is written and the AFTER
#           INSERT summary trigger runs (the backend holds a lock on the
#           summary table, which only the trigger touches).
sub crash_round
{
	my ($phase) = @_;
	my $size0 = $node->safe_psql($db, "SELECT pg_relation_size('bangkom')");
	my $bulk  = qq{
INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai, selesai, asal)
SELECT CASE WHEN i % 2 = 0 THEN 1 + (i % 200) ELSE 1000 + (i % 5000) END, k.jalur,
	CASE WHEN i % 5 = 0 THEN 'internasional' ELSE 'nasional' END::ipasn.lingkup,
	k.jumlah, '2023-01-01'::date + (i * 13) % 730, '2023-01-01'::date + (i * 13) % 730 + i % 2, 'bulk'
  FROM generate_series(1, $bulk_rows) i JOIN kegiatan k ON k.k = i % 8;
};
	# (IPC::Run feeds a scalar to stdin only while pumped: a file instead)
	my $file = $node->basedir . "/bulk_$phase.sql";
	append_to_file($file, $bulk);
	my ($out, $err) = ('', '');
	my $h = IPC::Run::start(
		[ 'psql', '-X', '-q', '-d', $node->connstr($db) . " application_name=$app", '-f', $file ],
		'<', '/dev/null', '>', \$out, '2>', \$err);

	# its backend, once active
	my $pid = '';
	for (1 .. 200)
	{
		$pid = $node->safe_psql($db, qq{SELECT pid FROM pg_stat_activity
			WHERE application_name = '$app' AND state = 'active' AND query ILIKE '%INSERT INTO bangkom%'});
		last if $pid ne '';
		usleep(20_000);
	}
	if ($pid eq '')
	{
		$h->kill_kill;
		BAIL_OUT("$phase: the bulk insert never showed up as active: $err");
	}

	# then the phase, polled inside the server (pg_locks is read afresh at
	# each call, pg_relation_size reads the file size)
	my ($cond, $what) =
	  $phase eq 'rows'
	  ? ("pg_relation_size('bangkom') > $size0 + 1048576",
		"the table file grew past " . ($size0 + 1048576) . " bytes")
	  : ("EXISTS (SELECT FROM pg_locks WHERE pid = $pid AND relation = 'ringkasan'::regclass)",
		"all rows written, the summary trigger holds a lock on the summary table");
	my ($rc, $wout, $werr) = $node->psql($db, qq{
DO \$\$
DECLARE
	t timestamptz := clock_timestamp() + interval '20 s';
BEGIN
	WHILE NOT ($cond) LOOP
		IF NOT EXISTS (SELECT FROM pg_locks WHERE pid = $pid) OR clock_timestamp() > t THEN
			RAISE EXCEPTION 'missed';
		END IF;
		PERFORM pg_sleep(0.002);
	END LOOP;
END
\$\$;});
	ok($rc == 0, "$phase: caught the bulk insert of backend $pid in its $phase phase ($what)")
	  or do { $h->kill_kill; BAIL_OUT("$phase: could not catch the bulk insert: $werr"); };

	my $ready0 = log_count(qr/database system is ready to accept connections/);
	my $rec0   = log_count(qr/automatic recovery in progress/);
	note("$phase: kill -9 $pid");
	kill 'KILL', $pid;
	$h->finish;
	like($err, qr/server closed the connection unexpectedly/,
		"$phase: the bulk insert was cut off by the kill");

	# the postmaster terminates every backend, reinitializes and runs crash
	# recovery: wait for the new "ready" line in the log, then a connection
	my $back = 0;
	for (1 .. 600)
	{
		if (log_count(qr/database system is ready to accept connections/) > $ready0)
		{
			$back = 1;
			last;
		}
		usleep(100_000);
	}
	ok($back && $node->poll_query_until('postgres', 'SELECT true'),
		"$phase: the server is back after the crash");
	cmp_ok(log_count(qr/automatic recovery in progress/), '>', $rec0,
		"$phase: the server log shows crash recovery");

	is($node->safe_psql($db, "SELECT count(*) FROM bangkom WHERE asal = 'bulk'"),
		0, "$phase: the killed bulk insert left no records");
	is($node->safe_psql($db, "SELECT count(*) FROM ringkasan WHERE pegawai >= 1000"),
		0, "$phase: no summary rows of employees only the bulk insert had");
	is($node->safe_psql($db, $fingerprint_sql),
		$before, "$phase: the records committed before the crash are all there, unchanged");
	check_summary("after the crash in the $phase phase");
	return;
}

crash_round('rows');
crash_round('summary');

# writes after the crashes still keep the summary right: an insert into
# existing and new employee-years (month caps merge with stored states), an
# update moving records to another employee and year, a delete
$node->safe_psql($db, q{
INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai, selesai, asal)
SELECT 1 + (i % 50), k.jalur, 'nasional', k.jumlah, '2024-03-01'::date + i % 40, NULL, 'sesudah'
  FROM generate_series(1, 500) i JOIN kegiatan k ON k.k = i % 8;
INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai, selesai, asal)
VALUES (7777, 'Coaching', 'nasional', NULL, '2025-03-03', NULL, 'sesudah'),
	   (7777, 'coaching', 'nasional', NULL, '2025-03-24', NULL, 'sesudah'),
	   (7777, 'Bimtek', 'nasional', 8, '2025-04-01', '2025-04-01', 'sesudah');
});
# 2 coaching activities in March (2 x 2 JP) + bimtek 8 JP = 12.00
is($node->safe_psql($db, "SELECT jumlah_catatan || ' ' || jp FROM ringkasan WHERE pegawai = 7777 AND tahun = 2025"),
	'3 12.00', 'after the crashes: a new employee-year reaches the summary (2 coaching x 2 JP + bimtek 8 JP)');
$node->safe_psql($db, q{
UPDATE bangkom SET nip = nip + 1, mulai = mulai + 400, selesai = selesai + 400 WHERE id % 17 = 0;
DELETE FROM bangkom WHERE id % 23 = 0;
});
cmp_ok($node->safe_psql($db, "SELECT count(*) FROM bangkom WHERE asal = 'sesudah'"),
	'>', 0, 'after the crashes: rows written');
check_summary('after further inserts, updates and deletes');

$node->stop;
done_testing();
