package dev.prismaspring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a real PostgreSQL: a fresh database named
 * {@code t_<shortclassname>_<random>} is created before the class and dropped (with
 * {@code WITH (FORCE)}) after it. Declare a {@link TestDatabase} parameter on a constructor,
 * lifecycle method or test method to use it. {@code @Nested} classes share their enclosing
 * class's database.
 *
 * <p>Its output is checked for test passwords ({@link SecretLeakCheck}).
 *
 * <p>The class is tagged {@value #TAG}, so {@code mvn test -Dgroups=database} runs only such
 * tests.
 *
 * <pre class="code">
 * &#064;PostgresTest
 * class HistoryTableTests {
 *
 * 	&#064;Test
 * 	void createsTheTable(TestDatabase database) {
 * 		...
 * 		assertThat(database.queryForObject("select count(*) from _prisma_migrations", Long.class)).isZero();
 * 	}
 *
 * }
 * </pre>
 *
 * @see TestDatabase
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(PostgresTest.TAG)
@ExtendWith({ PostgresTestExtension.class, SecretLeakCheck.class })
public @interface PostgresTest {

	/**
	 * The JUnit tag on every {@code @PostgresTest} class.
	 */
	String TAG = "database";

}
