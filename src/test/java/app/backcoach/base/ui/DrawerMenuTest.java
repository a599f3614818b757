package app.backcoach.base.ui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DrawerMenuTest {

    @Test
    void drawsTheBrandAndOneNavigationItemPerLinkInItsOrder() {
        String html = DrawerMenu.markup("BackCoach", List.of(
                new DrawerMenu.Link("Today", "", AppIcon.HOME),
                new DrawerMenu.Link("Routines", "routines", AppIcon.PLAY_CIRCLE)));

        assertThat(html).startsWith("<a class=\"brand p-m\" href=\"\"><img class=\"brand-logo\" src=\"images/logo.svg\" "
                + "alt=\"\"><span class=\"brand-name\">BackCoach</span></a><vaadin-side-nav class=\"main-nav\">");
        assertThat(html).containsSubsequence(
                "<vaadin-side-nav-item path=\"\"><vaadin-icon slot=\"prefix\" src=\"icons/app-icons.svg\" symbol=\"home\">"
                        + "</vaadin-icon>Today</vaadin-side-nav-item>",
                "<vaadin-side-nav-item path=\"routines\"><vaadin-icon slot=\"prefix\" src=\"icons/app-icons.svg\" "
                        + "symbol=\"play-circle\"></vaadin-icon>Routines</vaadin-side-nav-item>",
                "</vaadin-side-nav>");
    }

    @Test
    void aLabelOrAddressCannotAddMarkup() {
        String html = DrawerMenu.markup("A & <B's>", List.of(new DrawerMenu.Link("<img src=x onerror=alert(1)>",
                "x\" onclick=\"alert(1)", null)));

        assertThat(html).contains("A &amp; &lt;B&#39;s&gt;", "&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img src=x", "<B", "\" onclick=");
    }

    @Test
    void anAddressIsPercentEncodedAsVaadinsOwnNavigationItemDoes() {
        String html = DrawerMenu.markup("BackCoach", List.of(new DrawerMenu.Link("Ejercicios", "ejercicios/año uno", null)));

        assertThat(html).contains("<vaadin-side-nav-item path=\"ejercicios/a%C3%B1o%20uno\">Ejercicios</vaadin-side-nav-item>");
    }

    @Test
    void pagesInTheSameLanguageShareOneCopyOfTheMarkup() {
        List<DrawerMenu.Link> links = List.of(new DrawerMenu.Link("History", "history", AppIcon.CALENDAR_CLOCK));

        Object first = new DrawerMenu("BackCoach", links).getElement().getPropertyRaw("innerHTML");
        Object second = new DrawerMenu("BackCoach", List.copyOf(links)).getElement().getPropertyRaw("innerHTML");

        assertThat(second).isEqualTo(first).isSameAs(first);
    }
}
