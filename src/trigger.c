/*-------------------------------------------------------------------------
 *
 * trigger.c
 *		ipasn.isi_jp: a BEFORE INSERT OR UPDATE row trigger that fills a JP
 *		column of a user's training-record table from five other columns
 *		named by the trigger's arguments; ipasn.ringkas_jp: the AFTER ...
 *		FOR EACH STATEMENT rollup trigger that keeps a per-employee-per-year
 *		summary table.  The text readers they share live in reader.c.
 *
 * Follows contrib/spi/moddatetime.c and tsvector_update_trigger: the
 * trigger protocol is checked on every call (it is cheap); the column
 * numbers and kinds are resolved once per trigger and cached per backend,
 * keyed by the trigger's OID, and dropped by a relcache invalidation of the
 * table (ALTER TABLE, CREATE/DROP TRIGGER all send one).
 *
 * ringkas_jp caches, per trigger, the SQL statements it runs (built once by
 * the PL/pgSQL function ipasn._ringkas_jp_sql, prepared with SPI and kept),
 * dropped by a relcache invalidation of the source or the summary table.
 * On INSERT it groups the transition table per (employee, year) in C and
 * hands the groups' jp_states to one prepared upsert as arrays; on UPDATE
 * and DELETE it runs the two prepared lock-then-recompute statements.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "executor/tuptable.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/datum.h"
#include "utils/fmgrprotos.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/syscache.h"
#include "utils/tuplestore.h"
#include "utils/typcache.h"

#include "ipasn.h"
#include "parse.h"

/* the six arguments of isi_jp, in order */
typedef enum IsiRole
{
	ROLE_JALUR = 0,
	ROLE_LINGKUP,
	ROLE_JUMLAH,
	ROLE_MULAI,
	ROLE_SELESAI,
	ROLE_JP,
	ROLE_COUNT
} IsiRole;

static const char *const role_name[ROLE_COUNT] = {
	"jalur", "lingkup", "jumlah", "mulai", "selesai", "jp"
};

/* how a column is read */
typedef enum ColKind
{
	CK_ENUM = 0,				/* the ipasn enum itself */
	CK_TEXT,					/* text, varchar, char(n) */
	CK_NUMERIC,
	CK_INT2,
	CK_INT4,
	CK_INT8,
	CK_DATE,
	CK_TIMESTAMP,
	CK_TIMESTAMPTZ
} ColKind;

typedef struct IsiJpCache
{
	Oid			tgoid;			/* hash key */
	Oid			relid;
	bool		valid;
	int			attnum[ROLE_COUNT];
	ColKind		kind[ROLE_COUNT];
	int32		jp_typmod;
} IsiJpCache;

static HTAB *isi_cache = NULL;
static IsiJpCache *isi_last = NULL;	/* the entry used last */

/* ringkas_jp: the columns it reads, in argument order after the summary */
typedef enum RingkasRole
{
	RK_PEGAWAI = 0,
	RK_JALUR,
	RK_LINGKUP,
	RK_JUMLAH,
	RK_MULAI,
	RK_SELESAI,
	RK_COUNT
} RingkasRole;

#define RK_MAX_PLANS 2

typedef struct RingkasCache
{
	Oid			tgoid;			/* hash key */
	bool		valid;
	int			busy;			/* calls running: plans must not be freed */
	Oid			relid;			/* source table */
	Oid			ringkasan;		/* summary table */
	int			nplans;
	SPIPlanPtr	plans[RK_MAX_PLANS];
	/* INSERT: reading the transition table in C */
	int			attnum[RK_COUNT];
	ColKind		kind[RK_COUNT];
	Oid			peg_type;		/* base type of the employee column */
	Oid			peg_coll;
	int16		peg_len;
	bool		peg_byval;
	char		peg_align;
	FmgrInfo	peg_hash;
	FmgrInfo	peg_eq;
} RingkasCache;

static HTAB *ringkas_cache = NULL;

/* relcache callback: marks the isi_jp entries of the table invalid */
void
ipasn_isi_jp_inval(Datum arg, Oid relid)
{
	HASH_SEQ_STATUS status;
	IsiJpCache *e;

	if (isi_cache == NULL)
		return;
	hash_seq_init(&status, isi_cache);
	while ((e = (IsiJpCache *) hash_seq_search(&status)) != NULL)
	{
		if (!OidIsValid(relid) || e->relid == relid)
			e->valid = false;
	}
}

/* relcache callback: marks the ringkas_jp entries of the tables invalid */
void
ipasn_ringkas_inval(Datum arg, Oid relid)
{
	HASH_SEQ_STATUS status;
	RingkasCache *r;

	if (ringkas_cache == NULL)
		return;
	hash_seq_init(&status, ringkas_cache);
	while ((r = (RingkasCache *) hash_seq_search(&status)) != NULL)
	{
		if (!OidIsValid(relid) || r->relid == relid || r->ringkasan == relid)
			r->valid = false;
	}
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

static bool
is_text_type(Oid typid)
{
	return typid == TEXTOID || typid == VARCHAROID || typid == BPCHAROID;
}

/*
 * Resolves one argument of the trigger to a column number and a kind;
 * raises the documented error for a missing, system, generated or
 * wrongly typed column.
 */
static void
isi_resolve_column(TriggerData *trigdata, IsiJpCache *e, IsiRole role)
{
	Relation	rel = trigdata->tg_relation;
	TupleDesc	tupdesc = rel->rd_att;
	const char *trigname = trigdata->tg_trigger->tgname;
	const char *relname = RelationGetRelationName(rel);
	const char *colname = trigdata->tg_trigger->tgargs[role];
	int			attnum;
	Form_pg_attribute att;
	Oid			typid;
	Oid			base;
	bool		ok = false;
	const char *accepted = NULL;

	attnum = SPI_fnumber(tupdesc, colname);
	if (attnum == SPI_ERROR_NOATTRIBUTE)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column \"%s\" given as %s column of trigger \"%s\" does not exist in table \"%s\"",
						colname, role_name[role], trigname, relname),
				 errhint("Column names in trigger arguments are case sensitive: an unquoted name in CREATE TRIGGER is folded to lower case only where it is written without quotes.")));
	if (attnum <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("trigger \"%s\" on table \"%s\" cannot use system column \"%s\"",
						trigname, relname, colname)));
	att = TupleDescAttr(tupdesc, attnum - 1);
	if (att->attgenerated)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("trigger \"%s\" on table \"%s\" cannot use generated column \"%s\"",
						trigname, relname, colname),
				 errdetail("Generated columns are computed after BEFORE triggers run.")));

	typid = att->atttypid;
	base = (role == ROLE_JP) ? typid : getBaseType(typid);
	switch (role)
	{
		case ROLE_JALUR:
		case ROLE_LINGKUP:
			{
				IpasnEnumKind kind = role == ROLE_JALUR ? IPASN_ENUM_JALUR : IPASN_ENUM_LINGKUP;

				if (base == ipasn_enum_typid(kind))
				{
					e->kind[role] = CK_ENUM;
					ok = true;
				}
				else if (is_text_type(base))
				{
					e->kind[role] = CK_TEXT;
					ok = true;
				}
				accepted = role == ROLE_JALUR ?
					"ipasn.jalur, text, varchar or char" :
					"ipasn.lingkup, text, varchar or char";
				break;
			}
		case ROLE_JUMLAH:
			ok = true;
			if (base == NUMERICOID)
				e->kind[role] = CK_NUMERIC;
			else if (base == INT2OID)
				e->kind[role] = CK_INT2;
			else if (base == INT4OID)
				e->kind[role] = CK_INT4;
			else if (base == INT8OID)
				e->kind[role] = CK_INT8;
			else if (is_text_type(base))
				e->kind[role] = CK_TEXT;
			else
				ok = false;
			accepted = "numeric, smallint, integer, bigint, text, varchar or char";
			break;
		case ROLE_MULAI:
		case ROLE_SELESAI:
			ok = true;
			if (base == DATEOID)
				e->kind[role] = CK_DATE;
			else if (base == TIMESTAMPOID)
				e->kind[role] = CK_TIMESTAMP;
			else if (base == TIMESTAMPTZOID)
				e->kind[role] = CK_TIMESTAMPTZ;
			else
				ok = false;
			accepted = "date, timestamp or timestamptz";
			break;
		case ROLE_JP:
			ok = base == NUMERICOID;
			e->kind[role] = CK_NUMERIC;
			e->jp_typmod = att->atttypmod;
			accepted = "numeric";
			break;
		default:
			elog(ERROR, "unexpected isi_jp argument %d", (int) role);
	}
	if (!ok)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("%s column \"%s\" of table \"%s\" has type %s, which trigger \"%s\" cannot use",
						role_name[role], colname, relname, format_type_be(typid), trigname),
				 errhint("The %s column must be of type %s.", role_name[role], accepted)));
	e->attnum[role] = attnum;
}

static IsiJpCache *
isi_get_cache(TriggerData *trigdata)
{
	Trigger    *trigger = trigdata->tg_trigger;
	Oid			tgoid = trigger->tgoid;
	IsiJpCache *e;
	bool		found;
	int			r;

	if (isi_cache == NULL)
	{
		HASHCTL		ctl;

		ctl.keysize = sizeof(Oid);
		ctl.entrysize = sizeof(IsiJpCache);
		ctl.hcxt = CacheMemoryContext;
		isi_cache = hash_create("ipasn isi_jp triggers", 16, &ctl,
								HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}

	/* most calls repeat the previous trigger: skip the hash lookup */
	if (isi_last != NULL && isi_last->valid && isi_last->tgoid == tgoid &&
		isi_last->relid == RelationGetRelid(trigdata->tg_relation))
		return isi_last;

	e = (IsiJpCache *) hash_search(isi_cache, &tgoid, HASH_ENTER, &found);
	isi_last = e;
	if (!found)
		e->valid = false;
	if (e->valid && e->relid == RelationGetRelid(trigdata->tg_relation))
		return e;

	e->valid = false;
	e->relid = RelationGetRelid(trigdata->tg_relation);
	for (r = 0; r < ROLE_COUNT; r++)
		isi_resolve_column(trigdata, e, (IsiRole) r);
	e->valid = true;
	return e;
}


static bool
read_enum_col(IsiJpCache *e, IsiRole role, IpasnEnumKind kind,
			  const Datum *values, const bool *nulls, int *index)
{
	Datum		d = values[e->attnum[role] - 1];

	if (nulls[e->attnum[role] - 1])
		return false;
	if (e->kind[role] == CK_ENUM)
	{
		*index = ipasn_enum_index(kind, DatumGetObjectId(d));
		return true;
	}
	return ipasn_read_enum_text(kind, DatumGetTextPP(d), index);
}

static bool
read_jumlah_col(IsiJpCache *e, const Datum *values, const bool *nulls, Datum *result)
{
	Datum		d = values[e->attnum[ROLE_JUMLAH] - 1];

	if (nulls[e->attnum[ROLE_JUMLAH] - 1])
		return false;
	switch (e->kind[ROLE_JUMLAH])
	{
		case CK_NUMERIC:
			*result = d;
			return true;
		case CK_INT2:
			*result = NumericGetDatum(int64_to_numeric(DatumGetInt16(d)));
			return true;
		case CK_INT4:
			*result = NumericGetDatum(int64_to_numeric(DatumGetInt32(d)));
			return true;
		case CK_INT8:
			*result = NumericGetDatum(int64_to_numeric(DatumGetInt64(d)));
			return true;
		case CK_TEXT:
			return ipasn_read_jumlah_text(DatumGetTextPP(d), result);
		default:
			elog(ERROR, "unexpected jumlah column kind");
	}
	return false;
}

static bool
read_date_col(IsiJpCache *e, IsiRole role, const Datum *values, const bool *nulls,
			  DateADT *result)
{
	Datum		d = values[e->attnum[role] - 1];

	if (nulls[e->attnum[role] - 1])
		return false;
	switch (e->kind[role])
	{
		case CK_DATE:
			*result = DatumGetDateADT(d);
			break;
		case CK_TIMESTAMP:
			*result = DatumGetDateADT(DirectFunctionCall1(timestamp_date, d));
			break;
		case CK_TIMESTAMPTZ:
			*result = DatumGetDateADT(DirectFunctionCall1(timestamptz_date, d));
			break;
		default:
			elog(ERROR, "unexpected date column kind");
	}
	return true;
}

/*
 * ipasn.isi_jp(jalur_col, lingkup_col, jumlah_col, mulai_col, selesai_col,
 * jp_col): BEFORE INSERT OR UPDATE FOR EACH ROW trigger that sets jp_col to
 * ipasn.jp() of the other five columns.
 */
PG_FUNCTION_INFO_V1(ipasn_isi_jp);
Datum
ipasn_isi_jp(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Trigger    *trigger;
	Relation	rel;
	TupleDesc	tupdesc;
	HeapTuple	tuple;
	HeapTuple	newtuple;
	Datum	   *values;
	bool	   *nulls;
	IsiJpCache *e;
	JpRecord	rec;
	bool		has_record;
	int64		h = 0;
	Datum		jp_value = (Datum) 0;
	bool		jp_null = true;
	IsiErrCtx	ctx;
	ErrorContextCallback errcb;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("ipasn.isi_jp: not called by trigger manager")));
	trigger = trigdata->tg_trigger;
	rel = trigdata->tg_relation;
	if (!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("trigger \"%s\" on table \"%s\": ipasn.isi_jp must be fired FOR EACH ROW",
						trigger->tgname, RelationGetRelationName(rel))));
	if (!TRIGGER_FIRED_BEFORE(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("trigger \"%s\" on table \"%s\": ipasn.isi_jp must be fired BEFORE INSERT OR UPDATE",
						trigger->tgname, RelationGetRelationName(rel))));
	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		tuple = trigdata->tg_trigtuple;
	else if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		tuple = trigdata->tg_newtuple;
	else
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("trigger \"%s\" on table \"%s\": ipasn.isi_jp must be fired for INSERT or UPDATE",
						trigger->tgname, RelationGetRelationName(rel))));
	if (trigger->tgnargs != ROLE_COUNT)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("trigger \"%s\" on table \"%s\": ipasn.isi_jp takes 6 arguments, got %d",
						trigger->tgname, RelationGetRelationName(rel), trigger->tgnargs),
				 errhint("The arguments are the column names jalur, lingkup, jumlah, mulai, selesai and jp, in that order.")));

	e = isi_get_cache(trigdata);
	tupdesc = rel->rd_att;

	/* one deform for the five reads and the new tuple */
	values = palloc(sizeof(Datum) * tupdesc->natts);
	nulls = palloc(sizeof(bool) * tupdesc->natts);
	heap_deform_tuple(tuple, tupdesc, values, nulls);

	ctx.trigger = trigger->tgname;
	ctx.table = RelationGetRelationName(rel);
	ctx.column = NULL;
	errcb.callback = isi_error_callback;
	errcb.arg = &ctx;
	errcb.previous = error_context_stack;
	error_context_stack = &errcb;

	memset(&rec, 0, sizeof(rec));
	ctx.column = trigger->tgargs[ROLE_JALUR];
	has_record = read_enum_col(e, ROLE_JALUR, IPASN_ENUM_JALUR, values, nulls, &rec.jalur);
	ctx.column = trigger->tgargs[ROLE_LINGKUP];
	if (!read_enum_col(e, ROLE_LINGKUP, IPASN_ENUM_LINGKUP, values, nulls, &rec.lingkup))
		has_record = false;
	ctx.column = trigger->tgargs[ROLE_JUMLAH];
	rec.jumlah_null = !read_jumlah_col(e, values, nulls, &rec.jumlah);
	ctx.column = trigger->tgargs[ROLE_MULAI];
	rec.mulai_null = !read_date_col(e, ROLE_MULAI, values, nulls, &rec.mulai);
	ctx.column = trigger->tgargs[ROLE_SELESAI];
	rec.selesai_null = !read_date_col(e, ROLE_SELESAI, values, nulls, &rec.selesai);
	ctx.column = NULL;

	if (has_record && ipasn_jp_record(&rec, &h))
	{
		jp_value = ipasn_h_to_numeric(h);
		if (e->jp_typmod >= 0)
			jp_value = DirectFunctionCall2(numeric, jp_value,
										   Int32GetDatum(e->jp_typmod));
		jp_null = false;
	}
	error_context_stack = errcb.previous;

	/* as heap_modify_tuple_by_cols, without deforming the tuple again */
	values[e->attnum[ROLE_JP] - 1] = jp_value;
	nulls[e->attnum[ROLE_JP] - 1] = jp_null;
	newtuple = heap_form_tuple(tupdesc, values, nulls);
	newtuple->t_data->t_ctid = tuple->t_data->t_ctid;
	newtuple->t_self = tuple->t_self;
	newtuple->t_tableOid = tuple->t_tableOid;
	return PointerGetDatum(newtuple);
}


/* ---------------------------------------------------------------------
 * ipasn.ringkas_jp: the rollup trigger
 * ---------------------------------------------------------------------
 */

typedef struct RingkasKey
{
	Datum		pegawai;
	int32		tahun;
} RingkasKey;

typedef struct RingkasGroup
{
	RingkasKey	key;			/* hash key, first */
	int64		n;				/* records */
	Datum		state;			/* the group's jp_state, in place; 0 = NULL */
} RingkasGroup;

/* the cache entry whose hash and equality functions group the keys */
static RingkasCache *rk_current = NULL;

static uint32
rk_hash(const void *key, Size keysize)
{
	const RingkasKey *k = (const RingkasKey *) key;
	uint32		h;

	if (rk_current->peg_type == INT4OID)
		h = murmurhash32((uint32) DatumGetInt32(k->pegawai));
	else if (rk_current->peg_type == INT8OID)
		h = murmurhash32((uint32) DatumGetInt64(k->pegawai) ^
						 (uint32) ((uint64) DatumGetInt64(k->pegawai) >> 32));
	else
		h = DatumGetUInt32(FunctionCall1Coll(&rk_current->peg_hash,
											 rk_current->peg_coll, k->pegawai));
	return hash_combine(h, murmurhash32((uint32) k->tahun));
}

static int
rk_match(const void *a, const void *b, Size keysize)
{
	const RingkasKey *x = (const RingkasKey *) a;
	const RingkasKey *y = (const RingkasKey *) b;

	if (x->tahun != y->tahun)
		return 1;
	if (rk_current->peg_type == INT4OID)
		return DatumGetInt32(x->pegawai) == DatumGetInt32(y->pegawai) ? 0 : 1;
	if (rk_current->peg_type == INT8OID)
		return DatumGetInt64(x->pegawai) == DatumGetInt64(y->pegawai) ? 0 : 1;
	return DatumGetBool(FunctionCall2Coll(&rk_current->peg_eq, rk_current->peg_coll,
										  x->pegawai, y->pegawai)) ? 0 : 1;
}

/*
 * year of a date: the reading of extract(year FROM d)::integer; the last
 * year's first and last day are kept, most rows fall in it
 */
static int32
rk_year(DateADT d)
{
	static DateADT first = 1;
	static DateADT last = 0;
	static int32 year = 0;
	int			y,
				m,
				day;

	if (d >= first && d <= last)
		return year;
	if (DATE_NOT_FINITE(d))
		return DatumGetInt32(DirectFunctionCall1(numeric_int4,
												 DirectFunctionCall2(extract_date,
																	 CStringGetTextDatum("year"),
																	 DateADTGetDatum(d))));
	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	first = date2j(y, 1, 1) - POSTGRES_EPOCH_JDATE;
	last = date2j(y, 12, 31) - POSTGRES_EPOCH_JDATE;
	year = y;
	return y;
}

/*
 * One column of a row in its role, as the argument of jp_state_add (the
 * readings of ipasn._kolom_sql: enums as they are, text through the teks_*
 * parsers, integers to numeric, timestamps to their date).
 */
static bool
rk_read(RingkasCache *rc, RingkasRole role, TupleTableSlot *slot, Datum *out)
{
	bool		isnull;
	Datum		d = slot_getattr(slot, rc->attnum[role], &isnull);
	int			idx;

	if (isnull)
		return false;
	switch (rc->kind[role])
	{
		case CK_ENUM:
		case CK_NUMERIC:
		case CK_DATE:
			*out = d;
			return true;
		case CK_TEXT:
			if (role == RK_JUMLAH)
				return ipasn_read_jumlah_text(DatumGetTextPP(d), out);
			if (!ipasn_read_enum_text(role == RK_JALUR ? IPASN_ENUM_JALUR : IPASN_ENUM_LINGKUP,
									DatumGetTextPP(d), &idx))
				return false;
			*out = ObjectIdGetDatum(ipasn_enum_oid(role == RK_JALUR ? IPASN_ENUM_JALUR : IPASN_ENUM_LINGKUP, idx));
			return true;
		case CK_INT2:
			*out = NumericGetDatum(int64_to_numeric(DatumGetInt16(d)));
			return true;
		case CK_INT4:
			*out = NumericGetDatum(int64_to_numeric(DatumGetInt32(d)));
			return true;
		case CK_INT8:
			*out = NumericGetDatum(int64_to_numeric(DatumGetInt64(d)));
			return true;
		case CK_TIMESTAMP:
			*out = DirectFunctionCall1(timestamp_date, d);
			return true;
		case CK_TIMESTAMPTZ:
			*out = DirectFunctionCall1(timestamptz_date, d);
			return true;
	}
	return false;
}

/* the column kinds, once the columns were checked by ipasn._sumber_sql */
static void
rk_resolve_columns(TriggerData *trigdata, RingkasCache *rc)
{
	TupleDesc	tupdesc = RelationGetDescr(trigdata->tg_relation);
	int			r;

	for (r = 0; r < RK_COUNT; r++)
	{
		int			attnum = SPI_fnumber(tupdesc, trigdata->tg_trigger->tgargs[r + 1]);
		Oid			base;

		if (attnum <= 0)		/* checked by _sumber_sql */
			elog(ERROR, "ipasn.ringkas_jp: column \"%s\" not found",
				 trigdata->tg_trigger->tgargs[r + 1]);
		base = getBaseType(TupleDescAttr(tupdesc, attnum - 1)->atttypid);
		rc->attnum[r] = attnum;
		if (r == RK_PEGAWAI)
		{
			TypeCacheEntry *tc;

			rc->peg_type = base;
			rc->peg_coll = TupleDescAttr(tupdesc, attnum - 1)->attcollation;
			get_typlenbyvalalign(base, &rc->peg_len, &rc->peg_byval, &rc->peg_align);
			tc = lookup_type_cache(base, TYPECACHE_HASH_PROC_FINFO | TYPECACHE_EQ_OPR_FINFO);
			if (!OidIsValid(tc->hash_proc_finfo.fn_oid) || !OidIsValid(tc->eq_opr_finfo.fn_oid))
				ereport(ERROR,
						(errcode(ERRCODE_UNDEFINED_FUNCTION),
						 errmsg("employee column \"%s\" of table \"%s\" has type %s, which cannot be grouped by hashing",
								trigdata->tg_trigger->tgargs[r + 1],
								RelationGetRelationName(trigdata->tg_relation),
								format_type_be(base))));
			fmgr_info_copy(&rc->peg_hash, &tc->hash_proc_finfo, CacheMemoryContext);
			fmgr_info_copy(&rc->peg_eq, &tc->eq_opr_finfo, CacheMemoryContext);
			rc->kind[r] = CK_ENUM;	/* unused */
		}
		else if (base == ipasn_enum_typid(IPASN_ENUM_JALUR) || base == ipasn_enum_typid(IPASN_ENUM_LINGKUP))
			rc->kind[r] = CK_ENUM;
		else if (is_text_type(base))
			rc->kind[r] = CK_TEXT;
		else if (base == NUMERICOID)
			rc->kind[r] = CK_NUMERIC;
		else if (base == INT2OID)
			rc->kind[r] = CK_INT2;
		else if (base == INT4OID)
			rc->kind[r] = CK_INT4;
		else if (base == INT8OID)
			rc->kind[r] = CK_INT8;
		else if (base == DATEOID)
			rc->kind[r] = CK_DATE;
		else if (base == TIMESTAMPOID)
			rc->kind[r] = CK_TIMESTAMP;
		else if (base == TIMESTAMPTZOID)
			rc->kind[r] = CK_TIMESTAMPTZ;
		else
			elog(ERROR, "ipasn.ringkas_jp: unexpected type of column \"%s\"",
				 trigdata->tg_trigger->tgargs[r + 1]);
	}
}

static const char *
rk_event_name(TriggerEvent ev)
{
	if (TRIGGER_FIRED_BY_INSERT(ev))
		return "INSERT";
	if (TRIGGER_FIRED_BY_UPDATE(ev))
		return "UPDATE";
	if (TRIGGER_FIRED_BY_DELETE(ev))
		return "DELETE";
	return "TRUNCATE";
}

/*
 * The cache entry of a trigger, (re)built when needed: the summary table and
 * the statements come from ipasn._ringkas_jp_sql, which checks the
 * arguments and raises the documented errors.  Called inside SPI.
 */
static RingkasCache *
rk_get_cache(TriggerData *trigdata, bool is_insert)
{
	Trigger    *trigger = trigdata->tg_trigger;
	RingkasCache *rc;
	bool		found;
	Datum	   *argd;
	ArrayType  *args;
	Datum		values[3];
	Oid			types[3] = {OIDOID, TEXTARRAYOID, TEXTOID};
	char	   *q;
	int			i;
	bool		isnull;
	Datum		d;
	ArrayType  *cmds;
	Datum	   *cmdd;
	bool	   *cmdn;
	int			ncmd;
	Oid			state_type = InvalidOid;
	Oid			argtypes[4];

	if (ringkas_cache == NULL)
	{
		HASHCTL		ctl;

		ctl.keysize = sizeof(Oid);
		ctl.entrysize = sizeof(RingkasCache);
		ctl.hcxt = CacheMemoryContext;
		ringkas_cache = hash_create("ipasn ringkas_jp triggers", 16, &ctl,
									HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	rc = (RingkasCache *) hash_search(ringkas_cache, &trigger->tgoid, HASH_ENTER, &found);
	if (!found)
	{
		rc->valid = false;
		rc->busy = 0;
		rc->nplans = 0;
	}
	if (rc->valid && rc->relid == RelationGetRelid(trigdata->tg_relation))
		return rc;

	/* rebuild; plans still used by an outer call are left to it */
	rc->valid = false;
	if (rc->busy == 0)
		for (i = 0; i < rc->nplans; i++)
			SPI_freeplan(rc->plans[i]);
	rc->nplans = 0;
	rc->relid = RelationGetRelid(trigdata->tg_relation);
	rc->ringkasan = InvalidOid;

	argd = palloc(sizeof(Datum) * trigger->tgnargs);
	for (i = 0; i < trigger->tgnargs; i++)
		argd[i] = CStringGetTextDatum(trigger->tgargs[i]);
	args = construct_array(argd, trigger->tgnargs, TEXTOID, -1, false, TYPALIGN_INT);
	values[0] = ObjectIdGetDatum(rc->relid);
	values[1] = PointerGetDatum(args);
	values[2] = CStringGetTextDatum(rk_event_name(trigdata->tg_event));
	q = psprintf("SELECT ringkasan, perintah FROM %s._ringkas_jp_sql($1, $2, $3)",
				 quote_identifier(ipasn_schema_name()));
	if (SPI_execute_with_args(q, 3, types, values, NULL, true, 1) != SPI_OK_SELECT ||
		SPI_processed != 1)
		elog(ERROR, "ipasn.ringkas_jp: ipasn._ringkas_jp_sql returned no row");
	rc->ringkasan = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull);
	cmds = DatumGetArrayTypeP(d);
	deconstruct_array(cmds, TEXTOID, -1, false, TYPALIGN_INT, &cmdd, &cmdn, &ncmd);
	if (ncmd < 1 || ncmd > RK_MAX_PLANS)
		elog(ERROR, "ipasn.ringkas_jp: unexpected number of statements %d", ncmd);

	if (is_insert)
	{
		rk_resolve_columns(trigdata, rc);
		state_type = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
									 CStringGetDatum("jp_state"),
									 ObjectIdGetDatum(ipasn_schema_oid()));
		argtypes[0] = get_array_type(rc->peg_type);
		argtypes[1] = INT4ARRAYOID;
		argtypes[2] = get_array_type(state_type);
		argtypes[3] = INT8ARRAYOID;
		if (!OidIsValid(argtypes[0]) || !OidIsValid(argtypes[2]))
			elog(ERROR, "ipasn.ringkas_jp: no array type for %s",
				 format_type_be(OidIsValid(argtypes[0]) ? state_type : rc->peg_type));
	}
	for (i = 0; i < ncmd; i++)
	{
		SPIPlanPtr	plan;

		if (is_insert && i == 1)
		{
			/* the single-group upsert takes the element types */
			Oid			scalartypes[4];

			scalartypes[0] = rc->peg_type;
			scalartypes[1] = INT4OID;
			scalartypes[2] = state_type;
			scalartypes[3] = INT8OID;
			plan = SPI_prepare(TextDatumGetCString(cmdd[i]), 4, scalartypes);
		}
		else
			plan = SPI_prepare(TextDatumGetCString(cmdd[i]), is_insert ? 4 : 0,
							   is_insert ? argtypes : NULL);
		if (plan == NULL)
			elog(ERROR, "ipasn.ringkas_jp: SPI_prepare failed: %s",
				 SPI_result_code_string(SPI_result));
		if (SPI_keepplan(plan) != 0)
			elog(ERROR, "ipasn.ringkas_jp: SPI_keepplan failed");
		rc->plans[rc->nplans++] = plan;
	}
	rc->valid = true;
	return rc;
}

/*
 * INSERT: the new rows grouped per (employee, year) into jp_states, in C;
 * then one upsert of all groups (ipasn._ringkas_jp_sql: ORDER BY key, ON
 * CONFLICT DO UPDATE merging the states).
 */
static void
rk_insert(TriggerData *trigdata, RingkasCache *rc)
{
	Tuplestorestate *ts = trigdata->tg_newtable;
	MemoryContext keep;
	MemoryContext scratch;
	MemoryContext old;
	TupleTableSlot *slot;
	HTAB	   *groups;
	HASHCTL		ctl;
	HASH_SEQ_STATUS status;
	RingkasGroup *g;
	long		ngroups;
	Datum	   *peg;
	Datum	   *tahun;
	Datum	   *states;
	bool	   *state_null;
	Datum	   *counts;
	int			dims[1];
	int			lbs[1] = {1};
	Datum		values[4];
	long		i;
	int			rp;
	int			ret;
	Oid			state_type;

	keep = AllocSetContextCreate(CurrentMemoryContext, "ipasn ringkas_jp",
								 ALLOCSET_DEFAULT_SIZES);
	scratch = AllocSetContextCreate(keep, "ipasn ringkas_jp row",
									ALLOCSET_SMALL_SIZES);
	old = MemoryContextSwitchTo(keep);

	rk_current = rc;
	ctl.keysize = sizeof(RingkasKey);
	ctl.entrysize = sizeof(RingkasGroup);
	ctl.hash = rk_hash;
	ctl.match = rk_match;
	ctl.hcxt = keep;
	groups = hash_create("ipasn ringkas_jp groups", 256, &ctl,
						 HASH_ELEM | HASH_FUNCTION | HASH_COMPARE | HASH_CONTEXT);

	slot = MakeSingleTupleTableSlot(RelationGetDescr(trigdata->tg_relation),
									&TTSOpsMinimalTuple);
	rp = tuplestore_alloc_read_pointer(ts, 0);
	tuplestore_select_read_pointer(ts, rp);
	tuplestore_rescan(ts);
	while (tuplestore_gettupleslot(ts, true, false, slot))
	{
		Datum		v[6];
		bool		isnull[6];
		RingkasKey	key;
		bool		has_key;
		bool		found;
		DateADT		tgl = 0;
		JpRecord	rec;
		Datum		st;

		MemoryContextSwitchTo(scratch);
		for (i = 1; i < 6; i++)
			isnull[i] = !rk_read(rc, (RingkasRole) i, slot, &v[i]);

		/* the year of selesai, else of mulai */
		key.pegawai = slot_getattr(slot, rc->attnum[RK_PEGAWAI], &isnull[0]);
		has_key = !isnull[0];
		if (!isnull[RK_SELESAI])
			tgl = DatumGetDateADT(v[RK_SELESAI]);
		else if (!isnull[RK_MULAI])
			tgl = DatumGetDateADT(v[RK_MULAI]);
		else
			has_key = false;
		key.tahun = has_key ? rk_year(tgl) : 0;

		g = NULL;
		if (has_key)
		{
			MemoryContextSwitchTo(keep);
			g = (RingkasGroup *) hash_search(groups, &key, HASH_ENTER, &found);
			if (!found)
			{
				g->key.pegawai = datumCopy(key.pegawai, rc->peg_byval, rc->peg_len);
				g->key.tahun = key.tahun;
				g->n = 0;
				g->state = (Datum) 0;
			}
			g->n++;
			MemoryContextSwitchTo(scratch);
		}

		/*
		 * Rows without a key are still converted, so that bad data raises as
		 * in jp_state_agg over the whole transition table.
		 */
		if (!isnull[RK_JALUR] && !isnull[RK_LINGKUP])
		{
			rec.jalur = ipasn_enum_index(IPASN_ENUM_JALUR, DatumGetObjectId(v[RK_JALUR]));
			rec.lingkup = ipasn_enum_index(IPASN_ENUM_LINGKUP, DatumGetObjectId(v[RK_LINGKUP]));
			rec.jumlah_null = isnull[RK_JUMLAH];
			rec.jumlah = isnull[RK_JUMLAH] ? (Datum) 0 : v[RK_JUMLAH];
			rec.mulai_null = isnull[RK_MULAI];
			rec.mulai = isnull[RK_MULAI] ? 0 : DatumGetDateADT(v[RK_MULAI]);
			rec.selesai_null = isnull[RK_SELESAI];
			rec.selesai = isnull[RK_SELESAI] ? 0 : DatumGetDateADT(v[RK_SELESAI]);
			st = ipasn_jp_state_append(g ? g->state : (Datum) 0,
									   g == NULL || g->state == (Datum) 0,
									   &rec, g ? keep : scratch);
			if (g != NULL)
				g->state = st;
		}
		MemoryContextSwitchTo(keep);
		MemoryContextReset(scratch);
	}
	ExecDropSingleTupleTableSlot(slot);

	ngroups = hash_get_num_entries(groups);
	if (ngroups == 0)
	{
		MemoryContextSwitchTo(old);
		MemoryContextDelete(keep);
		return;
	}
	if (ngroups == 1 && rc->nplans > 1)
	{
		/* a single-row INSERT: one group, no arrays */
		Datum		one[4];
		char		nulls[4] = {' ', ' ', ' ', ' '};

		hash_seq_init(&status, groups);
		g = (RingkasGroup *) hash_seq_search(&status);
		hash_seq_term(&status);
		rk_current = NULL;
		one[0] = g->key.pegawai;
		one[1] = Int32GetDatum(g->key.tahun);
		one[2] = g->state;
		if (g->state == (Datum) 0)
			nulls[2] = 'n';
		one[3] = Int64GetDatum(g->n);
		ret = SPI_execute_plan(rc->plans[1], one, nulls, false, 0);
		if (ret != SPI_OK_INSERT)
			elog(ERROR, "ipasn.ringkas_jp: upsert failed: %s", SPI_result_code_string(ret));
		MemoryContextSwitchTo(old);
		MemoryContextDelete(keep);
		return;
	}
	peg = palloc(sizeof(Datum) * ngroups);
	tahun = palloc(sizeof(Datum) * ngroups);
	states = palloc(sizeof(Datum) * ngroups);
	state_null = palloc(sizeof(bool) * ngroups);
	counts = palloc(sizeof(Datum) * ngroups);
	i = 0;
	hash_seq_init(&status, groups);
	while ((g = (RingkasGroup *) hash_seq_search(&status)) != NULL)
	{
		Datum		st = g->state;

		peg[i] = g->key.pegawai;
		tahun[i] = Int32GetDatum(g->key.tahun);
		states[i] = st;
		state_null[i] = (st == (Datum) 0);
		counts[i] = Int64GetDatum(g->n);
		i++;
	}
	rk_current = NULL;
	state_type = get_element_type(SPI_getargtypeid(rc->plans[0], 2));
	dims[0] = (int) ngroups;
	values[0] = PointerGetDatum(construct_array(peg, ngroups, rc->peg_type, rc->peg_len,
												rc->peg_byval, rc->peg_align));
	values[1] = PointerGetDatum(construct_array(tahun, ngroups, INT4OID, 4, true, TYPALIGN_INT));
	values[2] = PointerGetDatum(construct_md_array(states, state_null, 1, dims, lbs,
												   state_type, -1, false, TYPALIGN_DOUBLE));
	values[3] = PointerGetDatum(construct_array(counts, ngroups, INT8OID, 8,
												FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
	ret = SPI_execute_plan(rc->plans[0], values, NULL, false, 0);
	if (ret != SPI_OK_INSERT)
		elog(ERROR, "ipasn.ringkas_jp: upsert failed: %s", SPI_result_code_string(ret));
	MemoryContextSwitchTo(old);
	MemoryContextDelete(keep);
}

/* "schema.table", as regclass prints it under search_path = pg_catalog */
static char *
rk_relname(Relation rel)
{
	return quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
									  RelationGetRelationName(rel));
}

/*
 * ipasn.ringkas_jp(ringkasan, pegawai, jalur, lingkup, jumlah, mulai,
 * selesai): AFTER INSERT / UPDATE / DELETE / TRUNCATE FOR EACH STATEMENT
 * trigger, one per event, transition tables named baru and lama.
 */
PG_FUNCTION_INFO_V1(ipasn_ringkas_jp);
Datum
ipasn_ringkas_jp(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Trigger    *trigger;
	Relation	rel;
	RingkasCache *rc;
	bool		is_insert;
	int			i;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("ipasn.ringkas_jp: not called by trigger manager")));
	trigger = trigdata->tg_trigger;
	rel = trigdata->tg_relation;
	if (!TRIGGER_FIRED_FOR_STATEMENT(trigdata->tg_event) ||
		!TRIGGER_FIRED_AFTER(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("trigger \"%s\" on table %s: ipasn.ringkas_jp must be fired AFTER ... FOR EACH STATEMENT",
						trigger->tgname, rk_relname(rel))));
	if (trigger->tgnargs != 7)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("trigger \"%s\" on table %s: ipasn.ringkas_jp takes 7 arguments, got %d",
						trigger->tgname, rk_relname(rel), trigger->tgnargs),
				 errhint("The arguments are the summary table and the column names pegawai, jalur, lingkup, jumlah, mulai, selesai, in that order.")));
	is_insert = TRIGGER_FIRED_BY_INSERT(trigdata->tg_event);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "ipasn.ringkas_jp: SPI_connect failed");
	if (SPI_register_trigger_data(trigdata) != SPI_OK_TD_REGISTER)
		elog(ERROR, "ipasn.ringkas_jp: SPI_register_trigger_data failed");
	rc = rk_get_cache(trigdata, is_insert);
	if (is_insert && (trigger->tgnewtable == NULL || strcmp(trigger->tgnewtable, "baru") != 0 ||
					  trigdata->tg_newtable == NULL))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation \"baru\" does not exist"),
				 errhint("Declare the trigger with REFERENCING NEW TABLE AS baru.")));

	rc->busy++;
	PG_TRY();
	{
		if (is_insert)
			rk_insert(trigdata, rc);
		else
		{
			/* TRUNCATE: one DELETE; UPDATE, DELETE: lock, then recompute */
			for (i = 0; i < rc->nplans; i++)
			{
				int			ret = SPI_execute_plan(rc->plans[i], NULL, NULL, false, 0);

				if (ret < 0)
					elog(ERROR, "ipasn.ringkas_jp: statement failed: %s",
						 SPI_result_code_string(ret));
			}
		}
	}
	PG_FINALLY();
	{
		rc->busy--;
	}
	PG_END_TRY();
	SPI_finish();
	return PointerGetDatum(NULL);
}
