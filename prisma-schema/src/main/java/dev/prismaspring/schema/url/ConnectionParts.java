package dev.prismaspring.schema.url;

import java.util.Map;

/**
 * What a parser found, handed to {@link PostgresConnection} in one piece.
 */
final class ConnectionParts {

	String redactedUrl;

	String jdbcUrl;

	String user;

	String password;

	String sslPassword;

	String host;

	int port;

	String database;

	String schema;

	boolean unixSocket;

	Map<String, String> driverProperties;

	PostgresConnection.PoolHints poolHints;
}
