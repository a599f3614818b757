package app.backcoach.routine;

import app.backcoach.PropertyContext;
import app.backcoach.SignedIn;
import app.backcoach.Texts;
import app.backcoach.base.ui.PageCheck;
import app.backcoach.exercise.Dose;
import app.backcoach.exercise.ExerciseInfo;
import app.backcoach.exercise.ExerciseService;
import app.backcoach.exercise.SideMode;
import app.backcoach.routine.ui.RoutineEditorView;
import app.backcoach.routine.ui.RoutinesView;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.workout.ui.WorkoutView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Own routines and routine keys under any input: a draft that breaks one of the editor's limits is refused with
 * {@link InvalidRoutineException} and stores nothing; a draft within them is stored and read back as written
 * (name and description without the white space around them); a key that names no routine the person may see
 * finds nothing.
 */
class RoutineInputPropertiesTest {

    private static AccountPrincipal person;
    /** Another person's routine: its id is a well-formed key that must find nothing. */
    private static long othersRoutine;

    private final RoutineService routines = PropertyContext.bean(RoutineService.class);
    private final List<ExerciseInfo> catalogue = PropertyContext.bean(ExerciseService.class).findAll();

    @BeforeContainer
    static void makeAccounts() {
        PropertyContext.signInNew("routine-other");
        othersRoutine = PropertyContext.bean(RoutineService.class).create(new RoutineDraft("Theirs", null, false,
                List.of(new RoutineDraft.Item(1, 5, 10, 1, 30, false)))).id();
        person = PropertyContext.signInNew("routine-props");
    }

    @BeforeTry
    void signIn() {
        SignedIn.as(person);
    }

    @AfterContainer
    static void signOut() {
        SignedIn.nobody();
    }

    // create

    @Property(tries = 60)
    void aDraftThatBreaksALimitIsRefusedAndStoresNothing(@ForAll("brokenDrafts") RoutineDraft draft) {
        Map<String, Integer> rowsBefore = PropertyContext.rowsOf(person);
        List<RoutineInfo> before = routines.findAll();

        assertThatThrownBy(() -> routines.create(draft)).isExactlyInstanceOf(InvalidRoutineException.class);

        assertThat(PropertyContext.rowsOf(person)).isEqualTo(rowsBefore);
        assertThat(routines.findAll()).isEqualTo(before);
    }

    @Property(tries = 50)
    void aDraftWithinTheLimitsIsStoredAndReadBackAsWritten(@ForAll("drafts") RoutineDraft draft) {
        int ownBefore = own(routines.findAll()).size();

        RoutineInfo made = routines.create(draft);

        RoutineDraft expected = stored(draft);
        assertThat(routines.findEditable(made.id())).get().extracting(EditableRoutine::draft).isEqualTo(expected);
        RoutineInfo found = routines.findByKey(made.key()).orElseThrow();
        assertThat(found.builtIn()).isFalse();
        assertThat(found.name()).isEqualTo(expected.name());
        assertThat(found.description()).isEqualTo(expected.description());
        assertThat(found.progression()).isEqualTo(draft.progression());
        assertThat(found.items()).extracting(item -> item.exercise().id())
                .containsExactlyElementsOf(draft.items().stream().map(RoutineDraft.Item::exerciseId).toList());
        assertThat(found.items()).extracting(RoutineItem::dose).containsExactlyElementsOf(doses(draft));
        assertThat(found.items()).extracting(RoutineItem::restSeconds)
                .containsExactlyElementsOf(draft.items().stream().map(RoutineDraft.Item::restSeconds).toList());
        assertThat(routines.draftOf(made.key())).contains(expected);
        assertThat(own(routines.findAll())).hasSize(ownBefore + 1);

        assertThat(routines.delete(made.id())).isTrue();
        assertThat(routines.findByKey(made.key())).isEmpty();
    }

    // update

    @Property(tries = 30)
    void aChangeThatBreaksALimitLeavesTheRoutineAsItWas(@ForAll("drafts") RoutineDraft original,
                                                        @ForAll("brokenDrafts") RoutineDraft change) {
        long id = routines.create(original).id();
        EditableRoutine before = routines.findEditable(id).orElseThrow();

        assertThatThrownBy(() -> routines.update(id, before.version(), change))
                .isExactlyInstanceOf(InvalidRoutineException.class);

        assertThat(routines.findEditable(id)).contains(before);
        routines.delete(id);
    }

    @Property(tries = 30)
    void aChangeToAnOlderVersionOrToARoutineNotTheirsIsRefused(@ForAll("drafts") RoutineDraft original,
                                                              @ForAll("drafts") RoutineDraft change,
                                                              @ForAll("staleOrForeign") StaleOrForeign target) {
        long id = routines.create(original).id();
        EditableRoutine before = routines.findEditable(id).orElseThrow();
        long targetId = target.foreignId() == null ? id : target.foreignId();
        long version = before.version() + target.versionOffset();
        Map<String, Integer> rowsBefore = PropertyContext.rowsOf(person);

        assertThatThrownBy(() -> routines.update(targetId, version, change))
                .isExactlyInstanceOf(RoutineChangedException.class);

        assertThat(routines.findEditable(id)).contains(before);
        assertThat(PropertyContext.rowsOf(person)).isEqualTo(rowsBefore);
        routines.delete(id);
    }

    @Property(tries = 30)
    void aChangeWithinTheLimitsIsStoredAndReadBackAsWritten(@ForAll("drafts") RoutineDraft original,
                                                           @ForAll("drafts") RoutineDraft change) {
        long id = routines.create(original).id();
        EditableRoutine before = routines.findEditable(id).orElseThrow();

        RoutineInfo updated = routines.update(id, before.version(), change);

        EditableRoutine after = routines.findEditable(id).orElseThrow();
        assertThat(after.draft()).isEqualTo(stored(change));
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(routines.findByKey(updated.key()).orElseThrow().items()).extracting(RoutineItem::dose)
                .containsExactlyElementsOf(doses(change));
        routines.delete(id);
    }

    // keys and ids from addresses

    @Property(tries = 100)
    void aKeyThatNamesNoRoutineOfTheirsFindsNothing(@ForAll("unknownKeys") String key) {
        assertThat(routines.findByKey(key)).isEmpty();
        assertThat(routines.exists(key)).isFalse();
        assertThat(routines.draftOf(key)).isEmpty();
        assertThat(RoutineKey.ownId(key).flatMap(routines::findEditable)).isEmpty();
        if (key != null) {
            assertThat(pageExists(RoutineEditorView.class, "edit", key)).isFalse();
            assertThat(pageExists(RoutineEditorView.class, "copy", key)).isFalse();
            assertThat(pageExists(WorkoutView.class, RoutinesView.WORKOUT_PARAMETER, key)).isFalse();
        }
    }

    @Property(tries = 30)
    void anIdThatIsNotTheirsIsNeitherFoundNorDeleted(@ForAll("unknownIds") long id) {
        Map<String, Integer> rowsBefore = PropertyContext.rowsOf(person);
        List<RoutineInfo> before = routines.findAll();

        assertThat(routines.findById(id).filter(found -> !found.builtIn())).isEmpty();
        assertThat(routines.findEditable(id)).isEmpty();
        assertThat(routines.delete(id)).isFalse();
        assertThat(routines.acceptProgression(id)).isEmpty();

        assertThat(routines.findAll()).isEqualTo(before);
        assertThat(PropertyContext.rowsOf(person)).isEqualTo(rowsBefore);
        assertThat(othersRoutineStillThere()).isTrue();
    }

    @Property(tries = 5)
    void theKeyOfEveryRoutineTheyMaySeeFindsIt(@ForAll("drafts") RoutineDraft draft) {
        RoutineInfo made = routines.create(draft);
        for (RoutineInfo visible : routines.findAll()) {
            assertThat(routines.findByKey(visible.key())).contains(visible);
            assertThat(routines.exists(visible.key())).isTrue();
            assertThat(RoutineKey.isOwn(visible.key()) || RoutineKey.isBuiltIn(visible.key())).isTrue();
            assertThat(pageExists(RoutineEditorView.class, "copy", visible.key())).isTrue();
            assertThat(pageExists(RoutineEditorView.class, "edit", visible.key())).isEqualTo(!visible.builtIn());
            assertThat(pageExists(WorkoutView.class, RoutinesView.WORKOUT_PARAMETER, visible.key())).isTrue();
        }
        assertThat(routines.findByKey(String.valueOf(made.id()))).get().extracting(RoutineInfo::id)
                .isEqualTo(made.id());
        routines.delete(made.id());
    }

    /** What the not-found filter hears from the features about a page address (the edit, copy and workout pages). */
    private static boolean pageExists(Class<? extends Component> page, String parameter, String key) {
        List<Boolean> answers = PropertyContext.context().getBeansOfType(PageCheck.class).values().stream()
                .map(check -> check.exists(page, new RouteParameters(parameter, key)))
                .flatMap(Optional::stream).toList();
        assertThat(answers).as("one feature answers for " + page.getSimpleName()).hasSize(1);
        return answers.getFirst();
    }

    // what a stored draft reads back as

    private static RoutineDraft stored(RoutineDraft draft) {
        String description = draft.description() == null || draft.description().isBlank() ? null
                : draft.description().strip();
        return new RoutineDraft(draft.name().strip(), description, draft.progression(), draft.items());
    }

    private List<Dose> doses(RoutineDraft draft) {
        Map<Long, ExerciseInfo> byId = byId();
        return draft.items().stream().map(item -> new Dose(item.holdSeconds(), item.reps(), item.sets(),
                item.perSide() ? byId.get(item.exerciseId()).dose().sideMode() : SideMode.NONE, null)).toList();
    }

    private static List<RoutineInfo> own(List<RoutineInfo> all) {
        return all.stream().filter(routine -> !routine.builtIn()).toList();
    }

    private boolean othersRoutineStillThere() {
        return PropertyContext.bean(JdbcTemplate.class)
                .queryForObject("select count(*) from routine where id = ?", Integer.class, othersRoutine) == 1;
    }

    private Map<Long, ExerciseInfo> byId() {
        return catalogue.stream().collect(Collectors.toMap(ExerciseInfo::id, exercise -> exercise));
    }

    // drafts within the limits

    @Provide
    Arbitrary<RoutineDraft> drafts() {
        return Combinators.combine(Texts.notBlank(1, Routine.NAME_MAX_LENGTH), descriptions(), Arbitraries.of(true, false),
                item().list().ofMinSize(1).ofMaxSize(Routine.MAX_EXERCISES)).as(RoutineDraft::new);
    }

    private Arbitrary<String> descriptions() {
        return Arbitraries.oneOf(Arbitraries.just(null), Texts.blank(), Texts.any(1, Routine.DESCRIPTION_MAX_LENGTH));
    }

    private Arbitrary<RoutineDraft.Item> item() {
        return Arbitraries.of(catalogue).flatMap(exercise -> Combinators.combine(
                Arbitraries.integers().between(Dose.MIN_HOLD_SECONDS, Dose.MAX_HOLD_SECONDS),
                Arbitraries.integers().between(Dose.MIN_REPS, Dose.MAX_REPS),
                Arbitraries.integers().between(Dose.MIN_SETS, Dose.MAX_SETS),
                Arbitraries.integers().between(RoutineItem.MIN_REST_SECONDS, RoutineItem.MAX_REST_SECONDS),
                exercise.dose().sideMode().perSide() ? Arbitraries.of(true, false) : Arbitraries.just(false))
                .as((hold, reps, sets, rest, perSide) -> new RoutineDraft.Item(exercise.id(), hold, reps, sets, rest,
                        perSide)));
    }

    // drafts that break exactly one limit

    @Provide
    Arbitrary<RoutineDraft> brokenDrafts() {
        Arbitrary<String> badNames = Arbitraries.oneOf(Arbitraries.just(null), Texts.blank(),
                Texts.longerThan(Routine.NAME_MAX_LENGTH));
        return Arbitraries.oneOf(
                drafts().flatMap(draft -> badNames.map(name ->
                        new RoutineDraft(name, draft.description(), draft.progression(), draft.items()))),
                drafts().flatMap(draft -> Texts.longerThan(Routine.DESCRIPTION_MAX_LENGTH).map(description ->
                        new RoutineDraft(draft.name(), description, draft.progression(), draft.items()))),
                drafts().map(draft -> new RoutineDraft(draft.name(), draft.description(), draft.progression(), null)),
                drafts().flatMap(draft -> item().list().ofMinSize(Routine.MAX_EXERCISES + 1)
                        .ofMaxSize(3 * Routine.MAX_EXERCISES).map(items ->
                                new RoutineDraft(draft.name(), draft.description(), draft.progression(), items))),
                drafts().flatMap(draft -> brokenItem().flatMap(bad -> Arbitraries.integers()
                        .between(0, draft.items().size() - 1).map(position -> {
                            List<RoutineDraft.Item> items = new ArrayList<>(draft.items());
                            items.set(position, bad);
                            return new RoutineDraft(draft.name(), draft.description(), draft.progression(), items);
                        }))));
    }

    private Arbitrary<RoutineDraft.Item> brokenItem() {
        Set<Long> known = byId().keySet();
        List<ExerciseInfo> bothSidesAtOnce = catalogue.stream()
                .filter(exercise -> !exercise.dose().sideMode().perSide()).toList();
        return Arbitraries.oneOf(
                item().flatMap(item -> Arbitraries.longs().filter(id -> !known.contains(id)).map(id ->
                        new RoutineDraft.Item(id, item.holdSeconds(), item.reps(), item.sets(), item.restSeconds(),
                                false))),
                item().flatMap(item -> outside(Dose.MIN_HOLD_SECONDS, Dose.MAX_HOLD_SECONDS).map(hold ->
                        new RoutineDraft.Item(item.exerciseId(), hold, item.reps(), item.sets(), item.restSeconds(),
                                item.perSide()))),
                item().flatMap(item -> outside(Dose.MIN_REPS, Dose.MAX_REPS).map(reps ->
                        new RoutineDraft.Item(item.exerciseId(), item.holdSeconds(), reps, item.sets(),
                                item.restSeconds(), item.perSide()))),
                item().flatMap(item -> outside(Dose.MIN_SETS, Dose.MAX_SETS).map(sets ->
                        new RoutineDraft.Item(item.exerciseId(), item.holdSeconds(), item.reps(), sets,
                                item.restSeconds(), item.perSide()))),
                item().flatMap(item -> outside(RoutineItem.MIN_REST_SECONDS, RoutineItem.MAX_REST_SECONDS).map(rest ->
                        new RoutineDraft.Item(item.exerciseId(), item.holdSeconds(), item.reps(), item.sets(), rest,
                                item.perSide()))),
                Arbitraries.of(bothSidesAtOnce).map(exercise ->
                        new RoutineDraft.Item(exercise.id(), 5, 5, 1, 30, true)));
    }

    /** Any int below {@code min} or above {@code max}, the ones next to the limits included. */
    static Arbitrary<Integer> outside(int min, int max) {
        return Arbitraries.oneOf(Arbitraries.integers().between(Integer.MIN_VALUE, min - 1),
                Arbitraries.integers().between(max + 1, Integer.MAX_VALUE),
                Arbitraries.of(min - 1, max + 1));
    }

    // keys and ids that name nothing the person may see

    /** A routine to change that is not the loaded version of theirs: another version, or someone else's. */
    record StaleOrForeign(long versionOffset, Long foreignId) {
    }

    @Provide
    Arbitrary<StaleOrForeign> staleOrForeign() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000, 1_000).filter(offset -> offset != 0)
                        .map(offset -> new StaleOrForeign(offset, null)),
                unknownIds().map(id -> new StaleOrForeign(0, id)));
    }

    @Provide
    Arbitrary<Long> unknownIds() {
        long highest = PropertyContext.bean(JdbcTemplate.class).queryForObject("select max(id) from routine",
                Long.class);
        return Arbitraries.oneOf(Arbitraries.just(othersRoutine),
                Arbitraries.longs().between(Long.MIN_VALUE, 0),
                Arbitraries.longs().between(highest + 1_000_000, Long.MAX_VALUE));
    }

    @Provide
    Arbitrary<String> unknownKeys() {
        Set<String> slugs = Set.of("gentle-start", "quick-relief", "extension", "flexion", "full-routine");
        Arbitrary<String> slugShaped = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-")
                .ofMinLength(1).ofMaxLength(64)
                .filter(key -> !slugs.contains(key) && !key.chars().allMatch(Character::isDigit));
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Texts.blank(),
                Texts.any(1, 100).filter(key -> !slugs.contains(key) && !key.matches("[0-9]+")),
                slugShaped,
                slugShaped.map(key -> key.toUpperCase(java.util.Locale.ROOT)).filter(key -> !key.equals(key.toLowerCase())),
                Arbitraries.of(slugs).map(slug -> " " + slug),
                Arbitraries.of(slugs).map(slug -> slug + "/"),
                Arbitraries.of(slugs).map(slug -> slug.toUpperCase(java.util.Locale.ROOT)),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(65).ofMaxLength(300),
                Arbitraries.strings().numeric().ofMinLength(19).ofMaxLength(40).map(digits -> "9" + digits),
                unknownIds().filter(id -> id > 0).map(String::valueOf),
                unknownIds().map(id -> "-" + Math.abs(id)),
                Arbitraries.of("\u0661\u0660\u0660", "１００", "1e3", "0x64", "100 ", "+100", "1_000"));
    }
}
