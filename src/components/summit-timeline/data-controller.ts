/**
 * Why this exists: a timeline's data can come from four places, can change at
 * any time (a new `src`, a CMS preview rewriting children), and can arrive out
 * of order (a slow fetch overtaken by a newer one). This controller owns that
 * lifecycle so the element only renders whatever was read last.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDefaultChronology } from '../../data/default-chronology.js';
import { describeProblem } from '../../data/describe.js';
import { englishMessages, problemText, withMessages, type ProblemCode, type ProblemValues } from '../../problems.js';
import type { DataProblem, ReadResult } from '../../data/types.js';
import { EMPTY_DOC } from '../../data/types.js';
import { validateDocument } from '../../data/validate.js';
import { readSourceText, readSourceValue, type Format } from '../../data/read-source.js';
import { safeUrl } from '../../data/urls.js';
import { SummitDataErrorEvent } from '../../events/summit-data-error-event.js';
import { listRoot, readInlineScript } from './light-dom.js';

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
    if (src) {
      this.fetchAbort = new AbortController();
      void this.fetchSource(src, this.fetchAbort.signal).then((state) => this.publish(ticket, state));
      return;
    }
    const format = this.host.format;
    if (this.host.data !== undefined) {
      void readSourceValue(this.host.data, format).then((result) => this.publish(ticket, this.settle(result)));
      return;
    }
    const inline = readInlineScript(this.host);
    const list = listRoot(this.host);
    if (inline) {
      const hints = { format: inline.csv ? ('csv' as const) : format, field: 'script' };
      void readSourceText(inline.text, hints)
        .then((result) => this.settle(result))
        .then((state) => (state.failed && list ? this.withChildren(list, state.problems) : state))
        .then((state) => this.publish(ticket, state));
    } else if (list) {
      void this.withChildren(list, []).then((state) => this.publish(ticket, state));
    } else {
      void loadDefaultChronology().then(
        (raw) => this.publish(ticket, this.settle(validateDocument(raw))),
        (error: unknown) => this.publish(ticket, this.failure('default', 'loadFailed', { src: 'default', detail: String(error) })),
      );
    }
  }

  private async fetchSource(src: string, signal: AbortSignal): Promise<DataState> {
    const url = safeUrl(src, 'data');
    if (!url) return this.failure('src', 'badSrc', { src });
    let response: Response;
    try {
      response = await fetch(new URL(url, document.baseURI), { signal });
    } catch (error) {
      return this.failure('src', 'loadFailed', { src, detail: (error as Error).message || 'network error' });
    }
    if (!response.ok) return this.failure('src', 'httpError', { src, status: response.status });
    try {
      const hints = { format: this.host.format, contentType: response.headers.get('content-type'), url: src, field: 'src' };
      return this.settle(await readSourceText(await response.text(), hints));
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
  private async withChildren(list: Element, problems: readonly DataProblem[]): Promise<DataState> {
    const { readChildren } = await import('./light-dom-children.js');
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
    if (this.host.data !== undefined) this.state = this.settle(validateDocument(this.host.data));
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
    const messages = englishMessages() ? Promise.resolve() : import('../../problem-messages.js');
    void messages.then(() => {
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
