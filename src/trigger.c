/*-------------------------------------------------------------------------
 *
 * trigger.c
 *		ipasn.isi_jp: a BEFORE INSERT OR UPDATE row trigger that fills a JP
 *		column of a user's training-record table from five other columns
 *		named by the trigger's arguments; ipasn.ringkas_jp: the AFTER ...
 *		FOR EACH STATEMENT rollup trigger that keeps a per-employee-per-year
 *		summary table; and the text coercions they share (ipasn.teks_jalur,
 *		ipasn.teks_lingkup, ipasn.teks_jumlah).
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
static bool isi_callback_registered = false;

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

static void
isi_relcache_cb(Datum arg, Oid relid)
{
	HASH_SEQ_STATUS status;
	IsiJpCache *e;
	RingkasCache *r;

	if (isi_cache != NULL)
	{
		hash_seq_init(&status, isi_cache);
		while ((e = (IsiJpCache *) hash_seq_search(&status)) != NULL)
		{
			if (!OidIsValid(relid) || e->relid == relid)
				e->valid = false;
		}
	}
	if (ringkas_cache != NULL)
	{
		hash_seq_init(&status, ringkas_cache);
		while ((r = (RingkasCache *) hash_seq_search(&status)) != NULL)
		{
			if (!OidIsValid(relid) || r->relid == relid || r->ringkasan == relid)
				r->valid = false;
		}
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
	if (!isi_callback_registered)
	{
		CacheRegisterRelcacheCallback(isi_relcache_cb, (Datum) 0);
		isi_callback_registered = true;
	}

	e = (IsiJpCache *) hash_search(isi_cache, &tgoid, HASH_ENTER, &found);
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

/* true when the text holds only white space */
static bool
text_is_blank(const char *s, int len)
{
	int			i;

	for (i = 0; i < len; i++)
		if (!isspace((unsigned char) s[i]))
			return false;
	return true;
}

/*
 * Text to enum index: blank -> false (NULL); unknown text raises the 22P02
 * error of parse.c.
 */
static bool
text_to_enum_index(IpasnEnumKind kind, text *t, int *index)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			idx;

	if (text_is_blank(s, len))
		return false;
	idx = ipasn_parse_text(kind, s, len);
	if (idx < 0)
		ipasn_parse_error(kind, s, len);
	*index = idx;
	return true;
}

/*
 * Text to numeric for jumlah: surrounding blanks are ignored, blank is
 * NULL, "12", "12.5", "12,5", "-3" are read; a separator followed by
 * exactly three digits ("1.500", "1,500") is refused as ambiguous (a
 * thousands separator in Indonesian), as is anything else.
 */
static bool
text_to_jumlah(text *t, Datum *result)
{
	char	   *s = text_to_cstring(t);
	char	   *p = s;
	char	   *end;
	int			int_digits = 0;
	int			frac_digits = 0;
	bool		sep = false;
	char	   *q;

	while (*p && isspace((unsigned char) *p))
		p++;
	end = p + strlen(p);
	while (end > p && isspace((unsigned char) end[-1]))
		end--;
	*end = '\0';
	if (*p == '\0')
	{
		pfree(s);
		return false;
	}

	q = p;
	if (*q == '+' || *q == '-')
		q++;
	for (; *q; q++)
	{
		if (isdigit((unsigned char) *q))
		{
			if (sep)
				frac_digits++;
			else
				int_digits++;
		}
		else if ((*q == '.' || *q == ',') && !sep)
		{
			sep = true;
			*q = '.';
		}
		else
			break;
	}
	if (*q != '\0' || int_digits + frac_digits == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid jumlah \"%s\"", p),
				 errhint("jumlah must be a number such as 12, 12.5 or 12,5 (no thousands separators, no units).")));
	if (sep && frac_digits == 3 && int_digits > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("ambiguous jumlah \"%s\"", p),
				 errdetail("A dot or comma followed by three digits may be a thousands separator."),
				 errhint("Write the number without a thousands separator (1500), or with at most two decimals (1.5).")));
	*result = DirectFunctionCall3(numeric_in, CStringGetDatum(p),
								  ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
	pfree(s);
	return true;
}

static bool
read_enum_col(IsiJpCache *e, IsiRole role, IpasnEnumKind kind, HeapTuple tuple,
			  TupleDesc tupdesc, int *index)
{
	bool		isnull;
	Datum		d = heap_getattr(tuple, e->attnum[role], tupdesc, &isnull);

	if (isnull)
		return false;
	if (e->kind[role] == CK_ENUM)
	{
		*index = ipasn_enum_index(kind, DatumGetObjectId(d));
		return true;
	}
	return text_to_enum_index(kind, DatumGetTextPP(d), index);
}

static bool
read_jumlah_col(IsiJpCache *e, HeapTuple tuple, TupleDesc tupdesc, Datum *result)
{
	bool		isnull;
	Datum		d = heap_getattr(tuple, e->attnum[ROLE_JUMLAH], tupdesc, &isnull);

	if (isnull)
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
			return text_to_jumlah(DatumGetTextPP(d), result);
		default:
			elog(ERROR, "unexpected jumlah column kind");
	}
	return false;
}

static bool
read_date_col(IsiJpCache *e, IsiRole role, HeapTuple tuple, TupleDesc tupdesc, DateADT *result)
{
	bool		isnull;
	Datum		d = heap_getattr(tuple, e->attnum[role], tupdesc, &isnull);

	if (isnull)
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
	IsiJpCache *e;
	JpRecord	rec;
	bool		has_record;
	int64		h = 0;
	int			jp_attnum;
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

	ctx.trigger = trigger->tgname;
	ctx.table = RelationGetRelationName(rel);
	ctx.column = NULL;
	errcb.callback = isi_error_callback;
	errcb.arg = &ctx;
	errcb.previous = error_context_stack;
	error_context_stack = &errcb;

	memset(&rec, 0, sizeof(rec));
	ctx.column = trigger->tgargs[ROLE_JALUR];
	has_record = read_enum_col(e, ROLE_JALUR, IPASN_ENUM_JALUR, tuple, tupdesc, &rec.jalur);
	ctx.column = trigger->tgargs[ROLE_LINGKUP];
	if (!read_enum_col(e, ROLE_LINGKUP, IPASN_ENUM_LINGKUP, tuple, tupdesc, &rec.lingkup))
		has_record = false;
	ctx.column = trigger->tgargs[ROLE_JUMLAH];
	rec.jumlah_null = !read_jumlah_col(e, tuple, tupdesc, &rec.jumlah);
	ctx.column = trigger->tgargs[ROLE_MULAI];
	rec.mulai_null = !read_date_col(e, ROLE_MULAI, tuple, tupdesc, &rec.mulai);
	ctx.column = trigger->tgargs[ROLE_SELESAI];
	rec.selesai_null = !read_date_col(e, ROLE_SELESAI, tuple, tupdesc, &rec.selesai);
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

	jp_attnum = e->attnum[ROLE_JP];
	tuple = heap_modify_tuple_by_cols(tuple, tupdesc, 1, &jp_attnum,
									  &jp_value, &jp_null);
	return PointerGetDatum(tuple);
}

/*
 * ipasn.teks_jalur(text) -> ipasn.jalur: the reading of a text jalur column
 * by the triggers (blank -> NULL, else ipasn.parse_jalur).
 */
PG_FUNCTION_INFO_V1(ipasn_teks_jalur);
Datum
ipasn_teks_jalur(PG_FUNCTION_ARGS)
{
	int			idx;

	if (!text_to_enum_index(IPASN_ENUM_JALUR, PG_GETARG_TEXT_PP(0), &idx))
		PG_RETURN_NULL();
	PG_RETURN_OID(ipasn_enum_oid(IPASN_ENUM_JALUR, idx));
}

/*
 * ipasn.teks_lingkup(text) -> ipasn.lingkup: blank -> NULL; nasional,
 * internasional, dalam negeri, luar negeri (any case, spaces, punctuation).
 */
PG_FUNCTION_INFO_V1(ipasn_teks_lingkup);
Datum
ipasn_teks_lingkup(PG_FUNCTION_ARGS)
{
	int			idx;

	if (!text_to_enum_index(IPASN_ENUM_LINGKUP, PG_GETARG_TEXT_PP(0), &idx))
		PG_RETURN_NULL();
	PG_RETURN_OID(ipasn_enum_oid(IPASN_ENUM_LINGKUP, idx));
}

/*
 * ipasn.teks_jumlah(text) -> numeric: blank -> NULL; a number with a dot
 * or a comma as the decimal separator.
 */
PG_FUNCTION_INFO_V1(ipasn_teks_jumlah);
Datum
ipasn_teks_jumlah(PG_FUNCTION_ARGS)
{
	Datum		result;

	if (!text_to_jumlah(PG_GETARG_TEXT_PP(0), &result))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}
