import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'

// Debian's Chromium for the browser tests, driven by playwright-core; never downloaded. Headless, sandbox
// off (containers), no first-run or network services. Mandatory under CI=true (.ci/run installs it).

export const CHROMIUM = '/usr/bin/chromium'
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
export const CI = process.env.CI === 'true'
export const chromiumAvailable = existsSync(CHROMIUM)

/** A browser context on a profile folder of its own; `close` closes it and removes the folder. */
export interface OpenChromium {
  context: BrowserContext
  close(): Promise<void>
}

/** Starts Chromium (a persistent context is how playwright takes a user data dir of our own). */
export async function openChromium(profilePrefix: string): Promise<OpenChromium> {
  if (!chromiumAvailable)
    throw new Error(`CI=true but ${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)`)
  const profile = mkdtempSync(join(tmpdir(), profilePrefix))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
