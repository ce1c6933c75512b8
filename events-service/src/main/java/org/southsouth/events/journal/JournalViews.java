package org.southsouth.events.journal;

import jakarta.enterprise.context.ApplicationScoped;
import org.southsouth.events.event.EventView;
import org.southsouth.events.event.ExchangeEvent;
import org.southsouth.events.knowledge.KnowledgeProduct;
import org.southsouth.events.knowledge.KnowledgeView;
import org.southsouth.events.participation.Participation;
import org.southsouth.events.participation.ParticipationView;

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
