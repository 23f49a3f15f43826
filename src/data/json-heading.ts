/**
 * The members a JSON document has before its "events", read from the start of
 * its text without parsing the rest: a long file's title and description can
 * be shown while its events (megabytes of them) are still being parsed.
 */
import { isObject } from './guards.js';

/**
 * The top-level members before "events": the text up to the first `"events":`,
 * closed and parsed. Undefined when there is no such key, or when the first one
 * is not the document's own (it sits in a nested object, so the cut text does
 * not parse): the whole parse then has the last word.
 */
export function membersBeforeEvents(text: string): Record<string, unknown> | undefined {
  // Found inside a string or a nested object instead, it leaves a cut that does not parse: nothing is shown early.
  const at = /"events"\s*:/.exec(text)?.index;
  if (at === undefined) return undefined;
  try {
    const members: unknown = JSON.parse(`${text.slice(0, at).replace(/,\s*$/, '')}}`);
    return isObject(members) ? members : undefined;
  } catch {
    return undefined;
  }
}
