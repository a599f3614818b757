-- Health content held to its sources (the revised content notes): no diagnosis words, the osteoporosis
-- rule on both knee-to-chest stretches, who should ask a doctor first, and the range of doses the sources
-- name for each exercise (progression never goes past it; the editor says when a dose is above it).

alter table exercise add column ask_first varchar(100) not null default '';
alter table exercise add column source_hold_min int not null default 1;
alter table exercise add column source_hold_max int not null default 120;
alter table exercise add column source_reps_min int not null default 1;
alter table exercise add column source_reps_max int not null default 30;
alter table exercise add column source_sets_max int not null default 5;

-- hold and reps as the sources name them (NHS, NHS inform, Mayo Clinic, seeds 000-003); 2 sets a session (seed 002)
update exercise set source_hold_min = 2, source_hold_max = 10, source_reps_min = 5, source_reps_max = 10,
                    source_sets_max = 2, ask_first = '',
                    purpose = 'A small, slow rock of the pelvis that gently moves the lower back.'
where slug = 'pelvic-tilt';
update exercise set source_hold_min = 5, source_hold_max = 30, source_reps_min = 2, source_reps_max = 10,
                    source_sets_max = 2, ask_first = 'OSTEOPOROSIS',
                    purpose = 'Bends the lower back forward, one leg at a time, and stretches the lower back and buttock.'
where slug = 'knee-to-chest';
update exercise set source_hold_min = 5, source_hold_max = 10, source_reps_min = 5, source_reps_max = 10,
                    source_sets_max = 2, ask_first = 'OSTEOPOROSIS',
                    purpose = 'Bends the lower back forward with both knees: a deeper bend than the single stretch.',
                    source = 'Based on the articles "How Do You Relieve Back Spasms? 10 Tips" (medically reviewed, 2022) and "Getting Rid of Back Spasm with Medical Treatment, Exercises, Home Remedies", and Mayo Clinic''s knee-to-chest stretch (osteoporosis).',
                    source_url = 'https://www.mayoclinic.org/healthy-lifestyle/fitness/multimedia/stretching/sls-20076840'
where slug = 'double-knee-to-chest';
update exercise set source_hold_min = 5, source_hold_max = 30, source_reps_min = 2, source_reps_max = 10,
                    source_sets_max = 2, ask_first = 'KNEE_PROBLEMS',
                    purpose = 'Bends the back forward from kneeling and stretches the muscles along the spine.'
where slug = 'prayer-stretch';
update exercise set source_hold_min = 5, source_hold_max = 30, source_reps_min = 8, source_reps_max = 10,
                    source_sets_max = 2, ask_first = 'PREGNANCY',
                    purpose = 'Arches the back gently while you lie on your stomach.',
                    source = 'Based on NHS guidance on back extensions, the article "Getting Rid of Back Spasm with Medical Treatment, Exercises, Home Remedies", and the care sheet "Back spasm" (Healthwise) with the usual practice for back-arching exercises (McKenzie method) on symptoms that spread down the leg.'
where slug = 'prone-press-up';
update exercise set source_hold_min = 3, source_hold_max = 3, source_reps_min = 8, source_reps_max = 10,
                    source_sets_max = 2, ask_first = '',
                    purpose = 'Rolls both knees from side to side to turn the lower back gently.'
where slug = 'lower-trunk-rotation';

-- Knee-to-chest, single and double: not with osteoporosis unless a doctor has said it is fine (Mayo Clinic).
update exercise_caution set text = 'Skip this stretch if you have osteoporosis (thin, weak bones), unless a doctor has said it is fine.'
where exercise_id = (select id from exercise where slug = 'knee-to-chest') and position = 1;
update exercise_caution set position = position + 1
where exercise_id = (select id from exercise where slug = 'double-knee-to-chest') and position >= 1;
insert into exercise_caution (exercise_id, position, text)
select id, 1, 'Skip this stretch if you have osteoporosis (thin, weak bones), unless a doctor has said it is fine.'
from exercise where slug = 'double-knee-to-chest';

-- Prone press-up: the forearm prop is the first stage (as drawn); straighten the arms only within comfort.
update exercise_step set text = 'Lie on your stomach. Rest on your forearms with your elbows under your shoulders, as in the drawing.'
where exercise_id = (select id from exercise where slug = 'prone-press-up') and position = 0;
update exercise_step set text = 'Keep your hips on the floor the whole time, and let your back relax.'
where exercise_id = (select id from exercise where slug = 'prone-press-up') and position = 1;
update exercise_step set text = 'When resting on your forearms feels fine, put your hands flat and slowly straighten your arms, only as far as is comfortable.'
where exercise_id = (select id from exercise where slug = 'prone-press-up') and position = 2;
update exercise_step set text = 'Hold, then lower yourself slowly. Over the weeks, the hold can build up to 30 seconds.'
where exercise_id = (select id from exercise where slug = 'prone-press-up') and position = 3;
update exercise_caution set text = 'Stop if pain or tingling spreads further down your leg, and call your doctor today.'
where exercise_id = (select id from exercise where slug = 'prone-press-up') and position = 0;
insert into exercise_caution (exercise_id, position, text)
select id, 2, 'Stop any exercise that causes severe pain.' from exercise where slug = 'prone-press-up';

-- Pelvic tilt steps in the project's own words.
update exercise_step set text = 'Draw your belly in and squeeze your buttocks, so that the small of your back flattens onto the floor.'
where exercise_id = (select id from exercise where slug = 'pelvic-tilt') and position = 1;

-- Routine names promise nothing; "Quick relief" becomes "Gentle start": what the sources give for the first
-- days (pelvic tilts and knee-to-chest, no kneeling). Its old address keeps opening it.
alter table routine add column former_slug varchar(64) unique;
update routine set slug = 'gentle-start', former_slug = 'quick-relief', name = 'Gentle start',
                   description = 'Pelvic tilts and knee-to-chest stretches, all lying on your back, for the first days of a spasm. Add the prayer stretch once the spasm starts to ease.'
where slug = 'quick-relief';
delete from routine_exercise
where routine_id = (select id from routine where slug = 'gentle-start')
  and exercise_id = (select id from exercise where slug = 'prayer-stretch');
update routine set name = 'Back arches', description = 'Press-ups and pelvic tilts: movements that arch the back gently.'
where slug = 'extension';
update routine set name = 'Forward bends',
                   description = 'Knee-to-chest stretches, pelvic tilts and the prayer stretch: movements that bend the back forward.'
where slug = 'flexion';
update routine set description = 'The four main exercises in one session.' where slug = 'full-routine';
