-- The hourly cleanup deletes failures by age alone; without this index it scans the table.
create index login_failure_failed_at on login_failure (failed_at);
