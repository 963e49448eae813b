package popolo

// MaxSources is maxSources, for the tests.
var MaxSources = maxSources
