const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);

/** A table row of already-escaped cells. */
export const row = (cells: readonly string[], tag = 'td'): string =>
  `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;

/** A two-column table of label/value text pairs. */
export const pairs = (rows: ReadonlyArray<readonly [string, string]>): string =>
  `<table>${rows.map(([k, v]) => row([escapeHtml(k), escapeHtml(v)])).join('')}</table>`;

/** The element id of a check's evidence: its own id, which is unique within a run. */
export const anchor = (checkId: string): string => `check-${checkId}`;

/** A link to a check's evidence. */
export const checkLink = (checkId: string, text: string): string =>
  `<a href="#${escapeHtml(anchor(checkId))}">${escapeHtml(text)}</a>`;
