package dev.prismaspring.schema.url;

/**
 * One {@code host[:port]} of a URL's authority; an IPv6 address is written in brackets and kept
 * without them.
 */
record HostAndPort(String host, int port, boolean ipv6) {

	static final String DEFAULT_HOST = "localhost";

	static final int DEFAULT_PORT = 5432;

	// host = "[" ipv6 "]" [":" port] | name [":" port] ; an empty name means localhost
	static HostAndPort parse(String text, String url, String source) {
		String host;
		String port;
		boolean ipv6 = text.startsWith("[");
		if (ipv6) {
			int close = text.indexOf(']');
			if (close < 0) {
				throw Problems.invalidHost(url, source, "starts an IPv6 address with `[` but has no `]`");
			}
			host = text.substring(1, close);
			String rest = text.substring(close + 1);
			if (!rest.isEmpty() && !rest.startsWith(":")) {
				throw Problems.invalidHost(url, source, "has text after the IPv6 address `[" + host + "]`");
			}
			port = rest.isEmpty() ? "" : rest.substring(1);
			if (host.isEmpty()) {
				throw Problems.invalidHost(url, source, "is an empty IPv6 address `[]`");
			}
		}
		else {
			int colon = text.lastIndexOf(':');
			host = (colon >= 0) ? text.substring(0, colon) : text;
			port = (colon >= 0) ? text.substring(colon + 1) : "";
			if (host.indexOf(':') >= 0) {
				throw Problems.invalidHost(url, source, "`" + host + "` looks like an IPv6 address without brackets");
			}
		}
		for (int i = 0; i < host.length(); i++) {
			if (Character.isWhitespace(host.charAt(i))) {
				throw Problems.invalidHost(url, source, "`" + host + "` contains a space");
			}
		}
		return new HostAndPort(host.isEmpty() ? DEFAULT_HOST : host, parsePort(port, url, source), ipv6);
	}

	private static int parsePort(String port, String url, String source) {
		if (port.isEmpty()) {
			return DEFAULT_PORT;
		}
		if (port.length() > 5 || !port.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw Problems.invalidPort(url, source, port);
		}
		int value = Integer.parseInt(port);
		if (value < 1 || value > 65535) {
			throw Problems.invalidPort(url, source, port);
		}
		return value;
	}

	/** @return the host as a URL writes it, IPv6 addresses in brackets */
	String hostForUrl() {
		return this.ipv6 ? "[" + this.host + "]" : this.host;
	}
}
