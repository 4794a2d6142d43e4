-- A refundable (or paid) item whose refund was paid back becomes REFUNDED, so nobody asks for it again.
alter table payment_item drop constraint payment_item_status;
alter table payment_item add constraint payment_item_status
    check (status in ('OPEN', 'PAID', 'WITHDRAWN', 'REFUNDABLE', 'REFUNDED'));
