package app.backcoach.engine;

/**
 * Where a resumed workout goes on: the first set not yet recorded (exercise and set numbers count from 1).
 */
public record ResumePoint(int exerciseNumber, int exerciseCount, int setNumber, int setCount) {
}
