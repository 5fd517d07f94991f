/*-------------------------------------------------------------------------
 *
 * catatan.h
 *		The record reader of catatan.c: one training record of an agency's
 *		table read as the triggers read it, never raising on its values
 *		(ipasn.baca_catatan and the triggers' problem column).
 *
 *-------------------------------------------------------------------------
 */
#ifndef IPASN_CATATAN_H
#define IPASN_CATATAN_H

#include "ipasn.h"

/*
 * A record as read.  kode NULL: the record counts (jalur, lingkup, jumlah
 * are what ipasn.jp takes, with the dates).  kode "tidak_lengkap": it
 * counts for attendance only (jalur and lingkup kept, jumlah NULL).  Any
 * other kode (doc/readers.md lists them): invalid, and jalur, lingkup and
 * jumlah are NULL (-1, -1, jumlah_null), so that an aggregate fed with them
 * leaves the record out instead of raising.  masalah is the plain-Indonesian
 * reason beside kode; janggal (counted records only) what does not fit
 * (ipasn_jp_janggal_text).  The dates are copied from the arguments.
 */
typedef struct IpasnCatatan
{
	int			jalur;			/* dense index of ipasn.jalur, -1 = NULL */
	int			lingkup;		/* dense index of ipasn.lingkup, -1 = NULL */
	bool		jumlah_null;
	Datum		jumlah;			/* numeric, palloc'd in the caller's context */
	DateADT		mulai,
				selesai;
	bool		mulai_null,
				selesai_null;
	const char *kode;			/* a static string, or NULL */
	char	   *masalah;		/* palloc'd, or NULL */
	char	   *janggal;		/* palloc'd, or NULL */
} IpasnCatatan;

/*
 * Reads one record.  jalur, lingkup and jumlah are the texts of the
 * record's columns, NULL for SQL NULL (a typed column is passed as its
 * output text: enum_out of an enum, numeric_out of a number).  jam: the
 * amount column holds hours (jumlah_dalam 'jam', read through
 * ipasn.jumlah_jam), else each jalur's own unit ('satuan').
 *
 *	- jalur: no value ("", "-", "n/a", ...) is jalur_kosong; ipasn.sinonim
 *	  first, then the built-in forms; a text the agency marked as not
 *	  competency development is bukan_bangkom; unknown or ambiguous text is
 *	  teks_tidak_dikenal.
 *	- lingkup: no value reads as nasional, or as the scope word of the jalur
 *	  text ("Webinar Internasional"); unknown text is teks_tidak_dikenal.
 *	- jumlah: no value is NULL; text that is not a number (or a number in
 *	  another unit, "2 hari") is jumlah_tidak_terbaca; no amount is the
 *	  programme's JP where ipasn.aturan_program fixes it (program.h: by the
 *	  whole jalur text or its leading words, "PKP Angkatan XII"); then the checks of ipasn.jp (jumlah_negatif,
 *	  desimal_lebih_dari_dua, ...; kode of ipasn_jp_masalah_kode).
 *
 * Never raises on the record's values.  Allocates in the current context.
 */
extern void ipasn_baca_catatan(text *jalur, text *lingkup, text *jumlah,
							   bool mulai_null, DateADT mulai,
							   bool selesai_null, DateADT selesai,
							   bool jam, IpasnCatatan *out);

/* the JpRecord of a record that counts or is incomplete (kode NULL or tidak_lengkap); false otherwise */
extern bool ipasn_catatan_record(const IpasnCatatan *c, JpRecord *rec);

#endif							/* IPASN_CATATAN_H */
