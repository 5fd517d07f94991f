/*-------------------------------------------------------------------------
 *
 * jp_state.c
 *		The JP aggregate state ipasn.jp_state: adding a converted record,
 *		merging two states, reading the JP with the per-day and per-month
 *		caps of Peraturan LAN 10/2018, Lampiran, applied across a person's
 *		records, and its text and binary I/O.  The aggregates built on it
 *		are in jp_agg.c.
 *
 * jp_state is a flat varlena (a real SQL type with text and binary I/O, so
 * that partial states can be stored, shipped and merged).  It holds only
 * what the caps need:
 *	- fixed_h: the sum of the records converted on their own;
 *	- kegiatan: the number of records that gave a JP value;
 *	- one entry per capped record: a per-day-capped record keeps its JP
 *	  (before the bonus), first day and number of days; a per-month-capped
 *	  record keeps its month, activity count and JP per activity.
 * The caps are applied when the value is read (jp_value), on a sorted
 * scratch copy, so merging states is a plain append: associative and
 * commutative, and jp_total(x) = jp_value(jp_merge(jp_state_agg(x) over any
 * partition of x)).
 *
 * A state grows by doubling (ipasn_jp_state_add_converted and _merge return
 * the larger copy, made in the current context).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "common/int.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "mb/pg_wchar.h"
#include "utils/datetime.h"

#include "ipasn.h"

#define JP_STATE_VERSION 1
#define NO_KEY PG_INT32_MIN		/* a capped record without a date */

#define TAG_DAILY 'D'
#define TAG_MONTHLY 'M'

/* bounds accepted from outside (text and binary input) */
#define MAX_ENTRIES 10000000
#define MAX_VALUE_H INT64CONST(1000000000)
#define MAX_LIMIT 100000000
/* fixed_h, fixed_teknis_h and kegiatan of a state */
#define MAX_TOTAL (PG_INT64_MAX / 4)
/* days of per-day-capped records spread when a value is read (480 MB) */
#define MAX_CAPPED_DAYS 20000000
#define MAX_DAY_KEY 2147483000
/* month numbers (year * 12 + month - 1) of the dates PostgreSQL accepts */
#define MIN_MONTH_KEY (-4713 * 12)
#define MAX_MONTH_KEY (5874898 * 12)

#define JP_STATE_SIZE(cap) (offsetof(JpStateData, e) + sizeof(JpEntry) * (cap))

JpState
ipasn_jp_state_new(int cap)
{
	JpState		s = palloc0(JP_STATE_SIZE(cap));

	SET_VARSIZE(s, JP_STATE_SIZE(cap));
	s->version = JP_STATE_VERSION;
	s->cap = cap;
	return s;
}

/* a copy with room for at least 'cap' entries (in the current context) */
JpState
ipasn_jp_state_copy(JpState src, int cap)
{
	JpState		s;

	if (cap < src->n)
		cap = src->n;
	s = ipasn_jp_state_new(cap);
	s->n = src->n;
	s->flags = src->flags;
	s->kegiatan = src->kegiatan;
	s->fixed_h = src->fixed_h;
	s->fixed_teknis_h = src->fixed_teknis_h;
	if (src->n > 0)
		memcpy(s->e, src->e, sizeof(JpEntry) * src->n);
	return s;
}

/* make room for 'more' entries: in place when possible, else a doubled copy */
static JpState
state_reserve(JpState s, int more)
{
	int			cap;

	if (s->n + more <= s->cap)
		return s;
	cap = Max(4, s->cap * 2);
	while (cap < s->n + more)
		cap *= 2;
	if (cap > MAX_ENTRIES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("jp_state cannot hold more than %d capped records", MAX_ENTRIES)));
	return ipasn_jp_state_copy(s, cap);
}

/* a JP value read from a state (not stored): int64 */
static void
add_checked(int64 *acc, int64 v)
{
	if (pg_add_s64_overflow(*acc, v, acc))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("jp_state total out of range")));
}

/*
 * A total kept in the state (fixed_h, fixed_teknis_h, kegiatan): at most
 * MAX_TOTAL, the bound of the text and binary input, so that every state
 * written can be read back (a summary table must survive pg_dump).
 */
static void
state_add_checked(int64 *acc, int64 v)
{
	int64		r;

	if (pg_add_s64_overflow(*acc, v, &r) || r > MAX_TOTAL || r < 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("jp_state total out of range"),
				 errdetail("A jp_state holds at most " INT64_FORMAT " hundredths of a JP and " INT64_FORMAT " records, the bounds of its text and binary input.",
						   MAX_TOTAL, MAX_TOTAL)));
	*acc = r;
}

/* month number of a date: year * 12 + month - 1 */
static int32
month_of(DateADT d)
{
	int			y,
				m,
				day;

	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	return y * 12 + (m - 1);
}

/* add one converted record; returns the (possibly new) state */
JpState
ipasn_jp_state_add_converted(JpState s, const JpConverted *c, bool teknis)
{
	JpEntry    *e;
	int64		kegiatan = s->kegiatan;

	/* every check first: an error leaves s unchanged */
	state_add_checked(&kegiatan, 1);
	if (c->kind == JPK_FIXED)
	{
		int64		fixed_h = s->fixed_h;
		int64		fixed_teknis_h = s->fixed_teknis_h;

		state_add_checked(&fixed_h, c->value_h);
		if (teknis)
			state_add_checked(&fixed_teknis_h, c->value_h);
		s->fixed_h = fixed_h;
		s->fixed_teknis_h = fixed_teknis_h;
		s->kegiatan = kegiatan;
		return s;
	}
	if (c->value_h > MAX_VALUE_H)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("JP of a capped record out of range: %s", ipasn_h_to_cstring(c->value_h))));
	s = state_reserve(s, 1);
	e = &s->e[s->n++];
	memset(e, 0, sizeof(JpEntry));
	e->jalur = (uint8) c->rule->jalur;
	e->lingkup = (uint8) c->rule->lingkup;
	e->teknis = teknis ? 1 : 0;
	e->value_h = (int32) c->value_h;
	if (c->kind == JPK_DAILY)
	{
		e->tag = TAG_DAILY;
		e->key = c->dated ? c->first_day : NO_KEY;
		e->n = (int16) c->days;
		e->limit = (int32) c->rule->batas_harian_h;
		e->persen = (int16) c->rule->tambahan_persen;
	}
	else
	{
		e->tag = TAG_MONTHLY;
		e->key = c->dated ? month_of(c->first_day) : NO_KEY;
		e->n = (int16) c->count;
		e->limit = c->rule->batas_bulanan;
		e->persen = 0;
	}
	s->kegiatan = kegiatan;
	return s;
}

/* merge b into a (a has room) */
JpState
ipasn_jp_state_merge(JpState a, JpState b)
{
	/* the totals first: an error leaves a unchanged */
	int64		fixed_h = a->fixed_h;
	int64		fixed_teknis_h = a->fixed_teknis_h;
	int64		kegiatan = a->kegiatan;

	state_add_checked(&fixed_h, b->fixed_h);
	state_add_checked(&fixed_teknis_h, b->fixed_teknis_h);
	state_add_checked(&kegiatan, b->kegiatan);
	a = state_reserve(a, b->n);
	a->flags |= b->flags;
	a->fixed_h = fixed_h;
	a->fixed_teknis_h = fixed_teknis_h;
	a->kegiatan = kegiatan;
	if (b->n > 0)
		memcpy(&a->e[a->n], b->e, sizeof(JpEntry) * b->n);
	a->n += b->n;
	return a;
}

/* ---------------------------------------------------------------------
 * Reading the value: the caps across records
 * ---------------------------------------------------------------------
 */
typedef struct DayVal
{
	uint8		jalur;
	uint8		lingkup;
	bool		undated;
	int32		persen;
	int32		day;
	int32		cap;
	int64		value_h;
} DayVal;

static int
dayval_cmp(const void *pa, const void *pb)
{
	const DayVal *a = pa;
	const DayVal *b = pb;

	if (a->jalur != b->jalur)
		return a->jalur < b->jalur ? -1 : 1;
	if (a->lingkup != b->lingkup)
		return a->lingkup < b->lingkup ? -1 : 1;
	if (a->persen != b->persen)
		return a->persen < b->persen ? -1 : 1;
	if (a->undated != b->undated)
		return a->undated ? 1 : -1;
	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	return 0;
}

static int
month_cmp(const void *pa, const void *pb)
{
	const JpEntry *a = pa;
	const JpEntry *b = pb;

	if (a->jalur != b->jalur)
		return a->jalur < b->jalur ? -1 : 1;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	/* worth most first: internasional is worth more than nasional */
	if (a->value_h != b->value_h)
		return a->value_h > b->value_h ? -1 : 1;
	return 0;
}

/*
 * The per-day caps: spread each record over its days, and in each group of
 * jalur, lingkup and bonus cap each day (an undated record is a day of its
 * own); the bonus is applied to the group's capped sum.  ndays: the days of
 * the entries read.
 */
static int64
daily_capped_h(JpState s, bool teknis_only, int64 ndays)
{
	DayVal	   *days;
	int64		total = 0;
	int64		i,
				j,
				k = 0;

	if (ndays > MAX_CAPPED_DAYS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("jp_state holds too many capped days: " INT64_FORMAT, ndays),
				 errdetail("At most %d days of per-day-capped records are read at once.", MAX_CAPPED_DAYS),
				 errhint("Group the records by person and year.")));
	days = MemoryContextAllocHuge(CurrentMemoryContext, sizeof(DayVal) * ndays);
	for (i = 0; i < s->n; i++)
	{
		const JpEntry *e = &s->e[i];
		int			d;

		if (e->tag != TAG_DAILY || (teknis_only && !e->teknis))
			continue;
		for (d = 0; d < (e->key == NO_KEY ? 1 : e->n); d++)
		{
			DayVal	   *v = &days[k++];

			v->jalur = e->jalur;
			v->lingkup = e->lingkup;
			v->persen = e->persen;
			v->undated = (e->key == NO_KEY);
			v->day = v->undated ? 0 : e->key + d;
			v->cap = e->limit;
			v->value_h = v->undated ? e->value_h : ipasn_spread_day(e->value_h, e->n, d);
		}
	}
	qsort(days, ndays, sizeof(DayVal), dayval_cmp);

	i = 0;
	while (i < ndays)
	{
		/* one group: jalur, lingkup, bonus */
		int64		group_h = 0;
		DayVal	   *g = &days[i];

		while (i < ndays && days[i].jalur == g->jalur &&
			   days[i].lingkup == g->lingkup && days[i].persen == g->persen)
		{
			int64		sum = days[i].value_h;
			int32		cap = days[i].cap;

			/* one day (an undated record is a day of its own) */
			j = i + 1;
			if (!days[i].undated)
			{
				while (j < ndays && days[j].jalur == g->jalur &&
					   days[j].lingkup == g->lingkup &&
					   days[j].persen == g->persen &&
					   !days[j].undated && days[j].day == days[i].day)
				{
					sum += days[j].value_h;
					cap = Min(cap, days[j].cap);
					j++;
				}
			}
			group_h += Min((int64) cap, sum);
			i = j;
		}
		add_checked(&total, ipasn_add_percent(group_h, g->persen));
	}
	pfree(days);
	return total;
}

/*
 * The per-month caps: in each month and jalur, the 'limit' activities
 * worth most (an undated record is a month of its own).  nmonths: the
 * entries read.
 */
static int64
monthly_capped_h(JpState s, bool teknis_only, int64 nmonths)
{
	JpEntry    *months;
	int64		total = 0;
	int64		i,
				j,
				k = 0;

	months = MemoryContextAllocHuge(CurrentMemoryContext, sizeof(JpEntry) * nmonths);
	for (i = 0; i < s->n; i++)
		if (s->e[i].tag == TAG_MONTHLY && !(teknis_only && !s->e[i].teknis))
			months[k++] = s->e[i];
	qsort(months, nmonths, sizeof(JpEntry), month_cmp);

	i = 0;
	while (i < nmonths)
	{
		int64		remaining;

		if (months[i].key == NO_KEY)
		{
			add_checked(&total, (int64) Min(months[i].n, months[i].limit) * months[i].value_h);
			i++;
			continue;
		}
		remaining = months[i].limit;
		for (j = i; j < nmonths && months[j].jalur == months[i].jalur &&
			 months[j].key == months[i].key; j++)
			remaining = Min(remaining, months[j].limit);
		for (; i < j; i++)
		{
			int64		take = Min(remaining, (int64) months[i].n);

			add_checked(&total, take * months[i].value_h);
			remaining -= take;
		}
	}
	pfree(months);
	return total;
}

/* JP of the state; teknis_only: of the entries counting toward jp_teknis */
int64
ipasn_jp_state_value_h(JpState s, bool teknis_only)
{
	int64		total = teknis_only ? s->fixed_teknis_h : s->fixed_h;
	int64		ndays = 0,
				nmonths = 0;
	int64		i;

	for (i = 0; i < s->n; i++)
	{
		if (teknis_only && !s->e[i].teknis)
			continue;
		if (s->e[i].tag == TAG_DAILY)
			ndays += (s->e[i].key == NO_KEY) ? 1 : s->e[i].n;
		else
			nmonths++;
	}
	if (ndays > 0)
		add_checked(&total, daily_capped_h(s, teknis_only, ndays));
	if (nmonths > 0)
		add_checked(&total, monthly_capped_h(s, teknis_only, nmonths));
	return total;
}

/* ---------------------------------------------------------------------
 * I/O.  Text: 1|fixed_h|kegiatan|fixed_teknis_h|flags|D,jalur,lingkup,teknis,day,days,cap,persen,value|M,...
 * (days and months as integers: days since 2000-01-01, year*12+month-1;
 * "-" for an undated record).  Input validates everything and accepts the
 * entries in any order (0.1.0 wrote them in the order they were added);
 * output and send write them in a canonical order (entry_cmp).
 * ---------------------------------------------------------------------
 */
static void
bad_state(const char *str, const char *why)
{
	/* quote at most 100 bytes of the input (a state can be long) */
	int			len = pg_mbcliplen(str, strlen(str), 100);

	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("malformed jp_state: \"%.*s%s\"", len, str,
					str[len] != '\0' ? "..." : ""),
			 errdetail("%s", why),
			 errhint("A jp_state is written by ipasn itself: 1|fixed_h|kegiatan|fixed_teknis_h|flags followed by |D,... or |M,... entries.")));
}

static void
check_entry(const JpEntry *e, const char *str)
{
	if (e->tag != TAG_DAILY && e->tag != TAG_MONTHLY)
		bad_state(str, "Unknown entry kind.");
	if (e->jalur >= JALUR_COUNT || e->lingkup >= LINGKUP_COUNT || e->teknis > 1)
		bad_state(str, "Invalid jalur or lingkup.");
	if (e->value_h < 0 || e->value_h > MAX_VALUE_H)
		bad_state(str, "Entry value out of range.");
	if (e->limit < 1 || e->limit > MAX_LIMIT)
		bad_state(str, "Entry cap out of range.");
	if (e->tag == TAG_DAILY)
	{
		if (e->n < 1 || e->n > 366)
			bad_state(str, "Days of an entry must be between 1 and 366.");
		if (e->key != NO_KEY &&
			(!IS_VALID_DATE(e->key) || !IS_VALID_DATE((int64) e->key + e->n - 1)))
			bad_state(str, "Day out of range.");
		if (e->persen < 0 || e->persen > 1000)
			bad_state(str, "Bonus percent out of range.");
	}
	else
	{
		if (e->n < 0 || e->n > 100)
			bad_state(str, "Activities of an entry must be between 0 and 100.");
		if (e->persen != 0)
			bad_state(str, "A per-month entry carries no bonus.");
		if (e->key != NO_KEY && (e->key < MIN_MONTH_KEY || e->key > MAX_MONTH_KEY))
			bad_state(str, "Month out of range.");
	}
}

static int64
parse_int(const char **p, const char *str, int64 lo, int64 hi)
{
	char	   *end;
	long long	v;

	if (!(**p >= '0' && **p <= '9') && **p != '-')
		bad_state(str, "Number expected.");
	errno = 0;
	v = strtoll(*p, &end, 10);
	if (errno != 0 || end == *p || v < lo || v > hi)
		bad_state(str, "Number out of range.");
	*p = end;
	return (int64) v;
}

static int
parse_label(const char **p, const char *str, IpasnEnumKind kind)
{
	int			i;
	const char *q = *p;
	size_t		len;

	while (*q && *q != ',' && *q != '|')
		q++;
	len = q - *p;
	for (i = 0; i < ipasn_enum_count(kind); i++)
	{
		const char *l = ipasn_enum_label(kind, i);

		if (strlen(l) == len && strncmp(l, *p, len) == 0)
		{
			*p = q;
			return i;
		}
	}
	bad_state(str, "Unknown jalur or lingkup label.");
	return -1;
}

static void
expect_char(const char **p, const char *str, char c)
{
	if (**p != c)
		bad_state(str, c == ',' ? "Comma expected." : "Separator \"|\" expected.");
	(*p)++;
}

PG_FUNCTION_INFO_V1(ipasn_jp_state_in);
Datum
ipasn_jp_state_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	const char *p = str;
	JpState		s;
	int			n = 0,
				cap = 0;

	if (parse_int(&p, str, 1, 255) != JP_STATE_VERSION)
		bad_state(str, "Unknown version.");
	/* count entries to size the state */
	{
		const char *q;

		for (q = p; *q; q++)
			if (*q == 'D' || *q == 'M')
				cap++;
	}
	if (cap > MAX_ENTRIES)
		bad_state(str, "Too many entries.");
	s = ipasn_jp_state_new(cap);
	expect_char(&p, str, '|');
	s->fixed_h = parse_int(&p, str, 0, MAX_TOTAL);
	expect_char(&p, str, '|');
	s->kegiatan = parse_int(&p, str, 0, MAX_TOTAL);
	expect_char(&p, str, '|');
	s->fixed_teknis_h = parse_int(&p, str, 0, MAX_TOTAL);
	expect_char(&p, str, '|');
	s->flags = (uint8) parse_int(&p, str, 0, JP_STATE_FLAG_ALL);
	if (s->fixed_teknis_h > s->fixed_h)
		bad_state(str, "The teknis part exceeds the total.");
	while (*p == '|')
	{
		JpEntry    *e = &s->e[n];

		p++;
		if (n >= cap)
			bad_state(str, "Too many entries.");
		memset(e, 0, sizeof(JpEntry));
		if (*p != TAG_DAILY && *p != TAG_MONTHLY)
			bad_state(str, "Entry kind D or M expected.");
		e->tag = (uint8) *p++;
		expect_char(&p, str, ',');
		e->jalur = (uint8) parse_label(&p, str, IPASN_ENUM_JALUR);
		expect_char(&p, str, ',');
		e->lingkup = (uint8) parse_label(&p, str, IPASN_ENUM_LINGKUP);
		expect_char(&p, str, ',');
		e->teknis = (uint8) parse_int(&p, str, 0, 1);
		expect_char(&p, str, ',');
		if (*p == '-' && (p[1] == ',' || p[1] == '\0'))
		{
			e->key = NO_KEY;
			p++;
		}
		else
			e->key = (int32) parse_int(&p, str, -MAX_DAY_KEY, MAX_DAY_KEY);
		expect_char(&p, str, ',');
		e->n = (int16) parse_int(&p, str, 0, 366);
		expect_char(&p, str, ',');
		e->limit = (int32) parse_int(&p, str, 0, MAX_LIMIT);
		expect_char(&p, str, ',');
		e->persen = (int16) parse_int(&p, str, 0, 1000);
		expect_char(&p, str, ',');
		e->value_h = (int32) parse_int(&p, str, 0, MAX_VALUE_H);
		check_entry(e, str);
		n++;
	}
	if (*p != '\0')
		bad_state(str, "Unexpected text after the last entry.");
	if (s->kegiatan < n)
		bad_state(str, "Fewer records than capped entries.");
	s->n = n;
	PG_RETURN_POINTER(s);
}

/*
 * The canonical order of the entries, for output: equal states (the same
 * header and the same multiset of entries, in whatever order the records
 * were added or the states merged) print equal text and send equal bytes.
 * The order does not change the value (jp_value sorts its own copy).
 */
static int
entry_cmp(const void *pa, const void *pb)
{
	const JpEntry *a = pa;
	const JpEntry *b = pb;

#define CMP_FIELD(f) \
	do { \
		if (a->f != b->f) \
			return a->f < b->f ? -1 : 1; \
	} while (0)
	CMP_FIELD(tag);
	CMP_FIELD(jalur);
	CMP_FIELD(lingkup);
	CMP_FIELD(teknis);
	CMP_FIELD(key);
	CMP_FIELD(n);
	CMP_FIELD(limit);
	CMP_FIELD(persen);
	CMP_FIELD(value_h);
#undef CMP_FIELD
	return 0;
}

/* s itself when its entries are in the canonical order, else a sorted copy */
static JpState
state_canonical(JpState s)
{
	JpState		c;
	int			i;

	for (i = 1; i < s->n; i++)
		if (entry_cmp(&s->e[i - 1], &s->e[i]) > 0)
			break;
	if (i >= s->n)
		return s;
	c = ipasn_jp_state_copy(s, s->n);
	qsort(c->e, c->n, sizeof(JpEntry), entry_cmp);
	return c;
}

PG_FUNCTION_INFO_V1(ipasn_jp_state_out);
Datum
ipasn_jp_state_out(PG_FUNCTION_ARGS)
{
	JpState		s = state_canonical(DatumGetJpState(PG_GETARG_DATUM(0)));
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	appendStringInfo(&buf, "%d|" INT64_FORMAT "|" INT64_FORMAT "|" INT64_FORMAT "|%d",
					 s->version, s->fixed_h, s->kegiatan, s->fixed_teknis_h, s->flags);
	for (i = 0; i < s->n; i++)
	{
		const JpEntry *e = &s->e[i];

		appendStringInfo(&buf, "|%c,%s,%s,%d,", e->tag,
						 ipasn_enum_label(IPASN_ENUM_JALUR, e->jalur),
						 ipasn_enum_label(IPASN_ENUM_LINGKUP, e->lingkup), e->teknis);
		if (e->key == NO_KEY)
			appendStringInfoChar(&buf, '-');
		else
			appendStringInfo(&buf, "%d", e->key);
		appendStringInfo(&buf, ",%d,%d,%d,%d",
						 e->n, e->limit, e->persen, e->value_h);
	}
	PG_RETURN_CSTRING(buf.data);
}

PG_FUNCTION_INFO_V1(ipasn_jp_state_send);
Datum
ipasn_jp_state_send(PG_FUNCTION_ARGS)
{
	JpState		s = state_canonical(DatumGetJpState(PG_GETARG_DATUM(0)));
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, s->version);
	pq_sendint64(&buf, s->fixed_h);
	pq_sendint64(&buf, s->kegiatan);
	pq_sendint64(&buf, s->fixed_teknis_h);
	pq_sendbyte(&buf, s->flags);
	pq_sendint32(&buf, s->n);
	for (i = 0; i < s->n; i++)
	{
		const JpEntry *e = &s->e[i];

		pq_sendbyte(&buf, e->tag);
		pq_sendbyte(&buf, e->jalur);
		pq_sendbyte(&buf, e->lingkup);
		pq_sendbyte(&buf, e->teknis);
		pq_sendint32(&buf, e->key);
		pq_sendint32(&buf, e->n);
		pq_sendint32(&buf, e->limit);
		pq_sendint32(&buf, e->persen);
		pq_sendint64(&buf, (int64) e->value_h);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

#define ENTRY_WIRE_SIZE (4 + 4 * 4 + 8)

PG_FUNCTION_INFO_V1(ipasn_jp_state_recv);
Datum
ipasn_jp_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	const char *what = "(binary)";
	JpState		s;
	int			version;
	int64		fixed_h,
				kegiatan,
				fixed_teknis_h;
	int			flags;
	int32		n;
	int			i;

	version = pq_getmsgbyte(buf);
	if (version != JP_STATE_VERSION)
		bad_state(what, "Unknown version.");
	fixed_h = pq_getmsgint64(buf);
	kegiatan = pq_getmsgint64(buf);
	fixed_teknis_h = pq_getmsgint64(buf);
	flags = pq_getmsgbyte(buf);
	n = pq_getmsgint(buf, 4);
	if (fixed_teknis_h < 0 || fixed_teknis_h > fixed_h || (flags & ~JP_STATE_FLAG_ALL) != 0)
		bad_state(what, "Invalid teknis total or flags.");
	if (fixed_h < 0 || fixed_h > MAX_TOTAL || kegiatan < 0 || kegiatan > MAX_TOTAL)
		bad_state(what, "Total out of range.");
	if (n < 0 || n > MAX_ENTRIES || (int64) n * ENTRY_WIRE_SIZE != buf->len - buf->cursor)
		bad_state(what, "Entry count does not match the message length.");
	if (kegiatan < n)
		bad_state(what, "Fewer records than capped entries.");
	s = ipasn_jp_state_new(n);
	s->fixed_h = fixed_h;
	s->kegiatan = kegiatan;
	s->fixed_teknis_h = fixed_teknis_h;
	s->flags = (uint8) flags;
	for (i = 0; i < n; i++)
	{
		JpEntry    *e = &s->e[i];

		int32		n32,
					persen32;
		int64		value;

		e->tag = pq_getmsgbyte(buf);
		e->jalur = pq_getmsgbyte(buf);
		e->lingkup = pq_getmsgbyte(buf);
		e->teknis = pq_getmsgbyte(buf);
		e->key = pq_getmsgint(buf, 4);
		n32 = pq_getmsgint(buf, 4);
		e->limit = pq_getmsgint(buf, 4);
		persen32 = pq_getmsgint(buf, 4);
		value = pq_getmsgint64(buf);
		if (n32 < 0 || n32 > 366 || persen32 < 0 || persen32 > 1000 ||
			value < 0 || value > MAX_VALUE_H)
			bad_state(what, "Entry field out of range.");
		e->n = (int16) n32;
		e->persen = (int16) persen32;
		e->value_h = (int32) value;
		check_entry(e, what);
	}
	pq_getmsgend(buf);
	s->n = n;
	PG_RETURN_POINTER(s);
}
