/**
 * The deep-link hash form `#<element-id>/<event-id>`: one hash can address one
 * event in one of several timelines on a page, and a plain `#<element-id>` still
 * scrolls to the element as browsers do.
 */
export function eventIdFromHash(hash: string, elementId: string): string | undefined {
  if (!elementId) return undefined;
  const prefix = `#${elementId}/`;
  if (!hash.startsWith(prefix)) return undefined;
  try {
    return decodeURIComponent(hash.slice(prefix.length)) || undefined;
  } catch {
    return undefined;
  }
}

export function hashFor(elementId: string, eventId: string): string {
  return `#${elementId}/${encodeURIComponent(eventId)}`;
}
