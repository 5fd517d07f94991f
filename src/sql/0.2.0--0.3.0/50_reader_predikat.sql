
-- the earlier SKP predicates (PP 46/2011: cukup 61-75, buruk up to 50; DP3:
-- amat baik 91-100) take the points of their bands (50_score.sql)
INSERT INTO @extschema@.aturan_kinerja (aturan, predikat, skor, bawaan)
VALUES ('permenpanrb_38_2018', 'cukup', 15, true),
	('permenpanrb_38_2018', 'buruk', 1, true),
	('permenpanrb_38_2018', 'amat baik', 30, true);
COMMENT ON TABLE @extschema@.aturan_kinerja IS
'Kinerja points (max 30) of each SKP predicate (PermenPANRB 6/2022; the earlier predicates of PP 46/2011, cukup and buruk, and DP3''s amat baik take the points of their bands), per rule set. ipasn.skor_kinerja(text) matches the predicate ignoring case, spaces and punctuation, after an agency''s spellings in ipasn.sinonim (tipe ipasn.predikat).';
COMMENT ON FUNCTION @extschema@.skor_kinerja(text) IS
'IP ASN kinerja score (PermenPANRB 38/2018, max 30) of an SKP predicate of PermenPANRB 6/2022 (sangat baik 30, baik 25, butuh perbaikan 15, kurang 5, sangat kurang 1), of PP 46/2011 (cukup 15, buruk 1) or DP3 (amat baik 30), case-, space- and punctuation-insensitive, from ipasn.aturan_kinerja after an agency''s spellings in ipasn.sinonim; unknown text raises 22P02';
