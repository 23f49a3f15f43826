/**
 * Why this exists: a timeline's data can come from four places, can change at
 * any time (a new `src`, a CMS preview rewriting children), and can arrive out
 * of order (a slow fetch overtaken by a newer one). This controller owns that
 * lifecycle so the element only renders whatever was read last.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDefaultDocument } from '../../data/default-document.js';
import { englishMessages, problemText, withMessages, type ProblemCode, type ProblemValues } from '../../problems.js';
import type { DataProblem, ReadResult } from '../../data/types.js';
import { EMPTY_DOC } from '../../data/types.js';
import type { Format } from '../../data/read-source.js';
import { safeUrl } from '../../data/urls.js';
import { SummitDataErrorEvent } from '../../events/summit-data-error-event.js';
import { listRoot, readInlineScript } from './light-dom.js';

/**
 * The readers and the validator are a chunk of their own: the default timeline
 * never needs them (its document is validated at build time), and every other
 * source asks for them the moment it starts reading, beside its fetch.
 */
const reader = () => import('./reader.js');

/** The server renderer validates synchronously, with the validator it already has (see setServerValidator). */
let serverValidate: ((raw: unknown) => ReadResult) | undefined;

/** For src/static/render-static.ts: the validator, as the element on the server must read `data` at once. */
export function setServerValidator(validate: (raw: unknown) => ReadResult): void {
  serverValidate = validate;
}

export interface DataState extends ReadResult {
  /** Nothing usable was read: the author's light-DOM fallback should show. */
  readonly failed: boolean;
}

type Host = ReactiveControllerHost & HTMLElement & { src: string; data?: unknown; format: Format };

export class TimelineDataController implements ReactiveController {
  /** Undefined until the first read finishes. */
  state?: DataState;

  private readonly host: Host;
  /** Created on connect: the server renderer has no MutationObserver. */
  private observer?: MutationObserver;
  private fetchAbort?: AbortController;
  /** Each read takes a ticket; only the newest may publish its result. */
  private ticket = 0;
  /** The src and data the last read started from, so a property change re-reads only when needed. */
  private readFrom?: { src: string; data: unknown; format: Format };

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver((records) => {
      // Attributes of the timeline itself are Lit properties with their own update path.
      const host = this.host;
      if (!host.src && host.data === undefined && records.some((r) => r.type !== 'attributes' || r.target !== host)) {
        this.read();
      }
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true });
    this.read();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.fetchAbort?.abort();
    this.ticket++;
  }

  /** Reads from the highest-precedence source present: src, the data property, inline JSON, children, default. */
  read(): void {
    const ticket = ++this.ticket;
    this.readFrom = { src: this.host.src, data: this.host.data, format: this.host.format };
    this.fetchAbort?.abort();
    const src = this.host.src;
    const format = this.host.format;
    const inline = !src && this.host.data === undefined ? readInlineScript(this.host) : undefined;
    const list = listRoot(this.host);
    const own = src || this.host.data !== undefined || inline || list;
    const failed = (field: string) => (error: unknown) => this.failure(field, 'loadFailed', { src: field, detail: String(error) });
    if (!own) {
      void loadDefaultDocument().then(
        (result) => this.publish(ticket, this.settle(result)),
        (error: unknown) => this.publish(ticket, failed('default')(error)),
      );
      return;
    }
    const read = reader();
    // Handled where it is awaited; this keeps a failed chunk from also surfacing as an unhandled rejection.
    read.catch(() => undefined);
    let state: Promise<DataState>;
    if (src) {
      this.fetchAbort = new AbortController();
      state = this.fetchSource(src, this.fetchAbort.signal, read);
    } else if (this.host.data !== undefined) {
      const data = this.host.data;
      state = read.then(({ readSourceValue }) => readSourceValue(data, format)).then((result) => this.settle(result), failed('data'));
    } else if (inline) {
      const hints = { format: inline.csv ? ('csv' as const) : format, field: 'script' };
      state = read
        .then(({ readSourceText }) => readSourceText(inline.text, hints))
        .then((result) => this.settle(result))
        .then((result) => (result.failed && list ? this.withChildren(read, list, result.problems) : result), failed('script'));
    } else {
      state = this.withChildren(read, list!, []).catch(failed('children'));
    }
    void state.then((result) => this.publish(ticket, result));
  }

  private async fetchSource(src: string, signal: AbortSignal, read: ReturnType<typeof reader>): Promise<DataState> {
    const url = safeUrl(src, 'data');
    if (!url) return this.failure('src', 'badSrc', { src });
    // The fetch goes out at once; the reader chunk is already loading beside it.
    let body: Response;
    let readers: Awaited<typeof read>;
    try {
      [body, readers] = await Promise.all([fetch(new URL(url, document.baseURI), { signal }), read]);
    } catch (error) {
      return this.failure('src', 'loadFailed', { src, detail: (error as Error).message || 'network error' });
    }
    if (!body.ok) return this.failure('src', 'httpError', { src, status: body.status });
    try {
      const hints = { format: this.host.format, contentType: body.headers.get('content-type'), url: src, field: 'src' };
      return this.settle(await readers.readSourceText(await body.text(), hints));
    } catch (error) {
      return this.failure('src', 'readFailed', { src, detail: (error as Error).message });
    }
  }

  /**
   * The readable list (inside the element, or the static render's just after
   * it), as data. It also stands in for inline JSON that cannot be read (broken,
   * or cut by a CMS): it holds the same events, so readers get the timeline;
   * the script's `problems` still go to editors.
   */
  private async withChildren(read: ReturnType<typeof reader>, list: Element, problems: readonly DataProblem[]): Promise<DataState> {
    const { readChildren, validateDocument } = await read;
    const children = readChildren(list);
    const state = this.settle(validateDocument(children ?? { events: [] }));
    return { ...state, problems: [...problems, ...state.problems] };
  }

  private settle(result: ReadResult): DataState {
    return { ...result, failed: result.doc.events.length === 0 && result.problems.length > 0 };
  }

  private failure(field: string, code: ProblemCode, values: ProblemValues): DataState {
    const problem: DataProblem = { subject: 'document', field, ...problemText(code, values), skipped: true };
    return { doc: EMPTY_DOC, problems: [problem], failed: true };
  }

  /**
   * Reads the data property at once, for the server renderer, where nothing
   * connects and no events can be heard. Problems are left to the caller.
   */
  readForServer(): void {
    if (this.host.data !== undefined && serverValidate) this.state = this.settle(serverValidate(this.host.data));
  }

  /** Re-reads when `src` or `data` changed since the last read (a no-op before connecting). */
  refresh(): void {
    const from = this.readFrom;
    const host = this.host;
    if (from && (from.src !== host.src || from.data !== host.data || from.format !== host.format)) this.read();
  }

  private publish(ticket: number, state: DataState): void {
    if (ticket !== this.ticket) return;
    this.state = state;
    this.host.requestUpdate();
    if (state.problems.length === 0) return;
    // Readers get the valid events at once. The problems' English messages are a
    // chunk of their own, loaded only now; editors, the console and listeners get
    // each problem once its message is in.
    const messages = englishMessages() ? undefined : import('../../problem-messages.js');
    void Promise.all([import('../../data/describe.js'), messages]).then(([{ describeProblem }]) => {
      if (ticket !== this.ticket) return;
      const problems = withMessages(state.problems);
      this.state = { ...state, problems };
      this.host.requestUpdate();
      for (const problem of problems) {
        console.warn(`<summit-timeline>: ${describeProblem(problem)}`);
        this.host.dispatchEvent(new SummitDataErrorEvent(problem));
      }
    });
  }
}
