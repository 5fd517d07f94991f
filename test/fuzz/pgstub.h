/* pgstub.h: the fake backend of test/fuzz/pgstub.c, for the harness */
#ifndef IPASN_PGSTUB_H
#define IPASN_PGSTUB_H

#include <setjmp.h>

extern sigjmp_buf *pgstub_jmp;	/* where ereport(ERROR) longjmps to */
extern int	pgstub_sqlerrcode;	/* SQLSTATE of the last error (MAKE_SQLSTATE) */
extern char pgstub_message[1024];	/* its message */
extern size_t pgstub_live_chunks;	/* palloc'd chunks not yet freed */
extern char pgstub_numeric_in_last[256];	/* the text numeric_in was last given */

extern void pgstub_reset(void);
extern void pgstub_error_raw(int sqlerrcode, const char *fmt,...) pg_attribute_noreturn();
extern void pgstub_unexpected(const char *name) pg_attribute_noreturn();

#endif
