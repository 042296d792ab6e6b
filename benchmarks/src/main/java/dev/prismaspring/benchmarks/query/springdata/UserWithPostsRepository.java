package dev.prismaspring.benchmarks.query.springdata;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Users read with their posts. */
public interface UserWithPostsRepository extends Repository<UserWithPosts, Integer> {

	Optional<UserWithPosts> findById(Integer id);

	List<UserWithPosts> findByIdLessThanEqual(int id);

}
