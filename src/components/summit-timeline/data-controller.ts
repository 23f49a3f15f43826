/**
 * Why this exists: a timeline's data can come from four places, can change at
 * any time (a new `src`, a CMS preview rewriting children), and can arrive out
 * of order (a slow fetch overtaken by a newer one). This controller owns that
 * lifecycle so the element only renders whatever was read last.
 *
 * The readers and the validator are a chunk of their own (./reader.ts): the
 * default timeline never needs them (its document is validated at build time),
 * and every other source asks for them the moment it starts reading, beside
 * its fetch, so the request chain after the page stays two deep.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDefaultDocument } from '../../data/default-document.js';
import { failedRead, readNothing } from '../../data/failure.js';
import { englishMessages, withMessages } from '../../problems.js';
import type { ReadResult, TimelineDoc } from '../../data/types.js';
import type { Format } from '../../data/read-source.js';
import { safeUrl } from '../../data/urls.js';
import { SummitDataErrorEvent } from '../../events/summit-data-error-event.js';
import { mayHoldData } from './light-dom.js';
import type { OwnSource } from './read-own.js';
import { wantedLanguage } from './shown-content.js';

/** The server renderer validates synchronously, with the validator it already has (see setServerValidator). */
let serverValidate: ((raw: unknown) => ReadResult) | undefined;

/** For src/static/render-static.ts: the validator, as the element on the server must read `data` at once. */
export function setServerValidator(validate: (raw: unknown) => ReadResult): void {
  serverValidate = validate;
}

export interface DataState extends ReadResult {
  /** Nothing usable was read: the author's light-DOM fallback should show. */
  readonly failed: boolean;
  /** Only the heading of a long document, shown while its events are read. */
  readonly partial?: boolean;
}

type Host = ReactiveControllerHost & HTMLElement & { src: string; data?: unknown; format: Format; editor: boolean };

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
  /** The language the default chronology was read for, while it is what is shown. */
  private defaultFor?: { readonly lang: string | undefined };

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
    const { src, data, format } = this.host;
    this.readFrom = { src, data, format };
    this.fetchAbort?.abort();
    const publish = (result: ReadResult) => this.publish(ticket, this.settle(result));
    // A chunk that could not load: the problem names the src, or else where the data was.
    const failed = (field: string) => (error: unknown) =>
      failedRead(field, 'loadFailed', { src: field === 'src' ? src : field, detail: String(error) });
    this.defaultFor = undefined;
    const readDefault = () => {
      // The built default brings only the translation this language asks for (./default-document.ts).
      const wanted = wantedLanguage(this.host);
      this.defaultFor = { lang: wanted };
      return loadDefaultDocument(wanted).then(publish, (error: unknown) => publish(failed('default')(error)));
    };
    if (!src && data === undefined && !mayHoldData(this.host)) {
      void readDefault();
      return;
    }
    // The reader's chunk is asked for before the data, as the layout's was on connect: on a
    // fast connection a short file can be in before a request made a moment after it starts.
    const reader = import('./reader.js');
    let fetched: OwnSource['src'];
    if (src) {
      // The URL is judged before anything is fetched; the fetch goes out now, beside the reader chunk.
      const url = safeUrl(src, 'data');
      if (!url) return publish(failedRead('src', 'badSrc', { src }));
      this.fetchAbort = new AbortController();
      const response = fetch(new URL(url, document.baseURI), { signal: this.fetchAbort.signal });
      // Its failure is read (and reported) by readOwn; this keeps it from also surfacing as unhandled.
      response.catch(() => undefined);
      fetched = { text: src, response };
    }
    // A long document's heading shows first, and paints before its events are read.
    // A page that draws no frames (a background tab) reads on after a short wait.
    const preview = (heading: TimelineDoc) => {
      if (ticket === this.ticket) {
        this.state = { doc: heading, problems: [], failed: false, partial: true };
        this.host.requestUpdate();
      }
      return new Promise<void>((resolve) => {
        requestAnimationFrame(() => setTimeout(resolve));
        setTimeout(resolve, 100);
      });
    };
    void reader
      .then(({ readOwn }) => readOwn({ src: fetched, data, format, host: this.host, preview }))
      .then(
        // Laid out and drawn in a task of its own: reading a long document and drawing it
        // were one task (four times too long for a phone at 1,000 events; issue 34).
        (result) => void (result ? setTimeout(() => publish(result)) : ticket === this.ticket && readDefault()),
        (error: unknown) => publish(failed(src ? 'src' : data !== undefined ? 'data' : 'content')(error)),
      );
  }

  private settle(result: ReadResult): DataState {
    return { ...result, failed: readNothing(result) };
  }

  /**
   * Reads the data property at once, for the server renderer, where nothing
   * connects and no events can be heard. Problems are left to the caller.
   */
  readForServer(): void {
    if (this.host.data !== undefined && serverValidate) this.state = this.settle(serverValidate(this.host.data));
  }

  /**
   * Re-reads when `src` or `data` changed since the last read (a no-op before
   * connecting), or when the default chronology shows and another language is asked for.
   */
  refresh(): void {
    const from = this.readFrom;
    const host = this.host;
    const relanguaged = this.defaultFor !== undefined && this.defaultFor.lang !== wantedLanguage(host);
    if (from && (relanguaged || from.src !== host.src || from.data !== host.data || from.format !== host.format)) this.read();
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
        // The console names what left something out of the timeline; a repair that shows
        // everything (a caption standing in for alt text) is for editors (the `editor`
        // attribute), not for every reader's console (issue 33). Listeners hear every one.
        if (problem.skipped || this.host.editor) console.warn(`<summit-timeline>: ${describeProblem(problem)}`);
        this.host.dispatchEvent(new SummitDataErrorEvent(problem));
      }
    });
  }
}
