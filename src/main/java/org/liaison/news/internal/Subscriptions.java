package org.liaison.news.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Who follows what. */
public interface Subscriptions extends JpaRepository<Subscription, UUID> {

    List<Subscription> findByUserOrderByKindAscTargetAsc(UUID user);

    List<Subscription> findByKindAndTarget(Subscription.Kind kind, String target);

    boolean existsByUserAndKindAndTarget(UUID user, Subscription.Kind kind, String target);
}
