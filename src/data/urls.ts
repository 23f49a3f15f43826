/**
 * Which addresses data may carry. Browsers ignore control characters and
 * whitespace inside a scheme ("java\tscript:") and decode entities in
 * attributes, so both are removed before the scheme is judged; the value kept
 * is the author's, trimmed.
 */
import { decodeEntities } from './entities.js';

function scheme(raw: string): string | undefined | null {
  const cleaned = decodeEntities(raw).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (!cleaned) return null;
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Links in text: http(s) and mailto. */
export function linkUrl(raw: string): string | undefined {
  const found = scheme(raw);
  return found === 'http' || found === 'https' || found === 'mailto' ? raw.trim() : undefined;
}

/** Citations and article links: absolute http(s) only. */
export function webUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const found = scheme(raw);
  return (found === 'http' || found === 'https') && /^\s*https?:\/\//i.test(raw) ? raw.trim() : undefined;
}

/** Images and media links: a web address or a path on this site. */
export function mediaUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const found = scheme(raw);
  return found === undefined || found === 'http' || found === 'https' ? raw.trim() || undefined : undefined;
}
