#!/usr/bin/env bash
# ipasn browser test: the dashboard of test/demo, opened in headless Chromium.
#
# Runs the demo on a small generated province (IPASN_BROWSER_UKURAN, default
# 2500 employees) into its own database, then checks that
#   1. the HTML file is self-contained (no network at view time);
#   2. after the page's script ran (--dump-dom), the three SVG charts exist and
#      say data-rendered="true", with one bar per unit;
#   3. every number the page shows in a data-key/data-value attribute (unit
#      bars, totals, categories, rejected records, employees' IP ASN) equals
#      the one the report views give (test/browser/angka.sql);
#   4. the employee search works (#cari=<NIP> finds exactly that employee;
#      the dashboard is built with IPASN_DEMO_IDENTITAS=1: NIP and names are
#      left out by default, the README, section Privacy);
# and keeps a screenshot in test/out/browser/dashboard.png.
# Needs the throwaway cluster of test/run.sh (PGHOST, PGPORT, PGUSER) and
# Debian's chromium; runs as root (--no-sandbox).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
out=test/out/browser
db=ipasn_browser
mkdir -p "$out"
rm -f "$out"/*

chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "FAIL: $chromium not found (apt-get install chromium)"; exit 1; }

fail() { echo "FAIL: $*"; exit 1; }

# ---------------------------------------------------------------- the demo, small
IPASN_DEMO_UKURAN=${IPASN_BROWSER_UKURAN:-2500} IPASN_DEMO_DB=$db IPASN_DEMO_OUT=$out IPASN_DEMO_SAMPEL=20 IPASN_DEMO_IDENTITAS=1 \
	bash test/demo/demo.sh >"$out/demo.log" 2>&1 || { cat "$out/demo.log"; fail "demo.sh"; }
html=$(cd "$out" && pwd)/dashboard.html
[ -s "$html" ] || fail "no $html"
echo "ok - demo.sh wrote $html"

# ---------------------------------------------------------------- 1. self-contained
if grep -Eqi '<(link|img|iframe)\b|<script[^>]*\bsrc=' "$html"; then
	fail "the page loads external resources"
fi
urls=$(grep -Eo 'https?://[^"'"'"' <>)]*' "$html" | grep -v '^http://www.w3.org/2000/svg$' || true)
[ -z "$urls" ] || fail "the page refers to the network: $urls"
echo "ok - self-contained"

# ---------------------------------------------------------------- chromium
tmp=$(mktemp -d /tmp/ipasn-browser.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
chrome() {
	HOME=$tmp timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic \
		--no-first-run --disable-background-networking --disable-component-update --disable-sync \
		--disable-dev-shm-usage --user-data-dir="$tmp/profile" --virtual-time-budget=10000 "$@" 2>>"$out/chromium.log"
}
chrome --dump-dom "file://$html" >"$out/dom.html" || fail "chromium --dump-dom (see $out/chromium.log)"
[ -s "$out/dom.html" ] || fail "empty DOM dump (see $out/chromium.log)"

# ---------------------------------------------------------------- 2. charts rendered
grep -q '<body[^>]*data-rendered="true"' "$out/dom.html" || fail "the page script did not finish"
units=$(psql -X -At -d $db -c "SELECT count(*) FROM laporan.v_laporan_unit")
for id in svg-jp svg-ipasn svg-kategori; do
	tag=$(grep -Eo "<svg[^>]*id=\"$id\"[^>]*>" "$out/dom.html" || true)
	[ -n "$tag" ] || fail "chart $id missing"
	echo "$tag" | grep -q 'data-rendered="true"' || fail "chart $id not rendered"
done
n20=$(grep -o 'data-key="pct20|' "$out/dom.html" | wc -l)
nip=$(grep -o 'data-key="ipasn|' "$out/dom.html" | wc -l)
[ "$n20" = "$units" ] || fail "20-JP chart has $n20 bars for $units units"
[ "$nip" = "$units" ] || fail "IP ASN chart has $nip bars for $units units"
echo "ok - 3 charts rendered, $units units"

# ---------------------------------------------------------------- 3. numbers
# every element with data-key: "key<TAB>value", entities decoded
perl -0777 -ne '
	while (/<[^>]*?\sdata-key="([^"]*)"[^>]*>/g) {
		my ($tag, $k) = ($&, $1);
		my ($v) = $tag =~ /\sdata-value="([^"]*)"/;
		for ($k, $v) { s/&quot;/"/g; s/&lt;/</g; s/&gt;/>/g; s/&#39;/\x27/g; s/&amp;/&/g; }
		print "$k\t", (defined $v ? $v : ""), "\n";
	}' "$out/dom.html" | LC_ALL=C sort >"$out/page.tsv"
psql -X -At -F $'\t' -d $db -v ON_ERROR_STOP=1 -f test/browser/angka.sql | LC_ALL=C sort >"$out/views.tsv"
grep -v '^pegawai|' "$out/page.tsv" >"$out/page-agg.tsv" || true
if ! diff -u "$out/views.tsv" "$out/page-agg.tsv" >"$out/numbers.diff"; then
	head -40 "$out/numbers.diff"
	fail "the page's numbers differ from the views' (- views, + page)"
fi
echo "ok - $(wc -l <"$out/views.tsv") unit/total/category/problem numbers equal the views'"

psql -X -At -F $'\t' -d $db -v ON_ERROR_STOP=1 \
	-c "SELECT 'pegawai|' || nip, coalesce(total::text, '') FROM laporan.v_ip_asn_pegawai" |
	LC_ALL=C sort >"$out/views-pegawai.tsv"
grep '^pegawai|' "$out/page.tsv" >"$out/page-pegawai.tsv" || true
shown=$(wc -l <"$out/page-pegawai.tsv")
want=$(psql -X -At -d $db -c "SELECT least(150, sum(least(20, pegawai))) FROM laporan.v_laporan_unit")
[ "$shown" = "$want" ] || fail "employee table shows $shown rows, expected $want"
bad=$(LC_ALL=C comm -23 "$out/page-pegawai.tsv" "$out/views-pegawai.tsv")
[ -z "$bad" ] || fail "employees' IP ASN differ from laporan.v_ip_asn_pegawai: $(echo "$bad" | head -5)"
echo "ok - $shown employees' IP ASN equal laporan.v_ip_asn_pegawai"

# ---------------------------------------------------------------- 4. search
target=$(psql -X -At -d $db -c "SELECT nip FROM laporan.v_ip_asn_pegawai WHERE unit_id = (SELECT max(u.id) FROM simpeg.unit u) ORDER BY total NULLS FIRST, nip LIMIT 1")
chrome --dump-dom "file://$html#cari=$target" >"$out/dom-cari.html" || fail "chromium (search)"
grep -q "<table[^>]*id=\"tabel-pegawai\"[^>]*data-matches=\"1\"" "$out/dom-cari.html" ||
	grep -q "<table[^>]*data-matches=\"1\"[^>]*id=\"tabel-pegawai\"" "$out/dom-cari.html" ||
	fail "searching $target does not find exactly one employee"
grep -q "data-nip=\"$target\"" "$out/dom-cari.html" || fail "search result is not $target"
saran=$(psql -X -At -d $db -c "SELECT count(*) FROM laporan.v_saran WHERE nip = '$target'")
li=$(perl -0777 -ne 'if (/<tr data-nip="'"$target"'">(.*?)<\/tr>/s) { my $r = $1; my $n = () = $r =~ /<li>/g; print $n }' "$out/dom-cari.html")
[ "${li:-0}" = "$saran" ] || fail "employee $target shows ${li:-0} actions, laporan.v_saran has $saran"
echo "ok - search #cari=$target finds the employee with $saran actions"

# ---------------------------------------------------------------- screenshot
chrome --hide-scrollbars --window-size=1300,4000 --screenshot="$(cd "$out" && pwd)/dashboard.png" "file://$html" >/dev/null ||
	fail "chromium --screenshot"
[ "$(wc -c <"$out/dashboard.png")" -gt 20000 ] || fail "screenshot too small"
echo "ok - screenshot $out/dashboard.png"

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" || true
echo "browser test passed"
