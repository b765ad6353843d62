package org.liaison.relationships.internal;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.liaison.relationships.Stage;

/** An administrator's name for a stage in one language, in place of the bundle's label. */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "relationship_stage_label")
@IdClass(StageLabel.Key.class)
public class StageLabel {

    public record Key(Stage stage, String lang) implements Serializable {
        public Key() {
            this(Stage.PROSPECT, "en");
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Stage stage;

    @Id
    @Column(nullable = false, length = 8)
    private String lang;

    @Column(nullable = false, length = 100)
    private String label;

    protected StageLabel() {
        this.stage = Stage.PROSPECT;
        this.lang = "en";
        this.label = "";
    }

    StageLabel(Stage stage, String lang, String label) {
        this.stage = stage;
        this.lang = lang;
        this.label = label;
    }

    void rename(String newLabel) {
        this.label = newLabel;
    }

    public Stage stage() {
        return stage;
    }

    public String lang() {
        return lang;
    }

    public String label() {
        return label;
    }
}
