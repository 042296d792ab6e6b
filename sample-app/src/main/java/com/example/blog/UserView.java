package com.example.blog;

import java.util.List;

import com.example.blog.db.Profile;
import com.example.blog.db.User;

/**
 * A user as the API shows it.
 *
 * @param id the id
 * @param email the email
 * @param name the name
 * @param bio the profile's bio, or {@code null} without a profile
 * @param posts the posts created with the user, when they were loaded
 */
record UserView(int id, String email, String name, String bio, List<PostView> posts) {

	static UserView of(User user) {
		Profile profile = user.profile().isLoaded() ? user.profile().get() : null;
		List<PostView> posts = user.posts().isLoaded()
				? user.posts().get().stream().map((post) -> PostView.of(post, null)).toList() : null;
		return new UserView(user.id(), user.email(), user.name(), (profile != null) ? profile.bio() : null, posts);
	}
}
