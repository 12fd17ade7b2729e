/**
 * Languages by the names they call themselves, as a site's language picker lists them ("Deutsch", "Français",
 * "Español (de México)", "日本語"). Lower case; a picker's region or script in brackets after the name is allowed
 * for by the detector (language-menu.ts).
 */
export const LANGUAGE_NAMES: readonly string[] = [
  ...['aragonés', 'asturianu', 'azərbaycanca', 'bahasa indonesia', 'bahasa melayu', 'bosanski', 'català', 'čeština'],
  ...['cymraeg', 'dansk', 'deutsch', 'eesti', 'english', 'español', 'esperanto', 'euskara', 'français', 'frysk'],
  ...['gaeilge', 'gàidhlig', 'galego', 'hrvatski', 'íslenska', 'italiano', 'latviešu', 'lietuvių', 'lietuvių kalba'],
  ...['magyar', 'malti', 'nederlands', 'norsk', 'norsk bokmål', 'norsk nynorsk', 'oʻzbek tili', 'polski'],
  ...['português', 'română', 'shqip', 'slovenčina', 'slovenščina', 'srpski', 'suomi', 'svenska', 'tiếng việt'],
  ...['türkçe', 'ελληνικά', 'български', 'қазақ тілі', 'македонски', 'русский', 'српски', 'українська', 'հայերեն'],
  ...['עברית', 'العربية', 'فارسی', 'हिन्दी', 'বাংলা', 'ไทย', 'ქართული', '日本語', '中文', '正體中文', '한국어'],
]
