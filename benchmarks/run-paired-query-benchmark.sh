#!/usr/bin/env bash
# Runs ours beside hand-written JDBC in paired rounds (class PairedRounds): both tools in one JVM,
# in alternating turns of a fixed time, so that a machine whose speed drifts moves both alike and
# the ratio of a round keeps still. Writes the section "## Queries: ours beside JDBC in paired
# rounds" of docs/benchmarks.md, replacing that section and keeping the rest of the file (its
# "### Why" part, written by hand, too).
#
# Usage: benchmarks/run-paired-query-benchmark.sh [SERVER] [-- OPTIONS]
#   SERVER: as for run-query-benchmark.sh (an admin URL, or `embedded`; default
#   $PRISMA_TEST_DATABASE_URL, else embedded). OPTIONS: --rounds=10 --turn-ms=1000
#   --warmup-ms=8000 --include=REGEX (an operation's method, e.g. '^findMany1000$'). With the
#   defaults the 17 single-thread operations take about 12 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
server="${PRISMA_TEST_DATABASE_URL:-embedded}" options=()
if [ $# -gt 0 ] && [ "$1" != "--" ]; then server=$1; shift; fi
if [ $# -gt 0 ] && [ "$1" = "--" ]; then shift; options=("$@"); fi
redact() { sed -E 's#(://[^:@/]*):[^@/]*@#\1:****@#g'; } # a URL's password never reaches the file

mvn -B -q -DskipTests -pl benchmarks -am package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp benchmarks/target/benchmarks.jar "$work/benchmarks.jar"
load_before=$(cut -d' ' -f1 /proc/loadavg)
# A fixed heap for both tools: the full GC before each turn would otherwise shrink it, and the
# turn after it would run on a small young generation, collecting the rows a createMany holds.
java -Xms1g -Xmx1g -Dlogback.configurationFile=dev/prismaspring/benchmarks/query/logback.xml -cp "$work/benchmarks.jar" \
	dev.prismaspring.benchmarks.query.PairedRounds "$server" ${options[@]+"${options[@]}"} > "$work/out.md"
load_after=$(cut -d' ' -f1 /proc/loadavg)

command="benchmarks/run-paired-query-benchmark.sh $(printf '%s' "$server" | redact)${options[*]+ -- ${options[*]}}"
section=$(cat <<MD
## Queries: ours beside JDBC in paired rounds

Command: \`${command}\` (class \`PairedRounds\`).
Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(java -version 2>&1 | sed -n 1p); 1-minute load average ${load_before} before, ${load_after} after.
$(head -1 "$work/out.md")

The same operations, data, checks and pools as the JMH section above, for ours and hand-written
JDBC only, timed another way: both tools in one JVM, each on its own copy of the database, in
turns of a fixed time and at least 20 operations; a round is a turn of each (which one goes first
alternates), preceded by a full garbage collection, and gives one ratio; the heap is a fixed
1 GB (\`-Xms1g -Xmx1g\`), so that a collection before a turn does not shrink it under the turn. On a shared virtual machine whose speed drifts from
minute to minute, JMH's separate forks (one tool now, the other minutes later) move the ratios
by a third between two runs of the same code; the two turns of a round see the same machine. The
verdicts of issue 5's targets here go by the median ratio, unrounded (0.897 shows as 0.90 and misses 0.9).

$(tail -n +3 "$work/out.md")
MD
)
printf '%s\n' "$section" | KEEP_FROM="### Why" benchmarks/doc-section.sh docs/benchmarks.md
echo "wrote the paired-rounds section of docs/benchmarks.md"
