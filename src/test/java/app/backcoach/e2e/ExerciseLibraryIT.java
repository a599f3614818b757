package app.backcoach.e2e;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ExerciseLibraryIT extends BrowserIT {

    @Test
    void aSignedInPersonSeesTheSixExercisesAndOpensThePelvicTilt() {
        registerNewAccount();
        page.navigate(url("exercises"));

        for (String name : new String[] {"Pelvic tilt", "Knee-to-chest (single)", "Double knee-to-chest",
                "Prayer stretch (child's pose)", "Prone press-up", "Lower trunk rotation"}) {
            assertThat(page.getByText(name, new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)))
                    .isVisible();
        }
        assertAccessible("the exercise library");

        page.getByText("Pelvic tilt").first().click();

        assertThat(page).hasURL(url("exercises/pelvic-tilt"));
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("How to do it"))).isVisible();
        assertThat(page.getByText("Draw your belly in and squeeze your buttocks")).isVisible();
        assertThat(page.getByText("Hold 5 s · 10 reps · 2 sets")).isVisible();
        assertAccessible("an exercise's page");
    }

    @Test
    void anUnknownExerciseAnswersWithAFriendlyNotFoundPage() {
        registerNewAccount();

        Response response = page.navigate(url("exercises/nope"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByText("Page not found")).isVisible();
        assertThat(page.getByText("Back to the start")).isVisible();
    }
}
