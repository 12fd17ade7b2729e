/**
 * Why a record of `--from ndjson` gave an error line instead of Articles.
 * - `invalid-json`: the line is not JSON;
 * - `not-an-object`: it is JSON, but not an object (`[…]`, `"…"`, `42`);
 * - `missing-text`: the object has no text field (or it is null);
 * - `bad-text`: the text field is not a string;
 * - `bad-id`: the id field is not a string or a whole number JSON carries exactly;
 * - `too-large`: the line is over `--max-size`;
 * - `binary`: the line, or its text, is binary data (NUL bytes, an image's or archive's signature);
 * - `unreadable`: the input could not be read (from this line on);
 * - `parse-failed`: the parser failed on the text (a bug: please report it).
 */
export type RecordFailure =
  | 'invalid-json'
  | 'not-an-object'
  | 'missing-text'
  | 'bad-text'
  | 'bad-id'
  | 'too-large'
  | 'binary'
  | 'unreadable'
  | 'parse-failed'

/** Which record a task is: its id (null when it has none), its line in its input, and why it failed before parsing. */
export interface RecordRef {
  id: string | null
  /** 1 for the first line; null when the input could not be read at all. */
  line: number | null
  error?: RecordFailure
}

/** How messages and the summary name a record: `stdin#12`, `lake/a.ndjson#3` (its input and line). */
export function recordName(path: string | null, line: number | null): string {
  return line === null ? (path ?? 'stdin') : `${path ?? 'stdin'}#${line}`
}

/**
 * The line a record that failed gives in place of its Articles:
 * `{"source":{"id":…,"line":N},"error":{"reason":…,"message":…}}`, with the
 * input's `path` first in `source` when it is a file (not stdin).
 */
export function recordErrorLine(path: string | null, record: RecordRef, message: string): string {
  const source = path === null ? { id: record.id, line: record.line } : { path, id: record.id, line: record.line }
  return JSON.stringify({ source, error: { reason: record.error ?? 'parse-failed', message } })
}
