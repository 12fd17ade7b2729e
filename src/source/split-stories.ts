/** Where one story lies in the file's text. */
export interface StorySpan {
  start: number
  end: number
}

/** Splits a file's text into stories. A plain file is one story. */
export function splitStories(text: string): StorySpan[] {
  return [{ start: 0, end: text.length }]
}
