package app.backcoach.base.ui;

import java.util.Optional;

/**
 * A feature's answer to the not-found filter for its own page addresses: whether the item an address names
 * exists for the signed-in person. Lets a feature give its pages their 404 without the ground floor
 * importing it.
 */
public interface PageCheck {

    /**
     * Empty if the path (without its leading slash) is not one of this feature's item pages; otherwise
     * whether its item exists for the person (someone else's counts as none).
     */
    Optional<Boolean> exists(String path);
}
