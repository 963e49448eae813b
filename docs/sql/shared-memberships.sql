-- The organizations of which two states are both members on a day, as
-- `amity query shared-memberships` and Dataset.SharedMemberships answer
-- it. A membership covers the day unless it began wholly after it or
-- ended wholly before it: a year or a month stands for any of its days.
--   SET VARIABLE a = 'AZ'; SET VARIABLE b = 'IR'; SET VARIABLE on_date = DATE '2022-06-20';
WITH covering AS (
  SELECT organization_id, state
  FROM organizations_members
  WHERE (since IS NULL OR since <= getvariable('on_date'))
    AND (until IS NULL OR getvariable('on_date') <= CASE until_precision
           WHEN 'year' THEN until + INTERVAL 1 YEAR - INTERVAL 1 DAY
           WHEN 'month' THEN until + INTERVAL 1 MONTH - INTERVAL 1 DAY
           ELSE until END)
)
SELECT o.id, o.name
FROM organizations o
WHERE o.id IN (SELECT organization_id FROM covering WHERE state = getvariable('a'))
  AND o.id IN (SELECT organization_id FROM covering WHERE state = getvariable('b'))
ORDER BY o.id;
