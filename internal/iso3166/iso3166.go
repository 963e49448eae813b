// Package iso3166 holds the ISO 3166-1 country codes: every officially
// assigned alpha-2 code with its alpha-3 code and English short name; and
// the ISO 3166-2 subdivision codes, from Debian's iso-codes.
//
// Only officially assigned codes are included. User-assigned codes such as
// "XK" (commonly used for Kosovo), exceptionally or transitionally reserved
// codes and withdrawn codes are not valid here.
//
// Names are the ISO 3166-1 English short names, with the article "(the)"
// that ISO appends to some of them left out, e.g. "Iran (Islamic Republic
// of)" and "United States of America".
//
// All lookups work on a static table through a fixed-size index and do not
// allocate.
package iso3166

//go:generate go run ./gen -version 4.15.0 -in /usr/share/iso-codes/json/iso_3166-2.json -o subdivisions_gen.go

import "slices"

// country is one officially assigned ISO 3166-1 entry.
type country struct {
	alpha2 string
	alpha3 string
	name   string
}

// countries holds every officially assigned ISO 3166-1 code, sorted by
// alpha-2 code.
var countries = [...]country{
	{"AD", "AND", "Andorra"},
	{"AE", "ARE", "United Arab Emirates"},
	{"AF", "AFG", "Afghanistan"},
	{"AG", "ATG", "Antigua and Barbuda"},
	{"AI", "AIA", "Anguilla"},
	{"AL", "ALB", "Albania"},
	{"AM", "ARM", "Armenia"},
	{"AO", "AGO", "Angola"},
	{"AQ", "ATA", "Antarctica"},
	{"AR", "ARG", "Argentina"},
	{"AS", "ASM", "American Samoa"},
	{"AT", "AUT", "Austria"},
	{"AU", "AUS", "Australia"},
	{"AW", "ABW", "Aruba"},
	{"AX", "ALA", "Åland Islands"},
	{"AZ", "AZE", "Azerbaijan"},
	{"BA", "BIH", "Bosnia and Herzegovina"},
	{"BB", "BRB", "Barbados"},
	{"BD", "BGD", "Bangladesh"},
	{"BE", "BEL", "Belgium"},
	{"BF", "BFA", "Burkina Faso"},
	{"BG", "BGR", "Bulgaria"},
	{"BH", "BHR", "Bahrain"},
	{"BI", "BDI", "Burundi"},
	{"BJ", "BEN", "Benin"},
	{"BL", "BLM", "Saint Barthélemy"},
	{"BM", "BMU", "Bermuda"},
	{"BN", "BRN", "Brunei Darussalam"},
	{"BO", "BOL", "Bolivia (Plurinational State of)"},
	{"BQ", "BES", "Bonaire, Sint Eustatius and Saba"},
	{"BR", "BRA", "Brazil"},
	{"BS", "BHS", "Bahamas"},
	{"BT", "BTN", "Bhutan"},
	{"BV", "BVT", "Bouvet Island"},
	{"BW", "BWA", "Botswana"},
	{"BY", "BLR", "Belarus"},
	{"BZ", "BLZ", "Belize"},
	{"CA", "CAN", "Canada"},
	{"CC", "CCK", "Cocos (Keeling) Islands"},
	{"CD", "COD", "Congo (Democratic Republic of the)"},
	{"CF", "CAF", "Central African Republic"},
	{"CG", "COG", "Congo"},
	{"CH", "CHE", "Switzerland"},
	{"CI", "CIV", "Côte d'Ivoire"},
	{"CK", "COK", "Cook Islands"},
	{"CL", "CHL", "Chile"},
	{"CM", "CMR", "Cameroon"},
	{"CN", "CHN", "China"},
	{"CO", "COL", "Colombia"},
	{"CR", "CRI", "Costa Rica"},
	{"CU", "CUB", "Cuba"},
	{"CV", "CPV", "Cabo Verde"},
	{"CW", "CUW", "Curaçao"},
	{"CX", "CXR", "Christmas Island"},
	{"CY", "CYP", "Cyprus"},
	{"CZ", "CZE", "Czechia"},
	{"DE", "DEU", "Germany"},
	{"DJ", "DJI", "Djibouti"},
	{"DK", "DNK", "Denmark"},
	{"DM", "DMA", "Dominica"},
	{"DO", "DOM", "Dominican Republic"},
	{"DZ", "DZA", "Algeria"},
	{"EC", "ECU", "Ecuador"},
	{"EE", "EST", "Estonia"},
	{"EG", "EGY", "Egypt"},
	{"EH", "ESH", "Western Sahara"},
	{"ER", "ERI", "Eritrea"},
	{"ES", "ESP", "Spain"},
	{"ET", "ETH", "Ethiopia"},
	{"FI", "FIN", "Finland"},
	{"FJ", "FJI", "Fiji"},
	{"FK", "FLK", "Falkland Islands (Malvinas)"},
	{"FM", "FSM", "Micronesia (Federated States of)"},
	{"FO", "FRO", "Faroe Islands"},
	{"FR", "FRA", "France"},
	{"GA", "GAB", "Gabon"},
	{"GB", "GBR", "United Kingdom of Great Britain and Northern Ireland"},
	{"GD", "GRD", "Grenada"},
	{"GE", "GEO", "Georgia"},
	{"GF", "GUF", "French Guiana"},
	{"GG", "GGY", "Guernsey"},
	{"GH", "GHA", "Ghana"},
	{"GI", "GIB", "Gibraltar"},
	{"GL", "GRL", "Greenland"},
	{"GM", "GMB", "Gambia"},
	{"GN", "GIN", "Guinea"},
	{"GP", "GLP", "Guadeloupe"},
	{"GQ", "GNQ", "Equatorial Guinea"},
	{"GR", "GRC", "Greece"},
	{"GS", "SGS", "South Georgia and the South Sandwich Islands"},
	{"GT", "GTM", "Guatemala"},
	{"GU", "GUM", "Guam"},
	{"GW", "GNB", "Guinea-Bissau"},
	{"GY", "GUY", "Guyana"},
	{"HK", "HKG", "Hong Kong"},
	{"HM", "HMD", "Heard Island and McDonald Islands"},
	{"HN", "HND", "Honduras"},
	{"HR", "HRV", "Croatia"},
	{"HT", "HTI", "Haiti"},
	{"HU", "HUN", "Hungary"},
	{"ID", "IDN", "Indonesia"},
	{"IE", "IRL", "Ireland"},
	{"IL", "ISR", "Israel"},
	{"IM", "IMN", "Isle of Man"},
	{"IN", "IND", "India"},
	{"IO", "IOT", "British Indian Ocean Territory"},
	{"IQ", "IRQ", "Iraq"},
	{"IR", "IRN", "Iran (Islamic Republic of)"},
	{"IS", "ISL", "Iceland"},
	{"IT", "ITA", "Italy"},
	{"JE", "JEY", "Jersey"},
	{"JM", "JAM", "Jamaica"},
	{"JO", "JOR", "Jordan"},
	{"JP", "JPN", "Japan"},
	{"KE", "KEN", "Kenya"},
	{"KG", "KGZ", "Kyrgyzstan"},
	{"KH", "KHM", "Cambodia"},
	{"KI", "KIR", "Kiribati"},
	{"KM", "COM", "Comoros"},
	{"KN", "KNA", "Saint Kitts and Nevis"},
	{"KP", "PRK", "Korea (Democratic People's Republic of)"},
	{"KR", "KOR", "Korea (Republic of)"},
	{"KW", "KWT", "Kuwait"},
	{"KY", "CYM", "Cayman Islands"},
	{"KZ", "KAZ", "Kazakhstan"},
	{"LA", "LAO", "Lao People's Democratic Republic"},
	{"LB", "LBN", "Lebanon"},
	{"LC", "LCA", "Saint Lucia"},
	{"LI", "LIE", "Liechtenstein"},
	{"LK", "LKA", "Sri Lanka"},
	{"LR", "LBR", "Liberia"},
	{"LS", "LSO", "Lesotho"},
	{"LT", "LTU", "Lithuania"},
	{"LU", "LUX", "Luxembourg"},
	{"LV", "LVA", "Latvia"},
	{"LY", "LBY", "Libya"},
	{"MA", "MAR", "Morocco"},
	{"MC", "MCO", "Monaco"},
	{"MD", "MDA", "Moldova (Republic of)"},
	{"ME", "MNE", "Montenegro"},
	{"MF", "MAF", "Saint Martin (French part)"},
	{"MG", "MDG", "Madagascar"},
	{"MH", "MHL", "Marshall Islands"},
	{"MK", "MKD", "North Macedonia"},
	{"ML", "MLI", "Mali"},
	{"MM", "MMR", "Myanmar"},
	{"MN", "MNG", "Mongolia"},
	{"MO", "MAC", "Macao"},
	{"MP", "MNP", "Northern Mariana Islands"},
	{"MQ", "MTQ", "Martinique"},
	{"MR", "MRT", "Mauritania"},
	{"MS", "MSR", "Montserrat"},
	{"MT", "MLT", "Malta"},
	{"MU", "MUS", "Mauritius"},
	{"MV", "MDV", "Maldives"},
	{"MW", "MWI", "Malawi"},
	{"MX", "MEX", "Mexico"},
	{"MY", "MYS", "Malaysia"},
	{"MZ", "MOZ", "Mozambique"},
	{"NA", "NAM", "Namibia"},
	{"NC", "NCL", "New Caledonia"},
	{"NE", "NER", "Niger"},
	{"NF", "NFK", "Norfolk Island"},
	{"NG", "NGA", "Nigeria"},
	{"NI", "NIC", "Nicaragua"},
	{"NL", "NLD", "Netherlands (Kingdom of the)"},
	{"NO", "NOR", "Norway"},
	{"NP", "NPL", "Nepal"},
	{"NR", "NRU", "Nauru"},
	{"NU", "NIU", "Niue"},
	{"NZ", "NZL", "New Zealand"},
	{"OM", "OMN", "Oman"},
	{"PA", "PAN", "Panama"},
	{"PE", "PER", "Peru"},
	{"PF", "PYF", "French Polynesia"},
	{"PG", "PNG", "Papua New Guinea"},
	{"PH", "PHL", "Philippines"},
	{"PK", "PAK", "Pakistan"},
	{"PL", "POL", "Poland"},
	{"PM", "SPM", "Saint Pierre and Miquelon"},
	{"PN", "PCN", "Pitcairn"},
	{"PR", "PRI", "Puerto Rico"},
	{"PS", "PSE", "Palestine, State of"},
	{"PT", "PRT", "Portugal"},
	{"PW", "PLW", "Palau"},
	{"PY", "PRY", "Paraguay"},
	{"QA", "QAT", "Qatar"},
	{"RE", "REU", "Réunion"},
	{"RO", "ROU", "Romania"},
	{"RS", "SRB", "Serbia"},
	{"RU", "RUS", "Russian Federation"},
	{"RW", "RWA", "Rwanda"},
	{"SA", "SAU", "Saudi Arabia"},
	{"SB", "SLB", "Solomon Islands"},
	{"SC", "SYC", "Seychelles"},
	{"SD", "SDN", "Sudan"},
	{"SE", "SWE", "Sweden"},
	{"SG", "SGP", "Singapore"},
	{"SH", "SHN", "Saint Helena, Ascension and Tristan da Cunha"},
	{"SI", "SVN", "Slovenia"},
	{"SJ", "SJM", "Svalbard and Jan Mayen"},
	{"SK", "SVK", "Slovakia"},
	{"SL", "SLE", "Sierra Leone"},
	{"SM", "SMR", "San Marino"},
	{"SN", "SEN", "Senegal"},
	{"SO", "SOM", "Somalia"},
	{"SR", "SUR", "Suriname"},
	{"SS", "SSD", "South Sudan"},
	{"ST", "STP", "Sao Tome and Principe"},
	{"SV", "SLV", "El Salvador"},
	{"SX", "SXM", "Sint Maarten (Dutch part)"},
	{"SY", "SYR", "Syrian Arab Republic"},
	{"SZ", "SWZ", "Eswatini"},
	{"TC", "TCA", "Turks and Caicos Islands"},
	{"TD", "TCD", "Chad"},
	{"TF", "ATF", "French Southern Territories"},
	{"TG", "TGO", "Togo"},
	{"TH", "THA", "Thailand"},
	{"TJ", "TJK", "Tajikistan"},
	{"TK", "TKL", "Tokelau"},
	{"TL", "TLS", "Timor-Leste"},
	{"TM", "TKM", "Turkmenistan"},
	{"TN", "TUN", "Tunisia"},
	{"TO", "TON", "Tonga"},
	{"TR", "TUR", "Türkiye"},
	{"TT", "TTO", "Trinidad and Tobago"},
	{"TV", "TUV", "Tuvalu"},
	{"TW", "TWN", "Taiwan (Province of China)"},
	{"TZ", "TZA", "Tanzania, United Republic of"},
	{"UA", "UKR", "Ukraine"},
	{"UG", "UGA", "Uganda"},
	{"UM", "UMI", "United States Minor Outlying Islands"},
	{"US", "USA", "United States of America"},
	{"UY", "URY", "Uruguay"},
	{"UZ", "UZB", "Uzbekistan"},
	{"VA", "VAT", "Holy See"},
	{"VC", "VCT", "Saint Vincent and the Grenadines"},
	{"VE", "VEN", "Venezuela (Bolivarian Republic of)"},
	{"VG", "VGB", "Virgin Islands (British)"},
	{"VI", "VIR", "Virgin Islands (U.S.)"},
	{"VN", "VNM", "Viet Nam"},
	{"VU", "VUT", "Vanuatu"},
	{"WF", "WLF", "Wallis and Futuna"},
	{"WS", "WSM", "Samoa"},
	{"YE", "YEM", "Yemen"},
	{"YT", "MYT", "Mayotte"},
	{"ZA", "ZAF", "South Africa"},
	{"ZM", "ZMB", "Zambia"},
	{"ZW", "ZWE", "Zimbabwe"},
}

// The index below stores positions in countries plus one in a uint8; this
// fails to compile if the table ever outgrows it.
const _ = uint8(len(countries))

// index maps a two-letter upper-case code, as (c0-'A')*26 + (c1-'A'), to its
// position in countries plus one; zero means the code is not assigned.
var index = buildIndex()

func buildIndex() (idx [26 * 26]uint8) {
	for i, c := range countries {
		idx[int(c.alpha2[0]-'A')*26+int(c.alpha2[1]-'A')] = uint8(i + 1)
	}
	return idx
}

// lookup returns the entry for alpha2, or nil if alpha2 is not an officially
// assigned upper-case alpha-2 code.
func lookup(alpha2 string) *country {
	if len(alpha2) != 2 {
		return nil
	}
	// Bytes below 'A' wrap around to large values, so one comparison per
	// byte rejects everything outside 'A'..'Z'.
	a, b := alpha2[0]-'A', alpha2[1]-'A'
	if a >= 26 || b >= 26 {
		return nil
	}
	i := index[int(a)*26+int(b)]
	if i == 0 {
		return nil
	}
	return &countries[i-1]
}

// Valid reports whether alpha2 is an officially assigned ISO 3166-1 alpha-2
// code in upper case, such as "AZ". It returns false for lower-case input
// ("az"), the empty string, unassigned codes ("XX") and user-assigned codes
// ("XK").
func Valid(alpha2 string) bool {
	return lookup(alpha2) != nil
}

// Alpha3 returns the ISO 3166-1 alpha-3 code for the alpha-2 code alpha2,
// e.g. "AZE" for "AZ" and "IRN" for "IR". The boolean is false, and the
// string empty, if alpha2 is not valid (see Valid).
func Alpha3(alpha2 string) (string, bool) {
	c := lookup(alpha2)
	if c == nil {
		return "", false
	}
	return c.alpha3, true
}

// Name returns the English short name for the alpha-2 code alpha2, e.g.
// "Azerbaijan" for "AZ" and "Iran (Islamic Republic of)" for "IR", or "" if
// alpha2 is not valid (see Valid).
func Name(alpha2 string) string {
	c := lookup(alpha2)
	if c == nil {
		return ""
	}
	return c.name
}

// Codes returns all officially assigned alpha-2 codes in ascending order. The
// slice is freshly allocated on each call; the caller may modify it.
func Codes() []string {
	codes := make([]string, len(countries))
	for i := range countries {
		codes[i] = countries[i].alpha2
	}
	return codes
}

// ValidSubdivision reports whether code is an assigned ISO 3166-2
// subdivision code, as "AZ-SUS", "IR-23" or "US-CA": one of the table of
// Debian's iso-codes (version [SubdivisionsVersion]), written by go
// generate.
func ValidSubdivision(code string) bool {
	_, found := slices.BinarySearch(subdivisions[:], code)
	return found
}

// Subdivisions returns every ISO 3166-2 subdivision code, sorted.
func Subdivisions() []string { return slices.Clone(subdivisions[:]) }
