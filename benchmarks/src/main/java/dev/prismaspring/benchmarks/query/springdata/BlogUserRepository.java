package dev.prismaspring.benchmarks.query.springdata;

import org.springframework.data.repository.CrudRepository;

/** Users written with their profile and posts. */
public interface BlogUserRepository extends CrudRepository<BlogUser, Integer> {

}
