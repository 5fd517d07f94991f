/*-------------------------------------------------------------------------
 *
 * tak_dikenal.c
 *		ipasn._bacaan_teks: whether the readers know a text of one of the
 *		parsed types and, for a text they do not know, the label its first
 *		word names alone (a suggestion for an ipasn.sinonim row).  The
 *		reading is the readers' own (ipasn_read_enum_safe: ipasn.sinonim
 *		first, then the built-in forms): no second parser.  Behind
 *		ipasn.teks_tak_dikenal, the "staging table -> unknown texts ->
 *		ipasn.sinonim -> insert" recipe.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <ctype.h>

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"

#include "ipasn.h"
#include "parse.h"

/*
 * The label the first word of s alone names, or NULL: the word is the
 * first run of letters and digits (so "Diklat/Bimtek ..." offers "Diklat").
 */
static const char *
saran_kata_pertama(IpasnEnumKind kind, const char *s, int len)
{
	int			a = 0;
	int			b;
	int			idx = -1;

	while (a < len && !isalnum((unsigned char) s[a]))
		a++;
	b = a;
	while (b < len && isalnum((unsigned char) s[b]))
		b++;
	if (b == a || (a == 0 && b == len))
		return NULL;			/* no word, or the whole text (already unknown) */
	switch (ipasn_read_enum_safe(kind, s + a, b - a, &idx))
	{
		case BACAAN_OK:
			return ipasn_enum_label(kind, idx);
		case BACAAN_BUKAN_BANGKOM:
			return IPASN_LABEL_BUKAN_BANGKOM;
		default:
			return NULL;
	}
}

/*
 * ipasn._bacaan_teks(teks text, tipe regtype, OUT dikenal boolean, OUT
 * saran text): dikenal is true when the readers read teks as a label of
 * tipe, as no value, or as marked not competency development; for a text
 * they do not know, saran is the label its first word alone names (NULL if
 * none).  Raises 22023 for a tipe that is not one of the parsed types.
 */
PG_FUNCTION_INFO_V1(ipasn_bacaan_teks);
Datum
ipasn_bacaan_teks(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Datum		values[2];
	bool		nulls[2] = {false, true};
	text	   *t;
	int			kind;
	int			idx = -1;
	const char *saran = NULL;
	bool		dikenal;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);
	if (PG_ARGISNULL(1) ||
		(kind = ipasn_sinonim_kind(PG_GETARG_OID(1))) < 0 || kind == IPASN_ENUM_KATEGORI)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("tipe must be one of the types the readers parse"),
				 errhint("Give jalur, lingkup, pendidikan, jabatan, diklatpim or hukuman.")));
	if (PG_ARGISNULL(0))
		dikenal = true;			/* no value */
	else
	{
		t = PG_GETARG_TEXT_PP(0);
		dikenal = ipasn_read_enum_safe((IpasnEnumKind) kind, VARDATA_ANY(t),
									   VARSIZE_ANY_EXHDR(t), &idx) != BACAAN_TIDAK_DIKENAL;
		if (!dikenal)
			saran = saran_kata_pertama((IpasnEnumKind) kind, VARDATA_ANY(t),
									   VARSIZE_ANY_EXHDR(t));
	}
	values[0] = BoolGetDatum(dikenal);
	if (saran != NULL)
	{
		values[1] = CStringGetTextDatum(saran);
		nulls[1] = false;
	}
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
