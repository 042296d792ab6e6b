package dev.prismaspring.benchmarks.query.springdata;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import dev.prismaspring.benchmarks.query.AuthorPosts;
import dev.prismaspring.benchmarks.query.PostSummary;

/** Posts as aggregates of their own. */
public interface PostRepository extends ListCrudRepository<Post, Integer> {

	List<Post> findTop10ByPublishedTrueAndTitleStartingWithOrderByIdDesc(String prefix);

	Optional<Post> findFirstByAuthorIdAndPublishedTrueOrderByIdAsc(Integer authorId);

	@Query("SELECT COUNT(*) AS count, AVG(\"authorId\") AS average, MIN(\"id\") AS lowest, MAX(\"id\") AS highest"
			+ " FROM \"Post\" WHERE \"published\"")
	PostSummary summarizePublished();

	@Query("SELECT \"authorId\" AS author, COUNT(*) AS posts, MAX(\"id\") AS latest FROM \"Post\""
			+ " WHERE \"authorId\" <= :last GROUP BY \"authorId\" ORDER BY \"authorId\"")
	List<AuthorPosts> postsPerAuthor(@Param("last") int last);

}
