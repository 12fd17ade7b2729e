// The little XML the NITF writer needs: escaped text and attributes, elements indented a level a line.

// Characters XML 1.0 cannot hold at all (controls, lone surrogates, U+FFFE/FFFF): written as U+FFFD.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Text as element content: `&`, `<` and `>` escaped, characters XML cannot hold replaced. */
export function escapeText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Text as an attribute value in double quotes: also `"`, and line breaks kept as character references. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;')
}

export type Attributes = Record<string, string | number | null | undefined>

function attributes(attrs: Attributes): string {
  let out = ''
  for (const [name, value] of Object.entries(attrs))
    if (value !== null && value !== undefined) out += ` ${name}="${escapeAttribute(String(value))}"`
  return out
}

/** An element whose content is inline: escaped text, or markup already written (`inline`). */
export function inline(name: string, attrs: Attributes, content: string): string {
  return content === '' ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${content}</${name}>`
}

/** An element holding child elements, each on its own line, indented two spaces more than the element. */
export function block(name: string, attrs: Attributes, children: string[]): string {
  const kids = children.filter((c) => c !== '')
  if (kids.length === 0) return `<${name}${attributes(attrs)}/>`
  const inner = kids.map((c) => c.replace(/^/gm, '  ')).join('\n')
  return `<${name}${attributes(attrs)}>\n${inner}\n</${name}>`
}
