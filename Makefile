# ipasn — PGXS build.  See README.md.
EXTENSION = ipasn
EXTVERSION = 0.3.0
# the version before this one: its install script and the update scripts up
# to it are kept as released (src/sql/released/), never edited
PREVVERSION = 0.2.0
MODULE_big = ipasn
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))

# The install script is assembled from one file per section (src/sql/NN_*.sql);
# the update script from the previous release likewise
# (src/sql/$(PREVVERSION)--$(EXTVERSION)/NN_*.sql).  src/sql/released/ holds
# the install and update scripts of earlier releases, kept as shipped: never
# edit them.  The built scripts land at the top (ignored by git).
DATA_built = $(EXTENSION)--$(EXTVERSION).sql $(EXTENSION)--$(PREVVERSION)--$(EXTVERSION).sql
DATA = $(sort $(wildcard src/sql/released/*.sql))
SQL_PARTS = $(sort $(wildcard src/sql/[0-9]*.sql))
UPDATE_PARTS = $(sort $(wildcard src/sql/$(PREVVERSION)--$(EXTVERSION)/*.sql))

# Regression tests: sql/<feature>.sql against expected/<feature>.out;
# "setup" creates the extension and runs first.
REGRESS_ALL = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS = setup $(filter-out setup,$(REGRESS_ALL))
REGRESS_OPTS = --inputdir=.
ISOLATION = $(sort $(basename $(notdir $(wildcard test/isolation/specs/*.spec))))
ISOLATION_OPTS = --inputdir=test/isolation
# Perl TAP tests (PostgreSQL::Test::Cluster): each makes servers of its own,
# so they cannot run as root (initdb refuses it).  They run with
# `make installcheck-tap` (PGXS's prove_installcheck), or with the other
# suites by `make installcheck TAP_TESTS=1`; TAP_TESTS is not set here
# because scripts run `make installcheck` as root against a cluster of their
# own.  `make test` (test/run.sh) runs them one file at a time, as the user
# postgres when run as root.
PROVE_TESTS = test/t/*.pl

# Warnings are on for everyone; -Werror is CI's (.ci/run sets COPT=-Werror).
PG_CFLAGS += -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
EXTRA_CLEAN = results regression.diffs regression.out output_iso tmp_check test/out \
	postgresql-*-$(EXTENSION)_*.deb

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS)
	cat $^ > $@

$(EXTENSION)--$(PREVVERSION)--$(EXTVERSION).sql: $(UPDATE_PARTS)
	cat $^ > $@

$(OBJS): $(wildcard src/*.h)

# The TAP tests alone (PGXS's prove_installcheck).  TESTDIR (logs, servers)
# is the current directory, so a non-root user may run it from a directory of
# its own with `make -C DIR -f /path/to/Makefile installcheck-tap`.
.PHONY: test test-deb demo bench deb installcheck-tap
installcheck-tap:
	$(prove_installcheck)
test:
	PG_CONFIG='$(PG_CONFIG)' bash test/run.sh test
demo:
	PG_CONFIG='$(PG_CONFIG)' bash test/run.sh demo
bench:
	PG_CONFIG='$(PG_CONFIG)' bash test/run.sh bench
# --- the Debian package (src/deb/) ---
# test-deb: built, installed with dpkg into the machine's PostgreSQL, used,
# removed (root only; `make test` never does this)
test-deb:
	PG_CONFIG='$(PG_CONFIG)' bash test/pkg/test-deb.sh
# postgresql-<major>-ipasn_<version>_<arch>.deb from a staged make install
deb: all
	PG_CONFIG='$(PG_CONFIG)' EXTVERSION='$(EXTVERSION)' bash src/deb/build-deb.sh

# --- robustness: slow runs, not part of `make test` ---
# fuzzing, random SQL, sanitizers, valgrind, memory growth and the bad-input
# matrix (doc/development.md, results in test/fuzz/RESULTS.md)
.PHONY: fuzz sqlsmith check-asan valgrind memory pgtap-matrix
fuzz:
	bash test/fuzz/run.sh
sqlsmith:
	bash test/fuzz/sqlsmith.sh
check-asan:
	bash test/asan/check.sh
valgrind:
	bash test/fuzz/valgrind.sh
memory:
	bash test/fuzz/memory.sh
pgtap-matrix:
	bash test/fuzz/matrix.sh

# --- pg_upgrade: 15 -> 15 of a populated database (slow; two clusters) ---
.PHONY: test-pg-upgrade
test-pg-upgrade:
	bash test/t/pg_upgrade.sh test/t/pg_upgrade.pl

# --- postgres_fdw shards (test/shards/README.md) ---
# the province on a coordinator and two shards; test-shards-bench adds
# three rounds of timing
.PHONY: test-shards test-shards-bench
test-shards: ; bash test/shards/run.sh
test-shards-bench: ; IPASN_SHARDS_ULANG=3 bash test/shards/run.sh
