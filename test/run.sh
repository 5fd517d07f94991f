#!/usr/bin/env bash
# ipasn — the driver behind `make test`, `make demo` and `make bench`.
#
# Each mode is self-sufficient on a fresh Debian 12 machine:
#   1. check the Debian packages it needs; install the missing ones when run
#      as root, otherwise print the exact apt-get line and stop;
#   2. build and install the extension (make, make install);
#   3. start a throwaway PostgreSQL cluster in a temporary directory, on its
#      own port and socket directory (initdb refuses root, so as root the
#      cluster belongs to the OS user "postgres");
#   4. run the mode; 5. stop and remove the cluster, even on failure.
#
# `test` ends with one line "N passed, M failed" and exits non-zero when M > 0.
set -u
mode=${1:-test}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

PG_CONFIG=${PG_CONFIG:-pg_config}
pgbin=/usr/lib/postgresql/15/bin

# ---------------------------------------------------------------- packages
need="postgresql-15 postgresql-server-dev-15 postgresql-15-pgtap make gcc libipc-run-perl"
case "$mode" in
	test) [ -d test/browser ] && need="$need chromium" ;;
esac
missing=""
for p in $need; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
	if [ "$(id -u)" = 0 ]; then
		echo "== installing Debian packages:$missing"
		export DEBIAN_FRONTEND=noninteractive
		{ apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing; } >/tmp/ipasn-apt.log 2>&1 || {
			# chromium is only needed by the browser test: go on without it
			cat /tmp/ipasn-apt.log | tail -20
			echo "apt-get install failed (see above)"
			exit 1
		}
	else
		echo "missing Debian packages; run:"
		echo "  sudo apt-get install -y$missing"
		exit 1
	fi
fi
export PATH="$pgbin:$PATH"

# ---------------------------------------------------------------- build
echo "== building and installing ipasn"
make -s PG_CONFIG="$PG_CONFIG" >/tmp/ipasn-build.log 2>&1 || { cat /tmp/ipasn-build.log; echo "0 passed, 1 failed"; exit 1; }
if [ "$(id -u)" = 0 ]; then
	make -s install >>/tmp/ipasn-build.log 2>&1 || { cat /tmp/ipasn-build.log; echo "0 passed, 1 failed"; exit 1; }
else
	sudo -n make -s install >>/tmp/ipasn-build.log 2>&1 || make -s install >>/tmp/ipasn-build.log 2>&1 || {
		cat /tmp/ipasn-build.log; echo "make install failed: run it as root once"; exit 1; }
fi

# ---------------------------------------------------------------- cluster
work=$(mktemp -d /tmp/ipasn-cluster.XXXXXX)
chmod 755 "$work"
as_owner() { "$@"; }
if [ "$(id -u)" = 0 ]; then
	chown postgres: "$work"
	as_owner() { runuser -u postgres -- "$@"; }
fi
port=$((20000 + RANDOM % 20000))
while (echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null || [ -e "/tmp/.s.PGSQL.$port" ]; do
	port=$((port + 1))
done
cleanup() {
	as_owner pg_ctl -D "$work/data" -m immediate stop >/dev/null 2>&1
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_owner initdb -D "$work/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 || {
	cat "$work/initdb.log"; echo "0 passed, 1 failed"; exit 1; }
cat >>"$work/data/postgresql.conf" <<EOF
port = $port
listen_addresses = ''
unix_socket_directories = '$work'
fsync = off
synchronous_commit = off
full_page_writes = off
max_parallel_workers_per_gather = 2
max_worker_processes = 8
shared_buffers = 512MB
work_mem = 64MB
maintenance_work_mem = 512MB
max_wal_size = 8GB
lc_messages = 'C'
timezone = 'UTC'
EOF
as_owner pg_ctl -D "$work/data" -l "$work/server.log" -w start >/dev/null || {
	cat "$work/server.log"; echo "0 passed, 1 failed"; exit 1; }
export PGHOST="$work" PGPORT="$port" PGUSER=postgres PGDATABASE=postgres
export IPASN_CLUSTER_DIR="$work"

# ---------------------------------------------------------------- modes
passed=0
failed=0
count_pg_regress() {
	# pg_regress (PG 15) prints "test NAME ... ok" / "... FAILED" per test
	local log=$1 p f
	p=$(grep -Ec '\.\.\. ok' "$log")
	f=$(grep -Ec '\.\.\. FAILED' "$log")
	passed=$((passed + p))
	failed=$((failed + f))
}

case "$mode" in
test)
	echo "== regression tests (pg_regress)"
	make -s installcheck PGHOST="$PGHOST" PGPORT="$PGPORT" >"$work/installcheck.log" 2>&1
	rc=$?
	grep -E '\.\.\. |^=+|tests? (passed|failed)' "$work/installcheck.log"
	before=$failed
	count_pg_regress "$work/installcheck.log"
	if [ $rc != 0 ] && [ $failed = $before ]; then
		tail -20 "$work/installcheck.log"
		failed=$((failed + 1))
	fi
	if [ -s regression.diffs ]; then
		echo "== regression.diffs (first 200 lines)"
		head -200 regression.diffs
	fi
	if [ -s output_iso/regression.diffs ]; then
		echo "== output_iso/regression.diffs (first 200 lines)"
		head -200 output_iso/regression.diffs
	fi
	# shell and TAP-like tests: each test/sh/NAME.sh is one test, exit 0 = pass
	for t in test/sh/*.sh; do
		[ -e "$t" ] || continue
		name=$(basename "$t" .sh)
		if bash "$t" >"$work/$name.log" 2>&1; then
			echo "test $name ... ok"
			passed=$((passed + 1))
		else
			echo "test $name ... FAILED"
			tail -40 "$work/$name.log"
			failed=$((failed + 1))
		fi
	done
	echo "$passed passed, $failed failed"
	[ "$failed" = 0 ]
	exit $?
	;;
regress)
	# development aid: bash test/run.sh regress setup parse ...
	shift
	make -s installcheck PGHOST="$PGHOST" PGPORT="$PGPORT" REGRESS="$*" ISOLATION= 2>&1 | grep -E '\.\.\. |tests'
	[ -s regression.diffs ] && cat regression.diffs
	exit 0
	;;
isolation)
	shift
	make -s installcheck PGHOST="$PGHOST" PGPORT="$PGPORT" REGRESS= ISOLATION="$*" 2>&1 | tail -20
	[ -s output_iso/regression.diffs ] && cat output_iso/regression.diffs
	exit 0
	;;
shell)
	# development aid: bash test/run.sh shell 'psql -c "select 1"' (or test/sh/x.sh)
	shift
	bash -c "$*"
	exit $?
	;;
demo)
	bash test/demo/demo.sh
	exit $?
	;;
bench)
	bash test/bench/bench.sh
	exit $?
	;;
*)
	echo "unknown mode $mode"
	exit 2
	;;
esac
