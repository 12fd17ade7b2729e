/**
 * UTF-8 read as Windows-1252 and saved again as UTF-8 turns "é" into "Ã©",
 * "’" into "â€™", "£" into "Â£". This finds such runs — a character whose
 * Windows-1252 byte opens a UTF-8 sequence (0xC2–0xF4) followed by the
 * right number of characters whose bytes continue one (0x80–0xBF) — and
 * decodes them back. A run that is not valid UTF-8 is left as written, so
 * "Ã la carte" or "Â" on its own stay.
 */

// Windows-1252 bytes 0x80–0x9F, the ones where it differs from Latin-1 (0x81, 0x8D, 0x8F,
// 0x90 and 0x9D have no character; WHATWG decoders give the C1 control of the same number,
// which is how they turn up in mojibake: "â€\u009d" for "”"). Spelled out here rather than
// asked of a decoder: Node 20's TextDecoder('windows-1252') gives the C1 controls for all of them.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

/** Character → Windows-1252 byte, for the upper half (0xA0–0xFF are Latin-1 itself). */
const CP1252_BYTE = new Map<string, number>()
for (let b = 0x80; b <= 0xff; b++) CP1252_BYTE.set(b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b), b)

const UTF8 = new TextDecoder('utf-8', { fatal: true })

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}

// A run can only open with a character whose Windows-1252 byte is a UTF-8 lead byte, and those
// (0xC2–0xF4) are Latin-1 characters of the same number: "Ã" (0xC3), "â" (0xE2); the next
// character must be one whose byte continues a sequence (0x80–0xBF): the Windows-1252 upper
// characters, or Latin-1's 0xA0–0xBF. A regex finds such pairs: text without any, nearly all
// text (an "é" is followed by a letter), is passed over in one native scan, where reading it
// character by character cost several times more.
const RUN_START = new RegExp(`[\\u00c2-\\u00f4][${CP1252_HIGH}\\u00a0-\\u00bf]`, 'g')

function repairOnce(text: string): { text: string; count: number } {
  let out = ''
  let count = 0
  let i = 0
  let copied = 0
  while (i < text.length) {
    // The next place a run could start; nothing before it can.
    RUN_START.lastIndex = i
    if (!RUN_START.test(text)) break
    i = RUN_START.lastIndex - 2
    const lead = CP1252_BYTE.get(text[i]!)
    const need = lead === undefined ? 0 : sequenceLength(lead)
    if (need > 0 && i + need <= text.length) {
      const bytes = [lead!]
      for (let k = 1; k < need; k++) {
        const b = CP1252_BYTE.get(text[i + k]!)
        if (b === undefined || b < 0x80 || b > 0xbf) break
        bytes.push(b)
      }
      if (bytes.length === need) {
        try {
          const fixed = UTF8.decode(Uint8Array.from(bytes))
          out += text.slice(copied, i) + fixed
          count++
          i += need
          copied = i
          continue
        } catch {
          // not UTF-8 after all: leave the characters as written
        }
      }
    }
    i++
  }
  return { text: count === 0 ? text : out + text.slice(copied), count }
}

/** Repairs mojibake (twice-encoded too); `count` is the number of sequences repaired. */
export function repairMojibake(text: string): { text: string; count: number } {
  let total = 0
  let current = text
  for (let pass = 0; pass < 2; pass++) {
    const { text: next, count } = repairOnce(current)
    if (count === 0) break
    total += count
    current = next
  }
  return { text: current, count: total }
}
