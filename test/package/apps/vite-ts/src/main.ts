// The package as a Vite + TypeScript app uses it: the element's module, its
// types (SummitTimelineElement, the summit-select event on addEventListener).
import 'summit-timeline';
import type { SummitTimelineElement } from 'summit-timeline';
import doc from './doc.json';
import { ENTRIES } from './every-export.ts';

const app = document.querySelector<HTMLElement>('#app')!;
app.innerHTML = `
  <summit-timeline id="default" layout="vertical"></summit-timeline>
  <summit-timeline id="with-data" layout="vertical"></summit-timeline>
  <summit-timeline id="with-src" layout="vertical" src="/korean-war.json"></summit-timeline>
  <output id="selected"></output>`;
const timeline: SummitTimelineElement = app.querySelector('summit-timeline#with-data')!;
timeline.data = doc;
timeline.addEventListener('summit-select', (event) => {
  // Typed through the package's GlobalEventHandlersEventMap: detail.id is a string.
  const id: string = event.detail.id;
  app.querySelector('output')!.textContent = id;
});

// For the check: load every entry of the package and name those that fail.
Object.assign(window, {
  loadEveryEntry: async () => {
    const failed: string[] = [];
    for (const [entry, load] of Object.entries(ENTRIES)) await load().catch((error: unknown) => failed.push(`${entry}: ${String(error)}`));
    return failed;
  },
});
