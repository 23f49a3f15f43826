// @newswire/frames 1.0.0 ships no type declarations; the one function the tests call:
declare module '@newswire/frames' {
  /** Listens for an iframe's height messages, sizes it, and asks it for its height now (frames-init); returns a function that stops listening. */
  export function observeIframe(iframe: HTMLIFrameElement): () => void;
}
