-- A claim walks each subscription's waiting deliveries in order; the delivered ones, most of the table, stay out.
CREATE INDEX delivery_waiting ON delivery (subscription_id, position) WHERE status IN ('PENDING', 'SENDING');
