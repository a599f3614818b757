package app.backcoach.safety;

/** The pain rated before and after one workout. */
public record PainPair(int before, int after) {

    public int rise() {
        return after - before;
    }
}
