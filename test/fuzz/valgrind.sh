#!/usr/bin/env bash
# valgrind: the regression suite (make installcheck: pg_regress and the
# isolation specs) and, unless VALGRIND_FUZZ=0, a short run of
# test/sh/fuzz.sh, against a throwaway PostgreSQL 15 cluster whose
# postmaster (and so every backend and parallel worker, which are forks of
# it) runs under valgrind memcheck.  NOT part of `make test`: it is slow
# (about 3 minutes).
#
#   bash test/fuzz/valgrind.sh            # as root or as a user who can initdb
#   VALGRIND_FUZZ=0 bash test/fuzz/valgrind.sh    # without test/sh/fuzz.sh
#   VALGRIND_MATRIX=0 ...                # without the pgTAP matrix
#   VALGRIND_KEEP=1 ...                   # keep the cluster dir and logs
#
# Debian's PostgreSQL is built without USE_VALGRIND, so memcheck sees malloc
# blocks, not palloc chunks: it finds reads/writes outside a memory context
# block, and any use of uninitialised memory (e.g. padding of a jp_state
# that reaches disk, a send function or a comparison).  Debian ships no
# valgrind.supp, so test/fuzz/valgrind.supp is a minimal list after
# PostgreSQL's src/tools/valgrind.supp.  The report keeps only the errors
# with a frame in ipasn.so; exit 1 if there is any (or if the suite fails),
# 0 otherwise.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
pgbin=/usr/lib/postgresql/15/bin
export PATH="$pgbin:$PATH"
command -v valgrind >/dev/null || { echo "valgrind is not installed: apt-get install valgrind"; exit 2; }

# ipasn is installed into a private relocated copy of PostgreSQL
# (test/privatepg.sh), never into the system install others use
. "$top/test/privatepg.sh"
priv_setup || exit 2
pgbin=$PRIV_BIN
export PATH="$pgbin:$PATH"
vgsrc=$(mktemp -d /tmp/ipasn-vg-src.XXXXXX)
tar -C "$top" --exclude=.git --exclude=results --exclude=output_iso --exclude='*.o' --exclude='*.so' --exclude='*.bc' -cf - . | tar -C "$vgsrc" -xf -
echo "== building and installing ipasn (into $PRIV)"
priv_install "$vgsrc" || exit 2

# PostgreSQL's own suppressions (src/tools/valgrind.supp) when the
# installation ships them (Debian does not), then the project's
supps=()
for f in "$($PRIV_PG_CONFIG --sharedir)/valgrind.supp" "$($PRIV_PG_CONFIG --pkglibdir)/pgxs/src/tools/valgrind.supp" \
	/usr/share/postgresql/15/valgrind.supp /usr/lib/postgresql/15/lib/pgxs/src/tools/valgrind.supp; do
	[ -f "$f" ] && { supps+=("--suppressions=$f"); break; }
done
supps+=("--suppressions=$top/test/fuzz/valgrind.supp")
echo "   suppressions: ${supps[*]#--suppressions=}"

work=$(mktemp -d /tmp/ipasn-valgrind.XXXXXX)
chmod 755 "$work"
mkdir "$work/vg"
as_owner() { "$@"; }
if [ "$(id -u)" = 0 ]; then
	chown -R postgres: "$work"
	as_owner() { runuser -u postgres -- "$@"; }
fi
port=$((20000 + RANDOM % 20000))
while (echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null || [ -e "/tmp/.s.PGSQL.$port" ]; do
	port=$((port + 1))
done
pm=""
# stop the server, bounded: valgrind makes shutdown slow, and a backend that
# exits with valgrind's error code makes the postmaster restart the cluster
stop_server() {
	local pid
	as_owner pg_ctl -D "$work/data" -m fast -t 120 stop >/dev/null 2>&1 ||
		as_owner pg_ctl -D "$work/data" -m immediate -t 60 stop >/dev/null 2>&1
	pid=$(head -1 "$work/data/postmaster.pid" 2>/dev/null)
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		kill -9 "$pid" 2>/dev/null
	fi
	[ -n "$pm" ] && wait "$pm" 2>/dev/null
	pm=""
}
cleanup() {
	stop_server
	rm -rf "$vgsrc"
	if [ "${VALGRIND_KEEP:-0}" = 1 ]; then
		echo "kept $work"
	else
		rm -rf "$work"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_owner initdb -D "$work/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 || {
	cat "$work/initdb.log"; exit 2; }
cat >>"$work/data/postgresql.conf" <<CONF
port = $port
listen_addresses = ''
unix_socket_directories = '$work'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 64MB
max_parallel_workers_per_gather = 2
max_worker_processes = 8
lc_messages = 'C'
timezone = 'UTC'
# valgrind is 20-50 times slower: give the autovacuum and checkpoints a rest
autovacuum = off
checkpoint_timeout = 1h
CONF

echo "== starting postgres under valgrind (port $port, logs in $work/vg)"
as_owner valgrind --tool=memcheck --leak-check=no --trace-children=yes \
	--track-origins=yes --num-callers=40 --error-limit=no \
	--error-exitcode=99 --read-var-info=no \
	"${supps[@]}" \
	--log-file="$work/vg/%p.log" \
	"$pgbin/postgres" -D "$work/data" >"$work/server.log" 2>&1 &
pm=$!
export PGHOST="$work" PGPORT="$port" PGUSER=postgres PGDATABASE=postgres
up=0
for i in $(seq 1 240); do
	if pg_isready -q -t 1 && psql -X -At -c 'SELECT 1' >/dev/null 2>&1; then
		up=1
		break
	fi
	sleep 1
done
[ $up = 1 ] || { echo "postgres did not start under valgrind"; tail -30 "$work/server.log"; exit 2; }

suite=0
echo "== make installcheck under valgrind (slow)"
start=$(date +%s)
# own output directories: other runs may use results/ in the tree
mkdir -p "$work/regress" "$work/iso"
# (pg_regress and the isolation specs one after the other: a failure of the
# first must not skip the second)
make -C "$vgsrc" -s installcheck PG_CONFIG="$PRIV_PG_CONFIG" PGHOST="$PGHOST" PGPORT="$PGPORT" ISOLATION= \
	REGRESS_OPTS="--inputdir=$vgsrc --outputdir=$work/regress" \
	>"$work/installcheck.log" 2>&1 || suite=1
make -C "$vgsrc" -s installcheck PG_CONFIG="$PRIV_PG_CONFIG" PGHOST="$PGHOST" PGPORT="$PGPORT" REGRESS= \
	ISOLATION_OPTS="--inputdir=$vgsrc/test/isolation --outputdir=$work/iso" \
	>>"$work/installcheck.log" 2>&1 || suite=1
grep -E '\.\.\. |tests? (passed|failed)' "$work/installcheck.log"
echo "   ($(($(date +%s) - start)) s)"
if [ "${VALGRIND_FUZZ:-1}" != 0 ]; then
	echo "== test/sh/fuzz.sh under valgrind (FUZZ_ITERATIONS=${FUZZ_ITERATIONS:=300})"
	start=$(date +%s)
	FUZZ_ITERATIONS=$FUZZ_ITERATIONS FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-3600} bash test/sh/fuzz.sh >"$work/fuzz.log" 2>&1 || suite=1
	tail -15 "$work/fuzz.log"
	echo "   ($(($(date +%s) - start)) s)"
fi

if [ "${VALGRIND_MATRIX:-1}" != 0 ]; then
	echo "== pgTAP bad-input matrix under valgrind (test/pgtap/matrix_*.sql)"
	start=$(date +%s)
	psql -X -q -c 'CREATE DATABASE ipasn_matrix' >/dev/null && psql -X -q -d ipasn_matrix -c 'CREATE EXTENSION ipasn' >/dev/null || suite=1
	for f in "$top"/test/pgtap/matrix_*.sql; do
		out=$(psql -X -d ipasn_matrix -f "$f" 2>&1)
		rc=$?
		nok=$(echo "$out" | grep '^not ok' | grep -vc '# TODO')
		printf '   %-28s %s, %s failed\n' "$(basename "$f")" "$(echo "$out" | grep -Eo '^1\.\.[0-9]+' | head -1)" "$nok"
		{ [ $rc = 0 ] && [ "$nok" = 0 ]; } || suite=1
	done
	echo "   ($(($(date +%s) - start)) s)"
fi

# stop the server so that every process writes its last errors
stop_server
if grep -q 'exited with exit code 99' "$work/server.log"; then
	echo "a server process exited with valgrind's error code 99 (the cluster restarted)"
	suite=1
fi

echo "== valgrind report"
python3 - "$work/vg" <<'PY'
import glob, os, re, sys
d = sys.argv[1]
total = 0
ours = []
kinds = {}
for f in sorted(glob.glob(os.path.join(d, "*.log"))):
    cur = None
    for line in open(f, errors="replace"):
        m = re.match(r"==\d+== (.*)$", line.rstrip("\n"))
        if not m:
            continue
        body = m.group(1)
        if cur is None:
            if re.match(r"(Invalid (read|write|free)|Conditional jump|Use of uninitialised|Syscall param|Source and destination overlap|Mismatched free|Argument '.*' of function)", body):
                cur = [body]
        else:
            if body == "":
                total += 1
                k = cur[0].split(" at ")[0].split(" of size")[0]
                kinds[k] = kinds.get(k, 0) + 1
                if any("ipasn.so" in l or "ipasn_" in l for l in cur):
                    ours.append((os.path.basename(f), cur))
                cur = None
            else:
                cur.append(body)
print("valgrind errors in all processes: %d" % total)
for k, v in sorted(kinds.items()):
    print("  %5d  %s" % (v, k))
print("errors with a frame in ipasn.so: %d" % len(ours))
for f, block in ours[:30]:
    print("--- %s" % f)
    print("\n".join(block))
sys.exit(1 if ours else 0)
PY
rep=$?
if [ $suite != 0 ]; then
	echo "the suite itself failed under valgrind (see above)"
	for f in "$work/regress/regression.diffs" "$work/iso/regression.diffs"; do
		[ -s "$f" ] && head -60 "$f"
	done
fi
[ $rep = 0 ] && [ $suite = 0 ]
