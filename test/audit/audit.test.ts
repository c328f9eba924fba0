import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import Database from 'better-sqlite3';
import { openPostgresAudit } from '../../shared/audit/postgres-audit';
import { openSqliteAudit } from '../../shared/audit/sqlite-audit';
import type { AuditEntry, AuditLog } from '../../shared/audit';
import { testClock } from '../support/clock';
import { throwawayDatabase } from '../support/postgres';

const entry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  at: testClock().now().toISO() ?? '',
  customerKey: 'a'.repeat(64),
  transferId: 'vb-00000000-0000-4000-8000-000000000001',
  amountMinor: 20_050,
  currency: 'USD',
  fromLast4: '4821',
  toLast4: '7710',
  outcome: 'moved',
  bankReference: '0004417731',
  ...overrides,
});

function describeAudit(
  name: string,
  open: () => Promise<{ log: AuditLog; tamper: (sql: string) => Promise<void> }>,
  cleanUp: () => Promise<void>,
): void {
  describe(`movement audit: ${name}`, () => {
    let log: AuditLog;
    let tamper: (sql: string) => Promise<void>;
    before(async () => {
      ({ log, tamper } = await open());
    });
    after(async () => {
      await log.close();
      await cleanUp();
    });

    it('appends one line per attempt and reads them back in order, with only the listed fields', async () => {
      const { bankReference: _none, ...first } = entry({ outcome: 'unknown' });
      const second = entry();
      await log.append(first);
      await log.append(second);
      const lines = await log.linesFor(first.transferId);
      assert.deepEqual(
        lines.map((l) => l.outcome),
        ['unknown', 'moved'],
      );
      assert.deepEqual(Object.keys(lines[1] ?? {}).sort(), [
        'amountMinor',
        'at',
        'bankReference',
        'currency',
        'customerKey',
        'fromLast4',
        'outcome',
        'toLast4',
        'transferId',
      ]);
      assert.equal(new Date(lines[1]?.at ?? '').getTime(), new Date(second.at).getTime());
    });

    it('refuses to change or delete a line: the table is append-only', async () => {
      await assert.rejects(tamper("UPDATE movement_audit SET outcome = 'refused'"), /append-only/);
      await assert.rejects(tamper('DELETE FROM movement_audit'), /append-only/);
    });
  });
}

let drop: () => Promise<void> = async () => undefined;
describeAudit(
  'PostgreSQL in a throwaway database',
  async () => {
    const database = await throwawayDatabase();
    drop = database.drop;
    const log = await openPostgresAudit(database.url);
    const tamper = async (sql: string): Promise<void> => {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    };
    return { log, tamper };
  },
  () => drop(),
);

const folder = mkdtempSync(join(tmpdir(), 'voicebank-audit-'));
describeAudit(
  'embedded SQLite',
  async () => {
    const path = join(folder, 'audit.db');
    const log = openSqliteAudit(path);
    const tamper = async (sql: string): Promise<void> => {
      const db = new Database(path);
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
    };
    return { log, tamper };
  },
  async () => rmSync(folder, { recursive: true, force: true }),
);
