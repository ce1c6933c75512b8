package org.southsouth.gateway.impact;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The official IATI 2.03 activity schema, from {@code ../shared/iati/} beside the repository (not part of it:
 * CC BY 4.0, see SOURCE.md there). Where that folder is absent the calling test is skipped, saying so.
 */
final class IatiSchema {

    private static final String SCHEMA = "shared/iati/iati-activities-schema.xsd";

    private IatiSchema() {}

    /** Every schema violation of the document, with its line and column; empty when valid. */
    static List<String> violations(byte[] document) throws Exception {
        Path schema = locate();
        assumeTrue(
                schema != null,
                "IATI schema not found: " + SCHEMA + " is expected in a folder above the "
                        + "working directory (../shared/iati beside the repository); the export's schema check is skipped");
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(schema.toFile())
                .newValidator();
        List<String> violations = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                violations.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        return violations;
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(SCHEMA))) {
                return dir.resolve(SCHEMA);
            }
        }
        return null;
    }
}
