#!/usr/bin/env bash
# ipasn — the driver behind `make test`, `make demo` and `make bench`, and two
# development aids.
#
#   bash test/run.sh test                 every test; last line "N passed, M failed"
#   bash test/run.sh demo | bench         the demo / the benchmark
#   bash test/run.sh regress [names]      pg_regress files (none: every file and
#                                         every isolation spec)
#   bash test/run.sh isolation [names]    isolation specs
#   bash test/run.sh shell '<command>'    a command against a throwaway cluster
#
# Each mode is self-sufficient on a fresh Debian or Ubuntu machine:
#   1. the PostgreSQL to use is the one PG_CONFIG names (default pg_config):
#      its major version, binary directory and package names come from it;
#   2. the Debian packages the mode needs are checked; missing ones are
#      installed with apt-get when run as root, otherwise the exact
#      `sudo apt-get install` line is printed and the mode stops;
#   3. ipasn is built and installed into a private, relocated copy of the
#      machine's PostgreSQL under a temporary directory (test/privatepg.sh):
#      the machine's own PostgreSQL, its clusters and a user's installed
#      ipasn are never touched, and two runs on one machine do not meet;
#   4. the mode runs against a throwaway cluster of that copy (initdb, owned
#      by postgres when run as root, since initdb refuses root), with
#      PGHOST, PGPORT, PGUSER and PGDATABASE exported, stopped and removed
#      on exit;
#   5. `test` then runs the Perl TAP tests (test/t/*.pl) with PGXS's
#      prove_installcheck against the same copy: each makes servers of its
#      own.
# Logs go to the temporary directory, printed when a step fails and removed
# on exit.  The Debian package test, which installs the package into the
# machine's PostgreSQL, is not part of `test`: `make test-deb` runs it.
#
# What `test` counts (each line "test NAME ... ok|FAILED" on the way):
#   pg_regress files and isolation specs   one each (PG 15 "test x ... ok" and
#                                          PG 16+ "ok 1 - x" output)
#   test/pgtap/*.sql                       each assertion ("ok N" passed, "not
#                                          ok N" failed; a "not ok N # TODO" is
#                                          shown but counted in neither); a
#                                          wrong plan or a psql error is one
#                                          failure more
#   test/t/*.pl                            each assertion, the same way
#   test/sh/*.sh                           one each (exit 0 = passed)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

# tap_count LOG EXIT_STATUS: "PASSED FAILED TODO WHY" of a TAP stream (pgTAP
# through psql, or prove --verbose of one file).  "ok N" is passed (also with
# "# SKIP"), "not ok N" failed, "not ok N # TODO" todo; a file prove skips
# as a whole ("1..0 # SKIP why") passes with no assertion; a missing plan, a plan
# other than the assertions run, or a non-zero exit status without a failed
# assertion is one failure more, and WHY says which.
tap_count() {
	awk -v rc="$2" '
	/^ok [0-9]+/ { ok++; next }
	/^not ok [0-9]+/ { if ($0 ~ /#[ \t]*[Tt][Oo][Dd][Oo]/) todo++; else nok++; next }
	/^1\.\.[0-9]+/ { plan = substr($1, 4) + 0; planned = 1 }
	/ \.\. skipped: / { plan = 0; planned = 1 }	# prove: the whole file skipped
	END {
		n = ok + nok + todo; why = ""
		if (!planned) why = "no plan"
		else if (plan != n) why = "planned " plan ", ran " n
		else if (rc != 0 && nok == 0) why = "exit status " rc
		if (why != "") nok++
		printf "%d %d %d %s\n", ok, nok, todo, why
	}' "$1"
}

# ================================================================ inside the cluster
# in_cluster runs this script again with "--in-cluster MODE ARGS..."; the
# work directory and PG_CONFIG come through the environment.
if [ "${1:-}" = --in-cluster ]; then
	shift
	mode=$1
	shift
	work=${IPASN_WORK:?}
	PG_CONFIG=${IPASN_PG_CONFIG:?}
	export PG_CONFIG
	passed=0
	failed=0
	result() { # NAME ok|FAILED [detail]
		echo "test $1 ... $2${3:+ ($3)}"
		if [ "$2" = ok ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
	}
	# pg_regress output: PG 15 prints "test NAME ... ok" / "... FAILED",
	# PG 16 and later "ok 1 - NAME" / "not ok 1 - NAME" (a "+" instead of
	# "-" in parallel groups); "failed (ignored)" is neither
	count_pg_regress() {
		local log=$1 p f
		p=$(grep -Ec '\.\.\. ok( |$)|^ok [0-9]+ +[-+] ' "$log")
		f=$(grep -Ec '\.\.\. FAILED( |$)|^not ok [0-9]+ +[-+] ' "$log")
		passed=$((passed + p))
		failed=$((failed + f))
	}
	installcheck() { # extra make arguments
		make -s installcheck PG_CONFIG="$PG_CONFIG" "$@"
	}

	case $mode in
	test)
		# ------------------------------------------------ pg_regress, isolation
		# two runs, so that a failed regression test does not stop the specs
		for suite in regress isolation; do
			log=$work/installcheck_$suite.log
			if [ $suite = regress ]; then
				echo "== regression tests (pg_regress)"
				installcheck ISOLATION= >"$log" 2>&1
			else
				echo "== isolation specs (pg_isolation_regress)"
				installcheck REGRESS= >"$log" 2>&1
			fi
			rc=$?
			grep -E '\.\.\. |^(not )?ok [0-9]+ |tests? (passed|failed)' "$log"
			before=$((passed + failed))
			failed_before=$failed
			count_pg_regress "$log"
			if [ "$rc" != 0 ] && [ "$failed" = "$failed_before" ]; then
				tail -20 "$log"
				result "$suite" FAILED "make installcheck exited $rc after $((passed + failed - before)) tests"
			fi
		done
		for d in regression.diffs output_iso/regression.diffs; do
			if [ -s "$d" ]; then
				echo "== $d (first 200 lines)"
				head -200 "$d"
			fi
		done

		# ------------------------------------------------ pgTAP
		for t in test/pgtap/*.sql; do
			[ -e "$t" ] || continue
			name=$(basename "$t" .sql)
			db=ipasn_pgtap_$name
			log=$work/pgtap_$name.log
			dropdb --if-exists "$db" >/dev/null 2>&1
			if ! createdb "$db" >"$log" 2>&1 ||
				! psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c 'CREATE EXTENSION ipasn' >>"$log" 2>&1; then
				result "pgtap/$name" FAILED "could not make its database"
				tail -20 "$log"
				continue
			fi
			psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -f "$t" >"$log" 2>&1
			rc=$?
			dropdb --if-exists "$db" >/dev/null 2>&1
			read -r p f todo why < <(tap_count "$log" "$rc")
			passed=$((passed + p))
			failed=$((failed + f))
			if [ "$f" = 0 ]; then
				echo "test pgtap/$name ... ok ($p assertions$([ "$todo" != 0 ] && echo ", $todo todo"))"
			else
				echo "test pgtap/$name ... FAILED ($p passed, $f failed${why:+: $why})"
				if [ "$rc" != 0 ]; then
					tail -15 "$log"
				else
					grep -vE '^ok [0-9]+|^not ok [0-9]+.*# *TODO' "$log" | head -60
				fi
			fi
		done

		# ------------------------------------------------ shell tests
		# each test/sh/NAME.sh is one test, exit 0 = passed
		for t in test/sh/*.sh; do
			[ -e "$t" ] || continue
			name=$(basename "$t" .sh)
			if bash "$t" >"$work/sh_$name.log" 2>&1; then
				result "$name" ok
			else
				result "$name" FAILED
				tail -40 "$work/sh_$name.log"
			fi
		done
		echo "$passed $failed" >"$work/counts"
		[ "$failed" = 0 ]
		exit $?
		;;
	regress)
		# development aid: bash test/run.sh regress setup parse ...
		# (no names: every pg_regress file and every isolation spec)
		if [ $# -gt 0 ]; then
			installcheck REGRESS="$*" ISOLATION= 2>&1 | grep -E '\.\.\. |^(not )?ok [0-9]+ |tests'
		else
			installcheck 2>&1 | grep -E '\.\.\. |^(not )?ok [0-9]+ |tests'
			[ -s output_iso/regression.diffs ] && cat output_iso/regression.diffs
		fi
		[ -s regression.diffs ] && cat regression.diffs
		# non-zero when a file or spec failed
		[ ! -s regression.diffs ] && { [ $# -gt 0 ] || [ ! -s output_iso/regression.diffs ]; }
		exit $?
		;;
	isolation)
		installcheck REGRESS= ISOLATION="$*" 2>&1 | tail -20
		[ -s output_iso/regression.diffs ] && cat output_iso/regression.diffs
		[ ! -s output_iso/regression.diffs ]
		exit $?
		;;
	shell)
		# development aid: bash test/run.sh shell 'psql -c "select 1"' (or test/sh/x.sh)
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
	esac
	echo "unknown mode $mode"
	exit 2
fi

# ================================================================ outside
mode=${1:-test}
[ $# -gt 0 ] && shift
case $mode in
test | demo | bench | regress | isolation | shell) ;;
*)
	echo "unknown mode $mode (test, demo, bench, regress, isolation, shell)"
	exit 2
	;;
esac

PG_CONFIG=${PG_CONFIG:-pg_config}
command -v "$PG_CONFIG" >/dev/null || {
	echo "$PG_CONFIG not found: install postgresql-server-dev-<major> or set PG_CONFIG"
	[ "$mode" = test ] && echo "0 passed, 1 failed"
	exit 1
}
PG_CONFIG=$(command -v "$PG_CONFIG")
major=$("$PG_CONFIG" --version | sed -nE 's/^PostgreSQL ([0-9]+)(\.[0-9]+)?.*/\1\2/p')
case $major in
[1-9][0-9]*.*) major=${major%%.*} ;; # 10 and later: the first number
esac
pgbin=$("$PG_CONFIG" --bindir)

work=$(mktemp -d -t ipasn-test.XXXXXX)
chmod 755 "$work" # the TAP tests run as the user postgres under it
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
fail_early() { # message: the mode cannot run
	echo "$1"
	[ "$mode" = test ] && echo "0 passed, 1 failed"
	exit 1
}

# ---------------------------------------------------------------- packages
# What each mode needs: the server and its -dev package (pg_config, PGXS,
# pg_regress, the TAP modules) and a compiler for every mode.
need="postgresql-$major postgresql-server-dev-$major make gcc"
case $mode in
test)
	need="$need postgresql-$major-pgtap" # test/pgtap
	[ -n "$(ls test/t/*.pl 2>/dev/null)" ] && need="$need libipc-run-perl" # TAP tests
	[ -e test/sh/fuzz.sh ] && need="$need bc python3"                   # fuzz.sh
	[ -e test/sh/browser.sh ] && need="$need chromium"                  # browser test
	;;
esac
missing=""
for p in $need; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
	if [ "$(id -u)" = 0 ]; then
		echo "== installing Debian packages:$missing"
		export DEBIAN_FRONTEND=noninteractive
		{ apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing; } >"$work/apt.log" 2>&1 || {
			tail -20 "$work/apt.log"
			fail_early "apt-get install failed (see above)"
		}
	else
		echo "missing Debian packages; run:"
		echo "  sudo apt-get install -y$missing"
		[ "$mode" = test ] && echo "0 passed, 1 failed"
		exit 1
	fi
fi
export PATH="$pgbin:$PATH"

# ---------------------------------------------------------------- build
# into a private copy of this PostgreSQL (test/privatepg.sh), made for this
# run under $work and removed with it
PRIV=$work/pg
PG_MAJOR=$major
. "$top/test/privatepg.sh"
echo "== building ipasn for PostgreSQL $major ($PG_CONFIG), installing into a private copy"
priv_setup >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail_early "could not copy PostgreSQL $major"; }
PRIV_BUILD_LOG=$work/build.log priv_install "$top" || fail_early "make or make install failed"
PG_CONFIG=$PRIV_PG_CONFIG
chmod 755 "$work"

# ---------------------------------------------------------------- the cluster
# the settings the benchmark figures were measured with (for every mode)
PRIV_CONF="shared_buffers = 512MB
maintenance_work_mem = 512MB
max_wal_size = 8GB"
in_cluster() { # MODE ARGS...: run this script against a throwaway cluster
	local outer=$work rc
	priv_start >"$outer/cluster_start.log" 2>&1 || { cat "$outer/cluster_start.log"; work=$outer; return 1; }
	cluster=$work
	work=$outer
	IPASN_WORK=$work IPASN_PG_CONFIG=$PG_CONFIG bash "$top/test/run.sh" --in-cluster "$@"
	rc=$?
	stop_cluster
	return $rc
}
cluster=""
stop_cluster() {
	[ -n "$cluster" ] || return 0
	local outer=$work
	work=$cluster
	priv_stop
	work=$outer
	rm -rf "$cluster"
	cluster=""
}
cleanup() { stop_cluster; rm -rf "$work"; }
if [ "$mode" != test ]; then
	in_cluster "$mode" "$@"
	exit $?
fi

in_cluster test 2>&1 | tee "$work/cluster.log"
if [ -s "$work/counts" ]; then
	read -r passed failed <"$work/counts"
else
	passed=0
	failed=1
	echo "the cluster part did not finish:"
	tail -40 "$work/cluster.log"
fi

# ---------------------------------------------------------------- TAP tests
# PGXS's prove_installcheck (make installcheck-tap) for one file at a time,
# from a directory of its own (TESTDIR: logs and the servers' data) owned by
# the user who runs it: initdb refuses root, so root runs them as postgres.
# As root, postgres reads a copy of the tree (a clone in root's home directory is not
# readable to it).
as_tap_user() { "$@"; }
src=$top
if [ "$(id -u)" = 0 ] && [ -n "$(ls test/t/*.pl 2>/dev/null)" ]; then
	as_tap_user() { runuser -u postgres -- "$@"; }
	src=$work/tap/src
	mkdir -p "$src"
	tar -C "$top" --exclude=./.git --exclude=./test/out --exclude=./tmp_check --exclude=./results \
		--exclude=./output_iso --exclude='*.o' --exclude='*.bc' --exclude='*.so' --exclude='*.deb' \
		-cf - . | tar -C "$src" -xf -
	chown -R postgres: "$work/tap"
fi
for t in test/t/*.pl; do
	[ -e "$t" ] || continue
	name=$(basename "$t" .pl)
	dir=$work/tap/$name
	mkdir -p "$dir"
	[ "$(id -u)" = 0 ] && chown postgres: "$dir"
	as_tap_user make -s -C "$dir" -f "$src/Makefile" PG_CONFIG="$PG_CONFIG" \
		PROVE_TESTS="$t" PROVE_FLAGS=--verbose installcheck-tap >"$dir/prove.log" 2>&1
	rc=$?
	read -r p f todo why < <(tap_count "$dir/prove.log" "$rc")
	passed=$((passed + p))
	failed=$((failed + f))
	if [ "$f" = 0 ]; then
		echo "test t/$name ... ok ($p assertions$([ "$todo" != 0 ] && echo ", $todo todo"))"
	else
		echo "test t/$name ... FAILED ($p passed, $f failed${why:+: $why})"
		grep -vE '^ok [0-9]+' "$dir/prove.log" | tail -40
		for l in "$dir"/tmp_check/log/regress_log_*; do
			[ -e "$l" ] || continue
			echo "== $l (last 40 lines)"
			tail -40 "$l"
		done
	fi
done

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
