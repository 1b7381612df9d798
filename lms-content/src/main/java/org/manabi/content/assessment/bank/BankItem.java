package org.manabi.content.assessment.bank;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.manabi.content.assessment.item.ItemBody;
import org.manabi.content.assessment.item.Option;

/** One item of the question bank. The body is read back from its JSON each time it is asked for. */
@Entity
@Table(name = "bank_item")
public class BankItem {

    @Id
    @SequenceGenerator(name = "bank_item_seq", sequenceName = "bank_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_item_seq")
    private Long id;

    @Column(name = "item_type", nullable = false, length = 40)
    private String type;

    @Column(name = "body", nullable = false, length = 1_048_576)
    private String body;

    @Column(name = "search_text", nullable = false, length = 4000)
    private String searchText;

    @Column(name = "skill", length = 40)
    private String skill;

    @Column(name = "item_level", length = 20)
    private String level;

    @Column(name = "difficulty", nullable = false)
    private int difficulty;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bank_item_tag", joinColumns = @JoinColumn(name = "bank_item_id"))
    @Column(name = "tag", length = 60)
    private Set<String> tags = new TreeSet<>();

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected BankItem() {
    }

    BankItem(BankItemDefinition definition, Long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        define(definition, now);
    }

    void define(BankItemDefinition definition, Instant now) {
        this.type = definition.body().type();
        this.body = ItemJson.write(definition.body());
        this.searchText = searchText(definition.body());
        this.skill = definition.skill();
        this.level = definition.level();
        this.difficulty = definition.difficulty();
        this.tags.clear();
        this.tags.addAll(definition.tags());
        this.updatedAt = now;
    }

    /** The prompt and the visible texts, lower case, cut to fit the column. */
    static String searchText(ItemBody body) {
        List<String> parts = new ArrayList<>();
        parts.add(body.prompt());
        if (body instanceof ItemBody.SingleChoice i) {
            i.options().stream().map(Option::text).forEach(parts::add);
        } else if (body instanceof ItemBody.MultipleChoice i) {
            i.options().stream().map(Option::text).forEach(parts::add);
        } else if (body instanceof ItemBody.FillInBlank i) {
            parts.add(i.text());
        } else if (body instanceof ItemBody.KanjiReading i) {
            parts.add(i.word());
        } else if (body instanceof ItemBody.ReadingPassage i) {
            parts.add(i.passage());
        }
        String text = String.join(" ", parts).toLowerCase(Locale.ROOT);
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }

    public Long id() {
        return id;
    }

    public String type() {
        return type;
    }

    public ItemBody body() {
        return ItemJson.read(type, body);
    }

    public String skill() {
        return skill;
    }

    public String level() {
        return level;
    }

    public int difficulty() {
        return difficulty;
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public Long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public BankItemDefinition definition() {
        return new BankItemDefinition(body(), skill, List.copyOf(new TreeSet<>(tags)), level, difficulty);
    }
}
