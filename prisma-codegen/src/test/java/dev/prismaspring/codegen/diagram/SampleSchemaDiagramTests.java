package dev.prismaspring.codegen.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagram in {@code docs/sample-schema.md} is the one the sample app's schema gives now. With
 * {@code -Dprisma.diagram.update=true} the test rewrites the diagram instead of failing.
 */
class SampleSchemaDiagramTests {

	static final String UPDATE_PROPERTY = "prisma.diagram.update";

	static final String UPDATE_COMMAND = "mvn -pl prisma-codegen -am test -Dtest=SampleSchemaDiagramTests "
			+ "-Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_PROPERTY + "=true";

	private static final Path SCHEMA = Path.of("../sample-app/src/main/resources/prisma/schema.prisma");

	private static final Path DOCUMENT = Path.of("../docs/sample-schema.md");

	@Test
	void theDocumentedDiagramIsTheOneTheSampleSchemaGives() throws IOException {
		String diagram = MermaidErDiagram.render(SCHEMA);
		String markdown = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
		if (Boolean.getBoolean(UPDATE_PROPERTY)) {
			Files.writeString(DOCUMENT, MermaidErDiagram.replaceSection(markdown, diagram), StandardCharsets.UTF_8);
			markdown = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
		}
		assertThat(MermaidErDiagram.section(markdown))
			.as("The diagram in docs/sample-schema.md no longer matches sample-app's schema.prisma; regenerate it "
					+ "from the repository root with: " + UPDATE_COMMAND)
			.isEqualTo(MermaidErDiagram.fenced(diagram));
	}

}
