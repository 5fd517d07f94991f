#!/usr/bin/env bash
# The repair procedure under row-level security, called as users call it
# (CALL outside a transaction block, as test/pgtap cannot): issue 15's
# reproduction.  P1 has bimtek 11 JP (unit A) + 20 JP (unit B) = 31.00 and P2
# 10 JP (unit B) (Peraturan LAN 10/2018, Lampiran: bimtek is counted in JP).
#  - a data-entry role that sees unit A only is refused (42501); before 0.3.0
#    its CALL deleted P2's row and made P1 11.00;
#  - the owner, under FORCE ROW LEVEL SECURITY with no policy of its own,
#    repairs from every record (31.00 and 10.00).
# Run by `make test` against its throwaway cluster (PGHOST/PGPORT/PGUSER set).
set -eu
db=ipasn_ringkasan_rls
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true; psql -X -q -d postgres -c "DROP ROLE IF EXISTS ipasn_rls_juru, ipasn_rls_pemilik" >/dev/null 2>&1 || true' EXIT
dropdb --if-exists "$db" >/dev/null 2>&1 || true
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP ROLE IF EXISTS ipasn_rls_juru, ipasn_rls_pemilik" >/dev/null
createdb "$db"
q() { psql -X -q -t -A -v ON_ERROR_STOP=1 -d "$db" "$@"; }
q >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION ipasn;
CREATE ROLE ipasn_rls_pemilik;
CREATE ROLE ipasn_rls_juru;
GRANT CREATE, USAGE ON SCHEMA public TO ipasn_rls_pemilik;
SET ROLE ipasn_rls_pemilik;
CREATE TABLE public.t (id serial PRIMARY KEY, nip text, jalur text, lingkup text, jumlah numeric, mulai date, selesai date, unit text);
CREATE INDEX ON public.t (nip);
SELECT ipasn.buat_ringkasan('public.t', 't_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan');
INSERT INTO public.t (nip, jalur, lingkup, jumlah, mulai, unit) VALUES
	('P1', 'bimtek', 'nasional', 11, '2024-02-01', 'A'),
	('P1', 'bimtek', 'nasional', 20, '2024-03-01', 'B'),
	('P2', 'bimtek', 'nasional', 10, '2024-03-01', 'B');
ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;
CREATE POLICY unit_a ON public.t TO ipasn_rls_juru USING (unit = 'A');
GRANT SELECT ON public.t TO ipasn_rls_juru;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.t_jp TO ipasn_rls_juru;
SQL
fail=0
figures() { q -c "SELECT string_agg(pegawai || ':' || jp, ' ' ORDER BY pegawai) FROM public.t_jp"; }
err=$(PGOPTIONS='-c role=ipasn_rls_juru' psql -X -q -v VERBOSITY=verbose -d "$db" \
	-c "CALL ipasn.isi_ulang_ringkasan('public.t', 'public.t_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')" 2>&1 || true)
case $err in
*"ERROR:  42501: isi_ulang_ringkasan cannot recompute public.t_jp under row-level security of public.t"*) ;;
*) echo "the role under row-level security was not refused: $err"; fail=1 ;;
esac
[ "$(figures)" = "P1:31.00 P2:10.00" ] || { echo "after the refused CALL: $(figures), want P1:31.00 P2:10.00"; fail=1; }
q -c "ALTER TABLE public.t FORCE ROW LEVEL SECURITY" -c "UPDATE public.t_jp SET jp = 0" >/dev/null
PGOPTIONS='-c role=ipasn_rls_pemilik -c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -d "$db" \
	-c "CALL ipasn.isi_ulang_ringkasan('public.t', 'public.t_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')" >/dev/null
[ "$(figures)" = "P1:31.00 P2:10.00" ] || { echo "after the owner's CALL under FORCE ROW LEVEL SECURITY: $(figures), want P1:31.00 P2:10.00"; fail=1; }
q -c "DROP OWNED BY ipasn_rls_pemilik, ipasn_rls_juru" >/dev/null
[ $fail = 0 ] && echo "ringkasan_rls: the role under row-level security is refused, the owner repairs from every record"
exit $fail
