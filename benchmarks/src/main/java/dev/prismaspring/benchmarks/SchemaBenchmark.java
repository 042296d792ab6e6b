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

import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.schema.format.SchemaFormatter;

/** Reading a large generated schema: validation (parse + checks) and formatting. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SchemaBenchmark {

	@Param("1000")
	int models;

	private String text;

	@Setup
	public void generate() {
		this.text = GeneratedSchema.of(this.models);
		if (PrismaSchema.validate(List.of(new SourceFile("schema.prisma", this.text))).hasErrors()) {
			throw new IllegalStateException("The generated schema is invalid");
		}
	}

	@Benchmark
	public ValidatedSchema validate() {
		return PrismaSchema.validate(List.of(new SourceFile("schema.prisma", this.text)));
	}

	@Benchmark
	public String format() {
		return SchemaFormatter.format(this.text, "schema.prisma");
	}
}
