/*-------------------------------------------------------------------------
 *
 * jp_state.c
 *		The JP aggregate state ipasn.jp_state: adding a converted record,
 *		merging two states, reading the JP with the per-day and per-month
 *		caps of Peraturan LAN 10/2018, Lampiran, applied across a person's
 *		records, and its text and binary I/O.  The aggregates built on it
 *		are in jp_agg.c.  The caps themselves (ipasn_jp_capped_day,
 *		ipasn_jp_capped_month) are written once here and also explain a
 *		figure in jp_rincian (rincian.c).
 *
 * jp_state is a flat varlena (a real SQL type with text and binary I/O, so
 * that partial states can be stored, shipped and merged).  It holds only
 * what the caps need, and grows with the days and months its capped
 * records cover, not with the records (version 2, ipasn 0.3.0):
 *	- fixed_h: the sum of the records converted on their own, and of the
 *	  per-month-capped records without a date (each a month of its own);
 *	- kegiatan: the number of records that gave a JP value;
 *	- per-day caps (D entries), per jalur, lingkup, bonus and teknis: runs
 *	  of consecutive days with the same value, the value of a day being
 *	  the sum of what the records spread on it, kept at most the day's cap
 *	  (the lowest cap of the records on it); an undated record is a day of
 *	  its own (equal ones are counted together);
 *	- per-month caps (M entries), per jalur, teknis and month: only the
 *	  activities worth most, as many as the month's limit (the lowest of
 *	  its records).
 * Keeping a day at most its cap, and a month at its best 'limit'
 * activities, loses nothing: the day's value is min(cap, sum) and a lower
 * cap later can only cut further; the best 2 of a month are among the
 * best 2 of any part of it.  So merging is associative and commutative and
 * jp_total(x) = jp_value(jp_merge(jp_state_agg(x) over any partition of x)).
 *
 * Records are appended as raw entries (a day-capped record is at most two
 * runs: the days that get one hundredth more and the others); when a state
 * is full its entries are normalised (state_normalise: each day and month
 * combined, runs rebuilt) before it grows, so a state holds at most about
 * twice its normalised entries.  Output, send and the final functions
 * write the normalised state (canonical: equal content prints equal text).
 *
 * Version 1 (ipasn 0.1.0 and 0.2.0: one entry per capped record) is still
 * read, as text, binary and stored datums, and converted on reading.
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

#define JP_STATE_VERSION_1 1	/* 0.1.0, 0.2.0: an entry per capped record */
#define JP_STATE_VERSION 2		/* 0.3.0: days and months combined */
#define NO_KEY PG_INT32_MIN		/* a capped record without a date */

#define TAG_DAILY 'D'
#define TAG_MONTHLY 'M'

/* bounds accepted from outside (text and binary input) */
#define MAX_ENTRIES 10000000
#define MAX_VALUE_H INT64CONST(1000000000)
#define MAX_LIMIT 100000000
/* fixed_h, fixed_teknis_h and kegiatan of a state */
#define MAX_TOTAL (PG_INT64_MAX / 4)
/* days of per-day-capped records spread when a state is normalised (640 MB) */
#define MAX_CAPPED_DAYS 20000000
#define MAX_DAY_KEY 2147483000
/* month numbers (year * 12 + month - 1) of the dates PostgreSQL accepts */
#define MIN_MONTH_KEY (-4713 * 12)
#define MAX_MONTH_KEY (5874898 * 12)
/* the longest run of days, and the most records or activities, of an entry */
#define MAX_RUN 366
#define MAX_ACTIVITIES 100

#define JP_STATE_SIZE(cap) (offsetof(JpStateData, e) + sizeof(JpEntry) * (cap))

/* how state_normalise treats the teknis mark (profil_bangkom's jp_teknis) */
typedef enum TeknisMode
{
	TEKNIS_KEEP,				/* storing: entries keep their mark */
	TEKNIS_MERGE,				/* the whole JP: marked and unmarked combine */
	TEKNIS_ONLY					/* jp_teknis: the marked entries only */
} TeknisMode;

static int	state_normalise(const JpEntry *in, int n, TeknisMode mode, JpEntry **out);

JpState
ipasn_jp_state_new(int cap)
{
	JpState		s = palloc0(JP_STATE_SIZE(cap));

	SET_VARSIZE(s, JP_STATE_SIZE(cap));
	s->version = JP_STATE_VERSION;
	s->cap = cap;
	return s;
}

/* a new state with room for 'cap' entries and the totals of 'from' */
static JpState
state_new_like(const JpStateData *from, int cap)
{
	JpState		s = ipasn_jp_state_new(cap);

	s->flags = from->flags;
	s->kegiatan = from->kegiatan;
	s->fixed_h = from->fixed_h;
	s->fixed_teknis_h = from->fixed_teknis_h;
	return s;
}

/* a copy with room for at least 'cap' entries (in the current context) */
JpState
ipasn_jp_state_copy(JpState src, int cap)
{
	JpState		s;

	if (cap < src->n)
		cap = src->n;
	s = state_new_like(src, cap);
	s->version = src->version;
	s->n = src->n;
	if (src->n > 0)
		memcpy(s->e, src->e, sizeof(JpEntry) * src->n);
	return s;
}

/*
 * The state normalised (each day and month combined, canonical order) with
 * room for 'cap' entries more: s itself when they fit in it, else a new
 * state in the current context.
 */
static JpState
state_normalised(JpState s, int more)
{
	JpEntry    *norm;
	int			n = state_normalise(s->e, s->n, TEKNIS_KEEP, &norm);
	int64		need = (int64) n + more;

	if (need > MAX_ENTRIES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("jp_state cannot hold more than %d capped days and months", MAX_ENTRIES)));
	if (need > s->cap)
		s = state_new_like(s, (int) need);
	if (n > 0)
		memcpy(s->e, norm, sizeof(JpEntry) * n);
	s->n = n;
	pfree(norm);
	return s;
}

/*
 * Make room for 'more' entries: in place when possible; else normalise the
 * entries, in place when that leaves an eighth of the room free; else a
 * copy with half as much room again as the entries need (growth by 1.5:
 * the copies stay rare, the spare room small), rounded up to fill the
 * power-of-two chunk that palloc gives a state of up to 8 kB anyway.
 */
static JpState
state_reserve(JpState s, int more)
{
	int64		cap;
	Size		bytes;
	JpState		given = s,
				c;

	if (s->n + more <= s->cap)
		return s;
	if (s->n > 0)
	{
		s = state_normalised(s, 0);
		if ((int64) s->n + more <= s->cap - s->cap / 8)
			return s;
	}
	cap = ((int64) s->n + more) * 3 / 2 + 2;
	bytes = JP_STATE_SIZE(cap);
	if (bytes <= 8192)
	{
		Size		chunk = 64;

		while (chunk < bytes)
			chunk *= 2;
		cap = (chunk - offsetof(JpStateData, e)) / sizeof(JpEntry);
	}
	if (cap > MAX_ENTRIES)
		cap = Max(MAX_ENTRIES, s->n + more);
	if (cap > MAX_ENTRIES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("jp_state cannot hold more than %d capped days and months", MAX_ENTRIES)));
	c = ipasn_jp_state_copy(s, (int) cap);
	if (s != given)
		pfree(s);				/* an intermediate copy of ours */
	return c;
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
int32
ipasn_month_of(DateADT d)
{
	int			y,
				m,
				day;

	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	return y * 12 + (m - 1);
}

/* one D entry: a run of 'days' days from 'key' of 'value' a day (at most cap) */
static void
daily_entry(JpEntry *e, int jalur, int lingkup, bool teknis, int persen,
			int32 key, int32 days, int64 value, int32 cap)
{
	memset(e, 0, sizeof(JpEntry));
	e->tag = TAG_DAILY;
	e->jalur = (uint8) jalur;
	e->lingkup = (uint8) lingkup;
	e->teknis = teknis ? 1 : 0;
	e->persen = (int16) persen;
	e->key = key;
	e->n = (int16) days;
	e->limit = cap;
	e->value_h = (int32) Min(value, (int64) cap);
}

/*
 * The entries of a day-capped record of h hundredths over 'days' days
 * (Peraturan LAN 10/2018 spread: each day h / days, the first h % days
 * days one more): at most two runs; an undated record is one day of its
 * own (key NO_KEY).  Returns the number of entries written to e[].
 */
static int
daily_record_entries(JpEntry *e, int jalur, int lingkup, bool teknis, int persen,
					 bool dated, int32 first, int32 days, int64 h, int32 cap)
{
	int64		q,
				r;
	int			k = 0;

	if (!dated)
	{
		daily_entry(&e[0], jalur, lingkup, teknis, persen, NO_KEY, 1, h, cap);
		return 1;
	}
	q = h / days;
	r = h % days;
	if (r > 0)
		daily_entry(&e[k++], jalur, lingkup, teknis, persen, first, (int32) r, q + 1, cap);
	if (days - r > 0)
		daily_entry(&e[k++], jalur, lingkup, teknis, persen, first + (int32) r,
					(int32) (days - r), q, cap);
	return k;
}

/* add one converted record; returns the (possibly new) state */
JpState
ipasn_jp_state_add_converted(JpState s, const JpConverted *c, bool teknis)
{
	JpEntry    *e;
	int64		kegiatan = s->kegiatan;

	/* every check first: an error leaves s unchanged */
	state_add_checked(&kegiatan, 1);
	if (c->kind != JPK_FIXED && c->value_h > MAX_VALUE_H)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("JP of a capped record out of range: %s", ipasn_h_to_cstring(c->value_h))));
	if (c->kind == JPK_FIXED || (c->kind == JPK_MONTHLY && !c->dated))
	{
		/* on its own; an undated per-month record is a month of its own */
		int64		fixed_h = s->fixed_h;
		int64		fixed_teknis_h = s->fixed_teknis_h;
		int64		v = c->value_h;

		if (c->kind == JPK_MONTHLY)
			v = (int64) Min(c->count, c->rule->batas_bulanan) * c->value_h;
		state_add_checked(&fixed_h, v);
		if (teknis)
			state_add_checked(&fixed_teknis_h, v);
		s->fixed_h = fixed_h;
		s->fixed_teknis_h = fixed_teknis_h;
		s->kegiatan = kegiatan;
		return s;
	}
	/* a day-capped record is two runs unless its JP spreads evenly */
	s = state_reserve(s, (c->kind == JPK_DAILY && c->dated &&
						  c->value_h % c->days != 0) ? 2 : 1);
	if (c->kind == JPK_DAILY)
		s->n += daily_record_entries(&s->e[s->n], c->rule->jalur, c->rule->lingkup,
									 teknis, c->rule->tambahan_persen, c->dated,
									 c->first_day, c->days, c->value_h,
									 (int32) c->rule->batas_harian_h);
	else
	{
		e = &s->e[s->n++];
		memset(e, 0, sizeof(JpEntry));
		e->tag = TAG_MONTHLY;
		e->jalur = (uint8) c->rule->jalur;
		e->teknis = teknis ? 1 : 0;
		e->key = ipasn_month_of(c->first_day);
		e->limit = c->rule->batas_bulanan;
		/* no more than the month counts */
		e->n = (int16) Min(c->count, c->rule->batas_bulanan);
		e->value_h = (int32) c->value_h;
	}
	s->kegiatan = kegiatan;
	return s;
}

/* merge b into a; returns the (possibly new) a */
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

/* the state normalised, without spare room (a new state, current context) */
JpState
ipasn_jp_state_compacted(JpState s)
{
	JpEntry    *norm;
	int			n = state_normalise(s->e, s->n, TEKNIS_KEEP, &norm);
	JpState		c = state_new_like(s, n);

	if (n > 0)
		memcpy(c->e, norm, sizeof(JpEntry) * n);
	c->n = n;
	pfree(norm);
	return c;
}

/* ---------------------------------------------------------------------
 * Normalising: each day and month combined
 * ---------------------------------------------------------------------
 */
static int
capday_cmp(const void *pa, const void *pb)
{
	const JpCapDay *a = pa;
	const JpCapDay *b = pb;

	if (a->jalur != b->jalur)
		return a->jalur < b->jalur ? -1 : 1;
	if (a->lingkup != b->lingkup)
		return a->lingkup < b->lingkup ? -1 : 1;
	if (a->teknis != b->teknis)
		return a->teknis < b->teknis ? -1 : 1;
	if (a->persen != b->persen)
		return a->persen < b->persen ? -1 : 1;
	if (a->undated != b->undated)
		return a->undated ? 1 : -1;
	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	if (a->ref != b->ref)
		return a->ref < b->ref ? -1 : 1;
	if (a->cap != b->cap)
		return a->cap < b->cap ? -1 : 1;
	if (a->value_h != b->value_h)
		return a->value_h < b->value_h ? -1 : 1;
	return 0;
}

void
ipasn_jp_sort_days(JpCapDay *days, int64 n)
{
	if (n > 1)
		qsort(days, n, sizeof(JpCapDay), capday_cmp);
}

bool
ipasn_jp_same_day_group(const JpCapDay *a, const JpCapDay *b)
{
	return a->jalur == b->jalur && a->lingkup == b->lingkup &&
		a->teknis == b->teknis && a->persen == b->persen;
}

/*
 * The day starting at days[i]: the dated items of its group on the same
 * day, or the undated item alone (a day of its own).  What the day counts
 * is the sum of its items at most the lowest of their caps (Peraturan LAN
 * 10/2018, Lampiran: e-learning 3 JP a day, ...); the sum is kept at most
 * the caps seen so far as it grows, which gives the same figure and does
 * not overflow.
 */
void
ipasn_jp_capped_day(const JpCapDay *days, int64 n, int64 i, JpCappedDay *out)
{
	const JpCapDay *first = &days[i];
	int64		j;

	out->cap = first->cap;
	out->sum_h = first->value_h;
	out->own_h = Min(first->value_h, (int64) first->cap);
	out->value_h = out->own_h;
	for (j = i + 1; !first->undated && j < n &&
		 ipasn_jp_same_day_group(&days[j], first) &&
		 !days[j].undated && days[j].day == first->day; j++)
	{
		out->cap = Min(out->cap, days[j].cap);
		out->sum_h += days[j].value_h;
		out->own_h += Min(days[j].value_h, (int64) days[j].cap);
		out->value_h = Min(out->value_h + days[j].value_h, (int64) out->cap);
	}
	out->value_h = Min(out->value_h, (int64) out->cap);
	out->end = j;
}

static int
capmonth_cmp(const void *pa, const void *pb)
{
	const JpCapMonth *a = pa;
	const JpCapMonth *b = pb;

	if (a->jalur != b->jalur)
		return a->jalur < b->jalur ? -1 : 1;
	if (a->teknis != b->teknis)
		return a->teknis < b->teknis ? -1 : 1;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	/* worth most first: internasional is worth more than nasional */
	if (a->value_h != b->value_h)
		return a->value_h > b->value_h ? -1 : 1;
	if (a->ref != b->ref)
		return a->ref < b->ref ? -1 : 1;
	return 0;
}

void
ipasn_jp_sort_months(JpCapMonth *m, int64 n)
{
	if (n > 1)
		qsort(m, n, sizeof(JpCapMonth), capmonth_cmp);
}

/*
 * The month starting at m[i] (one jalur, teknis mark and month): its
 * activities worth most count, as many as the lowest limit of its items
 * (Peraturan LAN 10/2018, Lampiran: coaching, mentoring, bimbingan di
 * tempat kerja, 2 activities a month).
 */
int64
ipasn_jp_capped_month(JpCapMonth *m, int64 n, int64 i, int32 *limit, int64 *value_h)
{
	int64		j,
				k,
				remaining;

	*limit = m[i].limit;
	*value_h = 0;
	for (j = i; j < n && m[j].jalur == m[i].jalur &&
		 m[j].teknis == m[i].teknis && m[j].key == m[i].key; j++)
		*limit = Min(*limit, m[j].limit);
	remaining = *limit;
	for (k = i; k < j; k++)
	{
		int64		take = Min(remaining, (int64) m[k].n);

		m[k].taken = (int32) take;
		*value_h += take * m[k].value_h;
		remaining -= take;
	}
	return j;
}

/* the teknis mark of an entry under a mode; false: the entry is left out */
static bool
teknis_of(const JpEntry *e, TeknisMode mode, uint8 *teknis)
{
	if (mode == TEKNIS_ONLY && !e->teknis)
		return false;
	*teknis = (mode == TEKNIS_MERGE) ? 0 : e->teknis;
	return true;
}

/*
 * The entries in[0..n) (version 2, in any order, overlapping) normalised
 * into a new array *out (current context): per jalur, lingkup, teknis and
 * bonus, the days in order, each day's value the sum of what the entries
 * put on it kept at most the lowest of their caps, in runs of at most
 * MAX_RUN equal consecutive days; the undated ones, equal ones counted
 * together; per jalur, teknis and month, the activities worth most, as
 * many as the lowest limit (a month whose records count no activity keeps
 * one empty entry, for its limit).  Returns the number of entries.
 */
static int
state_normalise(const JpEntry *in, int n, TeknisMode mode, JpEntry **out)
{
	int64		ndays = 0,
				nmonths = 0,
				nout;
	JpCapDay   *days = NULL;
	JpCapMonth *months = NULL;
	JpEntry    *res;
	int64		i,
				j,
				k;
	int			m = 0;
	uint8		teknis;

	for (i = 0; i < n; i++)
	{
		if (!teknis_of(&in[i], mode, &teknis))
			continue;
		if (in[i].tag == TAG_DAILY)
			ndays += (in[i].key == NO_KEY) ? 1 : in[i].n;
		else
			nmonths++;
	}
	if (ndays > MAX_CAPPED_DAYS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("jp_state holds too many capped days: " INT64_FORMAT, ndays),
				 errdetail("At most %d days of per-day-capped records are read at once.", MAX_CAPPED_DAYS),
				 errhint("Group the records by person and year.")));
	nout = ndays + nmonths;
	res = MemoryContextAllocHuge(CurrentMemoryContext, sizeof(JpEntry) * Max(nout, 1));

	/* per-day caps: spread into days, sorted, each day combined */
	if (ndays > 0)
	{
		days = MemoryContextAllocHuge(CurrentMemoryContext, sizeof(JpCapDay) * ndays);
		k = 0;
		for (i = 0; i < n; i++)
		{
			const JpEntry *e = &in[i];
			int			d;

			if (e->tag != TAG_DAILY || !teknis_of(e, mode, &teknis))
				continue;
			for (d = 0; d < (e->key == NO_KEY ? 1 : e->n); d++)
			{
				JpCapDay   *v = &days[k++];

				v->jalur = e->jalur;
				v->lingkup = e->lingkup;
				v->teknis = teknis;
				v->persen = e->persen;
				v->undated = (e->key == NO_KEY);
				v->day = v->undated ? 0 : e->key + d;
				v->ref = 0;
				v->cap = e->limit;
				v->count = v->undated ? e->n : 1;
				v->value_h = Min((int64) e->value_h, (int64) e->limit);
			}
		}
		ipasn_jp_sort_days(days, ndays);

		i = 0;
		while (i < ndays)
		{
			const JpCapDay *cur = &days[i];
			JpCappedDay day;

			ipasn_jp_capped_day(days, ndays, i, &day);
			if (!cur->undated)
			{
				/* the run of the previous entry, if this day continues it */
				if (m > 0 && res[m - 1].tag == TAG_DAILY && res[m - 1].key != NO_KEY &&
					res[m - 1].jalur == cur->jalur && res[m - 1].lingkup == cur->lingkup &&
					res[m - 1].teknis == cur->teknis && res[m - 1].persen == cur->persen &&
					(int64) res[m - 1].key + res[m - 1].n == cur->day &&
					res[m - 1].limit == day.cap && res[m - 1].value_h == day.value_h &&
					res[m - 1].n < MAX_RUN)
					res[m - 1].n++;
				else
					daily_entry(&res[m++], cur->jalur, cur->lingkup, cur->teknis, cur->persen,
								cur->day, 1, day.value_h, day.cap);
				i = day.end;
			}
			else
			{
				/* undated records of equal value and cap counted together */
				int64		count = 0;

				for (j = i; j < ndays && ipasn_jp_same_day_group(&days[j], cur) &&
					 days[j].undated && days[j].cap == cur->cap &&
					 days[j].value_h == cur->value_h; j++)
					count += days[j].count;
				while (count > 0)
				{
					int32		take = (int32) Min(count, (int64) MAX_RUN);

					daily_entry(&res[m], cur->jalur, cur->lingkup, cur->teknis, cur->persen,
								NO_KEY, take, day.value_h, day.cap);
					m++;
					count -= take;
				}
				i = j;
			}
		}
		pfree(days);
	}

	/* per-month caps: the activities worth most, up to the lowest limit */
	if (nmonths > 0)
	{
		months = palloc(sizeof(JpCapMonth) * nmonths);
		k = 0;
		for (i = 0; i < n; i++)
		{
			if (in[i].tag != TAG_MONTHLY || !teknis_of(&in[i], mode, &teknis))
				continue;
			ipasn_jp_cap_month_set(&months[k++], in[i].jalur, teknis, in[i].key, 0,
								   in[i].value_h, in[i].n, in[i].limit);
		}
		ipasn_jp_sort_months(months, nmonths);
		i = 0;
		while (i < nmonths)
		{
			int32		limit;
			int64		month_h;
			int			first = m;

			j = ipasn_jp_capped_month(months, nmonths, i, &limit, &month_h);
			for (k = i; k < j; k++)
			{
				int64		take = months[k].taken;

				while (take > 0)
				{
					/* equal values in one entry, at most MAX_ACTIVITIES */
					if (m > first && res[m - 1].value_h == months[k].value_h &&
						res[m - 1].n < MAX_ACTIVITIES)
					{
						int64		add = Min(take, (int64) (MAX_ACTIVITIES - res[m - 1].n));

						res[m - 1].n += (int16) add;
						take -= add;
						continue;
					}
					memset(&res[m], 0, sizeof(JpEntry));
					res[m].tag = TAG_MONTHLY;
					res[m].jalur = months[k].jalur;
					res[m].teknis = months[k].teknis;
					res[m].key = months[k].key;
					res[m].value_h = (int32) months[k].value_h;
					m++;
				}
			}
			if (m == first)
			{
				memset(&res[m], 0, sizeof(JpEntry));
				res[m].tag = TAG_MONTHLY;
				res[m].jalur = months[i].jalur;
				res[m].teknis = months[i].teknis;
				res[m].key = months[i].key;
				m++;
			}
			/* the month's limit, for the records still to come */
			for (k = first; k < m; k++)
				res[k].limit = limit;
			i = j;
		}
		pfree(months);
	}
	*out = res;
	return m;
}

/* JP of the state; teknis_only: of the entries counting toward jp_teknis */
int64
ipasn_jp_state_value_h(JpState s, bool teknis_only)
{
	int64		total = teknis_only ? s->fixed_teknis_h : s->fixed_h;
	JpEntry    *e;
	int			n,
				i;

	if (s->n == 0)
		return total;
	n = state_normalise(s->e, s->n, teknis_only ? TEKNIS_ONLY : TEKNIS_MERGE, &e);
	i = 0;
	while (i < n)
	{
		if (e[i].tag == TAG_DAILY)
		{
			/* a group: jalur, lingkup, bonus; the bonus on its capped sum */
			int64		group_h = 0;
			int			g = i;

			for (; i < n && e[i].tag == TAG_DAILY && e[i].jalur == e[g].jalur &&
				 e[i].lingkup == e[g].lingkup && e[i].teknis == e[g].teknis &&
				 e[i].persen == e[g].persen; i++)
				add_checked(&group_h, (int64) e[i].n * e[i].value_h);
			add_checked(&total, ipasn_add_percent(group_h, e[g].persen));
		}
		else
		{
			add_checked(&total, (int64) e[i].n * e[i].value_h);
			i++;
		}
	}
	pfree(e);
	return total;
}

/* ---------------------------------------------------------------------
 * Version 1 (ipasn 0.1.0, 0.2.0): one entry per capped record.  A D entry
 * is a record (value_h spread over n days, cap, bonus), an M entry a
 * record (n activities of value_h, the month's limit).  Converted into
 * version 2 entries on reading.
 * ---------------------------------------------------------------------
 */

/*
 * The version-2 state of version-1 entries v1[0..n): the totals of 'hdr'
 * (a version-1 header), a new state in the current context.
 */
static JpState
state_from_v1(const JpStateData *hdr, const JpEntry *v1, int n)
{
	JpState		s = state_new_like(hdr, 2 * n);
	int			i;

	for (i = 0; i < n; i++)
	{
		const JpEntry *e = &v1[i];

		if (e->tag == TAG_DAILY)
			s->n += daily_record_entries(&s->e[s->n], e->jalur, e->lingkup, e->teknis != 0,
										 e->persen, e->key != NO_KEY, e->key, e->n,
										 e->value_h, e->limit);
		else if (e->key == NO_KEY)
		{
			int64		v = (int64) Min(e->n, e->limit) * e->value_h;

			state_add_checked(&s->fixed_h, v);
			if (e->teknis)
				state_add_checked(&s->fixed_teknis_h, v);
		}
		else
		{
			JpEntry    *m = &s->e[s->n++];

			*m = *e;
			m->lingkup = 0;
			m->n = (int16) Min((int32) e->n, e->limit);
		}
	}
	return ipasn_jp_state_compacted(s);
}

/*
 * A jp_state argument: detoasted, and a version-1 datum (stored by ipasn
 * 0.1.0 or 0.2.0) converted to version 2.
 */
JpState
ipasn_jp_state_from_datum(Datum d)
{
	JpState		s = (JpState) PG_DETOAST_DATUM(d);

	if (s->version == JP_STATE_VERSION_1)
	{
		if (s->n < 0 || s->n > MAX_ENTRIES ||
			VARSIZE(s) < JP_STATE_SIZE(s->n))
			elog(ERROR, "corrupt jp_state of version 1");
		s = state_from_v1(s, s->e, s->n);
	}
	else if (s->version != JP_STATE_VERSION)
		elog(ERROR, "jp_state of unknown version %d", s->version);
	return s;
}

/* ---------------------------------------------------------------------
 * I/O.  Text: 2|fixed_h|kegiatan|fixed_teknis_h|flags|D,jalur,lingkup,teknis,day,days,cap,persen,value|M,...
 * (days and months as integers: days since 2000-01-01, year*12+month-1;
 * "-" for an undated record).  Version 2: a D entry is a run of 'days'
 * days of 'value' hundredths each (at most cap), or 'days' undated records
 * of 'value' each; an M entry 'days' activities of 'value' each in a month
 * whose limit is 'cap' (lingkup nasional, persen 0).  Version 1 (0.1.0,
 * 0.2.0: an entry per record, 'value' spread over the days) is read too.
 * Input validates everything and accepts the entries in any order; output
 * and send write the normalised state (canonical: equal content, equal
 * text and bytes).
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
			 errhint("A jp_state is written by ipasn itself: 2|fixed_h|kegiatan|fixed_teknis_h|flags followed by |D,... or |M,... entries (version 1 of ipasn 0.2.0 is read too).")));
}

static void
check_entry(const JpEntry *e, int version, const char *str)
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
		if (e->n < 1 || e->n > MAX_RUN)
			bad_state(str, "Days of an entry must be between 1 and 366.");
		if (e->key != NO_KEY &&
			(!IS_VALID_DATE(e->key) || !IS_VALID_DATE((int64) e->key + e->n - 1)))
			bad_state(str, "Day out of range.");
		if (e->persen < 0 || e->persen > 1000)
			bad_state(str, "Bonus percent out of range.");
		if (version >= 2 && e->value_h > e->limit)
			bad_state(str, "The value of a day exceeds its cap.");
	}
	else
	{
		if (e->n < 0 || e->n > MAX_ACTIVITIES)
			bad_state(str, "Activities of an entry must be between 0 and 100.");
		if (e->persen != 0)
			bad_state(str, "A per-month entry carries no bonus.");
		if (e->key != NO_KEY && (e->key < MIN_MONTH_KEY || e->key > MAX_MONTH_KEY))
			bad_state(str, "Month out of range.");
		if (version >= 2 && e->key == NO_KEY)
			bad_state(str, "An undated per-month record is counted in fixed_h.");
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

/*
 * A state read (text or binary) into s, its entries of 'version': the
 * cross-checks, then the version-2 normalised state.
 */
static JpState
state_read_done(JpState s, int version, const char *str)
{
	if (s->fixed_teknis_h > s->fixed_h)
		bad_state(str, "The teknis part exceeds the total.");
	if (version == JP_STATE_VERSION_1)
	{
		if (s->kegiatan < s->n)
			bad_state(str, "Fewer records than capped entries.");
		return state_from_v1(s, s->e, s->n);
	}
	return ipasn_jp_state_compacted(s);
}

PG_FUNCTION_INFO_V1(ipasn_jp_state_in);
Datum
ipasn_jp_state_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	const char *p = str;
	JpState		s;
	int			version;
	int			n = 0,
				cap = 0;

	version = (int) parse_int(&p, str, 1, 255);
	if (version != JP_STATE_VERSION && version != JP_STATE_VERSION_1)
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
		check_entry(e, version, str);
		n++;
	}
	if (*p != '\0')
		bad_state(str, "Unexpected text after the last entry.");
	s->n = n;
	PG_RETURN_POINTER(state_read_done(s, version, str));
}

PG_FUNCTION_INFO_V1(ipasn_jp_state_out);
Datum
ipasn_jp_state_out(PG_FUNCTION_ARGS)
{
	JpState		s = ipasn_jp_state_compacted(DatumGetJpState(PG_GETARG_DATUM(0)));
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	appendStringInfo(&buf, "%d|" INT64_FORMAT "|" INT64_FORMAT "|" INT64_FORMAT "|%d",
					 JP_STATE_VERSION, s->fixed_h, s->kegiatan, s->fixed_teknis_h, s->flags);
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
	JpState		s = ipasn_jp_state_compacted(DatumGetJpState(PG_GETARG_DATUM(0)));
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, JP_STATE_VERSION);
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
	if (version != JP_STATE_VERSION && version != JP_STATE_VERSION_1)
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
		check_entry(e, version, what);
	}
	pq_getmsgend(buf);
	s->n = n;
	PG_RETURN_POINTER(state_read_done(s, version, what));
}
