// React 19 renders custom elements itself: props become properties when the
// element has them, `onsummit-select` listens for the event. The JSX typings
// come from summit-timeline/react; the app declares nothing of its own.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'summit-timeline';
import type {} from 'summit-timeline/react';
import doc from './doc.json';

function App() {
  const [selected, setSelected] = useState('');
  return (
    <main>
      <summit-timeline id="default" layout="vertical"></summit-timeline>
      <summit-timeline
        id="with-data"
        layout="vertical"
        data={doc}
        onsummit-select={(event) => setSelected(event.detail.id)}
      ></summit-timeline>
      <summit-timeline id="with-src" layout="vertical" src="/korean-war.json"></summit-timeline>
      <output id="selected">{selected}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The typings check values, not just names: a layout the element does not have is a type error.
// @ts-expect-error 'sideways' is not one of auto, vertical, horizontal
export const wrongLayout = <summit-timeline layout="sideways"></summit-timeline>;
