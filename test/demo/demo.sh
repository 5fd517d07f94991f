#!/usr/bin/env bash
# ipasn demo — the main job end to end: a province's SIMPEG data in, the
# per-unit report and a dashboard out.
#
# Run by `make demo` (test/run.sh has built and installed ipasn and started a
# throwaway cluster; PGHOST/PGPORT/PGUSER are set).  Standalone against any
# server where ipasn is installed:  bash test/demo/demo.sh
#
# Environment (all optional):
#   IPASN_DEMO_UKURAN  provinsi (default, ~66,000 ASN) | a number of employees
#                      | nation (~4.3 million, for benchmarks only)
#   IPASN_DEMO_DB      database to (re)create, default ipasn_demo
#   IPASN_DEMO_OUT     output directory, default test/out
#   IPASN_DEMO_INDIVIDU  a unit id: add that unit's list of employees with
#                      their actions to the report and the dashboard (personal
#                      data, UU 27/2022: for that unit's administrator only;
#                      doc/privacy.md).  Unset (the default): aggregates only.
#
# Every file is written by psql on the client side (\copy, -o or a shell
# redirect), never with server-side COPY: the server may run as another user.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
demo=test/demo
ukuran=${IPASN_DEMO_UKURAN:-provinsi}
db=${IPASN_DEMO_DB:-ipasn_demo}
out=${IPASN_DEMO_OUT:-test/out}
individu=${IPASN_DEMO_INDIVIDU:-}
mkdir -p "$out"
start=$(date +%s)

# NOTICEs (DROP ... IF EXISTS, cascades) are noise here
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
langkah() { printf '== %-58s %4ss\n' "$1" "$(($(date +%s) - start))"; }

langkah "database $db, CREATE EXTENSION ipasn"
psql_ -d "${PGDATABASE:-postgres}" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
export PGDATABASE=$db
psql_ -c "CREATE EXTENSION ipasn"

langkah "SIMPEG schema (test/demo/schema.sql)"
psql_ -f $demo/schema.sql

langkah "generating data: ukuran=$ukuran (test/demo/generate.sql)"
psql_ -v ukuran="$ukuran" -v datadir=$demo/data -f $demo/generate.sql
psql_ -At -F ' ' -c "SELECT (SELECT count(*) FROM simpeg.pegawai), (SELECT count(*) FROM simpeg.riwayat_diklat)" |
	{ read -r p r; printf '   %s employees, %s training records\n' "$p" "$r"; }

langkah "report views (test/demo/reports.sql), refresh"
psql_ -f $demo/reports.sql
psql_ -c "REFRESH MATERIALIZED VIEW laporan.v_diklat" \
	-c "REFRESH MATERIALIZED VIEW laporan.v_jp_pegawai" \
	-c "REFRESH MATERIALIZED VIEW laporan.v_ip_asn_pegawai" \
	-c "ANALYZE laporan.v_diklat, laporan.v_jp_pegawai, laporan.v_ip_asn_pegawai"

langkah "aggregates for publication (test/demo/publik.sql)"
psql_ -f $demo/publik.sql

langkah "BKN's figures and the reconciliation (test/demo/bkn.sql)"
psql_ -f $demo/bkn.sql
psql_ -At -F ' ' -c "SELECT count(*), (SELECT count(*) FROM laporan.v_rekonsiliasi) FROM bkn.nilai_ipasn" |
	{ read -r n r; printf '   %s BKN figures, %s dimensions differ\n' "$n" "$r"; }

# individual lists only when asked for, and only of one unit, read as that
# unit's administrator through the row-level security recipe
individu_var=()
if [ -n "$individu" ]; then
	case $individu in *[!0-9]*) echo "IPASN_DEMO_INDIVIDU: a unit id (simpeg.unit.id), not '$individu'" >&2; exit 2 ;; esac
	langkah "row-level security (test/demo/rls.sql), administrator of unit $individu"
	psql_ -f $demo/rls.sql
	psql_ -v unit="$individu" <<'EOF'
SELECT format('ipasn_admin_unit_%s', (:'unit')::integer) AS peran \gset
SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'peran') AS buat \gset
\if :buat
CREATE ROLE :"peran" NOLOGIN IN ROLE ipasn_admin_unit;
\endif
INSERT INTO laporan.admin_unit VALUES (:'peran', (:'unit')::integer);
EOF
	individu_var=(-v individu="$individu")
fi

langkah "SIASN-shaped sample (test/demo/schema_siasn.sql)"
psql_ -f $demo/schema_siasn.sql

langkah "triggers on a training table that stores hours (test/demo/pemicu.sql)"
psql_ -f $demo/pemicu.sql

langkah "dashboard"
psql_ -At "${individu_var[@]}" -f $demo/dashboard.sql >"$out/dashboard.json"
awk -v data="$out/dashboard.json" '
	$0 == "__IPASN_DATA__" { while ((getline line < data) > 0) print line; next }
	{ print }' $demo/dashboard.html.in >"$out/dashboard.html"
rm -f "$out/dashboard.json"
# the terminal report, also kept as a file
psql_ -P footer=off "${individu_var[@]}" -f $demo/laporan.sql >"$out/laporan_unit.txt"
cat "$out/laporan_unit.txt"
echo
langkah "done"
echo "dashboard: $(cd "$out" && pwd)/dashboard.html ($(du -k "$out/dashboard.html" | cut -f1) kB)"
echo "report:    $(cd "$out" && pwd)/laporan_unit.txt"
