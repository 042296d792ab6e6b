package dev.prismaspring.benchmarks.query.springdata;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Users read with their posts. */
public interface UserWithPostsRepository extends Repository<UserWithPosts, Integer> {

	List<UserWithPosts> findByIdLessThanEqual(int id);

}
