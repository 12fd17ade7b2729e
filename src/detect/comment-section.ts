import type { ParagraphClass } from './paragraph-score.js'

// A comment section under the story. Sites of every kind lay it out the same way: a header or a count ("12
// Comments", "Kommentare", "Leave a Reply", "Join the Conversation") or a form's notice ("Your email address will not
// be published"), then the readers' posts, each a name, a time and a line or two of prose with a "Reply" button under
// it. The posts are prose, so the search for the main text runs on through them; the section's first control the
// lexicon knows is where the story has ended. A count of comments printed under the headline is not: the story stands
// below it.

/** The lexicon's rules for a comment box's header, count, buttons and form notices (boilerplate/comments.ts). */
const COMMENT_RULES = new Set(['comments-control', 'comments-form'])

/** Fewest paragraphs of the story above a comment section; as many in a row right under a count are the story. */
const MIN_ABOVE = 3
/** Lines shorter than this (a name, "1 / 5") are passed over when reading the paragraphs under a control. */
const TINY = 15
/**
 * One word for a comment, alone: a table's column ("Comment") or a share row's button ("Like", "Comment", "Share"),
 * not a section's header ("Comments", "12 Comments").
 */
const LONE_COMMENT = /^(?:comment|kommentar|commentaire|comentario|comentário|commento|reactie|комментарий)$/i
/** Controls below the first that make the prose below it a thread of posts, whatever its length: "Reply", "Reply". */
const THREAD_CONTROLS = 2

/** What the rule reads of a block: its role, the rule that labelled it and its text. */
export interface TailBlock {
  role: string | null
  rule?: string | undefined
  text: string
}

/**
 * The main text's last block (by index into `blocks`; `classes` after context, `own` from each block's text),
 * pulled back before a comment section's first control: one with MIN_ABOVE good paragraphs of the region above it,
 * and either more prose above it than below (the story, then a few posts) or THREAD_CONTROLS more controls below it
 * (a long thread, a "Reply" under each post). A story under a comment count at its top has its prose below the
 * count, and no thread of controls.
 */
export function endBeforeComments(
  blocks: readonly TailBlock[],
  region: readonly [number, number],
  classes: readonly ParagraphClass[],
  own: readonly ParagraphClass[],
): number {
  const prose = (i: number) => (blocks[i]!.role === null && classes[i] === 'good' ? blocks[i]!.text.length : 0)
  const isControl = (i: number) =>
    blocks[i]!.role === 'boilerplate' && COMMENT_RULES.has(blocks[i]!.rule ?? '') && !LONE_COMMENT.test(blocks[i]!.text)
  let below = 0
  let controls = 0
  for (let i = region[0]; i <= region[1]; i++) {
    below += prose(i)
    if (isControl(i)) controls++
  }
  let above = 0
  let paragraphs = 0
  for (let i = region[0]; i <= region[1]; i++) {
    below -= prose(i)
    if (isControl(i)) {
      controls--
      const opens = paragraphs >= MIN_ABOVE && !storyBelow(blocks, own, i, region[1])
      if (opens && (above > below || controls >= THREAD_CONTROLS)) return i - 1
    }
    above += prose(i)
    if (prose(i) > 0) paragraphs++
  }
  return region[1]
}

/**
 * Whether the story stands right under a control: its next MIN_ABOVE open lines of TINY characters or more (up to
 * `last`) are good paragraphs by their own text, as under a count printed at the story's top ("11 Comments" /
 * "MOSCOW (AP) — …"). Posts are not: a name, a time stamp, a "Reply" stand between them.
 */
function storyBelow(blocks: readonly TailBlock[], own: readonly ParagraphClass[], at: number, last: number) {
  let read = 0
  for (let k = at + 1; k <= last && read < MIN_ABOVE; k++) {
    if (blocks[k]!.role !== null || blocks[k]!.text.length < TINY) continue
    if (own[k] !== 'good') return false
    read++
  }
  return read === MIN_ABOVE
}
