#!/usr/bin/env bash
# ipasn at scale — the demo's main job (test/demo) end to end at growing
# sizes, each stage timed on its own.  Run by `BENCH_SCALE=1 make bench`
# (the last line of bench.sh) or on its own against a cluster with ipasn
# installed (PGHOST/PGPORT/PGUSER set, a superuser: it creates databases):
#
#   bash test/run.sh shell 'BENCH_SCALE=1 bash test/bench/scale.sh'
#
# Per size, in its own database ipasn_scale_<size> (dropped afterwards):
#   generate   schema.sql + generate.sql of test/demo (plain SQL, one
#              backend) then VACUUM ANALYZE of the raw tables — data
#              preparation, not ipasn: shown for the record only;
#   convert    REFRESH laporan.v_diklat: every raw record through
#              parse_jalur_or_null, the satuan recipe, the duplicate window
#              and ipasn.masalah (+ its nip index), then ANALYZE;
#   aggregate  REFRESH laporan.v_jp_pegawai: ipasn.jp_total per employee
#              and year, then ANALYZE;
#   score      REFRESH laporan.v_ip_asn_pegawai: profil_bangkom,
#              hukuman_terberat, the parsers and ip_asn per employee, then
#              ANALYZE;
#   report     SELECT * FROM laporan.v_laporan_unit (the per-unit table).
# Every stage is timed by the wall clock around its psql call (one
# connection each, a few ms).  Figures only: nothing is asserted.
#
# Environment:
#   BENCH_SCALE          non-empty to run (from bench.sh); 'nation' adds the
#                        nation (~4.3 million ASN, ~130 million records:
#                        an hour or more on 2 cores, a ~40 GB database)
#   BENCH_SCALE_FACTORS  sizes as multiples of the province (66,042 ASN),
#                        default "1 4 16" (plus "nation" when asked)
#   BENCH_SCALE_EXPLAIN  factors (e.g. "4"): at those sizes, EXPLAIN (ANALYZE,
#                        BUFFERS) the query of the slowest ipasn stage into
#                        test/out/scale-explain-<size>x.txt (runs it again;
#                        per-node timing makes it slower than the stage)
#   BENCH_SCALE_KEEP     non-empty: keep each size's database (mind the disk)
# The table is printed and appended to test/out/bench.txt.
set -u
set -o pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
cd "$top"
demo=test/demo
out=$top/test/out
mkdir -p "$out"

factors=${BENCH_SCALE_FACTORS:-1 4 16}
[ "${BENCH_SCALE:-}" = nation ] && factors="$factors nation"
explain_at=${BENCH_SCALE_EXPLAIN:-}
province=66042

export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
maindb=${PGDATABASE:-postgres}
PSQL="psql -X -q -v ON_ERROR_STOP=1"
die() { echo "scale: $*" >&2; exit 1; }
t_start=$(date +%s)
stamp() { echo "== [$(($(date +%s) - t_start)) s] $*"; }
ns() { date +%s%N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

datadir=$($PSQL -d "$maindb" -At -c "SHOW data_directory" 2>/dev/null) || datadir=
[ -n "$datadir" ] && [ -d "$datadir" ] || datadir=$top
avail_kb() { df -Pk "$datadir" | awk 'NR == 2 { print $4 }'; }

res=$(mktemp)
trap 'rm -f "$res" "$res".*' EXIT
# res lines: factor|asn|records|stage|ms|dbsize_bytes|load
prev_bytes=
prev_f=

for f in $factors; do
	if [ "$f" = nation ]; then
		ukuran=nation; fx=$(awk 'BEGIN { printf "%.1f", 4300000 / 66042 }'); label=nation
		echo "scale: WARNING: the nation is ~4.3 million ASN and ~130 million training records;"
		echo "scale: expect an hour or more on 2 cores and a database of ~40 GB (about 9 GB per million ASN)"
	else
		ukuran=$(awk -v f="$f" -v p=$province 'BEGIN { printf "%d", f * p + 0.5 }'); fx=$f; label="${f}x"
		[ "$f" = 1 ] && ukuran=provinsi
	fi
	# disk: the last size's database scaled up, and half again for the
	# generator's temporary tables and the refresh's sorts
	if [ -n "$prev_bytes" ]; then
		need_kb=$(awk -v b="$prev_bytes" -v a="$fx" -v p="$prev_f" 'BEGIN { printf "%d", b / 1024 * a / p * 1.5 }')
		have_kb=$(avail_kb)
		if [ "$have_kb" -lt "$need_kb" ]; then
			echo "scale: skipping $label: needs about $((need_kb / 1048576)) GB, $((have_kb / 1048576)) GB free on $datadir"
			continue
		fi
	fi
	db=ipasn_scale_$(echo "$label" | tr -c 'a-z0-9\n' _)
	stamp "$label (ukuran=$ukuran) in database $db; load $(load); $(( $(avail_kb) / 1048576 )) GB free"
	$PSQL -d "$maindb" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" || die "CREATE DATABASE $db failed"
	P="$PSQL -d $db"
	$P -c "CREATE EXTENSION ipasn" || die "CREATE EXTENSION ipasn failed"
	l0=$(load)

	run() {
		# run STAGE psql-args...: time one psql call, record it
		local stage=$1 t0 t1
		shift
		t0=$(ns)
		$P "$@" >/dev/null || die "$label: stage $stage failed"
		t1=$(ns)
		echo "$stage $(((t1 - t0) / 1000000))" >>"$res.$label"
		printf '   %-10s %9.1f s\n' "$stage" "$(awk -v m=$(((t1 - t0) / 1000000)) 'BEGIN { print m / 1000 }')"
	}
	: >"$res.$label"
	run generate -f $demo/schema.sql -v ukuran="$ukuran" -v datadir=$demo/data -f $demo/generate.sql \
		-f $demo/reports.sql \
		-c "VACUUM ANALYZE simpeg.pegawai, simpeg.riwayat_diklat, simpeg.riwayat_diklatpim, simpeg.skp, simpeg.hukuman_disiplin"
	read -r asn records <<<"$($P -At -F ' ' -c "SELECT (SELECT count(*) FROM simpeg.pegawai), (SELECT count(*) FROM simpeg.riwayat_diklat)")"
	echo "   $asn employees, $records training records"
	run convert -c "REFRESH MATERIALIZED VIEW laporan.v_diklat" -c "ANALYZE laporan.v_diklat"
	run aggregate -c "REFRESH MATERIALIZED VIEW laporan.v_jp_pegawai" -c "ANALYZE laporan.v_jp_pegawai"
	run score -c "REFRESH MATERIALIZED VIEW laporan.v_ip_asn_pegawai" -c "ANALYZE laporan.v_ip_asn_pegawai"
	run report -c "SELECT * FROM laporan.v_laporan_unit"
	bytes=$($P -At -c "SELECT pg_database_size(current_database())")
	l1=$(load)
	echo "   database $(awk -v b="$bytes" 'BEGIN { printf "%.0f MB", b / 2^20 }'); load $l1"
	while read -r stage ms; do
		echo "$fx|$label|$asn|$records|$stage|$ms|$bytes|$l0 -> $l1" >>"$res"
	done <"$res.$label"
	rm -f "$res.$label"

	if [[ " $explain_at " == *" $f "* ]]; then
		xf=$out/scale-explain-$label.txt
		slow=$(grep "^$fx|" "$res" | awk -F'|' '$5 != "generate" && $6 > m { m = $6; s = $5 } END { print s }')
		case $slow in
			convert) mv=laporan.v_diklat ;;
			aggregate) mv=laporan.v_jp_pegawai ;;
			score) mv=laporan.v_ip_asn_pegawai ;;
			*) mv= ;;
		esac
		stamp "EXPLAIN (ANALYZE, BUFFERS) of the $slow stage at $label -> test/out/${xf##*/}"
		{
			echo "ipasn at scale: EXPLAIN (ANALYZE, BUFFERS) of the slowest stage ($slow) at $label ($asn ASN, $records records), $(date -u '+%Y-%m-%d %H:%M UTC'), load $(load)"
			if [ -n "$mv" ]; then
				q=$($P -At -c "SELECT pg_get_viewdef('$mv'::regclass)")
				$P -c "SET track_io_timing = on" -c "EXPLAIN (ANALYZE, BUFFERS) ${q%;}"
			else
				$P -c "SET track_io_timing = on" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM laporan.v_laporan_unit"
			fi
		} >"$xf" 2>&1
	fi

	prev_bytes=$bytes
	prev_f=$fx
	if [ -z "${BENCH_SCALE_KEEP:-}" ]; then
		$PSQL -d "$maindb" -c "DROP DATABASE $db" || die "DROP DATABASE $db failed"
	fi
done

# ---------------------------------------------------------------- report
[ -s "$res" ] || die "nothing measured"
stamp "done"
{
	echo
	echo "ipasn at scale (test/bench/scale.sh) — $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "command:  BENCH_SCALE=${BENCH_SCALE:-} BENCH_SCALE_FACTORS=\"$factors\" bash test/bench/scale.sh   (or BENCH_SCALE=1 make bench)"
	echo "machine:  $(nproc) CPU ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), $(awk '/MemTotal/ { printf "%.0f GB RAM", $2 / 1048576 }' /proc/meminfo)"
	echo "server:   $($PSQL -d "$maindb" -At -c "SELECT version()")"
	echo "settings: $($PSQL -d "$maindb" -At -c "SELECT string_agg(name || '=' || current_setting(name), ' ' ORDER BY name) FROM pg_settings WHERE name IN ('max_parallel_workers_per_gather', 'shared_buffers', 'work_mem', 'maintenance_work_mem', 'fsync', 'jit')")"
	echo "method:   one run per size, wall clock around each stage's psql call; us/ASN = time / employees;"
	echo "          growth = us/ASN divided by that of the first size (1.00 = linear)"
	echo
	awk -F'|' '
		BEGIN { printf "%-7s %9s %11s  %-10s %10s %9s %7s\n", "size", "ASN", "records", "stage", "time (s)", "us/ASN", "growth";
				printf "%s\n", "------- --------- -----------  ---------- ---------- --------- -------" }
		{
			if (!($5 in base)) base[$5] = $6 / $3
			if ($5 != "generate") { ip[$2] += $6; if (!($2 in ipbase0)) ipbase0[$2] = 1 }
			printf "%-7s %9d %11d  %-10s %10.1f %9.1f %7.2f\n", $2, $3, $4, $5, $6 / 1000, $6 * 1000 / $3, ($6 / $3) / base[$5]
			if ($5 == "report") {
				if (ipbase == "") ipbase = ip[$2] / $3
				printf "%-7s %9s %11s  %-10s %10.1f %9.1f %7.2f\n", "", "", "", "ipasn sum", ip[$2] / 1000, ip[$2] * 1000 / $3, (ip[$2] / $3) / ipbase
				printf "%-7s database %.0f MB, load average %s\n", "", $7 / 2^20, $8
			}
		}' "$res"
	for f in $explain_at; do
		[ -s "$out/scale-explain-${f}x.txt" ] && echo "EXPLAIN of the slowest stage at ${f}x: test/out/scale-explain-${f}x.txt"
	done
} | tee -a "$out/bench.txt"
