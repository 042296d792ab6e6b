package dev.prismaspring.boot.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import dev.prismaspring.client.PrismaClient;
import dev.prismaspring.client.QueryObserver;
import io.micrometer.observation.ObservationRegistry;
import dev.prismaspring.schema.PrismaException;

/**
 * The query engine and every generated repository as beans, on the database Prisma resolved;
 * the repositories join Spring's transactions.
 */
@AutoConfiguration(after = PrismaAutoConfiguration.class, afterName = PrismaAutoConfiguration.OBSERVATION_AUTO_CONFIGURATION)
@ConditionalOnClass(PrismaClient.class)
@ConditionalOnBean(PrismaDatabase.class)
@ConditionalOnProperty(prefix = "prisma.repositories", name = "enabled", matchIfMissing = true)
@Import(PrismaRepositoriesRegistrar.class)
public final class PrismaRepositoriesAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PrismaClient prismaClient(PrismaDatabase database, PrismaSchemaDefinition schema,
			ObjectProvider<QueryObserver> observers) {
		if (schema.datamodel() == null) {
			throw new PrismaException("PSB3003", "The repositories need the Prisma schema, and there is none at "
					+ schema.location() + ". Put it there, set prisma.schema-location, or set"
					+ " prisma.repositories.enabled=false.");
		}
		PrismaClient client = PrismaClient.create(schema.datamodel(), new SpringConnectionSource(database.dataSource()));
		QueryObserver observer = observers.getIfUnique();
		return (observer != null) ? client.observedBy(observer) : client;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ObservationRegistry.class)
	static class PrismaQueryObservationConfiguration {

		@Bean
		@ConditionalOnBean(ObservationRegistry.class)
		@ConditionalOnMissingBean(QueryObserver.class)
		QueryObserver prismaQueryObservations(ObservationRegistry registry) {
			return new QueryObservations(registry);
		}

	}
}
