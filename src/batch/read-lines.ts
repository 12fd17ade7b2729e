/** One line of a byte stream, without its line ending; `size` alone when it was over the limit (its bytes dropped). */
export type ByteLine = { number: number; bytes: Buffer; size?: undefined } | { number: number; size: number }

const NEWLINE = 0x0a
const RETURN = 0x0d

function withoutReturn(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === RETURN ? line.subarray(0, line.length - 1) : line
}

/**
 * Splits a byte stream into lines at `\n` (a `\r` before it is dropped),
 * numbered from 1, blank ones included. Only the line being read is held:
 * one longer than `maxBytes` is not kept but counted, and given as its size
 * alone, so a 10 GB line costs no memory. A last line without a newline is a
 * line. Bytes are never decoded here.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<ByteLine> {
  let pending: Buffer[] = []
  let pendingSize = 0
  let number = 0
  const finish = (last: Buffer): ByteLine => {
    number++
    const size = pendingSize + last.length
    if (size > maxBytes + 1) return { number, size }
    const line = withoutReturn(pending.length === 0 ? last : Buffer.concat([...pending, last], size))
    // `maxBytes + 1` let a `\r` through above; the line itself must fit.
    return line.length > maxBytes ? { number, size: line.length } : { number, bytes: line }
  }
  for await (const piece of stream) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece
    let start = 0
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      const line = finish(chunk.subarray(start, end))
      pending = []
      pendingSize = 0
      start = end + 1
      yield line
    }
    const rest = chunk.length - start
    if (rest === 0) continue
    // Over the limit: keep counting the line's size, not its bytes.
    if (pendingSize + rest > maxBytes + 1) pending = []
    else pending.push(chunk.subarray(start))
    pendingSize += rest
  }
  if (pendingSize > 0) yield finish(Buffer.alloc(0))
}
