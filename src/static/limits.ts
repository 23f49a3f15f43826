/**
 * The limits of ../data/limits.ts, checked by the CLI before any work starts:
 * beyond them a 100 MB file once used 3 GB of memory and a 10⁵-deep JSON ended
 * in a stack trace (issue 29); now each is one line and exit 2.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { UsageError } from './cli-args.js';
import { MAX_DEPTH, MAX_EVENTS, MAX_TEXT_MB, jsonDepth, megabytes } from '../data/limits.js';

export const MAX_FILE_BYTES = MAX_TEXT_MB * 1_000_000;

/** The file's size, before it is read. */
export function checkSize(file: string, bytes: number): void {
  if (bytes > MAX_FILE_BYTES)
    throw new UsageError(`${file} is ${megabytes(bytes)}; the largest file summit-timeline reads is ${MAX_TEXT_MB} MB`);
}

/** The text's nesting, before it is parsed. */
export function checkDepth(file: string, text: string): void {
  const depth = jsonDepth(text);
  if (depth > MAX_DEPTH) throw new UsageError(`${file} nests ${depth} levels deep; summit-timeline reads at most ${MAX_DEPTH}`);
}

/** The number of events, before they are validated and drawn. */
export function checkEvents(file: string, raw: unknown): void {
  const record = raw as { events?: unknown } | null;
  const count = Array.isArray(record?.events) ? record.events.length : 0;
  if (count > MAX_EVENTS) throw new UsageError(`${file} has ${count} events; summit-timeline draws at most ${MAX_EVENTS}`);
}

/**
 * Writes a file the CLI makes, never through a link someone left at its name:
 * opened with O_NOFOLLOW, a symbolic link there is an error, and its target is
 * not touched.
 */
export async function writeOwnFile(path: string, content: string | Uint8Array): Promise<void> {
  let handle;
  try {
    handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      throw new UsageError(`${path} is a symbolic link; summit-timeline writes only files of its own`);
    throw error;
  }
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}
