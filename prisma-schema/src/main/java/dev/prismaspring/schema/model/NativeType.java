package dev.prismaspring.schema.model;

import java.util.List;

/**
 * A {@code @db.*} native type.
 *
 * @param name the type's name without the datasource prefix, e.g. {@code VarChar}
 * @param arguments its arguments as written, e.g. {@code ["255"]}
 */
public record NativeType(String name, List<String> arguments) {

	public NativeType {
		arguments = List.copyOf(arguments);
	}
}
