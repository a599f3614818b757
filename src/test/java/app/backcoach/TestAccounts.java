package app.backcoach;

import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;

import java.util.concurrent.atomic.AtomicInteger;

/** Makes accounts with unique names for tests that share one database. */
public final class TestAccounts {

    public static final String PASSWORD = "calm-river-stone-42";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestAccounts() {
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
    }

    public static AccountPrincipal create(AccountService accounts, String prefix) {
        return accounts.register(uniqueName(prefix), PASSWORD, PASSWORD);
    }
}
