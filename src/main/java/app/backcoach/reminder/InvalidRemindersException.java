package app.backcoach.reminder;

/**
 * Reminder settings that break a rule; nothing was saved.
 *
 * @see ReminderRules#validTimes
 */
public class InvalidRemindersException extends RuntimeException {

    private final String messageKey;
    private final int index;

    InvalidRemindersException(String messageKey, int index) {
        super(messageKey);
        this.messageKey = messageKey;
        this.index = index;
    }

    /** The translation key of the message for the person. */
    public String messageKey() {
        return messageKey;
    }

    /** Which of the times given is wrong (from 0), or -1 when it is the whole list. */
    public int index() {
        return index;
    }
}
