package dev.prismaspring.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A JDBC driver in front of PostgreSQL's that times every call that may reach the server
 * (connect, execute, commit, rollback, ...), grouped by method and statement, with table numbers
 * made {@code #} so that the same statement of every migration falls into one group. For
 * profiling only: it replaces pgjdbc in {@link DriverManager} while {@link #install()}ed.
 */
final class TimingDriver implements Driver {

	private static final Set<String> TIMED_CONNECTION = Set.of("commit", "rollback", "setAutoCommit", "close",
			"isValid", "createArrayOf");

	private static final Set<String> TIMED_STATEMENT = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate", "executeBatch");

	private final Driver postgres;

	private volatile Map<String, long[]> calls = Collections.synchronizedMap(new LinkedHashMap<>());

	private TimingDriver(Driver postgres) {
		this.postgres = postgres;
	}

	/**
	 * Puts a timing driver in place of pgjdbc in {@link DriverManager}.
	 * @return the driver, whose {@link #report()} tells what the calls cost
	 * @throws SQLException when pgjdbc is not registered
	 */
	static TimingDriver install() throws SQLException {
		Driver postgres = DriverManager.getDriver("jdbc:postgresql://localhost/");
		DriverManager.deregisterDriver(postgres);
		TimingDriver driver = new TimingDriver(postgres);
		DriverManager.registerDriver(driver);
		return driver;
	}

	/** @return each group of calls with their count and total time, the costliest first */
	List<Group> report() {
		List<Group> groups = new ArrayList<>();
		Map<String, long[]> tally = this.calls;
		synchronized (tally) {
			tally.forEach((label, totals) -> groups.add(new Group(label, totals[0], totals[1] / 1_000_000.0)));
		}
		groups.sort((a, b) -> Double.compare(b.millis(), a.millis()));
		return groups;
	}

	/** Starts a new tally: later calls are told by {@link #report()}, earlier ones no longer. */
	void reset() {
		this.calls = Collections.synchronizedMap(new LinkedHashMap<>());
	}

	@Override
	public Connection connect(String url, Properties info) throws SQLException {
		if (!acceptsURL(url)) {
			return null;
		}
		long start = System.nanoTime();
		Connection connection = this.postgres.connect(url, info);
		record("connect", start);
		return proxy(Connection.class, connection, (method, args) -> {
			if (TIMED_CONNECTION.contains(method.getName())) {
				return "Connection." + method.getName()
						+ ((method.getName().equals("setAutoCommit")) ? "(" + args[0] + ")" : "");
			}
			return null;
		});
	}

	private <T> T proxy(Class<T> type, T target, Labeler labeler) {
		InvocationHandler handler = (proxy, method, args) -> {
			String label = labeler.label(method, args);
			long start = System.nanoTime();
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (label != null) {
				record(label, start);
			}
			if (result instanceof PreparedStatement prepared && type == Connection.class) {
				String sql = (String) args[0];
				return proxy(PreparedStatement.class, prepared, (m, a) -> statementLabel(m, sql));
			}
			if (result instanceof Statement statement && !(result instanceof PreparedStatement)) {
				return proxy(Statement.class, statement,
						(m, a) -> statementLabel(m, (a != null && a.length > 0 && a[0] instanceof String s) ? s : ""));
			}
			return result;
		};
		return type.cast(Proxy.newProxyInstance(TimingDriver.class.getClassLoader(), new Class<?>[] { type }, handler));
	}

	private static String statementLabel(Method method, String sql) {
		if (!TIMED_STATEMENT.contains(method.getName())) {
			return null;
		}
		String text = sql.replaceAll("--[^\n]*\n", " ").replaceAll("\\s+", " ").strip().replaceAll("\\d+", "#");
		return method.getName() + ": " + ((text.length() > 90) ? text.substring(0, 90) + "..." : text);
	}

	private void record(String label, long startNanos) {
		long nanos = System.nanoTime() - startNanos;
		Map<String, long[]> tally = this.calls;
		synchronized (tally) {
			long[] totals = tally.computeIfAbsent(label, (key) -> new long[2]);
			totals[0]++;
			totals[1] += nanos;
		}
	}

	@Override
	public boolean acceptsURL(String url) throws SQLException {
		return this.postgres.acceptsURL(url);
	}

	@Override
	public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
		return this.postgres.getPropertyInfo(url, info);
	}

	@Override
	public int getMajorVersion() {
		return this.postgres.getMajorVersion();
	}

	@Override
	public int getMinorVersion() {
		return this.postgres.getMinorVersion();
	}

	@Override
	public boolean jdbcCompliant() {
		return false;
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		return this.postgres.getParentLogger();
	}

	/**
	 * One kind of call.
	 *
	 * @param label the method and statement
	 * @param count how many calls
	 * @param millis their total time
	 */
	record Group(String label, long count, double millis) {
	}

	@FunctionalInterface
	private interface Labeler {

		String label(Method method, Object[] args);

	}

}
