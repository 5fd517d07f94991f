/*-------------------------------------------------------------------------
 *
 * jp_agg.c
 *		The aggregates over ipasn.jp_state (jp_state.c): the transition,
 *		combine and final functions of jp_total, jp_state_agg and jp_merge,
 *		the summary trigger's in-place append, and profil_bangkom.
 *
 * During aggregation the state is updated in place (AggCheckCallContext);
 * it grows by doubling, the larger copy being made in the per-call context
 * and handed to the executor, which copies it into the aggregate context
 * and frees the old one (ExecAggTransReparent).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/date.h"

#include "ipasn.h"

/*
 * For C callers that group records themselves (the summary trigger): add one
 * record to a state the caller owns, allocated in 'cxt' (NULL = no state
 * yet).  The state is updated in place and grows by doubling; a state that
 * moves is freed.  Returns NULL when there was no state and the record gives
 * no JP; raises on a bad record, like jp_state_agg.
 */
Datum
ipasn_jp_state_append(Datum state, bool state_null, const JpRecord *rec,
					  MemoryContext cxt)
{
	JpConverted c;
	JpMasalah	masalah;
	JpState		s,
				n;
	MemoryContext old;

	if (!ipasn_jp_convert(rec, &c, &masalah))
		ipasn_jp_report(rec, &masalah);
	if (c.kind == JPK_NULL)
		return state_null ? (Datum) 0 : state;
	old = MemoryContextSwitchTo(cxt);
	s = state_null ? ipasn_jp_state_new(c.kind == JPK_FIXED ? 0 : 4) : (JpState) DatumGetPointer(state);
	n = ipasn_jp_state_add_converted(s, &c, false);
	if (!state_null && n != s)
		pfree(s);
	MemoryContextSwitchTo(old);
	return PointerGetDatum(n);
}

/* ---------------------------------------------------------------------
 * SQL: transition, combine, final
 * ---------------------------------------------------------------------
 */

/*
 * ipasn.jp_state_add(jp_state, jalur, lingkup, jumlah, mulai, selesai):
 * transition function of jp_total and jp_state_agg.  Rows with a NULL
 * jalur or lingkup, and incomplete records, are skipped; bad records raise.
 */
PG_FUNCTION_INFO_V1(ipasn_jp_state_add);
Datum
ipasn_jp_state_add(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	bool		in_agg = AggCheckCallContext(fcinfo, &aggcxt) != 0;
	JpRecord	rec;
	JpConverted c;
	JpMasalah	masalah;
	JpState		s;

	if (!ipasn_jp_args(fcinfo, 1, &rec))
		goto unchanged;
	if (!ipasn_jp_convert(&rec, &c, &masalah))
		ipasn_jp_report(&rec, &masalah);
	if (c.kind == JPK_NULL)
		goto unchanged;

	if (PG_ARGISNULL(0))
		s = ipasn_jp_state_new(c.kind == JPK_FIXED ? 0 : 4);
	else if (in_agg)
		s = (JpState) PG_GETARG_POINTER(0);		/* ours: update in place */
	else
		s = ipasn_jp_state_copy(DatumGetJpState(PG_GETARG_DATUM(0)), 0);
	s = ipasn_jp_state_add_converted(s, &c, false);
	PG_RETURN_POINTER(s);

unchanged:
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(PG_GETARG_DATUM(0));
}

/*
 * ipasn.jp_state_combine(jp_state, jp_state): combine function of every
 * ipasn JP aggregate and transition function of jp_merge.  All four NULL
 * cases are handled; an empty state is a normal state.
 */
PG_FUNCTION_INFO_V1(ipasn_jp_state_combine);
Datum
ipasn_jp_state_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	bool		in_agg = AggCheckCallContext(fcinfo, &aggcxt) != 0;
	JpState		a,
				b;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	b = DatumGetJpState(PG_GETARG_DATUM(1));
	if (PG_ARGISNULL(0))
		PG_RETURN_POINTER(ipasn_jp_state_copy(b, 0));	/* the executor keeps a copy */
	if (in_agg)
		a = (JpState) PG_GETARG_POINTER(0);
	else
		a = ipasn_jp_state_copy(DatumGetJpState(PG_GETARG_DATUM(0)), 0);
	PG_RETURN_POINTER(ipasn_jp_state_merge(a, b));
}

/*
 * ipasn.jp_value(jp_state) -> numeric: JP of the records in the state, with
 * the caps applied across records.  Final function of jp_total.
 */
PG_FUNCTION_INFO_V1(ipasn_jp_value);
Datum
ipasn_jp_value(PG_FUNCTION_ARGS)
{
	JpState		s = DatumGetJpState(PG_GETARG_DATUM(0));

	PG_RETURN_DATUM(ipasn_h_to_numeric(ipasn_jp_state_value_h(s, false)));
}

/*
 * ipasn.jp_state_compact(jp_state): the state normalised (each day and
 * month combined), without spare room, for storing.  Final function of jp_state_agg and jp_merge.
 */
PG_FUNCTION_INFO_V1(ipasn_jp_state_compact);
Datum
ipasn_jp_state_compact(PG_FUNCTION_ARGS)
{
	JpState		s = DatumGetJpState(PG_GETARG_DATUM(0));

	PG_RETURN_POINTER(ipasn_jp_state_compacted(s));
}

/*
 * ipasn.jp_state_kegiatan(jp_state) -> bigint: records that gave a JP value.
 */
PG_FUNCTION_INFO_V1(ipasn_jp_state_kegiatan);
Datum
ipasn_jp_state_kegiatan(PG_FUNCTION_ARGS)
{
	JpState		s = DatumGetJpState(PG_GETARG_DATUM(0));

	PG_RETURN_INT64(s->kegiatan);
}

/* ---------------------------------------------------------------------
 * profil_bangkom: the JP of the last year, the part of it that counts
 * toward the 20-JP component, the seminar and fungsional components
 * (PermenPANRB 38/2018, dimension kompetensi).  Same state type; windows and the component mapping come
 * from the rule set in force (ipasn_aturan_skor).
 * ---------------------------------------------------------------------
 */

/* window start, cached for the last (as_of, years) asked */
static DateADT
window_start_cached(DateADT as_of, int years)
{
	static DateADT last_as_of[2];
	static int	last_years[2] = {-1, -1};
	static DateADT last_start[2];
	int			slot = (years == 1) ? 0 : 1;

	if (last_years[slot] != years || last_as_of[slot] != as_of)
	{
		last_start[slot] = ipasn_window_start(as_of, years);
		last_as_of[slot] = as_of;
		last_years[slot] = years;
	}
	return last_start[slot];
}

/*
 * ipasn.profil_add(state, jalur, lingkup, jumlah, mulai, selesai, as_of):
 * transition function of profil_bangkom.
 */
PG_FUNCTION_INFO_V1(ipasn_profil_add);
Datum
ipasn_profil_add(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	bool		in_agg = AggCheckCallContext(fcinfo, &aggcxt) != 0;
	JpRecord	rec;
	JpConverted c;
	JpMasalah	masalah;
	const AturanSkor *rs;
	DateADT		as_of,
				d;
	bool		dated;
	bool		in_jp = false;
	uint8		flags = 0;
	JpState		s;

	if (!ipasn_jp_args(fcinfo, 1, &rec))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (PG_ARGISNULL(6))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("as_of of profil_bangkom must not be NULL"),
				 errhint("Pass the last day of the period to score, e.g. date '2023-12-31'.")));
	as_of = PG_GETARG_DATEADT(6);
	if (DATE_NOT_FINITE(as_of))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("as_of of profil_bangkom must be a finite date")));
	if (!ipasn_jp_convert(&rec, &c, &masalah))
		ipasn_jp_report(&rec, &masalah);

	rs = ipasn_aturan_skor();
	dated = !rec.mulai_null || !rec.selesai_null;
	d = rec.selesai_null ? rec.mulai : rec.selesai;
	if (dated && d <= as_of)
	{
		in_jp = d >= window_start_cached(as_of, rs->jendela_jp_tahun);
		if (rs->komponen_seminar[rec.jalur] &&
			d >= window_start_cached(as_of, rs->jendela_seminar_tahun))
			flags |= JP_STATE_FLAG_SEMINAR;
	}
	if (rs->komponen_fungsional[rec.jalur])
		flags |= JP_STATE_FLAG_FUNGSIONAL;

	if (PG_ARGISNULL(0))
		s = ipasn_jp_state_new(4);
	else if (in_agg)
		s = (JpState) PG_GETARG_POINTER(0);
	else
		s = ipasn_jp_state_copy(DatumGetJpState(PG_GETARG_DATUM(0)), 0);
	s->flags |= flags;
	if (in_jp && c.kind != JPK_NULL)
		s = ipasn_jp_state_add_converted(s, &c, rs->komponen_jp[rec.jalur]);
	PG_RETURN_POINTER(s);
}

/*
 * ipasn.profil(jp_state) -> ipasn.bangkom: final function of profil_bangkom.
 */
PG_FUNCTION_INFO_V1(ipasn_profil_final);
Datum
ipasn_profil_final(PG_FUNCTION_ARGS)
{
	JpState		s = DatumGetJpState(PG_GETARG_DATUM(0));
	TupleDesc	tupdesc;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type of profil must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);
	values[0] = ipasn_h_to_numeric(ipasn_jp_state_value_h(s, false));
	values[1] = ipasn_h_to_numeric(ipasn_jp_state_value_h(s, true));
	values[2] = BoolGetDatum((s->flags & JP_STATE_FLAG_SEMINAR) != 0);
	values[3] = BoolGetDatum((s->flags & JP_STATE_FLAG_FUNGSIONAL) != 0);
	values[4] = Int64GetDatum(s->kegiatan);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
