/** The FDX data clusters the sandbox serves, as OAuth scopes; all are granted unless fewer are asked for. */
export const SUPPORTED_SCOPES: readonly string[] = [
  'fdx:accountbasic:read',
  'fdx:accountdetailed:read',
  'fdx:transactions:read',
  'fdx:customercontact:read',
  'offline_access',
];

/** The scope to grant for a requested `scope` parameter, or undefined when it names an unknown scope. */
export function grantedScope(requested: string | undefined): string | undefined {
  if (requested === undefined || requested.trim() === '') return SUPPORTED_SCOPES.join(' ');
  const asked = requested.split(' ').filter(Boolean);
  return asked.every((s) => SUPPORTED_SCOPES.includes(s)) ? [...new Set(asked)].join(' ') : undefined;
}

/** Whether `requested` (on a refresh) stays within `granted`. */
export function withinScope(requested: string, granted: string): boolean {
  const have = new Set(granted.split(' '));
  return requested
    .split(' ')
    .filter(Boolean)
    .every((s) => have.has(s));
}
