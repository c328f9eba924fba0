/**
 * What the sandbox holds, read over raw FDX HTTP and formatted here independently of the
 * service's own money formatting, so a scenario compares the service with the bank itself.
 */
export interface AccountFacts {
  readonly available?: string | undefined;
  readonly current?: string | undefined;
  readonly owed?: string | undefined;
  readonly availableCredit?: string | undefined;
  readonly principal?: string | undefined;
  readonly negative: boolean;
}

export type Facts = Readonly<Record<string, AccountFacts>>;

/** "$1,254.30" from an FDX decimal, without Intl currency formatting. */
export function dollars(value: number): string {
  const cents = Math.round(Math.abs(value) * 100);
  return `$${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`;
}

type Json = Record<string, unknown>;

async function getJson(url: string, token: string): Promise<Json> {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`sandbox answered ${response.status} for ${url}`);
  return (await response.json()) as Json;
}

const money = (value: unknown): string | undefined => (typeof value === 'number' ? dollars(value) : undefined);

/** Facts for every account of the given demo tokens, keyed by FDX accountId. */
export async function readFacts(bankUrl: string, tokens: readonly string[]): Promise<Facts> {
  const facts: Record<string, AccountFacts> = {};
  for (const token of tokens) {
    let next: string | undefined = '/accounts';
    while (next) {
      const page: Json = await getJson(new URL(next, bankUrl).toString(), token);
      for (const item of page.accounts as Json[]) {
        const id = String(item.accountId);
        const d = await getJson(`${bankUrl}/accounts/${encodeURIComponent(id)}`, token);
        facts[id] = {
          available: money(d.availableBalance),
          current: money(d.currentBalance),
          owed: money(d.currentBalance),
          availableCredit: money(d.availableCredit),
          principal: money(d.principalBalance),
          negative: typeof d.availableBalance === 'number' ? d.availableBalance < 0 : Number(d.currentBalance) < 0,
        };
      }
      const links = page.links as { next?: { href?: string } } | undefined;
      next = links?.next?.href;
    }
  }
  return facts;
}

export function fact(facts: Facts, id: string): AccountFacts {
  const found = facts[id];
  if (!found) throw new Error(`no sandbox account ${id}`);
  return found;
}
