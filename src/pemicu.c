/*-------------------------------------------------------------------------
 *
 * pemicu.c
 *		ipasn._periksa_pemicu: the event trigger (ddl_command_end, tag
 *		CREATE TRIGGER) that refuses an isi_jp or ringkas_jp trigger whose
 *		declaration of the amount column (jumlah_dalam) is missing or is
 *		neither 'jam' nor 'satuan', when it is created rather than at its
 *		first firing.
 *
 * The declaration has no default (a 1-day seminar of 8 hours read in days
 * is 32 JP instead of 4: Peraturan LAN 10/2018, Lampiran).  The triggers
 * themselves refuse a missing or unknown declaration at every firing
 * (isi_jp.c, ringkasan.c), which covers what this event trigger does not
 * see: triggers created while event triggers are off (single-user mode,
 * session_replication_role = replica) and those cloned onto partitions.
 * Everything else about a trigger (timing, events, argument count,
 * columns) is checked at its first firing, as before: only the
 * declaration, the one mistake that gives wrong numbers silently, is
 * checked here.  The error is the one of the firing (22023), raised by the
 * same function.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "commands/event_trigger.h"
#include "nodes/parsenodes.h"
#include "parser/parse_func.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "ipasn.h"

/* the position (1-based) of jumlah_dalam among the arguments */
#define ISI_JP_DEKLARASI 7
#define RINGKAS_JP_DEKLARASI 8

PG_FUNCTION_INFO_V1(ipasn_periksa_pemicu);
Datum
ipasn_periksa_pemicu(PG_FUNCTION_ARGS)
{
	EventTriggerData *ev;
	CreateTrigStmt *stmt;
	Oid			fn;
	const char *fname;
	int			pos;
	int			nargs;
	const char *value = NULL;
	const char *table;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_EVENT_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"_periksa_pemicu\" was not called by event trigger manager")));
	ev = (EventTriggerData *) fcinfo->context;
	if (ev->parsetree == NULL || !IsA(ev->parsetree, CreateTrigStmt))
		PG_RETURN_VOID();
	stmt = (CreateTrigStmt *) ev->parsetree;

	/* the trigger's function, as CREATE TRIGGER has just resolved it */
	fn = LookupFuncName(stmt->funcname, 0, NULL, true);
	if (!OidIsValid(fn) || get_func_namespace(fn) != ipasn_schema_oid())
		PG_RETURN_VOID();
	fname = get_func_name(fn);
	if (fname == NULL)
		PG_RETURN_VOID();
	if (strcmp(fname, "isi_jp") == 0)
		pos = ISI_JP_DEKLARASI;
	else if (strcmp(fname, "ringkas_jp") == 0)
		pos = RINGKAS_JP_DEKLARASI;
	else
		PG_RETURN_VOID();

	/*
	 * One argument short of the declaration is the form without it (ipasn
	 * 0.1.0's); other counts are the protocol error of the first firing.
	 */
	nargs = list_length(stmt->args);
	if (nargs < pos - 1)
		PG_RETURN_VOID();
	if (nargs >= pos)
		value = strVal(list_nth(stmt->args, pos - 1));
	if (ipasn_jumlah_dalam(value) >= 0)
		PG_RETURN_VOID();

	/* the table as the firing names it */
	if (pos == ISI_JP_DEKLARASI)
		table = psprintf("\"%s\"", stmt->relation->relname);
	else
	{
		Oid			relid = RangeVarGetRelid(stmt->relation, NoLock, false);

		table = quote_qualified_identifier(get_namespace_name(get_rel_namespace(relid)),
										   get_rel_name(relid));
	}
	ipasn_jumlah_dalam_error(value, psprintf("trigger \"%s\" on table %s",
											 stmt->trigname, table));
	PG_RETURN_VOID();
}
