#!/usr/bin/env bash
# crash: kill -9 of a backend in the middle of a bulk INSERT ... SELECT into
# a training-record table carrying ipasn.isi_jp and the ipasn.ringkas_jp
# rollup triggers, twice: once while it inserts the rows (isi_jp firing per
# row), once after every row is written, while the AFTER INSERT rollup
# trigger merges them into the summary. The postmaster then restarts every
# backend and runs crash recovery. After each crash:
#   1. the bulk insert left no rows (it was rolled back) and the rows
#      committed before it are all there;
#   2. the summary equals a full recomputation (ipasn.jp_total and
#      ipasn.jp_state_agg over the records) row for row, both directions;
#   3. inserts, updates and deletes after the crash still keep the summary
#      equal to the recomputation.
#
# Run by `make test` against its throwaway cluster (PGHOST/PGPORT/PGUSER and
# IPASN_CLUSTER_DIR set). Bounded: about 15 s, at most ~60 s. If the server
# does not come back by itself, the script restarts it with pg_ctl (so the
# next tests have a server) and fails.
set -eu
db=ipasn_crash
app=ipasn_crash_bulk
bulk_rows=${CRASH_BULK_ROWS:-400000}
data=${IPASN_CLUSTER_DIR:?IPASN_CLUSTER_DIR is not set}/data
log=$IPASN_CLUSTER_DIR/server.log
work=$(mktemp -d /tmp/ipasn-crash.XXXXXX)
bg=""

psqlc() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
as_owner() { "$@"; }
if [ "$(id -u)" = 0 ]; then
	as_owner() { runuser -u postgres -- "$@"; }
fi
log_count() { # lines of the server log matching $1 (0 if unreadable)
	grep -c -- "$1" "$log" 2>/dev/null || true
}

# wait (bounded) until the server accepts connections and runs a query
wait_server() {
	local i
	for i in $(seq 1 "$1"); do
		if pg_isready -q -t 1 && psql -X -At -d postgres -c 'SELECT 1' >/dev/null 2>&1; then
			return 0
		fi
		sleep 0.5
	done
	return 1
}

cleanup() {
	rc=$?
	if [ -n "$bg" ] && kill -0 "$bg" 2>/dev/null; then
		kill "$bg" 2>/dev/null || true
		wait "$bg" 2>/dev/null || true
	fi
	if ! wait_server 40; then
		echo "server is down: restarting it with pg_ctl for the next tests"
		as_owner pg_ctl -D "$data" -l "$log" -m immediate -w -t 60 restart >/dev/null 2>&1 ||
			as_owner pg_ctl -D "$data" -l "$log" -w -t 60 start >/dev/null 2>&1 || true
		rc=1
	fi
	dropdb --if-exists "$db" >/dev/null 2>&1 || true
	rm -rf "$work"
	exit $rc
}
trap cleanup EXIT

dropdb --if-exists "$db" >/dev/null 2>&1 || true
createdb "$db"
# synchronous_commit = on: the rows committed before the crash must survive
# it (the test cluster runs with synchronous_commit = off)
psqlc >/dev/null <<'SQL'
SET client_min_messages = warning;
SET synchronous_commit = on;
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
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp);
SELECT ipasn.buat_ringkasan('bangkom', 'ringkasan', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai');
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
SQL

# the check: the summary against a full recomputation from the records
cat >"$work/check.sql" <<'SQL'
CREATE TEMP TABLE penuh AS
SELECT nip AS pegawai, extract(year FROM coalesce(selesai, mulai))::int AS tahun,
	ipasn.jp_total(ipasn.teks_jalur(jalur), lingkup, jumlah, mulai, selesai) AS jp,
	count(*) AS jumlah_catatan,
	ipasn.jp_state_agg(ipasn.teks_jalur(jalur), lingkup, jumlah, mulai, selesai) AS st
  FROM bangkom WHERE coalesce(selesai, mulai) IS NOT NULL GROUP BY 1, 2;
CREATE TEMP VIEW r AS
SELECT pegawai, tahun, jp, jumlah_catatan, ipasn.jp_value(jp_state) AS nilai,
	ipasn.jp_kegiatan(jp_state) AS kegiatan, memenuhi_20jp, memenuhi_40jp FROM ringkasan;
CREATE TEMP VIEW p AS
SELECT pegawai, tahun, jp, jumlah_catatan, ipasn.jp_value(st) AS nilai, ipasn.jp_kegiatan(st) AS kegiatan,
	coalesce(jp, 0) >= 20 AS memenuhi_20jp, coalesce(jp, 0) >= 40 AS memenuhi_40jp FROM penuh;
SELECT 'records ' || count(*) FROM bangkom;
SELECT 'summary rows ' || count(*) FROM ringkasan;
SELECT 'summary rows not in recomputation ' || count(*) FROM (SELECT * FROM r EXCEPT SELECT * FROM p) x;
SELECT 'recomputed rows not in summary ' || count(*) FROM (SELECT * FROM p EXCEPT SELECT * FROM r) x;
SELECT 'jp differing from ipasn.jp() ' || count(*) FROM bangkom
 WHERE jp IS DISTINCT FROM ipasn.jp(ipasn.teks_jalur(jalur), lingkup, jumlah, mulai, selesai);
SQL
fail=0
check() { # $1: label
	psqlc -At -f "$work/check.sql" >"$work/check.txt"
	sed "s/^/  $1: /" "$work/check.txt"
	for want in "summary rows not in recomputation 0" "recomputed rows not in summary 0" \
		"jp differing from ipasn.jp() 0"; do
		grep -qx "$want" "$work/check.txt" || { echo "FAIL ($1): want \"$want\""; fail=1; }
	done
}

echo "before the crash:"
check "before"
before=$(psqlc -At -c "SELECT count(*) || ' ' || md5(string_agg(concat_ws(',', id, nip, jp, mulai, selesai), ';' ORDER BY id)) FROM bangkom")
[ "$fail" = 0 ] || exit 1

# One crash: start the bulk insert ($bulk_rows records, half of them for the
# employees above, so a leak would show in their summary rows, half for new
# employees 1000+), wait until it reaches phase $1, kill -9 its backend,
# wait for crash recovery, check. Phases:
#   rows    the row phase: the backend is inserting records (isi_jp fires
#           per row) and the table file has grown by 1 MB;
#   rollup  the statement phase: every record is written and the AFTER
#           INSERT rollup trigger runs (the backend holds a lock on the
#           summary table, which only the trigger touches).
crash_round() {
	local phase=$1 pid="" i cond what ready0 rec0 after n_bulk n_new size0
	size0=$(psqlc -At -c "SELECT pg_relation_size('bangkom')")
	PGAPPNAME=$app psql -X -q -d "$db" >"$work/bulk.log" 2>&1 <<SQL &
INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai, selesai, asal)
SELECT CASE WHEN i % 2 = 0 THEN 1 + (i % 200) ELSE 1000 + (i % 5000) END, k.jalur,
	CASE WHEN i % 5 = 0 THEN 'internasional' ELSE 'nasional' END::ipasn.lingkup,
	k.jumlah, '2023-01-01'::date + (i * 13) % 730, '2023-01-01'::date + (i * 13) % 730 + i % 2, 'bulk'
  FROM generate_series(1, $bulk_rows) i JOIN kegiatan k ON k.k = i % 8;
SQL
	bg=$!
	# its backend, once active
	for i in $(seq 1 200); do
		pid=$(psql -X -At -d "$db" -c "SELECT pid FROM pg_stat_activity
			WHERE application_name = '$app' AND state = 'active' AND query ILIKE 'INSERT INTO bangkom%'" 2>/dev/null || true)
		[ -n "$pid" ] && break
		kill -0 "$bg" 2>/dev/null || break
		sleep 0.02
	done
	[ -n "$pid" ] || { cat "$work/bulk.log"; echo "FAIL ($phase): the bulk insert never showed up as active"; exit 1; }
	# then the phase, polled inside the server (pg_locks is read afresh
	# at each call, pg_relation_size reads the file size)
	case $phase in
	rows) cond="pg_relation_size('bangkom') > $size0 + 1048576"
		what="the table file grew past $((size0 + 1048576)) bytes" ;;
	rollup) cond="EXISTS (SELECT FROM pg_locks WHERE pid = $pid AND relation = 'ringkasan'::regclass)"
		what="all rows written, the rollup trigger holds a lock on the summary table" ;;
	esac
	if ! psql -X -q -At -d "$db" -v ON_ERROR_STOP=1 >/dev/null 2>"$work/wait.log" <<SQL; then
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
\$\$;
SQL
		cat "$work/bulk.log" "$work/wait.log"
		echo "FAIL ($phase): could not catch the bulk insert in that phase (backend $pid)"
		exit 1
	fi
	ready0=$(log_count "database system is ready to accept connections")
	rec0=$(log_count "automatic recovery in progress")
	echo "crash in the $phase phase: bulk insert of $bulk_rows rows in backend $pid, $what: kill -9 $pid"
	kill -9 "$pid"
	wait "$bg" || true
	bg=""
	sed 's/^/  bulk psql: /' "$work/bulk.log"
	grep -q "server closed the connection unexpectedly" "$work/bulk.log" ||
		{ echo "FAIL ($phase): the bulk insert was not cut off by the kill"; exit 1; }

	# the postmaster terminates every backend, reinitializes and runs
	# crash recovery: wait for the new "ready" line in the log (if
	# readable), then for a working connection
	if [ -r "$log" ]; then
		for i in $(seq 1 60); do
			[ "$(log_count "database system is ready to accept connections")" -gt "$ready0" ] && break
			sleep 0.5
		done
	fi
	wait_server 60 || { echo "FAIL ($phase): the server did not come back after the crash"; exit 1; }
	if [ -r "$log" ]; then
		grep -E "was terminated by signal 9|all server processes terminated|automatic recovery in progress|redo done" "$log" |
			tail -4 | sed 's/^/  server log: /'
		[ "$(log_count "automatic recovery in progress")" -gt "$rec0" ] ||
			{ echo "FAIL ($phase): no crash recovery in the server log"; exit 1; }
	fi
	echo "server back after crash recovery"

	after=$(psqlc -At -c "SELECT count(*) || ' ' || md5(string_agg(concat_ws(',', id, nip, jp, mulai, selesai), ';' ORDER BY id)) FROM bangkom")
	n_bulk=$(psqlc -At -c "SELECT count(*) FROM bangkom WHERE asal = 'bulk'")
	n_new=$(psqlc -At -c "SELECT count(*) FROM ringkasan WHERE pegawai >= 1000")
	echo "  $phase: bulk rows $n_bulk, summary rows of bulk-only employees $n_new (want 0 and 0)"
	echo "  $phase: records before '$before', after '$after' (want equal)"
	[ "$n_bulk" = 0 ] && [ "$n_new" = 0 ] || { echo "FAIL ($phase): the killed bulk insert left rows"; fail=1; }
	[ "$before" = "$after" ] || { echo "FAIL ($phase): the committed records changed"; fail=1; }
	check "$phase"
}

crash_round rows
crash_round rollup
[ "$fail" = 0 ] || exit 1

# writes after the crash still keep the summary right: an insert into
# existing and new employee-years (month caps merge with stored states),
# an update moving records to another employee and year, a delete
echo "after further writes (insert, update, delete):"
psqlc >/dev/null <<'SQL'
INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai, selesai, asal)
SELECT 1 + (i % 50), k.jalur, 'nasional', k.jumlah, '2024-03-01'::date + i % 40, NULL, 'sesudah'
  FROM generate_series(1, 500) i JOIN kegiatan k ON k.k = i % 8;
INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai, selesai, asal)
VALUES (7777, 'Coaching', 'nasional', NULL, '2025-03-03', NULL, 'sesudah'),
	   (7777, 'coaching', 'nasional', NULL, '2025-03-24', NULL, 'sesudah'),
	   (7777, 'Bimtek', 'nasional', 8, '2025-04-01', '2025-04-01', 'sesudah');
SQL
baru=$(psqlc -At -c "SELECT jumlah_catatan || ' ' || (jp IS NOT NULL) FROM ringkasan WHERE pegawai = 7777 AND tahun = 2025")
echo "  further: summary row of a new employee inserted after the crash: '$baru' (want '3 true')"
[ "$baru" = "3 true" ] || { echo "FAIL: the insert after the crash did not reach the summary"; fail=1; }
psqlc >/dev/null <<'SQL'
UPDATE bangkom SET nip = nip + 1, mulai = mulai + 400, selesai = selesai + 400 WHERE id % 17 = 0;
DELETE FROM bangkom WHERE id % 23 = 0;
SQL
n_post=$(psqlc -At -c "SELECT count(*) FROM bangkom WHERE asal = 'sesudah'")
echo "  further: rows written after the crash $n_post"
[ "$n_post" -gt 0 ] || { echo "FAIL: no rows written after the crash"; fail=1; }
check "further"

[ "$fail" = 0 ] || exit 1
echo "crash: ok"
