// Month names and the abbreviations wire desks use: "Feb 26", "Sept. 3", "March 3";
// in lower case too, as some Reuters copy was keyed ("Lima, march 31") — not "Marching".
export const MONTH = String.raw`(?:[Jj]an(?:uary|\.)?|[Ff]eb(?:ruary|\.)?|[Mm]ar(?:ch|\.)?|[Aa]pr(?:il|\.)?|[Mm]ay|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust|\.)?|[Ss]ept?(?:ember|\.)?|[Oo]ct(?:ober|\.)?|[Nn]ov(?:ember|\.)?|[Dd]ec(?:ember|\.)?)(?![\p{L}])`

export const WEEKDAY = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day|\.)?`

/** "Feb 26", "April 1", "Nov. 29, 2023", "26 February", "26. Februar", "Monday" */
export const WIRE_DATE = String.raw`(?:${MONTH}\s*\d{1,2}(?:,?\s*\d{4})?|\d{1,2}\.?\s+${MONTH}(?:\s+\d{4})?|${WEEKDAY})`
