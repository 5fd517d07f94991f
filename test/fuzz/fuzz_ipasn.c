/*-------------------------------------------------------------------------
 *
 * fuzz_ipasn.c
 *		libFuzzer harness (clang -fsanitize=fuzzer,address,undefined) for
 *		ipasn's hostile-input entry points, run against the fake backend of
 *		pgstub.c:
 *
 *		  target 0  ipasn_parse_text (src/parse.c), every enum kind, and for
 *		            unknown text ipasn_parse_error (22P02)
 *		  target 1  ipasn_read_enum_text (src/reader.c): blank -> NULL,
 *		            else a label or 22P02
 *		  target 2  ipasn_read_jumlah_text (src/reader.c): a number the
 *		            numeric syntax accepts, NULL, or 22P02
 *		  target 3  SIASN codes and fungsional_dikecualikan (src/parse.c)
 *		  target 4  jp_state text input (ipasn_jp_state_in): 22P02 or a
 *		            state whose out -> in -> out is stable, whose binary
 *		            send -> recv gives the same text, and whose value and
 *		            self-merge are computed without crash (22003 / 54000
 *		            allowed)
 *		  target 5  jp_state binary input (ipasn_jp_state_recv): 22P02 /
 *		            08P01 or a state with the same properties
 *
 *		The first input byte selects the target (mod 6), the rest is the
 *		payload, copied into a buffer of exactly its size so that ASan sees
 *		any read past the end.  Any other SQLSTATE, an elog (XX000), a
 *		broken property, a leak of palloc'd memory across inputs or an
 *		ASan/UBSan report is a finding (abort).
 *
 *		src/jp_agg.c is #included (one translation unit) so that its static
 *		ipasn_jp_state_value_h() and ipasn_jp_state_merge() can be called.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"

#include "parse.h"
#include "pgstub.h"

/* the module's jp_state code, with its static helpers */
#include JP_AGG_C

extern Datum ipasn_hukuman_siasn(PG_FUNCTION_ARGS);
extern Datum ipasn_pendidikan_siasn(PG_FUNCTION_ARGS);
extern Datum ipasn_fungsional_dikecualikan(PG_FUNCTION_ARGS);

/* enum OIDs come from the catalogs: the harness answers with index + 1000 */
Oid			__wrap_ipasn_enum_oid(IpasnEnumKind kind, int index);
Oid
__wrap_ipasn_enum_oid(IpasnEnumKind kind, int index)
{
	if (index < 0 || index >= ipasn_enum_count(kind))
	{
		fprintf(stderr, "ipasn_enum_oid(%d, %d): index out of range\n", (int) kind, index);
		abort();
	}
	return (Oid) (1000 + index);
}

/* the extension's schema comes from the catalogs too */
const char *__wrap_ipasn_schema_name(void);
const char *
__wrap_ipasn_schema_name(void)
{
	return "ipasn";
}

/* the agency's vocabulary (ipasn.sinonim) is a table: the harness has none */
int
ipasn_sinonim_lookup(IpasnEnumKind kind, const char *key)
{
	return -1;
}

static void
finding(const char *what, const char *detail)
{
	fprintf(stderr, "FINDING: %s: %s\n", what, detail ? detail : "");
	abort();
}

static void
allow_error(const char *target, const int *codes, int ncodes)
{
	int			i;
	char		buf[1200];

	for (i = 0; i < ncodes; i++)
		if (pgstub_sqlerrcode == codes[i])
			return;
	snprintf(buf, sizeof(buf), "SQLSTATE %s: %s", unpack_sql_state(pgstub_sqlerrcode), pgstub_message);
	finding(target, buf);
}

static text *
make_text(const uint8_t *data, size_t len)
{
	text	   *t = palloc(VARHDRSZ + len);

	SET_VARSIZE(t, VARHDRSZ + len);
	memcpy(VARDATA(t), data, len);
	return t;
}

static Datum
call1(PGFunction f, Datum arg, bool *isnull)
{
	LOCAL_FCINFO(fcinfo, 1);
	Datum		r;

	InitFunctionCallInfoData(*fcinfo, NULL, 1, InvalidOid, NULL, NULL);
	fcinfo->args[0].value = arg;
	fcinfo->args[0].isnull = false;
	r = f(fcinfo);
	*isnull = fcinfo->isnull;
	return r;
}

static char *
state_text(JpState s)
{
	bool		isnull;

	return DatumGetCString(call1(ipasn_jp_state_out, PointerGetDatum(s), &isnull));
}

/* properties of an accepted state */
static void
check_state(JpState s, const char *target)
{
	static const int value_codes[] = {ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, ERRCODE_PROGRAM_LIMIT_EXCEEDED};
	char	   *t1 = state_text(s);
	char	   *t2;
	bool		isnull;
	JpState		s2;
	bytea	   *b;
	StringInfoData buf;
	sigjmp_buf	jb;
	sigjmp_buf *save = pgstub_jmp;

	if (s->n < 0 || s->n > s->cap)
		finding(target, "entry count outside the capacity");
	/*
	 * (version 2: a record may be two runs of days, so there can be more
	 * entries than records)
	 */
	if (s->fixed_teknis_h > s->fixed_h || s->fixed_h < 0 || s->kegiatan < 0)
		finding(target, "accepted an inconsistent header");

	/* text round trip */
	pgstub_jmp = &jb;
	if (sigsetjmp(jb, 0) == 0)
	{
		s2 = (JpState) DatumGetPointer(call1(ipasn_jp_state_in, CStringGetDatum(t1), &isnull));
		t2 = state_text(s2);
		if (strcmp(t1, t2) != 0)
			finding(target, "out(in(out(x))) differs from out(x)");
	}
	else
		finding(target, "out(x) is not accepted by jp_state_in");

	/* binary round trip */
	if (sigsetjmp(jb, 0) == 0)
	{
		b = DatumGetByteaPP(call1(ipasn_jp_state_send, PointerGetDatum(s), &isnull));
		buf.data = VARDATA(b);
		buf.len = VARSIZE(b) - VARHDRSZ;
		buf.maxlen = buf.len;
		buf.cursor = 0;
		s2 = (JpState) DatumGetPointer(call1(ipasn_jp_state_recv, PointerGetDatum(&buf), &isnull));
		t2 = state_text(s2);
		if (strcmp(t1, t2) != 0)
			finding(target, "recv(send(x)) differs from x");
	}
	else
		finding(target, "send(x) is not accepted by jp_state_recv");

	/* value, teknis value, and the value of x merged with itself */
	if (sigsetjmp(jb, 0) == 0)
	{
		int64		v = ipasn_jp_state_value_h(s, false);
		int64		vt = ipasn_jp_state_value_h(s, true);
		JpState		m;

		if (v < 0 || vt < 0)
			finding(target, "negative value of an accepted state");
		m = ipasn_jp_state_merge(ipasn_jp_state_copy(s, 0), s);
		(void) ipasn_jp_state_value_h(m, false);
	}
	else
		allow_error(target, value_codes, lengthof(value_codes));
	pgstub_jmp = save;
}

/*
 * Text reaches these functions only as valid server-encoded (UTF8) text
 * without NUL bytes: PostgreSQL verifies client input and text values.
 * Inputs that are not are skipped, as the server would refuse them first.
 */
static bool
valid_utf8_text(const uint8_t *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		uint8_t		c = s[i];
		size_t		l,
					k;

		if (c == 0)
			return false;
		if (c < 0x80)
		{
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			l = 2;
		else if (c >= 0xe0 && c <= 0xef)
			l = 3;
		else if (c >= 0xf0 && c <= 0xf4)
			l = 4;
		else
			return false;
		if (i + l > n)
			return false;
		for (k = 1; k < l; k++)
			if ((s[i + k] & 0xc0) != 0x80)
				return false;
		if ((c == 0xe0 && s[i + 1] < 0xa0) || (c == 0xed && s[i + 1] > 0x9f) ||
			(c == 0xf0 && s[i + 1] < 0x90) || (c == 0xf4 && s[i + 1] > 0x8f))
			return false;
		i += l;
	}
	return true;
}

/* IPASN_FUZZ_TARGET=k runs target k only (the first byte is then ignored) */
static int	forced_target = -1;

int			LLVMFuzzerInitialize(int *argc, char ***argv);
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *t = getenv("IPASN_FUZZ_TARGET");

	if (t != NULL && *t != '\0')
		forced_target = atoi(t) % 6;
	return 0;
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int text_codes[] = {ERRCODE_INVALID_TEXT_REPRESENTATION};
	static const int siasn_codes[] = {ERRCODE_INVALID_TEXT_REPRESENTATION, ERRCODE_INVALID_PARAMETER_VALUE};
	static const int state_codes[] = {ERRCODE_INVALID_TEXT_REPRESENTATION, ERRCODE_PROGRAM_LIMIT_EXCEEDED};
	static const int recv_codes[] = {ERRCODE_INVALID_TEXT_REPRESENTATION, ERRCODE_PROTOCOL_VIOLATION,
	ERRCODE_PROGRAM_LIMIT_EXCEEDED};
	sigjmp_buf	jb;
	int			target;
	const uint8_t *p;
	size_t		n;
	volatile int kind = 0;

	if (size < 1)
		return 0;
	target = data[0] % 6;
	if (forced_target >= 0)
		target = forced_target;
	p = data + 1;
	n = size - 1;
	if (target <= 1 && n >= 1)
	{
		kind = p[0] % IPASN_ENUM_NKINDS;
		p++;
		n--;
	}
	if (n > 100000)
		return 0;
	if (target <= 4 && !valid_utf8_text(p, n))
		return 0;

	pgstub_jmp = &jb;
	if (sigsetjmp(jb, 0) == 0)
	{
		switch (target)
		{
			case 0:
				{
					char	   *buf = palloc(n > 0 ? n : 1);
					int			idx;

					memcpy(buf, p, n);
					idx = ipasn_parse_text((IpasnEnumKind) kind, buf, (int) n);
					if (idx < -1 || idx >= ipasn_enum_count((IpasnEnumKind) kind))
						finding("parse_text", "index out of range");
					if (idx >= 0 && ipasn_parse_text((IpasnEnumKind) kind, buf, (int) n) != idx)
						finding("parse_text", "not deterministic");
					if (idx < 0)
					{
						ipasn_parse_error((IpasnEnumKind) kind, buf, (int) n);
						finding("parse_error", "returned");
					}
					break;
				}
			case 1:
				{
					int			idx = -5;

					if (ipasn_read_enum_text((IpasnEnumKind) kind, make_text(p, n), &idx) &&
						(idx < 0 || idx >= ipasn_enum_count((IpasnEnumKind) kind)))
						finding("read_enum_text", "index out of range");
					break;
				}
			case 2:
				{
					Datum		d;

					if (ipasn_read_jumlah_text(make_text(p, n), &d))
					{
						/* the stub numeric_in returns the text it accepted */
						const char *s = DatumGetCString(d);

						if (strchr(s, ',') != NULL)
							finding("read_jumlah_text", "a comma reached numeric_in");
					}
					break;
				}
			case 3:
				{
					bool		isnull;
					text	   *t = make_text(p, n);
					volatile int which = n > 0 ? p[0] % 3 : 0;

					if (which == 0)
						(void) call1(ipasn_hukuman_siasn, PointerGetDatum(t), &isnull);
					else if (which == 1)
						(void) call1(ipasn_pendidikan_siasn, PointerGetDatum(t), &isnull);
					else
						(void) call1(ipasn_fungsional_dikecualikan, PointerGetDatum(t), &isnull);
					break;
				}
			case 4:
				{
					char	   *s = palloc(n + 1);
					bool		isnull;
					JpState		st;

					memcpy(s, p, n);
					s[n] = '\0';
					st = (JpState) DatumGetPointer(call1(ipasn_jp_state_in, CStringGetDatum(s), &isnull));
					check_state(st, "jp_state_in");
					break;
				}
			case 5:
				{
					StringInfoData buf;
					bool		isnull;
					JpState		st;

					buf.data = palloc(n + 1);
					memcpy(buf.data, p, n);
					buf.data[n] = '\0';
					buf.len = (int) n;
					buf.maxlen = (int) n + 1;
					buf.cursor = 0;
					st = (JpState) DatumGetPointer(call1(ipasn_jp_state_recv, PointerGetDatum(&buf), &isnull));
					check_state(st, "jp_state_recv");
					break;
				}
		}
	}
	else
	{
		switch (target)
		{
			case 0:
			case 1:
			case 2:
				allow_error(target == 0 ? "parse_error" : target == 1 ? "read_enum_text" : "read_jumlah_text",
							text_codes, lengthof(text_codes));
				break;
			case 3:
				allow_error("siasn", siasn_codes, lengthof(siasn_codes));
				break;
			case 4:
				allow_error("jp_state_in", state_codes, lengthof(state_codes));
				break;
			case 5:
				allow_error("jp_state_recv", recv_codes, lengthof(recv_codes));
				break;
		}
	}
	pgstub_jmp = NULL;
	pgstub_reset();
	return 0;
}
