package org.liaison.relationships.internal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.relationships.Stage;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The labels of the pipeline's stages per language: the bundle's, unless an administrator renamed
 * a stage in that language.
 */
@Service
@Transactional
public class RelationshipStageLabels {

    private final StageLabels labels;
    private final RelationshipAccess access;
    private final CurrentViewer viewer;
    private final MessageSource messages;

    RelationshipStageLabels(StageLabels labels, RelationshipAccess access, CurrentViewer viewer, MessageSource messages) {
        this.labels = labels;
        this.access = access;
        this.viewer = viewer;
        this.messages = messages;
    }

    /** Renames a stage in one language; a blank label goes back to the bundle's. Administrators only. */
    public void renameStage(Stage stage, String lang, @Nullable String label) {
        if (!viewer.get().isAdministrator()) {
            if (!viewer.get().isStaff()) {
                throw new NotFoundException("stage", stage);
            }
            throw new AccessDeniedException("Only administrators rename stages");
        }
        String language = Locale.forLanguageTag(lang).getLanguage();
        if (language.isEmpty() || language.length() > 8) {
            throw new RuleViolationException("invalid-language", "Not a language tag: " + lang);
        }
        var key = new StageLabel.Key(stage, language);
        var existing = labels.findById(key);
        if (label == null || label.isBlank()) {
            existing.ifPresent(labels::delete);
        } else if (existing.isPresent()) {
            existing.get().rename(label.strip());
        } else {
            labels.save(new StageLabel(stage, language, label.strip()));
        }
    }

    /** The label of each stage in the language of {@code locale}: an administrator's, else the bundle's. */
    @Transactional(readOnly = true)
    public Map<Stage, String> stageLabels(Locale locale) {
        access.requireStaff();
        var overrides = new EnumMap<Stage, String>(Stage.class);
        labels.findByLang(locale.getLanguage()).forEach(l -> overrides.put(l.stage(), l.label()));
        var result = new EnumMap<Stage, String>(Stage.class);
        for (Stage stage : Stage.values()) {
            result.put(stage, overrides.getOrDefault(stage,
                    messages.getMessage("relationships.stage." + stage.name(), null, stage.name(), locale)));
        }
        return result;
    }
}
