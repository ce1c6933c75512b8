package org.southsouth.events.journal;

import org.southsouth.events.domain.ExchangeEvent;
import org.southsouth.events.domain.KnowledgeProduct;
import org.southsouth.events.domain.Participation;

/** Each journaled record as its single GET answers it to a caller who may read every field: the state journaled. */
public interface RecordStates {

    Object event(ExchangeEvent event);

    Object participation(Participation participation);

    Object knowledgeProduct(KnowledgeProduct product);
}
