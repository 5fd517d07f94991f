#!/usr/bin/env bash
# The fast subset of the shard test (test/shards/run.sh, `make test-shards`
# runs the province): three throwaway clusters, a 2,500-employee sample,
# push-down and sharded = one server.  Run by `make test`, which has built
# and installed ipasn already; one test, exit 0 = every check passed.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
PGBIN=${PGBIN:-$("${PG_CONFIG:-pg_config}" --bindir)} IPASN_SHARDS_UKURAN=${IPASN_SHARDS_UKURAN:-2500} IPASN_SHARDS_INSTALL=0 \
	exec bash "$top/test/shards/run.sh"
