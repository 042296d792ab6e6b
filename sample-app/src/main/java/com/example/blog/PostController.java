package com.example.blog;

import java.util.List;

import com.example.blog.db.Post;
import com.example.blog.db.PostRepository;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Drafts, publishing and the feed. */
@RestController
class PostController {

	private final PostRepository posts;

	PostController(PostRepository posts) {
		this.posts = posts;
	}

	/** A draft by an existing user, connected by email. */
	@PostMapping("/posts")
	@ResponseStatus(HttpStatus.CREATED)
	PostView createDraft(@RequestBody NewPost request) {
		Post post = this.posts.create((data) -> data.title(request.title())
			.content(request.content())
			.author((author) -> author.connect((user) -> user.email(request.authorEmail()))),
				(shape) -> shape.include((include) -> include.author()));
		return PostView.of(post, post.author().get());
	}

	@GetMapping("/posts/{id}")
	PostView post(@PathVariable int id) {
		Post post = this.posts.findUniqueOrThrow((unique) -> unique.id(id),
				(shape) -> shape.include((include) -> include.author()));
		return PostView.of(post, post.author().get());
	}

	/** Publishes a draft (or takes a post back to draft), in one transaction with the read. */
	@PutMapping("/posts/{id}/publish")
	@Transactional
	PostView publish(@PathVariable int id) {
		Post current = this.posts.findUniqueOrThrow((unique) -> unique.id(id));
		Post post = this.posts.update((unique) -> unique.id(id), (data) -> data.published(!current.published()),
				(shape) -> shape.include((include) -> include.author()));
		return PostView.of(post, post.author().get());
	}

	@DeleteMapping("/posts/{id}")
	PostView delete(@PathVariable int id) {
		return PostView.of(this.posts.delete((unique) -> unique.id(id)), null);
	}

	/**
	 * Published posts, newest first, with their authors: one query for the posts and one for all
	 * their authors.
	 *
	 * @param search words to find in the title or content, any case
	 * @param skip posts to skip
	 * @param take posts to return, at most 100
	 * @return the page
	 */
	@GetMapping("/feed")
	List<PostView> feed(@RequestParam(required = false) String search, @RequestParam(defaultValue = "0") int skip,
			@RequestParam(defaultValue = "10") int take) {
		return this.posts.findMany((query) -> query.where((where) -> {
			where.published().equals(true);
			if (search != null && !search.isBlank()) {
				where.or((title) -> title.title().insensitive().contains(search),
						(content) -> content.content().insensitive().contains(search));
			}
		})
			.orderBy((order) -> order.createdAt().desc())
			.skip(Math.max(skip, 0))
			.take(Math.min(Math.max(take, 1), 100))
			.include((include) -> include.author()))
			.stream()
			.map((post) -> PostView.of(post, post.author().get()))
			.toList();
	}

	/**
	 * @param title the title
	 * @param content the text
	 * @param authorEmail the email of an existing user
	 */
	record NewPost(String title, String content, String authorEmail) {
	}
}
