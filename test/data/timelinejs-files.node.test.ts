// Files shaped like the ones newsrooms already have: TimelineJS3 JSON using
// every field its docs list, and the Google Sheets template as CSV (our own
// files, in test/fixtures/timelinejs). What an editor would check: every event
// kept, dates right (B.C. included), media turned into something a reader can
// use, and each conversion reported.
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { readHtmlMedia } from '../../src/data/html-media.js';
import { readSourceText } from '../../src/data/read-source.js';
import { richTextToPlain } from '../../src/data/rich-text.js';
import type { DataProblem, EventMedia, TimelineDoc } from '../../src/data/types.js';
import { formatSpan } from '../../src/dates/format.js';
import { en } from '../../src/i18n/en.js';
import { datesFor } from '../../src/layout/view.js';
import { sortEvents } from '../../src/layout/chronology.js';
import { ru } from '../../src/i18n/ru.js';

const read = async (name: string) => {
  const text = await readFile(new URL(`../fixtures/timelinejs/${name}`, import.meta.url), 'utf8');
  return readSourceText(text, { field: 'src', url: name });
};
const quoteText = (media: EventMedia | undefined) => (media?.kind === 'quote' ? media.quote.map(richTextToPlain).join(' / ') : undefined);
const codes = (problems: readonly DataProblem[]) => problems.map((p) => `${p.subject}${p.index ?? ''}:${p.field}:${p.code}`);
// As the view model labels them: early A.D. years name their era in a timeline that reaches B.C.
const dates = (doc: TimelineDoc, language = en) => doc.events.map((e) => formatSpan(e.span, datesFor(doc, language)));

describe('a TimelineJS file with every kind of media', () => {
  it('keeps every slide, the headline-less one included, with ids from headlines where unique_id is empty', async () => {
    const { doc, problems } = await read('media-and-markup.json');
    expect(doc.events.map((e) => e.id)).to.deep.equal([
      'north-korea-invades',
      'macarthur',
      'truce-talks-begin-at-kaesong',
      'eisenhower-is-elected',
      'stalin-dies-in-moscow-within-weeks-the-talks-move-again',
      'armistice',
      'the-geneva-conference',
    ]);
    expect(doc.events[4].headline).to.equal('');
    expect(doc.events[4].body).to.equal('Stalin dies in Moscow; within weeks the talks move again.');
    expect(codes(problems).filter((c) => c.includes('idMissing'))).to.deep.equal([]);
  });

  it('reads the title slide through the allowlist: words kept, markup and script gone', async () => {
    const { doc } = await read('media-and-markup.json');
    expect(doc.title).to.equal('Armistice without peace');
    expect(doc.description).to.equal('In this sample timeline, every kind of media TimelineJS takes.\n\nIts JSON format is documented.');
    expect(JSON.stringify(doc.descriptionRich)).to.contain('https://timeline.knightlab.com/docs/json-format.html').and.not.contain('alert');
  });

  it('turns a blockquote into a quotation with its attribution, and reports it', async () => {
    const { doc, problems } = await read('media-and-markup.json');
    const media = doc.events[0].media;
    expect(media?.kind).to.equal('quote');
    expect(quoteText(media)).to.equal('“In the last few days, I have had to make a decision.”');
    expect(media?.credit).to.equal('Harry S. Truman');
    expect(codes(problems)).to.include('event0:media.url:mediaQuote');
  });

  it('turns a tweet into its words and a link to the original, never running its script', async () => {
    const { doc, problems } = await read('media-and-markup.json');
    const media = doc.events[1].media;
    expect(quoteText(media)).to.equal('On this day in 1951, Truman relieved MacArthur of his command. pic.twitter.com/abc123');
    expect(media?.url).to.equal('https://twitter.com/archivedesk/status/1380000000000000000?ref_src=twsrc%5Etfw');
    expect(media?.credit).to.equal('Archive Desk (@archivedesk) April 11, 2021, X (Twitter)');
    expect(problems.find((p) => p.code === 'mediaPost')?.message).to.contain('X (Twitter) post');
  });

  it('turns an iframe into a link to what it framed, labelled by its title', async () => {
    const { doc, problems } = await read('media-and-markup.json');
    expect(doc.events[2].media).to.deep.include({ kind: 'link', url: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', caption: 'Newsreel: truce talks open' });
    expect(problems.find((p) => p.code === 'mediaFrame')?.message).to.contain('youtube-nocookie.com/embed');
  });

  it('shows photos without alt text: described by the caption, or decorative without one, with a warning either way', async () => {
    const { doc, problems } = await read('media-and-markup.json');
    expect(doc.events[3].media).to.deep.include({ kind: 'image', alt: 'Eisenhower in Korea, December 1952', credit: 'U.S. Army' });
    expect(doc.events[4].media).to.deep.include({ kind: 'image', alt: '' });
    expect(doc.events[5].media).to.deep.include({ kind: 'image', alt: 'Delegates sign the armistice at Panmunjom' });
    expect(codes(problems)).to.include.members(['event3:media.alt:altFromCaption', 'event4:media.alt:altDecorative']);
    expect(doc.events[6].media).to.deep.include({ kind: 'link', caption: 'Wikipedia: the Geneva Conference' });
  });

  it('keeps the display date and group', async () => {
    const { doc } = await read('media-and-markup.json');
    expect(doc.events[1].displayDate).to.equal('April 11, 1951 (evening)');
    expect(doc.events[0].group).to.equal('War');
  });
});

describe('B.C. years from TimelineJS (no year zero: -753 is 753 B.C., EDTF -0752)', () => {
  it('places and labels every date, in English and in Russian', async () => {
    const { doc, problems } = await read('bce.json');
    expect(problems).to.deep.equal([]);
    expect(doc.events.map((e) => e.dateText)).to.deep.equal(['-0752-04-21', '-0508', '-0043-03-15', '-0026-01-16', '0000', '0014-08-19']);
    expect(dates(doc)).to.deep.equal(['April 21, 753 B.C.', '509 B.C.', 'March 15, 44 B.C.', 'Jan. 16, 27 B.C.', '1 B.C.', 'Aug. 19, A.D. 14']);
    expect(dates(doc, ru)).to.deep.equal([
      '21 апреля 753 г. до н. э.',
      '509 г. до н. э.',
      '15 марта 44 г. до н. э.',
      '16 января 27 г. до н. э.',
      '1 г. до н. э.',
      '19 августа 14 г. н. э.',
    ]);
    expect(formatSpan(doc.eras[0].span, en.dates)).to.equal('509–27 B.C.');
  });

  it('refuses year 0, which TimelineJS does not have, naming the slide', async () => {
    const { doc, problems } = await readSourceText(
      JSON.stringify({ events: [{ start_date: { year: 0 }, text: { headline: 'Nowhen' } }, { start_date: { year: 1 }, text: { headline: 'A.D. 1' } }] }),
      { field: 'src', format: 'timelinejs' },
    );
    expect(doc.events.map((e) => e.headline)).to.deep.equal(['A.D. 1']);
    expect(problems[0]).to.include({ subject: 'event', index: 0, field: 'start_date', code: 'yearZero', skipped: true });
  });
});

describe('the cosmological scale', () => {
  it('places every year as deep time, labelled the way a science desk prints it', async () => {
    const { doc, problems } = await read('cosmological.json');
    expect(doc.title).to.equal('From the Big Bang to the Moon');
    expect(doc.events.map((e) => e.id)).to.deep.equal(['big-bang', 'earth', 'dinosaurs', 'writing', 'moon']);
    expect(dates(doc)).to.deep.equal(['13.8 billion years ago', '4.54 billion years ago', '66 million years ago', '3200 B.C.', 'July 20, 1969']);
    expect(dates(doc, ru).slice(0, 3)).to.deep.equal(['13,8 млрд лет назад', '4,54 млрд лет назад', '66 млн лет назад']);
    expect(doc.events[0].dateText).to.equal('Y-13799999999');
    expect(problems).to.deep.equal([]);
  });

  it('refuses only years beyond 100 billion, one message each', async () => {
    const { doc, problems } = await read('beyond-deep-only.json');
    expect(doc.title).to.equal('Beyond deep time');
    expect(doc.events).to.deep.equal([]);
    expect(codes(problems)).to.deep.equal(['event0:start_date:yearTooLong', 'event1:start_date:yearTooLong']);
    expect(problems[0].message).to.equal('-200000000000 is outside the years this timeline places (100 billion years either side of A.D. 1)');
  });
});

describe('a TimelineJS 2 file (issue 30, finding 11)', () => {
  it('is read as what it is: title, dated slides (a one-day range as one day), tags as groups and the era', async () => {
    const { doc, problems } = await read('timelinejs2.json');
    expect(problems).to.deep.equal([]);
    expect(doc.title).to.equal('The Korean War');
    expect(doc.events.map((e) => e.headline)).to.deep.equal([
      'North Korea invades the South',
      'U.N. forces land at Inchon',
      'Armistice signed at Panmunjom',
    ]);
    expect(dates(doc)).to.deep.equal(['June 25, 1950', 'Sept. 15–19, 1950', 'July 27, 1953']);
    expect(doc.events[0].group).to.equal('War');
    expect(doc.eras.map((e) => formatSpan(e.span, en.dates))).to.deep.equal(['June 25, 1950–July 27, 1953']);
  });
});

describe('media as real TimelineJS files write it (issue 30, finding 14)', () => {
  it('shows an <img> pasted into Media as that image, with its alt text, and nothing else to say', async () => {
    const csv = 'Year,Headline,Media,Media Caption\n1950,A,"<img src=""https://example.org/a.jpg"" alt=""A tank"">",Seoul\n';
    const { doc, problems } = await readSourceText(csv, { field: 'data', format: 'csv' });
    expect(problems).to.deep.equal([]);
    expect(doc.events[0].media).to.deep.include({ kind: 'image', url: 'https://example.org/a.jpg', alt: 'A tank', caption: 'Seoul' });
  });

  it('writes out the scheme of a "//host/…" address, as TimelineJS would load it', async () => {
    const json = { events: [{ start_date: { year: 1990 }, text: { headline: 'h' }, media: { url: '//upload.wikimedia.org/x.jpg', caption: 'c', thumbnail: '//upload.wikimedia.org/t.jpg' } }] };
    const { doc } = await readSourceText(JSON.stringify(json), { field: 'src' });
    expect(doc.events[0].media).to.deep.include({ url: 'https://upload.wikimedia.org/x.jpg' });
  });
});

describe('times of day from TimelineJS (issue 30, finding 4)', () => {
  it('keeps hour and minute on a date with a day, and orders that day by them', async () => {
    const json = {
      events: [
        { start_date: { year: 2024, month: 3, day: 26, hour: 13, minute: 5 }, text: { headline: 'Later' } },
        { start_date: { year: 2024, month: 3, day: 26, hour: 1, minute: 29 }, text: { headline: 'Earlier' } },
        { start_date: { year: 2024, month: 3, hour: 9 }, text: { headline: 'No day, so no time' } },
      ],
    };
    const { doc } = await readSourceText(JSON.stringify(json), { field: 'src' });
    expect(doc.events.map((e) => e.dateText)).to.deep.equal(['2024-03-26T13:05', '2024-03-26T01:29', '2024-03']);
    expect(sortEvents(doc.events).map((e) => `${formatSpan(e.span, en.dates)}: ${e.headline}`)).to.deep.equal([
      'March 2024: No day, so no time',
      '1:29 a.m. March 26, 2024: Earlier',
      '1:05 p.m. March 26, 2024: Later',
    ]);
  });
});

describe('the Google Sheets template, as CSV', () => {
  it('reads the title row through the allowlist, B.C. years, an era, HTML media and a row without a headline', async () => {
    const { doc, problems } = await read('sheets-template.csv');
    expect(doc.title).to.equal('Rome in a spreadsheet');
    expect(doc.description).to.equal('The Sheets template, as editors fill it in.');
    expect(doc.eras.map((e) => formatSpan(e.span, en.dates))).to.deep.equal(['509–27 B.C.']);
    expect(dates(doc)).to.deep.equal(['April 21, 753 B.C.', 'noon March 15, 44 B.C.', 'Jan. 16, 27 B.C.']);
    expect(doc.events[1].displayDate).to.equal('The Ides of March');
    expect(quoteText(doc.events[0].media)).to.equal('“Rome was not built in a day.”');
    expect(doc.events[0].media?.credit).to.equal('Proverb');
    expect(doc.events[1].media).to.deep.include({ kind: 'image', alt: 'The Death of Caesar', credit: 'Vincenzo Camuccini' });
    expect(doc.events[2]).to.include({ headline: '', body: 'Octavian takes the name Augustus.' });
    expect(codes(problems)).to.deep.equal([
      // Filled columns it does not use, and the row without a headline, are said (issue 30).
      'document:Background:csvUnusedColumn',
      'event0:Media:mediaQuote',
      'event1:media.alt:altFromCaption',
      'event2:Headline:headlineBlank',
    ]);
  });
});

describe('readHtmlMedia', () => {
  it('reads Instagram embed code as a post with its permalink', () => {
    const read = readHtmlMedia(
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C0abc/?utm_source=ig_embed" data-instgrm-version="14"><div><p><a href="https://www.instagram.com/p/C0abc/">A post shared by Newsroom (@newsroom)</a></p></div></blockquote><script async src="//www.instagram.com/embed.js"></script>',
    );
    expect(read).to.deep.include({ kind: 'quote', platform: 'Instagram', url: 'https://www.instagram.com/p/C0abc/?utm_source=ig_embed' });
  });

  it('gives an iframe without src no address, and markup that is neither quote nor frame nothing', () => {
    expect(readHtmlMedia('<iframe title="x"></iframe>')).to.deep.equal({ kind: 'frame', title: 'x' });
    expect(readHtmlMedia('<div>hello</div>')).to.equal(undefined);
    expect(readHtmlMedia('<iframe src="//player.example/v/1"></iframe>')).to.deep.include({ url: 'https://player.example/v/1' });
  });
});
