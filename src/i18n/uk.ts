import { uk as locale } from 'date-fns/locale/uk';
import { createDateFnsStyle } from '../dates/date-fns-style.js';
import type { Language } from './strings.js';

export const uk: Language = {
  code: 'uk',
  dates: createDateFnsStyle({
    locale,
    patterns: { day: "d MMMM yyyy 'р.'", month: 'LLLL yyyy', year: 'yyyy' },
    openRange: (label) => `з ${label}`,
    approximate: (label) => `бл. ${label}`,
    uncertain: (label) => `${label} (імовірно)`,
    units: {
      year: { one: 'рік', few: 'роки', many: 'років', other: 'року' },
      month: { one: 'місяць', few: 'місяці', many: 'місяців', other: 'місяця' },
      day: { one: 'день', few: 'дні', many: 'днів', other: 'дня' },
    },
    later: (n, unit) => `через ${n} ${unit}`,
    aboutLater: (n, unit) => `приблизно через ${n} ${unit}`,
    same: { year: 'того ж року', month: 'того ж місяця', day: 'того ж дня' },
  }),
  ui: {
    fromArticle: 'Зі статті',
    outsideArticle: 'Не зі статті',
    citation: 'Джерело',
    howDated: 'Як визначено дату',
    articleSays: 'У статті сказано',
    basedOn: (title, publisher, date) =>
      `Дати й цитати зі статті «${title}»${publisher ? `, ${publisher}` : ''}${date ? `, ${date}` : ''}.`,
    chronology: 'Хронологія',
    unavailable: 'Не вдалося завантажити хронологію.',
    era: 'Період',
  },
};
