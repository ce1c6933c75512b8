package org.southsouth.volunteer.journal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.southsouth.volunteer.application.Application;
import org.southsouth.volunteer.application.ApplicationView;
import org.southsouth.volunteer.deployment.Deployment;
import org.southsouth.volunteer.deployment.DeploymentView;
import org.southsouth.volunteer.hours.ServiceHours;
import org.southsouth.volunteer.hours.ServiceHoursView;
import org.southsouth.volunteer.opportunity.Opportunity;
import org.southsouth.volunteer.opportunity.OpportunityView;
import org.southsouth.volunteer.volunteer.Volunteer;
import org.southsouth.volunteer.volunteer.VolunteerView;

/** A record as its single GET answers it to a caller who may read every field: the state a journal entry keeps. */
@ApplicationScoped
public class JournalStates {

    private static final int HOURS_SCALE = 2;

    private final ObjectMapper json;

    @Inject
    JournalStates(ObjectMapper mapper) {
        json = mapper.copy().registerModule(new SimpleModule().addSerializer(Instant.class, new StoredInstants()));
    }

    public JsonNode of(Volunteer volunteer) {
        return json.valueToTree(VolunteerView.of(volunteer));
    }

    public JsonNode of(Deployment deployment) {
        return json.valueToTree(DeploymentView.of(deployment));
    }

    public JsonNode of(Opportunity opportunity) {
        return json.valueToTree(OpportunityView.of(opportunity));
    }

    public JsonNode of(Application application) {
        return json.valueToTree(ApplicationView.of(application));
    }

    public JsonNode of(ServiceHours hours) {
        ObjectNode state = json.valueToTree(ServiceHoursView.of(hours));
        // As the column keeps it (numeric(4,2)) and every later GET answers it: 6.50 for the 6.5 that was sent.
        return state.put("hours", hours.hours.setScale(HOURS_SCALE, RoundingMode.HALF_UP));
    }

    /**
     * Instants as PostgreSQL keeps them: a record's timestamps in memory have nanoseconds, the stored ones (which every
     * later GET answers) are rounded to the microsecond, half up, as the JDBC driver sends them.
     */
    static final class StoredInstants extends StdSerializer<Instant> {

        StoredInstants() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(
                    value.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString());
        }
    }
}
