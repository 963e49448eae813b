-- The meetings between two states in a year, as `amity query between`
-- and Dataset.MeetingsBetween answer it: meetings whose participants
-- represent both states. Set the states and the year first:
--   SET VARIABLE a = 'AZ'; SET VARIABLE b = 'IR'; SET VARIABLE year = 2022;
SELECT m.id, m.date, m.date_precision, m.title
FROM meetings m
WHERE year(m.date) = getvariable('year')
  AND getvariable('a') <> getvariable('b')
  AND m.id IN (SELECT meeting_id FROM meetings_participants WHERE state = getvariable('a'))
  AND m.id IN (SELECT meeting_id FROM meetings_participants WHERE state = getvariable('b'))
ORDER BY m.date, m.id;
