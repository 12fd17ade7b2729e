import type { Io } from './io.js'

/** Where batch output to stderr goes: straight through, or above a progress bar. */
export interface Progress {
  /** Counts one file done. */
  tick(): void
  setTotal(total: number): void
  /** Writes lines (ending in a newline) to stderr without breaking the bar. */
  log(text: string): void
  stop(): void
}

export function plainProgress(io: Io): Progress {
  return { tick() {}, setTotal() {}, log: (text) => void io.stderr.write(text), stop() {} }
}

/**
 * A progress bar on stderr (files done/total, rate, ETA), from cli-progress,
 * imported only when stderr is a terminal and a batch has begun: piped or
 * quiet runs never load it.
 */
export async function barProgress(io: Io, unit: 'file' | 'record' = 'file'): Promise<Progress> {
  const { default: cliProgress } = await import('cli-progress')
  // The bar and its counts on one line of the terminal: the text after the bar takes ~45 columns.
  const columns = io.stderr.columns ?? 80
  const multi = new cliProgress.MultiBar(
    {
      stream: io.stderr as unknown as NodeJS.WritableStream,
      // A stream of records has no total: its count and rate alone.
      format:
        unit === 'file'
          ? '{bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted}'
          : '{value} records | {rate} records/s',
      hideCursor: true,
      gracefulExit: false,
      clearOnComplete: true,
      etaBuffer: 200,
      fps: 10,
      barsize: Math.max(10, Math.min(40, columns - 50)),
    },
    cliProgress.Presets.shades_classic,
  )
  const started = Date.now()
  let done = 0
  const bar = multi.create(0, 0, { rate: 0 })
  return {
    tick() {
      done++
      bar.update(done, { rate: Math.round(done / Math.max((Date.now() - started) / 1000, 0.001)) })
    },
    setTotal: (total) => bar.setTotal(total),
    log: (text) => multi.log(text),
    stop: () => {
      // Lines logged since the last redraw wait in the bar's buffer, which stop() drops: draw once more first.
      multi.update()
      multi.stop()
    },
  }
}
