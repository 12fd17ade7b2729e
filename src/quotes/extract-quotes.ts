import type { ParseContext } from '../detect/context.js'
import type { Quote } from '../model/article.js'
import { type Context, findCue } from './find-cue.js'
import type { QuoteSpan } from './find-spans.js'
import { findCueIntl, introducerIntl } from './intl-cue.js'
import { type Lexicon, lexiconFor, splitElisions } from './languages.js'
import { MentionIndex } from './mention-index.js'
import { endsInFullStop, endsInStop, isScareQuote, looksLikeTitle, namesAWork, quoteKind } from './quote-kind.js'
import { resolveSpeaker } from './resolve-speaker.js'
import type { Speaker } from './split-role.js'
import { storySpans } from './story-spans.js'
import { endsSentence, type Token, tokenize } from './tokens.js'

// Quotes and who said them. For each paragraph of the body: the quote spans (find-spans), the cue verb and
// speaker phrase in the sentence around each (find-cue, speaker-phrase, split-role), then names resolved
// against earlier mentions (resolve-speaker). A quote with no cue of its own takes the speaker of a cued
// quote next to it in the same paragraph, or — when it opens its paragraph — of the previous paragraph's
// quote or of an introducing `X said:` paragraph. Quotes in the headline are not reported: `block`
// indexes the body only.

type BodyType = 'paragraph' | 'subheading' | 'blockquote'

interface BodyBlock {
  text: string
  type: BodyType
}

/** The body blocks' texts and types, in the order build-article puts them in `article.body`, and the headline. */
function bodyBlocks(ctx: ParseContext): { blocks: BodyBlock[]; headline: string | undefined } {
  const blocks: BodyBlock[] = []
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
    // A paragraph opening with a dateline is quoted from what follows it (`bodyText`, set by the dateline step).
    if (type) blocks.push({ text: block.bodyText ?? block.text, type })
  }
  return { blocks, headline }
}

// A sentence is read at most this many tokens back from its quote, which keeps every look-up bounded.
const MAX_LEFT = 80

/** The tokens of a span: [first, end) indexes into the paragraph's tokens. */
interface Range {
  first: number
  end: number
}

/** The token range of each span of a paragraph (spans and tokens are both in reading order). */
function tokenRanges(tokens: readonly Token[], spans: readonly QuoteSpan[]): Range[] {
  const out: Range[] = []
  let a = 0
  for (const span of spans) {
    while (a < tokens.length && tokens[a]!.start < span.start) a++
    let b = a
    while (b < tokens.length && tokens[b]!.end <= span.end) b++
    out.push({ first: a, end: b })
    a = b
  }
  return out
}

/** The sentence context of span `k` among the spans of one paragraph (`partial`: its kind is 'partial'). */
function contextOf(
  text: string,
  tokens: readonly Token[],
  spans: readonly QuoteSpan[],
  ranges: readonly Range[],
  k: number,
  partial: boolean,
): Context {
  const span = spans[k]!
  const qa = ranges[k]!.first
  const qb = ranges[k]!.end
  const prevEnd = Math.max(k > 0 ? ranges[k - 1]!.end : 0, qa - MAX_LEFT)
  const nextStart = k + 1 < spans.length ? ranges[k + 1]!.first : tokens.length
  let leftFrom = qa
  while (leftFrom > prevEnd && !endsSentence(tokens, leftFrom - 1)) leftFrom--
  let rightTo = qb
  while (rightTo < nextStart && rightTo - qb < MAX_LEFT && !(rightTo > qb && endsSentence(tokens, rightTo - 1)))
    rightTo++
  const prev = k > 0 ? spans[k - 1]! : null
  const sameSentence =
    prev !== null &&
    leftFrom === prevEnd &&
    prevEnd === ranges[k - 1]!.end &&
    !endsInStop(text.slice(prev.innerStart, prev.innerEnd)) &&
    !(prevEnd > 0 && endsSentence(tokens, prevEnd - 1))
  return {
    text,
    tokens,
    leftFrom,
    leftTo: qa,
    rightFrom: qb,
    rightTo,
    endsSentence: endsInFullStop(text.slice(span.innerStart, span.innerEnd)),
    sameSentence,
    partial,
    sentenceFrom: sameSentence ? sentenceStart(tokens, leftFrom) : leftFrom,
  }
}

interface Found {
  span: QuoteSpan
  kind: Quote['kind']
  /** The words look like a work title (`looksLikeTitle`). */
  title: boolean
  /** The words are the title of a work named just before (`namesAWork`). */
  work: boolean
  /** The cue stands right after the quote. */
  tight: boolean
  cue: string | null
  phrase: Speaker | null
  sameSentence: boolean
  speaker: { speaker: string; role: string | null } | null
}

/** Step: quotations in body paragraphs, with their speakers. */
export function extractQuotes(ctx: ParseContext): void {
  const { blocks, headline } = bodyBlocks(ctx)
  const texts = blocks.map((block) => block.text)
  // The language's speech lexicon; English (and a language with none) reads cues with the English rules.
  const lex = lexiconFor(ctx.language)
  // Tokenised when first read: most paragraphs of a story are never read word by word.
  const tokens: Token[][] = []
  const tokensOf = (i: number): Token[] =>
    (tokens[i] ??= lex ? splitElisions(tokenize(texts[i]!), lex) : tokenize(texts[i]!))
  const byBlock = storySpans(texts, lex, tokensOf)
  if (byBlock.every((spans) => spans.length === 0)) return
  // Also remembers who quotes were given to (`lastSpeaker`, `speakers`).
  const index = new MentionIndex(texts, tokensOf, headline, lex?.names)
  let carried: Found | null = null
  let openQuote: Quote | null = null
  let intro: { speaker: string; role: string | null } | null = null
  for (let b = 0; b < texts.length; b++) {
    const text = texts[b]!
    const mine = byBlock[b]!
    if (mine.length === 0) {
      // A paragraph with no quote carries no speaker on, unless it introduces the next paragraph's quote.
      carried = null
      openQuote = null
      const lead = introduces(text) ? introducer(text, tokensOf(b), lex) : null
      intro = lead ? resolveSpeaker(index, lead, b, text.length, lex) : null
      continue
    }
    const found = foundIn(text, tokensOf(b), mine, blocks[b]!.type, lex)
    // Resolve in reading order, so that "he" finds the speaker before him.
    for (const f of found) {
      if (f.phrase) f.speaker = resolveSpeaker(index, f.phrase, b, f.span.start, lex)
      if (!f.speaker || !f.phrase) continue
      const spoken = {
        speaker: f.speaker.speaker,
        role: f.phrase.role ?? f.speaker.role,
        block: b,
        offset: f.span.start,
      }
      index.speakers.push(spoken)
      if (f.phrase.name || f.phrase.pronoun || lex) index.lastSpeaker = spoken
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
      if (isScareQuote(inner, f.kind, !!f.cue || !!f.speaker) || (!f.cue && f.title) || (f.work && !f.tight)) continue
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

/** The quotes of one paragraph (its spans, in order) with their kinds and cues; speakers not yet resolved. */
function foundIn(
  text: string,
  tokens: readonly Token[],
  spans: readonly QuoteSpan[],
  type: BodyType,
  lex: Lexicon | null,
): Found[] {
  const ranges = tokenRanges(tokens, spans)
  return spans.map((span, k) => {
    const title = looksLikeTitle(text.slice(span.innerStart, span.innerEnd))
    const kind = quoteKind(text, span, type, title)
    const c = contextOf(text, tokens, spans, ranges, k, kind === 'partial')
    const cue = lex ? findCueIntl(lex, c) : findCue(c)
    return {
      span,
      kind,
      title,
      work: namesAWork(text.slice(span.innerStart, span.innerEnd), tokens, ranges[k]!.first, lex),
      // "a short film called \"Somos Vecinos\"": a cue right before the quote says so too.
      tight: !!cue?.tight || (!!cue && tokens[ranges[k]!.first - 1]?.t === cue.cue),
      cue: cue?.cue ?? null,
      phrase: cue?.speaker ?? null,
      sameSentence: c.sameSentence ?? false,
      speaker: null,
    }
  })
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
    if (k === 0 && (f.span.continues || text.slice(0, f.span.start).trim() === '')) {
      if (carried?.speaker) f.speaker = carried.speaker
      else if (intro) f.speaker = intro
      if (f.speaker) return
    }
    if ((f.sameSentence || f.span.resumes) && found[k - 1]?.speaker) {
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

/** A paragraph that ends by introducing a quote: "Mr. Smith said:" / "Here is what she told reporters:". */
export function introduces(text: string): boolean {
  return text.trimEnd().endsWith(':')
}

function introducer(text: string, tokens: readonly Token[], lex: Lexicon | null): Speaker | null {
  const at = tokens.length - 1
  if (lex) return introducerIntl(lex, text, tokens, Math.max(0, sentenceStart(tokens, at)))
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
