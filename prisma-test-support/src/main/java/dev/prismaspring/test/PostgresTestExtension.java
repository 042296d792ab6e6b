package dev.prismaspring.test;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit Jupiter extension behind {@link PostgresTest}: one {@link TestDatabase} per test
 * class, created before all its tests and dropped after them, and injected as a parameter.
 */
public final class PostgresTestExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(PostgresTestExtension.class);

	private static final String DATABASE = "database";

	private static final String OWNER = "owner";

	@Override
	public void beforeAll(ExtensionContext context) {
		obtain(context);
	}

	// Also called on resolving a constructor parameter: with a per-class test instance lifecycle
	// the instance is created before the before-all callbacks run.
	private static TestDatabase obtain(ExtensionContext context) {
		Store store = context.getStore(NAMESPACE);
		// Store lookups fall back to enclosing contexts: a @Nested class finds its outer class's database.
		TestDatabase database = store.get(DATABASE, TestDatabase.class);
		if (database == null && context.getTestMethod().isPresent()) {
			// Registered on a method only: nothing would drop a database created here.
			throw new ParameterResolutionException("No TestDatabase for " + context.getRequiredTestMethod()
					+ ": annotate the test class with @PostgresTest");
		}
		if (database == null) {
			Class<?> testClass = context.getRequiredTestClass();
			database = TestDatabase.create(testClass.getSimpleName());
			store.put(DATABASE, database);
			store.put(OWNER, testClass);
		}
		return database;
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Store store = context.getStore(NAMESPACE);
		if (store.get(OWNER) != context.getRequiredTestClass()) {
			return;
		}
		TestDatabase database = store.get(DATABASE, TestDatabase.class);
		if (database != null) {
			database.close();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == TestDatabase.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return obtain(extensionContext);
	}

}
