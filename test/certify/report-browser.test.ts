import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { runCertification, type CertificationResult } from '../../certify';
import { chromiumInstalled, chromiumMissing, withChromiumPage } from '../../certify/report/chromium';
import { writePdf } from '../../certify/report/pdf';
import { testClock } from '../support/clock';

/** Left behind on purpose, so a person (or CI) can look at the first screen of a failing run. */
const SCREENSHOT = join(tmpdir(), 'voicebank-certify-first-screen.png');
const FIRST_SCREEN = { width: 1280, height: 900 };

/** Where an element sits against the first screen (viewport pixels), and whether it is shown at all. */
async function placement(page: Page, selector: string): Promise<{ top: number; bottom: number; shown: boolean }> {
  const element = page.locator(selector).first();
  const box = await element.boundingBox();
  return {
    top: box?.y ?? -1,
    bottom: box ? box.y + box.height : -1,
    shown: box !== null && (await element.isVisible()),
  };
}

describe('certification report in headless Chromium', function () {
  this.timeout(120_000);
  let dir: string;
  let run: CertificationResult;
  const failedId = 'bank.get-accounts-lists-every-page';

  before(async function () {
    assert.ok(chromiumInstalled(), chromiumMissing());
    dir = mkdtempSync(join(tmpdir(), 'voicebank-report-browser-'));
    run = await runCertification({ clock: testClock(), token: 'fault-500', outDir: dir, samples: 2, pdf: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the failed verdict, the counts and every failed required check on the first screen', async () => {
    const failed = run.checks.filter((c) => c.status === 'fail' && c.level === 'required');
    assert.ok(failed.some((c) => c.id === failedId));
    await withChromiumPage(async (page) => {
      await page.goto(pathToFileURL(run.files.html).href);
      const png = await page.screenshot({ fullPage: false });
      writeFileSync(SCREENSHOT, png);
      assert.match(await page.locator('.verdict').innerText(), /^FAILED: \d+ checks: \d+ passed, \d+ failed/);
      const items = page.locator('#failed li');
      assert.equal(await items.count(), failed.length);
      assert.match(
        await items.first().innerText(),
        new RegExp(failed[0]?.name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') ?? 'none'),
      );
      const list = await placement(page, '#failed');
      assert.ok(
        list.shown && list.top >= 0 && list.bottom <= FIRST_SCREEN.height,
        `the failed checks end at ${list.bottom}px, below the first screen`,
      );
    }, FIRST_SCREEN);
  });

  it("follows a failed check's link to its evidence, written out and visible on screen and in print", async () => {
    await withChromiumPage(async (page) => {
      await page.goto(pathToFileURL(run.files.html).href);
      await page.locator(`#failed a[href="#check-${failedId}"]`).click();
      await page.waitForURL(new RegExp(`#check-${failedId.replace(/\./g, '\\.')}$`));
      const evidence = page.locator(`[id="check-${failedId}"] pre`).first();
      assert.ok(await evidence.isVisible(), 'the evidence is folded away');
      assert.match(await evidence.innerText(), /GET \/accounts → HTTP 500/);
      const onScreen = await placement(page, `[id="check-${failedId}"]`);
      assert.ok(
        onScreen.bottom > 0 && onScreen.top < FIRST_SCREEN.height,
        `the link left the evidence at ${onScreen.top}px`,
      );
      await page.emulateMedia({ media: 'print' });
      assert.ok(await evidence.isVisible(), 'the print stylesheet hides the evidence');
    }, FIRST_SCREEN);
  });

  it('prints report.pdf through Chromium with --pdf, and the bundle seals it', () => {
    assert.equal(run.pdfNotWritten, undefined);
    assert.ok(run.files.pdf, 'no report.pdf');
    assert.equal(readFileSync(run.files.pdf).subarray(0, 5).toString('latin1'), '%PDF-');
    const manifest = JSON.parse(readFileSync(run.bundle.manifest, 'utf8')) as { files: Array<{ path: string }> };
    assert.ok(manifest.files.some((file) => file.path === 'report.pdf'));
  });

  it('says how to install Chromium instead of printing when the browser is not there', async () => {
    const outcome = await writePdf(run.files.html, join(dir, 'never.pdf'), join(dir, 'no-chromium-here'));
    assert.ok('notWritten' in outcome);
    assert.match(
      outcome.notWritten,
      /not installed at .*no-chromium-here: install Debian's package \(apt-get install chromium\)/,
    );
  });
});
