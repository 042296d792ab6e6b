package dev.prismaspring.schema.parse;

import java.util.function.Consumer;

import dev.prismaspring.schema.ast.Comment;

/**
 * {@code /* ... *&#47;} comments: Prisma accepts them where a line starts, over several lines if
 * need be, and reads on after them.
 */
final class BlockComments {

	private BlockComments() {
	}

	/**
	 * @param line a line whose cursor is on its first non-blank character
	 * @param sink receives the comment
	 * @return the offset after the comment, or -1 when there is no complete block comment here
	 */
	static int read(LineCursor line, Consumer<? super Comment> sink) {
		if (!line.startsWith("/*")) {
			return -1;
		}
		String text = line.wholeText();
		int close = text.indexOf("*/", line.pos + 2);
		if (close < 0) {
			return -1;
		}
		sink.accept(new Comment(text.substring(line.pos, close + 2), line.span(line.pos, close + 2)));
		return close + 2;
	}
}
