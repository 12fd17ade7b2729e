// Whether a file is NITF, told without parsing it (the XML parser is loaded only for files that are).

const DECLARATION = /^\uFEFF?\s*<\?xml\b/
const NAME = /[\p{L}_][\p{L}\p{N}_.:-]*/uy
/** How far into a file the root element is looked for. */
const PROLOGUE_LIMIT = 64 * 1024

/**
 * Where what opens at `at` ends: a comment, a processing instruction (the declaration among
 * them) or a DOCTYPE, its internal subset in brackets included; -1 for anything else.
 */
function skipMarkup(text: string, at: number): number {
  const close = (end: string, from: number) => {
    const i = text.indexOf(end, from)
    return i < 0 ? -1 : i + end.length
  }
  if (text.startsWith('<!--', at)) return close('-->', at + 4)
  if (text.startsWith('<?', at)) return close('?>', at + 2)
  if (!text.startsWith('<!DOCTYPE', at)) return -1
  const gt = text.indexOf('>', at)
  const bracket = text.indexOf('[', at)
  if (bracket < 0 || (gt >= 0 && gt < bracket)) return gt < 0 ? -1 : gt + 1
  const end = text.indexOf(']', bracket)
  return end < 0 ? -1 : close('>', end)
}

/** The root element's name of a text that opens with an XML declaration, or null (a text that is not XML). */
export function xmlRootName(text: string): string | null {
  if (!DECLARATION.test(text)) return null
  const head = text.slice(0, PROLOGUE_LIMIT)
  let at = head.indexOf('<?xml')
  while (at >= 0 && at < head.length) {
    while (at < head.length && /\s/.test(head[at]!)) at++
    if (head[at] !== '<') return null
    const next = skipMarkup(head, at)
    if (next >= 0) {
      at = next
      continue
    }
    NAME.lastIndex = at + 1
    return NAME.exec(head)?.[0] ?? null
  }
  return null
}

/** An XML document whose root is `<nitf>` (with or without a prefix). */
export function looksLikeNitf(text: string): boolean {
  const root = xmlRootName(text)
  return root !== null && /^(?:[\w.-]+:)?nitf$/.test(root)
}

/** Whether to read a file as NITF: asked for, a `.xml` file, or a text that is a NITF document. */
export function readsAsNitf(path: string | null | undefined, text: string, from: string | undefined): boolean {
  if (from) return from === 'nitf'
  return /\.xml$/i.test(path ?? '') || looksLikeNitf(text)
}
