package dev.prismaspring.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that keeps its lines, prefixed with their level, for assertions. */
class RecordingLog extends SystemStreamLog {

	private final List<String> lines = new ArrayList<>();

	@Override
	public synchronized void debug(CharSequence content) {
		this.lines.add("[debug] " + content);
	}

	@Override
	public synchronized void info(CharSequence content) {
		this.lines.add("[info] " + content);
	}

	@Override
	public synchronized void warn(CharSequence content) {
		this.lines.add("[warn] " + content);
	}

	@Override
	public synchronized void error(CharSequence content) {
		this.lines.add("[error] " + content);
	}

	@Override
	public boolean isDebugEnabled() {
		return true;
	}

	synchronized List<String> lines() {
		return List.copyOf(this.lines);
	}

	synchronized String text() {
		return String.join("\n", this.lines);
	}

	synchronized void clear() {
		this.lines.clear();
	}
}
