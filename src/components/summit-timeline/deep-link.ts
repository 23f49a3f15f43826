/**
 * The deep-link hash form `#<element-id>/<event-id>`: one hash can address one
 * event in one of several timelines on a page, and a plain `#<element-id>` still
 * scrolls to the element as browsers do.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

/**
 * Listens for the element's own deep links in the URL hash, on load and on
 * every hashchange, and holds the event id until the data is in.
 */
export class DeepLinkController implements ReactiveController {
  private pending?: string;
  private readonly follow = () => this.read();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.follow);
    this.read();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.follow);
  }

  private read() {
    const id = eventIdFromHash(location.hash, this.host.id);
    if (!id) return;
    this.pending = id;
    this.host.requestUpdate();
  }

  /**
   * Before a render, once the events are in: the event the URL asked for, if the
   * timeline has it. A deep link names an event in the URL, so it is the one
   * case where the element brings an event into view (`reveal`).
   */
  apply(events: readonly { readonly id: string }[], select: (id: string) => void): void {
    if (events.length === 0) return;
    const id = this.pending;
    this.pending = undefined;
    if (id && events.some((e) => e.id === id)) select(id);
  }

  /** After a render that changed the selection: the URL names it, when the element keeps hash links. */
  write(hashLinks: boolean, selected: string, changed: boolean): void {
    if (hashLinks && this.host.id && changed && selected) history.replaceState(history.state, '', hashFor(this.host.id, selected));
  }
}
