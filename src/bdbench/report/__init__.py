"""Reports over inspect logs: paired comparisons of two runs, and a static leaderboard site."""
