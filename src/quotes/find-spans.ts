// Quotation spans in body paragraphs, found by a single left-to-right scan of the marks.
// Double marks: " “ ” „ « » 「 」 `` '' (wire and NYT style) ,, (Dutch typewriter style, closed by '').
// Single marks: ' ‘ ’ ‚ ‹ ›, told apart from apostrophes by what stands on either side ("Armenia's",
// "don't", "'90s", "Rollins' plan" are not quotes). Each language's pairs: “…” and ‘…’, „…“ and
// ‚…‘ (German),
// « … » with a space inside or «…» tight (French, Spanish, Italian), »…« and ›…‹ (German, Danish),
// ”…” and
// »…» (Swedish, Finnish). A “ inside a quote opened by “ nests (Italian, Spanish copy): its ” closes it
// first.
// A quote left open at the end of a paragraph runs to that paragraph's end and, when the next paragraph
// opens with a mark, continues there (the multi-paragraph convention); it never runs on past the paragraph.

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
  /** Carries on the quote before it after an attribution inserted into it (`«…, dit-il. …»`). */
  resumes?: boolean
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

// A mark after one of these (or after a space) can open a quote.
const OPENERS_BEFORE = new Set(['(', '[', '{', '—', '–', '-', '/', ':', '"', '“', '‘', "'", '«', '„'])
// A mark's neighbours are single code units; none (the edge of the text) counts as space.
const isSpaceOrEdge = (c: string | undefined): boolean => c === undefined || /^\s$/u.test(c)
const isWordChar = (c: string | undefined): boolean => c !== undefined && /^[\p{L}\p{N}]$/u.test(c)
const isDigit = (c: string | undefined): boolean => c !== undefined && /^\d$/u.test(c)

/** What a mark can be, from the characters on either side of it. */
function classify(text: string, at: number, len: number, family: Family, natural: Way): Mark | null {
  const prev = text[at - 1]
  const next = text[at + len]
  const mark = (way: Way): Mark => ({ at, len, family, way })
  if (family === 'single') {
    // An apostrophe inside a word (don't, Armenia's) or before a year ('90s) is never a quote mark.
    if (isWordChar(prev) && isWordChar(next)) return null
    if (isDigit(next) && isDigit(text[at + len + 1])) return null
  }
  const openCtx = (isSpaceOrEdge(prev) || OPENERS_BEFORE.has(prev!)) && !isSpaceOrEdge(next)
  const closeCtx = !isSpaceOrEdge(prev) && !isWordChar(next)
  if (family === 'single') {
    if (natural === 'open') return openCtx ? mark('open') : null
    if (natural === 'close') return closeCtx ? mark('close') : openCtx && isWordChar(next) ? mark('open') : null
    return openCtx && isWordChar(next) ? mark('open') : closeCtx ? mark('close') : null
  }
  // A free-standing mark (`…Park Avenue,' '' Ms. Farrell noted`) can only close: outside a quote it is ignored.
  if (natural === 'either') return openCtx ? mark('open') : mark('close')
  // Curly marks typed the wrong way round (”Hello” or “Hello“) are read by where they stand.
  if (natural === 'open' && closeCtx && !openCtx) return mark('close')
  if (natural === 'close' && openCtx && !closeCtx) return mark('open')
  return mark(natural)
}

/**
 * « and » (and the single ‹ ›) by the two conventions they serve: « … » (French, Spanish, Italian; spaced or
 * tight) and »…« (German, Danish; tight). » opens only with a word straight after it and none before
 * (»Vermieter); « closes only with no space before it and no word after it (zahlen«). `open`: the mark is « or ‹.
 */
function guillemet(text: string, at: number, open: boolean, family: Family = 'double'): Mark {
  const prev = text[at - 1]
  const next = text[at + 1]
  const way = open
    ? !isSpaceOrEdge(prev) && !OPENERS_BEFORE.has(prev!) && !isWordChar(next)
      ? 'close'
      : 'open'
    : isWordChar(next) && !isWordChar(prev)
      ? 'open'
      : 'close'
  return { at, len: 1, family, way }
}

/** A mark that can only open (a double comma closes nothing: "hello,, world" is a typo). */
const opening = (m: Mark | null): Mark | null => (m?.way === 'open' ? m : null)

/** Every quote mark of one paragraph, in order. */
export function marksOf(text: string): Mark[] {
  const out: Mark[] = []
  // Where the last „ and “ stood: a “ after a „ closes it (German „…“); and ‚ and ‘ likewise
  // (‚…‘).
  let low = -1
  let high = -1
  let lowSingle = -1
  let highSingle = -1
  const marks = /,,|["“”„«»「」'‘’‚‹›`]/gu
  for (let found = marks.exec(text); found; found = marks.exec(text)) {
    const i = found.index
    const c = found[0]
    const next = text[i + 1]
    let m: Mark | null = null
    // "…a special case,'''": a single closing inside a wire-style double closing.
    if (c === "'" && text.startsWith("'''", i) && !isSpaceOrEdge(text[i - 1])) {
      out.push({ at: i, len: 1, family: 'single', way: 'close' }, { at: i + 1, len: 2, family: 'double', way: 'close' })
      marks.lastIndex = i + 3
      continue
    }
    if (c === '`' && next === '`') m = classify(text, i, 2, 'double', 'open')
    else if (c === ',,') m = opening(classify(text, i, 2, 'double', 'open'))
    else if (c === "'" && next === "'") m = classify(text, i, 2, 'double', 'either')
    else if (c === '"') m = classify(text, i, 1, 'double', 'either')
    else if (c === '«' || c === '»') m = guillemet(text, i, c === '«')
    else if (c === '“' || c === '„' || c === '「') {
      m = classify(text, i, 1, 'double', c === '“' && low > high ? 'close' : 'open')
      if (c === '„') low = i
      if (c === '“') high = i
    } else if (c === '”' || c === '」') m = classify(text, i, 1, 'double', 'close')
    else if (c === '‹' || c === '›') m = guillemet(text, i, c === '‹', 'single')
    else if (c === '‘' || c === '‚') {
      m = classify(text, i, 1, 'single', c === '‘' && lowSingle > highSingle ? 'close' : 'open')
      if (c === '‚') lowSingle = i
      if (c === '‘') highSingle = i
    } else if (c === '’') m = classify(text, i, 1, 'single', 'close')
    else m = classify(text, i, 1, 'single', 'either') // ' `
    if (m) {
      out.push(m)
      marks.lastIndex = i + m.len
    }
  }
  return out
}

// A quote that ends a sentence and is followed by a new opening mark was left open by the writer
// (or by a copy that ran two paragraphs together): `…sort it out. "We have a gap…"`.
const SENTENCE_END = /[.?!,:;…]["'”’]?\s*$/u

interface Open {
  at: number
  len: number
  family: Family
  /** Quotes of the other family open inside it. */
  nested: number
  /** “…” quotes open inside a quote opened by “. */
  same: number
}

/**
 * The span of quote `o` ending at `end` (a closing mark of `closeLen` there when `closed`), unless it holds no word.
 */
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
  const inner = text.slice(innerStart, end)
  if (!/[\p{L}\p{N}]/u.test(inner)) return
  const innerEnd = innerStart + inner.trimEnd().length
  spans.push({
    block,
    start: o.at,
    end: closed ? end + closeLen : innerEnd,
    innerStart: innerStart + inner.length - inner.trimStart().length,
    innerEnd,
    closed,
    continues: false,
    family: o.family,
  })
}

/** The quotations of one paragraph. */
function spansOf(text: string, block: number): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let open: Open | null = null
  for (const m of marksOf(text)) {
    if (!open) {
      if (m.way === 'open') open = { at: m.at, len: m.len, family: m.family, nested: 0, same: 0 }
      continue
    }
    if (m.family === open.family) {
      if (m.way === 'close' && open.same > 0) open.same--
      else if (m.way === 'close') {
        emit(spans, text, block, open, m.at, m.len, true)
        open = null
      } else if (
        m.way === 'open' &&
        open.family === 'double' &&
        SENTENCE_END.test(text.slice(Math.max(open.at, m.at - 40), m.at))
      ) {
        emit(spans, text, block, open, m.at, 0, false)
        open = { at: m.at, len: m.len, family: m.family, nested: 0, same: 0 }
      } else if (
        m.way === 'open' &&
        text[m.at] === '“' &&
        text[open.at] === '“' &&
        /[\p{L}\p{N}]/u.test(text.slice(open.at + open.len, m.at))
      )
        open.same++
    } else if (m.way === 'open') open.nested++
    else if (m.way === 'close' && open.nested > 0) open.nested--
  }
  // A double quote left open runs to the paragraph's end; a single one was an apostrophe after all.
  if (open && open.family === 'double') emit(spans, text, block, open, text.length, 0, false)
  return spans
}

/**
 * The quotations of every paragraph, in reading order, with quotes that run over several paragraphs linked:
 * a quote left open at the end of a paragraph is carried on by a quote opening the next one.
 */
export function findSpans(texts: readonly string[]): QuoteSpan[] {
  const all: QuoteSpan[] = []
  let carried = false
  texts.forEach((text, block) => {
    const spans = spansOf(text, block)
    const first = spans[0]
    const last = spans.at(-1)
    if (first && carried && text.slice(0, first.start).trim() === '') first.continues = true
    carried = !!last && !last.closed && last.end >= text.trimEnd().length
    for (const span of spans) all.push(span)
  })
  return all
}
