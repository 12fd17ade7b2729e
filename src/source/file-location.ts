import type { VFile } from 'vfile'
import { location } from 'vfile-location'

type Locator = ReturnType<typeof location>

// Indexing a file's line starts costs a pass over the whole text; a feed of
// thousands of stories asks for points once per story, so index each file once.
const CACHE = new WeakMap<VFile, Locator>()

/** The offset ↔ line/column converter of a file, built once per file. */
export function fileLocation(file: VFile): Locator {
  let found = CACHE.get(file)
  if (!found) {
    found = location(file)
    CACHE.set(file, found)
  }
  return found
}
