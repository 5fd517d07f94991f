/*-------------------------------------------------------------------------
 *
 * ringkasan.c
 *		ipasn.ringkas_jp: the AFTER ... FOR EACH STATEMENT summary trigger
 *		that keeps a per-employee-per-year JP summary table (the JP of each
 *		year with the caps of Peraturan LAN 10/2018 applied across records),
 *		and the C parts of buat_ringkasan, hapus_ringkasan and
 *		isi_ulang_ringkasan.
 *
 * Every event that writes rows (INSERT, UPDATE, DELETE) recomputes each
 * employee-year its transition rows touch from the table itself, under row
 * locks of the summary taken in key order: a statement that fires several
 * of these triggers (INSERT ... ON CONFLICT DO UPDATE, MERGE, a writable
 * CTE touching the table twice) leaves the summary equal to a
 * recomputation, whatever the order they fire in.  TRUNCATE empties the
 * summary.
 *
 * The trigger writes with the rights of the training table's owner
 * (owner.c), so before anything runs it checks (rk_validate) that
 * ipasn.buat_ringkasan recorded this trigger, with these arguments, in
 * ipasn.ringkasan_terdaftar; that the summary still exists, is a plain
 * table of the same owner and carries no trigger whose function belongs
 * to another role; and that the training table is a plain table outside
 * any partition or inheritance tree.
 *
 * Per trigger and backend it caches what it runs: the SQL statements
 * (built by the PL/pgSQL function ipasn._ringkas_jp_sql, prepared with SPI
 * and kept twice: generic plans for small statements, and plans made at
 * each run for a large transition table, so that a bulk load gets a plan
 * for its size), in the life cycle of cache.c: a relcache invalidation of
 * the source or the summary table only marks the cache entry invalid; the
 * entry is rebuilt (and checked again) at its next use in a fresh context,
 * attached under CacheMemoryContext once complete; the one it replaces is
 * retired into the transaction, and its plans are freed with its context
 * at the end of the transaction (a reset callback), never while a
 * statement of the trigger may still run them.  The next lookup after an
 * invalidation frees the entries whose trigger is gone.
 *
 * The argument jumlah_dalam ('jam' or 'satuan') says what the jumlah
 * column holds.  It has no default: a trigger with seven arguments (the
 * form of ipasn 0.1.0, which the update to 0.3.0 re-creates with 'satuan')
 * is refused with 22023 once the catalog is 0.3.0's.  A ninth argument
 * names the year column.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "catalog/dependency.h"
#include "catalog/namespace.h"
#include "catalog/objectaddress.h"
#include "catalog/pg_class.h"
#include "catalog/pg_inherits.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_trigger.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "parser/parse_node.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "ipasn.h"
#include "owner.h"

#define RK_MAX_PLANS 2

#define RK_NARGS 8				/* summary, six columns, jumlah_dalam */
#define RK_NARGS_TAHUN 9		/* ... and the year column */
#define RK_NARGS_0_1 7			/* ipasn 0.1.0: no jumlah_dalam, 'satuan' */

/* columns of ipasn.ringkasan_terdaftar */
#define RKD_SUMBER 1
#define RKD_PEMICU 2
#define RKD_RINGKASAN 3
#define RKD_ARGUMEN 4

/*
 * what one trigger runs for one event, built once; in its own context,
 * whose deletion frees the plans (rk_free_plans)
 */
typedef struct RingkasTrigger
{
	MemoryContextCallback free_plans;
	int			nplans;			/* of each set */
	SPIPlanPtr	plans[RK_MAX_PLANS];	/* generic plans: small statements */
	SPIPlanPtr	besar[RK_MAX_PLANS];	/* planned at each run: large ones */
} RingkasTrigger;

/*
 * Transition tables up to this many rows run the generic plans (planned
 * once, at the first such statement: an index lookup per employee); larger
 * ones are planned for their size at each run (a hash join, say), where the
 * planning is a small part of the work.
 */
#define RK_BESAR 1000

typedef struct RingkasCache
{
	IpasnTriggerEntry head;		/* tgoid, valid, cxt (holding t) */
	Oid			relid;			/* source table */
	Oid			ringkasan;		/* summary table */
	Oid			owner;			/* owner of relid: the user the plans run as */
	TriggerEvent event;			/* INSERT, UPDATE, DELETE or TRUNCATE */
	RingkasTrigger *t;
} RingkasCache;

/* the entry depends on table relid: the source or the summary */
static bool
ringkas_uses(const IpasnTriggerEntry *e, Oid relid)
{
	const RingkasCache *r = (const RingkasCache *) e;

	return r->relid == relid || r->ringkasan == relid;
}

static IpasnTriggerCache ringkas_cache =
IPASN_TRIGGER_CACHE_INIT("ipasn ringkas_jp triggers", RingkasCache, ringkas_uses);

/* relcache callback: marks the entries of the table invalid, frees nothing */
void
ipasn_ringkas_inval(Datum arg, Oid relid)
{
	ipasn_trigger_cache_inval(&ringkas_cache, relid);
}

/*
 * Reset callback of an entry's context: frees its plans.  The context is
 * deleted when the entry is replaced or dropped, retired into the
 * transaction (ipasn_cache_retire), so at its end, once no statement of
 * the trigger runs any more; or by an error while building it.
 */
static void
rk_free_plans(void *arg)
{
	RingkasTrigger *t = (RingkasTrigger *) arg;
	int			i;

	for (i = 0; i < t->nplans; i++)
	{
		SPI_freeplan(t->plans[i]);
		SPI_freeplan(t->besar[i]);
	}
	t->nplans = 0;
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
 * The trigger's jumlah_dalam as given; for the 7 arguments of ipasn 0.1.0,
 * 'satuan' while the catalog is still 0.1.0's or 0.2.0's, else NULL, which
 * rk_check_call refuses (no default: the update to 0.3.0 re-creates those
 * triggers with 'satuan')
 */
static const char *
rk_jumlah_dalam_text(Trigger *trigger)
{
	return trigger->tgnargs >= RK_NARGS ? trigger->tgargs[RK_NARGS - 1] :
		ipasn_jumlah_dalam_lama();
}

/* its reading: 1 for 'jam', 0 for 'satuan', -1 for anything else */
static int
rk_jumlah_dalam(TriggerData *trigdata)
{
	return ipasn_jumlah_dalam(rk_jumlah_dalam_text(trigdata->tg_trigger));
}

/* ---------------------------------------------------------------------
 * ipasn.ringkasan_terdaftar: the triggers buat_ringkasan recorded
 * ---------------------------------------------------------------------
 */

static Oid
rk_daftar_relid(void)
{
	Oid			relid = get_relname_relid("ringkasan_terdaftar", ipasn_schema_oid());

	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("the ipasn extension in this database is older than its library"),
				 errdetail("The summary trigger ringkas_jp needs the table ringkasan_terdaftar of ipasn 0.3.0."),
				 errhint("Run ALTER EXTENSION ipasn UPDATE.")));
	return relid;
}

/*
 * The row of trigger tgname on relid: its summary and arguments (palloc'd
 * C strings); false when there is none.
 */
static bool
rk_daftar_cari(Oid relid, const char *tgname, Oid *ringkasan, char ***args, int *nargs)
{
	Relation	d = table_open(rk_daftar_relid(), AccessShareLock);
	Snapshot	snap = RegisterSnapshot(GetLatestSnapshot());
	ScanKeyData key[2];
	NameData	nama;
	SysScanDesc scan;
	HeapTuple	tup;
	bool		found = false;

	namestrcpy(&nama, tgname);
	ScanKeyInit(&key[0], RKD_SUMBER, BTEqualStrategyNumber, F_OIDEQ, ObjectIdGetDatum(relid));
	ScanKeyInit(&key[1], RKD_PEMICU, BTEqualStrategyNumber, F_NAMEEQ, NameGetDatum(&nama));
	scan = systable_beginscan(d, InvalidOid, false, snap, 2, key);
	if ((tup = systable_getnext(scan)) != NULL)
	{
		bool		isnull;
		Datum	   *elems;
		bool	   *nulls;
		int			i;

		*ringkasan = DatumGetObjectId(heap_getattr(tup, RKD_RINGKASAN, RelationGetDescr(d), &isnull));
		deconstruct_array(DatumGetArrayTypeP(heap_getattr(tup, RKD_ARGUMEN, RelationGetDescr(d), &isnull)),
						  TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, nargs);
		*args = palloc(sizeof(char *) * Max(*nargs, 1));
		for (i = 0; i < *nargs; i++)
			(*args)[i] = nulls[i] ? NULL : TextDatumGetCString(elems[i]);
		found = true;
	}
	systable_endscan(scan);
	UnregisterSnapshot(snap);
	table_close(d, AccessShareLock);
	return found;
}

/*
 * argument i of a trigger of n arguments, as the summary reads it: the
 * eighth (jumlah_dalam) of 0.1.0's seven is 'satuan'
 */
static const char *
rk_arg(char **args, int n, int i)
{
	if (i < n)
		return args[i];
	if (i == RK_NARGS - 1 && n == RK_NARGS_0_1)
		return "satuan";
	return NULL;
}

static bool
rk_args_equal(char **a, int na, char **b, int nb)
{
	int			n = Max(Max(na, nb), RK_NARGS);
	int			i;

	for (i = 0; i < n; i++)
	{
		const char *x = rk_arg(a, na, i);
		const char *y = rk_arg(b, nb, i);

		if ((x == NULL) != (y == NULL) || (x != NULL && strcmp(x, y) != 0))
			return false;
	}
	return true;
}

/* ---------------------------------------------------------------------
 * The trigger
 * ---------------------------------------------------------------------
 */

static char *
rk_oid_relname(Oid relid)
{
	char	   *nsp = get_namespace_name(get_rel_namespace(relid));
	char	   *rel = get_rel_name(relid);

	return quote_qualified_identifier(nsp, rel);
}

/*
 * Whether this trigger may act as the owner of its table: recorded by
 * buat_ringkasan with these arguments, the summary a plain table of the same
 * owner with no trigger of another role, the table plain.  Returns the
 * recorded summary.
 */
static Oid
rk_validate(TriggerData *trigdata)
{
	Relation	rel = trigdata->tg_relation;
	Trigger    *tg = trigdata->tg_trigger;
	Oid			relid = RelationGetRelid(rel);
	Oid			owner = rel->rd_rel->relowner;
	Oid			ringkasan;
	char	  **args;
	int			nargs;
	HeapTuple	ctup;
	Form_pg_class cform;
	Relation	srel;

	if (rel->rd_rel->relkind != RELKIND_RELATION || rel->rd_rel->relispartition ||
		has_superclass(relid) ||
		(has_subclass(relid) && find_inheritance_children(relid, NoLock) != NIL))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("table %s of trigger \"%s\" is partitioned, a partition or part of an inheritance tree",
						rk_relname(rel), tg->tgname),
				 errdetail("Statement triggers fire only for the table a statement names, so the summary would drift silently."),
				 errhint("Drop the summary with hapus_ringkasan and compute the yearly JP with jp_total(...) GROUP BY employee and year.")));

	if (!rk_daftar_cari(relid, tg->tgname, &ringkasan, &args, &nargs) ||
		!rk_args_equal(args, nargs, tg->tgargs, tg->tgnargs))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("trigger \"%s\" on table %s is not a summary trigger made by buat_ringkasan",
						tg->tgname, rk_relname(rel)),
				 errdetail("The summary trigger ringkas_jp writes with the rights of the table's owner, so it runs only the triggers that buat_ringkasan recorded for that table, with the same arguments."),
				 errhint("Drop the trigger, and have the owner of the table make the summary with buat_ringkasan.")));

	ctup = SearchSysCache1(RELOID, ObjectIdGetDatum(ringkasan));
	if (!HeapTupleIsValid(ctup))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("the summary table of trigger \"%s\" on table %s no longer exists",
						tg->tgname, rk_relname(rel)),
				 errdetail("It was dropped without the triggers buat_ringkasan made for it."),
				 errhint("Drop the summary's triggers on %s (DROP TRIGGER \"%s\" ON %s, and its siblings _tambah, _ubah, _hapus, _kosongkan); hapus_ringkasan drops a summary with its triggers.",
						 rk_relname(rel), tg->tgname, rk_relname(rel))));
	cform = (Form_pg_class) GETSTRUCT(ctup);
	if (cform->relkind != RELKIND_RELATION)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("summary %s of table %s is not a table", rk_oid_relname(ringkasan), rk_relname(rel))));
	if (cform->relowner != owner)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("summary table %s is not owned by the owner of table %s",
						rk_oid_relname(ringkasan), rk_relname(rel)),
				 errdetail("The summary trigger ringkas_jp writes with the rights of the owner of %s, only into a summary of that same owner.",
						   rk_relname(rel)),
				 errhint("Give both tables the same owner (ALTER TABLE ... OWNER TO).")));
	ReleaseSysCache(ctup);

	/* no trigger on the summary may run another role's code as the owner */
	srel = table_open(ringkasan, AccessShareLock);
	if (srel->trigdesc != NULL)
	{
		int			i;

		for (i = 0; i < srel->trigdesc->numtriggers; i++)
		{
			Trigger    *st = &srel->trigdesc->triggers[i];
			HeapTuple	ptup;
			Oid			proowner;

			if (st->tgisinternal)
				continue;
			ptup = SearchSysCache1(PROCOID, ObjectIdGetDatum(st->tgfoid));
			if (!HeapTupleIsValid(ptup))
				elog(ERROR, "cache lookup failed for function %u", st->tgfoid);
			proowner = ((Form_pg_proc) GETSTRUCT(ptup))->proowner;
			ReleaseSysCache(ptup);
			if (proowner != owner && !superuser_arg(proowner))
				ereport(ERROR,
						(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
						 errmsg("summary table %s carries trigger \"%s\", whose function belongs to another role",
								RelationGetRelationName(srel), st->tgname),
						 errdetail("The summary trigger ringkas_jp writes the summary with the rights of the owner of %s; a trigger there would run another role's code with them.",
								   rk_relname(rel)),
						 errhint("Drop that trigger, or have the owner of the table own its function.")));
		}
	}
	table_close(srel, AccessShareLock);
	return ringkasan;
}

/*
 * The statements of the trigger for its event, from ipasn._ringkas_jp_sql
 * (which checks the arguments and raises the documented errors).  Called
 * inside SPI.
 */
static void
rk_fetch_sql(TriggerData *trigdata, Oid *ringkasan, Datum **cmds, int *ncmd)
{
	Trigger    *trigger = trigdata->tg_trigger;
	int			n = Max(trigger->tgnargs, RK_NARGS);
	Datum	   *argd = palloc(sizeof(Datum) * n);
	Oid			types[3] = {OIDOID, TEXTARRAYOID, TEXTOID};
	Datum		values[3];
	bool		isnull;
	bool	   *cmdn;
	char	   *q;
	int			i;

	/* the summary table, the columns, jumlah_dalam ('satuan' for 0.1.0's), the year */
	for (i = 0; i < n; i++)
		argd[i] = CStringGetTextDatum(rk_arg(trigger->tgargs, trigger->tgnargs, i));
	values[0] = ObjectIdGetDatum(RelationGetRelid(trigdata->tg_relation));
	values[1] = PointerGetDatum(construct_array(argd, n, TEXTOID, -1, false, TYPALIGN_INT));
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
		elog(ERROR, "unexpected number of statements %d", *ncmd);
}

/*
 * Prepares the statements twice, keeps them (SPI_keepplan) only once all are
 * prepared, so that a failure leaves nothing behind: as generic plans (no
 * parameter), and with one unused parameter re-planned at each run
 * (CURSOR_OPT_CUSTOM_PLAN), so that the planner sees the size of a large
 * statement's transition table.
 */
static void
rk_prepare(RingkasTrigger *t, Datum *cmds, int ncmd)
{
	Oid			types[1] = {INT4OID};
	SPIPlanPtr	plans[RK_MAX_PLANS * 2];
	int			i;

	for (i = 0; i < ncmd * 2; i++)
	{
		char	   *sql = TextDatumGetCString(cmds[i % ncmd]);

		plans[i] = i < ncmd ? SPI_prepare(sql, 0, NULL) :
			SPI_prepare_cursor(sql, 1, types, CURSOR_OPT_CUSTOM_PLAN);
		if (plans[i] == NULL)
			elog(ERROR, "SPI_prepare failed: %s",
				 SPI_result_code_string(SPI_result));
	}
	for (i = 0; i < ncmd * 2; i++)
	{
		if (SPI_keepplan(plans[i]) != 0)
			elog(ERROR, "SPI_keepplan failed");
	}
	for (i = 0; i < ncmd; i++)
	{
		t->plans[i] = plans[i];
		t->besar[i] = plans[ncmd + i];
	}
	t->nplans = ncmd;
}

/* checks the trigger, builds what it runs for its event; called inside SPI */
static pg_noinline RingkasTrigger *
rk_build(TriggerData *trigdata, Oid *ringkasan, MemoryContext *built)
{
	MemoryContext cxt;
	RingkasTrigger *t;
	Datum	   *cmds;
	int			ncmd;
	Oid			terdaftar;

	terdaftar = rk_validate(trigdata);
	cxt = ipasn_cache_begin("ipasn ringkas_jp trigger");
	t = MemoryContextAllocZero(cxt, sizeof(RingkasTrigger));
	t->free_plans.func = rk_free_plans;
	t->free_plans.arg = t;
	MemoryContextRegisterResetCallback(cxt, &t->free_plans);
	rk_fetch_sql(trigdata, ringkasan, &cmds, &ncmd);
	if (*ringkasan != terdaftar)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("summary table \"%s\" of trigger \"%s\" on table %s is not the table buat_ringkasan recorded",
						trigdata->tg_trigger->tgargs[0], trigdata->tg_trigger->tgname,
						rk_relname(trigdata->tg_relation)),
				 errhint("Drop the summary with hapus_ringkasan and make it again with buat_ringkasan.")));
	rk_prepare(t, cmds, ncmd);
	*built = cxt;
	return t;
}

/* what the trigger runs, from the cache or built now; called inside SPI */
static RingkasTrigger *
rk_get(TriggerData *trigdata)
{
	Oid			relid = RelationGetRelid(trigdata->tg_relation);
	Oid			owner = RelationGetForm(trigdata->tg_relation)->relowner;
	TriggerEvent event = trigdata->tg_event & TRIGGER_EVENT_OPMASK;
	RingkasCache *e;
	RingkasTrigger *t;
	MemoryContext built;
	uint64		start;
	Oid			ringkasan;

	e = (RingkasCache *) ipasn_trigger_cache_lookup(&ringkas_cache,
													trigdata->tg_trigger->tgoid);
	if (e->head.valid && e->relid == relid && e->owner == owner && e->event == event)
		return e->t;

	/* build the entry completely in a fresh context, then attach it */
	e->head.valid = false;
	start = ringkas_cache.generation;
	t = rk_build(trigdata, &ringkasan, &built);

	/*
	 * Building looks up the catalog, which processes invalidations: one may
	 * have freed this entry (not this trigger's, which exists), so find the
	 * entry again.
	 */
	e = (RingkasCache *) ipasn_trigger_cache_attach(&ringkas_cache,
													trigdata->tg_trigger->tgoid,
													built, start);
	e->t = t;
	e->relid = relid;
	e->ringkasan = ringkasan;
	e->owner = owner;
	e->event = event;
	return t;
}

/*
 * the trigger protocol: AFTER ... FOR EACH STATEMENT, 8 or 9 arguments (7
 * in the form of ipasn 0.1.0), a jumlah_dalam of 'jam' or 'satuan'
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
						errdetail("Trigger \"%s\" on table %s is declared otherwise.",
						  trigger->tgname, rk_relname(rel))));
	if (trigger->tgnargs != RK_NARGS && trigger->tgnargs != RK_NARGS_TAHUN &&
		trigger->tgnargs != RK_NARGS_0_1)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"ringkas_jp\" takes 8 or 9 trigger arguments, not %d", trigger->tgnargs),
						errdetail("The arguments come from trigger \"%s\" on table %s.", trigger->tgname, rk_relname(rel)),
				 errhint("The arguments are the summary table, the column names pegawai, jalur, lingkup, jumlah, mulai, selesai, then jumlah_dalam ('jam' or 'satuan') and optionally the year column, in that order; buat_ringkasan writes them.")));
	if (rk_jumlah_dalam(trigdata) < 0)
		ipasn_jumlah_dalam_error(rk_jumlah_dalam_text(trigger),
								 psprintf("trigger \"%s\" on table %s",
										  trigger->tgname, rk_relname(rel)));
}

/* runs the statements: TRUNCATE one DELETE; the others lock, then recompute */
static void
rk_run(TriggerData *trigdata, RingkasTrigger *t)
{
	Datum		values[1] = {Int32GetDatum(0)};
	int64		rows = 0;
	bool		besar;
	int			i;

	if (trigdata->tg_newtable != NULL)
		rows += tuplestore_tuple_count(trigdata->tg_newtable);
	if (trigdata->tg_oldtable != NULL)
		rows += tuplestore_tuple_count(trigdata->tg_oldtable);
	besar = rows > RK_BESAR;
	for (i = 0; i < t->nplans; i++)
	{
		int			ret = besar ?
			SPI_execute_plan(t->besar[i], values, NULL, false, 0) :
			SPI_execute_plan(t->plans[i], NULL, NULL, false, 0);

		if (ret < 0)
			elog(ERROR, "statement failed: %s",
				 SPI_result_code_string(ret));
	}
}

/*
 * ipasn.ringkas_jp(ringkasan, pegawai, jalur, lingkup, jumlah, mulai,
 * selesai, jumlah_dalam [, tahun]): AFTER INSERT / UPDATE / DELETE /
 * TRUNCATE FOR EACH STATEMENT trigger, one per event, transition tables
 * named baru and lama.
 */
PG_FUNCTION_INFO_V1(ipasn_ringkas_jp);
Datum
ipasn_ringkas_jp(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Trigger    *trigger;
	RingkasTrigger *t;
	IpasnAsOwner as_owner;

	rk_check_call(fcinfo);
	trigger = trigdata->tg_trigger;
	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) &&
		(trigger->tgnewtable == NULL || strcmp(trigger->tgnewtable, "baru") != 0 ||
		 trigdata->tg_newtable == NULL))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation \"baru\" does not exist"),
				 errhint("Declare the trigger with REFERENCING NEW TABLE AS baru.")));

	/*
	 * Everything below, from building the statements to running them, runs
	 * as the owner of the table with search_path pinned (owner.c), once
	 * rk_validate (in rk_get) has found the trigger recorded; the cached
	 * statements are kept per trigger and owner.
	 */
	ipasn_as_owner_begin(trigdata->tg_relation, &as_owner);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_register_trigger_data(trigdata) != SPI_OK_TD_REGISTER)
		elog(ERROR, "SPI_register_trigger_data failed");
	t = rk_get(trigdata);		/* valid until the end of the transaction */
	rk_run(trigdata, t);
	SPI_finish();
	ipasn_as_owner_end(&as_owner);
	return PointerGetDatum(NULL);
}

/* ---------------------------------------------------------------------
 * Recording and forgetting a summary (buat_ringkasan, hapus_ringkasan)
 * ---------------------------------------------------------------------
 */

static Oid
rk_relowner(Oid relid)
{
	HeapTuple	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	Oid			owner;

	if (!HeapTupleIsValid(tup))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation with OID %u does not exist", relid)));
	owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	ReleaseSysCache(tup);
	return owner;
}

/*
 * ipasn._ringkasan_daftar(sumber regclass, ringkasan regclass, pemicu
 * name[], argumen text[]): records the triggers; the caller must have the
 * rights of the owner of sumber, the summary the same owner
 */
PG_FUNCTION_INFO_V1(ipasn_ringkasan_daftar);
Datum
ipasn_ringkasan_daftar(PG_FUNCTION_ARGS)
{
	Oid			sumber = PG_GETARG_OID(0);
	Oid			ringkasan = PG_GETARG_OID(1);
	Oid			owner = rk_relowner(sumber);
	Oid			types[4] = {REGCLASSOID, NAMEARRAYOID, REGCLASSOID, TEXTARRAYOID};
	Datum		values[4];
	Relation	d;
	IpasnAsOwner save;
	char	   *q;

	if (!has_privs_of_role(GetUserId(), owner))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("must be owner of table %s", rk_oid_relname(sumber))));
	if (rk_relowner(ringkasan) != owner)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("summary table %s is not owned by the owner of table %s",
						rk_oid_relname(ringkasan), rk_oid_relname(sumber))));
	values[0] = ObjectIdGetDatum(sumber);
	values[1] = PG_GETARG_DATUM(2);
	values[2] = ObjectIdGetDatum(ringkasan);
	values[3] = PG_GETARG_DATUM(3);
	/* a row left by a trigger of the same name dropped meanwhile is stale */
	q = psprintf("INSERT INTO %s.ringkasan_terdaftar (sumber, pemicu, ringkasan, argumen) "
				 "SELECT $1, p, $3, $4 FROM pg_catalog.unnest($2) AS p "
				 "ON CONFLICT (sumber, pemicu) DO UPDATE SET ringkasan = excluded.ringkasan, argumen = excluded.argumen",
				 quote_identifier(ipasn_schema_name()));
	d = table_open(rk_daftar_relid(), RowExclusiveLock);
	ipasn_as_owner_begin(d, &save);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_with_args(q, 4, types, values, NULL, false, 0) != SPI_OK_INSERT)
		elog(ERROR, "insert failed");
	SPI_finish();
	ipasn_as_owner_end(&save);
	table_close(d, NoLock);

	/*
	 * Each trigger depends on the summary, as a foreign key's triggers on
	 * their table: DROP TABLE of the summary refuses, and with CASCADE drops
	 * the triggers too (pg_dump does not keep this; a trigger whose summary
	 * is gone then refuses with 42P01, rk_validate).
	 */
	{
		Datum	   *names;
		bool	   *nulls;
		int			n;
		int			i;
		ObjectAddress summary;

		ObjectAddressSet(summary, RelationRelationId, ringkasan);
		deconstruct_array(PG_GETARG_ARRAYTYPE_P(2), NAMEOID, NAMEDATALEN, false, TYPALIGN_CHAR,
						  &names, &nulls, &n);
		for (i = 0; i < n; i++)
		{
			ObjectAddress trig;
			Oid			tgoid;

			if (nulls[i])
				continue;
			tgoid = get_trigger_oid(sumber, NameStr(*DatumGetName(names[i])), true);
			if (!OidIsValid(tgoid))
				continue;
			ObjectAddressSet(trig, TriggerRelationId, tgoid);
			recordDependencyOn(&trig, &summary, DEPENDENCY_NORMAL);
		}
	}
	PG_RETURN_VOID();
}

/*
 * ipasn._ringkasan_lupakan(ringkasan regclass) -> SETOF (sumber regclass,
 * pemicu name): forgets the triggers recorded for the summary and returns
 * them; the caller must have the rights of the summary's owner
 */
PG_FUNCTION_INFO_V1(ipasn_ringkasan_lupakan);
Datum
ipasn_ringkasan_lupakan(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Oid			ringkasan = PG_GETARG_OID(0);
	Oid			types[1] = {REGCLASSOID};
	Datum		values[1];
	Relation	d;
	IpasnAsOwner save;
	char	   *q;
	uint64		i;

	InitMaterializedSRF(fcinfo, 0);
	if (!has_privs_of_role(GetUserId(), rk_relowner(ringkasan)))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("must be owner of table %s", rk_oid_relname(ringkasan))));
	values[0] = ObjectIdGetDatum(ringkasan);
	q = psprintf("DELETE FROM %s.ringkasan_terdaftar WHERE ringkasan OPERATOR(pg_catalog.=) $1 "
				 "RETURNING sumber, pemicu",
				 quote_identifier(ipasn_schema_name()));
	d = table_open(rk_daftar_relid(), RowExclusiveLock);
	ipasn_as_owner_begin(d, &save);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_with_args(q, 1, types, values, NULL, false, 0) != SPI_OK_DELETE_RETURNING)
		elog(ERROR, "delete failed");
	for (i = 0; i < SPI_processed; i++)
	{
		Datum		out[2];
		bool		nulls[2];

		out[0] = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &nulls[0]);
		out[1] = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &nulls[1]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, out, nulls);
	}
	SPI_finish();
	ipasn_as_owner_end(&save);
	table_close(d, NoLock);
	return (Datum) 0;
}

/*
 * For a summary buat_ringkasan recorded for sumber: the columns given to the
 * repair must be those its triggers read (else it would compute another
 * figure than they do).
 */
static void
rk_cek_argumen(Oid sumber, Oid ringkasan, ArrayType *argumen)
{
	Relation	d = table_open(rk_daftar_relid(), AccessShareLock);
	Snapshot	snap = RegisterSnapshot(GetLatestSnapshot());
	ScanKeyData key[2];
	SysScanDesc scan;
	HeapTuple	tup;

	ScanKeyInit(&key[0], RKD_SUMBER, BTEqualStrategyNumber, F_OIDEQ, ObjectIdGetDatum(sumber));
	ScanKeyInit(&key[1], RKD_RINGKASAN, BTEqualStrategyNumber, F_OIDEQ, ObjectIdGetDatum(ringkasan));
	scan = systable_beginscan(d, InvalidOid, false, snap, 2, key);
	if ((tup = systable_getnext(scan)) != NULL)
	{
		bool		isnull;
		Datum	   *re,
				   *ge;
		bool	   *rn,
				   *gn;
		int			nr,
					ng,
					i;
		char	  **ra,
				  **ga;

		deconstruct_array(DatumGetArrayTypeP(heap_getattr(tup, RKD_ARGUMEN, RelationGetDescr(d), &isnull)),
						  TEXTOID, -1, false, TYPALIGN_INT, &re, &rn, &nr);
		deconstruct_array(argumen, TEXTOID, -1, false, TYPALIGN_INT, &ge, &gn, &ng);
		ra = palloc(sizeof(char *) * Max(nr, 1));
		ga = palloc(sizeof(char *) * (ng + 1));
		for (i = 0; i < nr; i++)
			ra[i] = rn[i] ? NULL : TextDatumGetCString(re[i]);
		/* the given columns, after the summary's name as the trigger has it */
		ga[0] = nr > 0 ? ra[0] : NULL;
		for (i = 0; i < ng; i++)
			ga[i + 1] = gn[i] ? NULL : TextDatumGetCString(ge[i]);
		if (!rk_args_equal(ra, nr, ga, ng + 1))
		{
			StringInfoData buf;

			initStringInfo(&buf);
			for (i = 1; i < nr; i++)
				appendStringInfo(&buf, "%s%s", i > 1 ? ", " : "", ra[i] ? ra[i] : "NULL");
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("the columns given to isi_ulang_ringkasan differ from those the triggers of %s read",
							rk_oid_relname(ringkasan)),
					 errdetail("Its triggers read %s.", buf.data),
					 errhint("Give the columns, jumlah_dalam and tahun as given to buat_ringkasan.")));
		}
	}
	systable_endscan(scan);
	UnregisterSnapshot(snap);
	table_close(d, AccessShareLock);
}

/* ---------------------------------------------------------------------
 * isi_ulang_ringkasan: one batch
 * ---------------------------------------------------------------------
 */

/* runs q with the batch's keys; the first statement's result if any */
static int
rk_batch_exec(const char *q, int nargs, Oid *types, Datum *values, const char *nulls)
{
	int			ret = SPI_execute_with_args(q, nargs, types, values, nulls, false, 0);

	if (ret < 0)
		elog(ERROR, "statement failed: %s", SPI_result_code_string(ret));
	return ret;
}

/*
 * ipasn._isi_ulang_ringkasan_batch(sumber regclass, ringkasan regclass,
 * argumen text[], dari_pegawai text, pegawai_per_batch integer, OUT jumlah
 * bigint, OUT terakhir text)
 */
PG_FUNCTION_INFO_V1(ipasn_isi_ulang_ringkasan_batch);
Datum
ipasn_isi_ulang_ringkasan_batch(PG_FUNCTION_ARGS)
{
	Oid			sumber,
				ringkasan;
	Datum		argumen;
	int32		per_batch;
	MemoryContext caller = CurrentMemoryContext;
	TupleDesc	tupdesc;
	Relation	rel;
	bool		as_owner;
	IpasnAsOwner save;
	const char *skema = quote_identifier(ipasn_schema_name());
	char	   *q;
	char	  **e;
	Datum	   *ed;
	bool	   *en;
	int			ne;
	int			i;
	bool		isnull;
	Oid			pegtype;
	Oid			pegarray;
	char	   *tipe;
	Oid			t2[2];
	Datum		v2[2];
	char		n2[2] = {' ', ' '};
	int64		jumlah = 0;
	char	   *terakhir = NULL;
	Datum		out[2];
	bool		outnull[2] = {false, false};

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(4))
		elog(ERROR, "NULL argument");
	sumber = PG_GETARG_OID(0);
	ringkasan = PG_GETARG_OID(1);
	argumen = PG_GETARG_DATUM(2);
	per_batch = PG_GETARG_INT32(4);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");

	/*
	 * As the owner (without row-level security, as the trigger) only for a
	 * caller with the owner's rights; otherwise as the caller, and only where
	 * row-level security hides nothing from it: a recomputation from the
	 * rows it can see would be wrong, and would delete rows it cannot see.
	 */
	rk_cek_argumen(sumber, ringkasan, PG_GETARG_ARRAYTYPE_P(2));
	rel = table_open(sumber, AccessShareLock);
	as_owner = has_privs_of_role(GetUserId(), rel->rd_rel->relowner);
	if (!as_owner)
	{
		Oid			hidden = InvalidOid;

		if (check_enable_rls(sumber, InvalidOid, true) == RLS_ENABLED)
			hidden = sumber;
		else if (check_enable_rls(ringkasan, InvalidOid, true) == RLS_ENABLED)
			hidden = ringkasan;
		if (OidIsValid(hidden))
			ereport(ERROR,
					(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
					 errmsg("isi_ulang_ringkasan cannot recompute %s under row-level security of %s",
							rk_oid_relname(ringkasan), rk_oid_relname(hidden)),
					 errdetail("A recomputation from the rows row-level security lets you see would be wrong, and would delete summary rows you cannot see."),
					 errhint("Run it as the owner of table %s.", rk_oid_relname(sumber))));
		ipasn_as_caller_begin(&save);
	}
	else
		ipasn_as_owner_begin(rel, &save);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	/* the reading of the table, as the triggers read it */
	{
		Oid			t[2] = {REGCLASSOID, TEXTARRAYOID};
		Datum		v[2];

		v[0] = ObjectIdGetDatum(sumber);
		v[1] = argumen;
		if (SPI_execute_with_args(psprintf("SELECT %s._sumber_sql($1, $2)", skema),
								  2, t, v, NULL, true, 1) != SPI_OK_SELECT || SPI_processed != 1)
			elog(ERROR, "_sumber_sql returned no row");
		deconstruct_array(DatumGetArrayTypeP(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull)),
						  TEXTOID, -1, false, TYPALIGN_INT, &ed, &en, &ne);
		e = palloc(sizeof(char *) * ne);
		for (i = 0; i < ne; i++)
			e[i] = en[i] ? NULL : TextDatumGetCString(ed[i]);
	}
	pegtype = get_atttype(ringkasan, get_attnum(ringkasan, "pegawai"));
	if (!OidIsValid(pegtype))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("%s is not a JP summary table: it has no column \"pegawai\"", rk_oid_relname(ringkasan))));
	pegarray = get_array_type(getBaseType(pegtype));
	tipe = format_type_be_qualified(getBaseType(pegtype));

	/* the batch: its employees, how many, the last, and their keys */
	t2[0] = TEXTOID;
	t2[1] = INT4OID;
	v2[0] = PG_ARGISNULL(3) ? (Datum) 0 : PG_GETARG_DATUM(3);
	n2[0] = PG_ARGISNULL(3) ? 'n' : ' ';
	v2[1] = Int32GetDatum(per_batch);
	q = psprintf("WITH p AS ("
				 " SELECT p FROM (SELECT %1$s AS p FROM %2$s AS s UNION SELECT pegawai FROM %3$s) AS x"
				 "  WHERE p IS NOT NULL AND ($1 IS NULL OR p OPERATOR(pg_catalog.>) $1::%4$s)"
				 "  ORDER BY p LIMIT $2),"
				 " kk AS ("
				 " SELECT %1$s AS pegawai, %5$s AS tahun FROM %2$s AS s"
				 "  WHERE %1$s OPERATOR(pg_catalog.=) ANY (SELECT p FROM p)"
				 " UNION SELECT pegawai, tahun FROM %3$s WHERE pegawai OPERATOR(pg_catalog.=) ANY (SELECT p FROM p))"
				 " SELECT (SELECT pg_catalog.count(*) FROM p),"
				 "  (SELECT p::pg_catalog.text FROM p ORDER BY p DESC LIMIT 1),"
				 "  (SELECT pg_catalog.array_agg(pegawai) FROM kk),"
				 "  (SELECT pg_catalog.array_agg(tahun) FROM kk)",
				 e[0], rk_oid_relname(sumber), rk_oid_relname(ringkasan), tipe, e[1]);
	rk_batch_exec(q, 2, t2, v2, n2);
	if (SPI_processed != 1)
		elog(ERROR, "no batch");
	jumlah = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	if (jumlah > 0)
	{
		Datum		kp = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3, &isnull);
		Datum		kt = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 4, &isnull);
		char	   *last = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
		Oid			t[4] = {REGCLASSOID, REGCLASSOID, TEXTARRAYOID, TEXTOID};
		Datum		v[4];
		Datum	   *cmds;
		bool	   *cmdn;
		int			ncmd;
		Oid			kt2[2];
		Datum		kv2[2];

		terakhir = MemoryContextStrdup(caller, last);
		if (isnull)
			jumlah = 0;			/* employees without any key: nothing to do */
		else
		{
			v[0] = ObjectIdGetDatum(sumber);
			v[1] = ObjectIdGetDatum(ringkasan);
			v[2] = PointerGetDatum(construct_array(ed, ne, TEXTOID, -1, false, TYPALIGN_INT));
			v[3] = CStringGetTextDatum("ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2))");
			if (!OidIsValid(pegarray))
				elog(ERROR, "no array type for %s", tipe);
			kt2[0] = pegarray;
			kt2[1] = INT4ARRAYOID;
			kv2[0] = kp;
			kv2[1] = kt;
			if (SPI_execute_with_args(psprintf("SELECT %s._ringkasan_sql($1, $2, $3, $4)", skema),
									  4, t, v, NULL, true, 1) != SPI_OK_SELECT || SPI_processed != 1)
				elog(ERROR, "_ringkasan_sql returned no row");
			deconstruct_array(DatumGetArrayTypeP(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull)),
							  TEXTOID, -1, false, TYPALIGN_INT, &cmds, &cmdn, &ncmd);
			/* lock, then recompute: two statements, two snapshots */
			for (i = 0; i < ncmd; i++)
				rk_batch_exec(TextDatumGetCString(cmds[i]), 2, kt2, kv2, NULL);
		}
	}
	SPI_finish();
	ipasn_as_owner_end(&save);
	table_close(rel, NoLock);

	out[0] = Int64GetDatum(jumlah);
	if (terakhir != NULL)
		out[1] = CStringGetTextDatum(terakhir);
	else
		outnull[1] = true;
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, out, outnull)));
}
