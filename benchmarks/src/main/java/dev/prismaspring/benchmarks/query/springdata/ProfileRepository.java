package dev.prismaspring.benchmarks.query.springdata;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Profiles as aggregates of their own. */
public interface ProfileRepository extends ListCrudRepository<Profile, Integer> {

	Optional<Profile> findByUserId(Integer userId);

}
