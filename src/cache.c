/*-------------------------------------------------------------------------
 *
 * cache.c
 *		The life cycle shared by ipasn's per-backend caches (the enum cache
 *		of enum.c, the rule cache of rules.c, the trigger caches of isi_jp.c
 *		and ringkasan.c), after pgfdw_inval_callback in
 *		contrib/postgres_fdw/connection.c:
 *
 *	- an invalidation callback only marks a cache invalid (and counts the
 *	  invalidation); it never frees memory a caller may still hold;
 *	- a cache is rebuilt at its next use, in a fresh memory context that is
 *	  a child of the caller's context (ipasn_cache_begin), so that an error
 *	  while loading frees everything loaded so far;
 *	- only once it is complete is the new context attached under
 *	  CacheMemoryContext (ipasn_cache_attach); the context it replaces is
 *	  retired into the current transaction, not freed: a caller up the stack
 *	  may still hold a pointer into it, and no pointer outlives the
 *	  transaction.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/xact.h"
#include "utils/memutils.h"

#include "ipasn.h"

/* free a replaced cache at the end of the transaction (now outside one) */
static void
cache_retire(MemoryContext old)
{
	if (IsTransactionState())
		MemoryContextSetParent(old, TopTransactionContext);
	else
		MemoryContextDelete(old);
}

void
ipasn_cache_attach(MemoryContext *slot, MemoryContext built)
{
	MemoryContext old = *slot;

	MemoryContextSetParent(built, CacheMemoryContext);
	*slot = built;
	if (old != NULL && old != built)
		cache_retire(old);
}
