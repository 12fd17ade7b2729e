// Month names and the abbreviations wire desks use: "Feb 26", "Sept. 3", "March 3".
export const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`

export const WEEKDAY = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day|\.)?`

/** "Feb 26", "April 1", "Nov. 29, 2023", "26 February", "Monday" */
export const WIRE_DATE = String.raw`(?:${MONTH}\s*\d{1,2}(?:,?\s*\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?|${WEEKDAY})`
