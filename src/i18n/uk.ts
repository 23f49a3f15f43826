import { uk as locale } from 'date-fns/locale/uk';
import { bigNumber } from '../dates/deep-time.js';
import { createDateFnsStyle } from '../dates/date-fns-style.js';
import { ukProblems } from './problems-uk.js';
import { sentence, type Language } from './strings.js';

export const uk: Language = {
  code: 'uk',
  dates: createDateFnsStyle({
    locale,
    patterns: { day: "d MMMM y 'р.'", month: 'LLLL y', year: 'y' },
    // CLDR's interval formats (yMMMMd, yMMMM), with the month in the genitive beside a day.
    yearRange: (start, end) => `${start}–${end}`,
    withinYear: { sameMonth: ['d', '–', "d MMMM y 'р.'"], days: ['d MMMM', ' – ', "d MMMM y 'р.'"], months: ['LLLL', '–', 'LLLL y'] },
    separator: ' – ',
    bce: (label, precision) => `${label}${precision === 'day' ? '' : ' р.'} до н. е.`,
    ce: (label, precision) => `${label}${precision === 'day' ? '' : ' р.'} н. е.`,
    // Deep time (./deep-time.ts): "13,8 млрд років тому", "315 000 років тому".
    bigCount: (count) => bigNumber(count, { billion: 'млрд', million: 'млн', decimal: ',', group: '\u00a0' }),
    yearsAgo: (count, years) => `${count} ${years} тому`,
    clock: 'HH:mm',
    withTime: (label, time) => `${label}, ${time}`,
    openRange: (label) => `з ${label}`,
    approximate: (label) => `бл. ${label}`,
    uncertain: (label) => `${label} (імовірно)`,
    units: {
      year: { one: 'рік', few: 'роки', many: 'років', other: 'року' },
      month: { one: 'місяць', few: 'місяці', many: 'місяців', other: 'місяця' },
      day: { one: 'день', few: 'дні', many: 'днів', other: 'дня' },
    },
    duration: (n, unit) => `${n} ${unit}`,
    about: (duration) => `приблизно ${duration}`,
    later: (duration, approximate) => `${approximate ? 'приблизно ' : ''}через ${duration}`,
    same: { year: 'того ж року', month: 'того ж місяця', day: 'того ж дня' },
  }),
  ui: {
    fromArticle: 'Зі статті',
    original: 'Відкрити оригінал',
    outsideArticle: 'Не зі статті',
    citation: 'Джерело',
    howDated: 'Як визначено дату',
    articleSays: 'У статті сказано',
    deskTranslation: 'Переклад редакції, не слова зі статті',
    basedOn: (title, publisher, date) =>
      sentence(`Дати й цитати зі статті «${title}»${publisher ? `, ${publisher}` : ''}${date ? `, ${date}` : ''}`),
    chronology: 'Хронологія',
    unavailable: 'Не вдалося завантажити хронологію.',
    noEvents: 'Жодну подію цієї хронології не вдалося показати.',
    breakName: (duration: string, from: string, to: string) => `розрив: ${duration}, ${from}–${to}`,
    era: 'Період',
    previous: 'Назад',
    next: 'Далі',
    position: (index, total) => `${index} з ${total}`,
    events: 'Події',
    editorPanel: 'Помилки в даних хронології (видно лише в режимі редактора)',
    problemsFound: (n) => `Помилок у даних: ${n}. Читачі бачать лише коректні події.`,
    noProblems: 'Помилок у даних немає.',
    problems: ukProblems,
  },
};
export default uk;
