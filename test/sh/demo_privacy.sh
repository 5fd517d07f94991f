#!/usr/bin/env bash
# ipasn demo — the printed report protects people and reads as Indonesian
# (doc/privacy.md, UU 27/2022).  Runs test/demo/demo.sh on a small generated
# province (IPASN_PRIVASI_UKURAN, default 1500 employees: several units have
# fewer than 5) into its own database, then checks
#   1. the report without the flag: no 18-digit NIP, no employee's name, no
#      penalty advice, suppressed cells shown as <5 with the reason;
#   2. every published view (schema publik): no count of 1 to 4 employees,
#      no mean of a group under 5, no disciplinary action;
#   3. Indonesian notation (1.023; 98,44), the time in WIB, no English-style
#      number; the reconciliation (agency vs BKN, records to send, BKN after
#      sending) and the actions (per unit and province) present, with the
#      figures the views give;
#   4. with -v individu=<unit> (IPASN_DEMO_INDIVIDU), read as that unit's
#      administrator: exactly that unit's employees, none of another unit;
#   5. doc/privacy.md's SQL example gives the output printed under it.
# Needs the throwaway cluster of test/run.sh (PGHOST, PGPORT, PGUSER).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
out=test/out/privasi
db=ipasn_privasi
mkdir -p "$out"
rm -f "$out"/*
fail() { echo "FAIL: $*"; exit 1; }
q() { psql -X -At -d $db -v ON_ERROR_STOP=1 "$@"; }

IPASN_DEMO_UKURAN=${IPASN_PRIVASI_UKURAN:-1500} IPASN_DEMO_DB=$db IPASN_DEMO_OUT=$out IPASN_DEMO_INDIVIDU= \
	bash test/demo/demo.sh >"$out/demo.log" 2>&1 || { tail -30 "$out/demo.log"; fail "demo.sh"; }
lap=$out/laporan_unit.txt
[ -s "$lap" ] || fail "no report"
echo "ok - demo.sh wrote $lap"

# ---------------------------------------------------------------- 1. the report
if grep -Eq '(^|[^0-9])[0-9]{18}([^0-9]|$)' "$lap"; then fail "the report holds an 18-digit NIP"; fi
q -c "SELECT DISTINCT nama FROM simpeg.pegawai" >"$out/nama.txt"
if grep -F -f "$out/nama.txt" "$lap" >"$out/bocor.txt"; then fail "an employee's name is in the report: $(head -1 "$out/bocor.txt")"; fi
if grep -q 'hindari hukuman disiplin' "$lap"; then fail "the report reveals a penalty through advice"; fi
small=$(q -c "SELECT count(*) FROM simpeg.pegawai GROUP BY unit_id HAVING count(*) < 5" | wc -l)
[ "$small" -gt 0 ] || fail "the sample has no unit under 5 employees: the suppression is not exercised"
n=$(grep -c 'kurang dari 5 pegawai: semua angka disembunyikan' "$lap" || true)
[ "$n" = "$small" ] || fail "$small units under 5 employees, the report gives the reason for $n"
grep -q '<5' "$lap" || fail "no cell printed <5"
echo "ok - report: no NIP, no name, no penalty advice; $small small units suppressed with the reason"

# ---------------------------------------------------------------- 2. the published views
bad=$(q <<'SQL'
SELECT 'v_unit ' || unit_id FROM publik.v_unit
 WHERE least(pegawai, memenuhi_20jp, memenuhi_40jp, sangat_tinggi, tinggi, sedang, rendah, sangat_rendah, tidak_lengkap)
	   BETWEEN 1 AND 4
UNION ALL
SELECT 'v_unit mean ' || u.unit_id FROM publik.v_unit u
  JOIN (SELECT unit_id, count(total) AS n FROM laporan.v_ip_asn_pegawai GROUP BY unit_id) d USING (unit_id)
 WHERE d.n < 5 AND (u.rata_ip_asn IS NOT NULL OR u.rata_kompetensi IS NOT NULL OR u.ikut_pct IS NOT NULL AND u.pegawai IS NULL)
UNION ALL
SELECT 'v_total' FROM publik.v_total
 WHERE least(sangat_tinggi, tinggi, sedang, rendah, sangat_rendah, tidak_lengkap) BETWEEN 1 AND 4
UNION ALL
SELECT 'v_aksi_unit ' || unit_id FROM publik.v_aksi_unit WHERE pegawai < 5 OR komponen = 'disiplin'
UNION ALL
SELECT 'v_aksi_provinsi' FROM publik.v_aksi_provinsi WHERE pegawai < 5 OR komponen = 'disiplin'
UNION ALL
SELECT 'v_catatan_alasan ' || alasan FROM publik.v_catatan_alasan WHERE pegawai BETWEEN 1 AND 4
UNION ALL
SELECT 'v_catatan_unit ' || unit_id FROM publik.v_catatan_unit
 WHERE least(pegawai_ditolak, pegawai_janggal) BETWEEN 1 AND 4
UNION ALL
SELECT 'v_rekonsiliasi_unit ' || coalesce(unit_id::text, 'total') FROM publik.v_rekonsiliasi_unit
 WHERE least(pegawai, pegawai_kirim, pegawai_bkn_lebih) BETWEEN 1 AND 4
	OR (pegawai IS NULL AND coalesce(rata_instansi, rata_bkn, rata_bkn_setelah) IS NOT NULL)
UNION ALL
SELECT 'v_rekonsiliasi_jenis ' || coalesce(unit_id::text, 'total') FROM publik.v_rekonsiliasi_jenis WHERE pegawai < 5
UNION ALL
-- no column of publik names a person
SELECT 'column ' || table_name || '.' || column_name FROM information_schema.columns
 WHERE table_schema = 'publik' AND column_name IN ('nip', 'nama', 'nama_jabatan', 'hukuman')
SQL
)
[ -z "$bad" ] || fail "published views with a group under 5 or a person: $(echo "$bad" | head -5 | tr '\n' ';')"
hidden=$(q -c "SELECT count(*) FROM publik.v_unit WHERE pegawai IS NULL OR sangat_tinggi IS NULL OR rendah IS NULL")
[ "$hidden" -gt 0 ] || fail "no suppressed cell in publik.v_unit: the test exercises nothing"
echo "ok - publik: no count of 1 to 4, no mean of fewer than 5, no disciplinary action, no personal column ($hidden units with hidden cells)"

# ---------------------------------------------------------------- 3. notation and panels
grep -Eq '^Dibuat [0-9]{2}-[0-9]{2}-[0-9]{4} [0-9]{2}\.[0-9]{2} WIB$' "$lap" || fail "no time in WIB"
! grep -q 'UTC' "$lap" || fail "a time in UTC"
tot=$(q -c "SELECT publik.angka(pegawai) || '|' || publik.angka(rata_ip_asn, 2) FROM publik.v_total")
grep -Eq "JUMLAH / RATA-RATA +\| +${tot%%|*} \|.*\| +${tot##*|} \|" "$lap" ||
	fail "the totals row does not show ${tot%%|*} employees and mean ${tot##*|}"
case $tot in *.*\|*,*) ;; *) fail "expected a thousands point and a decimal comma: $tot" ;; esac
eng=$(sed -E 's/[0-9]{2}\.[0-9]{2} WIB//' "$lap" |
	grep -Eo '(^|[^0-9.,])[0-9]+\.[0-9]{1,2}([^0-9]|$)|[0-9],[0-9]{3}([^0-9]|$)' | head -3 || true)
[ -z "$eng" ] || fail "numbers in English notation in the report: $eng"
for t in 'IP ASN menurut data instansi dan menurut BKN' 'kirim riwayat seminar ke SIASN' \
	'Cara menaikkan IP ASN provinsi' 'pada rerata provinsi' 'pada rerata unit' 'janggal' \
	'mungkin salah ketik tahun' 'ditolak'; do
	grep -qF -- "$t" "$lap" || fail "the report lacks: $t"
done
# the province's agency and BKN means, BKN's after sending, the records to send
rek=$(q -c "SELECT format('%s \| +%s \| +%s \| +%s \| +%s \| +%s',
					publik.angka(pegawai), publik.angka(rata_instansi, 2), publik.angka(rata_bkn, 2),
					publik.angka(selisih, 2), publik.angka(pegawai_kirim), publik.angka(catatan_kirim))
			 FROM publik.v_rekonsiliasi_unit WHERE unit_id IS NULL")
grep -Eq "JUMLAH / RATA-RATA +\| +$rek" "$lap" || fail "the reconciliation's totals row is not $rek"
gap=$(q -c "SELECT rata_bkn < rata_instansi AND rata_bkn_setelah > rata_bkn FROM publik.v_rekonsiliasi_unit WHERE unit_id IS NULL")
[ "$gap" = t ] || fail "BKN's mean is not below the agency's, or sending the records does not raise it"
first=$(q -c "SELECT kalimat FROM publik.v_aksi_provinsi WHERE peringkat = 1")
grep -qF -- "$first" "$lap" || fail "the first action of the province is not printed: $first"
cek=$(q -c "SELECT selisih_tanpa_sebab FROM laporan.v_rekonsiliasi_cek")
[ "$cek" = 0 ] || fail "$cek employees differ from BKN without a cause the generator put there"
echo "ok - Indonesian notation (${tot/|/, }), WIB; reconciliation totals and actions printed"

# ---------------------------------------------------------------- 4. with the flag: one unit, as its administrator
unit=$(q -c "SELECT unit_id FROM simpeg.pegawai GROUP BY unit_id HAVING count(*) >= 5 ORDER BY unit_id LIMIT 1")
q -q -f test/demo/rls.sql >/dev/null
q -q -c "SET client_min_messages = warning" -c "DROP ROLE IF EXISTS ipasn_admin_unit_$unit" \
	-c "CREATE ROLE ipasn_admin_unit_$unit NOLOGIN IN ROLE ipasn_admin_unit" \
	-c "INSERT INTO laporan.admin_unit VALUES ('ipasn_admin_unit_$unit', $unit)"
psql -X -q -d $db -v ON_ERROR_STOP=1 -P footer=off -v individu="$unit" -f test/demo/laporan.sql >"$out/individu.txt"
{ grep -Eo '(^|[^0-9])[0-9]{18}([^0-9]|$)' "$out/individu.txt" || true; } | tr -dc '0-9\n' | sort -u >"$out/individu-nip.txt"
q -c "SELECT nip FROM simpeg.pegawai WHERE unit_id = $unit" | sort >"$out/unit-nip.txt"
diff -q "$out/individu-nip.txt" "$out/unit-nip.txt" >/dev/null ||
	fail "with individu=$unit the report lists $(wc -l <"$out/individu-nip.txt") NIPs, unit $unit has $(wc -l <"$out/unit-nip.txt")"
grep -q 'DATA PRIBADI' "$out/individu.txt" || fail "the individual list is not marked as personal data"
if grep -q 'hindari hukuman disiplin' "$out/individu.txt"; then fail "the unit's list reveals a penalty through advice"; fi
echo "ok - with individu=$unit: exactly the $(wc -l <"$out/unit-nip.txt") employees of unit $unit, read as ipasn_admin_unit_$unit"

# ---------------------------------------------------------------- 5. doc/privacy.md's example
awk '/^```sql$/ { f = 1; next } /^```$/ { f = 0 } f' doc/privacy.md >"$out/contoh.sql"
awk '/^```text$/ { f = 1; next } /^```$/ { f = 0 } f' doc/privacy.md >"$out/contoh.expected"
[ -s "$out/contoh.sql" ] && [ -s "$out/contoh.expected" ] || fail "doc/privacy.md has no example with its output"
psql -X -d $db -v ON_ERROR_STOP=1 -P footer=off -f "$out/contoh.sql" | sed -e 's/ *$//' -e '/^$/d' >"$out/contoh.out"
diff -u "$out/contoh.expected" "$out/contoh.out" || fail "doc/privacy.md's example gives another output"
echo "ok - doc/privacy.md's example prints what the page says"

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" || true
psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP ROLE IF EXISTS ipasn_admin_unit_$unit" || true
echo "demo privacy test passed"
