/**
 * JSON Schemas for the FDX fields our sandbox serves, written here from the facts of the FDX 6.4
 * definitions (not copied from them). `additionalProperties: false` makes a field FDX does not
 * define (such as `merchantCategoryCode`) a violation. Schemas are plain objects for ajv.
 */
export type Schema = Readonly<Record<string, unknown>>;

export const string: Schema = { type: 'string' };
export const number: Schema = { type: 'number' };
/** FDX Identifier: a string of at most 256 characters. */
export const identifier: Schema = { type: 'string', minLength: 1, maxLength: 256 };
/** FDX Timestamp: RFC 3339 date-time. */
export const timestamp: Schema = { type: 'string', format: 'date-time' };
/** FDX DateString: RFC 3339 full-date. */
export const dateString: Schema = { type: 'string', format: 'date', maxLength: 10 };
/** FDX Currency: an ISO 4217 code, required. */
export const currency: Schema = {
  type: 'object',
  properties: { currencyCode: { type: 'string', pattern: '^[A-Z]{3}$' } },
  required: ['currencyCode'],
  additionalProperties: false,
};

/** FDX Error: `code` is a string ("701"), `message` a string, `debugMessage` optional. */
export const fdxError: Schema = {
  type: 'object',
  properties: { code: { type: 'string', pattern: '^[0-9]{3,4}$' }, message: string, debugMessage: string },
  required: ['code', 'message'],
  additionalProperties: false,
};

/** PageMetadata and HateoasLinks of a paginated array. */
export const page: Schema = {
  type: 'object',
  properties: { nextOffset: string, nextPageKey: string, totalElements: { type: 'integer', minimum: 0 } },
  additionalProperties: false,
};
export const links: Schema = {
  type: 'object',
  properties: {
    next: {
      type: 'object',
      properties: { href: string, action: string, rel: string, types: { type: 'array' } },
      required: ['href'],
      additionalProperties: false,
    },
    prev: {
      type: 'object',
      properties: { href: string, action: string, rel: string, types: { type: 'array' } },
      required: ['href'],
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};

/** `{ page?, links?, [listKey]: items[] }`, nothing else. */
export function paginated(listKey: string, item: Schema): Schema {
  return {
    type: 'object',
    properties: { page, links, [listKey]: { type: 'array', items: item } },
    required: [listKey],
    additionalProperties: false,
  };
}

/** FDX Customer: `customerId` and a CustomerName (first and last required). */
export const customer: Schema = {
  type: 'object',
  properties: {
    customerId: identifier,
    name: {
      type: 'object',
      properties: { first: string, middle: string, last: string, suffix: string, prefix: string },
      required: ['first', 'last'],
      additionalProperties: false,
    },
  },
  required: ['customerId'],
  additionalProperties: false,
};
