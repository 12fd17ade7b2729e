import { setFlagsFromString } from 'node:v8'

// V8 settings for a batch, on the worker pool or in this thread (see src/cli/convert.ts).

// After each full collection V8 lets the old generation grow to a multiple of what survived
// (up to 4x for a small heap) before collecting again, so each worker's old space saws between
// ~8 and ~50 MB and peak RSS kept climbing for thousands of files. Letting it grow by 10% (the
// flag is the process's, read at each collection) keeps the peak near what survives: peak RSS
// over the bench's 20,000 files 211 -> 169 MB, over 2,000 files 152 -> 149 MB (/usr/bin/time,
// files in /dev/shm). It costs a story of tens of MB in a batch about a tenth more CPU.
const HEAP_GROWING_PERCENT = 10

// Each worker is its own isolate and compiles the parser's hot functions again, on V8's background
// threads: over the bench's 20,000 files those threads took 3.0 of the batch's 14 s of CPU. Half
// V8's default inlining budget (920 bytes of bytecode per optimised function) cut that to 2.5 s with
// no change in the workers' own CPU (10.4-10.6 s), and the batch's wall time from ~7.1 to ~6.9 s
// (per-thread CPU from /proc, two alternating runs each). No inlining at all made the workers slower.
const INLINING_BUDGET = 460

/**
 * Sets a batch's V8 flags (process-wide, workers included; read as heaps are collected and code is optimised).
 * V8 prints a flag it does not know to stdout, where NDJSON goes, so they are set only on the
 * V8 versions known to have both (11 to 13: Node 20 to 24); elsewhere the batch runs untuned.
 */
export function tuneV8ForBatch(): void {
  const major = Number(process.versions.v8.split('.')[0])
  if (!(major >= 11 && major <= 13)) return
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`)
}
