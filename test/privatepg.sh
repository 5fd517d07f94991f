# Sourced by test/run.sh (`make test`, `make demo`, `make bench`) and by the
# slow robustness scripts (test/asan/check.sh, test/fuzz/*.sh).  ipasn is
# never installed into the machine's PostgreSQL: it goes into a PRIVATE,
# relocated copy of the Debian installation.  PostgreSQL finds its share and
# lib directories relative to its binaries, so a copy of
# /usr/lib/postgresql/<major>, /usr/share/postgresql/<major> and
# /usr/include/postgresql under another prefix is a complete installation
# (pgTAP included) that nobody else loads.  A user's installed ipasn, the
# system's clusters and other runs on the same machine are never touched.
# test/run.sh makes one copy per run under its temporary directory; the slow
# scripts that share /tmp/ipasn-privpg (matrix, sqlsmith, memory, valgrind)
# must not run at the same time; check-asan uses its own.
#
#   PRIV (or IPASN_PRIVATE_PG)  where the copy lives
#   PG_MAJOR                    which major version (default: pg_config's)
#   priv_setup                  copy the installation (once) to $PRIV
#   priv_install SRC [MAKEVARS] build and install the tree SRC into it
#   priv_start [ENV=VAL ...]    initdb + start a throwaway cluster in a new
#                               directory $work; exports PGHOST PGPORT
#                               PGUSER PGDATABASE and puts the copy's
#                               binaries first in PATH
#   priv_stop                   stop it
#   as_owner CMD                run as the cluster owner (postgres when root)

PRIV=${PRIV:-${IPASN_PRIVATE_PG:-/tmp/ipasn-privpg}}
PG_MAJOR=${PG_MAJOR:-$(pg_config --version 2>/dev/null | sed -nE 's/^PostgreSQL ([0-9]+).*/\1/p')}
PG_MAJOR=${PG_MAJOR:-15}
PRIV_BIN=$PRIV/usr/lib/postgresql/$PG_MAJOR/bin
PRIV_PG_CONFIG=$PRIV_BIN/pg_config
# extra postgresql.conf lines for priv_start (one setting per line)
PRIV_CONF=${PRIV_CONF:-}

priv_setup() {
	if [ ! -x "$PRIV_BIN/postgres" ] || [ ! -d "$PRIV/usr/include/postgresql/$PG_MAJOR/server" ]; then
		rm -rf "$PRIV"
		mkdir -p "$PRIV/usr/lib/postgresql" "$PRIV/usr/share/postgresql" "$PRIV/usr/include"
		cp -a "/usr/lib/postgresql/$PG_MAJOR" "$PRIV/usr/lib/postgresql/" &&
			cp -a "/usr/share/postgresql/$PG_MAJOR" "$PRIV/usr/share/postgresql/" &&
			cp -a /usr/include/postgresql "$PRIV/usr/include/" || return 1
		chmod -R a+rX "$PRIV"
	fi
	[ "$("$PRIV_PG_CONFIG" --sharedir)" = "$PRIV/usr/share/postgresql/$PG_MAJOR" ] || {
		echo "the relocated copy in $PRIV does not find its share directory"; return 1; }
}

priv_install() {
	local src=$1 log
	shift
	log=${PRIV_BUILD_LOG:-$src/.priv-build.log}
	make -C "$src" -s PG_CONFIG="$PRIV_PG_CONFIG" "$@" >"$log" 2>&1 &&
		make -C "$src" -s PG_CONFIG="$PRIV_PG_CONFIG" "$@" install >>"$log" 2>&1 || {
		tail -40 "$log"; return 1; }
}

as_owner() { "$@"; }
if [ "$(id -u)" = 0 ]; then
	as_owner() { runuser -u postgres -- "$@"; }
fi

priv_stop() {
	[ -n "${work:-}" ] && [ -d "$work/data" ] &&
		as_owner env -u LD_PRELOAD "$PRIV_BIN/pg_ctl" -D "$work/data" -m fast -t 60 stop >/dev/null 2>&1
	return 0
}

# priv_start [ENV=VAL ...]: the variables are set in the server's environment
priv_start() {
	work=$(mktemp -d /tmp/ipasn-priv.XXXXXX)
	chmod 755 "$work"
	[ "$(id -u)" = 0 ] && chown postgres: "$work"
	port=$((20000 + RANDOM % 20000))
	while (echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null || [ -e "/tmp/.s.PGSQL.$port" ]; do
		port=$((port + 1))
	done
	as_owner "$PRIV_BIN/initdb" -D "$work/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 \
		>"$work/initdb.log" 2>&1 || { cat "$work/initdb.log"; return 1; }
	cat >>"$work/data/postgresql.conf" <<CONF
port = $port
listen_addresses = ''
unix_socket_directories = '$work'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 256MB
work_mem = 64MB
max_parallel_workers_per_gather = 2
max_worker_processes = 8
lc_messages = 'C'
timezone = 'UTC'
log_min_messages = warning
$PRIV_CONF
CONF
	as_owner env "$@" "$PRIV_BIN/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 120 start >/dev/null || {
		tail -40 "$work/server.log"; return 1; }
	export PGHOST="$work" PGPORT="$port" PGUSER=postgres PGDATABASE=postgres
	export PATH="$PRIV_BIN:$PATH"
}
