'use client';
// Written as a bare tag, React's hydration would drop `data` and the event prop
// (facebook/react#35446); <SummitTimeline> keeps both, and writes the data into
// the server's HTML as a readable list.
import { useState } from 'react';
import { SummitTimeline } from 'summit-timeline/react';
import doc from './doc.json';

export default function Timelines() {
  const [selected, setSelected] = useState('');
  return (
    <main>
      <SummitTimeline id="default" layout="vertical" />
      <SummitTimeline id="with-data" layout="vertical" data={doc} onSummitSelect={(event) => setSelected(event.detail.id)} />
      <SummitTimeline id="with-src" layout="vertical" src="/korean-war.json" />
      <output id="selected">{selected}</output>
    </main>
  );
}
