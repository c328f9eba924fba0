import { pathToFileURL } from 'node:url';
import { CHROMIUM_PATH, chromiumInstalled, chromiumMissing, withChromiumPage } from './chromium';

/** report.pdf written, or why not (and how to get it). */
export type PdfOutcome = { readonly written: string } | { readonly notWritten: string };

const FOOTER =
  '<div style="font-size:8px;width:100%;text-align:center;color:#666">voicebank certification report · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

/** Prints report.html to `pdfPath` through headless Chromium (at `chromium`), with the report's print stylesheet. */
export async function writePdf(htmlPath: string, pdfPath: string, chromium = CHROMIUM_PATH): Promise<PdfOutcome> {
  if (!chromiumInstalled(chromium)) return { notWritten: chromiumMissing(chromium) };
  try {
    await withChromiumPage(
      async (page) => {
        await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        await page.pdf({
          path: pdfPath,
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: true,
          headerTemplate: '<div></div>',
          footerTemplate: FOOTER,
        });
      },
      undefined,
      chromium,
    );
    return { written: pdfPath };
  } catch (error) {
    return {
      notWritten: `Chromium could not print the report (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    };
  }
}
