package app.backcoach.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts for Spring Security's sign-in, and the upgrade of an older password hash at a successful one. */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AppUserRepository users;

    AccountUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.length() > AccountService.USERNAME_MAX_LENGTH * 2) {
            throw new UsernameNotFoundException("no such account");
        }
        return users.findByUsernameKey(AppUser.keyOf(username))
                .map(user -> new AccountPrincipal(user.getId(), user.getUsername(), user.getPasswordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        AccountPrincipal principal = (AccountPrincipal) user;
        users.findById(principal.id()).ifPresent(account -> account.changePasswordHash(newPasswordHash));
        return new AccountPrincipal(principal.id(), principal.getUsername(), newPasswordHash);
    }
}
