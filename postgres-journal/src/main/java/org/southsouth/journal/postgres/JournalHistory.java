package org.southsouth.journal.postgres;

import java.util.List;

/** One page of a record's journal entries, newest first, and how many entries it has in all. */
public record JournalHistory(List<JournalEntry> entries, long total) {}
