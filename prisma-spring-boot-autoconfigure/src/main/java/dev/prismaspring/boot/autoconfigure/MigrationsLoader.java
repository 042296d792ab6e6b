package dev.prismaspring.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.migrate.folder.MigrationsFolder.Migration;
import dev.prismaspring.schema.PrismaException;

/**
 * Reads a migrations folder through Spring's resources, so that it works from a directory while
 * developing and from inside the application's jar in production.
 */
final class MigrationsLoader {

	private MigrationsLoader() {
	}

	static MigrationsFolder load(ResourcePatternResolver resources, String location) {
		String base = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
		String pattern = (base.startsWith("classpath:") ? "classpath*:" + base.substring("classpath:".length()) : base)
				+ "/*/" + MigrationsFolder.SCRIPT;
		List<Migration> migrations = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>();
		try {
			for (Resource script : resources.getResources(pattern)) {
				String name = directoryName(script);
				if (names.add(name)) {
					migrations.add(new Migration(name, read(script), Path.of(base.replaceFirst("^[a-z*]+:", ""), name,
							MigrationsFolder.SCRIPT)));
				}
			}
			Resource lockFile = resources.getResource(base + "/" + MigrationsFolder.LOCK_FILE);
			return MigrationsFolder.of(migrations, lockFile.exists() ? read(lockFile) : null);
		}
		catch (IOException ex) {
			throw new PrismaException("PSB1005", "Could not read the migrations at " + location + ": " + ex.getMessage()
					+ ". Check prisma.migrations-location.", ex);
		}
	}

	private static String directoryName(Resource script) throws IOException {
		String url = script.getURL().toString();
		String withoutFile = url.substring(0, url.length() - MigrationsFolder.SCRIPT.length() - 1);
		return withoutFile.substring(withoutFile.lastIndexOf('/') + 1);
	}

	private static String read(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
