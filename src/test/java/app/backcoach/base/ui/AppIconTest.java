package app.backcoach.base.ui;

import com.vaadin.flow.router.Menu;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every icon the app asks for is drawn: its symbol is in the sprite the browser loads. */
class AppIconTest {

    @Test
    void everyIconHasItsSymbolInTheSprite() throws IOException {
        String sprite;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/" + AppIcon.SPRITE)) {
            assertThat(in).as("the sprite %s", AppIcon.SPRITE).isNotNull();
            sprite = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(Arrays.stream(AppIcon.values()).map(AppIcon::symbol))
                .allSatisfy(symbol -> assertThat(sprite).contains("<symbol id=\"" + symbol + "\""));
        assertThat(AppIcon.STEP_FORWARD.create().getSymbol()).isEqualTo("step-forward");
    }

    @Test
    void everyMenuEntryNamesAnIconOfTheSprite() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        List<String> icons = new ArrayList<>();
        for (BeanDefinition page : scanner.findCandidateComponents("app.backcoach")) {
            icons.add(Class.forName(page.getBeanClassName()).getAnnotation(Menu.class).icon());
        }
        assertThat(icons).as("the icons of the menu's pages").hasSizeGreaterThanOrEqualTo(9)
                .allSatisfy(icon -> assertThat(AppIcon.ofSymbol(icon).symbol()).isEqualTo(icon));
    }
}
