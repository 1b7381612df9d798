package org.manabi.core.application;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** A programme's application form: open or not, how places are decided, and what it asks. */
@Entity
@Table(name = "application_form")
public class ApplicationForm {

    @Id
    @Column(name = "programme_id")
    private Long programmeId;

    @Column(name = "accepting", nullable = false)
    private boolean accepting;

    @Enumerated(EnumType.STRING)
    @Column(name = "selection_mode", nullable = false, length = 20)
    private SelectionMode selectionMode;

    /** Under this many applicants a run may be cancelled (Miyagi: 8, so 7 or fewer). */
    @Column(name = "minimum_applicants")
    private Integer minimumApplicants;

    /** The criteria places are decided by, published on the form and cited in each decision. */
    @Column(name = "selection_criteria", length = 2000)
    private String selectionCriteria;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_form_question", joinColumns = @JoinColumn(name = "programme_id"))
    @MapKeyColumn(name = "question", length = 40)
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @Column(name = "requirement", nullable = false, length = 20)
    private Map<Question, Requirement> questions = new EnumMap<>(Question.class);

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApplicationForm() {
    }

    public ApplicationForm(long programmeId, Settings settings) {
        this.programmeId = programmeId;
        apply(settings);
    }

    /** What an administrator sets on the form. */
    public record Settings(boolean accepting, SelectionMode selectionMode, Integer minimumApplicants,
                           String selectionCriteria, Map<Question, Requirement> questions) {

        public Settings {
            Objects.requireNonNull(selectionMode);
            if (minimumApplicants != null && minimumApplicants < 1) {
                throw new IllegalArgumentException("minimumApplicants must be at least 1");
            }
            if (selectionMode == SelectionMode.SELECTION && (selectionCriteria == null || selectionCriteria.isBlank())) {
                throw new IllegalArgumentException("selection needs published criteria");
            }
            questions = questions.isEmpty() ? Map.of() : Map.copyOf(questions);
        }
    }

    void apply(Settings settings) {
        this.accepting = settings.accepting();
        this.selectionMode = settings.selectionMode();
        this.minimumApplicants = settings.minimumApplicants();
        this.selectionCriteria = settings.selectionCriteria() == null || settings.selectionCriteria().isBlank()
                ? null : settings.selectionCriteria().strip();
        this.questions.clear();
        this.questions.putAll(settings.questions());
    }

    public long programmeId() {
        return programmeId;
    }

    public boolean accepting() {
        return accepting;
    }

    public SelectionMode selectionMode() {
        return selectionMode;
    }

    public Integer minimumApplicants() {
        return minimumApplicants;
    }

    public String selectionCriteria() {
        return selectionCriteria;
    }

    /** The questions asked, in the order the enum lists them. */
    public Map<Question, Requirement> questions() {
        Map<Question, Requirement> ordered = new EnumMap<>(Question.class);
        ordered.putAll(questions);
        return ordered;
    }

    public Settings settings() {
        return new Settings(accepting, selectionMode, minimumApplicants, selectionCriteria, questions());
    }
}
