package parse

// cityZones maps places people commonly give that are not IANA zone names (or are, but
// under another spelling), folded, to their zone. Only places whose whole area keeps one
// zone are listed.
var cityZones = map[string]string{
	// North America
	"nyc": "America/New_York", "ny": "America/New_York", "brooklyn": "America/New_York",
	"manhattan": "America/New_York", "washington": "America/New_York", "washington dc": "America/New_York",
	"washington d c": "America/New_York",
	"dc":             "America/New_York", "boston": "America/New_York", "miami": "America/New_York",
	"atlanta": "America/New_York", "philadelphia": "America/New_York", "philly": "America/New_York",
	"baltimore": "America/New_York", "pittsburgh": "America/New_York", "orlando": "America/New_York",
	"charlotte": "America/New_York", "cleveland": "America/New_York", "tampa": "America/New_York",
	"la": "America/Los_Angeles", "l a": "America/Los_Angeles", "san francisco": "America/Los_Angeles", "sf": "America/Los_Angeles",
	"seattle": "America/Los_Angeles", "san diego": "America/Los_Angeles", "las vegas": "America/Los_Angeles",
	"sacramento": "America/Los_Angeles", "oakland": "America/Los_Angeles", "california": "America/Los_Angeles",
	"houston": "America/Chicago", "dallas": "America/Chicago", "austin": "America/Chicago",
	"san antonio": "America/Chicago", "minneapolis": "America/Chicago", "new orleans": "America/Chicago",
	"nashville": "America/Chicago", "st louis": "America/Chicago", "saint louis": "America/Chicago",
	"salt lake city": "America/Denver", "albuquerque": "America/Denver", "tucson": "America/Phoenix",
	"ottawa": "America/Toronto", "quebec": "America/Toronto", "calgary": "America/Edmonton",
	"guadalajara": "America/Mexico_City",
	// South America
	"rio": "America/Sao_Paulo", "rio de janeiro": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo",
	"medellin": "America/Bogota", "cusco": "America/Lima",
	// Europe
	"uk": "Europe/London", "england": "Europe/London", "scotland": "Europe/London", "wales": "Europe/London",
	"britain": "Europe/London", "great britain": "Europe/London", "manchester": "Europe/London",
	"edinburgh": "Europe/London", "glasgow": "Europe/London", "liverpool": "Europe/London",
	"leeds": "Europe/London", "bristol": "Europe/London", "cardiff": "Europe/London",
	"munich": "Europe/Berlin", "munchen": "Europe/Berlin", "frankfurt": "Europe/Berlin",
	"hamburg": "Europe/Berlin", "cologne": "Europe/Berlin", "koln": "Europe/Berlin",
	"dusseldorf": "Europe/Berlin", "stuttgart": "Europe/Berlin", "milan": "Europe/Rome",
	"milano": "Europe/Rome", "florence": "Europe/Rome", "naples": "Europe/Rome", "venice": "Europe/Rome",
	"turin": "Europe/Rome", "barcelona": "Europe/Madrid", "valencia": "Europe/Madrid",
	"seville": "Europe/Madrid", "lyon": "Europe/Paris", "marseille": "Europe/Paris",
	"toulouse": "Europe/Paris", "geneva": "Europe/Zurich", "basel": "Europe/Zurich",
	"bern": "Europe/Zurich", "rotterdam": "Europe/Amsterdam", "the hague": "Europe/Amsterdam",
	"utrecht": "Europe/Amsterdam", "antwerp": "Europe/Brussels", "krakow": "Europe/Warsaw",
	"porto": "Europe/Lisbon", "gothenburg": "Europe/Stockholm", "salzburg": "Europe/Vienna",
	"cork": "Europe/Dublin", "st petersburg": "Europe/Moscow", "saint petersburg": "Europe/Moscow",
	"odesa": "Europe/Kyiv", "odessa": "Europe/Kyiv", "ankara": "Europe/Istanbul",
	// Asia
	"mumbai": "Asia/Kolkata", "bombay": "Asia/Kolkata", "delhi": "Asia/Kolkata",
	"new delhi": "Asia/Kolkata", "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata",
	"chennai": "Asia/Kolkata", "hyderabad": "Asia/Kolkata", "pune": "Asia/Kolkata",
	"beijing": "Asia/Shanghai", "peking": "Asia/Shanghai", "guangzhou": "Asia/Shanghai",
	"shenzhen": "Asia/Shanghai", "chengdu": "Asia/Shanghai", "osaka": "Asia/Tokyo",
	"kyoto": "Asia/Tokyo", "busan": "Asia/Seoul", "hanoi": "Asia/Ho_Chi_Minh",
	"abu dhabi": "Asia/Dubai", "doha": "Asia/Qatar", "tel aviv": "Asia/Jerusalem",
	"lahore": "Asia/Karachi", "islamabad": "Asia/Karachi", "jeddah": "Asia/Riyadh",
	"mecca": "Asia/Riyadh", "bali": "Asia/Makassar", "hk": "Asia/Hong_Kong",
	// Oceania and Africa
	"gold coast": "Australia/Brisbane", "wellington": "Pacific/Auckland",
	"christchurch": "Pacific/Auckland", "cape town": "Africa/Johannesburg",
	"pretoria": "Africa/Johannesburg", "durban": "Africa/Johannesburg",
	"marrakech": "Africa/Casablanca", "marrakesh": "Africa/Casablanca",
}

// ambiguousPlaces are names shared by places in different zones, and zone abbreviations that
// mean different offsets in different countries: a guess would be wrong for someone.
var ambiguousPlaces = map[string]bool{
	"georgia": true, "portland": true, "san jose": true, "birmingham": true, "cambridge": true,
	"victoria": true, "kingston": true, "santiago de compostela": true,
	"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true,
	"pdt": true, "ist": true, "bst": true, "cet": true, "cest": true, "eet": true, "eest": true,
	"wet": true, "west": true, "aest": true, "aedt": true, "ast": true, "sst": true, "hst": true,
	"akst": true, "msk": true,
}
