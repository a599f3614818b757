package app.backcoach.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameKey(String usernameKey);

    boolean existsByUsernameKey(String usernameKey);
}
