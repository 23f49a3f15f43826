import { he as locale } from 'date-fns/locale/he';
import { bigNumber } from '../dates/deep-time.js';
import { createDateFnsStyle } from '../dates/date-fns-style.js';
import { heProblems } from './problems-he.js';
import type { Language } from './strings.js';

/** Hebrew, written right to left. */
export const he: Language = {
  code: 'he',
  dates: createDateFnsStyle({
    locale,
    patterns: { day: "d 'ב'MMMM y", month: 'MMMM y', year: 'y' },
    // CLDR's interval formats (yMMMd, yMMM): the month's ב- stays only where one day stands before it.
    yearRange: (start, end) => `${start}–${end}`,
    withinYear: { sameMonth: ['d', '–', "d 'ב'MMMM y"], days: ['d MMMM', ' – ', 'd MMMM y'], months: ['MMMM', '–', 'MMMM y'] },
    separator: ' – ',
    bce: (label) => `${label} לפנה״ס`,
    ce: (label) => `${label} לספירה`,
    bigCount: (count) => bigNumber(count, { billion: 'מיליארד', million: 'מיליון', decimal: '.', group: ',' }),
    yearsAgo: (count) => `לפני ${count} שנה`,
    clock: 'H:mm',
    withTime: (label, time) => `${label}, ${time}`,
    openRange: (label) => `מאז ${label}`,
    approximate: (label) => `בסביבות ${label}`,
    uncertain: (label) => `${label} (לא ודאי)`,
    // Intl.PluralRules('he'): one, two, other; one and two are said by the noun alone ("שנתיים").
    units: {
      year: { one: 'שנה', two: 'שנתיים', other: 'שנים' },
      month: { one: 'חודש', two: 'חודשיים', other: 'חודשים' },
      day: { one: 'יום', two: 'יומיים', other: 'ימים' },
    },
    duration: (n, unit) => (n === '1' || n === '2' ? unit : `${n} ${unit}`),
    about: (duration) => `כ־${duration}`,
    later: (duration, approximate) => `${approximate ? 'כ־' : ''}${duration} לאחר מכן`,
    same: { year: 'באותה שנה', month: 'באותו חודש', day: 'באותו יום' },
  }),
  ui: {
    fromArticle: 'מתוך הכתבה',
    original: 'לפוסט המקורי',
    outsideArticle: 'לא מתוך הכתבה',
    citation: 'מקור',
    howDated: 'איך נקבע התאריך',
    articleSays: 'בכתבה נאמר',
    deskTranslation: 'תרגום המערכת, לא מילות הכתבה',
    // Each name isolated (FSI … PDI): an English title must not pull the Hebrew date into its run.
    basedOn: (title, publisher, date) =>
      `תאריכים וציטוטים מתוך ”\u2068${title}\u2069“${publisher ? `, \u2068${publisher}\u2069` : ''}${date ? `, ${date}` : ''}.`,
    chronology: 'ציר זמן',
    unavailable: 'לא ניתן היה לטעון את ציר הזמן.',
    noEvents: 'אף אחד מאירועי ציר הזמן לא ניתן להצגה.',
    breakName: (duration, from, to) => `פער של ${duration}, ${from} עד ${to}`,
    era: 'תקופה',
    previous: 'הקודם',
    next: 'הבא',
    position: (index, total) => `${index} מתוך ${total}`,
    events: 'אירועים',
    editorPanel: 'בעיות בנתוני ציר הזמן (מוצגות רק עם המאפיין editor)',
    problemsFound: (n) => `${n === 1 ? 'בעיה אחת' : `${n} בעיות`} בנתונים. הקוראים רואים רק את האירועים התקינים.`,
    noProblems: 'אין בעיות בנתונים.',
    problems: heProblems,
  },
};
export default he;
