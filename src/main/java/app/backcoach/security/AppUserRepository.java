package app.backcoach.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameKey(String usernameKey);

    boolean existsByUsernameKey(String usernameKey);

    @Query("select u.id from AppUser u where u.usernameKey = :key")
    Optional<Long> findIdByUsernameKey(@Param("key") String usernameKey);

    // failed_sign_ins is not mapped in AppUser, so that saving the entity never overwrites a count
    @Modifying
    @Query(value = "update app_user set failed_sign_ins = failed_sign_ins + 1 where id = :id", nativeQuery = true)
    void countFailedSignIn(@Param("id") long id);

    @Query(value = "select failed_sign_ins from app_user where id = :id", nativeQuery = true)
    int failedSignIns(@Param("id") long id);

    @Modifying
    @Query(value = "update app_user set failed_sign_ins = 0 where id = :id", nativeQuery = true)
    void clearFailedSignIns(@Param("id") long id);
}
