
-- section: summary targets
-- The yearly JP targets of the IP ASN rule set in force (setting
-- ipasn.aturan; ipasn.aturan_ipasn.target_jp and target_jp_tinggi), read
-- when a query runs, never written into a summary table: the view
-- <ringkasan>_target of a summary made by ipasn.buat_ringkasan compares
-- each year's JP with them.

CREATE FUNCTION @extschema@.target_jp() RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_target_jp'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_jp() IS
'JP a year that meet the target of the IP ASN rule set in force (setting ipasn.aturan; column target_jp of ipasn.aturan_ipasn): 20.00 in the built-in sets (PP 11/2017 art. 203 and PermenPANRB 38/2018: at least 20 JP a year)';

CREATE FUNCTION @extschema@.target_jp_tinggi() RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_target_jp_tinggi'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_jp_tinggi() IS
'The higher regional JP target of the IP ASN rule set in force (setting ipasn.aturan; column target_jp_tinggi of ipasn.aturan_ipasn): 40.00 in the built-in sets (e.g. Instruksi Sekda DKI Jakarta 29/2023)';
