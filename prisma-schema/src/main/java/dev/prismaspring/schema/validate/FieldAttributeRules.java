package dev.prismaspring.schema.validate;

import java.util.Set;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.ConstantValue;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/** What some field attributes demand of their field and arguments: a required id, a single DateTime for {@code @updatedAt}, known referential actions. */
final class FieldAttributeRules {

	static final Set<String> REFERENTIAL_ACTIONS = Set.of("Cascade", "Restrict", "NoAction", "SetNull", "SetDefault");

	private FieldAttributeRules() {
	}

	static void check(Field field, Diagnostics diagnostics) {
		Attribute id = field.attribute("id");
		if (id != null && field.type() != null && field.type().arity() != Arity.REQUIRED) {
			diagnostics.error("Error parsing attribute \"@id\": Fields that are marked as id must be required.", id.span());
		}
		Attribute updatedAt = field.attribute("updatedAt");
		if (updatedAt != null && field.type() != null) {
			String prefix = "Error parsing attribute \"@updatedAt\": Fields that are marked with @updatedAt ";
			if (field.type().arity() == Arity.LIST) {
				diagnostics.error(prefix + "cannot be lists.", updatedAt.span());
			}
			else if (!field.type().name().equals("DateTime")) {
				diagnostics.error(prefix + "must be of type DateTime.", updatedAt.span());
			}
		}
		Attribute relation = field.attribute("relation");
		if (relation != null) {
			for (Argument argument : relation.argumentList()) {
				if (argument.isNamed() && (argument.name().name().equals("onDelete") || argument.name().name().equals("onUpdate"))
						&& argument.value() instanceof ConstantValue action && !REFERENTIAL_ACTIONS.contains(action.value())) {
					diagnostics.error("Error parsing attribute \"@relation\": Invalid referential action: `" + action.value() + "`",
							action.span());
				}
			}
		}
	}
}
