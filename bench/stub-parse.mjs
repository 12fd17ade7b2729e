// Stands in for dist/parse/parse-article.js in the parse-free worker that
// bench/run.mjs builds (see bench/parse-free.mjs): each file becomes one
// Article of the real shape whose body is the file's text, unparsed. The rest
// of the batch (walk, pool, reading, decoding, rendering, atomic writes,
// summary) is the real code, so that batch's time is what the pipeline
// costs without the parser.
export function readsAsMarkdown() {
  return false
}

export async function loadMarkdownSegmenter() {}

function article(file) {
  const text = String(file.value)
  return {
    schemaVersion: 1,
    source: { path: file.path ?? null, encoding: 'utf-8', story: 1, stories: 1 },
    language: null,
    headline: null,
    standfirst: null,
    byline: null,
    dateline: null,
    images: [],
    body: [{ type: 'paragraph', text }],
    quotes: [],
    boilerplate: [],
    stats: { words: 0, paragraphs: 1, quotes: 0, readingMinutes: 0 },
    messages: [],
  }
}

export function parseFilesTogether(files) {
  return files.map((file) => ({ articles: [article(file)] }))
}
