package org.liaison.agreements.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SentReminders extends JpaRepository<SentReminder, UUID> {

    long countBySubject(UUID subject);
}
