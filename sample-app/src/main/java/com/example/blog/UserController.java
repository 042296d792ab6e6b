package com.example.blog;

import java.util.List;

import com.example.blog.db.User;
import com.example.blog.db.UserRepository;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up and the list of users, with their profiles. */
@RestController
class UserController {

	private final UserRepository users;

	UserController(UserRepository users) {
		this.users = users;
	}

	/**
	 * A new user, with a profile when a bio is given, and drafts when posts are given: one nested
	 * create.
	 */
	@PostMapping("/users")
	@ResponseStatus(HttpStatus.CREATED)
	UserView signUp(@RequestBody SignUp request) {
		User user = this.users.create((data) -> {
			data.email(request.email()).name(request.name());
			if (request.bio() != null) {
				data.profile((profile) -> profile.create((p) -> p.bio(request.bio())));
			}
			if (request.posts() != null && !request.posts().isEmpty()) {
				data.posts((posts) -> request.posts().forEach((post) -> posts.create((p) -> p.title(post.title())
					.content(post.content()))));
			}
		}, (shape) -> shape.include((include) -> include.profile().posts()));
		return UserView.of(user);
	}

	@GetMapping("/users")
	List<UserView> users() {
		return this.users.findMany((query) -> query.orderBy((order) -> order.id().asc())
			.include((include) -> include.profile()))
			.stream()
			.map(UserView::of)
			.toList();
	}

	/** A user's unpublished posts. */
	@GetMapping("/users/{id}/drafts")
	List<PostView> drafts(@PathVariable int id) {
		User user = this.users.findUniqueOrThrow((unique) -> unique.id(id),
				(shape) -> shape.include((include) -> include.posts((posts) -> posts
					.where((where) -> where.published().equals(false))
					.orderBy((order) -> order.id().asc()))));
		return user.posts().get().stream().map((post) -> PostView.of(post, null)).toList();
	}

	/**
	 * @param email the user's email, unique
	 * @param name the name, optional
	 * @param bio the profile's bio; no profile when absent
	 * @param posts drafts to create with the user
	 */
	record SignUp(String email, String name, String bio, List<Draft> posts) {
	}

	/**
	 * @param title the post's title
	 * @param content its text
	 */
	record Draft(String title, String content) {
	}
}
