#!/usr/bin/env bash
# ipasn browser test: the dashboard of test/demo, opened in headless Chromium.
#
# Runs the demo on a small generated province (IPASN_BROWSER_UKURAN, default
# 2500 employees) into its own database, then checks that
#   1. the HTML file is self-contained (no network at view time);
#   2. after the page's script ran (--dump-dom), the four SVG charts exist and
#      say data-rendered="true", with one bar (pair) per unit;
#   3. every number the page holds in a data-key/data-value attribute (unit
#      bars, totals, categories, agency vs BKN, records to send, actions,
#      rejected and implausible records) equals the one the published views
#      give (test/browser/angka.sql);
#   4. what a reader sees protects people and reads as Indonesian: no NIP, no
#      name, no employee row, no penalty advice, no count of 1 to 4; numbers
#      as 1.023 and 98,44, the time in WIB, no raw key; the reconciliation
#      and raise-the-index panels present (doc/privacy.md);
#   5. with IPASN_DEMO_INDIVIDU=<unit> the page holds that unit's employees
#      only, read as its administrator (test/demo/rls.sql), and the search
#      works (#cari=<NIP> finds exactly that employee with its actions);
# and keeps a screenshot of the default page in test/out/browser/dashboard.png.
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
IPASN_DEMO_UKURAN=${IPASN_BROWSER_UKURAN:-2500} IPASN_DEMO_DB=$db IPASN_DEMO_OUT=$out IPASN_DEMO_INDIVIDU= \
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
for id in svg-bkn svg-jp svg-ipasn svg-kategori; do
	tag=$(grep -Eo "<svg[^>]*id=\"$id\"[^>]*>" "$out/dom.html" || true)
	[ -n "$tag" ] || fail "chart $id missing"
	echo "$tag" | grep -q 'data-rendered="true"' || fail "chart $id not rendered"
done
n20=$(grep -o 'data-key="pct20|' "$out/dom.html" | wc -l)
nip=$(grep -o 'data-key="ipasn|' "$out/dom.html" | wc -l)
nbkn=$(grep -o 'data-key="bkn|rata_bkn|[0-9]' "$out/dom.html" | wc -l)
[ "$n20" = "$units" ] || fail "20-JP chart has $n20 bars for $units units"
[ "$nip" = "$units" ] || fail "IP ASN chart has $nip bars for $units units"
[ "$nbkn" = "$units" ] || fail "BKN chart has $nbkn bars for $units units"
echo "ok - 4 charts rendered, $units units"

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
if ! diff -u "$out/views.tsv" "$out/page.tsv" >"$out/numbers.diff"; then
	head -40 "$out/numbers.diff"
	fail "the page's numbers differ from the views' (- views, + page)"
fi
echo "ok - $(wc -l <"$out/views.tsv") numbers (units, totals, categories, BKN, actions, records) equal the views'"

# ---------------------------------------------------------------- 4. what a reader sees
# the text of the page after its script ran, without the embedded data
perl -0777 -pe 's{<script\b.*?</script>}{}gs; s{<style\b.*?</style>}{}gs; s{<[^>]+>}{ }g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/&/g; s/&nbsp;/ /g; s/[ \t]+/ /g' \
	"$out/dom.html" >"$out/teks.txt"
for f in "$html" "$out/dom.html" "$out/laporan_unit.txt"; do
	if grep -Eq '(^|[^0-9])[0-9]{18}([^0-9]|$)' "$f"; then fail "$(basename "$f") holds an 18-digit NIP"; fi
	if grep -q 'hindari hukuman disiplin' "$f"; then fail "$(basename "$f") reveals a penalty through advice"; fi
done
psql -X -At -d $db -c "SELECT DISTINCT nama FROM simpeg.pegawai" >"$out/nama.txt"
if grep -F -f "$out/nama.txt" "$html" "$out/laporan_unit.txt" >"$out/nama-bocor.txt"; then
	fail "an employee's name is in the output: $(head -c 200 "$out/nama-bocor.txt")"
fi
grep -q 'data-nip=\|data-key="pegawai|' "$out/dom.html" && fail "the default page lists employees"
grep -q '"individu" : null' "$html" || fail "the default page's data holds individuals"
# counts of employees on the page: none of 1 to 4 (a suppressed one is empty)
small=$(grep -E '^(kategori|bkn\|catatan_kirim)\|' "$out/page.tsv" | awk -F '\t' '$2 >= 1 && $2 <= 4' || true)
[ -z "$small" ] || fail "the page shows a group under 5: $small"
grep -q '<5' "$out/teks.txt" || fail "no suppressed cell shown as <5"
echo "ok - no NIP, no name, no employee row, no penalty advice, no group under 5 (shown as <5)"

# Indonesian notation: the province's employees with a thousands point, a
# mean with a decimal comma; no English-style number, no UTC, no raw key
want=$(psql -X -At -d $db -c "SELECT publik.angka(pegawai) || ' ' || publik.angka(rata_ip_asn, 2) FROM publik.v_total")
for w in $want; do
	grep -qF -- "$w" "$out/teks.txt" || fail "the page does not show $w (Indonesian notation)"
done
case $want in *.*,*) ;; *) fail "expected a thousands point and a decimal comma in '$want'" ;; esac
# (a time is written 08.15 WIB: not a number)
eng=$(sed -E 's/[0-9]{2}\.[0-9]{2} WIB//g' "$out/teks.txt" |
	grep -Eo '(^|[^0-9.,])[0-9]+\.[0-9]{1,2}([^0-9]|$)|[0-9],[0-9]{3}([^0-9]|$)' | head -5 || true)
[ -z "$eng" ] || fail "numbers in English notation on the page: $eng"
grep -Eq 'dibuat [0-9]{2}-[0-9]{2}-[0-9]{4} [0-9]{2}\.[0-9]{2} WIB' "$out/teks.txt" || fail "no time in WIB"
! grep -q 'UTC' "$out/teks.txt" || fail "a time in UTC"
raw=$(grep -Eo '[a-z]+_[a-z_]+' "$out/teks.txt" | grep -v '^ipasn\.' | sort -u | tr '\n' ' ' || true)
[ -z "$raw" ] || fail "raw keys in the page's text: $raw"
for panel in 'IP ASN menurut data instansi dan menurut BKN' 'kirim riwayat seminar ke SIASN' 'Cara menaikkan IP ASN' \
	'pada rerata provinsi' 'pada rerata unit' 'Janggal' 'Daftar pegawai tidak ditampilkan'; do
	grep -qF "$panel" "$out/teks.txt" || fail "the page lacks: $panel"
done
echo "ok - Indonesian notation ($want), WIB, no raw key; reconciliation and actions panels present"

# ---------------------------------------------------------------- 5. one unit's list, as its administrator
unit=$(psql -X -At -d $db -c "SELECT max(id) FROM simpeg.unit")
psql -X -q -d $db -v ON_ERROR_STOP=1 -f test/demo/rls.sql >/dev/null
psql -X -q -d $db -v ON_ERROR_STOP=1 -c "SET client_min_messages = warning" -c "DROP ROLE IF EXISTS ipasn_admin_unit_$unit" \
	-c "CREATE ROLE ipasn_admin_unit_$unit NOLOGIN IN ROLE ipasn_admin_unit" \
	-c "INSERT INTO laporan.admin_unit VALUES ('ipasn_admin_unit_$unit', $unit)"
psql -X -At -d $db -v ON_ERROR_STOP=1 -v individu="$unit" -f test/demo/dashboard.sql >"$out/individu.json"
awk -v data="$out/individu.json" '
	$0 == "__IPASN_DATA__" { while ((getline line < data) > 0) print line; next }
	{ print }' test/demo/dashboard.html.in >"$out/individu.html"
ihtml=$(cd "$out" && pwd)/individu.html
chrome --dump-dom "file://$ihtml" >"$out/dom-individu.html" || fail "chromium (individu)"
{ grep -o 'data-nip="[0-9]*"' "$out/dom-individu.html" || true; } | cut -d'"' -f2 | sort >"$out/individu-nip.txt"
psql -X -At -d $db -c "SELECT nip FROM simpeg.pegawai WHERE unit_id = $unit ORDER BY nip" | sort >"$out/unit-nip.txt"
diff -q "$out/individu-nip.txt" "$out/unit-nip.txt" >/dev/null ||
	fail "IPASN_DEMO_INDIVIDU=$unit: the page lists $(wc -l <"$out/individu-nip.txt") employees, unit $unit has $(wc -l <"$out/unit-nip.txt")"
echo "ok - IPASN_DEMO_INDIVIDU=$unit lists exactly the $(wc -l <"$out/unit-nip.txt") employees of unit $unit"

target=$(psql -X -At -d $db -c "SELECT nip FROM laporan.v_ip_asn_pegawai WHERE unit_id = $unit ORDER BY total NULLS FIRST, nip LIMIT 1")
chrome --dump-dom "file://$ihtml#cari=$target" >"$out/dom-cari.html" || fail "chromium (search)"
grep -q "<table[^>]*id=\"tabel-pegawai\"[^>]*data-matches=\"1\"" "$out/dom-cari.html" ||
	grep -q "<table[^>]*data-matches=\"1\"[^>]*id=\"tabel-pegawai\"" "$out/dom-cari.html" ||
	fail "searching $target does not find exactly one employee"
grep -q "data-nip=\"$target\"" "$out/dom-cari.html" || fail "search result is not $target"
saran=$(psql -X -At -d $db -c "SELECT count(*) FROM laporan.v_saran WHERE nip = '$target' AND komponen <> 'disiplin'")
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
