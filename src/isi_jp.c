/*-------------------------------------------------------------------------
 *
 * isi_jp.c
 *		ipasn.isi_jp: a BEFORE INSERT OR UPDATE row trigger that fills a JP
 *		column of a user's training-record table from five other columns
 *		named by the trigger's arguments.
 *
 * Follows contrib/spi/moddatetime.c and tsvector_update_trigger: the
 * trigger protocol is checked on every call (it is cheap); the columns are
 * resolved once per trigger (column.c) and cached per backend, keyed by
 * the trigger's OID, in the life cycle of cache.c: a relcache invalidation
 * of the table (ALTER TABLE, CREATE/DROP TRIGGER all send one) only marks
 * its entries invalid; an entry is resolved again at its next use, in a
 * fresh context attached when complete, the one it replaces retired into
 * the transaction (what isi_get_cache returns stays valid until its end);
 * and the next lookup after an invalidation frees the entries whose
 * trigger is gone (a dropped trigger or table).
 *
 * The seventh argument, jumlah_dalam ('jam' or 'satuan'), says what the
 * jumlah column holds.  It has no default: a trigger with six arguments
 * (the form of ipasn 0.1.0, which the update to 0.3.0 re-creates with
 * 'satuan') is refused at its first firing with 22023, as the event
 * trigger ipasn._periksa_pemicu refuses it at CREATE TRIGGER (pemicu.c).
 *
 * The optional eighth argument names a text column for bulk loads: a row
 * that gives no JP (bad, incomplete, unknown text) is stored with jp NULL
 * and the reason in that column, NULL again once the row gives JP.
 * Without it a bad row aborts the statement.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "commands/trigger.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"
#include "utils/rel.h"

#include "catatan.h"
#include "ipasn.h"

/* the six column arguments of isi_jp, in order; jumlah_dalam follows */
static const IpasnColumnRole isi_role[] = {
	COLUMN_JALUR, COLUMN_LINGKUP, COLUMN_JUMLAH, COLUMN_MULAI, COLUMN_SELESAI, COLUMN_JP
};

#define ISI_NCOLS ((int) lengthof(isi_role))
#define ISI_NARGS (ISI_NCOLS + 1)	/* the columns and jumlah_dalam */
#define ISI_NARGS_MASALAH (ISI_NARGS + 1)	/* and the problem column */
#define ISI_NARGS_0_1 ISI_NCOLS	/* ipasn 0.1.0: no jumlah_dalam, refused */

/* what a trigger's entry resolves to, built in the entry's context */
typedef struct IsiJpCache
{
	bool		has_masalah;	/* the eighth argument was given */
	IpasnColumn col[COLUMN_NROLES]; /* by role; pegawai unused */
} IsiJpCache;

typedef struct IsiJpEntry
{
	IpasnTriggerEntry head;		/* tgoid, valid, cxt (holding data) */
	Oid			relid;
	const IsiJpCache *data;
} IsiJpEntry;

/* the entry depends on table relid */
static bool
isi_uses(const IpasnTriggerEntry *e, Oid relid)
{
	return ((const IsiJpEntry *) e)->relid == relid;
}

static IpasnTriggerCache isi_cache =
IPASN_TRIGGER_CACHE_INIT("ipasn isi_jp triggers", IsiJpEntry, isi_uses);
static IsiJpEntry *isi_last = NULL;	/* the entry used last */

/* relcache callback: marks the entries of the table invalid, frees nothing */
void
ipasn_isi_jp_inval(Datum arg, Oid relid)
{
	ipasn_trigger_cache_inval(&isi_cache, relid);
}

/* the error context of a row: which trigger, table and column */
typedef struct IsiErrCtx
{
	const char *trigger;
	const char *table;
	const char *column;			/* column being read, or NULL */
} IsiErrCtx;

static void
isi_error_callback(void *arg)
{
	IsiErrCtx  *c = (IsiErrCtx *) arg;

	if (c->column)
		errcontext("column \"%s\" read by trigger \"%s\" on table \"%s\"",
				   c->column, c->trigger, c->table);
	else
		errcontext("row converted by trigger \"%s\" on table \"%s\"",
				   c->trigger, c->table);
}

/*
 * The trigger's jumlah_dalam: true for 'jam', false for 'satuan'; raises
 * 22023 for anything else and for none (the six arguments of ipasn 0.1.0),
 * unless the catalog is still that of 0.1.0 or 0.2.0, which read none as
 * 'satuan' (ipasn_jumlah_dalam_lama).
 */
static bool
isi_jumlah_dalam(TriggerData *trigdata)
{
	Trigger    *trigger = trigdata->tg_trigger;
	const char *value;
	int			jam;

	value = trigger->tgnargs >= ISI_NARGS ? trigger->tgargs[ISI_NARGS - 1] :
		ipasn_jumlah_dalam_lama();
	jam = ipasn_jumlah_dalam(value);
	if (jam < 0)
		ipasn_jumlah_dalam_error(value,
								 psprintf("trigger \"%s\" on table \"%s\"", trigger->tgname,
										  RelationGetRelationName(trigdata->tg_relation)));
	return jam == 1;
}

/*
 * The resolved columns of the trigger; valid until the end of the
 * transaction, also if an invalidation replaces or frees the entry.
 */
static const IsiJpCache *
isi_get_cache(TriggerData *trigdata)
{
	Trigger    *trigger = trigdata->tg_trigger;
	Oid			relid = RelationGetRelid(trigdata->tg_relation);
	IsiJpEntry *e;
	IsiJpCache *data;
	IpasnColumnUser user;
	MemoryContext cxt;
	MemoryContext oldcxt;
	uint64		start;
	bool		jam;
	int			a;

	/* the lookup after an invalidation frees the dropped triggers' entries */
	if (unlikely(isi_cache.sweep))
		isi_last = NULL;

	/* most calls repeat the previous trigger: skip the hash lookup */
	if (isi_last != NULL && isi_last->head.valid && isi_last->head.tgoid == trigger->tgoid &&
		isi_last->relid == relid)
		return isi_last->data;

	e = (IsiJpEntry *) ipasn_trigger_cache_lookup(&isi_cache, trigger->tgoid);
	isi_last = e;
	if (e->head.valid && e->relid == relid)
		return e->data;

	/* build the entry completely in a fresh context, then attach it */
	e->head.valid = false;
	e->relid = relid;
	start = isi_cache.generation;
	cxt = ipasn_cache_begin("ipasn isi_jp trigger");
	data = MemoryContextAllocZero(cxt, sizeof(IsiJpCache));
	user.trigger = trigger->tgname;
	user.table = RelationGetRelationName(trigdata->tg_relation);
	user.before = true;
	jam = isi_jumlah_dalam(trigdata);
	oldcxt = MemoryContextSwitchTo(cxt);
	for (a = 0; a < ISI_NCOLS; a++)
		ipasn_column_resolve(trigdata->tg_relation->rd_att, trigger->tgargs[a],
							 isi_role[a], &user, &data->col[isi_role[a]]);
	data->col[COLUMN_JUMLAH].jam = jam;
	data->has_masalah = trigger->tgnargs == ISI_NARGS_MASALAH;
	if (data->has_masalah)
		ipasn_column_resolve(trigdata->tg_relation->rd_att, trigger->tgargs[ISI_NARGS],
							 COLUMN_MASALAH, &user, &data->col[COLUMN_MASALAH]);
	MemoryContextSwitchTo(oldcxt);

	/*
	 * Resolving looks up the catalog, which processes invalidations: one may
	 * have freed this entry (not this trigger's, which exists) or grown the
	 * table, so find the entry again.
	 */
	e = (IsiJpEntry *) ipasn_trigger_cache_attach(&isi_cache, trigger->tgoid, cxt, start);
	e->relid = relid;
	e->data = data;
	isi_last = e;
	return data;
}

/*
 * the trigger protocol: BEFORE INSERT OR UPDATE FOR EACH ROW, 7 or 8
 * arguments (6, the form of ipasn 0.1.0, reach the error of a missing
 * jumlah_dalam)
 */
static HeapTuple
isi_check_call(FunctionCallInfo fcinfo)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Trigger    *trigger;
	const char *relname;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"isi_jp\" was not called by trigger manager")));
	trigger = trigdata->tg_trigger;
	relname = RelationGetRelationName(trigdata->tg_relation);
	if (!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"isi_jp\" must be fired FOR EACH ROW"),
						errdetail("Trigger \"%s\" on table \"%s\" is declared otherwise.",
						  trigger->tgname, relname)));
	if (!TRIGGER_FIRED_BEFORE(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"isi_jp\" must be fired BEFORE INSERT OR UPDATE"),
						errdetail("Trigger \"%s\" on table \"%s\" is declared otherwise.",
						  trigger->tgname, relname)));
	if (!TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) &&
		!TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"isi_jp\" must be fired for INSERT or UPDATE"),
						errdetail("Trigger \"%s\" on table \"%s\" is declared otherwise.",
						  trigger->tgname, relname)));
	if (trigger->tgnargs != ISI_NARGS && trigger->tgnargs != ISI_NARGS_MASALAH &&
		trigger->tgnargs != ISI_NARGS_0_1)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"isi_jp\" takes 7 or 8 trigger arguments, not %d", trigger->tgnargs),
						errdetail("The arguments come from trigger \"%s\" on table \"%s\".", trigger->tgname, relname),
				 errhint("The arguments are the column names jalur, lingkup, jumlah, mulai, selesai and jp, then jumlah_dalam ('jam' or 'satuan'), then optionally the name of a text column that receives the reason a row gives no JP, in that order.")));
	return TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) ?
		trigdata->tg_trigtuple : trigdata->tg_newtuple;
}

static Datum isi_jp_datum(const IsiJpCache *e, int64 h);

/*
 * The JP of a deformed row, as the jp column takes it; false for NULL.
 * Errors name the trigger, the table and the column being read.
 */
static bool
isi_row_jp(TriggerData *trigdata, const IsiJpCache *e, const Datum *values,
		   const bool *nulls, Datum *jp)
{
	Trigger    *trigger = trigdata->tg_trigger;
	const char *names[COLUMN_NROLES];
	JpRecord	rec;
	int64		h = 0;
	bool		has_jp = false;
	IsiErrCtx	ctx;
	ErrorContextCallback errcb;
	int			a;

	for (a = 0; a < ISI_NCOLS; a++)
		names[isi_role[a]] = trigger->tgargs[a];
	ctx.trigger = trigger->tgname;
	ctx.table = RelationGetRelationName(trigdata->tg_relation);
	ctx.column = NULL;
	errcb.callback = isi_error_callback;
	errcb.arg = &ctx;
	errcb.previous = error_context_stack;
	error_context_stack = &errcb;

	if (ipasn_column_read_record(e->col, values, nulls, &rec, names, &ctx.column) &&
		ipasn_jp_record(&rec, &h))
	{
		*jp = isi_jp_datum(e, h);
		has_jp = true;
	}
	error_context_stack = errcb.previous;
	return has_jp;
}

/* the JP of h as the jp column takes it (its typmod) */
static Datum
isi_jp_datum(const IsiJpCache *e, int64 h)
{
	Datum		jp = ipasn_h_to_numeric(h);

	if (e->col[COLUMN_JP].typmod >= 0)
		jp = DirectFunctionCall2(numeric, jp, Int32GetDatum(e->col[COLUMN_JP].typmod));
	return jp;
}

/*
 * The text of a column value as the record reader takes it (catatan.h):
 * NULL for SQL NULL; a text column as it is; an enum by its label; a
 * number as numeric_out prints it, trailing zeros of its scale dropped
 * (1.500 in a numeric(8,3) column is 1.5, not a thousands separator).
 */
static text *
isi_column_text(const IpasnColumn *col, IpasnColumnRole role, Datum d, bool isnull)
{
	Datum		n;

	if (isnull)
		return NULL;
	switch (col->kind)
	{
		case COLUMN_TEXT:
			return DatumGetTextPP(d);
		case COLUMN_AS_IS:
			if (role == COLUMN_JALUR || role == COLUMN_LINGKUP)
			{
				IpasnEnumKind kind = role == COLUMN_JALUR ? IPASN_ENUM_JALUR : IPASN_ENUM_LINGKUP;

				return cstring_to_text(ipasn_enum_label(kind,
														ipasn_enum_index(kind, DatumGetObjectId(d))));
			}
			n = DirectFunctionCall1(numeric_trim_scale, d);
			break;
		case COLUMN_INT2:
			n = NumericGetDatum(int64_to_numeric(DatumGetInt16(d)));
			break;
		case COLUMN_INT4:
			n = NumericGetDatum(int64_to_numeric(DatumGetInt32(d)));
			break;
		case COLUMN_INT8:
			n = NumericGetDatum(int64_to_numeric(DatumGetInt64(d)));
			break;
		default:
			elog(ERROR, "unexpected reading %d of a column", (int) col->kind);
	}
	return cstring_to_text(DatumGetCString(DirectFunctionCall1(numeric_out, n)));
}

/*
 * The record of a deformed row read by the record reader (catatan.c),
 * exactly as ipasn.baca_catatan reads it: ipasn.sinonim first, "-" and the
 * like as no value, a blank lingkup as nasional, the hours through
 * ipasn.jumlah_jam when jumlah_dalam is 'jam'.  Never raises on the row's
 * values.
 */
static void
isi_row_catatan(const IsiJpCache *e, const Datum *values, const bool *nulls,
				IpasnCatatan *c)
{
	const IpasnColumn *col = e->col;
	DateADT		mulai = 0,
				selesai = 0;
	bool		mulai_null,
				selesai_null;

#define COLUMN_VALUE(role) values[col[role].attnum - 1], nulls[col[role].attnum - 1]
	mulai_null = !ipasn_column_read_date(&col[COLUMN_MULAI], COLUMN_VALUE(COLUMN_MULAI), &mulai);
	selesai_null = !ipasn_column_read_date(&col[COLUMN_SELESAI], COLUMN_VALUE(COLUMN_SELESAI),
										   &selesai);
	ipasn_baca_catatan(isi_column_text(&col[COLUMN_JALUR], COLUMN_JALUR, COLUMN_VALUE(COLUMN_JALUR)),
					   isi_column_text(&col[COLUMN_LINGKUP], COLUMN_LINGKUP,
									   COLUMN_VALUE(COLUMN_LINGKUP)),
					   isi_column_text(&col[COLUMN_JUMLAH], COLUMN_JUMLAH,
									   COLUMN_VALUE(COLUMN_JUMLAH)),
					   mulai_null, mulai, selesai_null, selesai,
					   col[COLUMN_JUMLAH].jam, c);
#undef COLUMN_VALUE
}

/*
 * A row that gives no JP without being wrong: no jalur, a text the agency
 * marked as not competency development (ipasn.sinonim), or incomplete (no
 * amount and no usable date).  Every other kode is bad input.
 */
static bool
isi_kode_tanpa_jp(const char *kode)
{
	return strcmp(kode, "tidak_lengkap") == 0 || strcmp(kode, "jalur_kosong") == 0 ||
		strcmp(kode, "bukan_bangkom") == 0;
}

/*
 * The JP of a deformed row, or NULL (false) with the reason in *masalah.
 * A bad row: with a problem column, its reason; without one, the error of
 * ipasn.jp (the typed reading of isi_row_jp raises it, naming the column),
 * or the reader's reason as an error where that reading does not raise.
 */
static bool
isi_row(TriggerData *trigdata, const IsiJpCache *e, const Datum *values,
		const bool *nulls, Datum *jp, char **masalah)
{
	IpasnCatatan c;
	JpRecord	rec;
	int64		h;

	*masalah = NULL;
	isi_row_catatan(e, values, nulls, &c);
	if (c.kode == NULL && ipasn_catatan_record(&c, &rec) && ipasn_jp_record(&rec, &h))
	{
		*jp = isi_jp_datum(e, h);
		return true;
	}
	*masalah = c.masalah;
	if (c.kode == NULL || e->has_masalah || isi_kode_tanpa_jp(c.kode))
		return false;
	(void) isi_row_jp(trigdata, e, values, nulls, jp);
	ereport(ERROR,
			(errcode(strcmp(c.kode, "teks_tidak_dikenal") == 0 ||
					 strcmp(c.kode, "jumlah_tidak_terbaca") == 0 ?
					 ERRCODE_INVALID_TEXT_REPRESENTATION : ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s", c.masalah),
			 errdetail("Trigger \"%s\" on table \"%s\" read the row as baca_catatan does (problem code %s).",
					   trigdata->tg_trigger->tgname,
					   RelationGetRelationName(trigdata->tg_relation), c.kode),
			 errhint("Give the trigger an eighth argument, a text column, to keep such rows with the reason there instead.")));
	return false;				/* keep compiler quiet */
}

/*
 * ipasn.isi_jp(jalur_col, lingkup_col, jumlah_col, mulai_col, selesai_col,
 * jp_col, jumlah_dalam [, masalah_col]): BEFORE INSERT OR UPDATE FOR EACH
 * ROW trigger that sets jp_col to ipasn.jp() of the other five columns, the
 * jumlah column read through ipasn.jumlah_jam when jumlah_dalam is 'jam';
 * with masalah_col, a row that gives no JP is kept with the reason there.
 */
PG_FUNCTION_INFO_V1(ipasn_isi_jp);
Datum
ipasn_isi_jp(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	HeapTuple	tuple = isi_check_call(fcinfo);
	TupleDesc	tupdesc = trigdata->tg_relation->rd_att;
	const IsiJpCache *e = isi_get_cache(trigdata);	/* valid until the end of
													 * the transaction */
	HeapTuple	newtuple;
	Datum	   *values;
	bool	   *nulls;
	Datum		jp = (Datum) 0;
	bool		has_jp;
	char	   *masalah = NULL;
	int			jp_att = e->col[COLUMN_JP].attnum - 1;

	/* one deform for the five reads and the new tuple */
	values = palloc(sizeof(Datum) * tupdesc->natts);
	nulls = palloc(sizeof(bool) * tupdesc->natts);
	heap_deform_tuple(tuple, tupdesc, values, nulls);
	has_jp = isi_row(trigdata, e, values, nulls, &jp, &masalah);

	/* as heap_modify_tuple_by_cols, without deforming the tuple again */
	values[jp_att] = jp;
	nulls[jp_att] = !has_jp;
	if (e->has_masalah)
	{
		int			m_att = e->col[COLUMN_MASALAH].attnum - 1;

		nulls[m_att] = masalah == NULL;
		values[m_att] = masalah ? CStringGetTextDatum(masalah) : (Datum) 0;
	}
	newtuple = heap_form_tuple(tupdesc, values, nulls);
	newtuple->t_data->t_ctid = tuple->t_data->t_ctid;
	newtuple->t_self = tuple->t_self;
	newtuple->t_tableOid = tuple->t_tableOid;
	return PointerGetDatum(newtuple);
}
