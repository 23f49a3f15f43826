/** The protocols a link in the timeline may have: web pages and e-mail. */
export const SAFE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/**
 * A capturing click listener that keeps a click on a web or mail link from
 * leaving the test page and lets anything else through, so a script URL that
 * slipped into the page runs (and trips the test's canary) as it would for a reader.
 */
function guardNavigation(event: Event) {
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (link && SAFE_LINK_PROTOCOLS.includes(link.protocol)) event.preventDefault();
}

/**
 * For a describe block that clicks every link a hostile input produced: guards
 * navigation (above) and silences the timeline's warnings about the bad data,
 * restoring both afterwards.
 */
export function clickSafely() {
  const warn = console.warn;
  before(() => {
    console.warn = () => {};
    window.addEventListener('click', guardNavigation, true);
  });
  after(() => {
    console.warn = warn;
    window.removeEventListener('click', guardNavigation, true);
  });
}
