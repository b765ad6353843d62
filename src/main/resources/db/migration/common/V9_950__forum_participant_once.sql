-- A person takes part in a forum event once: two registrations of the same person at the same
-- moment (a double submit, two organisers) left two rows. Registrations by name only (no person
-- record, person_id null) are not covered: NULLs are distinct in a unique key on H2 and PostgreSQL.
alter table forum_participant add constraint forum_participant_person_once unique (event_id, person_id);
