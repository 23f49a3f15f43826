import { ar as locale } from 'date-fns/locale/ar';
import { bigNumber } from '../dates/deep-time.js';
import { createDateFnsStyle } from '../dates/date-fns-style.js';
import { arProblems } from './problems-ar.js';
import type { Language } from './strings.js';

/**
 * Arabic, written right to left. Figures are Western digits, as many Arabic news
 * sites print them and as the data's own text has them (CLDR's default for
 * plain `ar` is Arabic-Indic digits; a desk that wants those can ask for them).
 */
export const ar: Language = {
  code: 'ar',
  dates: createDateFnsStyle({
    locale,
    patterns: { day: 'd MMMM y', month: 'MMMM y', year: 'y' },
    // CLDR's interval formats (yMMMd, yMMM): what the two ends share is said once.
    yearRange: (start, end) => `${start}–${end}`,
    withinYear: { sameMonth: ['d', '–', 'd MMMM y'], days: ['d MMMM', ' – ', 'd MMMM y'], months: ['MMMM', ' – ', 'MMMM y'] },
    separator: ' – ',
    bce: (label) => `${label} ق.م`,
    ce: (label) => `${label} م`,
    bigCount: (count) => bigNumber(count, { billion: 'مليار', million: 'مليون', decimal: '.', group: ',' }),
    yearsAgo: (count) => `قبل ${count} سنة`,
    clock: 'H:mm',
    withTime: (label, time) => `${label}، الساعة ${time}`,
    openRange: (label) => `منذ ${label}`,
    approximate: (label) => `نحو ${label}`,
    uncertain: (label) => `${label} (غير مؤكد)`,
    // Intl.PluralRules('ar'): zero, one, two, few (3–10), many (11–99), other.
    units: {
      year: { one: 'سنة', two: 'سنتان', few: 'سنوات', many: 'سنة', other: 'سنة' },
      month: { one: 'شهر', two: 'شهران', few: 'أشهر', many: 'شهرًا', other: 'شهر' },
      day: { one: 'يوم', two: 'يومان', few: 'أيام', many: 'يومًا', other: 'يوم' },
    },
    // One and two are said by the noun alone ("سنة", "سنتان"), as Arabic counts them.
    duration: (n, unit) => (n === '1' || n === '2' ? unit : `${n} ${unit}`),
    about: (duration) => `نحو ${duration}`,
    later: (duration, approximate) => `بعد ${approximate ? 'نحو ' : ''}${duration}`,
    same: { year: 'في العام نفسه', month: 'في الشهر نفسه', day: 'في اليوم نفسه' },
  }),
  ui: {
    fromArticle: 'من المقال',
    original: 'عرض المنشور الأصلي',
    outsideArticle: 'من خارج المقال',
    citation: 'المصدر',
    howDated: 'كيف حُدد هذا التاريخ',
    articleSays: 'يقول المقال',
    deskTranslation: 'ترجمة هيئة التحرير، لا كلمات المقال',
    // Each name isolated (FSI … PDI): an English title must not pull the Arabic date into its run.
    basedOn: (title, publisher, date) =>
      `التواريخ والاقتباسات من «\u2068${title}\u2069»${publisher ? `، \u2068${publisher}\u2069` : ''}${date ? `، ${date}` : ''}.`,
    chronology: 'التسلسل الزمني',
    unavailable: 'تعذر تحميل هذا التسلسل الزمني.',
    noEvents: 'تعذر عرض أي حدث من أحداث هذا التسلسل الزمني.',
    breakName: (duration, from, to) => `فجوة ${duration}، من ${from} إلى ${to}`,
    era: 'حقبة',
    previous: 'السابق',
    next: 'التالي',
    position: (index, total) => `${index} من ${total}`,
    events: 'الأحداث',
    editorPanel: 'مشكلات في بيانات هذا التسلسل الزمني (تظهر فقط مع السمة editor)',
    problemsFound: (n) => `عدد المشكلات في البيانات: ${n}. لا يرى القراء إلا الأحداث السليمة.`,
    noProblems: 'لا مشكلات في البيانات.',
    problems: arProblems,
  },
};
export default ar;
