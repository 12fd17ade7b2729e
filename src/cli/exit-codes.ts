/** Exit codes, as documented in the README. */
export const EXIT = {
  /** Everything parsed (warnings allowed). */
  ok: 0,
  /** At least one input could not be read or parsed. */
  inputFailed: 1,
  /** The command line was wrong: unknown flag, bad value, conflicting options. */
  usage: 2,
} as const
