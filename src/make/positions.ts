/**
 * Where a problem's item is in the text the producer edits, so each problem in
 * make.html is a button that selects it: a sheet's row, or a JSON list's item.
 * Pure scanners over the text (no parse tree), linear in its length.
 */

/** The characters of sheet row `row` (the header is row 1), its line break left out. */
export function sheetRowRange(text: string, row: number): [number, number] | undefined {
  const start = rowStart(text, row);
  if (start === undefined) return undefined;
  const next = rowStart(text, row + 1) ?? text.length;
  return [start, text.slice(start, next).replace(/\r?\n$/, '').length + start];
}

/** The characters of item `index` of the top-level list `name` ("events", "eras") in JSON text. */
export function jsonItemRange(text: string, name: string, index: number): [number, number] | undefined {
  let depth = 0;
  let inList = false;
  let item = -1;
  let start = -1;
  let lastKey = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (depth === 1 && !inList) lastKey = text.slice(i + 1, j);
      i = j;
      continue;
    }
    if (ch === '[' || ch === '{') {
      if (ch === '[' && depth === 1 && lastKey === name && !inList) {
        inList = true;
        item = 0;
        start = -1;
      } else if (inList && depth === 2 && start < 0) start = i;
      depth++;
      continue;
    }
    if (ch === ']' || ch === '}') {
      depth--;
      if (inList && depth === 1) return item === index && start >= 0 ? [start, trimEnd(text, i)] : undefined;
      continue;
    }
    if (!inList || depth !== 2) continue;
    if (ch === ',') {
      if (item === index && start >= 0) return [start, trimEnd(text, i)];
      item++;
      start = -1;
    } else if (start < 0 && !/\s/.test(ch)) start = i;
  }
  return undefined;
}

const trimEnd = (text: string, end: number) => {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  return at;
};

/**
 * Where sheet row `row` starts in the CSV text (a character offset), for editors
 * that jump to it: rows end at line breaks outside quoted cells.
 */
function rowStart(text: string, row: number): number | undefined {
  let line = 1;
  let quoted = false;
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  if (row === 1) return start;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n'))) {
      line++;
      if (line === row) return i + 1;
    }
  }
  return undefined;
}
