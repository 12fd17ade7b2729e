import {
  CJK_AUTHOR_LABEL,
  CJK_EDITOR_LABEL,
  CJK_FIELD,
  KOREAN_BYLINE,
  KOREAN_LEAD,
  PLACE_REPORT,
} from '../lexicon/cjk-byline.js'
import type { Byline } from '../model/article.js'
import { isName } from './byline.js'

// Bylines as Chinese, Japanese and Korean pages print them (src/lexicon/cjk-byline.ts): a row of labelled fields
// glued together ("来源：新华网　作者：李明　责任编辑：王芳"), a reporter's label glued to the name over the place of the
// report ("記者林怡君／台北報導"), "文・山田太郎", and the Korean name before its job ("김철수 기자").

/** A name in a script without capitals: "王小明", "山田ゆうこ", "김철수". */
export const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,8}$/u
/** A clock time glued to the fields after a date the stamp reader took: "14:22:07来源：…". */
const CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?\s*/u
/** Brackets around a reporter's line: "【記者林怡君／台北報導】". */
const BRACKETS = /^[【[]|[】\]]$/gu
/** Between the names of one field: "张伟、李明", "张伟 李明". */
const NAME_LIST = /\s*[、，,]\s*|\s+/u
/** Most names in one field. */
const MAX_NAMES = 4

/** A field's value less the white space and bars around it: "网易科学人　|" → "网易科学人". */
function withoutBars(value: string): string {
  let v = value.trim()
  while (v.endsWith('|')) v = v.slice(0, -1).trim()
  return v
}

/** The names a field's value holds, less the place of the report: "林怡君／台北報導" → ["林怡君"]; else null. */
function namesIn(value: string): string[] | null {
  const names = value.replace(PLACE_REPORT, '').trim()
  if (!names) return null
  // A name in Latin letters: "投稿者 Masafumi Negishi".
  if (names.includes(' ') && isName(names)) return [names]
  const list = names.split(NAME_LIST).filter(Boolean)
  return list.length <= MAX_NAMES && list.every((name) => CJK_NAME.test(name)) ? list : null
}

/**
 * The byline of a CJK header line, or null. A row of fields must open with a field's label; the author's field names
 * the writer, or, when it is empty or missing, the editor's ("作者：责任编辑：王小明"). A line of one field keeps its
 * label in the byline's text, as "By Jane Roe" does; a row of several gives the names alone, the source and times
 * being no part of a byline. Not "来源：新华网" (no writer), not a sentence that names an author.
 */
export function cjkByline(text: string): Byline | null {
  const korean = KOREAN_BYLINE.exec(text) ?? KOREAN_LEAD.exec(text)
  if (korean) return { text, authors: korean[1]!.split(/\s?[·,]\s?/u), agency: null }
  const line = text.replace(CLOCK, '').replace(BRACKETS, '').trim()
  const fields = [...line.matchAll(new RegExp(CJK_FIELD.source, 'gu'))]
  if (fields.length === 0 || fields[0]!.index !== 0) return null
  const values = fields.map((field, i) => ({
    label: field[1]!,
    value: withoutBars(line.slice(field.index + field[0].length, fields[i + 1]?.index ?? line.length)),
  }))
  const namesOf = (label: RegExp) =>
    values
      .filter((field) => label.test(field.label))
      .map((field) => namesIn(field.value))
      .find((names) => names !== null)
  const authors = namesOf(CJK_AUTHOR_LABEL) ?? namesOf(CJK_EDITOR_LABEL)
  if (!authors) return null
  return { text: fields.length === 1 ? line : authors.join('、'), authors, agency: null }
}
