import type { Element, RootContent as HastContent, Root as HastRoot } from 'hast'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import type { Article } from '../model/article.js'
import { toMdast } from './mdast.js'

export interface HtmlOptions {
  keepBoilerplate?: boolean
  /** A whole document (doctype, head, title, stylesheet) rather than one `<article>`. */
  standalone?: boolean
}

const STYLE = `
body{margin:0;padding:2rem 1rem;background:#fdfdfc;color:#1b1b1b;font:1.125rem/1.6 Georgia,'Times New Roman',serif}
article{max-width:40rem;margin:0 auto}
h1{font-size:2rem;line-height:1.2;margin:0 0 .75rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem}
.standfirst{font-size:1.25rem;color:#444}
.byline{font-style:normal;font-weight:bold;margin:.5rem 0}
.dateline{font-weight:bold;text-transform:uppercase;font-style:normal}
figure{margin:1.5rem 0;padding:.5rem 0;border-top:1px solid #ddd;border-bottom:1px solid #ddd}
figcaption{font-size:.9rem;color:#555}
.credit{font-size:.8rem;color:#777;font-style:normal}
.quote{font-style:normal}
aside.boilerplate{margin-top:2rem;font-size:.85rem;color:#777;border-top:1px dashed #ccc}
`.trim()

function el(tagName: string, properties: Element['properties'], children: HastContent[]): Element {
  return { type: 'element', tagName, properties, children: children as Element['children'] }
}

function toDocument(article: Article, content: HastRoot): HastRoot {
  // Cut by code points, not UTF-16 units, so an emoji at the 80th character is never split into a lone surrogate.
  const title = article.headline ?? (article.body[0] ? [...article.body[0].text].slice(0, 80).join('') : 'Article')
  const head = el('head', {}, [
    el('meta', { charSet: 'utf-8' }, []),
    el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }, []),
    el('meta', { name: 'generator', content: 'article-parse' }, []),
    el('title', {}, [{ type: 'text', value: title }]),
    el('style', {}, [{ type: 'text', value: STYLE }]),
  ])
  const body = el('body', {}, content.children)
  return {
    type: 'root',
    children: [{ type: 'doctype' }, el('html', { lang: article.language ?? 'und' }, [head, body])],
  }
}

/**
 * HTML through remark-rehype and rehype-stringify; raw HTML is never passed through, so input text is always escaped.
 */
export function renderHtml(article: Article, options: HtmlOptions = {}): string {
  const mdast = toMdast(article, { keepBoilerplate: options.keepBoilerplate, target: 'html' })
  const processor = unified()
    .use(remarkRehype, { allowDangerousHtml: false })
    .use(rehypeStringify, { allowDangerousHtml: false })
  const hast = processor.runSync(mdast) as HastRoot
  const tree = options.standalone ? toDocument(article, hast) : hast
  return `${processor.stringify(tree)}\n`
}
