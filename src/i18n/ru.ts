import { ru as locale } from 'date-fns/locale/ru';
import { bigNumber } from '../dates/deep-time.js';
import { createDateFnsStyle } from '../dates/date-fns-style.js';
import { ruProblems } from './problems-ru.js';
import { sentence, type Language } from './strings.js';

export const ru: Language = {
  code: 'ru',
  dates: createDateFnsStyle({
    locale,
    patterns: { day: "d MMMM y 'г.'", month: 'LLLL y', year: 'y' },
    // CLDR's interval formats (yMMMMd, yMMMM), with the month in the genitive beside a day.
    yearRange: (start, end) => `${start}–${end}`,
    withinYear: { sameMonth: ['d', '–', "d MMMM y 'г.'"], days: ['d MMMM', ' – ', "d MMMM y 'г.'"], months: ['LLLL', '–', 'LLLL y'] },
    separator: ' – ',
    bce: (label, precision) => `${label}${precision === 'day' ? '' : ' г.'} до н. э.`,
    ce: (label, precision) => `${label}${precision === 'day' ? '' : ' г.'} н. э.`,
    // Deep time (./deep-time.ts): "13,8 млрд лет назад", "315 000 лет назад".
    bigCount: (count) => bigNumber(count, { billion: 'млрд', million: 'млн', decimal: ',', group: '\u00a0' }),
    yearsAgo: (count, years) => `${count} ${years} назад`,
    clock: 'H:mm',
    withTime: (label, time) => `${label}, ${time}`,
    openRange: (label) => `с ${label}`,
    approximate: (label) => `ок. ${label}`,
    uncertain: (label) => `${label} (предположительно)`,
    units: {
      year: { one: 'год', few: 'года', many: 'лет', other: 'года' },
      month: { one: 'месяц', few: 'месяца', many: 'месяцев', other: 'месяца' },
      day: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
    },
    duration: (n, unit) => `${n} ${unit}`,
    about: (duration) => `примерно ${duration}`,
    later: (duration, approximate) => `${approximate ? 'примерно ' : ''}через ${duration}`,
    same: { year: 'в том же году', month: 'в том же месяце', day: 'в тот же день' },
  }),
  ui: {
    fromArticle: 'Из статьи',
    original: 'Открыть оригинал',
    outsideArticle: 'Не из статьи',
    citation: 'Источник',
    howDated: 'Как установлена дата',
    articleSays: 'В статье сказано',
    deskTranslation: 'Перевод редакции, не слова из статьи',
    basedOn: (title, publisher, date) =>
      sentence(`Даты и цитаты из статьи «${title}»${publisher ? `, ${publisher}` : ''}${date ? `, ${date}` : ''}`),
    chronology: 'Хронология',
    unavailable: 'Не удалось загрузить хронологию.',
    noEvents: 'Ни одно событие этой хронологии не удалось показать.',
    breakName: (duration: string, from: string, to: string) => `разрыв: ${duration}, ${from}–${to}`,
    era: 'Период',
    previous: 'Назад',
    next: 'Вперёд',
    position: (index, total) => `${index} из ${total}`,
    events: 'События',
    editorPanel: 'Ошибки в данных хронологии (видны только в режиме редактора)',
    problemsFound: (n) => `Ошибок в данных: ${n}. Читатели видят только корректные события.`,
    noProblems: 'Ошибок в данных нет.',
    problems: ruProblems,
  },
};
export default ru;
