// Which characters a pattern's matches can open and close a text with, read
// from the pattern's own source. A detector that tries many patterns on every
// line (boilerplate.ts) uses it to pass over the patterns a line cannot
// match: nothing has to be kept in step by hand, and a pattern the reader
// does not understand is simply tried on every line.

/** One step of a pattern, as far as its ends are concerned. */
type Node =
  | { type: 'char'; source: string }
  | { type: 'start' | 'end' | 'assertion' }
  | { type: 'sequence'; items: Node[] }
  | { type: 'either'; options: Node[] }
  | { type: 'repeat'; body: Node; min: number }

/** What the reader meets and does not follow (a back-reference): the pattern then gets no filter. */
class Unreadable extends Error {}

/** The tokens `read` takes from a pattern's source, each at a given place (sticky). */
const GROUP_OPEN = /\((\?(?::|=|!|<=|<!|<[\p{L}\p{N}_$]+>))?/uy
const CHAR_CLASS = /\[(?:\\.|[^\]\\])*\]/suy
const ESCAPE = /\\(?:[pP]\{[^}]*\}|u\{[\da-fA-F]+\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|c[a-zA-Z]|k<[^>]*>|.)/suy
const QUANTIFIER = /(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/y

/** Reads a pattern's source into Nodes: characters, groups, alternatives, repeats, anchors and other assertions. */
function read(source: string): Node {
  let at = 0
  // The token patterns are sticky: each reads at `at` in the source itself, where one reading a copy of
  // the rest (`source.slice(at)`) made reading a pattern of n characters take time in n².
  const readAt = (token: RegExp): RegExpExecArray | null => {
    token.lastIndex = at
    return token.exec(source)
  }
  const either = (): Node => {
    const options = [sequence()]
    while (source[at] === '|') {
      at++
      options.push(sequence())
    }
    return options.length === 1 ? options[0]! : { type: 'either', options }
  }
  const sequence = (): Node => {
    const items: Node[] = []
    while (at < source.length && source[at] !== '|' && source[at] !== ')') items.push(repeated(atom()))
    return { type: 'sequence', items }
  }
  const atom = (): Node => {
    const c = source[at]!
    if (c === '^' || c === '$') {
      at++
      return { type: c === '^' ? 'start' : 'end' }
    }
    if (c === '(') {
      const head = readAt(GROUP_OPEN)![0]
      // A group with modifiers, "(?i:…)", is not read.
      if (head === '(' && source[at + 1] === '?') throw new Unreadable(source)
      at += head.length
      const body = either()
      if (source[at++] !== ')') throw new Unreadable(source)
      // A lookahead or lookbehind only narrows where the pattern matches: it consumes nothing.
      return ['(?=', '(?!', '(?<=', '(?<!'].includes(head) ? { type: 'assertion' } : body
    }
    if (c === '[') {
      const m = readAt(CHAR_CLASS)
      if (!m) throw new Unreadable(source)
      at += m[0].length
      return { type: 'char', source: m[0] }
    }
    if (c === '\\') {
      const m = readAt(ESCAPE)![0]
      at += m.length
      if (m === '\\b' || m === '\\B') return { type: 'assertion' }
      if (/^\\(?:[1-9]|k<)/.test(m)) throw new Unreadable(source)
      return { type: 'char', source: m }
    }
    at++
    return { type: 'char', source: c }
  }
  const repeated = (body: Node): Node => {
    const m = readAt(QUANTIFIER)
    if (!m) return body
    at += m[0].length
    const min = m[0][0] === '+' ? 1 : m[1] !== undefined ? Number(m[1]) : 0
    return { type: 'repeat', body, min }
  }
  const node = either()
  if (at !== source.length) throw new Unreadable(source)
  return node
}

/** The characters that may come first (or, `fromEnd`, last) in a match of `node`, and whether it may match nothing. */
function ends(node: Node, fromEnd: boolean): { chars: string[]; empty: boolean } {
  switch (node.type) {
    case 'char':
      return { chars: [node.source], empty: false }
    case 'start':
    case 'end':
    case 'assertion':
      return { chars: [], empty: true }
    case 'repeat': {
      const body = ends(node.body, fromEnd)
      return { chars: body.chars, empty: body.empty || node.min === 0 }
    }
    case 'either': {
      const options = node.options.map((o) => ends(o, fromEnd))
      return { chars: options.flatMap((o) => o.chars), empty: options.some((o) => o.empty) }
    }
    case 'sequence': {
      const chars: string[] = []
      for (const item of fromEnd ? [...node.items].reverse() : node.items) {
        const e = ends(item, fromEnd)
        chars.push(...e.chars)
        if (!e.empty) return { chars, empty: false }
      }
      return { chars, empty: true }
    }
  }
}

/**
 * Whether every match of `node` passes `^` (or, `fromEnd`, `$`). Such a match
 * starts at the start of the text (ends at its end): nothing it consumed
 * before the anchor can have moved it from there.
 */
function anchored(node: Node, fromEnd: boolean): boolean {
  switch (node.type) {
    case 'start':
      return !fromEnd
    case 'end':
      return fromEnd
    case 'repeat':
      return node.min > 0 && anchored(node.body, fromEnd)
    case 'either':
      return node.options.every((o) => anchored(o, fromEnd))
    case 'sequence':
      return node.items.some((item) => anchored(item, fromEnd))
    default:
      return false
  }
}

/**
 * For each ASCII code unit, whether a match of `pattern` may open (or, `fromEnd`, close) a text with it;
 * null when a match may open (close) a text with anything: the pattern is not held at that edge of the
 * text, may match nothing there, or holds what `read` does not follow.
 */
function edgeTable(pattern: RegExp, fromEnd: boolean): boolean[] | null {
  if (pattern.multiline || pattern.sticky || pattern.flags.includes('v')) return null
  let node: Node
  try {
    node = read(pattern.source)
  } catch (e) {
    if (e instanceof Unreadable) return null
    throw e
  }
  const found = ends(node, fromEnd)
  if (!anchored(node, fromEnd) || found.empty) return null
  const flags = pattern.flags.replace(/[gd]/g, '')
  // One pattern for all the characters, each written once: it is built while the CLI starts, and a
  // pattern each (often the same letter again, as in `^(?:share|subscribe|sign up)`) cost more to compile.
  const edge = new RegExp(`^(?:${[...new Set(found.chars)].join('|')})$`, flags)
  return Array.from({ length: 128 }, (_, code) => edge.test(String.fromCharCode(code)))
}

const asChars = (table: boolean[] | null): string | null =>
  table?.map((ok, code) => (ok ? String.fromCharCode(code) : '')).join('') ?? null

/** Which first and last characters a text needs for a pattern to match it. */
export class MatchEnds {
  private readonly firstTable: boolean[] | null
  private readonly lastTable: boolean[] | null

  constructor(readonly pattern: RegExp) {
    this.firstTable = edgeTable(pattern, false)
    this.lastTable = edgeTable(pattern, true)
  }

  /** The ASCII characters a match may open a text with, or null for any. */
  get first(): string | null {
    return asChars(this.firstTable)
  }

  /** The ASCII characters a match may close a text with, or null for any. */
  get last(): string | null {
    return asChars(this.lastTable)
  }

  /**
   * Whether a text opening with the code unit `first` and closing with `last` may match; any beyond ASCII (or NaN,
   * past the end of an empty text) is let through.
   */
  allows(first: number, last: number): boolean {
    const opens = this.firstTable === null || !(first < 128) || this.firstTable[first]!
    return opens && (this.lastTable === null || !(last < 128) || this.lastTable[last]!)
  }

  /** Whether `text` may match, by its first and last code units. */
  mayMatch(text: string): boolean {
    return this.allows(text.charCodeAt(0), text.charCodeAt(text.length - 1))
  }
}
