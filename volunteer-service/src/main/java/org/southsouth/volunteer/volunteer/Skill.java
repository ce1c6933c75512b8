package org.southsouth.volunteer.volunteer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An entry of the controlled, extensible list of skills volunteers can declare. */
@Entity
@Table(name = "skill")
public class Skill extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String label;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
