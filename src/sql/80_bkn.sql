
-- section: BKN's figures (reconciling with SIASN)

CREATE TYPE @extschema@.nilai_bkn AS (
	kualifikasi numeric,
	kompetensi numeric,
	kinerja numeric,
	disiplin numeric,
	total numeric,
	diambil date
);
COMMENT ON TYPE @extschema@.nilai_bkn IS
'IP ASN of one employee as BKN computed it from SIASN (Peraturan BKN 8/2019): the four dimension figures (max 25, 40, 30, 5), their total and the snapshot date; NULL where BKN gave no figure';

CREATE FUNCTION @extschema@.angka_bkn(text)
RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_angka_bkn'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.angka_bkn(text) IS
'A BKN figure as text ("36,5", "36.50", " 25 ": digits, at most two decimals after a comma or a point) as numeric with two decimals; blank or "-" gives NULL; anything else, a thousands separator included ("1.023"), is 22P02';

CREATE FUNCTION @extschema@.nilai_bkn(jsonb)
RETURNS @extschema@.nilai_bkn
AS 'MODULE_PATHNAME', 'ipasn_nilai_bkn'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nilai_bkn(jsonb) IS
'BKN''s IP ASN of one employee from the answer of SIASN''s GET /pns/nilaiipasn/{nip}, whole or its data object: kualifikasi, kompetensi, kinerja, disiplin and subtotal (the total) read by angka_bkn, created_at''s date as written; "data": null gives NULL. A figure outside its dimension''s range (PermenPANRB 38/2018: 0-25, 0-40, 0-30, 0-5) or a total that is not the sum of the four is 22023';

CREATE FUNCTION @extschema@.rekonsiliasi(pendidikan @extschema@.pendidikan,
	jabatan @extschema@.jabatan, diklatpim @extschema@.diklatpim,
	fungsional boolean, jp_teknis numeric, seminar boolean, kinerja text,
	hukuman @extschema@.hukuman, bkn @extschema@.nilai_bkn,
	OUT dimensi text, OUT instansi numeric, OUT bkn numeric,
	OUT selisih numeric, OUT bacaan_bkn text, OUT tindakan text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'ipasn_rekonsiliasi'
LANGUAGE C STABLE PARALLEL SAFE ROWS 2;
COMMENT ON FUNCTION @extschema@.rekonsiliasi(@extschema@.pendidikan, @extschema@.jabatan, @extschema@.diklatpim, boolean, numeric, boolean, text, @extschema@.hukuman, @extschema@.nilai_bkn) IS
'BKN''s IP ASN figures read back into the parts BKN counted (Peraturan BKN 8/2019): one row per dimension where BKN''s figure differs from the agency''s data (as ipasn.ip_asn computes it under the rule set of ipasn.aturan), with selisih = bkn - instansi, BKN''s reading (education level, kompetensi parts not counted or counted, SKP predicate, penalty level) and the record to send to SIASN, in plain Indonesian; no row when they agree. A NULL bkn is a snapshot with no figure';
