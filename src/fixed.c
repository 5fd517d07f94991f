/*-------------------------------------------------------------------------
 *
 * fixed.c
 *		Fixed point: JP and scores are int64 hundredths ("_h"), read from and
 *		written as numeric with exactly two decimals.  No floating point.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "utils/builtins.h"
#include "utils/numeric.h"

#include "ipasn.h"

/*
 * The on-disk layout of numeric (src/backend/utils/adt/numeric.c; it is
 * part of the on-disk format, so pg_upgrade keeps it stable).  Reading it
 * directly avoids a detoast copy, a NumericVar and a numeric multiply per
 * row.
 */
#define NBASE_ 10000
#define NUMERIC_SIGN_MASK_ 0xC000
#define NUMERIC_NEG_ 0x4000
#define NUMERIC_SHORT_ 0x8000
#define NUMERIC_SPECIAL_ 0xC000
#define NUMERIC_SHORT_SIGN_MASK_ 0x2000
#define NUMERIC_SHORT_WEIGHT_SIGN_MASK_ 0x0040
#define NUMERIC_SHORT_WEIGHT_MASK_ 0x003F

static IpasnNumStatus
numeric_bytes_to_h(const char *p, Size len, int64 *h)
{
	uint16		header;
	int			weight;
	bool		neg;
	const char *digits;
	int			ndigits;
	int			i;
	int64		acc = 0;

	if (len < sizeof(uint16))
		return IPASN_NUM_SPECIAL;
	memcpy(&header, p, sizeof(uint16));
	if ((header & NUMERIC_SIGN_MASK_) == NUMERIC_SPECIAL_)
		return IPASN_NUM_SPECIAL;	/* NaN, +-Infinity */
	if ((header & NUMERIC_SIGN_MASK_) == NUMERIC_SHORT_)
	{
		neg = (header & NUMERIC_SHORT_SIGN_MASK_) != 0;
		weight = (header & NUMERIC_SHORT_WEIGHT_SIGN_MASK_) ?
			(int) (~NUMERIC_SHORT_WEIGHT_MASK_ | (header & NUMERIC_SHORT_WEIGHT_MASK_)) :
			(int) (header & NUMERIC_SHORT_WEIGHT_MASK_);
		digits = p + sizeof(uint16);
		ndigits = (len - sizeof(uint16)) / sizeof(int16);
	}
	else
	{
		int16		w;

		if (len < 2 * sizeof(uint16))
			return IPASN_NUM_SPECIAL;
		neg = (header & NUMERIC_SIGN_MASK_) == NUMERIC_NEG_;
		memcpy(&w, p + sizeof(uint16), sizeof(int16));
		weight = w;
		digits = p + 2 * sizeof(uint16);
		ndigits = (len - 2 * sizeof(uint16)) / sizeof(int16);
	}
	if (ndigits == 0)
	{
		*h = 0;
		return IPASN_NUM_OK;
	}
	/* |value| >= 10^12 is out of every range ipasn reads */
	if (weight > 2)
		return neg ? IPASN_NUM_NEG_HUGE : IPASN_NUM_HUGE;
	for (i = 0; i < ndigits; i++)
	{
		int16		d;
		int			w = weight - i;

		memcpy(&d, digits + i * sizeof(int16), sizeof(int16));
		if (w >= 0)
		{
			int64		scale = 100;
			int			k;

			for (k = 0; k < w; k++)
				scale *= NBASE_;
			acc += (int64) d * scale;
		}
		else if (w == -1)
		{
			if (d % 100 != 0)
				return neg ? IPASN_NUM_NEG_DECIMALS : IPASN_NUM_DECIMALS;
			acc += d / 100;
		}
		else if (d != 0)
			return neg ? IPASN_NUM_NEG_DECIMALS : IPASN_NUM_DECIMALS;
	}
	*h = neg ? -acc : acc;
	return IPASN_NUM_OK;
}

bool
ipasn_datum_numeric_to_h(Datum d, int64 *h)
{
	return ipasn_datum_numeric_decode(d, h) == IPASN_NUM_OK;
}

IpasnNumStatus
ipasn_datum_numeric_decode(Datum d, int64 *h)
{
	struct varlena *v = (struct varlena *) DatumGetPointer(d);
	IpasnNumStatus ok;

	if (VARATT_IS_EXTENDED(v) && !VARATT_IS_SHORT(v))
	{
		struct varlena *detoasted = PG_DETOAST_DATUM_PACKED(d);

		ok = numeric_bytes_to_h(VARDATA_ANY(detoasted),
								VARSIZE_ANY_EXHDR(detoasted), h);
		if (detoasted != v)
			pfree(detoasted);
		return ok;
	}
	return numeric_bytes_to_h(VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v), h);
}

/*
 * Hundredths to a numeric of scale 2, written directly in the short on-disk
 * format (what make_result() builds for such values: no leading or trailing
 * zero digits, weight 0 for zero); one palloc instead of a NumericVar and
 * two allocations per row.
 */
#define NUMERIC_SHORT_DSCALE_SHIFT_ 7

Datum
ipasn_h_to_numeric(int64 h)
{
	int16		digits[8];
	int16		intdig[8];
	int			ni = 0,
				nd = 0,
				i,
				weight;
	bool		neg = h < 0;
	uint64		a = neg ? -(uint64) h : (uint64) h;
	uint64		ip = a / 100;
	uint16		header;
	Size		len;
	char	   *res;

	while (ip > 0)
	{
		intdig[ni++] = (int16) (ip % NBASE_);
		ip /= NBASE_;
	}
	for (i = ni - 1; i >= 0; i--)
		digits[nd++] = intdig[i];
	weight = ni - 1;
	digits[nd++] = (int16) ((a % 100) * 100);
	while (nd > 0 && digits[nd - 1] == 0)
		nd--;
	if (nd == 0)
	{
		weight = 0;
		neg = false;
	}
	header = NUMERIC_SHORT_ |
		(neg ? NUMERIC_SHORT_SIGN_MASK_ : 0) |
		(2 << NUMERIC_SHORT_DSCALE_SHIFT_) |
		(weight < 0 ? NUMERIC_SHORT_WEIGHT_SIGN_MASK_ : 0) |
		(weight & NUMERIC_SHORT_WEIGHT_MASK_);
	len = VARHDRSZ + sizeof(uint16) + nd * sizeof(int16);
	res = palloc(len);
	SET_VARSIZE(res, len);
	memcpy(res + VARHDRSZ, &header, sizeof(uint16));
	if (nd > 0)
		memcpy(res + VARHDRSZ + sizeof(uint16), digits, nd * sizeof(int16));
	return PointerGetDatum(res);
}

int64
ipasn_add_percent(int64 h, int32 persen)
{
	if (persen == 0)
		return h;
	return (h * (100 + persen) + 50) / 100;
}

char *
ipasn_h_to_cstring(int64 h)
{
	int64		a = h < 0 ? -h : h;

	return psprintf("%s" INT64_FORMAT ".%02d", h < 0 ? "-" : "",
					a / 100, (int) (a % 100));
}

/*
 * "12,5": the Indonesian decimal comma, trailing zeros dropped (1250 ->
 * "12,5", 1200 -> "12", 705 -> "7,05"), for text in Indonesian.
 */
char *
ipasn_h_to_cstring_id(int64 h)
{
	uint64		a = h < 0 ? -(uint64) h : (uint64) h;
	int			frac = (int) (a % 100);

	if (frac == 0)
		return psprintf("%s" UINT64_FORMAT, h < 0 ? "-" : "", a / 100);
	if (frac % 10 == 0)
		return psprintf("%s" UINT64_FORMAT ",%d", h < 0 ? "-" : "", a / 100, frac / 10);
	return psprintf("%s" UINT64_FORMAT ",%02d", h < 0 ? "-" : "", a / 100, frac);
}
