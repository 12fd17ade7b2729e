import { describe, expect, test } from 'vitest'
import { cjkByline } from '../src/detect/byline-cjk.js'

// Each row pins one convention of a CJK byline (src/lexicon/cjk-byline.ts): [line, text, authors]; then lines that
// are no byline.
describe('cjkByline', () => {
  test.each([
    // A row of fields: the author's field names the writer; the byline's text is the names alone.
    ['来源：新华网　作者：李明　责任编辑：王芳', '李明', ['李明']],
    // The author's field empty: the editor in charge stands for the writer.
    ['14:22:07来源：海港日报作者：责任编辑：王小明', '王小明', ['王小明']],
    ['来源：人民日报　记者 张伟 李明', '张伟、李明', ['张伟', '李明']],
    // One field: its label stays in the text, as "By" does.
    ['責任編輯：黃小明', '責任編輯：黃小明', ['黃小明']],
    ['文／林怡君', '文／林怡君', ['林怡君']],
    ['文・山田太郎', '文・山田太郎', ['山田太郎']],
    ['著者：山田太郎', '著者：山田太郎', ['山田太郎']],
    ['執筆者：佐藤花子', '執筆者：佐藤花子', ['佐藤花子']],
    // A Taiwanese reporter's line: the place of the report is no name.
    ['記者林怡君／台北報導', '記者林怡君／台北報導', ['林怡君']],
    ['【記者林怡君／台北報導】', '記者林怡君／台北報導', ['林怡君']],
    // Korean: the job after the name, or "글" before it.
    ['김철수 기자', '김철수 기자', ['김철수']],
    ['[서울=뉴시스] 김철수 기자', '[서울=뉴시스] 김철수 기자', ['김철수']],
    ['김철수·이영희 기자 kim@example.co.kr', '김철수·이영희 기자 kim@example.co.kr', ['김철수', '이영희']],
    ['박민수 특파원', '박민수 특파원', ['박민수']],
    ['글 김철수', '글 김철수', ['김철수']],
  ])('%s', (line, text, authors) => {
    const byline = cjkByline(line)
    expect(byline).not.toBeNull()
    expect(byline!.text).toBe(text)
    expect(byline!.authors).toEqual(authors)
  })

  test.each([
    // A source and a time name no writer.
    '来源：新华网',
    '2021-06-15 14:22　来源：海港日报',
    // A field that does not open the line: a sentence that names an author.
    '这篇文章的作者：王小明说',
    // "文" without its separator is a word.
    '文化新闻',
    // A field whose value is a sentence, not a name.
    '作者：这是一篇很长的文章的作者介绍内容',
    '기자회견 열려',
    '김철수 기자가 말했다',
    'Tags :',
  ])('not a byline: %s', (line) => {
    expect(cjkByline(line)).toBeNull()
  })
})
