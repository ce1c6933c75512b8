package org.southsouth.events.journal;

import org.southsouth.events.event.ExchangeEvent;
import org.southsouth.events.knowledge.KnowledgeProduct;
import org.southsouth.events.participation.Participation;

/** Each journaled record as its single GET answers it to a caller who may read every field: the state journaled. */
public interface RecordStates {

    Object event(ExchangeEvent event);

    Object participation(Participation participation);

    Object knowledgeProduct(KnowledgeProduct product);
}
