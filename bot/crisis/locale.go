package crisis

import "strings"

// CountryForLocale guesses the country a person is most likely in from
// their app's language, for the crisis reply when they have not told
// checkin their country: Discord's interaction locale ("en-US", "pt-BR",
// "de") or Telegram's language_code ("en", "pt-br").
//
// A tag with a region ("en-US", "es_MX", "zh-Hant-TW") gives that region.
// A language alone gives a country only when one country holds most of
// the language's first-language speakers (see languageCountry); "en",
// "es" and "ar" are spoken natively in many countries with none a clear
// majority, so they give no guess and the reply shows the international
// directory. The result is an upper-case ISO 3166-1 alpha-2 code; the
// table may not have lines for it yet (callers fall back to the
// directory), and it is always shown to the person as a guess.
func CountryForLocale(locale string) (string, bool) {
	tag := strings.ToLower(strings.TrimSpace(locale))
	if tag == "" || len(tag) > 35 {
		return "", false
	}
	parts := strings.FieldsFunc(tag, func(r rune) bool { return r == '-' || r == '_' })
	if len(parts) == 0 || !letters(parts[0]) {
		return "", false
	}
	for _, p := range parts[1:] {
		if len(p) == 2 && letters(p) {
			return regionCountry(strings.ToUpper(p)), true
		}
	}
	if parts[0] == "zh" && len(parts) > 1 && parts[1] == "hant" {
		return "", false // traditional script, no region: Taiwan or Hong Kong
	}
	code, ok := languageCountry[parts[0]]
	return code, ok
}

// regionCountry maps the region subtags that are not country codes in
// ISO 3166-1 to the country they stand for.
func regionCountry(region string) string {
	if region == "UK" {
		return "GB"
	}
	return region
}

func letters(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// languageCountry maps an ISO 639 language code to the country where
// most of its first-language speakers live, for languages where one
// country holds a clear majority of them (roughly two in three or more).
// Left out on purpose: English, Spanish, Arabic, Swahili, Urdu, Malay
// and other languages spread over several countries with no such
// majority. Portuguese maps to Brazil (about nine in ten speakers; Discord
// offers only pt-BR and Telegram's Portuguese is Brazilian); French to
// France and German to Germany (most first-language speakers, though
// Belgium, Canada, Switzerland and Austria hold many).
var languageCountry = map[string]string{
	"bg": "BG", "bn": "BD", "cs": "CZ", "cy": "GB", "da": "DK", "de": "DE",
	"el": "GR", "et": "EE", "fa": "IR", "fi": "FI", "fil": "PH", "fr": "FR",
	"ga": "IE", "he": "IL", "hi": "IN", "hr": "HR", "hu": "HU", "id": "ID",
	"is": "IS", "it": "IT", "iw": "IL", "ja": "JP", "ko": "KR", "lt": "LT",
	"lv": "LV", "mt": "MT", "nb": "NO", "nl": "NL", "nn": "NO", "no": "NO",
	"pl": "PL", "pt": "BR", "ro": "RO", "ru": "RU", "sk": "SK", "sl": "SI",
	"sv": "SE", "ta": "IN", "th": "TH", "tl": "PH", "tr": "TR", "uk": "UA",
	"vi": "VN", "zh": "CN",
}
