package dev.prismaspring.benchmarks.query;

import java.util.ArrayList;
import java.util.List;

/**
 * One post of the createMany benchmark, as an application holds it before handing it to a tool.
 * @param title the title
 * @param content the content
 * @param published whether it is published
 * @param authorId the author's id
 */
record NewPost(String title, String content, boolean published, int authorId) {

	/** @return {@link BlogData#CREATE_MANY} posts spread over the loaded users */
	static List<NewPost> batch() {
		List<NewPost> posts = new ArrayList<>(BlogData.CREATE_MANY);
		for (int i = 0; i < BlogData.CREATE_MANY; i++) {
			posts.add(new NewPost("Bulk post " + i, "Bulk content " + i, (i % 2) == 0, 1 + (i % BlogData.USERS)));
		}
		return posts;
	}

}
