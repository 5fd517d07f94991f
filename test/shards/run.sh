#!/usr/bin/env bash
# ipasn shard test: ipasn beyond one server with postgres_fdw.
#
# Starts three throwaway clusters on loopback (a coordinator and two shards),
# installs ipasn on all of them (and postgres_fdw on the coordinator), builds
# the sharded tables of koordinator.sql (hash of the employee, each partition
# a postgres_fdw foreign table on a shard), loads the demo's sample
# (test/demo) into them and into a plain local copy on the coordinator, then
# checks:
#   1. push-down: EXPLAIN VERBOSE of the per-employee JP total and of the
#      per-employee IP ASN inputs shows ipasn's aggregates inside each shard's
#      Remote SQL, both shards scanned at once (Async Foreign Scan), nothing
#      aggregated on the coordinator;
#   2. the same results as one server, row for row (EXCEPT both ways);
#   3. what does not push down (STABLE functions, GROUP BY not on the
#      partition key, the per-unit report) — and the ways around it: the
#      per-unit report from pushed-down per-employee results, and jp_state
#      merging when one employee's records lie on both shards;
#   4. the session setting ipasn.aturan is not sent to the shards; a server
#      option is;
#   5. test/shards/aturan_md5.sql finds a rule table that differs on a node;
#   6. a rule change published from the coordinator by logical replication
#      reaches the shards, and after a no-op UPDATE of the rule table on each
#      shard their open sessions compute with it.
# The clusters are stopped and removed on exit, also when a check fails.
#
#   bash test/shards/run.sh                 the province (make test-shards)
#   IPASN_SHARDS_UKURAN=3000 bash test/shards/run.sh      a small sample
#
# Environment: IPASN_SHARDS_UKURAN (provinsi | a number of employees, default
# provinsi); IPASN_SHARDS_ULANG (rounds of the timing of one server against
# two shards, default 0 = no timing); IPASN_SHARDS_INSTALL (0: ipasn is
# already installed, do not build; default 1); PGBIN (the PostgreSQL 15
# binaries, default /usr/lib/postgresql/15/bin: a private copy with ipasn
# installed by make install DESTDIR=... works too); IPASN_SHARDS_SIMPAN (a
# directory: keep the EXPLAIN outputs there); IPASN_SHARDS_SHELL (development
# aid: shell commands to run after the load instead of the checks).
# Ends with "N passed, M failed"; exit 0 when M = 0.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
ukuran=${IPASN_SHARDS_UKURAN:-provinsi}
ulang=${IPASN_SHARDS_ULANG:-0}
pasang=${IPASN_SHARDS_INSTALL:-1}
pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}
export PATH="$pgbin:$PATH"
t0=$(date +%s)
langkah() { printf '== %-62s %4ss\n' "$1" "$(($(date +%s) - t0))"; }

# ---------------------------------------------------------------- build
if [ "$pasang" = 1 ]; then
	langkah "building and installing ipasn"
	make -s >/tmp/ipasn-shards-build.log 2>&1 || { cat /tmp/ipasn-shards-build.log; exit 1; }
	if [ "$(id -u)" = 0 ]; then
		make -s install >>/tmp/ipasn-shards-build.log 2>&1 || { cat /tmp/ipasn-shards-build.log; exit 1; }
	else
		sudo -n make -s install >>/tmp/ipasn-shards-build.log 2>&1 ||
			make -s install >>/tmp/ipasn-shards-build.log 2>&1 || {
			cat /tmp/ipasn-shards-build.log; echo "make install failed: run it as root once"; exit 1; }
	fi
fi
[ -e "$(pg_config --sharedir)/extension/postgres_fdw.control" ] || {
	echo "postgres_fdw is not installed (Debian: postgresql-15)"; exit 1; }

# ---------------------------------------------------------------- clusters
work=$(mktemp -d /tmp/ipasn-shards.XXXXXX)
chmod 755 "$work"
as_owner() { "$@"; }
if [ "$(id -u)" = 0 ]; then
	chown postgres: "$work"
	as_owner() { runuser -u postgres -- "$@"; }
fi
nodes="koord shard1 shard2"
cleanup() {
	local n
	for n in $nodes; do
		[ -f "$work/$n/postmaster.pid" ] && as_owner pg_ctl -D "$work/$n" -m immediate stop >/dev/null 2>&1
	done
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

declare -A port
used=""
free_port() {	# sets port[$1] to a port nobody listens on and not given yet
	local p=$((20000 + RANDOM % 20000))
	while (echo >/dev/tcp/127.0.0.1/$p) 2>/dev/null || [ -e "/tmp/.s.PGSQL.$p" ] ||
		[ -e "$work/.s.PGSQL.$p" ] || [[ " $used " == *" $p "* ]]; do
		p=$((p + 1))
	done
	used="$used $p"
	port[$1]=$p
}
langkah "three clusters on 127.0.0.1: coordinator, shard1, shard2"
mkcluster() {	# initdb, configure and start cluster $1 on port $2
	local n=$1 p=$2
	as_owner initdb -D "$work/$n" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 \
		>"$work/initdb-$n.log" 2>&1 || { cat "$work/initdb-$n.log"; return 1; }
	cat >>"$work/$n/postgresql.conf" <<EOF
port = $p
listen_addresses = '127.0.0.1'
unix_socket_directories = '$work'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 256MB
work_mem = 64MB
maintenance_work_mem = 256MB
max_wal_size = 4GB
max_worker_processes = 8
max_parallel_workers_per_gather = 2
lc_messages = 'C'
timezone = 'UTC'
EOF
	# the coordinator publishes the rule tables (check 6)
	[ "$n" = koord ] && echo "wal_level = logical" >>"$work/$n/postgresql.conf"
	as_owner pg_ctl -D "$work/$n" -l "$work/$n.log" -w start >/dev/null || { cat "$work/$n.log"; return 1; }
}
pids=""
for n in $nodes; do
	free_port $n
	mkcluster $n "${port[$n]}" &
	pids="$pids $!"
done
for pid in $pids; do wait "$pid"; done
for n in $nodes; do echo "   $n: port ${port[$n]}"; done
export PGHOST="$work" PGUSER=postgres PGOPTIONS="-c client_min_messages=warning"
db=ipasn
q() { local n=$1; shift; psql -X -q -v ON_ERROR_STOP=1 -p "${port[$n]}" -d $db "$@"; }
qa() { local n=$1; shift; psql -X -q -At -v ON_ERROR_STOP=1 -p "${port[$n]}" -d $db "$@"; }
for n in $nodes; do
	psql -X -q -v ON_ERROR_STOP=1 -p "${port[$n]}" -d postgres -c "CREATE DATABASE $db"
	q $n -c "CREATE EXTENSION ipasn"
done
q shard1 -f test/shards/shard.sql
q shard2 -f test/shards/shard.sql
q koord -v host=127.0.0.1 -v port1="${port[shard1]}" -v port2="${port[shard2]}" -v db=$db -v user=postgres \
	-f test/shards/koordinator.sql

# ---------------------------------------------------------------- data
langkah "demo sample on the coordinator: ukuran=$ukuran (test/demo)"
q koord -f test/demo/schema.sql
q koord -v ukuran="$ukuran" -v datadir=test/demo/data -f test/demo/generate.sql
q koord -f test/demo/reports.sql
langkah "loading the shards through the partitioned tables (muat.sql)"
q koord -f test/shards/muat.sql
for n in shard1 shard2; do q $n -c "VACUUM ANALYZE data.diklat, data.diklat_id, data.hukuman"; done
langkah "single-server report views (laporan.*), refresh"
q koord -c "REFRESH MATERIALIZED VIEW laporan.v_jp_pegawai" \
	-c "REFRESH MATERIALIZED VIEW laporan.v_ip_asn_pegawai"
qa koord -F ' ' -c "SELECT (SELECT count(*) FROM simpeg.pegawai), (SELECT count(*) FROM lokal.diklat),
	(SELECT count(*) FROM shard.diklat_0), (SELECT count(*) FROM shard.diklat_1), (SELECT count(*) FROM lokal.hukuman)" |
	{ read -r p r a b h; echo "   $p employees, $r training records (shard1 $a, shard2 $b), $h penalties"; }

# development aid: IPASN_SHARDS_SHELL='q koord -c "..."' runs after the load
# (q NODE / qa NODE are psql on koord, shard1, shard2), then stops
if [ -n "${IPASN_SHARDS_SHELL:-}" ]; then
	eval "$IPASN_SHARDS_SHELL"
	exit $?
fi

# ---------------------------------------------------------------- checks
passed=0
failed=0
ok() { echo "ok - $*"; passed=$((passed + 1)); }
notok() { echo "not ok - $*"; failed=$((failed + 1)); }
simpan=${IPASN_SHARDS_SIMPAN:-}
[ -n "$simpan" ] && mkdir -p "$simpan"

# the queries, on schema @ (shard = the sharded tables, lokal = one server)
Q_JP="SELECT nip, tahun,
	   ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) FILTER (WHERE masalah IS NULL) AS jp,
	   count(*) FILTER (WHERE masalah IS NULL) AS catatan,
	   count(*) FILTER (WHERE masalah IS NOT NULL) AS ditolak
FROM @.diklat WHERE tahun IS NOT NULL GROUP BY nip, tahun"
Q_STATE="SELECT nip, tahun, ipasn.jp_state_agg(jalur, lingkup, jumlah, mulai, selesai) AS state
FROM @.diklat WHERE masalah IS NULL AND tahun IS NOT NULL GROUP BY nip, tahun"
# jp_state has no equality operator, and its text lists the capped records in
# the order they were added (a shard's scan order is not the local one): two
# states are the same when the header fields are and the multiset of entries is
KANON="SELECT nip, tahun, (SELECT string_agg(e, '|' ORDER BY e LIKE '%,%', CASE WHEN e LIKE '%,%' THEN e COLLATE \"C\" END, n)
			FROM unnest(string_to_array(state::text, '|')) WITH ORDINALITY AS u(e, n)) AS state
FROM (@) s"
Q_PROFIL="SELECT nip, ipasn.profil_bangkom(jalur, lingkup, jumlah, mulai, selesai, date '2023-12-31') AS b
FROM @.diklat WHERE masalah IS NULL GROUP BY nip"
Q_HUKUMAN="SELECT nip, ipasn.hukuman_terberat(hukuman, tanggal_sk, date '2023-12-31') AS hukuman
FROM @.hukuman GROUP BY nip"
# the per-unit report of laporan.v_laporan_unit, computed from scratch: the
# per-employee aggregates (pushed down when @ = shard), then the scores and
# the unit grouping on the coordinator
Q_UNIT="WITH per AS (SELECT * FROM laporan.periode),
jp AS (
	SELECT nip, ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) AS jp
	FROM @.diklat WHERE masalah IS NULL AND tahun = 2023 GROUP BY nip),
profil AS (
	SELECT nip, ipasn.profil_bangkom(jalur, lingkup, jumlah, mulai, selesai, date '2023-12-31') AS b
	FROM @.diklat WHERE masalah IS NULL GROUP BY nip),
hukdis AS (
	SELECT nip, ipasn.hukuman_terberat(hukuman, tanggal_sk, date '2023-12-31') AS hukuman
	FROM @.hukuman GROUP BY nip),
pim AS (
	SELECT nip, max(ipasn.parse_diklatpim_or_null(jenis)) AS diklatpim
	FROM simpeg.riwayat_diklatpim GROUP BY nip),
masukan AS (
	SELECT p.nip, p.unit_id, u.nama AS unit,
		   ipasn.parse_pendidikan_or_null(p.pendidikan_terakhir) AS pendidikan,
		   coalesce(ipasn.parse_jabatan_or_null(p.eselon), ipasn.parse_jabatan_or_null(p.jenis_jabatan)) AS jabatan,
		   pim.diklatpim,
		   coalesce((pr.b).fungsional, false) OR ipasn.fungsional_dikecualikan(p.nama_jabatan) AS fungsional,
		   coalesce((pr.b).jp_teknis, 0) AS jp_teknis,
		   coalesce((pr.b).seminar, false) AS seminar,
		   coalesce(jp.jp, 0) AS jp,
		   s.predikat, hukdis.hukuman
	FROM simpeg.pegawai p
	JOIN simpeg.unit u ON u.id = p.unit_id
	CROSS JOIN per
	LEFT JOIN profil pr ON pr.nip = p.nip
	LEFT JOIN jp ON jp.nip = p.nip
	LEFT JOIN pim ON pim.nip = p.nip
	LEFT JOIN hukdis ON hukdis.nip = p.nip
	LEFT JOIN simpeg.skp s ON s.nip = p.nip AND s.tahun = per.tahun),
peg AS (
	SELECT m.unit_id, m.unit, m.jp, h.kompetensi, h.total, h.kategori
	FROM masukan m,
		 LATERAL ipasn.ip_asn(m.pendidikan, m.jabatan, m.diklatpim, m.fungsional,
							  m.jp_teknis, m.seminar, m.predikat, m.hukuman) h)
SELECT peg.unit_id, peg.unit,
	   count(*) AS pegawai,
	   count(*) FILTER (WHERE peg.jp > 0) AS ikut,
	   round(100.0 * count(*) FILTER (WHERE peg.jp > 0) / count(*), 2) AS ikut_pct,
	   count(*) FILTER (WHERE peg.jp >= per.target_jp) AS memenuhi_20jp,
	   round(100.0 * count(*) FILTER (WHERE peg.jp >= per.target_jp) / count(*), 2) AS memenuhi_20jp_pct,
	   count(*) FILTER (WHERE peg.jp >= per.target_jp_tinggi) AS memenuhi_40jp,
	   round(100.0 * count(*) FILTER (WHERE peg.jp >= per.target_jp_tinggi) / count(*), 2) AS memenuhi_40jp_pct,
	   round(avg(peg.kompetensi), 2) AS rata_kompetensi,
	   round(avg(peg.total), 2) AS rata_ip_asn,
	   count(*) FILTER (WHERE peg.kategori = 'sangat_tinggi') AS sangat_tinggi,
	   count(*) FILTER (WHERE peg.kategori = 'tinggi') AS tinggi,
	   count(*) FILTER (WHERE peg.kategori = 'sedang') AS sedang,
	   count(*) FILTER (WHERE peg.kategori = 'rendah') AS rendah,
	   count(*) FILTER (WHERE peg.kategori = 'sangat_rendah') AS sangat_rendah,
	   count(*) FILTER (WHERE peg.kategori IS NULL) AS tidak_lengkap
FROM peg CROSS JOIN per
GROUP BY peg.unit_id, peg.unit, per.target_jp, per.target_jp_tinggi"
# one employee's records on both shards (shard.diklat_id, by record id):
# jp_state_agg per employee on each shard, jp_merge on the coordinator
Q_MERGE="SELECT nip, ipasn.jp_value(ipasn.jp_merge(s)) AS jp, sum(n) AS catatan
FROM (SELECT nip, ipasn.jp_state_agg(jalur, lingkup, jumlah, mulai, selesai) AS s, count(*) AS n
	  FROM shard.diklat_id_0 WHERE masalah IS NULL AND tahun = 2023 GROUP BY nip
	  UNION ALL
	  SELECT nip, ipasn.jp_state_agg(jalur, lingkup, jumlah, mulai, selesai), count(*)
	  FROM shard.diklat_id_1 WHERE masalah IS NULL AND tahun = 2023 GROUP BY nip) x
GROUP BY nip"
Q_MERGE_REF="SELECT nip, ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) AS jp, count(*) AS catatan
FROM lokal.diklat WHERE masalah IS NULL AND tahun = 2023 GROUP BY nip"
Q_MERGE_PROFIL="SELECT nip, ipasn.profil(ipasn.jp_merge(s)) AS b
FROM (SELECT nip, ipasn.profil_state_agg(jalur, lingkup, jumlah, mulai, selesai, date '2023-12-31') AS s
	  FROM shard.diklat_id_0 WHERE masalah IS NULL GROUP BY nip
	  UNION ALL
	  SELECT nip, ipasn.profil_state_agg(jalur, lingkup, jumlah, mulai, selesai, date '2023-12-31')
	  FROM shard.diklat_id_1 WHERE masalah IS NULL GROUP BY nip) x
GROUP BY nip"
on() { local q=$1 s=$2; echo "${q//@./$s.}"; }

# explain NAME QUERY [SET...]: EXPLAIN VERBOSE on the coordinator into $work/NAME.plan
explain() {
	qa koord -c "${3:-SELECT}" -c "EXPLAIN (VERBOSE, COSTS OFF) $2" | grep -v '^SET$' >"$work/$1.plan"
	[ -n "$simpan" ] && cp "$work/$1.plan" "$simpan/"
	return 0
}
# how many lines of plan NAME match an extended regex
hits() { grep -Ec -- "$2" "$work/$1.plan" || true; }
# plan NAME aggregates nothing on the coordinator (a node named ...Aggregate;
# "Relations: Aggregate on (...)" is a remote one)
local_aggs() { grep -Ec -- '^ *(-> +)?(Partial |Finalize )?(Hash|Group|Mixed)?Aggregate( |$)' "$work/$1.plan" || true; }

# pushed NAME AGG...: both partitions' Remote SQL run the aggregates, both
# shards are scanned asynchronously, and nothing is aggregated locally
pushed() {
	local name=$1 what=$2 agg a r l
	shift 2
	explain "$name" "$(on "$what" shard)" "${PRE:-}"
	a=$(hits "$name" 'Async Foreign Scan')
	l=$(local_aggs "$name")
	for agg in "$@"; do
		r=$(hits "$name" "Remote SQL: SELECT .*ipasn\\.$agg\\(.*GROUP BY")
		if [ "$a" = 2 ] && [ "$r" = 2 ] && [ "$l" = 0 ]; then
			ok "$name: ipasn.$agg pushed down to both shards (2 Async Foreign Scan, GROUP BY in both Remote SQL, no local aggregate)"
		else
			notok "$name: ipasn.$agg not pushed down (Async Foreign Scan: $a, Remote SQL with it: $r, local aggregates: $l)"
			cat "$work/$name.plan"
		fi
	done
}
# same NAME QUERY_SHARD QUERY_REF: the two give the same rows (EXCEPT both ways)
same() {
	local name=$1 a=$2 b=$3 n1 n2 x y
	read -r n1 n2 x y < <(qa koord -F ' ' -c "WITH a AS ($a), b AS ($b)
		SELECT (SELECT count(*) FROM a), (SELECT count(*) FROM b),
			   (SELECT count(*) FROM (TABLE a EXCEPT ALL TABLE b) d),
			   (SELECT count(*) FROM (TABLE b EXCEPT ALL TABLE a) d)")
	if [ "$n1" = "$n2" ] && [ "$n1" -gt 0 ] && [ "$x" = 0 ] && [ "$y" = 0 ]; then
		ok "$name: $n1 rows sharded = $n2 rows on one server (EXCEPT ALL both ways: $x, $y)"
	else
		notok "$name: sharded $n1 rows, one server $n2 rows, only sharded $x, only one server $y"
		qa koord -c "WITH a AS ($a), b AS ($b)
			(SELECT 'sharded', * FROM (TABLE a EXCEPT ALL TABLE b) d LIMIT 5)
			UNION ALL (SELECT 'one server', * FROM (TABLE b EXCEPT ALL TABLE a) d LIMIT 5)"
	fi
}

langkah "1. push-down (EXPLAIN VERBOSE, enable_partitionwise_aggregate = on)"
pushed jp_pegawai "$Q_JP" jp_total
pushed jp_state "$Q_STATE" jp_state_agg
pushed profil "$Q_PROFIL" profil_bangkom
# The sample has one penalty per punished employee: grouping does not
# shrink the rows, and the planner rightly fetches them and aggregates on the
# coordinator (the costs are equal).  Made costly on the coordinator, the
# aggregate is shipped: it is shippable.
explain hukuman_biaya "$(on "$Q_HUKUMAN" shard)"
echo "   hukuman_terberat by cost alone: $(hits hukuman_biaya 'Remote SQL: .*hukuman_terberat') of 2 Remote SQL (penalties per punished employee: $(qa koord -c "SELECT round(count(*)::numeric / count(DISTINCT nip), 2) FROM lokal.hukuman"))"
PRE="SET cpu_operator_cost = 10" pushed hukuman "$Q_HUKUMAN" hukuman_terberat
echo "   Remote SQL of the per-employee JP total:"
grep 'Remote SQL' "$work/jp_pegawai.plan" | sed 's/^ */     /'

langkah "2. sharded = one server, row for row"
same "JP per employee and year" "$(on "$Q_JP" shard)" "$(on "$Q_JP" lokal)"
same "JP per employee and year vs laporan.v_jp_pegawai" "$(on "$Q_JP" shard)" \
	"SELECT nip, tahun, jp, catatan, ditolak FROM laporan.v_jp_pegawai"
same "jp_state per employee and year (entries in a canonical order)" \
	"${KANON//@/$(on "$Q_STATE" shard)}" "${KANON//@/$(on "$Q_STATE" lokal)}"
same "profil_bangkom per employee" "$(on "$Q_PROFIL" shard)" "$(on "$Q_PROFIL" lokal)"
same "hukuman_terberat per employee" "$(on "$Q_HUKUMAN" shard)" "$(on "$Q_HUKUMAN" lokal)"

langkah "3. what does not push down, and the ways around it"
# 3a. a STABLE function (reads ipasn.aturan_jp): shipped neither alone nor in sum()
B_JP="SELECT nip, sum(ipasn.jp(jalur, lingkup, jumlah, mulai, selesai)) AS jp
FROM @.diklat WHERE masalah IS NULL AND tahun = 2023 GROUP BY nip"
explain stabil "$(on "$B_JP" shard)"
if [ "$(hits stabil 'Remote SQL: .*ipasn\.jp\(')" = 0 ] && [ "$(hits stabil 'Remote SQL: .*GROUP BY')" = 0 ] &&
	[ "$(local_aggs stabil)" -ge 1 ]; then
	ok "sum(ipasn.jp(...)): jp is STABLE, not shipped: the shards send rows, the coordinator converts and sums"
else
	notok "sum(ipasn.jp(...)) was expected not to push down"; cat "$work/stabil.plan"
fi
same "sum(ipasn.jp(...)) per employee (computed on the coordinator)" "$(on "$B_JP" shard)" "$(on "$B_JP" lokal)"
# 3b. the volatility in pg_proc decides, and only it: every ipasn function
# that postgres_fdw may ship is IMMUTABLE; a STABLE one in a WHERE stays local
read -r vol_parse vol_satuan < <(qa koord -F ' ' -c "SELECT
	(SELECT provolatile FROM pg_proc WHERE oid = 'ipasn.parse_hukuman_or_null(text)'::regprocedure),
	(SELECT provolatile FROM pg_proc WHERE oid = 'ipasn.satuan(ipasn.jalur)'::regprocedure)")
explain satuan "SELECT count(*) FROM shard.diklat WHERE ipasn.satuan(jalur) = 'jp'"
if [ "$vol_satuan" = s ] && [ "$(hits satuan 'Remote SQL: .*ipasn\.satuan')" = 0 ] &&
	[ "$(hits satuan 'Filter: .*ipasn\.satuan')" = 2 ]; then
	ok "WHERE ipasn.satuan(jalur) = 'jp': satuan is STABLE (provolatile s), filtered on the coordinator"
else
	notok "ipasn.satuan (provolatile $vol_satuan) in WHERE"; cat "$work/satuan.plan"
fi
explain parse "SELECT count(*) FROM shard.diklat WHERE ipasn.parse_hukuman_or_null(masalah) IS NOT NULL"
r=$(hits parse 'Remote SQL: .*ipasn\.parse_hukuman_or_null')
if { [ "$vol_parse" = i ] && [ "$r" = 2 ]; } || { [ "$vol_parse" != i ] && [ "$r" = 0 ]; }; then
	ok "ipasn.parse_hukuman_or_null is provolatile $vol_parse and shipped in $r Remote SQL (shipped iff immutable)"
else
	notok "ipasn.parse_hukuman_or_null is provolatile $vol_parse but in $r Remote SQL"; cat "$work/parse.plan"
fi
# 3c. GROUP BY not on the partition key: records distributed by id, grouped by nip
B_ID="SELECT nip, ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) AS jp, count(*) AS catatan
FROM shard.diklat_id WHERE masalah IS NULL AND tahun = 2023 GROUP BY nip"
explain bukan_kunci "$B_ID"
if [ "$(hits bukan_kunci 'Remote SQL: .*GROUP BY')" = 0 ] && [ "$(local_aggs bukan_kunci)" -ge 1 ]; then
	ok "GROUP BY nip over a table partitioned by id: no aggregate in the Remote SQL (PostgreSQL 15 ships no partial aggregate)"
else
	notok "GROUP BY not on the partition key was expected not to push down"; cat "$work/bukan_kunci.plan"
fi
same "jp_total per employee, table partitioned by id (rows fetched)" "$B_ID" "$Q_MERGE_REF"
# the way around: jp_state_agg per employee on each shard, jp_merge on the coordinator
explain merge "$Q_MERGE"
if [ "$(hits merge 'Async Foreign Scan')" = 2 ] &&
	[ "$(hits merge 'Remote SQL: SELECT .*ipasn\.jp_state_agg\(.*GROUP BY')" = 2 ]; then
	ok "state merging: jp_state_agg per employee pushed down to both shards, jp_merge on the coordinator"
else
	notok "state merging plan"; cat "$work/merge.plan"
fi
same "jp_value(jp_merge(jp_state_agg per shard)) = jp_total on one server" "$Q_MERGE" "$Q_MERGE_REF"
n_split=$(qa koord -c "SELECT count(*) FROM (SELECT nip FROM shard.diklat_id_0 INTERSECT SELECT nip FROM shard.diklat_id_1) x")
echo "   ($n_split employees have records on both shards)"
same "profil(jp_merge(profil_state_agg per shard)) = profil_bangkom on one server" "$Q_MERGE_PROFIL" "$(on "$Q_PROFIL" lokal)"
# 3d. the per-unit report: unit is not the partition key, the scores are
# STABLE, pegawai/skp are on the coordinator: per-employee aggregates pushed
# down, the rest on the coordinator
explain unit "$(on "$Q_UNIT" shard)"
a=$(hits unit 'Remote SQL: SELECT .*ipasn\.(jp_total|profil_bangkom)\(.*GROUP BY')
s=$(hits unit 'Remote SQL: .*ipasn\.(ip_asn|skor_)')
if [ "$a" = 4 ] && [ "$s" = 0 ] && [ "$(hits unit 'Async Foreign Scan')" -ge 4 ]; then
	ok "per-unit report: jp_total, profil_bangkom pushed down (4 Remote SQL, hukuman_terberat by cost: $(hits unit 'Remote SQL: .*hukuman_terberat')), ip_asn and the unit grouping on the coordinator"
else
	notok "per-unit report plan: $a pushed aggregates, $s scores in Remote SQL"; cat "$work/unit.plan"
fi
same "per-unit report from the shards = laporan.v_laporan_unit on one server" "$(on "$Q_UNIT" shard)" \
	"SELECT * FROM laporan.v_laporan_unit"
same "per-unit report from the shards = the same query on one server" "$(on "$Q_UNIT" shard)" "$(on "$Q_UNIT" lokal)"

langkah "4. the rule set a pushed-down aggregate uses is the shard's"
# a rule set with a 2-year JP window, on every node
for n in $nodes; do
	q $n -c "INSERT INTO ipasn.aturan_ipasn (aturan, target_jp, target_jp_tinggi, jendela_jp_tahun, induk, keterangan)
		VALUES ('uji_dua_tahun', 20, 40, 2, 'permenpanrb_38_2018', 'shard test: JP window of 2 years')"
done
P_SUM="SELECT sum((b).jp) FROM ($(on "$Q_PROFIL" @)) x"
ref1=$(qa koord -c "$(on "$P_SUM" lokal)")
ref2=$(qa koord -c "SET ipasn.aturan = 'uji_dua_tahun'" -c "$(on "$P_SUM" lokal)")
got=$(qa koord -c "SET ipasn.aturan = 'uji_dua_tahun'" -c "$(on "$P_SUM" shard)")
if [ "$ref1" != "$ref2" ] && [ "$got" = "$ref1" ]; then
	ok "SET ipasn.aturan on the coordinator does not reach the shards: sharded $got = default set $ref1, not $ref2"
else
	notok "ipasn.aturan: one server default $ref1, 2-year $ref2, sharded with SET $got"
fi
q koord -c "ALTER SERVER shard1 OPTIONS (ADD options '-c ipasn.aturan=uji_dua_tahun')" \
	-c "ALTER SERVER shard2 OPTIONS (ADD options '-c ipasn.aturan=uji_dua_tahun')"
got=$(qa koord -c "SET ipasn.aturan = 'uji_dua_tahun'" -c "$(on "$P_SUM" shard)")
if [ "$got" = "$ref2" ]; then
	ok "with the server option options '-c ipasn.aturan=...' the shards use the set: $got"
else
	notok "server option ipasn.aturan: got $got, want $ref2"
fi
q koord -c "ALTER SERVER shard1 OPTIONS (DROP options)" -c "ALTER SERVER shard2 OPTIONS (DROP options)"

langkah "5. the rule tables identical on every node (aturan_md5.sql)"
for n in $nodes; do qa $n -f test/shards/aturan_md5.sql >"$work/md5-$n.txt"; done
[ -n "$simpan" ] && cp "$work/md5-koord.txt" "$simpan/"
if cmp -s "$work/md5-koord.txt" "$work/md5-shard1.txt" && cmp -s "$work/md5-koord.txt" "$work/md5-shard2.txt" &&
	[ "$(wc -l <"$work/md5-koord.txt")" -ge 6 ]; then
	ok "aturan_md5.sql: the same $(wc -l <"$work/md5-koord.txt") lines on the coordinator and both shards"
	sed 's/^/     /' "$work/md5-koord.txt"
else
	notok "aturan_md5.sql differs between nodes"; head -50 "$work"/md5-*.txt
fi
q shard2 -c "UPDATE ipasn.aturan_jp SET batas_jp_harian = batas_jp_harian + 1
	WHERE jalur = 'e_learning' AND lingkup = 'nasional'"
qa shard2 -f test/shards/aturan_md5.sql >"$work/md5-shard2b.txt"
diff "$work/md5-koord.txt" "$work/md5-shard2b.txt" >"$work/md5.diff" || true
d=$(grep -c '^>' "$work/md5.diff" || true)
if [ "$d" = 1 ] && grep -q '^> ipasn\.aturan_jp|' "$work/md5.diff"; then
	ok "aturan_md5.sql finds the one changed rule table on shard2 (ipasn.aturan_jp)"
else
	notok "aturan_md5.sql after a change on shard2: $d lines differ"
fi
# and a different rule row changes the pushed-down result: the reason to check
same_after=$(qa koord -F ' ' -c "WITH a AS ($(on "$Q_JP" shard)), b AS ($(on "$Q_JP" lokal))
	SELECT count(*) FROM (TABLE a EXCEPT ALL TABLE b) d")
echo "   with that row changed on shard2, $same_after employee-years differ from one server"
q shard2 -c "UPDATE ipasn.aturan_jp SET batas_jp_harian = batas_jp_harian - 1
	WHERE jalur = 'e_learning' AND lingkup = 'nasional'"

langkah "6. rule changes by logical replication (coordinator publishes, shards subscribe)"
# The rule tables are published on the coordinator; the shards subscribe
# without the initial copy (CREATE EXTENSION made the built-in rows on every
# node, and check 5 found them identical).
q koord -c "CREATE PUBLICATION ipasn_aturan FOR TABLE ipasn.aturan_jp, ipasn.aturan_ipasn,
	ipasn.aturan_komponen, ipasn.aturan_kinerja, ipasn.sinonim"
for n in shard1 shard2; do
	q $n -c "CREATE SUBSCRIPTION ipasn_aturan_$n
		CONNECTION 'host=127.0.0.1 port=${port[koord]} dbname=$db user=postgres'
		PUBLICATION ipasn_aturan WITH (copy_data = false)"
done
E_SUM="SELECT sum(jp) FROM ($(on "$Q_JP" shard)) x"
# the change, made on the coordinator only; then wait until both shards have it
UBAH="UPDATE ipasn.aturan_jp SET batas_jp_harian = 4 WHERE jalur = 'e_learning' AND lingkup = 'nasional'"
cat >"$work/tunggu.sh" <<EOF
psql -X -q -p ${port[koord]} -d $db -c "$UBAH"
for i in \$(seq 1 300); do
	a=\$(psql -X -At -p ${port[shard1]} -d $db -c "SELECT batas_jp_harian FROM ipasn.aturan_jp WHERE jalur = 'e_learning' AND lingkup = 'nasional' AND bawaan")
	b=\$(psql -X -At -p ${port[shard2]} -d $db -c "SELECT batas_jp_harian FROM ipasn.aturan_jp WHERE jalur = 'e_learning' AND lingkup = 'nasional' AND bawaan")
	[ "\$a" = 4.00 ] && [ "\$b" = 4.00 ] && exit 0
	sleep 0.1
done
echo TIMEOUT
EOF
# a statement on the rule table that changes nothing fires its statement
# trigger, which sends the invalidation
cat >"$work/noop.sh" <<EOF
for p in ${port[shard1]} ${port[shard2]}; do
	psql -X -q -p \$p -d $db -c "UPDATE ipasn.aturan_jp SET bawaan = bawaan WHERE false"
done
EOF
# one coordinator session throughout: its postgres_fdw connections, and so the
# shard sessions with their rule caches, live on between the statements
read -r v1 v2 v3 <<<"$(qa koord -c "$E_SUM" \
	-c "\\! bash $work/tunggu.sh" \
	-c "$E_SUM" \
	-c "\\! bash $work/noop.sh" \
	-c "$E_SUM" | tr '\n' ' ')"
baru=$(qa koord -c "SELECT sum(jp) FROM ($(on "$Q_JP" lokal)) x")
segar=$(qa koord -c "$E_SUM")
for n in $nodes; do qa $n -f test/shards/aturan_md5.sql >"$work/md5r-$n.txt"; done
if cmp -s "$work/md5r-koord.txt" "$work/md5r-shard1.txt" && cmp -s "$work/md5r-koord.txt" "$work/md5r-shard2.txt" &&
	! cmp -s "$work/md5-koord.txt" "$work/md5r-koord.txt"; then
	ok "the changed rule row reached both shards by logical replication (aturan_md5.sql identical again)"
else
	notok "logical replication of the rule tables: fingerprints differ"
fi
echo "   JP total, one coordinator session: before $v1; after the change arrived $v2; after a no-op UPDATE on each shard $v3"
echo "   one server after the change: $baru; a new coordinator session: $segar"
# logical replication fires no statement trigger; the row triggers
# *_replikasi (ENABLE REPLICA) send the invalidation from the apply worker
if [ "$v2" = "$baru" ] && [ "$v1" != "$baru" ]; then
	ok "the replicated change reached the open shard sessions' rule caches as it arrived ($v2)"
else
	notok "replicated rule change: the open shard sessions computed $v2 once it arrived, one server $baru (before $v1)"
fi
if [ "$v3" = "$baru" ] && [ "$segar" = "$baru" ]; then
	ok "after a no-op UPDATE on each shard, and in a new session, the same ($v3)"
else
	notok "replicated rule change: open session $v3, new session $segar, one server $baru (before $v1)"
fi

# ---------------------------------------------------------------- timing
if [ "$ulang" -gt 0 ]; then
	langkah "timing: one server (lokal.*) against two shards (shard.*), $ulang rounds"
	# milliseconds of one query on the coordinator, rows discarded, in a
	# session whose postgres_fdw connections to both shards are open already
	# (a first query in a new session pays for them: printed below)
	waktu() {
		qa koord -c "SELECT count(*) FROM shard.hukuman" -c '\timing on' -c "SELECT count(*) FROM ($1) x" |
			sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
	}
	sambung=$(qa koord -c '\timing on' -c "SELECT count(*) FROM shard.hukuman" -c "SELECT count(*) FROM shard.hukuman" |
		sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tr '\n' ' ')
	echo "   a small query on both shards, first and second in a new session: $sambung ms (connecting to the shards)"
	echo "   load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores; other work on the machine counts)"
	printf '   %-28s %5s %12s %12s\n' query round "one server" "two shards"
	for r in $(seq 1 "$ulang"); do
		for name in JP PROFIL HUKUMAN UNIT; do
			eval "qq=\$Q_$name"
			a=$(waktu "$(on "$qq" lokal)")
			b=$(waktu "$(on "$qq" shard)")
			printf '   %-28s %5s %10s ms %10s ms\n' "$name" "$r" "$a" "$b"
			echo "$name $a $b" >>"$work/waktu.txt"
		done
	done
	echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "   ranges over $ulang rounds (ms): query, one server min-max, two shards min-max"
	awk '{ n[$1]++; if (!($1 in a1) || $2 < a1[$1]) a1[$1] = $2; if ($2 > a2[$1]) a2[$1] = $2;
		   if (!($1 in b1) || $3 < b1[$1]) b1[$1] = $3; if ($3 > b2[$1]) b2[$1] = $3; o[$1] = NR }
		 END { for (k in o) printf "   %-10s %8.0f-%-8.0f %8.0f-%-8.0f\n", k, a1[k], a2[k], b1[k], b2[k] }' \
		"$work/waktu.txt" | sort
fi

langkah "done"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
