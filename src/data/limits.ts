/**
 * What a timeline reads, stated once for the element and the CLI: sized from
 * what newsrooms publish (a long chronology has hundreds of events, the largest
 * thousands; the bench draws 10,000), not from where the tools break. Past them
 * the CLI stops with one line; the element reports a problem and shows what it can.
 */
export const MAX_TEXT_MB = 20;
/** Characters of source text (JSON or CSV): about MAX_TEXT_MB of UTF-8 for the text newsrooms write. */
export const MAX_TEXT_CHARS = MAX_TEXT_MB * 1_000_000;
export const MAX_EVENTS = 20_000;
export const MAX_DEPTH = 64;

/** How deeply JSON text nests, read in one pass without parsing (brackets inside strings do not count). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

export const megabytes = (size: number) => `${(size / 1e6).toFixed(1)} MB`;
