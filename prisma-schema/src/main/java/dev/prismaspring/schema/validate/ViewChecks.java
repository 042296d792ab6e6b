package dev.prismaspring.schema.validate;

import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockAttribute;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/** Views: only with the {@code views} preview feature, and without primary keys. */
final class ViewChecks {

	private ViewChecks() {
	}

	static void check(SchemaIndex index, Diagnostics diagnostics) {
		boolean enabled = PreviewFeatureChecks.isEnabled(index, "views");
		for (Block view : index.blocks(BlockKind.VIEW)) {
			if (!enabled) {
				diagnostics.error("Error validating: View definitions are only available with the `views` preview feature.",
						view.span());
			}
			for (Field field : view.fields()) {
				Attribute id = field.attribute("id");
				if (id != null) {
					diagnostics.error("Error validating: Views cannot have primary keys.", id.span());
				}
			}
			for (BlockAttribute attribute : view.attributes()) {
				if (attribute.name().equals("id")) {
					diagnostics.error("Error validating: Views cannot have primary keys.", attribute.attribute().span());
				}
			}
		}
	}
}
