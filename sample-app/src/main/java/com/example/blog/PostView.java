package com.example.blog;

import java.time.Instant;

import com.example.blog.db.Post;
import com.example.blog.db.User;

/**
 * A post as the API shows it.
 *
 * @param id the id
 * @param title the title
 * @param content the text
 * @param published whether it is in the feed
 * @param createdAt when it was written
 * @param authorId the author's id
 * @param authorName the author's name, when the author was loaded
 */
record PostView(int id, String title, String content, boolean published, Instant createdAt, int authorId,
		String authorName) {

	static PostView of(Post post, User author) {
		return new PostView(post.id(), post.title(), post.content(), post.published(), post.createdAt(),
				post.authorId(), (author != null) ? author.name() : null);
	}
}
