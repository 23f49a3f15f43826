/**
 * Reads a timeline's own data — the `src` response, the `data` property, an
 * inline script, or the readable list — into a document with its problems.
 * Part of the reader chunk (./reader.ts): the data controller has already
 * started any fetch, so the file and this code arrive side by side.
 */
import { failedRead, readNothing } from '../../data/failure.js';
import { readSourceText, readSourceValue, type Format, type Preview } from '../../data/read-source.js';
import type { DataProblem, ReadResult } from '../../data/types.js';
import { validateDocument } from '../../data/validate.js';
import { listRoot, readChildren, readInlineScript } from './light-dom-children.js';

export interface OwnSource {
  /** `src` as the author wrote it (for problems), with its fetch already under way. */
  readonly src?: { readonly text: string; readonly response: Promise<Response> };
  readonly data: unknown;
  readonly format: Format;
  /** The timeline, for its inline script or readable list. */
  readonly host: Element;
  /** Shows a long document's heading while its events are read. */
  readonly preview?: Preview;
}

/**
 * The timeline's own data, or undefined when it has none after all (an emptied
 * script, only a nested timeline's children): the default is then shown.
 */
export async function readOwn(source: OwnSource): Promise<ReadResult | undefined> {
  const { src, data, format, host, preview } = source;
  if (src) return readResponse(src.text, src.response, format, preview);
  if (data !== undefined) return readSourceValue(data, format, preview);
  const inline = readInlineScript(host);
  // The readable list: inside the element, or the static render's just after it.
  const list = listRoot(host);
  if (inline) {
    const result = await readSourceText(inline.text, { format: inline.csv ? 'csv' : format, field: 'script' }, preview);
    // Inline JSON that cannot be read (broken, or cut by a CMS) gives way to the
    // list, which holds the same events; the script's problems still go to editors.
    return readNothing(result) && list ? withChildren(list, result.problems) : result;
  }
  return list ? withChildren(list, []) : undefined;
}

async function readResponse(src: string, pending: Promise<Response>, format: Format, preview?: Preview): Promise<ReadResult> {
  let response: Response;
  try {
    response = await pending;
  } catch (error) {
    return failedRead('src', 'loadFailed', { src, detail: (error as Error).message || 'network error' });
  }
  if (!response.ok) return failedRead('src', 'httpError', { src, status: response.status });
  try {
    const hints = { format, contentType: response.headers.get('content-type'), url: src, field: 'src' };
    return await readSourceText(await response.text(), hints, preview);
  } catch (error) {
    return failedRead('src', 'readFailed', { src, detail: (error as Error).message });
  }
}

function withChildren(list: Element, problems: readonly DataProblem[]): ReadResult {
  const result = validateDocument(readChildren(list) ?? { events: [] });
  return { ...result, problems: [...problems, ...result.problems] };
}
