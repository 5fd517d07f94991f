# ipasn — PGXS build.  See README.md.
EXTENSION = ipasn
EXTVERSION = 0.2.0
MODULE_big = ipasn
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))

# The install script is assembled from one file per section (src/sql/NN_*.sql);
# the update script from 0.1.0 likewise (src/sql/0.1.0--0.2.0/NN_*.sql).
# sql/ipasn--0.1.0.sql is the install script of the released 0.1.0, kept as
# shipped: never edit it.
DATA_built = sql/ipasn--$(EXTVERSION).sql sql/ipasn--0.1.0--$(EXTVERSION).sql
DATA = sql/ipasn--0.1.0.sql
SQL_PARTS = $(sort $(wildcard src/sql/*.sql))
UPDATE_PARTS = $(sort $(wildcard src/sql/0.1.0--$(EXTVERSION)/*.sql))

# Regression tests: sql/<feature>.sql against expected/<feature>.out;
# "setup" creates the extension and runs first.
REGRESS_ALL = $(sort $(basename $(notdir $(filter-out sql/ipasn--%,$(wildcard sql/*.sql)))))
REGRESS = setup $(filter-out setup,$(REGRESS_ALL))
REGRESS_OPTS = --inputdir=.
ISOLATION = $(sort $(basename $(notdir $(wildcard test/isolation/specs/*.spec))))
ISOLATION_OPTS = --inputdir=test/isolation

PG_CFLAGS += -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Werror
EXTRA_CLEAN = results regression.diffs regression.out output_iso test/out

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

sql/ipasn--$(EXTVERSION).sql: $(SQL_PARTS)
	cat $^ > $@

sql/ipasn--0.1.0--$(EXTVERSION).sql: $(UPDATE_PARTS)
	cat $^ > $@

$(OBJS): src/ipasn.h

.PHONY: test demo bench
test:
	bash test/run.sh test
demo:
	bash test/run.sh demo
bench:
	bash test/run.sh bench

# --- shard targets ---
# postgres_fdw shards (test/shards/README.md): the province on a coordinator
# and two shards; test-shards-bench adds three rounds of timing.
.PHONY: test-shards test-shards-bench
test-shards: ; bash test/shards/run.sh
test-shards-bench: ; IPASN_SHARDS_ULANG=3 bash test/shards/run.sh
