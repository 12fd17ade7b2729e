import type { Context } from './find-cue.js'
import type { QuoteSpan } from './find-spans.js'
import { cueAfter, type VerbAt, verbAt } from './intl-cue.js'
import { phraseAfter } from './intl-phrase.js'
import type { Lexicon } from './languages.js'
import { endsSentence, type Token } from './tokens.js'

// Quotations opened by a dash instead of marks, as Nordic agency copy writes every quote and some Spanish,
// French, Italian and Portuguese copy writes dialogue:
//   – Vi er fornøyde, sier Hansen.          the quote runs to the comma before its attribution;
//   - Det er første gang, at kommunen …    with no attribution, to the end of the paragraph;
//   …i vinter. – Det er krevende …, forteller Dahl.   after a sentence end, where copy ran paragraphs
//                                                    together, when an attribution closes it.
// Where the convention is not the language's own ('attributed'), only a paragraph that opens with a dash and
// names its speaker is read. A dash inside a sentence ("en minisatellit – en såkaldt cubesat –") opens nothing.

const DASHES = new Set(['–', '—', '-', '―'])
/** The soft hyphen: invisible, it stands where copy was cut and joined. */
const SOFT_HYPHEN = '\u00ad'

/** Whether a dash at token `i` opens a quote: a space, then a capital or a digit. */
function opensQuote(text: string, tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i]!
  const next = tokens[i + 1]
  if (!DASHES.has(dash.t) || !next?.word || next.start <= dash.end) return false
  return /^[\p{Lu}\p{N}]/u.test(next.t) && /^\s+$/u.test(text.slice(dash.end, next.start))
}

/** The token before `i`, stepping over soft hyphens. */
function before(tokens: readonly Token[], i: number): number {
  let k = i - 1
  while (k >= 0 && tokens[k]!.t === SOFT_HYPHEN) k--
  return k
}

/** The index of the comma or dash that ends the quote opened at `from` and starts its attribution, or -1. */
function attribution(lex: Lexicon, text: string, tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.t !== ',' && !DASHES.has(t.t)) continue
    // The attribution is read up to the end of its sentence, or a long one's first words.
    let end = k + 1
    while (end < tokens.length && end - k < 24 && !endsSentence(tokens, end - 1)) end++
    const c: Context = { text, tokens, leftFrom: from, leftTo: k, rightFrom: k, rightTo: end, endsSentence: false }
    const cue = cueAfter(lex, c)
    if (cue?.tight && cue.speaker && (cue.speaker.speaker || cue.speaker.pronoun)) {
      // A verb with no subject said is an attribution only where the verb is the sentence's last word.
      if (!cue.speaker.speaker && end - k > 3) continue
      return k
    }
  }
  return -1
}

/** The dash-quotes of one paragraph, in order. */
export function dashSpans(lex: Lexicon, text: string, tokens: readonly Token[], block: number): QuoteSpan[] {
  if (lex.dashQuotes === 'never') return []
  const out: QuoteSpan[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (!opensQuote(text, tokens, i)) continue
    const prev = before(tokens, i)
    const atStart = prev < 0
    if (!atStart && !(lex.dashQuotes === 'always' && endsSentence(tokens, prev))) continue
    const end = attribution(lex, text, tokens, i + 1)
    if (end < 0 && !(atStart && lex.dashQuotes === 'always')) continue
    const last = end < 0 ? tokens.length - 1 : end - 1
    const innerEnd = tokens[last]!.end
    out.push({
      block,
      start: tokens[i]!.start,
      end: innerEnd,
      innerStart: tokens[i + 1]!.start,
      innerEnd,
      closed: true,
      continues: false,
      family: 'double',
    })
    if (end < 0) break
    i = end
  }
  return out
}

/**
 * A quote interrupted by its attribution, split in two around it (the attribution belongs to neither part):
 *   «Es difícil –admitió García– pero seguiremos»            a cue verb between dashes;
 *   « Ridicule. Cette règle est devenue l'usage, explique Julien Mardel. Les dossiers … »
 *   « Nous restons prudents, affirme-t-elle. Mais … »        a cue verb after a comma, its phrase ending a
 *                                                            sentence.
 * The second part `resumes` the quote: it is direct and takes the first part's speaker.
 */
export function splitInterrupted(lex: Lexicon, text: string, tokens: readonly Token[], span: QuoteSpan): QuoteSpan[] {
  const first = tokens.findIndex((t) => t.start >= span.innerStart)
  if (first < 0) return [span]
  for (let k = first + 1; k < tokens.length && tokens[k]!.end <= span.innerEnd; k++) {
    const mark = tokens[k]!
    const dash = DASHES.has(mark.t)
    if (!dash && mark.t !== ',') continue
    let v = k + 1
    // "–se indica en el informe–", "– si legge –": a reflexive before the verb.
    if (dash && /^(?:se|si)$/u.test(tokens[v]?.lower ?? '')) v++
    const verb = verbAt(lex, tokens, v)
    if (!verb) continue
    const resume = dash
      ? afterDash(tokens, verb.end, span.innerEnd)
      : afterComma(lex, text, tokens, verb, span.innerEnd)
    if (resume < 0) continue
    const head = text.slice(span.innerStart, mark.start).trimEnd()
    const headEnd = span.innerStart + head.length
    const restStart = resume < tokens.length ? Math.min(tokens[resume]!.start, span.innerEnd) : span.innerEnd
    if (!/[\p{L}\p{N}]/u.test(head)) return [span]
    const parts: QuoteSpan[] = [{ ...span, end: headEnd, innerEnd: headEnd, closed: true }]
    if (/[\p{L}\p{N}]/u.test(text.slice(restStart, span.innerEnd)))
      parts.push(
        ...splitInterrupted(lex, text, tokens, {
          ...span,
          start: restStart,
          innerStart: restStart,
          continues: false,
          resumes: true,
        }),
      )
    return parts
  }
  return [span]
}

/** Where the quote resumes after an attribution closed by a dash ("–admitió García–" and a comma), or -1. */
function afterDash(tokens: readonly Token[], from: number, innerEnd: number): number {
  for (let k = from; k < tokens.length && k - from <= 12 && tokens[k]!.end <= innerEnd; k++) {
    if (!DASHES.has(tokens[k]!.t)) continue
    return tokens[k + 1]?.t === ',' ? k + 2 : k + 1
  }
  return -1
}

/**
 * Where the quote resumes after an attribution set off by a comma ("…, explique Antony Fastier, toxicologue.
 * Les études …", "…, dijo García, pero …"), or -1: the attribution names its speaker and ends its sentence,
 * or ends at a comma with the quote going on in lower case.
 */
function afterComma(lex: Lexicon, text: string, tokens: readonly Token[], verb: VerbAt, innerEnd: number): number {
  // "…, affirme-t-elle. Mais …": the verb with its pronoun ends the sentence.
  if (verb.pronoun && endsSentence(tokens, verb.end - 1)) return verb.end
  for (let k = verb.end; k < tokens.length && k - verb.end <= 16 && tokens[k]!.end <= innerEnd; k++) {
    const t = tokens[k]!
    const next = tokens[k + 1]
    const stop = t.t === '.' || (t.word && endsSentence(tokens, k))
    // "…, dijo García, pero seguiremos": a conjunction after the comma carries the quote on.
    const comma = t.t === ',' && !!next?.word && lex.stops.has(next.lower) && !lex.particles.has(next.lower)
    if (!stop && !comma) continue
    if (!verb.pronoun && !phraseAfter(lex, text, tokens, verb.end, k + 1)) return -1
    return k + 1
  }
  return -1
}
