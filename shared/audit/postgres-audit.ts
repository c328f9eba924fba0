import { Pool } from 'pg';
import { AUDIT_TABLE, COLUMNS, entryOf, rowOf, type AuditRow } from './sql';
import type { AuditLog } from './types';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS ${AUDIT_TABLE} (
  id BIGSERIAL PRIMARY KEY,
  at TIMESTAMPTZ NOT NULL, customer_key TEXT NOT NULL, transfer_id TEXT NOT NULL,
  amount_minor BIGINT NOT NULL CHECK (amount_minor > 0), currency TEXT NOT NULL,
  from_last4 TEXT, to_last4 TEXT, outcome TEXT NOT NULL, bank_reference TEXT
);
CREATE INDEX IF NOT EXISTS ${AUDIT_TABLE}_transfer ON ${AUDIT_TABLE} (transfer_id);
CREATE OR REPLACE FUNCTION ${AUDIT_TABLE}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN RAISE EXCEPTION 'the movement audit is append-only'; END $$;
DROP TRIGGER IF EXISTS ${AUDIT_TABLE}_append_only ON ${AUDIT_TABLE};
CREATE TRIGGER ${AUDIT_TABLE}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${AUDIT_TABLE}
  FOR EACH STATEMENT EXECUTE FUNCTION ${AUDIT_TABLE}_append_only();`;

/** The audit on PostgreSQL (`AUDIT_DATABASE_URL`); the table and its append-only trigger are created on open. */
export async function openPostgresAudit(url: string): Promise<AuditLog> {
  const pool = new Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 2000, statement_timeout: 2000 });
  // Two instances starting together would race on CREATE: an advisory lock serialises the schema step.
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(184018)');
    await client.query(SCHEMA);
  } finally {
    await client.query('SELECT pg_advisory_unlock(184018)').catch(() => undefined);
    client.release();
  }
  const insert = `INSERT INTO ${AUDIT_TABLE} (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`;
  const select = `SELECT ${COLUMNS.join(', ')} FROM ${AUDIT_TABLE} WHERE transfer_id = $1 ORDER BY id`;
  return {
    append: async (entry) => {
      await pool.query(insert, rowOf(entry));
    },
    linesFor: async (transferId) => (await pool.query<AuditRow>(select, [transferId])).rows.map(entryOf),
    close: () => pool.end(),
  };
}
