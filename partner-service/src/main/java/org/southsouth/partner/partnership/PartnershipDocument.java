package org.southsouth.partner.partnership;

/** A link to a document of the agreement: the signed MoU, an annex, a report. */
public record PartnershipDocument(String title, String url) {}
