-- 0009 only removed orphaned rules and deactivated orphaned roles: there is nothing to restore.
SELECT 1;
