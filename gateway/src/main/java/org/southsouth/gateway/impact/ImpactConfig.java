package org.southsouth.gateway.impact;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the impact report and its exports. */
@ConfigMapping(prefix = "impact")
public interface ImpactConfig {

    /** Longest wait for one service's statistics; a slower service's figures are reported missing. */
    @WithDefault("5s")
    Duration upstreamTimeout();

    Iati iati();

    interface Iati {
        /**
         * IATI organisation identifier of the publisher (the hub), prefix of every iati-identifier. The default is a
         * placeholder: a deployment sets the hub's identifier under its registration agency's prefix (e.g. CN-USC-…).
         */
        @WithDefault("XM-SOUTHSOUTH")
        String reportingOrgRef();

        @WithDefault("South-South Volunteer Partnership Network")
        String reportingOrgName();

        /** IATI OrganisationType code of the publisher. */
        @WithDefault("22")
        String reportingOrgType();

        /** Partnerships, deployments and events read per page from the services. */
        @WithDefault("200")
        int pageSize();
    }
}
