package dev.prismaspring.migrate.folder;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksumsTests {

	@Test
	void checksumIsTheZeroPaddedSha256OfTheScript() {
		assertThat(Checksums.of("hello")).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
		assertThat(Checksums.of("abcd")).hasSize(64);
	}

	@Test
	void aScriptMatchesItsChecksumWhateverItsLineEnds() {
		String unix = "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n";
		String windows = unix.replace("\n", "\r\n");
		assertThat(Checksums.matches(unix, Checksums.of(windows))).isTrue();
		assertThat(Checksums.matches(windows, Checksums.of(unix))).isTrue();
		assertThat(Checksums.matches(unix, Checksums.of(unix))).isTrue();
	}

	@Test
	void anEditedScriptDoesNotMatch() {
		assertThat(Checksums.matches("abc", Checksums.of("abcd"))).isFalse();
		assertThat(Checksums.matches("abc\n", Checksums.of("abc"))).isFalse();
		assertThat(Checksums.matches("abc", null)).isFalse();
	}

	@Test
	void checksumsWrittenWithoutZeroPaddingByOldPrismaVersionsMatch() {
		// SHA-256 of "hello" has bytes below 0x10; unpadded, each is one hex digit.
		String unpadded = "2cf24dba5fb0a3e26e83b2ac5b9e29e1b161e5c1fa7425e7343362938b9824";
		assertThat(unpadded).hasSizeLessThan(64);
		assertThat(Checksums.matches("hello", unpadded)).isTrue();
		assertThat(Checksums.matches("hellO", unpadded)).isFalse();
	}
}
