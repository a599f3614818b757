package app.backcoach.base.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NavigationTest {

    @Test
    void aRouteWithOneLastParameterGetsItsValue() {
        assertThat(Navigation.fill("workout/:routine", "gentle-start")).isEqualTo("workout/gentle-start");
        assertThat(Navigation.fill("history/:id", "42")).isEqualTo("history/42");
    }

    @Test
    void aRouteWithoutALastParameterIsRefused() {
        assertThatThrownBy(() -> Navigation.fill("routines", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Navigation.fill("a/:b/c", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
