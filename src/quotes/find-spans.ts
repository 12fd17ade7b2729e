// Quotation spans in body paragraphs, found by a single left-to-right scan of the marks.
// Double marks: " “ ” „ « » 「 」 `` '' (wire and NYT style). Single marks: ' ‘ ’ ‹ ›, told apart
// from apostrophes by what stands on either side ("Armenia's", "don't", "'90s", "Sanders' plan" are not quotes).
// A quote left open at the end of a paragraph runs to that paragraph's end and, when the next paragraph
// opens with a mark, continues there (the multi-paragraph convention); it never runs on past the paragraph.
import { isLetterOrDigit, isSpace } from '../source/chars.js'

export interface QuoteSpan {
  block: number
  /** Offsets of the marks (start of the opening mark, end of the closing one or of the text). */
  start: number
  end: number
  /** Offsets of the words between the marks. */
  innerStart: number
  innerEnd: number
  closed: boolean
  /** Opens the paragraph and carries on a quote left open at the end of the previous one. */
  continues: boolean
  family: 'double' | 'single'
}

type Family = 'double' | 'single'
type Way = 'open' | 'close' | 'either'
export interface Mark {
  at: number
  len: number
  family: Family
  way: Way
}

// ( [ { — – - / : " “ ‘ ' « „ : a mark after one of these can open a quote.
const isOpenerBefore = (c: number): boolean =>
  c === 0x28 ||
  c === 0x5b ||
  c === 0x7b ||
  c === 0x2014 ||
  c === 0x2013 ||
  c === 0x2d ||
  c === 0x2f ||
  c === 0x3a ||
  c === 0x22 ||
  c === 0x201c ||
  c === 0x2018 ||
  c === 0x27 ||
  c === 0xab ||
  c === 0x201e
// A mark's neighbours, one code unit each side, read by code; none (the edge of the text) counts as space.
const isSpaceAt = (text: string, i: number): boolean => i < 0 || i >= text.length || isSpace(text.charCodeAt(i))
const isWordCharAt = (text: string, i: number): boolean =>
  i >= 0 && i < text.length && isLetterOrDigit(text.charCodeAt(i))
// `\d` (ASCII digits only, with or without the u flag); none past the end of the text.
const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i)
  return c >= 0x30 && c <= 0x39
}

/** Whether text[from, to) holds a letter or digit (`/[\p{L}\p{N}]/u` on that slice): a pair cut by `to` is no letter. */
export function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    const cp = text.codePointAt(i)!
    const width = cp > 0xffff ? 2 : 1
    if (i + width <= to && isLetterOrDigit(cp)) return true
    i += width
  }
  return false
}

/** Whether text[from, to) is all whitespace, as `text.slice(from, to).trim() === ''` says (trim's set is `\s`'s, isSpace). */
export function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false
  return true
}

/** The length of `text` without trailing whitespace: `text.trimEnd().length`. */
function trimmedEnd(text: string): number {
  let end = text.length
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
  return end
}

/** What a mark can be, from the characters on either side of it. */
function classify(text: string, at: number, len: number, family: Family, natural: Way): Mark | null {
  const nextWord = isWordCharAt(text, at + len)
  if (family === 'single') {
    // An apostrophe inside a word (don't, Armenia's) or before a year ('90s) is never a quote mark: asked
    // first, since most single marks are apostrophes.
    if (nextWord && isWordCharAt(text, at - 1)) return null
    if (isDigitAt(text, at + len) && isDigitAt(text, at + len + 1)) return null
  }
  const prevSpace = isSpaceAt(text, at - 1)
  const openCtx = (prevSpace || isOpenerBefore(text.charCodeAt(at - 1))) && !isSpaceAt(text, at + len)
  const closeCtx = !prevSpace && !nextWord
  if (family === 'single') {
    if (natural === 'open') return openCtx ? { at, len, family, way: 'open' } : null
    if (natural === 'close')
      return closeCtx
        ? { at, len, family, way: 'close' }
        : openCtx && nextWord
          ? { at, len, family, way: 'open' }
          : null
    return openCtx && nextWord ? { at, len, family, way: 'open' } : closeCtx ? { at, len, family, way: 'close' } : null
  }
  // A free-standing mark (`…Park Avenue,' '' Ms. Ferriss noted`) can only close: outside a quote it is ignored.
  if (natural === 'either') return openCtx ? { at, len, family, way: 'open' } : { at, len, family, way: 'close' }
  // Curly marks typed the wrong way round (”Hello” or “Hello“) are read by where they stand.
  if (natural === 'open' && closeCtx && !openCtx) return { at, len, family, way: 'close' }
  if (natural === 'close' && openCtx && !closeCtx) return { at, len, family, way: 'open' }
  return { at, len, family, way: natural }
}

// Every character that can be (part of) a quote mark.
const MARK_RE = /["“”„«»「」'‘’‹›`]/u
const MARK_G = /["“”„«»「」'‘’‹›`]/gu
/** Whether a paragraph holds any quote mark character at all (most do not). */
export const hasMarks = (text: string): boolean => MARK_RE.test(text)

/** Every quote mark of one paragraph, in order. */
export function marksOf(text: string): Mark[] {
  const out: Mark[] = []
  // Where the last „ and “ stood: a “ after a „ closes it (German „…“).
  let low = -1
  let high = -1
  for (let i = 0; i < text.length; i++) {
    // Most characters are no mark at all: the regex engine skips to the next one (every mark is one code unit).
    MARK_G.lastIndex = i
    if (!MARK_G.test(text)) break
    i = MARK_G.lastIndex - 1
    const c = text.charCodeAt(i)
    const next = text.charCodeAt(i + 1)
    let m: Mark | null = null
    // "…a special case,'''": a single closing inside a wire-style double closing.
    if (c === 0x27 && text.startsWith("'''", i) && !isSpaceAt(text, i - 1)) {
      out.push({ at: i, len: 1, family: 'single', way: 'close' }, { at: i + 1, len: 2, family: 'double', way: 'close' })
      i += 2
      continue
    }
    if (c === 0x60 && next === 0x60)
      m = classify(text, i, 2, 'double', 'open') // ``
    else if (c === 0x27 && next === 0x27)
      m = classify(text, i, 2, 'double', 'either') // ''
    else if (c === 0x22)
      m = classify(text, i, 1, 'double', 'either') // "
    else if (c === 0x201c || c === 0x201e || c === 0xab || c === 0x300c) {
      // “ „ « 「
      m = classify(text, i, 1, 'double', c === 0x201c && low > high ? 'close' : 'open')
      if (c === 0x201e) low = i
      if (c === 0x201c) high = i
    } else if (c === 0x201d || c === 0xbb || c === 0x300d)
      m = classify(text, i, 1, 'double', 'close') // ” » 」
    else if (c === 0x2018 || c === 0x2039)
      m = classify(text, i, 1, 'single', 'open') // ‘ ‹
    else if (c === 0x2019 || c === 0x203a)
      m = classify(text, i, 1, 'single', 'close') // ’ ›
    else if (c === 0x27 || c === 0x60) m = classify(text, i, 1, 'single', 'either') // ' `
    if (m) {
      out.push(m)
      i += m.len - 1
    }
  }
  return out
}

// A quote that ends a sentence and is followed by a new opening mark was left open by the writer
// (or by a copy that ran two paragraphs together): `…discuss them. "I have a problem…"`.
const SENTENCE_END = /[.?!,:;…]["'”’]?\s*$/u

interface Open {
  at: number
  len: number
  family: Family
  nested: number
}

/** The span of quote `o` ending at `end` (a closing mark of `closeLen` there when `closed`), unless it holds no word. */
function emit(
  spans: QuoteSpan[],
  text: string,
  block: number,
  o: Open,
  end: number,
  closeLen: number,
  closed: boolean,
): void {
  const innerStart = o.at + o.len
  let innerEnd = end
  while (innerEnd > innerStart && isSpaceAt(text, innerEnd - 1)) innerEnd--
  let s = innerStart
  while (s < innerEnd && isSpaceAt(text, s)) s++
  if (!hasLetterOrDigit(text, s, innerEnd)) return
  spans.push({
    block,
    start: o.at,
    end: closed ? end + closeLen : innerEnd,
    innerStart: s,
    innerEnd,
    closed,
    continues: false,
    family: o.family,
  })
}

const NO_SPANS: readonly QuoteSpan[] = []

/** The quotations of one paragraph. */
function spansOf(text: string, block: number): readonly QuoteSpan[] {
  if (!hasMarks(text)) return NO_SPANS
  const spans: QuoteSpan[] = []
  let open: Open | null = null
  for (const m of marksOf(text)) {
    if (!open) {
      if (m.way === 'open') open = { at: m.at, len: m.len, family: m.family, nested: 0 }
      continue
    }
    if (m.family === open.family) {
      if (m.way === 'close') {
        emit(spans, text, block, open, m.at, m.len, true)
        open = null
      } else if (
        m.way === 'open' &&
        open.family === 'double' &&
        SENTENCE_END.test(text.slice(Math.max(open.at, m.at - 40), m.at))
      ) {
        emit(spans, text, block, open, m.at, 0, false)
        open = { at: m.at, len: m.len, family: m.family, nested: 0 }
      }
    } else if (m.way === 'open') open.nested++
    else if (m.way === 'close' && open.nested > 0) open.nested--
  }
  // A double quote left open runs to the paragraph's end; a single one was an apostrophe after all.
  if (open && open.family === 'double') emit(spans, text, block, open, text.length, 0, false)
  return spans
}

/**
 * The quotations of every paragraph, paragraph by paragraph (undefined for a paragraph with none), with quotes
 * that run over several paragraphs linked. Grouped as the quotes step reads them: no flat list is built only to
 * be sorted back into paragraphs.
 */
export function spansByBlock(texts: readonly string[]): (readonly QuoteSpan[] | undefined)[] {
  const out: (readonly QuoteSpan[] | undefined)[] = new Array(texts.length)
  let carried = false
  for (let block = 0; block < texts.length; block++) {
    const text = texts[block]!
    const spans = spansOf(text, block)
    if (spans.length === 0) {
      carried = false
      continue
    }
    const first = spans[0]!
    if (carried && isBlank(text, 0, first.start)) first.continues = true
    const last = spans[spans.length - 1]!
    carried = !last.closed && last.end >= trimmedEnd(text)
    out[block] = spans
  }
  return out
}

/** The quotations of every paragraph in one list, in reading order (`spansByBlock` flattened). */
export function findSpans(texts: readonly string[]): QuoteSpan[] {
  const all: QuoteSpan[] = []
  for (const spans of spansByBlock(texts)) if (spans) for (const span of spans) all.push(span)
  return all
}
