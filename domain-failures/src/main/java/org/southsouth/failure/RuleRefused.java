package org.southsouth.failure;

import java.util.List;

/**
 * A well-formed request a business rule refuses (an unknown organization, no seat left); {@code rule} names the
 * rule in kebab case, e.g. {@code unknown-organization}, and clients tell the refusals apart by it.
 */
public final class RuleRefused extends DomainFailure {

    private final String rule;

    public RuleRefused(String rule, String detail) {
        this(rule, detail, List.of());
    }

    public RuleRefused(String rule, String detail, List<RefusedField> fields) {
        super(detail, fields);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    @Override
    public Kind kind() {
        return Kind.RULE_REFUSED;
    }
}
