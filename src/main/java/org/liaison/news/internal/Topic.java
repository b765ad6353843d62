package org.liaison.news.internal;

import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A topic of the managed taxonomy, named in the four languages of the interface. */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "news_topic")
public class Topic {

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Column(nullable = false, unique = true, length = 100)
    private String slug;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_ru", nullable = false, length = 200)
    private String nameRu;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_ja", nullable = false, length = 200)
    private String nameJa;

    @Column(nullable = false)
    private int position;

    protected Topic() {
        this.id = UUID.randomUUID();
        this.slug = "";
        this.nameEn = "";
        this.nameRu = "";
        this.nameZh = "";
        this.nameJa = "";
    }

    public Topic(String slug, TopicNames names, int position) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.position = position;
        rename(names);
    }

    public void rename(TopicNames names) {
        this.nameEn = names.en();
        this.nameRu = names.ru();
        this.nameZh = names.zh();
        this.nameJa = names.ja();
    }

    public void moveTo(int position) {
        this.position = position;
    }

    /** The name in the language of {@code locale}; English for any other language. */
    public String nameIn(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> nameRu;
            case "zh" -> nameZh;
            case "ja" -> nameJa;
            default -> nameEn;
        };
    }

    public TopicNames names() {
        return new TopicNames(nameEn, nameRu, nameZh, nameJa);
    }

    public UUID getId() { return id; }
    public long getVersion() { return version == null ? 0 : version; }
    public String getSlug() { return slug; }
    public int getPosition() { return position; }
}
