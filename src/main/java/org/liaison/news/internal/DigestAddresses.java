package org.liaison.news.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The digests' addresses, one per user. */
public interface DigestAddresses extends JpaRepository<DigestAddress, UUID> {}
