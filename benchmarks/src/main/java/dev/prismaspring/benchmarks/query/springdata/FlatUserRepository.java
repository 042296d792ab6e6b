package dev.prismaspring.benchmarks.query.springdata;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Users without relations. */
public interface FlatUserRepository extends ListCrudRepository<FlatUser, Integer> {

	Optional<FlatUser> findByEmail(String email);

}
