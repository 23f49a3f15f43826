import { de as locale } from 'date-fns/locale/de';
import { bigNumber } from '../dates/deep-time.js';
import { createDateFnsStyle } from '../dates/date-fns-style.js';
import { deProblems } from './problems-de.js';
import { sentence, type Language } from './strings.js';

export const de: Language = {
  code: 'de',
  dates: createDateFnsStyle({
    locale,
    patterns: { day: 'd. MMMM y', month: 'MMMM y', year: 'y' },
    // CLDR's interval formats (yMMMd, yMMM): what the two ends share is said once.
    yearRange: (start, end) => `${start}–${end}`,
    withinYear: { sameMonth: ['d.', '–', 'd. MMMM y'], days: ['d. MMMM', ' – ', 'd. MMMM y'], months: ['MMMM', '–', 'MMMM y'] },
    separator: ' – ',
    bce: (label) => `${label} v. Chr.`,
    ce: (label) => `${label} n. Chr.`,
    bigCount: (count) => bigNumber(count, { billion: 'Mrd.', million: 'Mio.', decimal: ',', group: '.' }),
    // "vor … Jahren" takes the dative plural, whatever the count.
    yearsAgo: (count) => `vor ${count} Jahren`,
    clock: "H:mm 'Uhr'",
    withTime: (label, time) => `${label}, ${time}`,
    openRange: (label) => `seit ${label}`,
    approximate: (label) => `um ${label}`,
    uncertain: (label) => `${label} (unsicher)`,
    units: { year: { one: 'Jahr', other: 'Jahre' }, month: { one: 'Monat', other: 'Monate' }, day: { one: 'Tag', other: 'Tage' } },
    duration: (n, unit) => `${n} ${unit}`,
    about: (duration) => `etwa ${duration}`,
    later: (duration, approximate) => `${approximate ? 'etwa ' : ''}${duration} später`,
    same: { year: 'im selben Jahr', month: 'im selben Monat', day: 'am selben Tag' },
  }),
  ui: {
    fromArticle: 'Aus dem Artikel',
    original: 'Zum Original',
    outsideArticle: 'Nicht aus dem Artikel',
    citation: 'Quelle',
    howDated: 'Wie dieses Datum ermittelt wurde',
    articleSays: 'Im Artikel heißt es',
    deskTranslation: 'Übersetzung der Redaktion, nicht der Wortlaut des Artikels',
    basedOn: (title, publisher, date) =>
      sentence(`Daten und Zitate aus „${title}“${publisher ? `, ${publisher}` : ''}${date ? `, ${date}` : ''}`),
    chronology: 'Chronik',
    unavailable: 'Diese Chronik konnte nicht geladen werden.',
    noEvents: 'Keines der Ereignisse dieser Chronik konnte angezeigt werden.',
    breakName: (duration, from, to) => `Lücke: ${duration}, ${from} bis ${to}`,
    era: 'Zeitraum',
    previous: 'Zurück',
    next: 'Weiter',
    position: (index, total) => `${index} von ${total}`,
    events: 'Ereignisse',
    editorPanel: 'Probleme in den Daten dieser Chronik (nur mit dem Attribut editor sichtbar)',
    problemsFound: (n) => `${n} ${n === 1 ? 'Problem' : 'Probleme'} in den Daten. Leser sehen nur die gültigen Ereignisse.`,
    noProblems: 'Keine Probleme in den Daten.',
    problems: deProblems,
  },
};
export default de;
