import { openPostgresAudit } from './postgres-audit';
import { openSqliteAudit } from './sqlite-audit';
import type { AuditLog } from './types';

export type { AuditEntry, AuditLog } from './types';

/** PostgreSQL when a URL is given, else the embedded SQLite file at `sqlitePath`. */
export function openAudit(options: { readonly databaseUrl?: string; readonly sqlitePath: string }): Promise<AuditLog> {
  return options.databaseUrl
    ? openPostgresAudit(options.databaseUrl)
    : Promise.resolve(openSqliteAudit(options.sqlitePath));
}
