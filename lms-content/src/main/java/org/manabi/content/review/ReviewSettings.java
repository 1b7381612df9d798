package org.manabi.content.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.ZoneId;

/** A learner's review settings; a learner without a row has the defaults. */
@Entity
@Table(name = "review_settings")
public class ReviewSettings {

    /** New cards a day unless the learner chooses otherwise. */
    public static final int DEFAULT_NEW_PER_DAY = 20;
    public static final int MAX_NEW_PER_DAY = 200;
    /** Where the learners are: the programmes run in Japan. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tokyo");

    @Id
    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "new_per_day", nullable = false)
    private int newPerDay;

    @Column(name = "time_zone", length = 64)
    private String timeZone;

    protected ReviewSettings() {
    }

    ReviewSettings(long accountId) {
        this.accountId = accountId;
        this.newPerDay = DEFAULT_NEW_PER_DAY;
    }

    public int newPerDay() {
        return newPerDay;
    }

    /** The learner's zone, else Asia/Tokyo; the day the limits count runs midnight to midnight there. */
    public ZoneId zone() {
        return timeZone == null ? DEFAULT_ZONE : ZoneId.of(timeZone);
    }

    void change(int newPerDay, ZoneId zone) {
        this.newPerDay = newPerDay;
        this.timeZone = zone == null ? null : zone.getId();
    }

    static ReviewSettings defaults(long accountId) {
        return new ReviewSettings(accountId);
    }
}
