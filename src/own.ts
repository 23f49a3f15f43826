/**
 * A table's own entry for a key that came from input (a language tag, a field
 * name, a character reference). A plain `table[key]` also finds what every
 * object inherits: `constructor`, `toString`, `__proto__`… — `lang="constructor"`
 * once found Object itself and made rendering throw (issue 29).
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
