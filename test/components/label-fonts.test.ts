// Axis labels are measured in the font they render in: in a condensed, a
// regular and a wide typeface from npm, at host sizes from 14 to 20 px, in
// English and Korean (Hangul from Noto Sans KR), at 720 to 1600 px, every shown
// label holds its whole text inside its box, shows the full date or the year
// and nothing else, and no two labels in a lane overlap.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/summit-timeline/summit-timeline.define.js';
import type { SummitTimelineElement } from '../../src/components/summit-timeline/summit-timeline.js';
import { en } from '../../src/i18n/en.js';
import { ko } from '../../src/i18n/ko.js';
import { buildView } from '../../src/layout/view.js';
import { fontsSettled, loadFontCss } from '../fonts.js';
import { defaultDoc } from '../helpers.js';

const TYPEFACES = {
  condensed: { family: "'Roboto Condensed'", css: ['@fontsource/roboto-condensed/400.css', '@fontsource/roboto-condensed/700.css'] },
  regular: { family: "'Noto Sans'", css: ['@fontsource/noto-sans/400.css', '@fontsource/noto-sans/700.css'] },
  // One weight only: the browser draws the labels' bold synthetically, and measuring must agree.
  wide: { family: "'Krona One'", css: ['@fontsource/krona-one/400.css'] },
} as const;
const HANGUL = ['@fontsource/noto-sans-kr/400.css', '@fontsource/noto-sans-kr/700.css'];
const SIZES = [14, 17, 20];
const WIDTHS = [720, 1040, 1600];

async function timelineIn(family: string, size: number, width: number, lang: string) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="width: ${width}px; font: ${size}px ${family}, 'Noto Sans KR', sans-serif">
      <summit-timeline layout="horizontal"></summit-timeline>
    </div>`,
  );
  const el = wrapper.querySelector<SummitTimelineElement>('summit-timeline')!;
  await waitUntil(() => el.shadowRoot?.querySelectorAll('[role="tab"]').length === 5, 'no axis rendered', { timeout: 5000 });
  await fontsSettled(wrapper);
  // Fonts that arrived after the first layout re-lay the axis: let that render land.
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

interface Seen {
  text: string;
  lane: string;
  box: DOMRect;
  fits: boolean;
  /** The two forms a label may take: the full date and its year. */
  allowed: readonly string[];
}

/** The default chronology's labels in each language, from the view model the element renders. */
const FORMS = { en: buildView(defaultDoc, { language: en }).events, ko: buildView(defaultDoc, { language: ko }).events };

function labelsOf(el: SummitTimelineElement, lang: 'en' | 'ko'): Seen[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')].flatMap((tab, i) => {
    const label = tab.querySelector<HTMLElement>('.marker-label');
    if (!label) return [];
    const range = document.createRange();
    range.selectNodeContents(label);
    const textWidth = range.getBoundingClientRect().width;
    const box = label.getBoundingClientRect();
    const { date, year } = FORMS[lang][i];
    return [
      {
        text: label.textContent!.trim(),
        lane: getComputedStyle(label).getPropertyValue('--lane'),
        box,
        fits: textWidth <= box.width + 0.5,
        allowed: [date, year],
      },
    ];
  });
}

describe('axis labels in the font they render in', () => {
  before(async () => {
    await loadFontCss([...Object.values(TYPEFACES).flatMap((face) => face.css), ...HANGUL]);
  });

  for (const [name, face] of Object.entries(TYPEFACES)) {
    for (const lang of ['en', 'ko'] as const) {
      it(`${name} face, ${lang}: whole, unclipped and apart at ${SIZES.join('/')} px and ${WIDTHS.join('/')} px wide`, async () => {
        for (const size of SIZES) {
          for (const width of WIDTHS) {
            const el = await timelineIn(face.family, size, width, lang);
            const where = `${name} ${size}px at ${width}px (${lang})`;
            const labels = labelsOf(el, lang);
            expect(labels.length, `${where}: some labels shown`).to.be.greaterThan(1);
            for (const label of labels) {
              expect(label.fits, `${where}: "${label.text}" overflows its box`).to.equal(true);
              expect(label.allowed, `${where}: "${label.text}" is neither the date nor the year`).to.include(label.text);
            }
            for (const a of labels) {
              for (const b of labels) {
                if (a === b || a.lane !== b.lane) continue;
                const apart = a.box.right <= b.box.left + 0.5 || b.box.right <= a.box.left + 0.5;
                expect(apart, `${where}: "${a.text}" and "${b.text}" overlap`).to.equal(true);
              }
            }
            // Era names whole: never cut short or at their start, inside the axis (issue 31, finding 4).
            const axis = el.shadowRoot!.querySelector('.axis-scroller')!.getBoundingClientRect();
            const scroller = el.shadowRoot!.querySelector<HTMLElement>('.axis-scroller')!;
            for (const name of el.shadowRoot!.querySelectorAll<HTMLElement>('.era-name')) {
              const range = document.createRange();
              range.selectNodeContents(name.firstElementChild!);
              const text = range.getBoundingClientRect();
              const box = name.getBoundingClientRect();
              expect(text.width, `${where}: era "${name.textContent!.trim()}" is cut short`).to.be.at.most(box.width - 8 + 0.5);
              if (scroller.scrollWidth <= scroller.clientWidth + 1) {
                expect(box.left, `${where}: era "${name.textContent!.trim()}" starts outside the axis`).to.be.at.least(axis.left - 0.5);
                expect(box.right, `${where}: era "${name.textContent!.trim()}" ends outside the axis`).to.be.at.most(axis.right + 0.5);
              }
            }
            if (lang === 'en' && width >= 1040 && size <= 17) {
              expect(
                labels.map((l) => l.text),
                `${where}: every date in full`,
              ).to.deep.equal(['c. 1945', '1950–53', 'Oct. 14, 2006', 'Feb. 24, 2022', 'Sept. 13, 2023']);
            }
          }
        }
      });
    }
  }

  it('lays the labels out again when the page’s font changes', async () => {
    const el = await timelineIn(TYPEFACES.condensed.family, 16, 1040, 'en');
    const before = labelsOf(el, 'en').map((l) => l.box.width);
    el.parentElement!.style.fontFamily = `${TYPEFACES.wide.family}, sans-serif`;
    await waitUntil(
      () => labelsOf(el, 'en').every((l) => l.fits) && labelsOf(el, 'en')[0]?.box.width > before[0],
      'labels kept their condensed widths',
      { timeout: 3000 },
    );
  });
});
