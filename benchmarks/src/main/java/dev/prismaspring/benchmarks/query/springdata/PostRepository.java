package dev.prismaspring.benchmarks.query.springdata;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Posts as aggregates of their own. */
public interface PostRepository extends ListCrudRepository<Post, Integer> {

	List<Post> findTop10ByPublishedTrueAndTitleStartingWithOrderByIdDesc(String prefix);

}
