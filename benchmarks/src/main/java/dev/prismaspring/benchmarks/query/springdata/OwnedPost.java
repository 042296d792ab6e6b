package dev.prismaspring.benchmarks.query.springdata;

import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A post inside a user aggregate: its author is the aggregate's root. */
@Table("Post")
public class OwnedPost {

	@Id
	private Integer id;

	@Column("createdAt")
	private LocalDateTime createdAt;

	@Column("updatedAt")
	private LocalDateTime updatedAt;

	private String title;

	private String content;

	private boolean published;

	protected OwnedPost() {
	}

	public OwnedPost(String title) {
		this.title = title;
		this.createdAt = LocalDateTime.now();
		this.updatedAt = this.createdAt;
	}

	public Integer getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public boolean isPublished() {
		return this.published;
	}

}
