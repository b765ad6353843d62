package org.liaison.relationships.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Administrators' stage labels. */
public interface StageLabels extends Repository<StageLabel, StageLabel.Key> {

    StageLabel save(StageLabel label);

    Optional<StageLabel> findById(StageLabel.Key key);

    List<StageLabel> findByLang(String lang);

    void delete(StageLabel label);
}
