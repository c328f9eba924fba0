import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Where Debian's chromium package installs the browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless, and nothing that would reach the network on its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** What to tell someone whose machine has no Chromium where the kit looks for it. */
export const chromiumMissing = (path: string = CHROMIUM_PATH): string =>
  `Chromium is not installed at ${path}: install Debian's package ` +
  '(apt-get install chromium), then run again with --pdf; report.html also prints to PDF from any browser (its print stylesheet keeps all evidence).';

/** True when the browser the kit drives is installed (at `path`, by default Debian's). */
export const chromiumInstalled = (path: string = CHROMIUM_PATH): boolean => existsSync(path);

/**
 * Runs `use` with a page of a fresh headless Chromium (its own throwaway profile), and closes
 * the browser and deletes the profile afterwards, whatever happens.
 */
export async function withChromiumPage<T>(
  use: (page: Page) => Promise<T>,
  viewport = { width: 1280, height: 900 },
  executablePath = CHROMIUM_PATH,
): Promise<T> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'voicebank-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport,
      offline: true,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      return await use(page);
    } finally {
      await context.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
