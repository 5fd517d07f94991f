/*-------------------------------------------------------------------------
 *
 * hukuman.c
 *		ipasn.hukuman_terberat(hukuman, tanggal, as_of): the heaviest
 *		disciplinary penalty decided in the window ending on as_of (5 years
 *		by default; PermenPANRB 38/2018, dimension disiplin).
 *
 * The state is the ipasn.hukuman enum itself: a real SQL type, storable,
 * and merged by taking the heavier of two.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/date.h"

#include "ipasn.h"

/*
 * ipasn.hukuman_add(state, hukuman, tanggal, as_of): transition function.
 * A penalty counts when decided after the day as_of - N years and on or
 * before as_of; one without a decision date is in no window.
 */
PG_FUNCTION_INFO_V1(ipasn_hukuman_add);
Datum
ipasn_hukuman_add(PG_FUNCTION_ARGS)
{
	DateADT		tanggal,
				as_of;
	const AturanSkor *rs;
	int			h;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		goto unchanged;
	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("as_of of hukuman_terberat must not be NULL"),
				 errhint("Pass the last day of the period to score, e.g. date '2023-12-31'.")));
	tanggal = PG_GETARG_DATEADT(2);
	as_of = PG_GETARG_DATEADT(3);
	if (DATE_NOT_FINITE(as_of))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("as_of of hukuman_terberat must be a finite date")));
	rs = ipasn_aturan_skor();
	if (tanggal > as_of || tanggal < ipasn_window_start(as_of, rs->jendela_hukuman_tahun))
		goto unchanged;
	h = ipasn_enum_index(IPASN_ENUM_HUKUMAN, PG_GETARG_OID(1));
	if (!PG_ARGISNULL(0) && ipasn_enum_index(IPASN_ENUM_HUKUMAN, PG_GETARG_OID(0)) >= h)
		goto unchanged;
	PG_RETURN_OID(PG_GETARG_OID(1));

unchanged:
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_OID(PG_GETARG_OID(0));
}

/*
 * ipasn.hukuman_max(a, b): the heavier of two penalties (NULL = none);
 * combine function of hukuman_terberat.
 */
PG_FUNCTION_INFO_V1(ipasn_hukuman_max);
Datum
ipasn_hukuman_max(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0) && PG_ARGISNULL(1))
		PG_RETURN_NULL();
	if (PG_ARGISNULL(0))
		PG_RETURN_OID(PG_GETARG_OID(1));
	if (PG_ARGISNULL(1))
		PG_RETURN_OID(PG_GETARG_OID(0));
	if (ipasn_enum_index(IPASN_ENUM_HUKUMAN, PG_GETARG_OID(1)) >
		ipasn_enum_index(IPASN_ENUM_HUKUMAN, PG_GETARG_OID(0)))
		PG_RETURN_OID(PG_GETARG_OID(1));
	PG_RETURN_OID(PG_GETARG_OID(0));
}
