/**
 * A story whose every part carries markup meant to run code, fetch
 * something or break out of its element when rendered as HTML: script
 * tags, event handlers, `javascript:` links, a closing `</title>`, an
 * unclosed comment, a stylesheet with a remote background, an iframe, a
 * meta refresh. Rendered safely it is just odd-looking text.
 */
/** A headline that tries to close `<title>` and run a script. */
export const HOSTILE_HEADLINE = 'Minister quits </title><script>window.__pwned = "title"</script> over <b>leak</b>'

export const HOSTILE_STORY = [
  HOSTILE_HEADLINE,
  '',
  'The row began with a post <img src=x onerror="window.__pwned = \'img\'; alert(1)"> on Monday night',
  '',
  'By Jane <script>alert("byline")</script> Doe',
  '',
  'The minister leaves the building <svg onload=alert("caption")> (Photo: <iframe src="http://evil.example/frame"></iframe>)',
  '',
  'LONDON, May 3 (Reuters) - The minister resigned on Tuesday after a document <!-- was leaked, officials said.',
  '',
  '"It was <script>alert("quote")</script> time to go," she told reporters <a href="javascript:alert(\'link\')">outside</a>.',
  '',
  'Critics pointed to [the report](javascript:alert(2)) and <style>body{background:url(http://evil.example/bg.png)}</style> a second memo.',
  '',
  '<meta http-equiv="refresh" content="0;url=http://evil.example/"> <link rel="stylesheet" href="http://evil.example/x.css">',
  '',
  'What happens now? <object data="http://evil.example/x.swf"></object>',
  '',
  'A vote is expected next week. --> <base href="http://evil.example/"> <form action="http://evil.example/"><input autofocus onfocus=alert(3)></form>',
  '',
  'Follow us on Twitter <script src="http://evil.example/x.js"></script>',
].join('\n')

/** Payloads that must reach the output as text somewhere (body, boilerplate, captions), whichever role the detectors give each line. */
export const HOSTILE_PAYLOADS = [
  '<script>',
  'onerror=',
  'javascript:',
  '<!--',
  '<style>',
  '<iframe',
  '<meta',
  '<base',
  'onfocus=',
]

/** The markup the story carries, which must never appear as markup in HTML output. */
export const HOSTILE_TAGS = [
  'script',
  'img',
  'svg',
  'iframe',
  'a',
  'style',
  'meta',
  'link',
  'object',
  'base',
  'form',
  'input',
  'b',
] as const
