#!/usr/bin/env bash
# Issue 8's proof on the sample application, in separate JVMs over loopback:
#  - SampleAppInstances: 8 instances starting at once on one database with 50 pending migrations,
#    then the CLI's `migrate deploy` racing an application's start-up;
#  - SampleAppLoad: 32 clients for 60 s on the feed and write endpoints of one instance.
# Writes the section "## The sample app: instances at once, the CLI racing it, and load" of
# docs/reliability.md, replacing that section and keeping the rest of the file.
#
# Usage: benchmarks/run-sample-app-proof.sh [SERVER] [-- OPTIONS]
#   SERVER: an admin URL of a PostgreSQL server on which bench_* databases may be created and
#   dropped, or `embedded`. Default: $PRISMA_TEST_DATABASE_URL, else embedded.
#   OPTIONS: --instances=8 --pending=50 --clients=32 --seconds=60
set -euo pipefail
cd "$(dirname "$0")/.."
. benchmarks/script-args.sh
instance_options=() load_options=()
for option in ${options[@]+"${options[@]}"}; do
	case $option in
		--instances=*|--pending=*) instance_options+=("$option") ;;
		--clients=*|--seconds=*) load_options+=("$option") ;;
		*) echo "unknown option $option" >&2; exit 2 ;;
	esac
done

mvn -B -q -DskipTests install -pl prisma-cli,sample-app,benchmarks -am
mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target=()
[ "$server" = embedded ] || target=("$server")
prisma=sample-app/src/main/resources/prisma

env -u PRISMA_TEST_DATABASE_URL java -cp "$classpath" dev.prismaspring.benchmarks.SampleAppInstances \
	sample-app/target/sample-app.jar prisma-cli/target/prisma-cli.jar "$prisma/schema.prisma" "$prisma/migrations" \
	${target[@]+"${target[@]}"} ${instance_options[@]+"${instance_options[@]}"} > "$work/instances.md"
env -u PRISMA_TEST_DATABASE_URL java -cp "$classpath" dev.prismaspring.benchmarks.SampleAppLoad \
	sample-app/target/sample-app.jar "$prisma/migrations" \
	${target[@]+"${target[@]}"} ${load_options[@]+"${load_options[@]}"} > "$work/load.md"

title="## The sample app: instances at once, the CLI racing it, and load"
command="benchmarks/run-sample-app-proof.sh $(printf '%s' "$server" | redact)${options[*]+ -- ${options[*]}}"
section=$(cat <<MD
${title}

Command: \`${command}\` (classes \`SampleAppInstances\`, \`SampleAppLoad\`).
Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(java -version 2>&1 | sed -n 1p).
$(head -1 "$work/instances.md")

Every instance is \`java -jar sample-app.jar\` in a JVM of its own, on a database created for the
run, its migrations the sample's committed ones followed by generated ones (a table and an index
each). An instance counts as up when it logs the port it listens on; every log line above INFO
is counted (the only one allowed is an instance saying it waits for another's migration, which
is logged at INFO anyway). The classes fail, and this script with them, when a check fails.

$(tail -n +3 "$work/instances.md")

### Load: the feed and the write endpoints of one instance

$(tail -n +3 "$work/load.md")
MD
)
doc=docs/reliability.md
printf '%s\n' "$section" | benchmarks/doc-section.sh "$doc"
echo "wrote the sample app section of $doc"
