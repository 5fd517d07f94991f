#!/usr/bin/env bash
# Lint of ipasn's extension scripts (CVE-2022-2625, CVE-2023-39417 and the
# PostgreSQL documentation's "Security Considerations for Extensions"):
# every install and update script, shipped (src/sql/released/) or built by make.  One test in `make test`
# (exit 0 = pass); prints each finding as FILE:LINE: rule: text.
#
# Rules, in every script:
#  R1 no CREATE OR REPLACE and no IF NOT EXISTS (a pre-existing object of
#     another owner would be taken over, CVE-2022-2625);
#  R2 no @extschema@ inside a quoted string or a function body: the
#     substitution is pasted in verbatim, so a schema name with a quote
#     character breaks out of the literal (CVE-2023-39417);
#  R3 every LANGUAGE sql / plpgsql function or procedure has
#     SET search_path = pg_catalog, pg_temp (callers' search_path must not
#     reach the body; bodies then name ipasn's objects with @extschema@);
#  R4 no SECURITY DEFINER;
#  R5 the first line is the \echo ... \quit guard.
# Exemptions, each with its reason (a new occurrence anywhere fails):
#  - R2 in src/sql/released/ipasn--0.1.0.sql and in the same lines of the later scripts
#    (the trigger builders of 0.1.0, kept verbatim): shipped as released.
#    They are safe in practice because ipasn.control fixes the schema
#    (schema = ipasn, relocatable = false), so @extschema@ is always the
#    literal ipasn, which holds no quote or dollar character; the fix for
#    the later scripts is in doc/security.md;
#  - R1 for CREATE OR REPLACE AGGREGATE @extschema@.name( in the scripts
#    built here (not the released ones): an aggregate that users' views
#    depend on cannot be dropped and made again, and ALTER AGGREGATE cannot
#    change its definition (0.3.0 gives the jp_state aggregates SSPACE), so
#    the update replaces them, with the same part as the install script
#    (src/sql/62_agg_jp_state.sql, written once); PostgreSQL refuses to
#    replace an object that is not already a member of the extension (the
#    CVE-2022-2625 fix, in every PostgreSQL 15), so in either script a
#    planted object makes the command fail, as a plain CREATE would: nothing
#    is taken over;
#  - R3 for the procedures isi_ulang and isi_ulang_ringkasan: they COMMIT,
#    and a procedure with a SET clause cannot; their bodies are exercised
#    under a hostile search_path by test/t/security_search_path.pl.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
ls ipasn--*.sql >/dev/null 2>&1 || make -s >/dev/null 2>&1 || true

perl - src/sql/released/ipasn--*.sql ipasn--*.sql <<'PERL'
use strict;
use warnings;

# R2 lines shipped in 0.1.0 (function bodies of the trigger section)
my %r2_shipped;
my $shipped = 'src/sql/released/ipasn--0.1.0.sql';
my $findings = 0;
my $checked = 0;

sub report
{
	my ($file, $line, $rule, $text) = @_;
	$text =~ s/\s+/ /g;
	$text = substr($text, 0, 160);
	print "$file:$line: $rule: $text\n";
	$findings++;
}

# Split a script into tokens: code, 'string', $tag$body$tag$, comments,
# keeping line numbers.
sub scan
{
	my ($text) = @_;
	my @tok;
	my $line = 1;
	while (length $text)
	{
		my ($kind, $piece);
		if ($text =~ /^(--[^\n]*)/) { ($kind, $piece) = ('comment', $1) }
		elsif ($text =~ m{^(/\*.*?\*/)}s) { ($kind, $piece) = ('comment', $1) }
		elsif ($text =~ /^([eE]?'(?:[^']|'')*')/s) { ($kind, $piece) = ('string', $1) }
		elsif ($text =~ /^(\$([A-Za-z_][A-Za-z_0-9]*)?\$)/)
		{
			my $tag = $1;
			my $i = index($text, $tag, length $tag);
			die "unterminated $tag at line $line\n" if $i < 0;
			($kind, $piece) = ('body', substr($text, 0, $i + length $tag));
		}
		elsif ($text =~ /^([^'\$\-\/;]+|.)/s) { ($kind, $piece) = ('code', $1) }
		push @tok, [ $kind, $piece, $line ];
		$line += ($piece =~ tr/\n//);
		substr($text, 0, length $piece) = '';
	}
	return @tok;
}

sub lines_of
{
	my ($tok) = @_;
	my $n = $tok->[2];
	my @out;
	for my $l (split /\n/, $tok->[1], -1) { push @out, [ $n++, $l ] }
	return @out;
}

# lines of 0.1.0 that carry @extschema@ inside quotes or bodies
{
	open my $fh, '<', $shipped or die "$shipped: $!";
	local $/;
	my $text = <$fh>;
	for my $t (scan($text))
	{
		next unless $t->[0] eq 'string' || $t->[0] eq 'body';
		for my $l (lines_of($t))
		{
			(my $k = $l->[1]) =~ s/^\s+|\s+$//g;
			$r2_shipped{$k} = 1 if $l->[1] =~ /\@extschema\@/;
		}
	}
}

for my $file (@ARGV)
{
	open my $fh, '<', $file or die "$file: $!";
	local $/;
	my $text = <$fh>;
	$checked++;
	report($file, 1, 'R5 first line is not the \\echo ... \\quit guard', (split /\n/, $text)[0])
	  unless $text =~ /\A\\echo Use "(CREATE|ALTER) EXTENSION ipasn[^"]*" to load this file\. \\quit\n/;
	$text =~ s/\A\\echo[^\n]*//;

	my @tok = scan($text);
	# statements: split code on ';' outside strings and bodies
	my @stmt = ([]);
	for my $t (@tok)
	{
		if ($t->[0] eq 'code' && $t->[1] eq ';') { push @stmt, []; next }
		push @{ $stmt[-1] }, $t;
	}
	for my $s (@stmt)
	{
		my $code = join ' ', map { $_->[1] } grep { $_->[0] eq 'code' } @$s;
		my $first = (grep { $_->[0] eq 'code' && $_->[1] =~ /\S/ } @$s)[0];
		next unless $first;
		my $line = $first->[2];
		$code =~ s/\s+/ /g;

		report($file, $line, 'R1 OR REPLACE', $code)
		  if $code =~ /\bOR\s+REPLACE\b/i
		  && !($file !~ m{released/}
			&& $code =~ /^\s*CREATE OR REPLACE AGGREGATE \@extschema\@\.\w+\(/);
		report($file, $line, 'R1 IF NOT EXISTS', $code) if $code =~ /\bIF\s+NOT\s+EXISTS\b/i;
		for my $t (grep { $_->[0] eq 'body' } @$s)
		{
			# dynamic DDL in a body (plpgsql's IF NOT EXISTS (subquery) is fine)
			report($file, $t->[2], 'R1 CREATE ... IF NOT EXISTS in a body', $t->[1])
			  if $t->[1] =~ /\bCREATE\b[^;]*?\bIF\s+NOT\s+EXISTS\b/i;
			report($file, $t->[2], 'R1 OR REPLACE in a body', $t->[1])
			  if $t->[1] =~ /\bCREATE\s+OR\s+REPLACE\b/i;
		}
		report($file, $line, 'R4 SECURITY DEFINER', $code) if $code =~ /\bSECURITY\s+DEFINER\b/i;

		for my $t (grep { $_->[0] eq 'string' || $_->[0] eq 'body' } @$s)
		{
			for my $l (lines_of($t))
			{
				next unless $l->[1] =~ /\@extschema\@/;
				(my $k = $l->[1]) =~ s/^\s+|\s+$//g;
				next if $r2_shipped{$k};
				report($file, $l->[0], "R2 \@extschema\@ inside a $t->[0]", $l->[1]);
			}
		}

		if ($code =~ /^\s*CREATE\s+(FUNCTION|PROCEDURE)\s+(\S+?)\s*\(/i)
		{
			my ($kind, $name) = ($1, $2);
			my ($lang) = $code =~ /\bLANGUAGE\s+(\w+)/i;
			next unless $lang && $lang =~ /^(sql|plpgsql)$/i;
			next if $code =~ /\bSET\s+search_path\s*(=|TO)\s*pg_catalog\s*,\s*pg_temp\b/i;
			next if $kind =~ /PROCEDURE/i && $name =~ /^\@extschema\@\.(isi_ulang|isi_ulang_ringkasan)$/;
			report($file, $line, "R3 $kind without SET search_path = pg_catalog, pg_temp", $name);
		}
	}
}
print "$checked scripts checked, $findings findings\n";
exit($findings ? 1 : 0);
PERL
