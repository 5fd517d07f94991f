# Sourced by the slow trust scripts (test/asan/check.sh, test/fuzz/matrix.sh,
# test/fuzz/sqlsmith.sh, test/fuzz/memory.sh).  Instead of installing into
# the system PostgreSQL 15 (shared by everyone on the machine, and by
# `make test` under /work/bin/pglock), they install ipasn into a PRIVATE,
# relocated copy of the Debian installation: PostgreSQL finds its share and
# lib directories relative to its binaries, so a copy of
# /usr/lib/postgresql/15, /usr/share/postgresql/15 and
# /usr/include/postgresql under another prefix is a complete installation
# (pgtap included) that nobody else loads.  The system install is never
# touched, so no lock is needed and a sanitizer build cannot leak into
# anyone's `make test`.  The scripts that share one copy (matrix, sqlsmith,
# memory, valgrind: /tmp/ipasn-privpg) must not run at the same time;
# check-asan uses its own (/tmp/ipasn-privpg-san).
#
#   priv_setup                  copy the installation (once) to $PRIV
#   priv_install SRC [MAKEVARS] build and install the tree SRC into it
#   priv_start [ENV=VAL ...]    initdb + start a throwaway cluster; exports
#                               PGHOST PGPORT PGUSER PGDATABASE, $work
#   priv_stop                   stop it (also on EXIT)
#   as_owner CMD                run as the cluster owner (postgres when root)

PRIV=${IPASN_PRIVATE_PG:-/tmp/ipasn-privpg}
PRIV_BIN=$PRIV/usr/lib/postgresql/15/bin
PRIV_PG_CONFIG=$PRIV_BIN/pg_config

priv_setup() {
	if [ ! -x "$PRIV_BIN/postgres" ] || [ ! -d "$PRIV/usr/include/postgresql/15/server" ]; then
		rm -rf "$PRIV"
		mkdir -p "$PRIV/usr/lib/postgresql" "$PRIV/usr/share/postgresql" "$PRIV/usr/include"
		cp -a /usr/lib/postgresql/15 "$PRIV/usr/lib/postgresql/"
		cp -a /usr/share/postgresql/15 "$PRIV/usr/share/postgresql/"
		cp -a /usr/include/postgresql "$PRIV/usr/include/"
		chmod -R a+rX "$PRIV"
	fi
	[ "$("$PRIV_PG_CONFIG" --sharedir)" = "$PRIV/usr/share/postgresql/15" ] || {
		echo "the relocated copy in $PRIV does not find its share directory"; return 1; }
}

priv_install() {
	local src=$1
	shift
	make -C "$src" -s PG_CONFIG="$PRIV_PG_CONFIG" "$@" >"$src/.priv-build.log" 2>&1 &&
		make -C "$src" -s PG_CONFIG="$PRIV_PG_CONFIG" "$@" install >>"$src/.priv-build.log" 2>&1 || {
		tail -40 "$src/.priv-build.log"; return 1; }
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
CONF
	as_owner env "$@" "$PRIV_BIN/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 120 start >/dev/null || {
		tail -40 "$work/server.log"; return 1; }
	export PGHOST="$work" PGPORT="$port" PGUSER=postgres PGDATABASE=postgres
	export PATH="$PRIV_BIN:$PATH"
}
