package dev.prismaspring.schema.validate;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.ast.NumericLiteral;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/** {@code @db.*} attributes: PostgreSQL's native types, the scalar each belongs to, and how many arguments it takes. */
final class NativeTypeChecks {

	/** A native type: the scalar it stores and how many optional arguments it takes (0 means none). */
	record NativeType(String scalar, int optionalArguments) {
	}

	static final Map<String, NativeType> POSTGRES = Map.ofEntries(Map.entry("Text", new NativeType("String", 0)),
			Map.entry("Char", new NativeType("String", 1)), Map.entry("VarChar", new NativeType("String", 1)),
			Map.entry("Bit", new NativeType("String", 1)), Map.entry("VarBit", new NativeType("String", 1)),
			Map.entry("Uuid", new NativeType("String", 0)), Map.entry("Xml", new NativeType("String", 0)),
			Map.entry("Inet", new NativeType("String", 0)), Map.entry("Citext", new NativeType("String", 0)),
			Map.entry("Boolean", new NativeType("Boolean", 0)), Map.entry("Integer", new NativeType("Int", 0)),
			Map.entry("SmallInt", new NativeType("Int", 0)), Map.entry("Oid", new NativeType("Int", 0)),
			Map.entry("BigInt", new NativeType("BigInt", 0)), Map.entry("Real", new NativeType("Float", 0)),
			Map.entry("DoublePrecision", new NativeType("Float", 0)), Map.entry("Decimal", new NativeType("Decimal", 2)),
			Map.entry("Money", new NativeType("Decimal", 0)), Map.entry("Timestamp", new NativeType("DateTime", 1)),
			Map.entry("Timestamptz", new NativeType("DateTime", 1)), Map.entry("Date", new NativeType("DateTime", 0)),
			Map.entry("Time", new NativeType("DateTime", 1)), Map.entry("Timetz", new NativeType("DateTime", 1)),
			Map.entry("Json", new NativeType("Json", 0)), Map.entry("JsonB", new NativeType("Json", 0)),
			Map.entry("ByteA", new NativeType("Bytes", 0)));

	// Types whose argument is a fractional-second precision.
	private static final Set<String> PRECISIONS = Set.of("Timestamp", "Timestamptz", "Time", "Timetz");

	private NativeTypeChecks() {
	}

	static void check(SchemaIndex index, Diagnostics diagnostics) {
		String datasource = index.datasourceName();
		for (Block block : index.blocks()) {
			if (!block.kind().hasFields()) {
				continue;
			}
			for (Field field : block.fields()) {
				if (field.type() == null || !ScalarTypes.isScalar(field.type().name())) {
					continue;
				}
				for (Attribute attribute : field.attributes()) {
					int dot = attribute.name().indexOf('.');
					if (dot < 0) {
						continue;
					}
					String prefix = attribute.name().substring(0, dot);
					String name = attribute.name().substring(dot + 1);
					if (!prefix.equals(datasource)) {
						diagnostics.error("The prefix " + prefix + " is invalid. It must be equal to the name of an existing datasource e.g. "
								+ datasource + ". Did you mean to use " + datasource + "." + name + "?", attribute.span());
					}
					check(attribute, name, field.type().name(), diagnostics);
				}
			}
		}
	}

	private static void check(Attribute attribute, String name, String scalar, Diagnostics diagnostics) {
		NativeType type = POSTGRES.get(name);
		int arguments = attribute.argumentList().size();
		if (type == null) {
			diagnostics.error("Native type " + name + " is not supported for postgresql connector.", attribute.span());
		}
		else if (!type.scalar().equals(scalar)) {
			diagnostics.error("Native type " + name + " is not compatible with declared field type " + scalar
					+ ", expected field type " + type.scalar() + ".", attribute.span());
		}
		else if (type.optionalArguments() == 0 && arguments > 0) {
			diagnostics.error("Function \"" + name + "\" takes 0 arguments, but received " + arguments + ".", attribute.span());
		}
		else if (arguments > type.optionalArguments()) {
			diagnostics.error("Native type " + name + " takes " + type.optionalArguments()
					+ " optional arguments, but received " + arguments + ".", attribute.span());
		}
		else if (arguments > 0) {
			checkArguments(attribute, name, type, diagnostics);
		}
	}

	// The arguments are lengths or precisions: nonnegative integers, within the type's range.
	private static void checkArguments(Attribute attribute, String name, NativeType type, Diagnostics diagnostics) {
		List<Argument> arguments = attribute.argumentList();
		String found = "(" + String.join(", ", arguments.stream().map((argument) -> argument.span().text()).toList()) + ")";
		boolean integers = arguments.stream()
			.allMatch((argument) -> argument.value() instanceof NumericLiteral number && number.raw().matches("[0-9]+"));
		if (type.optionalArguments() == 2) {
			if (arguments.size() != 2 || !integers) {
				diagnostics.error("Expected two nonnegative integers, but found " + found + ".", attribute.span());
			}
			return;
		}
		if (!integers) {
			diagnostics.error("Expected a nonnegative integer, but found " + found + ".", attribute.span());
			return;
		}
		long value = Long.parseLong(((NumericLiteral) arguments.get(0).value()).raw());
		String prefix = "Argument M is out of range for native type `" + name + "(" + value + ")` of Postgres: ";
		if (PRECISIONS.contains(name) && value > 6) {
			diagnostics.error(prefix + "M can range from 0 to 6.", attribute.span());
		}
		else if ((name.equals("Bit") || name.equals("VarBit")) && value == 0) {
			diagnostics.error(prefix + "M must be a positive integer.", attribute.span());
		}
	}
}
