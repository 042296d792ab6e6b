#!/usr/bin/env bash
# Runs the query benchmarks (issue 5): this project's generated client beside hand-written JDBC,
# Spring Data JDBC, Hibernate and jOOQ on the getting-started schema with 1,000 users x 10 posts
# (class QueryBenchmark, JMH), and writes the figures into the section "## Queries: beside JDBC,
# Spring Data JDBC, Hibernate and jOOQ" of docs/benchmarks.md, replacing that section and keeping
# the rest of the file.
#
# Usage: benchmarks/run-query-benchmark.sh [SERVER] [-- BENCHMARK-OPTIONS]
#   SERVER: an admin URL of a PostgreSQL server the benchmark may create and drop bench_*
#   databases on (e.g. postgresql://postgres@127.0.0.1:5432/postgres), or `embedded` for the
#   embedded PostgreSQL 17 the tests use. Default: $PRISMA_TEST_DATABASE_URL, else embedded.
#   BENCHMARK-OPTIONS: --warmup=4 --warmup-time=2 --iterations=5 --time=1 --include=REGEX
#   --prof=gc. With a server URL and Node.js on the machine, Prisma Client 7 itself (benchmarks/node,
#   installed there with npm on the first run) is then measured on the same server, data and
#   operations, and set beside our figures; with the embedded server it is skipped (that server
#   lives inside the benchmark's JVM). With the defaults the 105 benchmarks (21 operations x 5 tools)
#   take about 45 minutes on 2 cores (a fork per benchmark, each starting its tool and checking its
#   answers); --warmup=2 saves about a quarter, at the cost of our client's warm-up (see the
#   section's text).
set -euo pipefail
cd "$(dirname "$0")/.."
server="${PRISMA_TEST_DATABASE_URL:-embedded}" options=()
if [ $# -gt 0 ] && [ "$1" != "--" ]; then server=$1; shift; fi
if [ $# -gt 0 ] && [ "$1" = "--" ]; then shift; options=("$@"); fi
[ ${#options[@]} -gt 0 ] || options=(--warmup=4 --warmup-time=2 --iterations=5 --time=1)
redact() { sed -E 's#(://[^:@/]*):[^@/]*@#\1:****@#g'; } # a URL's password never reaches the file

mvn -B -q -DskipTests -pl benchmarks,prisma-cli -am package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy, so that a rebuild of the module during the run cannot change the jar under the forks.
cp benchmarks/target/benchmarks.jar "$work/benchmarks.jar"

echo "== $(printf '%s' "$server" | redact)" >&2
# Warnings only from the driver too, so no log line lands among the figures.
driver=(java -Dlogback.configurationFile=dev/prismaspring/benchmarks/query/logback.xml -cp "$work/benchmarks.jar"
	dev.prismaspring.benchmarks.query.QueryBenchmark)
if [ "$server" = embedded ]; then
	"${driver[@]}" "${options[@]}" --scores="$work/scores.tsv" > "$work/out.txt"
else
	"${driver[@]}" "$server" "${options[@]}" --scores="$work/scores.tsv" > "$work/out.txt"
fi
# JMH's own progress comes first; the report starts at "Server: ".
sed -n '/^Server: /,$p' "$work/out.txt" > "$work/table.md"
[ -s "$work/table.md" ] || { echo "The benchmark printed no figures; see its output above." >&2; exit 1; }

# Prisma Client 7 on Node, on the same server: its own database, loaded alike, the tables as our
# `migrate diff --from-empty` writes them for the same schema.
node_options=()
for option in "${options[@]}"; do
	case $option in --warmup=*|--warmup-time=*|--iterations=*|--time=*) node_options+=("$option") ;; esac
done
if [ "$server" = embedded ]; then
	node_text="Prisma Client 7 on Node was not run: the embedded server lives inside the benchmark's JVM; give a server URL to measure it."
elif ! command -v node > /dev/null || ! command -v npm > /dev/null; then
	node_text="Prisma Client 7 on Node was not run: this machine has no Node.js and npm."
	echo "$node_text" >&2
else
	# Prisma's CLI looks for a native schema engine on every command; generate does not use it.
	(cd benchmarks/node && { [ -d node_modules/@prisma/client ] || npm ci --no-audit --no-fund; } \
		&& PRISMA_SCHEMA_ENGINE_BINARY=$(type -P true) PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING=1 \
			npx --no-install prisma generate --schema schema.prisma) >&2
	java -jar prisma-cli/target/prisma-cli.jar migrate diff --from-empty \
		--to-schema-datamodel benchmarks/src/main/resources/dev/prismaspring/benchmarks/query/schema.prisma --script > "$work/tables.sql"
	(cd benchmarks/node && npx --no-install tsx bench.mts "$server" "$work/tables.sql" --jvm-scores="$work/scores.tsv" \
		--scores-out="$work/node-scores.tsv" \
		${node_options[@]+"${node_options[@]}"}) > "$work/node.md"
	node_text=$(cat "$work/node.md")
fi

# The picture: every tool's throughput relative to JDBC's.
chart_scores=("$work/scores.tsv")
[ ! -s "$work/node-scores.tsv" ] || chart_scores+=("$work/node-scores.tsv")
java -cp "$work/benchmarks.jar" dev.prismaspring.benchmarks.query.QueryChart docs/benchmarks-queries.png "${chart_scores[@]}"

command="benchmarks/run-query-benchmark.sh $(printf '%s' "$server" | redact) -- ${options[*]}"
section=$(cat <<MD
## Queries: beside JDBC, Spring Data JDBC, Hibernate and jOOQ

Command: \`${command}\` (class \`QueryBenchmark\`, JMH).
Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(java -version 2>&1 | sed -n 1p).
$(head -1 "$work/table.md")

The getting-started schema (User, Post, Profile as in \`sample-app\`); every trial (one JMH fork
per benchmark) works on its own copy of a database loaded with 1,000 users, each with a profile
and 10 posts (every second one published). Every tool has a HikariCP pool of its own (at most 8
connections, \`reWriteBatchedInserts=true\` for all) on that database, and before it is measured
runs every operation once and must give the known answers, checked against independent SQL
(\`QueryChecks\`). Rows added by the write benchmarks are deleted before every iteration.

- ours: the repositories generated from the schema (\`UserRepository\`, \`PostRepository\`) on
  \`PrismaClient.create(datamodel, pool)\`, default relation loading (one query per include level).
- JDBC: hand-written \`PreparedStatement\`s, rows mapped to records by column index; the include
  is two statements (\`= ANY (?)\` on the users' ids); createMany one rewritten batch.
- Spring Data JDBC: repositories in a plain Spring context (no Boot): \`findById\`, \`findAll\`,
  a derived query (\`findTop10ByPublishedTrueAndTitleStartingWithOrderByIdDesc\`), \`count\`,
  \`saveAll\` for createMany, load and \`save\` for updates and upserts (in a \`TransactionTemplate\`
  where user and profile change together), \`@Query\` into a record for aggregate and groupBy; a user aggregate with
  \`@MappedCollection\` posts for the include and with profile and posts for the nested create.
- Hibernate: a plain \`SessionFactory\`, a session per operation, HQL, a fetch join for the
  include, a \`StatelessSession.insertMultiple\` for createMany (identity ids, as Prisma creates
  them, so Hibernate cannot batch the inserts), \`find\` and dirty checking for the updates, HQL
  with \`Object[]\` rows for aggregate and groupBy.
- jOOQ: the DSL with tables and fields by name (no code generation), records mapped by a lambda;
  the include is two queries; createMany a \`batch(...).bind(...)\` in one transaction.

Operations (the query set of Prisma's own ORM benchmarks, plus count, aggregate, groupBy,
createMany and a concurrent read mix): findUnique of a user by id, alone and with its 10 posts;
findFirst, an author's first published post; all 1,000 users; published posts whose title starts
with "Post 1", newest id first, 10; users 1-100 with their posts (1,000); a post created; a user
with a profile and two posts in one transaction; 10,000 posts; a post's title (and \`updatedAt\`)
by id, returning the post; a user renamed together with its profile's bio (nested update); a user
upserted by email (an existing one, so the update path); a user's profile upserted through the
user (nested upsert); a post created and deleted again (a pair, so the data stays constant);
count of users; count, mean author id and lowest and highest id of the published posts; posts per
author for authors 1-100 (count and newest id, 100 groups). The read mix runs findUnique,
findFirst, the filtered page and findUnique with posts in turn, on 1, 2, 4 and 8 threads at once
(throughput of all threads summed; 2 cores, so the server shares them with the threads). Where a
tool has no single call for an operation it does what its users would write: a transaction with
the two updates, or load-and-save for an upsert (Hibernate, Spring Data JDBC), \`INSERT ... ON
CONFLICT\` (JDBC, jOOQ).

$(tail -n +3 "$work/table.md")

![Each tool's throughput relative to JDBC's, per operation](benchmarks-queries.png)

### Prisma Client 7 on Node: the same server, data and operations

The same operations through Prisma's own client (\`benchmarks/node/bench.mts\`), on a
database of its own on the same server, loaded alike and checked against plain SQL before it is
measured; the JVM columns are the figures above.

${node_text}
MD
)

doc=docs/benchmarks.md
# The text after the figures ("### Why ...") belongs to the section and is kept from the old one.
printf '%s\n' "$section" | KEEP_FROM="### Why" benchmarks/doc-section.sh "$doc"
echo "wrote the query section of $doc"
