package dev.prismaspring.client;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A data source whose connections record every statement they prepare or create, and the SQL
 * each plain statement executes.
 */
final class CountingDataSource implements DataSource {

	private final DataSource target;

	private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

	private final List<String> executed = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger commits = new AtomicInteger();

	CountingDataSource(DataSource target) {
		this.target = target;
	}

	/** @return the SQL of every statement prepared since the last {@link #reset()} */
	List<String> statements() {
		return List.copyOf(this.statements);
	}

	/** @return the SQL texts plain statements executed since the last {@link #reset()} */
	List<String> executed() {
		return List.copyOf(this.executed);
	}

	/** @return how many times a connection was told to commit since the last {@link #reset()} */
	int commits() {
		return this.commits.get();
	}

	void reset() {
		this.statements.clear();
		this.executed.clear();
		this.commits.set(0);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return counting(this.target.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return counting(this.target.getConnection(username, password));
	}

	private Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					String name = method.getName();
					if (name.equals("commit")) {
						this.commits.incrementAndGet();
					}
					if (name.equals("prepareStatement") || name.equals("prepareCall")) {
						this.statements.add((String) args[0]);
					}
					else if (name.equals("createStatement")) {
						this.statements.add("<statement>");
						return recording((Statement) invoke(method, connection, args));
					}
					return invoke(method, connection, args);
				});
	}

	// A plain statement's SQL comes with each execute or addBatch call: recorded too.
	private Statement recording(Statement statement) {
		return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Statement.class },
				(proxy, method, args) -> {
					if ((method.getName().startsWith("execute") || method.getName().equals("addBatch")) && args != null
							&& args.length > 0 && args[0] instanceof String sql) {
						this.executed.add(sql);
					}
					return invoke(method, statement, args);
				});
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@Override
	public PrintWriter getLogWriter() throws SQLException {
		return this.target.getLogWriter();
	}

	@Override
	public void setLogWriter(PrintWriter out) throws SQLException {
		this.target.setLogWriter(out);
	}

	@Override
	public void setLoginTimeout(int seconds) throws SQLException {
		this.target.setLoginTimeout(seconds);
	}

	@Override
	public int getLoginTimeout() throws SQLException {
		return this.target.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		return this.target.getParentLogger();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		return this.target.unwrap(type);
	}

	@Override
	public boolean isWrapperFor(Class<?> type) throws SQLException {
		return this.target.isWrapperFor(type);
	}
}
