import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/summit-timeline/summit-timeline.define.js';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';
import type { SummitDataErrorEvent } from '../../src/events/summit-data-error-event.js';
import { timelineWith } from './inline.js';
import { DEFAULT_LONG_GAP_YEARS } from '../../src/layout/chronology.js';

const shadow = (el: SummitTimelineElement) => el.shadowRoot!;
const items = (el: SummitTimelineElement) => [...shadow(el).querySelectorAll<HTMLLIElement>('li[data-id]')];
const ids = (el: SummitTimelineElement) => items(el).map((li) => li.dataset.id);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const dates = (el: SummitTimelineElement) => items(el).map((li) => text(li.querySelector('time')));
const headlines = (el: SummitTimelineElement) => items(el).map((li) => text(li.querySelector('[part="headline"]')));

/** Waits until the timeline shows `count` events (data loads asynchronously). */
async function rendered(el: SummitTimelineElement, count: number) {
  await waitUntil(() => items(el).length === count, `expected ${count} events, saw ${items(el).length}`, { timeout: 4000 });
  await el.updateComplete;
  return el;
}

/** Collects summit-data-error events from the moment the element exists. */
function collectErrors(target: EventTarget) {
  const errors: SummitDataErrorEvent[] = [];
  target.addEventListener('summit-data-error', (e) => errors.push(e as SummitDataErrorEvent));
  return errors;
}

describe('<summit-timeline> with no data of its own (vertical)', () => {
  it('shows the summit chronology in order, with AP date labels and <time> values', async () => {
    const el = await rendered(await fixture<SummitTimelineElement>(html`<summit-timeline layout="vertical"></summit-timeline>`), 5);
    expect(ids(el)).to.deep.equal(['stalin-kim-il-sung', 'korean-war', 'un-sanctions', 'invasion-of-ukraine', 'vostochny-summit']);
    expect(dates(el)).to.deep.equal(['c. 1945', '1950–53', 'Oct. 14, 2006', 'Feb. 24, 2022', 'Sept. 13, 2023']);
    expect(items(el).map((li) => li.querySelector('time')!.getAttribute('datetime'))).to.deep.equal([
      '1945',
      '1950',
      '2006-10-14',
      '2022-02-24',
      '2023-09-13',
    ]);
    expect(headlines(el)[4]).to.equal('Putin and Kim meet at the Vostochny cosmodrome');
    expect(shadow(el).querySelector('ol')).to.not.equal(null);
  });

  it('marks the gaps between events, with the long ones drawn as breaks', async () => {
    const el = await rendered(await fixture<SummitTimelineElement>(html`<summit-timeline layout="vertical"></summit-timeline>`), 5);
    const gaps = items(el).map((li) => text(li.querySelector('[part="gap"]')));
    expect(gaps).to.deep.equal(['', 'about 5 years later', '53 years later', '15 years later', '18 months later']);
    const long = items(el).map((li) => li.querySelector('.gap.long') !== null);
    expect(long).to.deep.equal([false, false, true, true, false]);
  });

  it('brackets the Korean War and labels it once', async () => {
    const el = await rendered(await fixture<SummitTimelineElement>(html`<summit-timeline layout="vertical"></summit-timeline>`), 5);
    const eraLabels = [...shadow(el).querySelectorAll('[part="era"]')].map(text);
    expect(eraLabels).to.deep.equal(['Era: Korean War1950–53', 'Era: Russia’s war in Ukrainesince Feb. 24, 2022']);
    expect(items(el)[1].querySelectorAll('.band.first.last')).to.have.length(1);
  });

  it('shows a list in an event’s text as a list, not run-together items', async () => {
    const el = timelineWith({
      events: [
        { id: 'one', date: '2023', headline: 'One', body: 'Her platform:<ul><li>Pledges to self-fund</li><li>Calls for limits</li></ul>' },
      ],
    });
    await fixture(html`<div style="width: 500px">${el}</div>`);
    await rendered(el, 1);
    const items = [...shadow(el).querySelectorAll('.body ul > li')].map(text);
    expect(items).to.deep.equal(['Pledges to self-fund', 'Calls for limits']);
    expect(getComputedStyle(shadow(el).querySelector('.body ul > li')!).display).to.equal('list-item');
    expect(shadow(el).querySelector('.body p ul')).to.equal(null);
  });

  it('sets overlapping eras side by side, each band in its own lane', async () => {
    const era = (id: string, date: string) => ({ id, date, label: id });
    const el = timelineWith(
      {
        eras: [era('a', '1950/1960'), era('b', '1951/1959'), era('c', '1952/1958')],
        events: [
          { id: 'one', date: '1953', headline: 'One', source: { quote: 'One' } },
          { id: 'two', date: '1955', headline: 'Two', source: { quote: 'Two' } },
        ],
      },
      { layout: 'vertical' },
    );
    await fixture(html`<div style="width: 500px">${el}</div>`);
    await rendered(el, 2);
    const lefts = [...items(el)[0].querySelectorAll('.band')].map((band) => Math.round(band.getBoundingClientRect().left));
    expect(lefts).to.have.length(3);
    expect(new Set(lefts).size, `band positions ${lefts}`).to.equal(3);
    // Classes, not style attributes: a strict CSP drops those from server-drawn markup.
    expect(shadow(el).querySelector('.band[style]')).to.equal(null);
  });

  it('shows the article’s words on every card and labels the outside fact with its citation', async () => {
    const el = await rendered(await fixture<SummitTimelineElement>(html`<summit-timeline layout="vertical"></summit-timeline>`), 5);
    for (const li of items(el)) {
      const source = li.querySelector('[part="source"]');
      expect(text(source), li.dataset.id).to.match(/^From the article: \S/);
      // Quotation marks come from <q>, so readers and screen readers get them.
      expect(source?.querySelectorAll('q').length, li.dataset.id).to.be.greaterThan(0);
    }
    const outside = items(el).map((li) => text(li.querySelector('[part="outside"]')));
    expect(outside[2]).to.contain('Outside the article').and.contain('Resolution 1718');
    expect(outside[0]).to.equal('');
    expect(text(items(el)[3].querySelector('details'))).to.contain('Sept. 13, 2023 − 18 months');
  });

  it('credits the article', async () => {
    const el = await rendered(await fixture<SummitTimelineElement>(html`<summit-timeline layout="vertical"></summit-timeline>`), 5);
    expect(text(shadow(el).querySelector('[part="credit"]'))).to.equal(
      'Dates and quotes from “With Russia Isolated on the World Stage, Putin Turns to Old Friend North Korea for Help”, The Associated Press, Sept. 13, 2023.',
    );
  });

  it('is accessible', async () => {
    const el = await rendered(await fixture<SummitTimelineElement>(html`<summit-timeline layout="vertical"></summit-timeline>`), 5);
    await expect(el).to.be.accessible();
  });

  it('formats dates in the language of the page section', async () => {
    const wrapper = await fixture(html`<section lang="ru"><summit-timeline layout="vertical"></summit-timeline></section>`);
    const el = await rendered(wrapper.querySelector('summit-timeline')!, 5);
    await waitUntil(() => dates(el)[4] === '13 сентября 2023 г.', `dates stayed ${dates(el).join(', ')}`);
    expect(text(items(el)[4].querySelector('[part="gap"]'))).to.equal('через 18 месяцев');
    await expect(wrapper).to.be.accessible();
  });
});

describe('<summit-timeline> data sources', () => {
  it('reads `src` and sorts its events chronologically', async () => {
    const el = await rendered(
      await fixture<SummitTimelineElement>(
        html`<summit-timeline layout="vertical" src="/test/fixtures/korean-war.json"></summit-timeline>`,
      ),
      3,
    );
    expect(ids(el)).to.deep.equal(['invasion', 'inchon', 'armistice']);
    expect(dates(el)).to.deep.equal(['June 25, 1950', 'Sept. 15, 1950', 'July 27, 1953']);
    expect(text(shadow(el).querySelector('[part="title"]'))).to.equal('The Korean War');
    await expect(el).to.be.accessible();
  });

  it('prefers `src` over inline JSON, and inline JSON over children', async () => {
    const el = await fixture<SummitTimelineElement>(html`<summit-timeline layout="vertical" src="/test/fixtures/korean-war.json">
      <script type="application/json">{"events":[{"id":"inline","date":"2000","headline":"Inline"}]}</script>
      <summit-event id="child" date="1999"><h3>Child</h3></summit-event>
    </summit-timeline>`);
    await rendered(el, 3);
    el.removeAttribute('src');
    await waitUntil(() => ids(el).join() === 'inline', 'inline JSON did not take over');
    el.querySelector('script')!.remove();
    await waitUntil(() => ids(el).join() === 'child', 'children did not take over');
  });

  it('reads inline JSON', async () => {
    const el = await fixture<SummitTimelineElement>(html`<summit-timeline layout="vertical">
      <script type="application/json">
        {"title":"Inline","events":[{"id":"b","date":"2023-09-13","headline":"Summit"},{"id":"a","date":"2022-02-24","headline":"Invasion"}]}
      </script>
    </summit-timeline>`);
    await rendered(el, 2);
    expect(ids(el)).to.deep.equal(['a', 'b']);
    expect(text(items(el)[1].querySelector('[part="gap"]'))).to.equal('18 months later');
    await expect(el).to.be.accessible();
  });

  it('reads <summit-event> and <summit-era> children written as a plain list', async () => {
    const el = await fixture<SummitTimelineElement>(html`<summit-timeline layout="vertical">
      <summit-era date="1950/1953">Korean War</summit-era>
      <ol>
        <li><summit-event id="war" date="1950/1953" display-date="1950 to 1953">
          <time datetime="1950">1950–53</time>
          <h3>The Korean War</h3>
          <p>Soviet weapons arrive.</p>
          <p>They stay for decades.</p>
          <blockquote>North Korea has relied on Soviet-designed weapons since the 1950-53 Korean War</blockquote>
        </summit-event></li>
        <li><summit-event id="summit"><time datetime="2023-09-13">Sept. 13, 2023</time><h3>Summit</h3></summit-event></li>
      </ol>
    </summit-timeline>`);
    await rendered(el, 2);
    expect(dates(el)).to.deep.equal(['1950 to 1953', 'Sept. 13, 2023']);
    expect([...items(el)[0].querySelectorAll('[part="body"] p')].map(text)).to.deep.equal([
      'Soviet weapons arrive.',
      'They stay for decades.',
    ]);
    expect(text(items(el)[0].querySelector('[part="source"]'))).to.contain('Soviet-designed weapons');
    expect(text(items(el)[0].querySelector('[part="era"]'))).to.contain('Korean War');
    await expect(el).to.be.accessible();
  });

  it('re-renders when children change at run time', async () => {
    const el = await fixture<SummitTimelineElement>(html`<summit-timeline layout="vertical">
      <summit-event id="one" date="2001"><h3>One</h3></summit-event>
    </summit-timeline>`);
    await rendered(el, 1);
    const added = document.createElement('summit-event');
    added.id = 'zero';
    added.setAttribute('date', '2000');
    added.innerHTML = '<h3>Zero</h3>';
    el.append(added);
    await rendered(el, 2);
    expect(ids(el)).to.deep.equal(['zero', 'one']);
    el.querySelector('#one')!.setAttribute('date', '1999');
    await waitUntil(() => ids(el).join() === 'one,zero', 'attribute change was not picked up');
    el.querySelector('#one h3')!.textContent = 'Renamed';
    await waitUntil(() => headlines(el)[0] === 'Renamed', 'text change was not picked up');
  });

  it('re-renders when `src` changes, and a late answer for an old `src` never wins', async () => {
    const el = await fixture<SummitTimelineElement>(
      html`<summit-timeline layout="vertical" src="/test/fixtures/korean-war.json"></summit-timeline>`,
    );
    await rendered(el, 3);
    el.src = '/test/fixtures/mixed-validity.json';
    el.src = '/test/fixtures/korean-war.json';
    el.src = '/test/fixtures/mixed-validity.json';
    // Both files have three events: wait for the last one's, however long a busy machine takes.
    const latest = ['good-1', 'good-2', 'good-3'].join();
    await waitUntil(() => ids(el).join() === latest, 'the last src was never shown', { timeout: 4000 });
    // Showing that a late answer never wins: the superseded fetches of local
    // files settle within a few ms, so without the ticket check one of them
    // would have replaced the list well inside this window.
    await aTimeout(200);
    expect(ids(el)).to.deep.equal(['good-1', 'good-2', 'good-3']);
  });

  it('keeps instances independent', async () => {
    const wrapper = await fixture(html`<div>
      <summit-timeline layout="vertical" id="a" src="/test/fixtures/korean-war.json"></summit-timeline>
      <summit-timeline layout="vertical" id="b"></summit-timeline>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('summit-timeline')];
    await rendered(a, 3);
    await rendered(b, 5);
    a.src = '/test/fixtures/mixed-validity.json';
    await waitUntil(() => ids(a).includes('good-1'));
    expect(items(b)).to.have.length(5);
  });
});

describe('<summit-timeline> with bad data', () => {
  it('skips invalid items, reports each one, and renders the rest', async () => {
    const wrapper = document.createElement('div');
    const errors = collectErrors(wrapper);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      wrapper.innerHTML = '<summit-timeline layout="vertical" src="/test/fixtures/mixed-validity.json"></summit-timeline>';
      const el = await fixture<HTMLDivElement>(html`${wrapper}`).then((w) => w.querySelector('summit-timeline')!);
      await rendered(el, 3);
      expect(ids(el)).to.deep.equal(['good-1', 'good-2', 'good-3']);
      // Problems are reported once their messages are in, which may be just after the render.
      await waitUntil(() => errors.length === 2, 'the two problems were not reported');
      expect(errors.map((e) => [e.detail.index, e.detail.id, e.detail.field])).to.deep.equal([
        [1, 'bad-month', 'date'],
        [3, 'no-headline', 'headline'],
      ]);
      expect(errors[0].detail.message).to.equal("'1953-13' is not a valid month");
      expect(warnings).to.deep.equal([
        "<summit-timeline>: Event 2 'bad-month': date '1953-13' is not a valid month (left out)",
        "<summit-timeline>: Event 4 'no-headline': headline is missing (left out)",
      ]);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('keeps a repair that shows everything out of readers’ consoles, and tells editors and listeners (issue 33)', async () => {
    const data = { events: [{ id: 'photo', date: '2001', headline: 'A photo', media: { url: '/p.jpg', caption: 'What it shows' } }] };
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      for (const editor of [false, true]) {
        warnings.length = 0;
        const el = document.createElement('summit-timeline') as SummitTimelineElement;
        el.layout = 'vertical';
        el.editor = editor;
        const heard: string[] = [];
        el.addEventListener('summit-data-error', (e) => heard.push(e.detail.code));
        el.data = data;
        await fixture(html`${el}`);
        await waitUntil(() => heard.length === 1, 'the repair was not reported to listeners');
        expect(heard).to.deep.equal(['altFromCaption']);
        expect(warnings.length, editor ? 'editor' : 'reader').to.equal(editor ? 1 : 0);
      }
    } finally {
      console.warn = warn;
    }
  });

  for (const [name, src] of [
    ['a 404', '/test/fixtures/missing.json'],
    ['a file that is not JSON', '/test/fixtures/not-json.txt'],
  ] as const) {
    it(`reports ${name} and leaves the fallback list visible`, async () => {
      const el = document.createElement('summit-timeline');
      el.layout = 'vertical';
      el.innerHTML = '<ol><li><summit-event date="2001"><h3>Fallback event</h3></summit-event></li></ol>';
      const error = oneEvent(el, 'summit-data-error');
      el.src = src;
      await fixture(html`${el}`);
      const { detail } = await error;
      expect(detail).to.include({ subject: 'document', field: 'src', skipped: true });
      await el.updateComplete;
      expect(items(el)).to.have.length(0);
      const slot = shadow(el).querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.tagName)).to.deep.equal(['OL']);
      expect((el.querySelector('h3') as HTMLElement).offsetHeight).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  }

  it('says so when nothing can be shown and there is no fallback', async () => {
    const el = await fixture<SummitTimelineElement>(
      html`<summit-timeline layout="vertical" src="/test/fixtures/missing.json"></summit-timeline>`,
    );
    await waitUntil(() => shadow(el).querySelector('.unavailable'));
    expect(text(shadow(el).querySelector('.unavailable'))).to.equal('This timeline could not be loaded.');
  });

  it('never runs markup from the data', async () => {
    const canary = window as unknown as { pwned?: boolean };
    canary.pwned = false;
    const el = timelineWith(
      {
        events: [
          {
            id: 'x',
            date: '2001',
            headline: '<b>Bold</b> <img src=x onerror="window.pwned=true">claim',
            body: '<script>window.pwned=true</script><p>Read <a href="javascript:window.pwned=true">this</a> and <a href="https://example.org/">that</a>.</p>',
          },
        ],
      },
      { layout: 'vertical' },
    );
    await fixture(html`${el}`);
    await rendered(el, 1);
    // Showing that nothing runs: an injected onerror would fire as soon as the
    // broken image failed, within a few ms on localhost.
    await aTimeout(50);
    expect(canary.pwned).to.equal(false);
    expect(headlines(el)[0]).to.equal('Bold claim');
    expect(text(shadow(el).querySelector('[part="headline"] strong'))).to.equal('Bold');
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    expect(text(shadow(el).querySelector('[part="body"]'))).to.equal('Read this and that.');
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="body"] a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([null, 'https://example.org/']);
    expect(links[1].rel).to.equal('noopener noreferrer');
  });
});

describe('gap-years', () => {
  it('defaults to the layout’s long-gap threshold', () => {
    expect(document.createElement('summit-timeline').gapYears).to.equal(DEFAULT_LONG_GAP_YEARS);
  });
});
