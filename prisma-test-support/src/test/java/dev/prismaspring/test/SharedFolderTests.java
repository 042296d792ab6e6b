package dev.prismaspring.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SharedFolderTests {

	@TempDir
	Path workspace;

	@Test
	void findsTheRootByTheParentPomNotByAModulePom() throws IOException {
		Path root = Files.createDirectories(this.workspace.resolve("main"));
		Files.writeString(root.resolve("pom.xml"), "<project><artifactId>prisma-spring-boot-parent</artifactId></project>");
		Path module = Files.createDirectories(root.resolve("prisma-migrate"));
		Files.writeString(module.resolve("pom.xml"), """
				<project>
				  <parent><artifactId>prisma-spring-boot-parent</artifactId></parent>
				  <artifactId>prisma-migrate</artifactId>
				</project>
				""");
		Path deep = Files.createDirectories(module.resolve("src/test"));
		assertThat(SharedFolder.findRepositoryRoot(deep)).contains(root);
	}

	@Test
	void findsTheRootByGit() throws IOException {
		Path root = Files.createDirectories(this.workspace.resolve("clone"));
		Files.createDirectory(root.resolve(".git"));
		Path module = Files.createDirectories(root.resolve("a/b"));
		assertThat(SharedFolder.findRepositoryRoot(module)).contains(root);
	}

	@Test
	void findsNoRootOutsideARepository() {
		assertThat(SharedFolder.findRepositoryRoot(this.workspace)).isEmpty();
	}

	@Test
	void findsThisRepositoryFromTheModule() {
		Path root = SharedFolder.repositoryRoot();
		assertThat(root.resolve("prisma-test-support/pom.xml")).isRegularFile();
	}

	@Test
	void listsTheCorpusSortedWhenPresent() {
		List<Path> corpus = SharedFolder.corpus();
		assertThat(corpus).isNotEmpty().isSorted().allMatch((file) -> file.toString().endsWith(".prisma"));
		assertThat(corpus.get(0).getParent()).isEqualTo(SharedFolder.require().resolve("corpus"));
	}

	@Test
	void usesTheSystemPropertyWhenSet() throws IOException {
		Path shared = Files.createDirectories(this.workspace.resolve("elsewhere"));
		String previous = System.getProperty(SharedFolder.DIRECTORY_PROPERTY);
		System.setProperty(SharedFolder.DIRECTORY_PROPERTY, shared.toString());
		try {
			assertThat(SharedFolder.find()).contains(shared);
		}
		finally {
			if (previous == null) {
				System.clearProperty(SharedFolder.DIRECTORY_PROPERTY);
			}
			else {
				System.setProperty(SharedFolder.DIRECTORY_PROPERTY, previous);
			}
		}
	}

}
