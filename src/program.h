/*-------------------------------------------------------------------------
 *
 * program.h
 *		Programmes whose JP a LAN regulation fixes (ipasn.aturan_program):
 *		the JP of a record that carries no amount, found from its jalur
 *		text.  Used by the record reader (catatan.c) and ipasn.jp_program.
 *
 *-------------------------------------------------------------------------
 */
#ifndef IPASN_PROGRAM_H
#define IPASN_PROGRAM_H

#include "ipasn.h"

/*
 * The JP of the programme named by the jalur text teks[0..len) (matched
 * as ipasn.kunci_teks matches: case, spaces and punctuation ignored) for a
 * record of jalur (dense index of ipasn.jalur): true with *jp_numeric (a
 * numeric, palloc'd in the current context) when ipasn.aturan_program has
 * that programme for that jalur, false otherwise.  Without a date: the
 * row with the latest start (an agency's row before a built-in one).
 * Never raises on its arguments.
 */
extern bool ipasn_program_jp(const char *teks, int len, int jalur, Datum *jp_numeric);

/* the same, with the row in force on tanggal (has_date false: as above) */
extern bool ipasn_program_jp_tanggal(const char *teks, int len, int jalur,
									 bool has_date, DateADT tanggal, Datum *jp_numeric);

/* relcache callback: ipasn.aturan_program changed */
extern void ipasn_program_inval(Datum arg, Oid relid);

#endif							/* IPASN_PROGRAM_H */
