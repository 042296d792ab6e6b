package dev.prismaspring.benchmarks.query.springdata;

import org.springframework.data.repository.ListCrudRepository;

/** Users without relations. */
public interface FlatUserRepository extends ListCrudRepository<FlatUser, Integer> {

}
