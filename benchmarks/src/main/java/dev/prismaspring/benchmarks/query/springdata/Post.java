package dev.prismaspring.benchmarks.query.springdata;

import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A post as an aggregate of its own. */
@Table("Post")
public class Post {

	@Id
	private Integer id;

	@Column("createdAt")
	private LocalDateTime createdAt;

	@Column("updatedAt")
	private LocalDateTime updatedAt;

	private String title;

	private String content;

	private boolean published;

	@Column("authorId")
	private Integer authorId;

	protected Post() {
	}

	public Post(String title, String content, boolean published, Integer authorId) {
		this.title = title;
		this.content = content;
		this.published = published;
		this.authorId = authorId;
		this.createdAt = LocalDateTime.now();
		this.updatedAt = this.createdAt;
	}

	public Integer getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
		this.updatedAt = LocalDateTime.now();
	}

	public String getContent() {
		return this.content;
	}

	public boolean isPublished() {
		return this.published;
	}

	public Integer getAuthorId() {
		return this.authorId;
	}

	public LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

	public LocalDateTime getUpdatedAt() {
		return this.updatedAt;
	}

}
