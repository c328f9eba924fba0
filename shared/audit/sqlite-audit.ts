import Database from 'better-sqlite3';
import { AUDIT_TABLE, COLUMNS, entryOf, rowOf, type AuditRow } from './sql';
import type { AuditLog } from './types';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS ${AUDIT_TABLE} (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL, customer_key TEXT NOT NULL, transfer_id TEXT NOT NULL,
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0), currency TEXT NOT NULL,
  from_last4 TEXT, to_last4 TEXT, outcome TEXT NOT NULL, bank_reference TEXT
);
CREATE INDEX IF NOT EXISTS ${AUDIT_TABLE}_transfer ON ${AUDIT_TABLE} (transfer_id);
CREATE TRIGGER IF NOT EXISTS ${AUDIT_TABLE}_no_update BEFORE UPDATE ON ${AUDIT_TABLE}
  BEGIN SELECT RAISE(ABORT, 'the movement audit is append-only'); END;
CREATE TRIGGER IF NOT EXISTS ${AUDIT_TABLE}_no_delete BEFORE DELETE ON ${AUDIT_TABLE}
  BEGIN SELECT RAISE(ABORT, 'the movement audit is append-only'); END;`;

/** The embedded audit: one SQLite file (WAL, synchronous writes), used when AUDIT_DATABASE_URL is not set. */
export function openSqliteAudit(path: string): AuditLog {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA);
  const insert = db.prepare(
    `INSERT INTO ${AUDIT_TABLE} (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`,
  );
  const select = db.prepare<[string], AuditRow>(
    `SELECT ${COLUMNS.join(', ')} FROM ${AUDIT_TABLE} WHERE transfer_id = ? ORDER BY id`,
  );
  return {
    append: async (entry) => {
      insert.run(...rowOf(entry));
    },
    linesFor: async (transferId) => select.all(transferId).map(entryOf),
    close: async () => {
      db.close();
    },
  };
}
