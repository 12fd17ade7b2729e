// News agencies and wire services, as they sign bylines, datelines and sign-offs:
// "By Paul Majendie, Reuters", "Von Anna Schmidt, dpa", "ATLANTA (AP) _", "/PRNewswire/".
// Longer names first so "Associated Press" wins over "AP" inside it.
export const AGENCY_NAMES: readonly string[] = [
  'The Associated Press',
  'Associated Press',
  'Agence France-Presse',
  'Agence France Presse',
  'Deutsche Presse-Agentur',
  'Press Association',
  'PA Media',
  'The Canadian Press',
  'Canadian Press',
  'Australian Associated Press',
  'United Press International',
  'Press Trust of India',
  'Kyodo News',
  'Dow Jones',
  'Bloomberg News',
  'Bloomberg',
  'Reuters',
  'Reuter',
  'AFP',
  'AP',
  'dpa',
  'PA',
  'UPI',
  'AAP',
  'CP',
  'PTI',
  'IANS',
  'ANI',
  'ANSA',
  'EFE',
  'Xinhua',
  'Kyodo',
  'Yonhap',
  'TASS',
  'RIA Novosti',
  'Anadolu',
  'APA',
  'SDA',
  'Belga',
  'ANP',
  'Lusa',
  'KNA',
  'epd',
  'dapd',
  'Bernama',
  'PRNewswire',
  'PR Newswire',
  'Business Wire',
  'GlobeNewswire',
]

/** One alternation of the names, longest first, escaped for a RegExp. */
export const AGENCY = `(?:${[...AGENCY_NAMES]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
  .join('|')})`

// Job titles printed under or after a byline: "AP Sports Writer", "Associated Press Writer",
// "Chief Political Correspondent", "Staff Reporter" — not "Writer and director Jane Doe".
export const BYLINE_ROLE = String.raw`(?:(?:[\p{Lu}][\p{L}'’&-]*|of|for|and|the)\s+){0,5}(?:[Ww]riter|[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Cc]olumnist|[Cc]ritic|[Aa]nalyst|[Ss]taff|[Cc]ontributor|[Pp]roducer|[Bb]ureau [Cc]hief|[Pp]hotographer|[Cc]hief|[Ss]pecial [Cc]orrespondent)s?`

// Introductions to a byline in the languages agencies file in: "By", German "Von", French "Par",
// Spanish "Por", Dutch "Door".
export const BYLINE_LEAD = String.raw`(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)`

// Lower-case particles inside names: "Solange de Santis", "Ursula von der Leyen", "Ahmed al-Sharaa".
export const NAME_PARTICLES = ['de', 'da', 'del', 'della', 'der', 'den', 'di', 'van', 'von', 'le', 'la', 'du', 'dos', 'das', 'bin', 'al', 'el', 'ten', 'ter', 'zu', 'y', 'e']

// Capitalised words that open a sentence after "By" but are never a name: "By Monday …", "By March the …".
export const NOT_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Then', 'The', 'This', 'That', 'Now', 'Contrast', 'Comparison', 'Law', 'Far', 'All', 'Some', 'Most', 'Early', 'Late', 'Noon', 'Midnight', 'Dawn', 'Nightfall', 'Tonight', 'Today', 'Tomorrow', 'Yesterday', 'Next', 'Last', 'Then', 'Way', 'Design', 'Default', 'Order', 'Car', 'Air', 'Sea', 'Road', 'Rail', 'Train', 'Bus', 'Phone', 'Email', 'Mail', 'Hand', 'Night', 'Day', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'Its', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'One', 'Two', 'Three', 'Ten', 'Mid', 'End', 'Year', 'Summer', 'Winter', 'Spring', 'Autumn', 'Fall', 'Christmas', 'Easter', 'Comparison']
