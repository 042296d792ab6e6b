package dev.prismaspring.boot.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link PrismaMigrationInitializer} initializes the database, so that
 * {@code JdbcTemplate}, {@code JdbcClient}, JPA and other beans that use it are created after the
 * migrations ran.
 */
public class PrismaDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector
		implements DatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(PrismaMigrationInitializer.class);
	}
}
