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

/**
 * Characters whose Windows-1252 byte continues a UTF-8 sequence (0x80–0xBF): the upper Windows-1252 ones, and
 * Latin-1's 0xA0–0xBF.
 */
const CONTINUATION = `[${CP1252_HIGH}\\u00a0-\\u00bf]`

// A run that may be mojibake: a character whose Windows-1252 byte opens a UTF-8 sequence
// (0xC2–0xF4, the Latin-1 characters of the same numbers: "Ã" 0xC3, "â" 0xE2), followed by
// as many characters whose bytes continue one as that sequence needs.
const RUN = new RegExp(
  `[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`,
  'g',
)

function repairOnce(text: string): { text: string; count: number } {
  let count = 0
  const repaired = text.replace(RUN, (run) => {
    try {
      const fixed = UTF8.decode(Uint8Array.from(run, (ch) => CP1252_BYTE.get(ch)!))
      count++
      return fixed
    } catch {
      return run // not UTF-8 after all: left as written
    }
  })
  return { text: repaired, count }
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
