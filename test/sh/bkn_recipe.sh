#!/usr/bin/env bash
# doc/bkn.md runs as written: its ```sql blocks are run in order in one psql
# session in a fresh database, and what psql prints for each block must equal
# the ```text block that follows it (before the next ```sql block); a block
# with no ```text block must print nothing.  psql runs without row-count
# footers (-P footer=off).  Lines are compared without
# trailing blanks and without empty lines.  So the recipes that load BKN's
# CSV export and SIASN's JSON answers, and every figure and message the file
# shows, cannot drift from the code.
# Run by `make test` against its throwaway cluster (PGHOST/PGPORT/PGUSER set);
# by hand: bash test/run.sh shell 'bash test/sh/bkn_recipe.sh'
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
doc=$top/doc/bkn.md
db=ipasn_bkn_recipe_$$
tmp=$(mktemp -d /tmp/ipasn-bkn-recipe.XXXXXX)
trap 'dropdb --if-exists $db >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT

perl - "$doc" "$tmp/run.sql" "$tmp/want.txt" <<'PERL' || exit 1
use strict;
use warnings;
my ($doc, $sql, $want) = @ARGV;
open my $in, '<', $doc or die "$doc: $!\n";
my (@blocks, $cur);
while (my $l = <$in>)
{
	if ($l =~ /^```(\S*)\s*$/)
	{
		if ($cur) { push @blocks, $cur; undef $cur; }
		else { $cur = { lang => $1, text => '' }; }
		next;
	}
	$cur->{text} .= $l if $cur;
}
die "$doc: unterminated code block\n" if $cur;
open my $s, '>', $sql or die;
open my $w, '>', $want or die;
my $n = 0;
for my $i (0 .. $#blocks)
{
	next unless $blocks[$i]{lang} eq 'sql';
	$n++;
	print $s $blocks[$i]{text}, "\\echo ==block $n==\n";
	my $j = $i + 1;
	$j++ while $j <= $#blocks && $blocks[$j]{lang} ne 'sql' && $blocks[$j]{lang} ne 'text';
	print $w $blocks[$j]{text} if $j <= $#blocks && $blocks[$j]{lang} eq 'text';
	print $w "==block $n==\n";
}
die "no ```sql block in $doc\n" unless $n;
print "$n blocks\n";
PERL

createdb "$db"
PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning" \
	psql -X -q -P footer=off -v ON_ERROR_STOP=1 -d "$db" -f "$tmp/run.sql" >"$tmp/got.raw" 2>&1 || {
	echo "an SQL block of doc/bkn.md failed:"; tail -20 "$tmp/got.raw"; exit 1; }

norm() { sed -e 's/[[:space:]]*$//' "$1" | grep -v '^$' || true; }
norm "$tmp/got.raw" >"$tmp/got.txt"
norm "$tmp/want.txt" >"$tmp/want.n"
if diff -u "$tmp/want.n" "$tmp/got.txt"; then
	echo "doc/bkn.md: $(grep -c '^==block' "$tmp/want.n") SQL blocks, $(grep -vc '^==block' "$tmp/want.n") lines of output as the file shows"
else
	echo "doc/bkn.md's output differs from psql's (- doc/bkn.md, + psql)"
	exit 1
fi
