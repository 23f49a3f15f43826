/** Small shared checks for raw input, so every reader judges values the same way. */

export type Raw = Record<string, unknown>;

export const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keeps only fields that are present, so "missing" reads as missing in validation. */
export function present(record: Raw): Raw {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== ''));
}
