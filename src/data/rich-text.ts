/**
 * Why this exists: headlines and text from TimelineJS files, spreadsheets and
 * CMS fields carry markup, and a news page must never run what an editor (or an
 * attacker) pasted. This parses a string into a tree of an allowlisted few
 * elements — p, br, a[href], em, strong, b, i, cite, q, abbr, and the lists
 * ul, ol and li that TimelineJS sheets carry in their Text column — and
 * reduces everything else to its text. It never builds HTML: the tree is
 * rendered as Lit templates, so there is no string sink for Trusted Types to
 * refuse and no script can slip through a parser quirk. Links keep only http(s)
 * and mailto URLs. (DOMPurify was the alternative: see SECURITY.md and docs/authoring.md.)
 */

import { decodeEntities } from './entities.js';
import { safeUrl, type SafeUrl } from './urls.js';

export const RICH_TAGS = ['p', 'br', 'a', 'em', 'strong', 'b', 'i', 'cite', 'q', 'abbr', 'ul', 'ol', 'li'] as const;
export type RichTag = (typeof RICH_TAGS)[number];

export interface RichElement {
  readonly tag: RichTag;
  /** Only `href` (on a, judged by the URL policy) and `title` (on abbr) survive. */
  readonly attrs: { readonly href?: SafeUrl; readonly title?: string };
  readonly children: RichNode[];
}
export type RichNode = string | RichElement;

/** Elements whose content is never text a reader should see. */
const DROP_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'title', 'textarea', 'select']);
const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'param', 'track']);
const TAG = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function readAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return attrs;
}

/**
 * Where the tag starting at `lt` ends (its `>`), found in one pass the way an HTML
 * tokenizer reads it: a name, then attributes, whose quoted values may hold `>`.
 * -1 when the input ends first. The TAG pattern then reads only that stretch, so
 * no `<` makes the parser look further than its own tag: reading is linear in the
 * input, where trying the pattern on the whole rest at every `<` was quadratic
 * ("<a ".repeat(10000) took a second on a reader's main thread; issue 29).
 */
function tagEnd(input: string, lt: number): number {
  const n = input.length;
  const space = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
  let j = lt + 1;
  if (input[j] === '/') j++;
  while (j < n && /[a-zA-Z0-9-]/.test(input[j])) j++;
  for (;;) {
    while (j < n && (space(input[j]) || input[j] === '/')) j++;
    if (j >= n) return -1;
    if (input[j] === '>') return j;
    j++;
    while (j < n && !space(input[j]) && input[j] !== '/' && input[j] !== '>' && input[j] !== '=') j++;
    while (j < n && space(input[j])) j++;
    if (input[j] !== '=') continue;
    j++;
    while (j < n && space(input[j])) j++;
    const quote = input[j];
    if (quote === '"' || quote === "'") {
      const close = input.indexOf(quote, j + 1);
      if (close === -1) return -1;
      j = close + 1;
    } else {
      while (j < n && !space(input[j]) && input[j] !== '>') j++;
    }
  }
}

/**
 * Open elements beyond this depth put their content in the innermost one kept:
 * browsers cap the tree's depth too, and an unbounded stack made each closing tag
 * a search through thousands of open ones.
 */
const MAX_DEPTH = 256;

/** Parses markup into allowlisted nodes. Plain text comes back as a single string. */
export function parseRichText(input: string): RichNode[] {
  const root: RichElement = { tag: 'p', attrs: {}, children: [] };
  const stack: Array<{ name: string; node: RichElement | null }> = [{ name: '#root', node: root }];
  let dropDepth = 0;
  let i = 0;
  /** Where the innermost open element of that name is on the stack; -1 when none is open. */
  const lastOpen = (tag: string) => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].name === tag) return k;
    return -1;
  };
  const current = () => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].node) return stack[k].node!;
    return root;
  };
  const pushText = (text: string) => {
    if (dropDepth > 0 || !text) return;
    const target = current().children;
    const decoded = decodeEntities(text);
    if (typeof target[target.length - 1] === 'string') target[target.length - 1] += decoded;
    else target.push(decoded);
  };
  while (i < input.length) {
    const lt = input.indexOf('<', i);
    if (lt === -1) {
      pushText(input.slice(i));
      break;
    }
    pushText(input.slice(i, lt));
    if (input.startsWith('<!--', lt)) {
      const end = input.indexOf('-->', lt + 4);
      i = end === -1 ? input.length : end + 3;
      continue;
    }
    // A "<" that starts no tag is text ("a < b", "<3"); so is a tag the input ends inside,
    // and a stretch the pattern does not read as one tag (all of it, so no "<" in it is tried again).
    const startsTag = /[a-zA-Z/]/.test(input[lt + 1] ?? '');
    const end = startsTag ? tagEnd(input, lt) : lt;
    const match = end > lt ? TAG.exec(input.slice(lt, end + 1)) : null;
    if (!match || match[0].length !== end + 1 - lt) {
      const stop = !startsTag ? lt + 1 : end === -1 ? input.length : end + 1;
      pushText(input.slice(lt, stop));
      i = stop;
      continue;
    }
    i = end + 1;
    const name = match[1].toLowerCase();
    const closing = input[lt + 1] === '/';
    if (DROP_CONTENT.has(name)) {
      if (!closing && !match[0].endsWith('/>')) dropDepth++;
      else if (closing && dropDepth > 0) dropDepth--;
      continue;
    }
    if (dropDepth > 0) continue;
    const allowed = (RICH_TAGS as readonly string[]).includes(name);
    if (closing) {
      const at = lastOpen(name);
      if (at > 0) stack.length = at;
      continue;
    }
    if (stack.length > MAX_DEPTH) continue;
    if (!allowed) {
      if (!VOID.has(name)) stack.push({ name, node: null });
      continue;
    }
    // A link inside a link is not a thing a reader can use (and not valid HTML):
    // the inner one keeps only its text.
    if (name === 'a' && stack.some((entry) => entry.name === 'a' && entry.node)) {
      stack.push({ name, node: null });
      continue;
    }
    // As an HTML parser does: a new item ends the open one of its list, and a list ends an open paragraph.
    if (name === 'li' || name === 'ul' || name === 'ol') {
      const list = Math.max(lastOpen('ul'), lastOpen('ol'));
      const open = lastOpen(name === 'li' ? 'li' : 'p');
      if (open > 0 && open > list) stack.length = open;
    }
    const attrs = readAttrs(match[2] ?? '');
    const href = name === 'a' ? safeUrl(attrs.href, 'link') : undefined;
    const title = name === 'abbr' ? attrs.title : undefined;
    const node: RichElement = { tag: name as RichTag, attrs: { ...(href ? { href } : {}), ...(title ? { title } : {}) }, children: [] };
    current().children.push(node);
    if (name !== 'br') stack.push({ name, node });
  }
  return root.children;
}

/** The text a reader sees, for accessible names, search and length checks; a list's items a line each. */
export function richTextToPlain(nodes: readonly RichNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : node.tag === 'br' ? '\n' : isList(node) ? listToPlain(node as RichElement) : richTextToPlain(node.children))).join('');
}

const isList = (node: RichNode): boolean => typeof node !== 'string' && (node.tag === 'ul' || node.tag === 'ol');

function listToPlain(list: RichElement): string {
  const items = list.children.filter((child): child is RichElement => typeof child !== 'string' && child.tag === 'li');
  const lines = items.map((item, i) => `${list.tag === 'ol' ? `${i + 1}.` : '•'} ${richTextToPlain(item.children).replace(/\s+/g, ' ').trim()}`);
  return `\n${lines.join('\n')}\n`;
}


const hasMarkup = (text: string) => /[<&]/.test(text);

/** Inline rich text: a headline, a caption. */
export function parseInline(text: string): RichNode[] {
  return hasMarkup(text) ? parseRichText(text) : [text];
}

/**
 * Body text as paragraphs: each <p> is one, and in plain stretches a blank line
 * starts a new one. Empty paragraphs are dropped.
 */
export function parseParagraphs(text: string): RichNode[][] {
  const result: RichNode[][] = [];
  let current: RichNode[] = [];
  const flush = () => {
    if (richTextToPlain(current).trim()) result.push(current);
    current = [];
  };
  for (const node of parseInline(text)) {
    if (typeof node !== 'string' && node.tag === 'p') {
      flush();
      current = node.children;
      flush();
    } else if (isList(node)) {
      // A list is a block of its own, between paragraphs.
      flush();
      current = [node];
      flush();
    } else if (typeof node === 'string' && /\n\s*\n/.test(node)) {
      node.split(/\n\s*\n/).forEach((part, i) => {
        if (i > 0) flush();
        if (part) current.push(part);
      });
    } else {
      current.push(node);
    }
  }
  flush();
  return result;
}
