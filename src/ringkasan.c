/*-------------------------------------------------------------------------
 *
 * ringkasan.c
 *		ipasn.ringkas_jp: the AFTER ... FOR EACH STATEMENT rollup trigger
 *		that keeps a per-employee-per-year JP summary table (the JP of each
 *		year with the caps of Peraturan LAN 10/2018 applied across records).
 *
 * Per trigger and backend it caches what it runs: the SQL statements
 * (built by the PL/pgSQL function ipasn._ringkas_jp_sql, prepared with SPI
 * and kept), and for INSERT the columns it reads (column.c) and the hash
 * and equality functions of the employee column.  On INSERT it groups the
 * transition table per (employee, year) in C and hands the groups'
 * jp_states to one prepared upsert; on UPDATE and DELETE it runs the two
 * prepared lock-then-recompute statements.
 *
 * A relcache invalidation of the source or the summary table marks the
 * cache entry invalid (nothing is freed).  The entry is rebuilt at its next
 * use in a temporary context, attached under CacheMemoryContext once
 * complete; the plans it replaces are freed then, or by the last call still
 * running them (a call pins what it runs).
 *
 * The last argument, jumlah_dalam ('jam' or 'satuan'), says what the jumlah
 * column holds.  A trigger with seven arguments is the form of ipasn 0.1.0,
 * which read the column in each jalur's own unit: it is read as 'satuan',
 * so that triggers created under 0.1.0 (and restored from its dumps) keep
 * firing as they did.
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
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/syscache.h"
#include "utils/typcache.h"

#include "ipasn.h"
#include "owner.h"

#define RK_MAX_PLANS 2

/* the column arguments after the summary table, in order; jumlah_dalam follows */
static const IpasnColumnRole rk_role[] = {
	COLUMN_PEGAWAI, COLUMN_JALUR, COLUMN_LINGKUP, COLUMN_JUMLAH, COLUMN_MULAI, COLUMN_SELESAI
};

#define RK_NCOLS ((int) lengthof(rk_role))
#define RK_NARGS (RK_NCOLS + 2)
#define RK_NARGS_0_1 (RK_NCOLS + 1) /* ipasn 0.1.0: no jumlah_dalam, 'satuan' */

/* what one trigger runs for one event, built once; in its own context */
typedef struct RingkasTrigger
{
	MemoryContext cxt;			/* holds this struct */
	int			busy;			/* calls running it */
	bool		replaced;		/* no longer cached: the last call frees it */
	int			nplans;
	SPIPlanPtr	plans[RK_MAX_PLANS];
	/* INSERT: reading the transition table in C */
	IpasnColumn col[COLUMN_NROLES];
	int16		peg_len;
	bool		peg_byval;
	char		peg_align;
	FmgrInfo	peg_hash;
	FmgrInfo	peg_eq;
	Oid			state_type;		/* ipasn.jp_state */
} RingkasTrigger;

typedef struct RingkasCache
{
	Oid			tgoid;			/* hash key */
	bool		valid;
	Oid			relid;			/* source table */
	Oid			ringkasan;		/* summary table */
	Oid			owner;			/* owner of relid: the user the plans run as */
	TriggerEvent event;			/* INSERT, UPDATE, DELETE or TRUNCATE */
	RingkasTrigger *t;
} RingkasCache;

static HTAB *ringkas_cache = NULL;
static uint64 ringkas_inval_count = 0;

/* relcache callback: marks the entries of the table invalid */
void
ipasn_ringkas_inval(Datum arg, Oid relid)
{
	HASH_SEQ_STATUS status;
	RingkasCache *r;

	ringkas_inval_count++;
	if (ringkas_cache == NULL)
		return;
	hash_seq_init(&status, ringkas_cache);
	while ((r = (RingkasCache *) hash_seq_search(&status)) != NULL)
	{
		if (!OidIsValid(relid) || r->relid == relid || r->ringkasan == relid)
			r->valid = false;
	}
}

static void
rk_free(RingkasTrigger *t)
{
	int			i;

	for (i = 0; i < t->nplans; i++)
		SPI_freeplan(t->plans[i]);
	MemoryContextDelete(t->cxt);
}

/* a call is done with t: free it if it was replaced meanwhile */
static void
rk_unpin(RingkasTrigger *t)
{
	t->busy--;
	if (t->busy == 0 && t->replaced)
		rk_free(t);
}

/* "schema.table", as regclass prints it under search_path = pg_catalog */
static char *
rk_relname(Relation rel)
{
	return quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
									  RelationGetRelationName(rel));
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
 * The trigger's jumlah_dalam as given; 'satuan' for the 7 arguments of
 * ipasn 0.1.0
 */
static const char *
rk_jumlah_dalam_text(Trigger *trigger)
{
	return trigger->tgnargs == RK_NARGS ? trigger->tgargs[RK_NARGS - 1] : "satuan";
}

/* its reading: 1 for 'jam', 0 for 'satuan', -1 for anything else */
static int
rk_jumlah_dalam(TriggerData *trigdata)
{
	return ipasn_jumlah_dalam(rk_jumlah_dalam_text(trigdata->tg_trigger));
}

/*
 * The columns an INSERT reads and how the employee column is grouped, into
 * t (its fmgr infos in t->cxt).  The columns were checked by
 * ipasn._ringkas_jp_sql, with the same resolver.
 */
static void
rk_resolve_columns(TriggerData *trigdata, RingkasTrigger *t)
{
	Relation	rel = trigdata->tg_relation;
	IpasnColumnUser user;
	IpasnColumn *peg = &t->col[COLUMN_PEGAWAI];
	TypeCacheEntry *tc;
	int			a;

	user.trigger = NULL;
	user.table = rk_relname(rel);
	user.before = false;
	for (a = 0; a < RK_NCOLS; a++)
		ipasn_column_resolve(RelationGetDescr(rel), trigdata->tg_trigger->tgargs[a + 1],
							 rk_role[a], &user, &t->col[rk_role[a]]);
	t->col[COLUMN_JUMLAH].jam = rk_jumlah_dalam(trigdata) == 1;

	get_typlenbyvalalign(peg->base, &t->peg_len, &t->peg_byval, &t->peg_align);
	tc = lookup_type_cache(peg->base, TYPECACHE_HASH_PROC_FINFO | TYPECACHE_EQ_OPR_FINFO);
	if (!OidIsValid(tc->hash_proc_finfo.fn_oid) || !OidIsValid(tc->eq_opr_finfo.fn_oid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_FUNCTION),
				 errmsg("employee column \"%s\" of table \"%s\" has type %s, which cannot be grouped by hashing",
						trigdata->tg_trigger->tgargs[1], RelationGetRelationName(rel),
						format_type_be(peg->base))));
	fmgr_info_copy(&t->peg_hash, &tc->hash_proc_finfo, t->cxt);
	fmgr_info_copy(&t->peg_eq, &tc->eq_opr_finfo, t->cxt);
	t->state_type = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
									CStringGetDatum("jp_state"),
									ObjectIdGetDatum(ipasn_schema_oid()));
}

/*
 * The summary table and the statements of the trigger for its event, from
 * ipasn._ringkas_jp_sql (which checks the arguments and raises the
 * documented errors).  Called inside SPI.
 */
static void
rk_fetch_sql(TriggerData *trigdata, Oid *ringkasan, Datum **cmds, int *ncmd)
{
	Trigger    *trigger = trigdata->tg_trigger;
	Datum	   *argd = palloc(sizeof(Datum) * RK_NARGS);
	Oid			types[3] = {OIDOID, TEXTARRAYOID, TEXTOID};
	Datum		values[3];
	bool		isnull;
	bool	   *cmdn;
	char	   *q;
	int			i;

	/* the summary table, the columns and jumlah_dalam ('satuan' for 0.1.0's) */
	for (i = 0; i < RK_NARGS - 1; i++)
		argd[i] = CStringGetTextDatum(trigger->tgargs[i]);
	argd[RK_NARGS - 1] = CStringGetTextDatum(rk_jumlah_dalam_text(trigger));
	values[0] = ObjectIdGetDatum(RelationGetRelid(trigdata->tg_relation));
	values[1] = PointerGetDatum(construct_array(argd, RK_NARGS, TEXTOID,
												-1, false, TYPALIGN_INT));
	values[2] = CStringGetTextDatum(rk_event_name(trigdata->tg_event));
	q = psprintf("SELECT ringkasan, perintah FROM %s._ringkas_jp_sql($1, $2, $3)",
				 quote_identifier(ipasn_schema_name()));
	if (SPI_execute_with_args(q, 3, types, values, NULL, true, 1) != SPI_OK_SELECT ||
		SPI_processed != 1)
		elog(ERROR, "_ringkas_jp_sql returned no row");
	*ringkasan = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0],
												SPI_tuptable->tupdesc, 1, &isnull));
	deconstruct_array(DatumGetArrayTypeP(SPI_getbinval(SPI_tuptable->vals[0],
													   SPI_tuptable->tupdesc, 2, &isnull)),
					  TEXTOID, -1, false, TYPALIGN_INT, cmds, &cmdn, ncmd);
	if (*ncmd < 1 || *ncmd > RK_MAX_PLANS)
		elog(ERROR, "unexpected number of statements %d from _ringkas_jp_sql", *ncmd);
}

/*
 * Prepares the statements; keeps them (SPI_keepplan) only once all are
 * prepared, so that a failure leaves nothing behind.  INSERT: statement 1
 * takes arrays of the groups, statement 2 a single group.
 */
static void
rk_prepare(RingkasTrigger *t, Datum *cmds, int ncmd, bool is_insert)
{
	Oid			arraytypes[4];
	Oid			scalartypes[4];
	SPIPlanPtr	plans[RK_MAX_PLANS];
	int			i;

	if (is_insert)
	{
		scalartypes[0] = t->col[COLUMN_PEGAWAI].base;
		scalartypes[1] = INT4OID;
		scalartypes[2] = t->state_type;
		scalartypes[3] = INT8OID;
		arraytypes[0] = get_array_type(scalartypes[0]);
		arraytypes[1] = INT4ARRAYOID;
		arraytypes[2] = get_array_type(t->state_type);
		arraytypes[3] = INT8ARRAYOID;
		if (!OidIsValid(arraytypes[0]) || !OidIsValid(arraytypes[2]))
			elog(ERROR, "no array type for %s",
				 format_type_be(OidIsValid(arraytypes[0]) ? t->state_type : scalartypes[0]));
	}
	for (i = 0; i < ncmd; i++)
	{
		char	   *sql = TextDatumGetCString(cmds[i]);

		if (!is_insert)
			plans[i] = SPI_prepare(sql, 0, NULL);
		else
			plans[i] = SPI_prepare(sql, 4, i == 0 ? arraytypes : scalartypes);
		if (plans[i] == NULL)
			elog(ERROR, "SPI_prepare failed: %s",
				 SPI_result_code_string(SPI_result));
	}
	for (i = 0; i < ncmd; i++)
	{
		if (SPI_keepplan(plans[i]) != 0)
			elog(ERROR, "SPI_keepplan failed");
		t->plans[t->nplans++] = plans[i];
	}
}

/* builds what the trigger runs for its event; called inside SPI */
static pg_noinline RingkasTrigger *
rk_build(TriggerData *trigdata, bool is_insert, Oid *ringkasan)
{
	MemoryContext cxt = ipasn_cache_begin("ipasn ringkas_jp trigger");
	RingkasTrigger *t = MemoryContextAllocZero(cxt, sizeof(RingkasTrigger));
	Datum	   *cmds;
	int			ncmd;

	t->cxt = cxt;
	rk_fetch_sql(trigdata, ringkasan, &cmds, &ncmd);
	if (is_insert)
		rk_resolve_columns(trigdata, t);
	rk_prepare(t, cmds, ncmd, is_insert);
	MemoryContextSetParent(cxt, CacheMemoryContext);
	return t;
}

/* what the trigger runs, from the cache or built now; called inside SPI */
static RingkasTrigger *
rk_get(TriggerData *trigdata, bool is_insert)
{
	Oid			relid = RelationGetRelid(trigdata->tg_relation);
	Oid			owner = RelationGetForm(trigdata->tg_relation)->relowner;
	TriggerEvent event = trigdata->tg_event & TRIGGER_EVENT_OPMASK;
	RingkasCache *e;
	RingkasTrigger *old;
	bool		found;
	uint64		start;
	Oid			ringkasan;

	if (ringkas_cache == NULL)
	{
		HASHCTL		ctl;

		ctl.keysize = sizeof(Oid);
		ctl.entrysize = sizeof(RingkasCache);
		ctl.hcxt = CacheMemoryContext;
		ringkas_cache = hash_create("ipasn ringkas_jp triggers", 16, &ctl,
									HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	e = (RingkasCache *) hash_search(ringkas_cache, &trigdata->tg_trigger->tgoid,
									 HASH_ENTER, &found);
	if (!found)
	{
		e->valid = false;
		e->t = NULL;
	}
	if (e->valid && e->relid == relid && e->owner == owner && e->event == event)
		return e->t;

	e->valid = false;
	start = ringkas_inval_count;
	old = e->t;
	e->t = rk_build(trigdata, is_insert, &ringkasan);
	e->relid = relid;
	e->ringkasan = ringkasan;
	e->owner = owner;
	e->event = event;
	/* an invalidation that arrived while building: build again next time */
	e->valid = (start == ringkas_inval_count);
	if (old != NULL)
	{
		old->replaced = true;
		if (old->busy == 0)
			rk_free(old);
	}
	return e->t;
}

/* ---------------------------------------------------------------------
 * INSERT: grouping the new rows per (employee, year)
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

/* the trigger whose hash and equality functions group the keys */
static RingkasTrigger *rk_current = NULL;

static uint32
rk_hash(const void *key, Size keysize)
{
	const RingkasKey *k = (const RingkasKey *) key;
	Oid			type = rk_current->col[COLUMN_PEGAWAI].base;
	uint32		h;

	if (type == INT4OID)
		h = murmurhash32((uint32) DatumGetInt32(k->pegawai));
	else if (type == INT8OID)
		h = murmurhash32((uint32) DatumGetInt64(k->pegawai) ^
						 (uint32) ((uint64) DatumGetInt64(k->pegawai) >> 32));
	else
		h = DatumGetUInt32(FunctionCall1Coll(&rk_current->peg_hash,
											 rk_current->col[COLUMN_PEGAWAI].collation,
											 k->pegawai));
	return hash_combine(h, murmurhash32((uint32) k->tahun));
}

static int
rk_match(const void *a, const void *b, Size keysize)
{
	const RingkasKey *x = (const RingkasKey *) a;
	const RingkasKey *y = (const RingkasKey *) b;
	Oid			type = rk_current->col[COLUMN_PEGAWAI].base;

	if (x->tahun != y->tahun)
		return 1;
	if (type == INT4OID)
		return DatumGetInt32(x->pegawai) == DatumGetInt32(y->pegawai) ? 0 : 1;
	if (type == INT8OID)
		return DatumGetInt64(x->pegawai) == DatumGetInt64(y->pegawai) ? 0 : 1;
	return DatumGetBool(FunctionCall2Coll(&rk_current->peg_eq,
										  rk_current->col[COLUMN_PEGAWAI].collation,
										  x->pegawai, y->pegawai)) ? 0 : 1;
}

/*
 * year of a finite date: extract(year FROM d), which counts 1 BC as -1
 * (j2date's astronomical year 0 is 1 BC, -4712 is 4713 BC); the last
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
	Assert(!DATE_NOT_FINITE(d));
	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	first = date2j(y, 1, 1) - POSTGRES_EPOCH_JDATE;
	last = date2j(y, 12, 31) - POSTGRES_EPOCH_JDATE;
	year = y > 0 ? y : y - 1;
	return year;
}

/*
 * One row of the transition table: its group (created in keep) and its
 * record added to the group's jp_state.  Rows without a key are still
 * converted (in scratch), so that bad data raises as in jp_state_agg over
 * the whole transition table.
 */
static void
rk_group_row(RingkasTrigger *t, TupleTableSlot *slot, HTAB *groups,
			 MemoryContext keep, MemoryContext scratch)
{
	IpasnColumn *peg = &t->col[COLUMN_PEGAWAI];
	JpRecord	rec;
	bool		has_record;
	bool		dated;
	DateADT		day = 0;
	RingkasKey	key;
	RingkasGroup *g = NULL;
	bool		found;
	Datum		st;

	slot_getallattrs(slot);
	has_record = ipasn_column_read_record(t->col, slot->tts_values, slot->tts_isnull,
										  &rec, NULL, NULL);
	/*
	 * the key: the employee and the year of selesai, else of mulai.  An
	 * infinite date has no year (as in ipasn._sumber_sql): its record raises
	 * the error of ipasn.jp below, a row without a record is not summarised.
	 */
	dated = !(rec.selesai_null && rec.mulai_null);
	if (dated)
	{
		day = !rec.selesai_null ? rec.selesai : rec.mulai;
		dated = !DATE_NOT_FINITE(day);
	}
	if (!slot->tts_isnull[peg->attnum - 1] && dated)
	{
		key.pegawai = slot->tts_values[peg->attnum - 1];
		key.tahun = rk_year(day);
		MemoryContextSwitchTo(keep);
		g = (RingkasGroup *) hash_search(groups, &key, HASH_ENTER, &found);
		if (!found)
		{
			g->key.pegawai = datumCopy(key.pegawai, t->peg_byval, t->peg_len);
			g->key.tahun = key.tahun;
			g->n = 0;
			g->state = (Datum) 0;
		}
		g->n++;
		MemoryContextSwitchTo(scratch);
	}
	if (has_record)
	{
		st = ipasn_jp_state_append(g ? g->state : (Datum) 0,
								   g == NULL || g->state == (Datum) 0,
								   &rec, g ? keep : scratch);
		if (g != NULL)
			g->state = st;
	}
}

/* the groups of the transition table, in a hash table in keep */
static HTAB *
rk_group_rows(TriggerData *trigdata, RingkasTrigger *t, MemoryContext keep)
{
	Tuplestorestate *ts = trigdata->tg_newtable;
	MemoryContext scratch = AllocSetContextCreate(keep, "ipasn ringkas_jp row",
												  ALLOCSET_SMALL_SIZES);
	MemoryContext old = MemoryContextSwitchTo(keep);
	TupleTableSlot *slot;
	HTAB	   *groups;
	HASHCTL		ctl;
	int			rp;

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
		MemoryContextSwitchTo(scratch);
		rk_group_row(t, slot, groups, keep, scratch);
		MemoryContextSwitchTo(keep);
		MemoryContextReset(scratch);
	}
	ExecDropSingleTupleTableSlot(slot);
	MemoryContextSwitchTo(old);
	return groups;
}

/* a single-row INSERT: one group, the upsert without arrays */
static void
rk_upsert_one(RingkasTrigger *t, HTAB *groups)
{
	HASH_SEQ_STATUS status;
	RingkasGroup *g;
	Datum		values[4];
	char		nulls[4] = {' ', ' ', ' ', ' '};
	int			ret;

	hash_seq_init(&status, groups);
	g = (RingkasGroup *) hash_seq_search(&status);
	hash_seq_term(&status);
	values[0] = g->key.pegawai;
	values[1] = Int32GetDatum(g->key.tahun);
	values[2] = g->state;
	if (g->state == (Datum) 0)
		nulls[2] = 'n';
	values[3] = Int64GetDatum(g->n);
	ret = SPI_execute_plan(t->plans[1], values, nulls, false, 0);
	if (ret != SPI_OK_INSERT)
		elog(ERROR, "upsert of the summary failed: %s", SPI_result_code_string(ret));
}

/* all groups, as arrays, in one upsert */
static void
rk_upsert_all(RingkasTrigger *t, HTAB *groups)
{
	long		ngroups = hash_get_num_entries(groups);
	IpasnColumn *peg = &t->col[COLUMN_PEGAWAI];
	Datum	   *pegawai = palloc(sizeof(Datum) * ngroups);
	Datum	   *tahun = palloc(sizeof(Datum) * ngroups);
	Datum	   *states = palloc(sizeof(Datum) * ngroups);
	bool	   *state_null = palloc(sizeof(bool) * ngroups);
	Datum	   *counts = palloc(sizeof(Datum) * ngroups);
	HASH_SEQ_STATUS status;
	RingkasGroup *g;
	int			dims[1];
	int			lbs[1] = {1};
	Datum		values[4];
	long		i = 0;
	int			ret;

	hash_seq_init(&status, groups);
	while ((g = (RingkasGroup *) hash_seq_search(&status)) != NULL)
	{
		pegawai[i] = g->key.pegawai;
		tahun[i] = Int32GetDatum(g->key.tahun);
		states[i] = g->state;
		state_null[i] = (g->state == (Datum) 0);
		counts[i] = Int64GetDatum(g->n);
		i++;
	}
	dims[0] = (int) ngroups;
	values[0] = PointerGetDatum(construct_array(pegawai, ngroups, peg->base, t->peg_len,
												t->peg_byval, t->peg_align));
	values[1] = PointerGetDatum(construct_array(tahun, ngroups, INT4OID, 4, true, TYPALIGN_INT));
	values[2] = PointerGetDatum(construct_md_array(states, state_null, 1, dims, lbs,
												   t->state_type, -1, false, TYPALIGN_DOUBLE));
	values[3] = PointerGetDatum(construct_array(counts, ngroups, INT8OID, 8,
												FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
	ret = SPI_execute_plan(t->plans[0], values, NULL, false, 0);
	if (ret != SPI_OK_INSERT)
		elog(ERROR, "upsert of the summary failed: %s", SPI_result_code_string(ret));
}

/*
 * INSERT: the new rows grouped per (employee, year) into jp_states, in C;
 * then one upsert of all groups (ipasn._ringkas_jp_sql: ORDER BY key, ON
 * CONFLICT DO UPDATE merging the states).
 */
static void
rk_insert(TriggerData *trigdata, RingkasTrigger *t)
{
	MemoryContext keep = AllocSetContextCreate(CurrentMemoryContext, "ipasn ringkas_jp",
											   ALLOCSET_DEFAULT_SIZES);
	HTAB	   *groups;
	long		ngroups;

	/* set for the grouping only: nothing else runs meanwhile */
	rk_current = t;
	groups = rk_group_rows(trigdata, t, keep);
	rk_current = NULL;
	ngroups = hash_get_num_entries(groups);
	if (ngroups == 1 && t->nplans > 1)
		rk_upsert_one(t, groups);
	else if (ngroups > 0)
		rk_upsert_all(t, groups);
	MemoryContextDelete(keep);
}

/*
 * the trigger protocol: AFTER ... FOR EACH STATEMENT, 8 arguments (7 in the
 * form of ipasn 0.1.0), a jumlah_dalam of 'jam' or 'satuan'
 */
static void
rk_check_call(FunctionCallInfo fcinfo)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Trigger    *trigger;
	Relation	rel;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"ringkas_jp\" was not called by trigger manager")));
	trigger = trigdata->tg_trigger;
	rel = trigdata->tg_relation;
	if (!TRIGGER_FIRED_FOR_STATEMENT(trigdata->tg_event) ||
		!TRIGGER_FIRED_AFTER(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"ringkas_jp\" must be fired AFTER ... FOR EACH STATEMENT"),
				 errdetail("Trigger \"%s\" on table %s is not an AFTER statement-level trigger.",
						   trigger->tgname, rk_relname(rel))));
	if (trigger->tgnargs != RK_NARGS && trigger->tgnargs != RK_NARGS_0_1)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"ringkas_jp\" takes 8 trigger arguments, not %d",
						trigger->tgnargs),
				 errdetail("The arguments come from trigger \"%s\" on table %s.",
						   trigger->tgname, rk_relname(rel)),
				 errhint("The arguments are the summary table, the column names pegawai, jalur, lingkup, jumlah, mulai, selesai, then jumlah_dalam ('jam' or 'satuan'), in that order.")));
	if (rk_jumlah_dalam(trigdata) < 0)
		ipasn_jumlah_dalam_error(rk_jumlah_dalam_text(trigger),
								 psprintf("trigger \"%s\" on table %s",
										  trigger->tgname, rk_relname(rel)));
}

/* runs the statements of an UPDATE, DELETE or TRUNCATE */
static void
rk_recompute(RingkasTrigger *t)
{
	int			i;

	/* TRUNCATE: one DELETE; UPDATE, DELETE: lock, then recompute */
	for (i = 0; i < t->nplans; i++)
	{
		int			ret = SPI_execute_plan(t->plans[i], NULL, NULL, false, 0);

		if (ret < 0)
			elog(ERROR, "statement on the summary failed: %s",
				 SPI_result_code_string(ret));
	}
}

/*
 * ipasn.ringkas_jp(ringkasan, pegawai, jalur, lingkup, jumlah, mulai,
 * selesai, jumlah_dalam): AFTER INSERT / UPDATE / DELETE / TRUNCATE FOR EACH
 * STATEMENT trigger, one per event, transition tables named baru and lama.
 */
PG_FUNCTION_INFO_V1(ipasn_ringkas_jp);
Datum
ipasn_ringkas_jp(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Trigger    *trigger;
	RingkasTrigger *volatile t;
	bool		is_insert;
	IpasnAsOwner as_owner;

	rk_check_call(fcinfo);
	trigger = trigdata->tg_trigger;
	is_insert = TRIGGER_FIRED_BY_INSERT(trigdata->tg_event);

	/*
	 * Everything below, from building the statements to running them, runs
	 * as the owner of the table with search_path pinned (owner.c); the
	 * cached statements are kept per trigger and owner (rk_get).
	 */
	ipasn_as_owner_begin(trigdata->tg_relation, &as_owner);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_register_trigger_data(trigdata) != SPI_OK_TD_REGISTER)
		elog(ERROR, "SPI_register_trigger_data failed");
	t = rk_get(trigdata, is_insert);
	if (is_insert && (trigger->tgnewtable == NULL || strcmp(trigger->tgnewtable, "baru") != 0 ||
					  trigdata->tg_newtable == NULL))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation \"baru\" does not exist"),
				 errhint("Declare the trigger with REFERENCING NEW TABLE AS baru.")));

	t->busy++;
	PG_TRY();
	{
		if (is_insert)
			rk_insert(trigdata, t);
		else
			rk_recompute(t);
	}
	PG_FINALLY();
	{
		rk_unpin(t);
	}
	PG_END_TRY();
	SPI_finish();
	ipasn_as_owner_end(&as_owner);
	return PointerGetDatum(NULL);
}
