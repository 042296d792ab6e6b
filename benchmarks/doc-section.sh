#!/usr/bin/env bash
# Puts a section into a Markdown file: the section (standard input) starts with its heading line
# ("## Title"); the file's section with that heading, up to the next "## " heading, is replaced
# by it, or it is appended when the file has none. With KEEP_FROM set to the start of a "### "
# heading (e.g. "### Why"), that part of the old section, written by hand, is kept after the new
# text. The benchmark scripts write their figures with it.
#
# Usage: benchmarks/doc-section.sh FILE < SECTION
set -euo pipefail
doc=$1
section=$(cat)
title=${section%%$'\n'*}
[ -f "$doc" ] || printf '# %s\n' "$(basename "$doc" .md)" > "$doc"
updated=$(mktemp)
trap 'rm -f "$updated"' EXIT
SECTION="$section" TITLE="$title" KEEP="${KEEP_FROM:-}" awk '
	/^## / && skipping { skipping = 0; print "" }
	$0 == ENVIRON["TITLE"] { print ENVIRON["SECTION"]; skipping = 1; done = 1; next }
	skipping && ENVIRON["KEEP"] != "" && index($0, ENVIRON["KEEP"]) == 1 { skipping = 0; print "" }
	!skipping { print }
	END { if (!done) { print ""; print ENVIRON["SECTION"] } }
' "$doc" > "$updated"
cp "$updated" "$doc"
