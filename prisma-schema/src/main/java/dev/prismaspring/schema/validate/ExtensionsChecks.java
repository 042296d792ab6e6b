package dev.prismaspring.schema.validate;

import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.Property;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/** The datasource's {@code extensions} property needs the {@code postgresqlExtensions} preview feature. */
final class ExtensionsChecks {

	private ExtensionsChecks() {
	}

	static void check(SchemaIndex index, Diagnostics diagnostics) {
		if (PreviewFeatureChecks.isEnabled(index, "postgresqlExtensions")) {
			return;
		}
		for (Block datasource : index.blocks(BlockKind.DATASOURCE)) {
			Property extensions = datasource.property("extensions");
			if (extensions != null) {
				diagnostics.error("The `extensions` property is only available with the `postgresqlExtensions`"
						+ " preview feature.", extensions.span());
			}
		}
	}
}
