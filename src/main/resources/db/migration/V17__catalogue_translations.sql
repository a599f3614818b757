-- A second language (Spanish). The catalogue's words move out of the exercise tables into one table of
-- texts per exercise, language and field; English ('en') is every text's fallback. The Spanish is written
-- from the same content notes as the English, in plain words; source titles stay as the sources name them.
create table exercise_text (
    exercise_id bigint       not null references exercise (id) on delete cascade,
    lang        varchar(8)   not null,
    -- name, purpose and source have one text (position 0); step and caution one per position
    field       varchar(20)  not null,
    position    int          not null,
    text        varchar(500) not null,
    primary key (exercise_id, lang, field, position),
    constraint exercise_text_field check (field in ('name', 'purpose', 'source', 'step', 'caution'))
);

insert into exercise_text (exercise_id, lang, field, position, text)
select id, 'en', 'name', 0, name from exercise;
insert into exercise_text (exercise_id, lang, field, position, text)
select id, 'en', 'purpose', 0, purpose from exercise;
insert into exercise_text (exercise_id, lang, field, position, text)
select id, 'en', 'source', 0, source from exercise;
insert into exercise_text (exercise_id, lang, field, position, text)
select exercise_id, 'en', 'step', position, text from exercise_step;
insert into exercise_text (exercise_id, lang, field, position, text)
select exercise_id, 'en', 'caution', position, text from exercise_caution;

drop table exercise_step;
drop table exercise_caution;
alter table exercise drop column name;
alter table exercise drop column purpose;
alter table exercise drop column source;

insert into exercise_text (exercise_id, lang, field, position, text)
select e.id, 'es', t.field, t.position, t.text
from (values
    ('pelvic-tilt', 'name', 0, 'Inclinación pélvica'),
    ('pelvic-tilt', 'purpose', 0, 'Un balanceo pequeño y lento de la pelvis que mueve con suavidad la parte baja de la espalda.'),
    ('pelvic-tilt', 'source', 0, 'Basado en la guía del NHS sobre ejercicios para el dolor lumbar y en los artículos "How Do You Relieve Back Spasms? 10 Tips" (revisado por médicos, 2022) y "How Do I Get Relief From a Back Spasm?".'),
    ('pelvic-tilt', 'step', 0, 'Túmbate boca arriba con las rodillas dobladas y los pies apoyados en el suelo.'),
    ('pelvic-tilt', 'step', 1, 'Mete el abdomen y aprieta las nalgas, para que la parte baja de la espalda quede plana sobre el suelo.'),
    ('pelvic-tilt', 'step', 2, 'Mantén la inclinación y sigue respirando con normalidad.'),
    ('pelvic-tilt', 'step', 3, 'Suelta despacio y deja descansar la espalda antes de la siguiente.'),
    ('pelvic-tilt', 'caution', 0, 'No contengas la respiración mientras mantienes la inclinación.'),
    ('pelvic-tilt', 'caution', 1, 'Deja cualquier ejercicio que te cause un dolor fuerte.'),

    ('knee-to-chest', 'name', 0, 'Rodilla al pecho (una pierna)'),
    ('knee-to-chest', 'purpose', 0, 'Dobla hacia delante la parte baja de la espalda, una pierna cada vez, y estira la zona lumbar y la nalga.'),
    ('knee-to-chest', 'source', 0, 'Basado en el estiramiento de rodilla al pecho de Mayo Clinic (knee-to-chest stretch) y en los artículos "How Do You Relieve Back Spasms? 10 Tips" (revisado por médicos, 2022) y "Getting Rid of Back Spasm with Medical Treatment, Exercises, Home Remedies".'),
    ('knee-to-chest', 'step', 0, 'Túmbate boca arriba con las dos rodillas dobladas y los pies apoyados en el suelo.'),
    ('knee-to-chest', 'step', 1, 'Sujeta una pierna por detrás de la rodilla y acerca despacio esa rodilla hacia el pecho.'),
    ('knee-to-chest', 'step', 2, 'Para donde notes un estiramiento cómodo en la zona lumbar o en la nalga, relaja la espalda y mantén.'),
    ('knee-to-chest', 'step', 3, 'Baja la pierna despacio. Haz todas las repeticiones con una pierna y después cambia a la otra.'),
    ('knee-to-chest', 'caution', 0, 'Tira solo hasta notar un estiramiento cómodo.'),
    ('knee-to-chest', 'caution', 1, 'Sáltate este estiramiento si tienes osteoporosis (huesos finos y débiles), salvo que un médico te haya dicho que puedes hacerlo.'),
    ('knee-to-chest', 'caution', 2, 'Deja cualquier ejercicio que te cause un dolor fuerte.'),

    ('double-knee-to-chest', 'name', 0, 'Rodillas al pecho (las dos)'),
    ('double-knee-to-chest', 'purpose', 0, 'Dobla hacia delante la parte baja de la espalda con las dos rodillas: una flexión más profunda que la del estiramiento con una pierna.'),
    ('double-knee-to-chest', 'source', 0, 'Basado en los artículos "How Do You Relieve Back Spasms? 10 Tips" (revisado por médicos, 2022) y "Getting Rid of Back Spasm with Medical Treatment, Exercises, Home Remedies", y en el estiramiento de rodilla al pecho de Mayo Clinic (osteoporosis).'),
    ('double-knee-to-chest', 'step', 0, 'Túmbate boca arriba con las dos rodillas dobladas y los pies apoyados en el suelo.'),
    ('double-knee-to-chest', 'step', 1, 'Sujeta las dos piernas por detrás de las rodillas y acerca despacio las dos rodillas hacia el pecho.'),
    ('double-knee-to-chest', 'step', 2, 'Relaja la espalda y mantén el estiramiento.'),
    ('double-knee-to-chest', 'step', 3, 'Baja las piernas despacio hasta la posición del principio.'),
    ('double-knee-to-chest', 'caution', 0, 'Empieza con la rodilla al pecho de una pierna y pasa a este cuando aquel te resulte cómodo.'),
    ('double-knee-to-chest', 'caution', 1, 'Sáltate este estiramiento si tienes osteoporosis (huesos finos y débiles), salvo que un médico te haya dicho que puedes hacerlo.'),
    ('double-knee-to-chest', 'caution', 2, 'Deja cualquier ejercicio que te cause un dolor fuerte.'),

    ('prayer-stretch', 'name', 0, 'Estiramiento de oración (postura del niño)'),
    ('prayer-stretch', 'purpose', 0, 'Dobla la espalda hacia delante desde la posición de rodillas y estira los músculos que recorren la columna.'),
    ('prayer-stretch', 'source', 0, 'Basado en la guía del NHS sobre ejercicios para el dolor lumbar y en los artículos "How Do You Relieve Back Spasms? 10 Tips" (revisado por médicos, 2022) y "Getting Rid of Back Spasm with Medical Treatment, Exercises, Home Remedies".'),
    ('prayer-stretch', 'step', 0, 'Ponte a cuatro patas, con las manos y las rodillas en el suelo.'),
    ('prayer-stretch', 'step', 1, 'Lleva las nalgas hacia atrás, hacia los talones.'),
    ('prayer-stretch', 'step', 2, 'Desliza las manos hacia delante por el suelo y deja que el pecho baje hacia él.'),
    ('prayer-stretch', 'step', 3, 'Mantén mientras respiras despacio y después vuelve a apoyarte en las manos y las rodillas.'),
    ('prayer-stretch', 'caution', 0, 'Si tienes un problema de rodilla, no te sientes del todo sobre los talones.'),
    ('prayer-stretch', 'caution', 1, 'Deja cualquier ejercicio que te cause un dolor fuerte.'),

    ('prone-press-up', 'name', 0, 'Extensión boca abajo'),
    ('prone-press-up', 'purpose', 0, 'Arquea la espalda con suavidad mientras descansas boca abajo.'),
    ('prone-press-up', 'source', 0, 'Basado en la guía del NHS sobre extensiones de espalda, en el artículo "Getting Rid of Back Spasm with Medical Treatment, Exercises, Home Remedies" y en la hoja de cuidados "Back spasm" (Healthwise), con la práctica habitual de los ejercicios que arquean la espalda (método McKenzie) ante síntomas que bajan por la pierna.'),
    ('prone-press-up', 'step', 0, 'Túmbate boca abajo. Apóyate en los antebrazos con los codos debajo de los hombros, como en el dibujo.'),
    ('prone-press-up', 'step', 1, 'Mantén las caderas en el suelo todo el tiempo y deja que la espalda se relaje.'),
    ('prone-press-up', 'step', 2, 'Cuando apoyarte en los antebrazos te resulte cómodo, pon las manos planas y estira los brazos despacio, solo hasta donde te resulte cómodo.'),
    ('prone-press-up', 'step', 3, 'Mantén y después baja despacio. Con las semanas, puedes llegar a mantener hasta 30 segundos.'),
    ('prone-press-up', 'caution', 0, 'Para si el dolor o el hormigueo baja más por la pierna, y llama hoy a tu médico.'),
    ('prone-press-up', 'caution', 1, 'Mantén las caderas abajo y no fuerces la subida más allá de lo cómodo.'),
    ('prone-press-up', 'caution', 2, 'Deja cualquier ejercicio que te cause un dolor fuerte.'),

    ('lower-trunk-rotation', 'name', 0, 'Rotación lumbar'),
    ('lower-trunk-rotation', 'purpose', 0, 'Lleva las dos rodillas de un lado a otro para girar con suavidad la parte baja de la espalda.'),
    ('lower-trunk-rotation', 'source', 0, 'Basado en la guía del NHS sobre ejercicios para el dolor lumbar y en el artículo "How Do You Relieve Back Spasms? 10 Tips" (revisado por médicos, 2022).'),
    ('lower-trunk-rotation', 'step', 0, 'Túmbate boca arriba con las rodillas dobladas y los pies juntos y apoyados en el suelo.'),
    ('lower-trunk-rotation', 'step', 1, 'Mantén los hombros y la espalda pegados al suelo.'),
    ('lower-trunk-rotation', 'step', 2, 'Deja caer despacio las dos rodillas hacia un lado y mantén.'),
    ('lower-trunk-rotation', 'step', 3, 'Vuelve al centro y después llévalas al otro lado. Sigue alternando.'),
    ('lower-trunk-rotation', 'caution', 0, 'Muévete despacio y solo hasta donde te resulte cómodo.'),
    ('lower-trunk-rotation', 'caution', 1, 'Deja cualquier ejercicio que te cause un dolor fuerte.')
) as t (slug, field, position, text)
join exercise e on e.slug = t.slug;

-- The built-in routines' names and notes in other languages than English; English stays in the routine
-- table (a person's own routine has only that).
create table routine_text (
    routine_id bigint       not null references routine (id) on delete cascade,
    lang       varchar(8)   not null,
    field      varchar(20)  not null,
    text       varchar(300) not null,
    primary key (routine_id, lang, field),
    constraint routine_text_field check (field in ('name', 'description'))
);

insert into routine_text (routine_id, lang, field, text)
select r.id, 'es', t.field, t.text
from (values
    ('gentle-start', 'name', 'Inicio suave'),
    ('gentle-start', 'description', 'Inclinaciones pélvicas y estiramientos de rodilla al pecho, todo boca arriba, para los primeros días de un espasmo. Añade el estiramiento de oración cuando el espasmo empiece a aliviarse.'),
    ('extension', 'name', 'Arcos de espalda'),
    ('extension', 'description', 'Extensiones boca abajo e inclinaciones pélvicas: movimientos que arquean la espalda con suavidad.'),
    ('flexion', 'name', 'Flexiones hacia delante'),
    ('flexion', 'description', 'Estiramientos de rodilla al pecho, inclinaciones pélvicas y el estiramiento de oración: movimientos que doblan la espalda hacia delante.'),
    ('full-routine', 'name', 'Rutina completa'),
    ('full-routine', 'description', 'Los cuatro ejercicios principales en una sesión.')
) as t (slug, field, text)
join routine r on r.slug = t.slug and r.user_id is null;

-- The language a person chose in My account (null: the browser's), and the country whose emergency number
-- the emergency screen offers (null: the browser's country).
alter table user_settings add column chosen_language varchar(8);
alter table user_settings add column country varchar(2);
