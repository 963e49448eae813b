// Package cooperation defines what states undertake together and what
// lasts between them: an [Initiative] — an exchange programme, a cultural
// centre, a festival, a twinning of cities — with its status over time,
// and a [Tie], such as diplomatic relations established on a date, whose
// anniversaries it computes.
//
// Like the entities of packages orgs and events, these refer to actors
// and meetings by ID, and Validate checks each value on its own; the
// dataset in package relations checks that what they name exists.
package cooperation
