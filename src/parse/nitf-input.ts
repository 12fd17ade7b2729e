import { createRequire } from 'node:module'
import type { VFile } from 'vfile'
import type { ParseOptions } from '../detect/context.js'
import { readsAsNitf } from '../source/nitf-sniff.js'
import type { NitfResult, NitfStory, readNitf as ReadNitf } from '../source/read-nitf.js'

// The NITF reader brings an XML parser (saxes), loaded as the Markdown segmenter is (parse-article.ts):
// the library registers it up front, the CLI awaits loadNitfReader() before a NITF file, and
// anything else falls back to a synchronous require.
let nitfReader: typeof ReadNitf | undefined

export function useNitfReader(read: typeof ReadNitf): void {
  nitfReader = read
}

export async function loadNitfReader(): Promise<typeof ReadNitf> {
  nitfReader ??= (await import('../source/read-nitf.js')).readNitf
  return nitfReader
}

function nitfReaderNow(): typeof ReadNitf {
  nitfReader ??= (createRequire(import.meta.url)('../source/read-nitf.js') as { readNitf: typeof ReadNitf }).readNitf
  return nitfReader
}

/**
 * The story of a file read as NITF (`--from nitf`, a `.xml` file, or a NITF document), read once and
 * kept on the file; null for any other file. A file that is not NITF after all (not well-formed, another
 * root) is read as plain text, with a message saying why (the CLI refuses it before: convert-file.ts).
 */
export function nitfOf(file: VFile, options: ParseOptions): NitfResult | null {
  const data = file.data as { nitf?: NitfResult }
  if (data.nitf) return data.nitf
  const text = String(file.value ?? '')
  if (!readsAsNitf(file.path, text, options.from)) return null
  data.nitf = nitfReaderNow()(text)
  if (data.nitf.error !== undefined) file.message(`${data.nitf.error}; read as plain text`, { ruleId: 'nitf-input' })
  return data.nitf
}

export function nitfStory(file: VFile, options: ParseOptions): NitfStory | null {
  return nitfOf(file, options)?.story ?? null
}
