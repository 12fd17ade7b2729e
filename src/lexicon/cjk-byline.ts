import type { Examples } from './examples.js'
import { anyOf } from './pattern-parts.js'

// How Chinese, Japanese and Korean pages credit a story's writer. Chinese portals print a row of labelled fields under
// the headline, glued together: "2021-06-15 14:22 来源：新华网 作者：李明 责任编辑：王芳" (source, author, editor in
// charge); Taiwanese papers open the story with "記者林怡君／台北報導" (reporter, place, "reports"); Japanese pages write
// "文・山田太郎", "著者：山田太郎", "執筆者"; Korean papers put the job after the name: "김철수 기자" (reporter),
// "김철수 특파원" (correspondent), or lead with "글" (text). Data for src/detect/byline-cjk.ts.

/** Labels of the writer's field: author, reporter, correspondent, "text by", writer, contributor. */
const AUTHOR_FIELDS = [
  '作者',
  '记者',
  '記者',
  '特约记者',
  '特約記者',
  '撰文',
  '撰稿',
  '通讯员',
  '通訊員',
  '著者',
  '執筆者?',
  '筆者',
  '投稿者',
  '文',
]
/** Labels of the editor's field: the editor in charge names the story's writer when no author field does. */
const EDITOR_FIELDS = ['责任编辑', '責任編輯', '责编', '責編', '编辑', '編輯']
/** Labels of the row's other fields, which end the value before them: source, time, views, photo, translator. */
const OTHER_FIELDS = [
  '来源',
  '來源',
  '出处',
  '出處',
  '发布时间',
  '發布時間',
  '时间',
  '時間',
  '浏览',
  '阅读',
  '摄影',
  '攝影',
]

/** A field's separator after its label: a colon, a slash, a middle dot, an equals sign. */
const SEPARATOR = '[:：／/・=＝]'

/**
 * A labelled field of a CJK header row: an author's, an editor's or another's label and its separator. "记者"/"記者"
 * may be glued to the name ("記者林怡君／台北報導"), "文" (one character, a common word) needs its separator.
 */
export const CJK_FIELD = new RegExp(
  `(${anyOf(EDITOR_FIELDS)}|${anyOf(AUTHOR_FIELDS)}|${anyOf(OTHER_FIELDS)})(?:\\s*${SEPARATOR}\\s*|(?<=[记記]者)\\s*)`,
  'u',
)

/** @examples read by test/lexicon-examples.test.ts (each a whole field label) */
export const CJK_FIELD_EXAMPLES: Examples = {
  match: ['作者：', '来源：', '责任编辑：', '記者', '文／', '文・', '著者：', '執筆者：'],
  noMatch: ['文', '作家：', '编者按'],
}

/** Whether a field's label is an author's or an editor's. */
export const CJK_AUTHOR_LABEL = new RegExp(`^${anyOf(AUTHOR_FIELDS)}$`, 'u')
export const CJK_EDITOR_LABEL = new RegExp(`^${anyOf(EDITOR_FIELDS)}$`, 'u')

/** @examples read by test/lexicon-examples.test.ts */
export const CJK_AUTHOR_LABEL_EXAMPLES: Examples = { match: ['作者', '記者', '文', '執筆'], noMatch: ['编辑', '来源'] }
/** @examples read by test/lexicon-examples.test.ts */
export const CJK_EDITOR_LABEL_EXAMPLES: Examples = { match: ['责任编辑', '編輯'], noMatch: ['作者', '编者'] }

/** A place's report after a Taiwanese reporter's name: "／台北報導", "/高雄报道". */
export const PLACE_REPORT = /[／/][\p{Script=Han}]{2,6}(?:報導|报道)$/u

/** @examples read by test/lexicon-examples.test.ts */
export const PLACE_REPORT_EXAMPLES: Examples = {
  match: ['林怡君／台北報導', '李明/北京报道'],
  noMatch: ['林怡君', '台北報導'],
}

/** A Korean name of two to four syllables. */
const HANGUL_NAME = String.raw`\p{Script=Hangul}{2,4}`

/**
 * A Korean byline: names (joined by "·" or ",") and the writer's job after them, perhaps under an agency's tag and
 * over an address: "김철수 기자", "[서울=뉴시스] 김철수 기자", "김철수·이영희 기자 kim@example.co.kr", "김철수 특파원".
 */
export const KOREAN_BYLINE = new RegExp(
  String.raw`^(?:\[[^\]]{1,20}\]\s*)?(${HANGUL_NAME}(?:\s?[·,]\s?${HANGUL_NAME}){0,3})\s?` +
    String.raw`(?:선임|수석|객원|인턴)?(?:기자|특파원|통신원|논설위원)(?:\s+\S+@\S+)?\s*=?$`,
  'u',
)

/** @examples read by test/lexicon-examples.test.ts */
export const KOREAN_BYLINE_EXAMPLES: Examples = {
  match: ['김철수 기자', '[서울=뉴시스] 김철수 기자', '김철수·이영희 기자 kim@example.co.kr', '박민수 특파원'],
  noMatch: ['기자회견 열려', '김철수 기자가 말했다', '기자'],
}

/** A Korean lead before the names: "글 김철수", "글·사진 김철수" (text and photos). */
export const KOREAN_LEAD = new RegExp(String.raw`^글(?:\s?[·/]\s?사진)?(?:\s?[:：])?\s(${HANGUL_NAME})$`, 'u')

/** @examples read by test/lexicon-examples.test.ts */
export const KOREAN_LEAD_EXAMPLES: Examples = {
  match: ['글 김철수', '글·사진 이영희'],
  noMatch: ['글쓰기 교실', '김철수'],
}
