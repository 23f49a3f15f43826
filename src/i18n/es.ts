import { es as locale } from 'date-fns/locale/es';
import { bigNumber } from '../dates/deep-time.js';
import { createDateFnsStyle } from '../dates/date-fns-style.js';
import { esProblems } from './problems-es.js';
import { sentence, type Language } from './strings.js';

export const es: Language = {
  code: 'es',
  dates: createDateFnsStyle({
    locale,
    patterns: { day: "d 'de' MMMM 'de' y", month: "MMMM 'de' y", year: 'y' },
    // CLDR's interval formats (yMMMd, yMMM): what the two ends share is said once.
    yearRange: (start, end) => `${start}–${end}`,
    withinYear: {
      sameMonth: ['d', '–', "d 'de' MMMM 'de' y"],
      days: ["d 'de' MMMM", ' – ', "d 'de' MMMM 'de' y"],
      months: ['MMMM', '–', "MMMM 'de' y"],
    },
    separator: ' – ',
    bce: (label) => `${label} a. C.`,
    ce: (label) => `${label} d. C.`,
    bigCount: (count) => bigNumber(count, { billion: 'mil millones', million: 'millones', decimal: ',', group: '.' }),
    // A count in millions takes "de": "hace 13,8 mil millones de años".
    yearsAgo: (count, years) => `hace ${count}${/\p{L}$/u.test(count) ? ' de' : ''} ${years}`,
    clock: 'H:mm',
    withTime: (label, time) => `${label}, ${time}`,
    openRange: (label) => `desde ${label}`,
    approximate: (label) => `hacia ${label}`,
    uncertain: (label) => `${label} (dudoso)`,
    units: { year: { one: 'año', other: 'años' }, month: { one: 'mes', other: 'meses' }, day: { one: 'día', other: 'días' } },
    duration: (n, unit) => `${n} ${unit}`,
    about: (duration) => `unos ${duration}`,
    later: (duration, approximate) => `${approximate ? 'unos ' : ''}${duration} después`,
    same: { year: 'el mismo año', month: 'el mismo mes', day: 'el mismo día' },
  }),
  ui: {
    fromArticle: 'Del artículo',
    original: 'Ver el original',
    outsideArticle: 'Fuera del artículo',
    citation: 'Fuente',
    howDated: 'Cómo se calculó esta fecha',
    articleSays: 'El artículo dice',
    deskTranslation: 'Traducción de la redacción, no palabras del artículo',
    basedOn: (title, publisher, date) =>
      sentence(`Fechas y citas de «${title}»${publisher ? `, ${publisher}` : ''}${date ? `, ${date}` : ''}`),
    chronology: 'Cronología',
    unavailable: 'No se pudo cargar esta cronología.',
    noEvents: 'No se pudo mostrar ningún acontecimiento de esta cronología.',
    breakName: (duration, from, to) => `intervalo de ${duration}, de ${from} a ${to}`,
    era: 'Periodo',
    previous: 'Anterior',
    next: 'Siguiente',
    position: (index, total) => `${index} de ${total}`,
    events: 'Acontecimientos',
    editorPanel: 'Problemas en los datos de esta cronología (visibles solo con el atributo editor)',
    problemsFound: (n) => `${n} ${n === 1 ? 'problema' : 'problemas'} en los datos. Los lectores solo ven los acontecimientos válidos.`,
    noProblems: 'No hay problemas en los datos.',
    problems: esProblems,
  },
};
export default es;
