package dev.prismaspring.maven;

/**
 * A database's connection URL and where it was found. The URL may hold a password: it goes to the
 * CLI only, never into a log line or message.
 *
 * @param url a {@code postgresql://} or {@code jdbc:postgresql:} URL, credentials included
 * @param source where it came from, e.g. {@code spring.datasource.url in application.yml}
 */
record DatabaseUrl(String url, String source) {

	@Override
	public String toString() {
		return "DatabaseUrl[" + this.source + "]";
	}
}
