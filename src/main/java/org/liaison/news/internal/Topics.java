package org.liaison.news.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The topics of the taxonomy. */
public interface Topics extends JpaRepository<Topic, UUID> {

    Optional<Topic> findBySlug(String slug);

    List<Topic> findAllByOrderByPositionAscSlugAsc();
}
