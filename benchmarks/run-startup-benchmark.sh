#!/usr/bin/env bash
# Times the start-up of a minimal Spring Boot application whose database holds 200 applied
# migrations, on this project's starter beside the same application on Boot's Flyway integration
# (class StartupBenchmark), and writes the figures into the section "## Start-up: an application
# with applied migrations, beside Boot's Flyway integration" of docs/benchmarks.md, replacing that
# section and keeping the rest of the file.
#
# Usage: benchmarks/run-startup-benchmark.sh [SERVER] [-- BENCHMARK-OPTIONS]
#   SERVER: an admin URL of a PostgreSQL server the benchmark may create and drop bench_*
#   databases on (e.g. postgresql://postgres@127.0.0.1:5432/postgres), or `embedded` for the
#   embedded PostgreSQL 17 the tests use. Default: $PRISMA_TEST_DATABASE_URL, else embedded.
#   BENCHMARK-OPTIONS: --migrations=200 --runs=10
set -euo pipefail
cd "$(dirname "$0")/.."
. benchmarks/script-args.sh

mvn -B -q -DskipTests -pl benchmarks -am package
# Each start is a JVM of its own on the module's classes and dependencies, as an application's
# class path would be (the shaded benchmarks.jar is for JMH).
mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ "$server" = embedded ]; then
	env -u PRISMA_TEST_DATABASE_URL java -cp "$classpath" dev.prismaspring.benchmarks.StartupBenchmark \
		${options[@]+"${options[@]}"} > "$work/table.md"
else
	java -cp "$classpath" dev.prismaspring.benchmarks.StartupBenchmark "$server" \
		${options[@]+"${options[@]}"} > "$work/table.md"
fi

title="## Start-up: an application with applied migrations, beside Boot's Flyway integration"
command="benchmarks/run-startup-benchmark.sh $(printf '%s' "$server" | redact)${options[*]+ -- ${options[*]}}"
section=$(cat <<MD
${title}

Command: \`${command}\` (classes \`StartupBenchmark\`, \`startup.StartupApp\`).
Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(java -version 2>&1 | sed -n 1p).

One minimal application (\`@SpringBootConfiguration @EnableAutoConfiguration\`, Boot 4's
\`DataSource\` and \`JdbcTemplate\`, Hikari) is started again and again, each time in a fresh JVM
with default flags, on a database whose history already holds every migration: the start of
every day after the first. Its class path holds both this project's starter and Boot's Flyway
integration; each variant turns the other off (\`spring.flyway.enabled=false\` or
\`prisma.enabled=false\`), and "neither" turns both off, which is what Boot, the JDBC pool and the
JVM cost alone. Both tools read the same SQL files (the migration benchmark's, one table and one
index each); the starter also reads a \`schema.prisma\` with one model per table, as an
application's schema would be. A variant's first start migrates its own database and is not
timed, nor is a second start (so every timed start finds the files in the page cache); then the
variants start in turns. "Ready" is the JVM's uptime when \`SpringApplication.run\` returns; the
migrator's bean is Boot's start-up step for \`prismaMigrationInitializer\` or
\`flywayInitializer\` (creating it runs the check of the history against the folder, and
creating the \`DataSource\` it needs).

$(tail -n +3 "$work/table.md")
MD
)

doc=docs/benchmarks.md
printf '%s\n' "$section" | benchmarks/doc-section.sh "$doc"
echo "wrote the start-up section of $doc"
