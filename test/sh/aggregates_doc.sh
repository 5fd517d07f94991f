#!/usr/bin/env bash
# doc/aggregates.md runs as written (test/doc_examples.sh: each ```sql block in
# order in one database, its output equal to the ```text block after it).
# By hand: bash test/run.sh shell 'bash test/sh/aggregates_doc.sh'
exec bash "$(dirname "$0")/../doc_examples.sh" aggregates
