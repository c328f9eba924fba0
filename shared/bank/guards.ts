/**
 * Small hand-written type guards for FDX response bodies. Readers throw {@link ShapeError}, which
 * names the offending field path but never its value; the request function turns it into a
 * BankError of kind 'invalidResponse' (errors are created in one place, error-map.ts).
 */

import { isRecord, type JsonObject } from '../text';

export { isRecord, type JsonObject } from '../text';

/** The body did not have the shape we expect. `message` is a field path, never a value. */
export class ShapeError extends Error {
  override readonly name = 'ShapeError';
}

/** The value as an object, or a ShapeError naming `path`. */
export function expectRecord(value: unknown, path: string): JsonObject {
  if (!isRecord(value)) throw new ShapeError(`${path} is not an object`);
  return value;
}

/** A required non-empty string field. */
export function requiredString(obj: JsonObject, key: string, path: string): string {
  const value = obj[key];
  if (typeof value !== 'string' || value.trim() === '') throw new ShapeError(`${path}.${key} missing or not a string`);
  return value;
}

/** An optional string field: absent or null is undefined; any other non-string is refused. */
export function optionalString(obj: JsonObject, key: string, path: string): string | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ShapeError(`${path}.${key} not a string`);
  return value;
}

/** An optional decimal amount (JSON number or numeric string); the number check is done later. */
export function optionalAmount(obj: JsonObject, key: string, path: string): number | string | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' && typeof value !== 'string') throw new ShapeError(`${path}.${key} not an amount`);
  return value;
}

/** An optional array field: absent or null is an empty array. */
export function optionalArray(obj: JsonObject, key: string, path: string): readonly unknown[] {
  const value = obj[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ShapeError(`${path}.${key} not an array`);
  return value;
}

/** An optional object field: absent or null is undefined. */
export function optionalRecord(obj: JsonObject, key: string, path: string): JsonObject | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  return expectRecord(value, `${path}.${key}`);
}
