/*-------------------------------------------------------------------------
 *
 * target.c
 *		The yearly JP targets of the IP ASN rule set in force, for the
 *		"met the target" columns of a JP summary (the <ringkasan>_target
 *		view that ipasn.buat_ringkasan makes): PP 11/2017 art. 203 and
 *		PermenPANRB 38/2018 ask at least 20 JP a year; some regions 40 JP
 *		(Instruksi Sekda DKI Jakarta 29/2023).
 *
 * Both come from ipasn.aturan_ipasn (target_jp, target_jp_tinggi) of the
 * set named by the setting ipasn.aturan, through the rule cache of rules.c:
 * never numbers written into the code.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "ipasn.h"

/*
 * ipasn.target_jp() -> numeric: the JP a year that meet the target of the
 * rule set in force (20.00 in the built-in sets).
 */
PG_FUNCTION_INFO_V1(ipasn_target_jp);
Datum
ipasn_target_jp(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(ipasn_h_to_numeric(ipasn_aturan_skor()->target_jp_h));
}

/*
 * ipasn.target_jp_tinggi() -> numeric: the higher regional target of the
 * rule set in force (40.00 in the built-in sets).
 */
PG_FUNCTION_INFO_V1(ipasn_target_jp_tinggi);
Datum
ipasn_target_jp_tinggi(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(ipasn_h_to_numeric(ipasn_aturan_skor()->target_jp_tinggi_h));
}
