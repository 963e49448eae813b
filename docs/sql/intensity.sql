-- The intensity of cooperation of every pair of states in every year, as
-- Dataset.Intensity computes it: the events between the two states and
-- the sum of their Goldstein scores. A meeting counts for every pair of
-- the states its participants represent, scored by its first event code
-- (0 without one); a visit between two states counts if it has a code,
-- scored by its first.
WITH meeting_states AS (
  SELECT DISTINCT meeting_id, state FROM meetings_participants
),
meeting_score AS (
  SELECT m.id, year(m.date) AS year, coalesce(c.goldstein, 0) AS goldstein
  FROM meetings m
  LEFT JOIN meetings_codes mc ON mc.meeting_id = m.id AND mc.position = 0
  LEFT JOIN cameo_codes c ON c.code = mc.cameo
),
events AS (
  SELECT x.state AS a, y.state AS b, s.year, s.goldstein
  FROM meeting_states x
  JOIN meeting_states y ON x.meeting_id = y.meeting_id AND x.state < y.state
  JOIN meeting_score s ON s.id = x.meeting_id
  UNION ALL
  SELECT least(v.guest, v.host), greatest(v.guest, v.host), year(v.start), c.goldstein
  FROM visits v
  JOIN visits_codes vc ON vc.visit_id = v.id AND vc.position = 0
  JOIN cameo_codes c ON c.code = vc.cameo
  WHERE v.guest <> v.host
)
SELECT a, b, year, count(*) AS events, sum(goldstein) AS goldstein
FROM events
GROUP BY a, b, year
ORDER BY a, b, year;
