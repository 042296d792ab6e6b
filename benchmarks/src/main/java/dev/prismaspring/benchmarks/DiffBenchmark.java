package dev.prismaspring.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.prismaspring.migrate.MigrationScripts;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;

/**
 * {@code migrate diff --from-empty --to-schema-datamodel} in process: a generated schema's text
 * to the migration script, through validation, the resolved model, the SQL schema, the differ and
 * the renderer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DiffBenchmark {

	@Param("1000")
	int models;

	private String text;

	@Setup
	public void generate() {
		this.text = GeneratedSchema.of(this.models);
		if (script().isEmpty()) {
			throw new IllegalStateException("The generated schema gave no script");
		}
	}

	@Benchmark
	public String diffFromEmpty() {
		return script();
	}

	private String script() {
		return MigrationScripts
			.fromEmpty(PrismaSchema.validate(List.of(new SourceFile("schema.prisma", this.text))).datamodel());
	}
}
