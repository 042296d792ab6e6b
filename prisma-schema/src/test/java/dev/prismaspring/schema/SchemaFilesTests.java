package dev.prismaspring.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SchemaFilesTests {

	@TempDir
	Path dir;

	@Test
	void aFileIsReadAndNamedByItsFileName() throws IOException {
		Path file = Files.writeString(this.dir.resolve("schema.prisma"), "model A {\n}\n");
		List<SourceFile> files = SchemaFiles.load(file);
		assertThat(files).extracting(SourceFile::name).containsExactly("schema.prisma");
		assertThat(files.get(0).text()).isEqualTo("model A {\n}\n");
	}

	@Test
	void aFolderIsReadWithSubfoldersInPathOrderAndOtherFilesAreIgnored() throws IOException {
		Files.createDirectories(this.dir.resolve("models"));
		Files.writeString(this.dir.resolve("schema.prisma"), "datasource db {\n}\n");
		Files.writeString(this.dir.resolve("models/user.prisma"), "model User {\n}\n");
		Files.writeString(this.dir.resolve("notes.txt"), "not a schema");
		assertThat(SchemaFiles.load(this.dir)).extracting(SourceFile::name)
			.containsExactly("models/user.prisma", "schema.prisma");
	}

	@Test
	void aMissingLocationSaysWhatToGive() {
		assertThatExceptionOfType(SchemaFiles.SchemaLoadException.class)
			.isThrownBy(() -> SchemaFiles.load(this.dir.resolve("nope.prisma")))
			.withMessageContaining("No schema found at")
			.withMessageContaining("Give the path of a schema.prisma file")
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("PSB1001"));
	}

	@Test
	void aFolderWithoutSchemaFilesIsRefused() {
		assertThatExceptionOfType(SchemaFiles.SchemaLoadException.class).isThrownBy(() -> SchemaFiles.load(this.dir))
			.withMessageContaining("holds no .prisma file");
	}

	@Test
	void aFileThatIsNotUtf8IsRefused() throws IOException {
		Path file = Files.write(this.dir.resolve("schema.prisma"), new byte[] { 'm', (byte) 0xC3, (byte) 0x28 });
		assertThatExceptionOfType(SchemaFiles.SchemaLoadException.class).isThrownBy(() -> SchemaFiles.load(file))
			.withMessageContaining("not valid UTF-8");
		assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).hasSize(3);
	}
}
