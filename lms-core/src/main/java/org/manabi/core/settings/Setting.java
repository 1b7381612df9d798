package org.manabi.core.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One key and its value. The version column makes concurrent writers fail rather than overwrite. */
@Entity
@Table(name = "app_setting")
public class Setting {

    @Id
    @Column(name = "setting_key", length = 200)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 4000)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Setting() {
    }

    Setting(String key, String value, Instant updatedAt) {
        this.key = key;
        this.value = value;
        this.updatedAt = updatedAt;
    }

    void change(String newValue, Instant when) {
        this.value = newValue;
        this.updatedAt = when;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
