import { characterEntitiesHtml4 } from 'character-entities-html4'
import { SaxesParser } from 'saxes'

// An XML document as a small tree, read with saxes (a conforming, non-validating parser: no
// external entities, no DTD fetched). Each element keeps where its content lies in the text, so
// what is read from it can point back into the file.

export interface XmlElement {
  /** The local name, without a namespace prefix. */
  name: string
  attrs: Record<string, string>
  children: XmlNode[]
  /** Offsets of the content: just after the start tag, and at the end tag (equal for an empty element). */
  start: number
  end: number
}
export type XmlNode = XmlElement | string

export type XmlResult = { root: XmlElement; error?: undefined } | { error: string; root?: undefined }

function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

/** The document's root element, or why the text is not well-formed XML (the first error, with its line and column). */
export function parseXml(text: string): XmlResult {
  const parser = new SaxesParser({ position: true })
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let error: string | undefined
  // A document with a DOCTYPE may use the ISO entity sets its DTD declares (NITF's names Latin-1,
  // symbols and punctuation: &eacute;, &mdash;, &nbsp;), the ones HTML 4 also names. The DTD is never
  // fetched: those names are known here, and any other undeclared entity is still an error.
  parser.on('doctype', () => {
    Object.assign(parser.ENTITIES, characterEntitiesHtml4)
  })
  parser.on('error', (e) => {
    error ??= e.message
  })
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {}
    for (const [key, value] of Object.entries(tag.attributes)) attrs[localName(key)] = String(value)
    const element: XmlElement = { name: localName(tag.name), attrs, children: [], start: parser.position, end: 0 }
    if (tag.isSelfClosing) element.end = element.start
    stack.at(-1)?.children.push(element)
    root ??= element
    stack.push(element)
  })
  parser.on('closetag', (tag) => {
    const element = stack.pop()
    if (element && !tag.isSelfClosing) element.end = Math.max(element.start, parser.position - tag.name.length - 3)
  })
  const addText = (value: string) => {
    if (stack.length) stack.at(-1)!.children.push(value)
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  try {
    parser.write(text).close()
  } catch (e) {
    error ??= (e as Error).message
  }
  if (error !== undefined) return { error }
  return root ? { root } : { error: 'no root element' }
}

/** Every character of an element's text, its descendants' included, in order. */
export function textOf(node: XmlNode): string {
  if (typeof node === 'string') return node
  let out = ''
  for (const child of node.children) out += typeof child === 'string' ? child : textOf(child)
  return out
}

/** The first child element with this name, if any. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name)
}

/** The child elements with these names, in order. */
export function childrenNamed(element: XmlElement | undefined, ...names: string[]): XmlElement[] {
  return (element?.children ?? []).filter((c): c is XmlElement => typeof c !== 'string' && names.includes(c.name))
}
