package dev.prismaspring.benchmarks.query.springdata;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Spring Data JDBC as a plain Spring application configures it (no Spring Boot): the caller
 * registers the {@link DataSource}. The dialect is named rather than detected: detection reads
 * {@code META-INF/spring.factories}, which the benchmarks' shaded jar does not merge.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(basePackageClasses = SpringDataJdbcConfiguration.class)
public class SpringDataJdbcConfiguration extends AbstractJdbcConfiguration {

	@Bean
	NamedParameterJdbcTemplate namedParameterJdbcTemplate(DataSource dataSource) {
		return new NamedParameterJdbcTemplate(dataSource);
	}

	@Override
	public JdbcDialect jdbcDialect(NamedParameterJdbcOperations operations) {
		return JdbcPostgresDialect.INSTANCE;
	}

	@Bean
	DataSourceTransactionManager transactionManager(DataSource dataSource) {
		return new DataSourceTransactionManager(dataSource);
	}

}
