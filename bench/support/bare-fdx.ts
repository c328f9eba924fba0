import http from 'node:http';
import { randomUUID } from 'node:crypto';

/**
 * The baselines' own balance work, as a developer would write it without our service: GET
 * /accounts, then GET /accounts/{first checking id}, over node:http with a keep-alive agent,
 * JSON.parse on each body, and one sentence with the available balance.
 */

function getJson(agent: http.Agent, url: string, token: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      url,
      {
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          'x-fapi-interaction-id': randomUUID(),
          accept: 'application/json',
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    req.on('error', reject);
  });
}

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/** The balance sentence for the customer's checking account, from two FDX calls. */
export async function bareBalance(agent: http.Agent, bankUrl: string, token: string): Promise<string> {
  const list = field(await getJson(agent, `${bankUrl}/accounts`, token), 'accounts');
  const accounts = Array.isArray(list) ? list : [];
  const checking: unknown = accounts.find((a: unknown) => field(a, 'accountType') === 'CHECKING') ?? accounts[0];
  const id = String(field(checking, 'accountId'));
  const details = await getJson(agent, `${bankUrl}/accounts/${encodeURIComponent(id)}`, token);
  const available = Number(field(details, 'availableBalance'));
  return `Your checking account has $${available.toFixed(2)} available.`;
}
