-- fund: the due diligence checklist becomes editable per fund. Items get a number that is never
-- reused (existing items keep their position as number) and a "required" flag (existing items are
-- required, as before); a deal records per item done or not, by whom, when and a note, keyed by the
-- item's number (existing records were copies of the fund's list in the same order).
alter table fund add column checklist_next_item integer default 0 not null;
alter table fund_checklist_item add column item_no integer;
alter table fund_checklist_item add column required boolean default true not null;
update fund_checklist_item set item_no = position;
alter table fund_checklist_item alter column item_no set not null;
update fund set checklist_next_item = (select count(*) from fund_checklist_item i where i.fund_id = fund.id);

alter table deal_check add column item_no integer;
alter table deal_check add column done_at timestamp with time zone;
alter table deal_check add column note varchar(2000);
update deal_check set item_no = position;
alter table deal_check alter column item_no set not null;
