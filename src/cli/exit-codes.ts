/** Exit codes, as documented in the README. */
export const EXIT = {
  /** Everything parsed (warnings allowed; existing outputs skipped). */
  ok: 0,
  /** At least one input could not be read, parsed or written. */
  inputFailed: 1,
  /** The command line was wrong: unknown flag, bad value, conflicting options. */
  usage: 2,
  /** Stopped by Ctrl-C (128 + SIGINT), after finishing the files in hand. */
  interrupted: 130,
} as const
