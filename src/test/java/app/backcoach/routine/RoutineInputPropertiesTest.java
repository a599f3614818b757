package app.backcoach.routine;

import app.backcoach.BackCoachTest;
import app.backcoach.Gens;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.Texts;
import app.backcoach.UserRows;
import app.backcoach.base.ui.PageCheck;
import app.backcoach.exercise.Dose;
import app.backcoach.exercise.ExerciseInfo;
import app.backcoach.exercise.ExerciseService;
import app.backcoach.exercise.SideMode;
import app.backcoach.routine.ui.RoutineEditorView;
import app.backcoach.routine.ui.RoutinesView;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import app.backcoach.workout.ui.WorkoutView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static app.backcoach.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Own routines and routine keys under any input: a draft that breaks one of the editor's limits is refused with
 * {@link InvalidRoutineException} and stores nothing; a draft within them is stored and read back as written
 * (name and description without the white space around them); a key that names no routine the person may see
 * finds nothing.
 */
@BackCoachTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutineInputPropertiesTest {

    private static final Set<String> BUILT_IN = Set.of("gentle-start", "quick-relief", "extension", "flexion",
            "full-routine");

    @Autowired
    RoutineService routines;
    @Autowired
    ExerciseService exercises;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<PageCheck> pageChecks;

    private List<ExerciseInfo> catalogue;
    private AccountPrincipal person;
    /** Another person's routine: its id is a well-formed key that must find nothing. */
    private long othersRoutine;

    @BeforeAll
    void makeAccounts() {
        catalogue = exercises.findAll();
        SignedIn.as(TestAccounts.create(accounts, "routine-other"));
        othersRoutine = routines.create(new RoutineDraft("Theirs", null, false,
                List.of(new RoutineDraft.Item(1, 5, 10, 1, 30, false)))).id();
        person = TestAccounts.create(accounts, "routine-props");
        SignedIn.nobody();
    }

    @BeforeEach
    void signIn() {
        SignedIn.as(person);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    // create

    @Test
    void aDraftThatBreaksALimitIsRefusedAndStoresNothing() {
        qt().withExamples(60).forAll(brokenDrafts()).checkAssert(draft -> {
            Map<String, Integer> rowsBefore = UserRows.of(jdbc, person.id());
            List<RoutineInfo> before = routines.findAll();

            assertThatThrownBy(() -> routines.create(draft)).isExactlyInstanceOf(InvalidRoutineException.class);

            assertThat(UserRows.of(jdbc, person.id())).isEqualTo(rowsBefore);
            assertThat(routines.findAll()).isEqualTo(before);
        });
    }

    @Test
    void aDraftWithinTheLimitsIsStoredAndReadBackAsWritten() {
        qt().withExamples(50).forAll(drafts()).checkAssert(draft -> {
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
        });
    }

    // update

    @Test
    void aChangeThatBreaksALimitLeavesTheRoutineAsItWas() {
        qt().withExamples(30).forAll(drafts(), brokenDrafts()).checkAssert((original, change) -> {
            long id = routines.create(original).id();
            EditableRoutine before = routines.findEditable(id).orElseThrow();

            assertThatThrownBy(() -> routines.update(id, before.version(), change))
                    .isExactlyInstanceOf(InvalidRoutineException.class);

            assertThat(routines.findEditable(id)).contains(before);
            routines.delete(id);
        });
    }

    @Test
    void aChangeToAnOlderVersionOrToARoutineNotTheirsIsRefused() {
        qt().withExamples(30).forAll(drafts(), drafts(), staleOrForeign()).checkAssert((original, change, target) -> {
            long id = routines.create(original).id();
            EditableRoutine before = routines.findEditable(id).orElseThrow();
            long targetId = target.foreignId() == null ? id : target.foreignId();
            long version = before.version() + target.versionOffset();
            Map<String, Integer> rowsBefore = UserRows.of(jdbc, person.id());

            assertThatThrownBy(() -> routines.update(targetId, version, change))
                    .isExactlyInstanceOf(RoutineChangedException.class);

            assertThat(routines.findEditable(id)).contains(before);
            assertThat(UserRows.of(jdbc, person.id())).isEqualTo(rowsBefore);
            routines.delete(id);
        });
    }

    @Test
    void aChangeWithinTheLimitsIsStoredAndReadBackAsWritten() {
        qt().withExamples(30).forAll(drafts(), drafts()).checkAssert((original, change) -> {
            long id = routines.create(original).id();
            EditableRoutine before = routines.findEditable(id).orElseThrow();

            RoutineInfo updated = routines.update(id, before.version(), change);

            EditableRoutine after = routines.findEditable(id).orElseThrow();
            assertThat(after.draft()).isEqualTo(stored(change));
            assertThat(after.version()).isGreaterThan(before.version());
            assertThat(routines.findByKey(updated.key()).orElseThrow().items()).extracting(RoutineItem::dose)
                    .containsExactlyElementsOf(doses(change));
            routines.delete(id);
        });
    }

    // keys and ids from addresses

    @Test
    void aKeyThatNamesNoRoutineOfTheirsFindsNothing() {
        qt().withExamples(100).forAll(unknownKeys()).checkAssert(key -> {
            assertThat(routines.findByKey(key)).isEmpty();
            assertThat(routines.exists(key)).isFalse();
            assertThat(routines.draftOf(key)).isEmpty();
            assertThat(RoutineKey.ownId(key).flatMap(routines::findEditable)).isEmpty();
            if (key != null) {
                assertThat(pageExists(RoutineEditorView.class, "edit", key)).isFalse();
                assertThat(pageExists(RoutineEditorView.class, "copy", key)).isFalse();
                assertThat(pageExists(WorkoutView.class, RoutinesView.WORKOUT_PARAMETER, key)).isFalse();
            }
        });
    }

    @Test
    void anIdThatIsNotTheirsIsNeitherFoundNorDeleted() {
        qt().withExamples(30).forAll(unknownIds()).checkAssert(id -> {
            Map<String, Integer> rowsBefore = UserRows.of(jdbc, person.id());
            List<RoutineInfo> before = routines.findAll();

            assertThat(routines.findById(id).filter(found -> !found.builtIn())).isEmpty();
            assertThat(routines.findEditable(id)).isEmpty();
            assertThat(routines.delete(id)).isFalse();
            assertThat(routines.acceptProgression(id)).isEmpty();

            assertThat(routines.findAll()).isEqualTo(before);
            assertThat(UserRows.of(jdbc, person.id())).isEqualTo(rowsBefore);
            assertThat(othersRoutineStillThere()).isTrue();
        });
    }

    @Test
    void theKeyOfEveryRoutineTheyMaySeeFindsIt() {
        qt().withExamples(5).forAll(drafts()).checkAssert(draft -> {
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
        });
    }

    /** What the not-found filter hears from the features about a page address (the edit, copy and workout pages). */
    private boolean pageExists(Class<? extends Component> page, String parameter, String key) {
        List<Boolean> answers = pageChecks.stream()
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
        return jdbc.queryForObject("select count(*) from routine where id = ?", Integer.class, othersRoutine) == 1;
    }

    private Map<Long, ExerciseInfo> byId() {
        return catalogue.stream().collect(Collectors.toMap(ExerciseInfo::id, exercise -> exercise));
    }

    // drafts within the limits

    private Gen<RoutineDraft> drafts() {
        return Texts.storableNotBlank(1, Routine.NAME_MAX_LENGTH).zip(descriptions(), booleans().all(),
                lists().of(item()).ofSizeBetween(1, Routine.MAX_EXERCISES), RoutineDraft::new);
    }

    private static Gen<String> descriptions() {
        return Generate.oneOf(Gens.none(), Texts.blank(), Texts.storable(1, Routine.DESCRIPTION_MAX_LENGTH));
    }

    private Gen<RoutineDraft.Item> item() {
        Gen<ExerciseInfo> exercise = Generate.pick(catalogue);
        Gen<Integer> holds = integers().between(Dose.MIN_HOLD_SECONDS, Dose.MAX_HOLD_SECONDS);
        Gen<Integer> reps = integers().between(Dose.MIN_REPS, Dose.MAX_REPS);
        Gen<Integer> sets = integers().between(Dose.MIN_SETS, Dose.MAX_SETS);
        Gen<Integer> rests = integers().between(RoutineItem.MIN_REST_SECONDS, RoutineItem.MAX_REST_SECONDS);
        Gen<Boolean> perSide = booleans().all();
        return in -> {
            ExerciseInfo chosen = exercise.generate(in);
            return new RoutineDraft.Item(chosen.id(), holds.generate(in), reps.generate(in), sets.generate(in),
                    rests.generate(in), chosen.dose().sideMode().perSide() ? perSide.generate(in) : false);
        };
    }

    // drafts that break exactly one limit

    private Gen<RoutineDraft> brokenDrafts() {
        Gen<String> badNames = Generate.oneOf(Gens.none(), Texts.blank(), Texts.longerThan(Routine.NAME_MAX_LENGTH),
                Texts.unstorable(Routine.NAME_MAX_LENGTH));
        Gen<RoutineDraft> drafts = drafts();
        Gen<RoutineDraft.Item> brokenItems = brokenItem();
        Gen<RoutineDraft> badItem = in -> {
            RoutineDraft draft = drafts.generate(in);
            RoutineDraft.Item bad = brokenItems.generate(in);
            int position = integers().between(0, draft.items().size() - 1).generate(in);
            List<RoutineDraft.Item> items = new ArrayList<>(draft.items());
            items.set(position, bad);
            return new RoutineDraft(draft.name(), draft.description(), draft.progression(), items);
        };
        return Generate.oneOf(
                drafts.zip(badNames, (draft, name) ->
                        new RoutineDraft(name, draft.description(), draft.progression(), draft.items())),
                drafts.zip(Generate.oneOf(Texts.longerThan(Routine.DESCRIPTION_MAX_LENGTH),
                                Texts.unstorable(Routine.DESCRIPTION_MAX_LENGTH)), (draft, description) ->
                        new RoutineDraft(draft.name(), description, draft.progression(), draft.items())),
                drafts.map(draft -> new RoutineDraft(draft.name(), draft.description(), draft.progression(), null)),
                drafts.zip(lists().of(item()).ofSizeBetween(Routine.MAX_EXERCISES + 1, 3 * Routine.MAX_EXERCISES),
                        (draft, items) -> new RoutineDraft(draft.name(), draft.description(), draft.progression(),
                                items)),
                badItem);
    }

    private Gen<RoutineDraft.Item> brokenItem() {
        Set<Long> known = byId().keySet();
        List<ExerciseInfo> bothSidesAtOnce = catalogue.stream()
                .filter(exercise -> !exercise.dose().sideMode().perSide()).toList();
        Gen<RoutineDraft.Item> item = item();
        return Generate.oneOf(
                item.zip(longs().all().assuming(id -> !known.contains(id)), (within, id) ->
                        new RoutineDraft.Item(id, within.holdSeconds(), within.reps(), within.sets(),
                                within.restSeconds(), false)),
                item.zip(Gens.outside(Dose.MIN_HOLD_SECONDS, Dose.MAX_HOLD_SECONDS), (within, hold) ->
                        new RoutineDraft.Item(within.exerciseId(), hold, within.reps(), within.sets(),
                                within.restSeconds(), within.perSide())),
                item.zip(Gens.outside(Dose.MIN_REPS, Dose.MAX_REPS), (within, reps) ->
                        new RoutineDraft.Item(within.exerciseId(), within.holdSeconds(), reps, within.sets(),
                                within.restSeconds(), within.perSide())),
                item.zip(Gens.outside(Dose.MIN_SETS, Dose.MAX_SETS), (within, sets) ->
                        new RoutineDraft.Item(within.exerciseId(), within.holdSeconds(), within.reps(), sets,
                                within.restSeconds(), within.perSide())),
                item.zip(Gens.outside(RoutineItem.MIN_REST_SECONDS, RoutineItem.MAX_REST_SECONDS), (within, rest) ->
                        new RoutineDraft.Item(within.exerciseId(), within.holdSeconds(), within.reps(),
                                within.sets(), rest, within.perSide())),
                Generate.pick(bothSidesAtOnce).map(exercise ->
                        new RoutineDraft.Item(exercise.id(), 5, 5, 1, 30, true)));
    }

    // keys and ids that name nothing the person may see

    /** A routine to change that is not the loaded version of theirs: another version, or someone else's. */
    record StaleOrForeign(long versionOffset, Long foreignId) {
    }

    private Gen<StaleOrForeign> staleOrForeign() {
        return Generate.oneOf(
                longs().between(-1_000, 1_000).assuming(offset -> offset != 0)
                        .map(offset -> new StaleOrForeign(offset, null)),
                unknownIds().map(id -> new StaleOrForeign(0, id)));
    }

    private Gen<Long> unknownIds() {
        long highest = jdbc.queryForObject("select max(id) from routine", Long.class);
        return Generate.oneOf(Generate.constant(othersRoutine),
                longs().between(Long.MIN_VALUE, 0),
                longs().between(highest + 1_000_000, Long.MAX_VALUE),
                arbitrary().pick(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
    }

    private Gen<String> unknownKeys() {
        Gen<String> slugShaped = Texts.ofChars("abcdefghijklmnopqrstuvwxyz0123456789-", 1, 64)
                .assuming(key -> !BUILT_IN.contains(key) && !key.chars().allMatch(Character::isDigit));
        Gen<String> builtIn = Generate.pick(BUILT_IN.stream().sorted().toList());
        return Generate.oneOf(
                Gens.none(),
                Texts.blank(),
                Texts.any(1, 100).assuming(key -> !BUILT_IN.contains(key) && !key.matches("[0-9]+")),
                slugShaped,
                slugShaped.map(key -> key.toUpperCase(Locale.ROOT)).assuming(key -> !key.equals(key.toLowerCase())),
                builtIn.map(slug -> " " + slug),
                builtIn.map(slug -> slug + "/"),
                builtIn.map(slug -> slug.toUpperCase(Locale.ROOT)),
                Texts.ofChars('a', 'z', 65, 300),
                Texts.ofChars('0', '9', 19, 40).map(digits -> "9" + digits),
                unknownIds().assuming(id -> id > 0).map(id -> Long.toString(id)),
                unknownIds().map(id -> "-" + Math.abs(id)),
                arbitrary().pick("\u0661\u0660\u0660", "１００", "1e3", "0x64", "100 ", "+100", "1_000"))
                .describedAs(Texts::shown);
    }
}
