package app.backcoach.progress;

/**
 * Consecutive weeks in which the weekly goal (active days) was reached. The week under way counts once
 * it reaches the goal and never breaks the streak while it is still running.
 *
 * @param welcomeBack the person had a streak or sessions before, but missed last week: greet them kindly
 */
public record Streak(int weeks, int goalDays, boolean welcomeBack) {
}
