# ipasn — PGXS build.  See README.md.
EXTENSION = ipasn
EXTVERSION = 0.1.0
MODULE_big = ipasn
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))

# The install script is assembled from one file per section (src/sql/NN_*.sql)
DATA_built = sql/ipasn--$(EXTVERSION).sql
SQL_PARTS = $(sort $(wildcard src/sql/*.sql))

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

$(OBJS): src/ipasn.h

.PHONY: test demo bench
test:
	bash test/run.sh test
demo:
	bash test/run.sh demo
bench:
	bash test/run.sh bench
