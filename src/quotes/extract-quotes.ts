import type { ParseContext } from '../detect/context.js'
import type { Quote } from '../model/article.js'
import { isSpace } from '../source/chars.js'
import { type Context, findCue } from './find-cue.js'
import { isBlank, type QuoteSpan, spansByBlock } from './find-spans.js'
import { MentionIndex } from './mention-index.js'
import { endsInStop, isScareQuote, looksLikeTitle, quoteKind } from './quote-kind.js'
import { resolveSpeaker } from './resolve-speaker.js'
import type { Speaker } from './split-role.js'
import { endsSentence, type Token, tokenize } from './tokens.js'

// Quotes and who said them. For each paragraph of the body: the quote spans (find-spans), the cue verb and
// speaker phrase in the sentence around each (find-cue, speaker-phrase, split-role), then names resolved
// against earlier mentions (resolve-speaker). A quote with no cue of its own takes the speaker of a cued
// quote next to it in the same paragraph, or — when it opens its paragraph — of the previous paragraph's
// quote or of an introducing `X said:` paragraph. Quotes in the headline are not reported: `block`
// indexes the body only.

export type BodyType = 'paragraph' | 'subheading' | 'blockquote'

/** The body blocks' texts and types, in the order build-article puts them in `article.body` (one pass, no objects). */
function bodyBlocks(ctx: ParseContext): { texts: string[]; types: BodyType[]; headline: string | undefined } {
  const texts: string[] = []
  const types: BodyType[] = []
  let headline: string | undefined
  let headlineSeen = false
  for (const block of ctx.blocks) {
    const role = block.role
    let type: BodyType | null = null
    if (role === 'headline') {
      if (headlineSeen) type = 'subheading'
      else headline = block.text
      headlineSeen = true
    } else if (role === 'subheading' || role === 'blockquote') type = role
    else if (role === 'paragraph' || role === 'table' || role === 'list' || role === null) type = 'paragraph'
    if (type) {
      // A paragraph opening with a dateline is quoted from what follows it (`bodyText`, set by the dateline step).
      texts.push(block.bodyText ?? block.text)
      types.push(type)
    }
  }
  return { texts, types, headline }
}

// A sentence is read at most this many tokens back from its quote, which keeps every look-up bounded.
const MAX_LEFT = 80

/**
 * The token range [first, end) of every span of a paragraph, in one pass (spans and tokens are both in order):
 * span k's range is [out[2k], out[2k + 1]).
 */
function tokenRanges(tokens: readonly Token[], spans: readonly QuoteSpan[]): number[] {
  const out: number[] = new Array(2 * spans.length)
  let a = 0
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!
    while (a < tokens.length && tokens[a]!.start < span.start) a++
    let b = a
    while (b < tokens.length && tokens[b]!.end <= span.end) b++
    out[2 * k] = a
    out[2 * k + 1] = b
    a = b
  }
  return out
}

/** The sentence context of span `k` among the spans of one paragraph (`partial`: its kind is 'partial'). */
function contextOf(
  text: string,
  tokens: readonly Token[],
  spans: readonly QuoteSpan[],
  ranges: readonly number[],
  k: number,
  partial: boolean,
): Context {
  const span = spans[k]!
  const qa = ranges[2 * k]!
  const qb = ranges[2 * k + 1]!
  const prevEnd = Math.max(k > 0 ? ranges[2 * k - 1]! : 0, qa - MAX_LEFT)
  const nextStart = k + 1 < spans.length ? ranges[2 * k + 2]! : tokens.length
  let leftFrom = qa
  while (leftFrom > prevEnd && !endsSentence(tokens, leftFrom - 1)) leftFrom--
  let rightTo = qb
  while (rightTo < nextStart && rightTo - qb < MAX_LEFT && !(rightTo > qb && endsSentence(tokens, rightTo - 1)))
    rightTo++
  const prev = k > 0 ? spans[k - 1]! : null
  const sameSentence =
    prev !== null &&
    leftFrom === prevEnd &&
    prevEnd === ranges[2 * k - 1]! &&
    !endsInStop(text, prev.innerStart, prev.innerEnd) &&
    !(prevEnd > 0 && endsSentence(tokens, prevEnd - 1))
  let sentenceFrom = leftFrom
  if (sameSentence) sentenceFrom = sentenceStart(tokens, leftFrom)
  return {
    text,
    tokens,
    leftFrom,
    leftTo: qa,
    rightFrom: qb,
    rightTo,
    endsSentence: endsInStop(text, span.innerStart, span.innerEnd, true),
    sameSentence,
    partial,
    sentenceFrom,
  }
}

export interface Found {
  span: QuoteSpan
  kind: Quote['kind']
  /** The words look like a work title (`looksLikeTitle`). */
  title: boolean
  cue: string | null
  phrase: Speaker | null
  sameSentence: boolean
  speaker: { speaker: string; role: string | null } | null
}

/** Step: quotations in body paragraphs, with their speakers. */
export function extractQuotes(ctx: ParseContext): void {
  const { texts, types, headline } = bodyBlocks(ctx)
  const byBlock = spansByBlock(texts)
  if (!byBlock.some(Boolean)) return
  // Paragraphs are tokenised on first use, and names mentioned earlier are gathered only when a
  // speaker needs resolving ("he", a bare surname): most paragraphs hold no quote.
  const tokenCache: (Token[] | undefined)[] = new Array(texts.length)
  const tokensOf = (i: number): Token[] => (tokenCache[i] ??= tokenize(texts[i]!))
  // Also remembers the last person a quote was given to, and where (`lastSpeaker`).
  const index = new MentionIndex(texts, (i) => tokenCache[i], headline)
  const resolve = (s: Speaker, b: number, offset: number): ReturnType<typeof resolveSpeaker> =>
    resolveSpeaker(index, s, b, offset)
  let carried: Found | null = null
  let openQuote: Quote | null = null
  let intro: { speaker: string; role: string | null } | null = null
  for (let b = 0; b < texts.length; b++) {
    const text = texts[b]!
    const mine = byBlock[b]
    if (!mine) {
      // A paragraph with no quote carries no speaker on, unless it introduces the next paragraph's quote.
      carried = null
      openQuote = null
      const lead = introduces(text) ? introducer(text, tokensOf(b)) : null
      intro = lead ? resolve(lead, b, text.length) : null
      continue
    }
    const outside = tokensOutsideQuotes(text, mine)
    const found =
      (outside && foundIn(text, outside, mine, types[b]!, true)) || foundIn(text, tokensOf(b), mine, types[b]!)!
    // Resolve in reading order, so that "he" finds the speaker before him.
    for (const f of found) {
      if (f.phrase) f.speaker = resolve(f.phrase, b, f.span.start)
      if (f.speaker && f.phrase && (f.phrase.name || f.phrase.pronoun)) {
        index.lastSpeaker = { speaker: f.speaker.speaker, role: f.speaker.role, block: b, offset: f.span.start }
      }
    }
    inherit(found, carried, intro, text)
    for (const f of found) if (!f.cue && f.title) f.speaker = null
    // A quote run over from the previous paragraph with no speaker there takes the one found here.
    const cont = found[0]!
    if (cont.span.continues && cont.speaker && openQuote && openQuote.speaker === null) {
      openQuote.speaker = cont.speaker.speaker
      openQuote.role = cont.speaker.role
    }
    openQuote = null
    for (const f of found) {
      const inner = text.slice(f.span.innerStart, f.span.innerEnd)
      if (isScareQuote(inner, f.kind, !!f.cue || !!f.speaker) || (!f.cue && f.title)) continue
      const quote: Quote = {
        text: inner,
        speaker: f.speaker?.speaker ?? null,
        role: f.speaker?.role ?? null,
        cue: f.cue,
        kind: f.kind,
        block: b,
        start: f.span.start,
        end: f.span.end,
      }
      ctx.quotes.push(quote)
      if (!f.span.closed) openQuote = quote
    }
    const last = found[found.length - 1]!
    carried = !last.span.closed ? last : (found.findLast(hasSpeaker) ?? null)
    intro = null
  }
}

const hasSpeaker = (f: Found): boolean => !!f.speaker

/**
 * The paragraph's tokens without the quoted words: each quote keeps only its opening and closing mark tokens.
 * The cue finder reads the words before, between and after the quotes, and the marks as their neighbours;
 * about two thirds of a quoted paragraph's tokens are quoted words, never read. Both marks are tokens of their
 * own (a mark that opens or closes a quote is never inside a word), so tokenising up to the end of the
 * opening mark and on from the start of the closing one gives exactly the whole paragraph's tokens there.
 * Null when a quote is left open (it ends at its last word, not at a mark).
 */
export function tokensOutsideQuotes(text: string, spans: readonly QuoteSpan[]): Token[] | null {
  for (const span of spans) if (!span.closed) return null
  const out: Token[] = []
  let from = 0
  for (const span of spans) {
    tokenize(text, from, span.start + 1, out)
    from = span.end - 1
  }
  return tokenize(text, from, text.length, out)
}

/**
 * The quotes of one paragraph (its spans, in order) with their kinds and cues; speakers not yet resolved.
 * With `outside` (tokens from `tokensOutsideQuotes`): null when a quote shares its sentence with the one
 * before, whose subject is looked for back across the quoted words.
 */
export function foundIn(
  text: string,
  tokens: readonly Token[],
  spans: readonly QuoteSpan[],
  type: BodyType,
  outside = false,
): Found[] | null {
  const ranges = tokenRanges(tokens, spans)
  // Every quote's kind and sentence first, cues after: with `outside` one shared sentence gives up on all of them.
  const found: Found[] = new Array(spans.length)
  const contexts: Context[] = new Array(spans.length)
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!
    const title = looksLikeTitle(text, span.innerStart, span.innerEnd)
    const kind = quoteKind(text, span, type, title)
    const c = contextOf(text, tokens, spans, ranges, k, kind === 'partial')
    if (outside && c.sameSentence) return null
    contexts[k] = c
    found[k] = { span, kind, title, cue: null, phrase: null, sameSentence: !!c.sameSentence, speaker: null }
  }
  for (let k = 0; k < spans.length; k++) {
    const cue = findCue(contexts[k]!)
    if (cue) {
      found[k]!.cue = cue.cue
      found[k]!.phrase = cue.speaker
    }
  }
  return found
}

/**
 * Speakers for quotes with no cue: from a cued quote in the same paragraph (before it, else after it);
 * a quote opening the paragraph takes the speaker of the quote the previous paragraph left open or
 * ended with, or of an introducing `X said:` paragraph.
 */
function inherit(
  found: Found[],
  carried: Found | null,
  intro: { speaker: string; role: string | null } | null,
  text: string,
): void {
  // Taken before any quote inherits, so that only quotes with cues of their own pass speakers on.
  const cuedBefore = nearestCued(found, false)
  const cuedAfter = nearestCued(found, true)
  found.forEach((f, k) => {
    if (f.speaker || (f.cue && !f.sameSentence)) return
    if (k === 0 && (f.span.continues || isBlank(text, 0, f.span.start))) {
      if (carried?.speaker) f.speaker = carried.speaker
      else if (intro) f.speaker = intro
      if (f.speaker) return
    }
    if (f.sameSentence && found[k - 1]?.speaker) {
      f.speaker = found[k - 1]!.speaker
      return
    }
    if (f.kind === 'partial') return
    const from = cuedBefore[k] ?? cuedAfter[k]
    if (from?.speaker) f.speaker = from.speaker
  })
}

/** For each quote, the nearest quote with a cue and a speaker on one side of it (one pass). */
function nearestCued(found: readonly Found[], backwards: boolean): (Found | undefined)[] {
  const out: (Found | undefined)[] = new Array(found.length)
  let last: Found | undefined
  for (let n = 0; n < found.length; n++) {
    const k = backwards ? found.length - 1 - n : n
    out[k] = last
    const f = found[k]!
    if (f.speaker && f.cue) last = f
  }
  return out
}

/**
 * A paragraph that ends by introducing a quote: "Mr. Smith said:" / "Here is what she told reporters:".
 * `/:\s*$/u` read from the end: the regex looked for a colon through the whole of every paragraph with no quote.
 */
export function introduces(text: string): boolean {
  let end = text.length
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
  return end > 0 && text.charCodeAt(end - 1) === 0x3a
}

function introducer(text: string, tokens: readonly Token[]): Speaker | null {
  const at = tokens.length - 1
  const c = findCue({
    text,
    tokens,
    leftFrom: Math.max(0, sentenceStart(tokens, at)),
    leftTo: at,
    rightFrom: at,
    rightTo: at,
    endsSentence: false,
  })
  return c?.speaker ?? null
}

function sentenceStart(tokens: readonly Token[], at: number): number {
  let i = at
  while (i > 0 && at - i < MAX_LEFT && !endsSentence(tokens, i - 1)) i--
  return i
}
