package org.southsouth.events.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.southsouth.events.domain.ExchangeEvent;
import org.southsouth.events.domain.KnowledgeProduct;
import org.southsouth.events.domain.Participation;
import org.southsouth.events.journal.RecordStates;

/** The journaled state of each record is its single GET's body. */
@ApplicationScoped
public class JournalViews implements RecordStates {

    @Override
    public Object event(ExchangeEvent event) {
        return EventView.of(event);
    }

    @Override
    public Object participation(Participation participation) {
        return ParticipationView.of(participation);
    }

    @Override
    public Object knowledgeProduct(KnowledgeProduct product) {
        return KnowledgeView.of(product);
    }
}
