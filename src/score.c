/*-------------------------------------------------------------------------
 *
 * score.c
 *		IP ASN scoring (placeholder until the scoring work lands).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "ipasn.h"

void
ipasn_score_init(void)
{
}
