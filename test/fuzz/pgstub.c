/*-------------------------------------------------------------------------
 *
 * pgstub.c
 *		A minimal fake of the PostgreSQL backend for the libFuzzer harness
 *		(test/fuzz/fuzz_ipasn.c): enough of palloc, ereport, varlena,
 *		StringInfo and pqformat for ipasn's text parsers (src/parse.c), text
 *		readers (src/reader.c) and jp_state I/O (src/jp_agg.c), compiled
 *		against the real server headers.
 *
 *		Memory: palloc is malloc with a header; every chunk not allocated in
 *		TopMemoryContext is on a list that pgstub_reset() frees after each
 *		input (as a per-query context would be reset), so an ereport that
 *		longjmps out of the code leaks nothing and ASan sees every overrun.
 *
 *		Errors: ereport(ERROR) records the SQLSTATE and message and
 *		longjmps to pgstub_jmp (set by the harness).  An elog() (XX000) or a
 *		call of a backend function this fake does not provide aborts: both
 *		are findings.
 *
 *		Any other backend symbol the objects reference is given an aborting
 *		definition by test/fuzz/build.sh (pgstub_missing.c).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "access/xact.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"
#include "utils/memutils.h"

#include "pgstub.h"

/* port.h maps these to PostgreSQL's own implementations: use libc's */
#undef vsnprintf
#undef snprintf
#undef fprintf
#undef vfprintf
#undef qsort

/* ---------------------------------------------------------------- memory */

typedef struct Chunk
{
	struct Chunk *next;
	struct Chunk *prev;
	Size		size;
	bool		tracked;
	/* keep the payload MAXALIGNed */
	double		align[0];
} Chunk;

static MemoryContextData top_cxt;
static MemoryContextData scratch_cxt;
MemoryContext TopMemoryContext = &top_cxt;
MemoryContext CurrentMemoryContext = &scratch_cxt;
MemoryContext ErrorContext = &scratch_cxt;

static Chunk tracked_head = {&tracked_head, &tracked_head, 0, false};
size_t		pgstub_live_chunks = 0;

static void *
chunk_alloc(MemoryContext cxt, Size size, bool zero)
{
	Chunk	   *c;

	if (!AllocSizeIsValid(size) && cxt != NULL)
		pgstub_error_raw(ERRCODE_PROGRAM_LIMIT_EXCEEDED, "invalid memory alloc request size %zu", (size_t) size);
	c = malloc(sizeof(Chunk) + size);
	if (c == NULL)
		pgstub_error_raw(ERRCODE_OUT_OF_MEMORY, "out of memory");
	c->size = size;
	c->tracked = (cxt != TopMemoryContext);
	if (c->tracked)
	{
		c->next = tracked_head.next;
		c->prev = &tracked_head;
		tracked_head.next->prev = c;
		tracked_head.next = c;
		pgstub_live_chunks++;
	}
	else
		c->next = c->prev = NULL;
	if (zero)
		memset(c + 1, 0, size);
	return c + 1;
}

void
pgstub_reset(void)
{
	Chunk	   *c = tracked_head.next;

	while (c != &tracked_head)
	{
		Chunk	   *n = c->next;

		free(c);
		c = n;
	}
	tracked_head.next = tracked_head.prev = &tracked_head;
	pgstub_live_chunks = 0;
	CurrentMemoryContext = &scratch_cxt;
}

void *
palloc(Size size)
{
	return chunk_alloc(CurrentMemoryContext, size, false);
}

void *
palloc0(Size size)
{
	return chunk_alloc(CurrentMemoryContext, size, true);
}

void *
palloc_extended(Size size, int flags)
{
	return chunk_alloc(CurrentMemoryContext, size, (flags & MCXT_ALLOC_ZERO) != 0);
}

void *
MemoryContextAlloc(MemoryContext context, Size size)
{
	return chunk_alloc(context, size, false);
}

void *
MemoryContextAllocZero(MemoryContext context, Size size)
{
	return chunk_alloc(context, size, true);
}

void *
MemoryContextAllocHuge(MemoryContext context, Size size)
{
	return chunk_alloc(context, size, false);
}

char *
MemoryContextStrdup(MemoryContext context, const char *string)
{
	Size		len = strlen(string) + 1;
	char	   *p = chunk_alloc(context, len, false);

	memcpy(p, string, len);
	return p;
}

char *
pstrdup(const char *in)
{
	return MemoryContextStrdup(CurrentMemoryContext, in);
}

void
pfree(void *pointer)
{
	Chunk	   *c = ((Chunk *) pointer) - 1;

	if (c->tracked)
	{
		c->prev->next = c->next;
		c->next->prev = c->prev;
		pgstub_live_chunks--;
	}
	free(c);
}

void *
repalloc(void *pointer, Size size)
{
	Chunk	   *c = ((Chunk *) pointer) - 1;
	void	   *n = chunk_alloc(c->tracked ? CurrentMemoryContext : TopMemoryContext, size, false);

	memcpy(n, pointer, Min(size, c->size));
	pfree(pointer);
	return n;
}

void *
repalloc_huge(void *pointer, Size size)
{
	return repalloc(pointer, size);
}

char *
psprintf(const char *fmt,...)
{
	va_list		ap;
	int			n;
	char	   *buf;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	buf = palloc(n + 1);
	va_start(ap, fmt);
	vsnprintf(buf, n + 1, fmt, ap);
	va_end(ap);
	return buf;
}

/* ---------------------------------------------------------------- errors */

sigjmp_buf *pgstub_jmp = NULL;
int			pgstub_sqlerrcode = 0;
char		pgstub_message[1024];
static int	cur_elevel;
static bool cur_has_code;

bool
errstart(int elevel, const char *domain)
{
	if (elevel < ERROR)
		return false;
	cur_elevel = elevel;
	cur_has_code = false;
	pgstub_sqlerrcode = ERRCODE_INTERNAL_ERROR;
	pgstub_message[0] = '\0';
	return true;
}

bool
errstart_cold(int elevel, const char *domain)
{
	return errstart(elevel, domain);
}

void
errfinish(const char *filename, int lineno, const char *funcname)
{
	if (cur_elevel > ERROR)
	{
		fprintf(stderr, "pgstub: FATAL/PANIC at %s:%d (%s): %s\n", filename, lineno, funcname, pgstub_message);
		abort();
	}
	if (!cur_has_code)
	{
		/* elog(ERROR) or ereport without errcode: an internal error */
		fprintf(stderr, "pgstub: internal error (XX000) at %s:%d (%s): %s\n", filename, lineno, funcname, pgstub_message);
		abort();
	}
	if (pgstub_jmp == NULL)
	{
		fprintf(stderr, "pgstub: ereport outside a harness call: %s\n", pgstub_message);
		abort();
	}
	siglongjmp(*pgstub_jmp, 1);
}

int
errcode(int sqlerrcode)
{
	pgstub_sqlerrcode = sqlerrcode;
	cur_has_code = true;
	return 0;
}

static void
format_into(char *buf, size_t size, const char *fmt, va_list ap)
{
	vsnprintf(buf, size, fmt, ap);
}

int
errmsg(const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	format_into(pgstub_message, sizeof(pgstub_message), fmt, ap);
	va_end(ap);
	return 0;
}

int
errmsg_internal(const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	format_into(pgstub_message, sizeof(pgstub_message), fmt, ap);
	va_end(ap);
	return 0;
}

/* detail and hint are formatted too (a bad format or argument is a finding) */
int
errdetail(const char *fmt,...)
{
	char		buf[1024];
	va_list		ap;

	va_start(ap, fmt);
	format_into(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	return 0;
}

int
errhint(const char *fmt,...)
{
	char		buf[1024];
	va_list		ap;

	va_start(ap, fmt);
	format_into(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	return 0;
}

void
pgstub_error_raw(int sqlerrcode, const char *fmt,...)
{
	va_list		ap;

	errstart(ERROR, NULL);
	errcode(sqlerrcode);
	va_start(ap, fmt);
	format_into(pgstub_message, sizeof(pgstub_message), fmt, ap);
	va_end(ap);
	errfinish(__FILE__, __LINE__, __func__);
	abort();
}

void
pgstub_unexpected(const char *name)
{
	fprintf(stderr, "pgstub: unexpected call of backend function %s\n", name);
	abort();
}

/* ---------------------------------------------------------------- varlena */

struct varlena *
pg_detoast_datum(struct varlena *datum)
{
	if (VARATT_IS_EXTENDED(datum))
		pgstub_unexpected("pg_detoast_datum (toasted or short datum)");
	return datum;
}

struct varlena *
pg_detoast_datum_packed(struct varlena *datum)
{
	if (VARATT_IS_COMPRESSED(datum) || VARATT_IS_EXTERNAL(datum))
		pgstub_unexpected("pg_detoast_datum_packed (toasted datum)");
	return datum;
}

text *
cstring_to_text_with_len(const char *s, int len)
{
	text	   *t = palloc(len + VARHDRSZ);

	SET_VARSIZE(t, len + VARHDRSZ);
	memcpy(VARDATA(t), s, len);
	return t;
}

text *
cstring_to_text(const char *s)
{
	return cstring_to_text_with_len(s, strlen(s));
}

char *
text_to_cstring(const text *t)
{
	text	   *tunpacked = (text *) pg_detoast_datum_packed((struct varlena *) t);
	int			len = VARSIZE_ANY_EXHDR(tunpacked);
	char	   *result = palloc(len + 1);

	memcpy(result, VARDATA_ANY(tunpacked), len);
	result[len] = '\0';
	return result;
}

/* UTF-8 only (the test databases are UTF8) */
int
pg_mbcliplen(const char *mbstr, int len, int limit)
{
	int			clen = 0;

	while (clen < len && *mbstr)
	{
		unsigned char c = (unsigned char) *mbstr;
		int			l = (c < 0x80) ? 1 : ((c & 0xe0) == 0xc0) ? 2 : ((c & 0xf0) == 0xe0) ? 3 : ((c & 0xf8) == 0xf0) ? 4 : 1;

		if (clen + l > limit)
			break;
		clen += l;
		if (clen == limit)
			break;
		mbstr += l;
	}
	return clen;
}

/* ---------------------------------------------------------------- stringinfo */

void
initStringInfo(StringInfo str)
{
	str->maxlen = 1024;
	str->data = palloc(str->maxlen);
	str->len = 0;
	str->data[0] = '\0';
	str->cursor = 0;
}

void
resetStringInfo(StringInfo str)
{
	str->data[0] = '\0';
	str->len = 0;
	str->cursor = 0;
}

void
enlargeStringInfo(StringInfo str, int needed)
{
	int			newlen;

	if (needed < 0 || ((Size) needed) >= (MaxAllocSize - (Size) str->len))
		pgstub_error_raw(ERRCODE_PROGRAM_LIMIT_EXCEEDED, "out of memory (string buffer)");
	needed += str->len + 1;
	if (needed <= str->maxlen)
		return;
	newlen = 2 * str->maxlen;
	while (needed > newlen)
		newlen = 2 * newlen;
	if (newlen > (int) MaxAllocSize)
		newlen = (int) MaxAllocSize;
	str->data = repalloc(str->data, newlen);
	str->maxlen = newlen;
}

int
appendStringInfoVA(StringInfo str, const char *fmt, va_list args)
{
	int			avail = str->maxlen - str->len;
	int			n = vsnprintf(str->data + str->len, avail, fmt, args);

	if (n >= avail)
	{
		str->data[str->len] = '\0';
		return n + 1;
	}
	str->len += n;
	return 0;
}

void
appendStringInfo(StringInfo str, const char *fmt,...)
{
	for (;;)
	{
		va_list		args;
		int			needed;

		va_start(args, fmt);
		needed = appendStringInfoVA(str, fmt, args);
		va_end(args);
		if (needed == 0)
			break;
		enlargeStringInfo(str, needed);
	}
}

void
appendBinaryStringInfo(StringInfo str, const char *data, int datalen)
{
	enlargeStringInfo(str, datalen);
	memcpy(str->data + str->len, data, datalen);
	str->len += datalen;
	str->data[str->len] = '\0';
}

void
appendBinaryStringInfoNT(StringInfo str, const char *data, int datalen)
{
	enlargeStringInfo(str, datalen);
	memcpy(str->data + str->len, data, datalen);
	str->len += datalen;
}

void
appendStringInfoString(StringInfo str, const char *s)
{
	appendBinaryStringInfo(str, s, strlen(s));
}

void
appendStringInfoChar(StringInfo str, char ch)
{
	if (str->len + 1 >= str->maxlen)
		enlargeStringInfo(str, 1);
	str->data[str->len] = ch;
	str->len++;
	str->data[str->len] = '\0';
}

/* ---------------------------------------------------------------- pqformat */

void
pq_begintypsend(StringInfo buf)
{
	initStringInfo(buf);
	appendStringInfoCharMacro(buf, '\0');
	appendStringInfoCharMacro(buf, '\0');
	appendStringInfoCharMacro(buf, '\0');
	appendStringInfoCharMacro(buf, '\0');
}

bytea *
pq_endtypsend(StringInfo buf)
{
	bytea	   *result = (bytea *) buf->data;

	SET_VARSIZE(result, buf->len);
	return result;
}

int
pq_getmsgbyte(StringInfo msg)
{
	if (msg->cursor >= msg->len)
		pgstub_error_raw(ERRCODE_PROTOCOL_VIOLATION, "no data left in message");
	return (unsigned char) msg->data[msg->cursor++];
}

void
pq_copymsgbytes(StringInfo msg, char *buf, int datalen)
{
	if (datalen < 0 || datalen > (msg->len - msg->cursor))
		pgstub_error_raw(ERRCODE_PROTOCOL_VIOLATION, "insufficient data left in message");
	memcpy(buf, &msg->data[msg->cursor], datalen);
	msg->cursor += datalen;
}

unsigned int
pq_getmsgint(StringInfo msg, int b)
{
	unsigned int result;
	unsigned char n8;
	uint16		n16;
	uint32		n32;

	switch (b)
	{
		case 1:
			pq_copymsgbytes(msg, (char *) &n8, 1);
			result = n8;
			break;
		case 2:
			pq_copymsgbytes(msg, (char *) &n16, 2);
			result = pg_ntoh16(n16);
			break;
		case 4:
			pq_copymsgbytes(msg, (char *) &n32, 4);
			result = pg_ntoh32(n32);
			break;
		default:
			pgstub_unexpected("pq_getmsgint with an unsupported size");
			result = 0;
	}
	return result;
}

int64
pq_getmsgint64(StringInfo msg)
{
	uint64		n64;

	pq_copymsgbytes(msg, (char *) &n64, sizeof(n64));
	return pg_ntoh64(n64);
}

void
pq_getmsgend(StringInfo msg)
{
	if (msg->cursor != msg->len)
		pgstub_error_raw(ERRCODE_PROTOCOL_VIOLATION, "invalid message format");
}

/* ---------------------------------------------------------------- fmgr */

Datum
DirectFunctionCall1Coll(PGFunction func, Oid collation, Datum arg1)
{
	LOCAL_FCINFO(fcinfo, 1);
	Datum		result;

	InitFunctionCallInfoData(*fcinfo, NULL, 1, collation, NULL, NULL);
	fcinfo->args[0].value = arg1;
	fcinfo->args[0].isnull = false;
	result = (*func) (fcinfo);
	if (fcinfo->isnull)
		pgstub_unexpected("DirectFunctionCall1Coll: function returned NULL");
	return result;
}

Datum
DirectFunctionCall3Coll(PGFunction func, Oid collation, Datum arg1, Datum arg2, Datum arg3)
{
	LOCAL_FCINFO(fcinfo, 3);
	Datum		result;

	InitFunctionCallInfoData(*fcinfo, NULL, 3, collation, NULL, NULL);
	fcinfo->args[0].value = arg1;
	fcinfo->args[0].isnull = false;
	fcinfo->args[1].value = arg2;
	fcinfo->args[1].isnull = false;
	fcinfo->args[2].value = arg3;
	fcinfo->args[2].isnull = false;
	result = (*func) (fcinfo);
	if (fcinfo->isnull)
		pgstub_unexpected("DirectFunctionCall3Coll: function returned NULL");
	return result;
}

/*
 * numeric_in: checks the syntax PostgreSQL's numeric_in accepts (sign,
 * digits, one point, exponent, NaN, Infinity, surrounding blanks) and
 * builds the value in numeric's on-disk format (the long header, base-10000
 * digits without leading or trailing zero digits, the display scale of the
 * text), which fixed.c decodes and numeric_out below prints.  The text it
 * was given is kept in pgstub_numeric_in_last (the harness checks what a
 * reader hands it).
 */
char		pgstub_numeric_in_last[256];

#define STUB_NUMERIC_NEG 0x4000
#define STUB_NUMERIC_NAN 0xC000
#define STUB_NUMERIC_PINF 0xD000
#define STUB_NUMERIC_NINF 0xF000
#define STUB_NUMERIC_DSCALE_MASK 0x3FFF
#define STUB_NUMERIC_MAX_WEIGHT 32767	/* int16 weight */

static Datum
stub_numeric_special(uint16 header)
{
	char	   *res = palloc(VARHDRSZ + sizeof(uint16));

	SET_VARSIZE(res, VARHDRSZ + sizeof(uint16));
	memcpy(res + VARHDRSZ, &header, sizeof(uint16));
	return PointerGetDatum(res);
}

/* digits (decimal, no point) with the point after dpoint of them */
static Datum
stub_numeric_make(bool neg, const char *dig, int ndig, long dpoint, int dscale)
{
	int			first = 0,
				last = ndig;
	long		weight;
	int			pad,
				n,
				ngroups = 0,
				i;
	int16	   *groups;
	char	   *res;
	Size		len;
	uint16		header;
	int16		w;

	while (first < last && dig[first] == '0')
		first++, dpoint--;
	while (last > first && dig[last - 1] == '0')
		last--;
	n = last - first;
	if (n == 0)
	{
		neg = false;
		weight = 0;
		pad = 0;
	}
	else
	{
		/* floor((dpoint - 1) / 4): the point falls on a group boundary */
		weight = dpoint - 1 >= 0 ? (dpoint - 1) / 4 : -((4 - dpoint) / 4);
		pad = (int) ((weight + 1) * 4 - dpoint);	/* zeros before the first digit */
	}
	if (weight > STUB_NUMERIC_MAX_WEIGHT || weight < -STUB_NUMERIC_MAX_WEIGHT)
		pgstub_error_raw(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
	groups = palloc(sizeof(int16) * ((pad + n) / 4 + 1));
	for (i = 0; i < pad + n; i += 4)
	{
		int			g = 0,
					k;

		for (k = i; k < i + 4; k++)
			g = g * 10 + (k >= pad && k < pad + n ? dig[first + k - pad] - '0' : 0);
		groups[ngroups++] = (int16) g;
	}
	header = (neg ? STUB_NUMERIC_NEG : 0) | (dscale & STUB_NUMERIC_DSCALE_MASK);
	w = (int16) weight;
	len = VARHDRSZ + 2 * sizeof(uint16) + ngroups * sizeof(int16);
	res = palloc(len);
	SET_VARSIZE(res, len);
	memcpy(res + VARHDRSZ, &header, sizeof(uint16));
	memcpy(res + VARHDRSZ + sizeof(uint16), &w, sizeof(int16));
	if (ngroups > 0)
		memcpy(res + VARHDRSZ + 2 * sizeof(uint16), groups, ngroups * sizeof(int16));
	pfree(groups);
	return PointerGetDatum(res);
}

Datum
numeric_in(PG_FUNCTION_ARGS)
{
	const char *s = PG_GETARG_CSTRING(0);
	const char *p = s;
	bool		neg = false;
	char	   *dig;
	int			ndig = 0,
				dscale = 0;
	long		dpoint = 0;
	long		exp10 = 0;

	snprintf(pgstub_numeric_in_last, sizeof(pgstub_numeric_in_last), "%s", s);
	dig = palloc(strlen(s) + 1);
	while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
		p++;
	if (*p == '+' || *p == '-')
		neg = (*p++ == '-');
	if (pg_strncasecmp(p, "nan", 3) == 0)
	{
		pfree(dig);
		PG_RETURN_DATUM(stub_numeric_special(STUB_NUMERIC_NAN));
	}
	if (pg_strncasecmp(p, "infinity", 8) == 0 || pg_strncasecmp(p, "inf", 3) == 0)
	{
		pfree(dig);
		PG_RETURN_DATUM(stub_numeric_special(neg ? STUB_NUMERIC_NINF : STUB_NUMERIC_PINF));
	}
	while (isdigit((unsigned char) *p))
		dig[ndig++] = *p++;
	dpoint = ndig;
	if (*p == '.')
	{
		p++;
		while (isdigit((unsigned char) *p))
			dig[ndig++] = *p++, dscale++;
	}
	if (ndig == 0)
		pgstub_error_raw(ERRCODE_INVALID_TEXT_REPRESENTATION, "invalid input syntax for type numeric: \"%s\"", s);
	if (*p == 'e' || *p == 'E')
	{
		bool		eneg = false;

		p++;
		if (*p == '+' || *p == '-')
			eneg = (*p++ == '-');
		if (!isdigit((unsigned char) *p))
			pgstub_error_raw(ERRCODE_INVALID_TEXT_REPRESENTATION, "invalid input syntax for type numeric: \"%s\"", s);
		while (isdigit((unsigned char) *p))
		{
			exp10 = exp10 * 10 + (*p++ - '0');
			if (exp10 > 1000000)
				pgstub_error_raw(ERRCODE_INVALID_TEXT_REPRESENTATION, "invalid input syntax for type numeric: \"%s\"", s);
		}
		if (eneg)
			exp10 = -exp10;
		dpoint += exp10;
		dscale = dscale - exp10 < 0 ? 0 : dscale - exp10;
	}
	while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
		p++;
	if (*p != '\0')
		pgstub_error_raw(ERRCODE_INVALID_TEXT_REPRESENTATION, "invalid input syntax for type numeric: \"%s\"", s);
	{
		Datum		d = stub_numeric_make(neg, dig, ndig, dpoint, dscale);

		pfree(dig);
		PG_RETURN_DATUM(d);
	}
}

/*
 * int64_div_fast_to_numeric and int64_to_numeric (utils/numeric.h): the
 * value val1 / 10^log10val2 with that display scale, in the format of
 * numeric_in above, which the readers use for an amount of up to 18 digits
 */
Numeric
int64_div_fast_to_numeric(int64 val1, int log10val2)
{
	char		buf[32];
	bool		neg = val1 < 0;
	uint64		u = neg ? -(uint64) val1 : (uint64) val1;
	int			n = snprintf(buf, sizeof(buf), UINT64_FORMAT, u);

	return (Numeric) DatumGetPointer(stub_numeric_make(neg, buf, n, (long) n - log10val2,
													   log10val2));
}

Numeric
int64_to_numeric(int64 val)
{
	return int64_div_fast_to_numeric(val, 0);
}

/* numeric_out of the formats above and fixed.c's short format */
Datum
numeric_out(PG_FUNCTION_ARGS)
{
	struct varlena *v = (struct varlena *) PG_GETARG_POINTER(0);
	const char *p = VARDATA_ANY(v);
	int			len = VARSIZE_ANY_EXHDR(v);
	uint16		header;
	int			weight,
				dscale,
				ndigits,
				i,
				w;
	bool		neg;
	const char *digits;
	StringInfoData s;

	if (len < (int) sizeof(uint16))
		pgstub_unexpected("numeric_out (truncated numeric)");
	memcpy(&header, p, sizeof(uint16));
	if ((header & 0xC000) == 0xC000)
		PG_RETURN_CSTRING(pstrdup(header == STUB_NUMERIC_NAN ? "NaN" :
								  header == STUB_NUMERIC_PINF ? "Infinity" : "-Infinity"));
	if ((header & 0xC000) == 0x8000)
	{
		neg = (header & 0x2000) != 0;
		dscale = (header & 0x1F80) >> 7;
		weight = (header & 0x0040) ? (int) (~0x003F | (header & 0x003F)) : (int) (header & 0x003F);
		digits = p + sizeof(uint16);
		ndigits = (len - sizeof(uint16)) / sizeof(int16);
	}
	else
	{
		int16		ww;

		neg = (header & 0xC000) == STUB_NUMERIC_NEG;
		dscale = header & STUB_NUMERIC_DSCALE_MASK;
		memcpy(&ww, p + sizeof(uint16), sizeof(int16));
		weight = ww;
		digits = p + 2 * sizeof(uint16);
		ndigits = (len - 2 * sizeof(uint16)) / sizeof(int16);
	}
	initStringInfo(&s);
	if (neg)
		appendStringInfoChar(&s, '-');
	if (weight < 0)
		appendStringInfoChar(&s, '0');
	for (w = 0; w <= weight; w++)
	{
		int16		d = 0;

		if (w < ndigits)
			memcpy(&d, digits + w * sizeof(int16), sizeof(int16));
		appendStringInfo(&s, w == 0 ? "%d" : "%04d", d);
	}
	if (dscale > 0)
	{
		appendStringInfoChar(&s, '.');
		for (i = 0; i < dscale; i++)
		{
			int			g = weight + 1 + i / 4;	/* index of the group */
			int16		d = 0;
			static const int pow10[4] = {1000, 100, 10, 1};

			if (g >= 0 && g < ndigits)
				memcpy(&d, digits + g * sizeof(int16), sizeof(int16));
			appendStringInfoChar(&s, '0' + (d / pow10[i % 4]) % 10);
		}
	}
	PG_RETURN_CSTRING(s.data);
}

char *
pnstrdup(const char *in, Size size)
{
	Size		len = strnlen(in, size);
	char	   *out = palloc(len + 1);

	memcpy(out, in, len);
	out[len] = '\0';
	return out;
}

/* ---------------------------------------------------------------- misc */

/* PostgreSQL's day_tab (src/backend/utils/adt/datetime.c) */
const int	day_tab[2][13] =
{
	{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 0},
	{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 0}
};

/* the clock: a fixed transaction start, CURRENT_DATE 2025-06-15 */
pg_tz	   *session_timezone = NULL;

TimestampTz
GetCurrentTransactionStartTimestamp(void)
{
	return 0;
}

DateADT
GetSQLCurrentDate(void)
{
	return 9297;				/* 2025-06-15 */
}

/* PostgreSQL's j2date (src/backend/utils/adt/datetime.c) */
void
j2date(int jd, int *year, int *month, int *day)
{
	unsigned int julian;
	unsigned int quad;
	unsigned int extra;
	int			y;

	julian = jd;
	julian += 32044;
	quad = julian / 146097;
	extra = (julian - quad * 146097) * 4 + 3;
	julian += 60 + quad * 3 + extra / 146097;
	quad = julian / 1461;
	julian -= quad * 1461;
	y = julian * 4 / 1461;
	julian = ((y != 0) ? ((julian + 305) % 365) : ((julian + 306) % 366)) + 123;
	y += quad * 4;
	*year = y - 4800;
	quad = julian * 2141 / 65536;
	*day = julian - 7834 * quad / 256;
	*month = (quad + 10) % MONTHS_PER_YEAR + 1;
}

int
date2j(int y, int m, int d)
{
	int			julian;
	int			century;

	if (m > 2)
	{
		m += 1;
		y += 4800;
	}
	else
	{
		m += 13;
		y += 4799;
	}
	century = y / 100;
	julian = y * 365 - 32167;
	julian += y / 4 - century + century / 4;
	julian += 7834 * m / 256 + d;
	return julian;
}

void
pg_qsort(void *base, size_t nel, size_t elsize, int (*cmp) (const void *, const void *))
{
	qsort(base, nel, elsize, cmp);
}

int
pg_vsnprintf(char *str, size_t count, const char *fmt, va_list args)
{
	return vsnprintf(str, count, fmt, args);
}

int
pg_snprintf(char *str, size_t count, const char *fmt,...)
{
	va_list		ap;
	int			n;

	va_start(ap, fmt);
	n = vsnprintf(str, count, fmt, ap);
	va_end(ap);
	return n;
}

int
pg_fprintf(FILE *stream, const char *fmt,...)
{
	va_list		ap;
	int			n;

	va_start(ap, fmt);
	n = vfprintf(stream, fmt, ap);
	va_end(ap);
	return n;
}

char *
unpack_sql_state(int sql_state)
{
	static char buf[12];
	int			i;

	for (i = 0; i < 5; i++)
	{
		buf[i] = PGUNSIXBIT(sql_state);
		sql_state >>= 6;
	}
	buf[i] = '\0';
	return buf;
}

int
pg_strncasecmp(const char *s1, const char *s2, size_t n)
{
	return strncasecmp(s1, s2, n);
}
