// The bench's chronology: N deterministic events shaped like a newsroom's, and
// the same events in each peer's format and as plain server-written HTML.
// Dates mix day, month and year precision (some approximate) in four clusters
// a century apart, so the horizontal axis has long gaps to compress; most
// events carry a source quote, some a relative date or a fact from outside the
// article, every 25th an image; three eras span the clusters.

const HEADLINES = [
  'Leaders meet for talks in the capital',
  'A treaty of friendship is signed',
  'Sanctions are voted at the United Nations',
  'Envoys trade visits after a long silence',
  'A rail link reopens across the border',
  'Arms shipments are reported by officials',
  'A summit ends without a joint statement',
  'Ministers sign a trade and aid package',
];
const BODY =
  'Officials from both governments described the meeting as a turning point, while analysts cautioned that little had been agreed in writing.';
const QUOTE =
  'The talks marked a new high point in the ties between the old allies, officials said, in a relationship that dates back decades.';

export const IMAGE_PATH = '/bench-image.png';

const pad = (n) => String(n).padStart(2, '0');

/** N events and three eras, in our JSON format. */
export function chronology(count) {
  let state = 7;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const clusters = [1905, 1950, 1991, 2022];
  const events = Array.from({ length: count }, (_, i) => {
    const year = clusters[i % 4] + Math.floor(random() * 12);
    const roll = random();
    const date =
      roll < 0.6
        ? `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`
        : roll < 0.85
          ? `${year}-${pad(1 + Math.floor(random() * 12))}`
          : `${year}${random() < 0.5 ? '~' : ''}`;
    const event = { id: `e${i + 1}`, date, headline: `${HEADLINES[i % HEADLINES.length]} (${i + 1})`, body: BODY };
    if (i % 10 < 7) event.source = { quote: [QUOTE] };
    if (i % 10 === 3) event.relative = { wording: 'nearly two years earlier', arithmetic: `${year + 2} − about 2 years ≈ ${year}` };
    if (i % 12 === 5)
      event.outside = { note: 'This date is not in the article.', citation: 'Agency archive', url: 'https://example.org/archive' };
    if (i % 25 === 0) event.media = { url: `${IMAGE_PATH}?${i}`, alt: 'Delegations at a table', caption: 'The delegations meet.' };
    return event;
  });
  const eras = [
    { id: 'early', date: '1905/1917', label: 'Early years' },
    { id: 'war', date: '1950/1953', label: 'War years' },
    { id: 'late', date: '2022-02-24/..', label: 'Recent years' },
  ];
  return { title: `${count} events`, eras, events };
}

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The same events as a plain list a server would write: the floor for any script. */
export function plainList(doc) {
  const items = doc.events.map((e) => {
    const parts = [
      `<time datetime="${e.date.replace('~', '')}">${e.date}</time>`,
      `<h3>${escape(e.headline)}</h3>`,
      `<p>${escape(e.body)}</p>`,
    ];
    if (e.media)
      parts.push(
        `<figure><img src="${e.media.url}" alt="${escape(e.media.alt)}" width="600" height="400"><figcaption>${escape(e.media.caption)}</figcaption></figure>`,
      );
    if (e.source) parts.push(`<blockquote>${escape(e.source.quote[0])}</blockquote>`);
    if (e.relative) parts.push(`<p>${escape(e.relative.wording)}: ${escape(e.relative.arithmetic)}</p>`);
    if (e.outside) parts.push(`<p>${escape(e.outside.note)} <cite>${escape(e.outside.citation)}</cite></p>`);
    return `<li>${parts.join('')}</li>`;
  });
  return `<h2>${escape(doc.title)}</h2><ol class="plain">${items.join('')}</ol>`;
}

const parts = (date) => {
  const [year, month, day] = date.replace('~', '').split('/')[0].split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
};

/** TimelineJS3's JSON: text in `text`, dates as parts, images as media, eras as eras. */
export function timelineJs(doc) {
  return {
    events: doc.events.map((e) => ({
      unique_id: e.id,
      start_date: parts(e.date),
      text: {
        headline: escape(e.headline),
        text: `<p>${escape(e.body)}</p>${e.source ? `<blockquote>${escape(e.source.quote[0])}</blockquote>` : ''}`,
      },
      ...(e.media ? { media: { url: e.media.url, caption: escape(e.media.caption) } } : {}),
    })),
    eras: doc.eras.map((era) => ({
      start_date: parts(era.date),
      end_date: parts(era.date.split('/')[1] === '..' ? '2024' : era.date.split('/')[1]),
      text: { headline: era.label },
    })),
  };
}

/** vis-timeline items: the headline as content (vis shows a label per item), dates as ISO strings. */
export function visItems(doc) {
  return doc.events.map((e) => {
    const { year, month = 1, day = 1 } = parts(e.date);
    return { id: e.id, content: e.headline, start: `${year}-${pad(month)}-${pad(day)}` };
  });
}

/** react-chrono items, in date order (it shows them as given): a date title, the headline as card title, the body and quote as detail. */
export function chronoItems(doc) {
  const start = (e) => e.date.replace('~', '');
  return [...doc.events]
    .sort((a, b) => start(a).localeCompare(start(b)))
    .map((e) => ({
      title: e.date,
      cardTitle: e.headline,
      cardDetailedText: e.source ? [e.body, e.source.quote[0]] : e.body,
      ...(e.media ? { media: { type: 'IMAGE', source: { url: e.media.url } } } : {}),
    }));
}
