package org.southsouth.gateway.impact;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.southsouth.rest.csv.CsvWriter;

/**
 * The impact report as one long CSV table, streamed: {@code figure,breakdown,key,value,missingReason,service,detail}.
 * Headline figures first (breakdown and key empty; deploymentsByCountry as one row per country and column, the
 * opportunity figures under their breakdown names), then
 * every breakdown row × figure, then the missing figures with their reason. UTF-8 without BOM.
 */
final class ImpactCsv {

    static final String HEADER_LINE = "figure,breakdown,key,value,missingReason,service,detail";

    private ImpactCsv() {}

    static StreamingOutput of(ImpactReport report) {
        return output -> {
            CsvWriter csv = new CsvWriter(output);
            csv.row((Object[]) HEADER_LINE.split(","));
            headline(csv, report);
            if (report.breakdowns() != null) {
                for (Map.Entry<String, List<Map<String, Object>>> dimension :
                        report.breakdowns().entrySet()) {
                    for (Map<String, Object> row : dimension.getValue()) {
                        Object key = row.get("key");
                        for (Map.Entry<String, Object> figure : row.entrySet()) {
                            if (!"key".equals(figure.getKey())) {
                                csv.row(figure.getKey(), dimension.getKey(), key, figure.getValue(), null, null, null);
                            }
                        }
                    }
                }
            }
            for (MissingFigure missing : report.missing()) {
                csv.row(
                        missing.figure(),
                        missing.breakdown(),
                        null,
                        null,
                        missing.reason(),
                        missing.service(),
                        missing.detail());
            }
            csv.flush();
        };
    }

    private static void headline(CsvWriter csv, ImpactReport r) throws IOException {
        value(csv, FigureCatalog.ORGANIZATIONS_CONNECTED, r.organizationsConnected());
        value(csv, FigureCatalog.COUNTRIES_AND_REGIONS, r.countriesAndRegions());
        value(csv, FigureCatalog.VISITS_HOSTED, r.visitsHosted());
        value(csv, FigureCatalog.DELEGATES_HOSTED, r.delegatesHosted());
        value(csv, FigureCatalog.EXPERTS_SENT, r.expertsSent());
        value(csv, FigureCatalog.VOLUNTEERS_ENGAGED, r.volunteersEngaged());
        value(csv, FigureCatalog.VOLUNTEERS_DEPLOYED, r.volunteersDeployed());
        value(csv, FigureCatalog.SERVICE_HOURS, r.serviceHours());
        if (r.deploymentsByCountry() != null) {
            for (CountryDeployments country : r.deploymentsByCountry()) {
                csv.row(
                        FigureCatalog.DEPLOYMENTS_BY_COUNTRY + ".deployments",
                        "country",
                        country.country(),
                        country.deployments(),
                        null,
                        null,
                        null);
                csv.row(
                        FigureCatalog.DEPLOYMENTS_BY_COUNTRY + ".volunteers",
                        "country",
                        country.country(),
                        country.volunteers(),
                        null,
                        null,
                        null);
            }
        }
        if (r.opportunities() != null) {
            // A ratio with nothing to count (no filled opportunity for the median) is a row with an empty value.
            for (Map.Entry<String, Object> figure : r.opportunities().byFigure().entrySet()) {
                csv.row(figure.getKey(), null, null, figure.getValue(), null, null, null);
            }
        }
    }

    private static void value(CsvWriter csv, String figure, Object value) throws IOException {
        if (value != null) {
            csv.row(figure, null, null, value, null, null, null);
        }
    }
}
