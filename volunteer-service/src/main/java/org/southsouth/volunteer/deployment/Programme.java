package org.southsouth.volunteer.deployment;

/** The programme a deployment belongs to. */
public enum Programme {
    /** United Nations Volunteers. */
    UN_VOLUNTEERS,
    /** A national foreign-aid volunteer programme (e.g. a country's overseas volunteer corps). */
    NATIONAL_FOREIGN_AID,
    /** Exchanges between member organizations of the network. */
    SOUTH_SOUTH_EXCHANGE,
    UNIVERSITY_VOLUNTEERS,
    OTHER
}
