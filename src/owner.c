/*-------------------------------------------------------------------------
 *
 * owner.c
 *		Running SQL with the rights of the owner of a table and with
 *		search_path pinned to "pg_catalog, pg_temp", for the statements of
 *		the summary trigger ipasn.ringkas_jp (ringkasan.c).
 *
 * The summary is derived data that belongs with the training table, as a
 * foreign key belongs with its tables; so, like core's RI triggers
 * (ri_triggers.c), the trigger reads the training table and writes the
 * summary as the owner of the training table:
 *	- a data-entry role needs only INSERT/UPDATE/DELETE on the training
 *	  table, not rights on the summary;
 *	- row-level security of the training table does not hide rows from the
 *	  recomputation of an employee-year (SECURITY_NOFORCE_RLS, as RI), so
 *	  the total is computed from all of that employee's rows;
 *	- the owner of the training table, not of the summary: a role's trigger
 *	  on its own table still cannot write where that role may not;
 *	- the caller's search_path does not reach the statements: they are
 *	  parsed and planned under "pg_catalog, pg_temp" (a kept plan is
 *	  re-parsed under the search_path it was prepared with).
 *
 * Who may act as the owner is decided before (ringkasan.c): a trigger
 * only if ipasn.buat_ringkasan recorded it, run by the owner, for a
 * summary of the same owner carrying no trigger of another role; the
 * repair procedure only for a caller that has the owner's rights
 * (otherwise it runs as the caller, ipasn_as_caller_begin).
 *
 * SECURITY_LOCAL_USERID_CHANGE forbids SET ROLE / SET SESSION
 * AUTHORIZATION inside.  An error aborts the (sub)transaction, which
 * restores the user, the security context and the GUC nest level; so
 * ipasn_as_owner_end is called on the normal path only.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "miscadmin.h"
#include "utils/guc.h"
#include "utils/rel.h"

#include "owner.h"

/* switch to the owner of rel and pin search_path; undo with _end */
void
ipasn_as_owner_begin(Relation rel, IpasnAsOwner *save)
{
	GetUserIdAndSecContext(&save->save_userid, &save->save_sec_context);
	SetUserIdAndSecContext(RelationGetForm(rel)->relowner,
						   save->save_sec_context | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_NOFORCE_RLS);
	ipasn_pin_search_path(save);
}

/*
 * pin search_path only, as the current user (its rights and row-level
 * security apply); undo with ipasn_as_owner_end
 */
void
ipasn_as_caller_begin(IpasnAsOwner *save)
{
	GetUserIdAndSecContext(&save->save_userid, &save->save_sec_context);
	SetUserIdAndSecContext(save->save_userid,
						   save->save_sec_context | SECURITY_LOCAL_USERID_CHANGE);
	ipasn_pin_search_path(save);
}

/* search_path "pg_catalog, pg_temp" until ipasn_as_owner_end */
void
ipasn_pin_search_path(IpasnAsOwner *save)
{
	save->save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp",
							 PGC_USERSET, PGC_S_SESSION, GUC_ACTION_SAVE,
							 true, 0, false);
}

/* back to the caller's user, security context and search_path */
void
ipasn_as_owner_end(IpasnAsOwner *save)
{
	AtEOXact_GUC(false, save->save_nestlevel);
	SetUserIdAndSecContext(save->save_userid, save->save_sec_context);
}
