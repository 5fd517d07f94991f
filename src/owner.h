/*-------------------------------------------------------------------------
 *
 * owner.h
 *		Running SQL with the rights of a table's owner and a pinned
 *		search_path (owner.c).
 *
 *-------------------------------------------------------------------------
 */
#ifndef IPASN_OWNER_H
#define IPASN_OWNER_H

#include "utils/relcache.h"

/* what ipasn_as_owner_begin changed, for ipasn_as_owner_end */
typedef struct IpasnAsOwner
{
	Oid			save_userid;
	int			save_sec_context;
	int			save_nestlevel;
} IpasnAsOwner;

extern void ipasn_as_owner_begin(Relation rel, IpasnAsOwner *save);
extern void ipasn_as_caller_begin(IpasnAsOwner *save);
extern void ipasn_pin_search_path(IpasnAsOwner *save);
extern void ipasn_as_owner_end(IpasnAsOwner *save);

#endif							/* IPASN_OWNER_H */
