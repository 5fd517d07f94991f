/*-------------------------------------------------------------------------
 *
 * cache.c
 *		The one life cycle of ipasn's per-backend caches built from the
 *		catalog and from ipasn's tables: the schema and enum caches of
 *		enum.c, the rule cache of rules.c, the agency vocabulary of
 *		sinonim.c, the programmes of program.c and the per-trigger caches
 *		of isi_jp.c and ringkasan.c.  After pgfdw_inval_callback in
 *		contrib/postgres_fdw/connection.c and PostgreSQL's own catalog
 *		caches:
 *
 *	- an invalidation callback only marks a cache invalid and counts the
 *	  invalidation in its generation (ipasn_cache_invalidate); it never
 *	  frees memory a caller may still hold;
 *	- the next use (ipasn_cache_get) builds it again, under the latest
 *	  snapshot, so that it sees every change committed before the build,
 *	  also inside a REPEATABLE READ transaction (the rules in force are the
 *	  latest committed ones, like a setting; a parallel query, which may
 *	  take no snapshot, builds with the statement's), and with search_path
 *	  pinned to pg_catalog, pg_temp, so that no function or operator of the
 *	  caller's search_path runs in the build's queries (in a parallel
 *	  query, where no setting may change, the queries qualify every
 *	  operator and function themselves);
 *	- it is built in a fresh memory context, a child of the current
 *	  (sub)transaction's, so that an error while building frees everything
 *	  built so far, also when a PL/pgSQL exception block catches it;
 *	- only once it is complete is that context attached under
 *	  CacheMemoryContext; the one it replaces is retired into the current
 *	  transaction and freed at its end, never under a caller that may still
 *	  hold a pointer into it: what ipasn_cache_get returns stays valid until
 *	  the end of the transaction;
 *	- an invalidation that arrives while a build runs (its queries and
 *	  catalog lookups process invalidations) leaves the new cache usable by
 *	  the call that built it but invalid, so the next use builds again: the
 *	  generation taken before the build tells.
 *
 * The trigger caches of isi_jp.c and ringkasan.c keep one entry per
 * trigger in a hash table (IpasnTriggerCache), each built in a context of
 * its own by the same steps (ipasn_cache_begin, then
 * ipasn_trigger_cache_attach) and marked invalid by their callbacks
 * (ipasn_trigger_cache_inval); the next lookup after an invalidation
 * (ipasn_trigger_cache_lookup) frees the entries of dropped triggers.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/pg_trigger.h"
#include "executor/spi.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

#include "ipasn.h"

/*
 * Frees a replaced or dropped cache (or entry) at the end of the
 * transaction (now, outside one): a caller may still hold a pointer into it.
 */
void
ipasn_cache_retire(MemoryContext old)
{
	if (IsTransactionState())
		MemoryContextSetParent(old, TopTransactionContext);
	else
		MemoryContextDelete(old);
}

/*
 * Builds the cache with build(cxt, arg), which allocates what it keeps in
 * cxt and returns it, and attaches it; the slow path of ipasn_cache_get.
 */
void *
ipasn_cache_build(IpasnCache *cache, IpasnCacheBuild build, void *arg)
{
	uint64		start = cache->generation;
	bool		pinned = !IsInParallelMode();
	int			nestlevel = 0;
	MemoryContext cxt;
	MemoryContext old;
	void	   *data;

	cxt = AllocSetContextCreate(CurTransactionContext, "ipasn cache",
								ALLOCSET_SMALL_SIZES);
	MemoryContextSetIdentifier(cxt, cache->name);
	if (pinned)
	{
		PushActiveSnapshot(GetLatestSnapshot());
		nestlevel = NewGUCNestLevel();
		(void) set_config_option("search_path", "pg_catalog, pg_temp",
								 PGC_USERSET, PGC_S_SESSION,
								 GUC_ACTION_SAVE, true, 0, false);
	}
	data = build(cxt, arg);
	if (pinned)
	{
		AtEOXact_GUC(true, nestlevel);
		PopActiveSnapshot();
	}

	/* complete: attach it, retire the one it replaces */
	MemoryContextSetParent(cxt, CacheMemoryContext);
	old = cache->cxt;
	cache->cxt = cxt;
	cache->data = data;
	if (old != NULL)
		ipasn_cache_retire(old);
	/* an invalidation that arrived while building: build again next time */
	cache->valid = (start == cache->generation);
	return data;
}

void
ipasn_cache_spi_read(const char *query, const char *table)
{
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute(query, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read table %s", table);
}

/* attach a complete per-trigger entry, retiring the one in *slot */
void
ipasn_cache_attach(MemoryContext *slot, MemoryContext built)
{
	MemoryContext old = *slot;

	MemoryContextSetParent(built, CacheMemoryContext);
	*slot = built;
	if (old != NULL && old != built)
		ipasn_cache_retire(old);
}

/* the trigger tgoid is in pg_trigger (under the catalog snapshot) */
static bool
cache_trigger_exists(Oid tgoid)
{
	Relation	tgrel;
	ScanKeyData key;
	SysScanDesc scan;
	bool		exists;

	tgrel = table_open(TriggerRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_trigger_oid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(tgoid));
	scan = systable_beginscan(tgrel, TriggerOidIndexId, true, NULL, 1, &key);
	exists = HeapTupleIsValid(systable_getnext(scan));
	systable_endscan(scan);
	table_close(tgrel, AccessShareLock);
	return exists;
}

/*
 * Frees the invalid entries of a per-trigger cache (entries starting with
 * IpasnTriggerEntry) whose trigger is gone (a dropped trigger or table);
 * their contexts are retired into the transaction, since a caller (an outer
 * firing) may still hold what they hold.  The keys are collected first:
 * the catalog scans process invalidations, whose callbacks walk the table.
 */
static void
cache_free_dropped(HTAB *entries)
{
	HASH_SEQ_STATUS status;
	IpasnTriggerEntry *e;
	List	   *gone = NIL;
	ListCell   *lc;

	hash_seq_init(&status, entries);
	while ((e = (IpasnTriggerEntry *) hash_seq_search(&status)) != NULL)
	{
		if (!e->valid)
			gone = lappend_oid(gone, e->tgoid);
	}
	foreach(lc, gone)
	{
		Oid			tgoid = lfirst_oid(lc);

		if (cache_trigger_exists(tgoid))
			continue;
		e = (IpasnTriggerEntry *) hash_search(entries, &tgoid, HASH_FIND, NULL);
		if (e == NULL)
			continue;
		if (e->cxt != NULL)
			ipasn_cache_retire(e->cxt);
		(void) hash_search(entries, &tgoid, HASH_REMOVE, NULL);
	}
	list_free(gone);
}

void
ipasn_trigger_cache_inval(IpasnTriggerCache *tc, Oid relid)
{
	HASH_SEQ_STATUS status;
	IpasnTriggerEntry *e;

	tc->generation++;
	if (tc->entries == NULL)
		return;
	hash_seq_init(&status, tc->entries);
	while ((e = (IpasnTriggerEntry *) hash_seq_search(&status)) != NULL)
	{
		if (!OidIsValid(relid) || tc->uses(e, relid))
		{
			e->valid = false;
			tc->sweep = true;
		}
	}
}

/* the entry of tgoid, zeroed (invalid, no context) when new */
static IpasnTriggerEntry *
trigger_cache_enter(IpasnTriggerCache *tc, Oid tgoid)
{
	IpasnTriggerEntry *e;
	bool		found;

	e = (IpasnTriggerEntry *) hash_search(tc->entries, &tgoid, HASH_ENTER, &found);
	if (!found)
		memset((char *) e + sizeof(Oid), 0, tc->entrysize - sizeof(Oid));
	return e;
}

IpasnTriggerEntry *
ipasn_trigger_cache_lookup(IpasnTriggerCache *tc, Oid tgoid)
{
	if (tc->entries == NULL)
	{
		HASHCTL		ctl;

		ctl.keysize = sizeof(Oid);
		ctl.entrysize = tc->entrysize;
		ctl.hcxt = CacheMemoryContext;
		tc->entries = hash_create(tc->name, 16, &ctl,
								  HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	if (tc->sweep)
	{
		tc->sweep = false;
		cache_free_dropped(tc->entries);
	}
	return trigger_cache_enter(tc, tgoid);
}

IpasnTriggerEntry *
ipasn_trigger_cache_attach(IpasnTriggerCache *tc, Oid tgoid,
						   MemoryContext built, uint64 start)
{
	IpasnTriggerEntry *e = trigger_cache_enter(tc, tgoid);

	ipasn_cache_attach(&e->cxt, built);
	/* an invalidation that arrived while building: build again next time */
	e->valid = (start == tc->generation);
	return e;
}
