import { it as locale } from 'date-fns/locale/it';
import { bigNumber } from '../dates/deep-time.js';
import { createDateFnsStyle } from '../dates/date-fns-style.js';
import { itProblems } from './problems-it.js';
import { sentence, type Language } from './strings.js';

export const it: Language = {
  code: 'it',
  dates: createDateFnsStyle({
    locale,
    patterns: { day: 'd MMMM y', month: 'MMMM y', year: 'y' },
    // CLDR's interval formats (yMMMd, yMMM): what the two ends share is said once.
    yearRange: (start, end) => `${start}–${end}`,
    withinYear: { sameMonth: ['d', '–', 'd MMMM y'], days: ['d MMMM', ' – ', 'd MMMM y'], months: ['MMMM', '–', 'MMMM y'] },
    separator: ' – ',
    bce: (label) => `${label} a.C.`,
    ce: (label) => `${label} d.C.`,
    bigCount: (count) => bigNumber(count, { billion: 'miliardi', million: 'milioni', decimal: ',', group: '.' }),
    // A count in millions takes "di": "13,8 miliardi di anni fa".
    yearsAgo: (count, years) => `${count}${/\p{L}$/u.test(count) ? ' di' : ''} ${years} fa`,
    clock: 'H:mm',
    withTime: (label, time) => `${label}, ore ${time}`,
    openRange: (label) => `dal ${label}`,
    approximate: (label) => `circa ${label}`,
    uncertain: (label) => `${label} (incerto)`,
    units: { year: { one: 'anno', other: 'anni' }, month: { one: 'mese', other: 'mesi' }, day: { one: 'giorno', other: 'giorni' } },
    duration: (n, unit) => `${n} ${unit}`,
    about: (duration) => `circa ${duration}`,
    later: (duration, approximate) => `${approximate ? 'circa ' : ''}${duration} dopo`,
    same: { year: 'lo stesso anno', month: 'lo stesso mese', day: 'lo stesso giorno' },
  }),
  ui: {
    fromArticle: 'Dall’articolo',
    original: 'Vedi l’originale',
    outsideArticle: 'Fuori dall’articolo',
    citation: 'Fonte',
    howDated: 'Come è stata ricavata questa data',
    articleSays: 'L’articolo dice',
    deskTranslation: 'Traduzione della redazione, non parole dell’articolo',
    basedOn: (title, publisher, date) =>
      sentence(`Date e citazioni da «${title}»${publisher ? `, ${publisher}` : ''}${date ? `, ${date}` : ''}`),
    chronology: 'Cronologia',
    unavailable: 'Non è stato possibile caricare questa cronologia.',
    noEvents: 'Nessun evento di questa cronologia ha potuto essere mostrato.',
    breakName: (duration, from, to) => `intervallo di ${duration}, dal ${from} al ${to}`,
    era: 'Periodo',
    previous: 'Precedente',
    next: 'Successivo',
    position: (index, total) => `${index} di ${total}`,
    events: 'Eventi',
    editorPanel: 'Problemi nei dati di questa cronologia (visibili solo con l’attributo editor)',
    problemsFound: (n) => `${n} ${n === 1 ? 'problema' : 'problemi'} nei dati. I lettori vedono solo gli eventi validi.`,
    noProblems: 'Nessun problema nei dati.',
    problems: itProblems,
  },
};
export default it;
