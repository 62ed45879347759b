// The language a country's laws are published in, where there is one of the registry's: what a scan
// of one of its laws is read in when the analyst names no language and the file has no text layer
// to tell. Countries that publish in English, or in two languages (Malaysia's Acts in English and
// Malay, the Philippines, Singapore, Brunei, Pakistan), give no hint: English is read there.
const LAW_LANGUAGE: Readonly<Record<string, string>> = {
  VN: 'vi',
  TH: 'th',
  ID: 'id',
  KH: 'km',
  LA: 'lo',
  MM: 'my',
};

/** The language `country`'s laws are written in ("VN" → "vi"; a subdivision "ID-JK" as its country), or undefined. */
export function lawLanguageOf(country: string | undefined): string | undefined {
  return country ? LAW_LANGUAGE[country.trim().toUpperCase().split('-')[0]] : undefined;
}
