import { request, type Agent, type IncomingHttpHeaders } from 'node:http';
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from '../../sandbox';
import { anchoredClock, type SettableClock } from '../../shared/clock';

/** A fixed instant: 2025-03-14 11:30 in New York, so the 90-day history spans a DST change. */
export const NOW = new Date('2025-03-14T15:30:00Z');
/** "Today" in the sandbox zone for {@link NOW}. */
export const TODAY = '2025-03-14';
/** A clock standing at {@link NOW}, for sandboxes under test. */
export const sandboxClock = (): SettableClock => anchoredClock(NOW.toISOString());

/** One HTTP answer, read in full. */
export interface Reply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
}

export interface GetOptions {
  readonly token?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Defaults to no agent (a fresh connection, closed after the answer). */
  readonly agent?: Agent;
}

/** GET `path` (relative to the server root) from `base` over node:http. */
export function get(base: string, path: string, options: GetOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { headers, agent: options.agent ?? false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The reply's JSON body, typed by the caller's expectation (tests then check it). */
export function body<T>(reply: Reply): T {
  return JSON.parse(reply.text) as T;
}

export interface PageInfo {
  readonly page: { readonly nextPageKey?: string; readonly totalElements: number };
  readonly links: { readonly next?: { readonly href: string } };
}
export interface AccountItem {
  readonly accountId: string;
  readonly accountCategory: string;
  readonly accountType: string;
  readonly accountNumberDisplay: string;
  readonly productName: string;
  readonly nickname?: string;
  readonly status: string;
  readonly currency: { readonly currencyCode: string };
}
export interface AccountDetails extends AccountItem {
  readonly currentBalance?: number;
  readonly availableBalance?: number;
  readonly availableCredit?: number;
  readonly creditLine?: number;
  readonly bills?: readonly {
    readonly statementBalance: number;
    readonly minimumPaymentDue: number;
    readonly dueDate: string;
  }[];
  readonly lastStmtBalance?: number;
  readonly minimumPaymentAmount?: number;
  readonly principalBalance?: number;
  readonly nextPaymentAmount?: number;
  readonly nextPaymentDate?: string;
}
export interface TransactionItem {
  readonly transactionId: string;
  readonly transactionTimestamp: string;
  readonly postedTimestamp?: string;
  readonly description: string;
  readonly amount: number;
  readonly debitCreditMemo: string;
  readonly status: string;
  readonly category: string;
  readonly transactionPayee: {
    readonly merchantName?: { readonly name1: string };
    readonly individualName?: { readonly first: string; readonly last: string };
  };
  readonly accountCategory: string;
}
export interface AccountsPage extends PageInfo {
  readonly accounts: readonly AccountItem[];
}
export interface TransactionsPage extends PageInfo {
  readonly transactions: readonly TransactionItem[];
}
export interface ErrorBody {
  readonly code: string;
  readonly message: string;
}

/** Starts a sandbox (port 0, fixed clock) before the suite and closes it after; read `.url` in tests. */
export function useSandbox(options: Partial<StartSandboxOptions> = {}): { readonly url: string } {
  let running: RunningSandbox | undefined;
  before(async () => {
    running = await startSandbox({ clock: sandboxClock(), ...options, port: 0 });
  });
  after(async () => {
    await running?.close();
  });
  return {
    get url(): string {
      if (running === undefined) throw new Error('sandbox not started');
      return running.url;
    },
  };
}

/** Every page of a list, following `links.next.href`. */
export async function allPages<T extends PageInfo>(base: string, first: string, token: string): Promise<T[]> {
  const pages: T[] = [];
  let path: string | undefined = first;
  while (path !== undefined) {
    const reply = await get(base, path, { token });
    if (reply.status !== 200) throw new Error(`HTTP ${reply.status} for ${path}`);
    const page: T = body<T>(reply);
    pages.push(page);
    path = page.links.next?.href;
    if (pages.length > 50) throw new Error('paging does not end');
  }
  return pages;
}
