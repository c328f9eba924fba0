import type { SandboxCustomer } from '../data/types';

/** Consent durations offered (FDX-style: 90 days to one year). */
export const DURATIONS_DAYS: readonly number[] = [90, 180, 365];

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside HTML elements and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}fieldset{margin:1rem 0}label{display:block;margin:.3rem 0}button{margin-right:1rem;padding:.5rem 1.2rem}</style>
</head><body><h1>${escapeHtml(title)}</h1>
${body}
</body></html>
`;
}

function customerBlock(customer: SandboxCustomer, index: number): string {
  const accounts = customer.accounts.map(
    (a) =>
      `<label><input type="checkbox" name="account" value="${escapeHtml(a.accountId)}"${index === 0 ? ' checked' : ''}> ${escapeHtml(a.nickname ?? a.productName)} ending in ${escapeHtml(a.last4)}</label>`,
  );
  return `<fieldset><legend><label><input type="radio" name="customer" value="${escapeHtml(customer.customerId)}"${index === 0 ? ' checked' : ''} required> ${escapeHtml(`${customer.name.first} ${customer.name.last}`)}</label></legend>
${accounts.join('\n')}
</fieldset>`;
}

/**
 * The sandbox bank's sign-in and consent page: pick a demo customer, tick the accounts to share,
 * choose how long, allow or deny. It posts back to the same URL, query included.
 */
export function consentPage(clientId: string, customers: readonly SandboxCustomer[], query: URLSearchParams): string {
  const durations = DURATIONS_DAYS.map(
    (d) => `<option value="${d}"${d === 90 ? ' selected' : ''}>${d} days</option>`,
  ).join('');
  return page(
    'Sandbox bank: share your accounts',
    `<p><strong>${escapeHtml(clientId)}</strong> asks to read balances and transactions of the accounts you choose. This is a sandbox with demo customers: there is no password.</p>
<form method="post" action="authorize?${escapeHtml(query.toString())}">
${customers.map(customerBlock).join('\n')}
<p>Only accounts of the customer you pick are shared.</p>
<label>Share for <select name="duration_days">${durations}</select></label>
<p><button type="submit" name="decision" value="allow">Allow</button><button type="submit" name="decision" value="deny">Deny</button></p>
</form>`,
  );
}

/** A page for a request that cannot be sent back to the client, or a consent form filled in wrongly. */
export function errorPage(message: string): string {
  return page('Sandbox bank: request refused', `<p>${escapeHtml(message)}</p>`);
}
