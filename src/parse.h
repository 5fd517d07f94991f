/*-------------------------------------------------------------------------
 *
 * parse.h
 *		Text parsers of parse.c for messy HR data, for other C files (the
 *		triggers parse text jalur/lingkup columns with them).
 *
 *-------------------------------------------------------------------------
 */
#ifndef IPASN_PARSE_H
#define IPASN_PARSE_H

#include "ipasn.h"

/*
 * Parses free text (len bytes, not necessarily NUL-terminated) into the dense
 * index of an enum kind (IPASN_ENUM_JALUR, _LINGKUP, _PENDIDIKAN, _JABATAN,
 * _DIKLATPIM, _HUKUMAN or _KATEGORI).  Returns -1 for text it does not know.
 * Never raises, reads no catalog.
 */
extern int	ipasn_parse_text(IpasnEnumKind kind, const char *s, int len);

/*
 * A lookup of a normalized key in another vocabulary (ipasn.sinonim):
 * the dense index, or -1.
 */
typedef int (*IpasnKeyLookup) (IpasnEnumKind kind, const char *key);

/*
 * ipasn_parse_text with the agency's vocabulary consulted first for the
 * whole text and for each of its parts (extra may be NULL).  Sets
 * *ambiguous when a penalty text lacks the duration that decides its level.
 */
extern int	ipasn_parse_text_ext(IpasnEnumKind kind, const char *s, int len,
								 IpasnKeyLookup extra, bool *ambiguous);

/*
 * What ipasn_parse_text_ext returns, besides a dense index and -1
 * (unknown): a jalur text an agency marked in ipasn.sinonim as not
 * competency development (label 'bukan_bangkom'), and a penalty text that
 * names a measure which is no disciplinary penalty ("Pemberhentian
 * sementara": PP 94/2021 art. 8 does not list it).
 */
#define IPASN_BUKAN_BANGKOM (-2)
#define IPASN_BUKAN_HUKUMAN (-3)
#define IPASN_LABEL_BUKAN_BANGKOM "bukan_bangkom"

/*
 * The bytes of the leading words of a text that names one value of kind
 * (jalur or diklatpim) followed by a topic ("PKP" of "PKP Angkatan XII"),
 * or -1.
 */
extern int	ipasn_parse_lead_len(IpasnEnumKind kind, const char *s, int len,
								 IpasnKeyLookup extra);

/*
 * The scope a jalur text carries right after its jalur words ("Seminar
 * Nasional"), or -1; jalur: the text's jalur if already read, else -1.
 */
extern int	ipasn_lingkup_in_jalur(const char *s, int len, IpasnKeyLookup extra,
								   int jalur);

/* raises the 22P02 error of an unknown text for that kind */
extern void ipasn_parse_error(IpasnEnumKind kind, const char *s, int len) pg_attribute_noreturn();

/*
 * reader.c: a text that holds no value (blank, "-", "–", "—", "n/a",
 * "tidak ada")
 */
extern bool ipasn_text_is_none(const char *s, int len);

/* the never-raising reading of a text as an enum */
typedef enum IpasnBacaan
{
	BACAAN_KOSONG = 0,			/* no value (or no penalty) */
	BACAAN_OK,					/* *index set */
	BACAAN_TIDAK_DIKENAL,		/* unknown or ambiguous text */
	BACAAN_BUKAN_BANGKOM		/* marked not competency development */
} IpasnBacaan;
extern IpasnBacaan ipasn_read_enum_safe(IpasnEnumKind kind, const char *s, int len,
										int *index);

/* the never-raising reading of a text amount */
typedef enum IpasnJumlahBacaan
{
	JUMLAH_KOSONG = 0,			/* no value */
	JUMLAH_OK,					/* *result set */
	JUMLAH_UNIT_LAIN,			/* followed by a unit that is not JP */
	JUMLAH_RIBUAN,				/* 1.500: a thousands separator? */
	JUMLAH_TIDAK_SAH			/* not a number */
} IpasnJumlahBacaan;
extern IpasnJumlahBacaan ipasn_read_jumlah_safe(const char *s, int len, Datum *result,
												bool *in_jp);
/* hours as stored, never raising: 1 (*jumlah set), 0 (NULL), -1 (*kode) */
extern int	ipasn_jumlah_jam_safe(int jalur, Datum jam, Datum *jumlah, JpMasalahKode *kode);
/* the ipasn_jumlah_unit_check test without raising: true when it passes */
extern bool ipasn_jumlah_unit_ok(int jalur);

/*
 * The text readers of reader.c, shared by the triggers: blank text gives
 * false (NULL); unknown or ambiguous text raises 22P02.
 */
extern bool ipasn_read_enum_text(IpasnEnumKind kind, text *t, int *index);
extern bool ipasn_read_jumlah_text(text *t, Datum *result);
/* the same; *in_jp: the number was followed by a JP unit word */
extern bool ipasn_read_jumlah_text_unit(text *t, Datum *result, bool *in_jp);
/* 22P02 unless jalur (dense index) is counted in JP: for 'satuan' columns */
extern void ipasn_jumlah_unit_check(int jalur, text *t);

/*
 * Hours as stored (JP are lesson hours, Peraturan LAN 10/2018): the jumlah of ipasn.jp for an hours value jam
 * (numeric Datum) of a record of jalur (dense index).  False = NULL (jam 0,
 * or a jalur whose unit is not JP); raises 22023 for a negative jam or one
 * with more than two decimals.  *jumlah is jam itself.
 */
extern bool ipasn_jumlah_jam(int jalur, Datum jam, Datum *jumlah);

/* the normalized key of a text (palloc'd, no length limit) */
extern char *ipasn_normalize_text(const char *s, int len);

/* longest normalized key the parsers and ipasn.sinonim look up */
#define IPASN_KEY_MAX 128

/* sinonim.c: the agency's vocabulary */
extern int	ipasn_sinonim_lookup(IpasnEnumKind kind, const char *key);
extern int	ipasn_sinonim_kind(Oid typid);
/* the SKP predicate an agency gave a normalized key (tipe ipasn.predikat), or NULL */
extern const char *ipasn_sinonim_predikat(const char *key);

/* raises the 22P02 error of an unknown text; sinonim: name ipasn.sinonim in the hint */
extern void ipasn_parse_error_ext(IpasnEnumKind kind, const char *s, int len,
								  bool sinonim) pg_attribute_noreturn();

#endif							/* IPASN_PARSE_H */
