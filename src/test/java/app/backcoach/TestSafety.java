package app.backcoach;

import app.backcoach.safety.RedFlag;

import java.util.EnumMap;
import java.util.Map;

/** Answers to the red-flag check for tests. */
public final class TestSafety {

    private TestSafety() {
    }

    /** Every question answered: "yes" to the given signs, "no" to the rest. */
    public static Map<RedFlag, Boolean> answers(RedFlag... yes) {
        Map<RedFlag, Boolean> answers = new EnumMap<>(RedFlag.class);
        for (RedFlag flag : RedFlag.values()) {
            answers.put(flag, false);
        }
        for (RedFlag flag : yes) {
            answers.put(flag, true);
        }
        return answers;
    }
}
