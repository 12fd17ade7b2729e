// Why this exists: the rules of a web page's header cluster (the headline's search, the dek's, the cluster's
// byline, where the story starts) ask the same few lines near the headline the same questions, each many
// times over: is it a byline, a name alone, a date, does a stamp end it, what is it without its stamps. Every
// answer starts by reading the line's words, and working them out again and again was most of what issue 17's
// rules cost (bench/README.md). Each question wrapped here is answered once per line's text, and the answer
// kept while the stories around it are parsed.

/** Lines whose answers are kept at least: a group of stories parsed together asks about fewer. */
const KEPT_LINES = 2048

/** The answers by line text, each line's by question (`answered[question]`); the newer lines, then the older. */
let newer = new Map<string, unknown[]>()
let older = new Map<string, unknown[]>()
let questions = 0

/** The answers found so far for a line, kept from the older lines if there (a line asked about again stays kept). */
function answersFor(text: string): unknown[] {
  let answers = newer.get(text)
  if (answers === undefined) {
    answers = older.get(text) ?? []
    if (newer.size >= KEPT_LINES) {
      older = newer
      newer = new Map()
    }
    newer.set(text, answers)
  }
  return answers
}

/**
 * `question` asked of a line's text, answered the first time and then remembered (see the comment at the top).
 * Only for a question whose answer depends on the text alone and is never undefined; the caller must not change
 * the answer it gets.
 */
export function answerOncePerLine<T>(question: (text: string) => T): (text: string) => T {
  const id = questions++
  return (text) => {
    const answers = answersFor(text)
    let answer = answers[id] as T | undefined
    if (answer === undefined) {
      answer = question(text)
      answers[id] = answer
    }
    return answer
  }
}
