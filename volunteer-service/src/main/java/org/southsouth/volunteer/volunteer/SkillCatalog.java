package org.southsouth.volunteer.volunteer;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.southsouth.failure.StateConflict;

/** The controlled list of skills: read by everyone, extended by coordinators, never shrunk (volunteers refer to it). */
@ApplicationScoped
public class SkillCatalog {

    public List<Skill> all() {
        return Skill.listAll(Sort.by("code"));
    }

    @Transactional
    public Skill add(String code, String label) {
        if (Skill.findById(code) != null) {
            throw new StateConflict("Skill " + code + " is already in the list");
        }
        Skill skill = new Skill();
        skill.code = code;
        skill.label = label.strip();
        skill.createdAt = Instant.now();
        skill.persist();
        return skill;
    }
}
