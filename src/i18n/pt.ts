import { pt as locale } from 'date-fns/locale/pt';
import { bigNumber } from '../dates/deep-time.js';
import { createDateFnsStyle } from '../dates/date-fns-style.js';
import { ptProblems } from './problems-pt.js';
import { sentence, type Language } from './strings.js';

export const pt: Language = {
  code: 'pt',
  dates: createDateFnsStyle({
    locale,
    patterns: { day: "d 'de' MMMM 'de' y", month: "MMMM 'de' y", year: 'y' },
    // CLDR's interval formats (yMMMd, yMMM), with spaces around the dash as Portuguese writes them.
    yearRange: (start, end) => `${start} – ${end}`,
    withinYear: {
      sameMonth: ['d', ' – ', "d 'de' MMMM 'de' y"],
      days: ["d 'de' MMMM", ' – ', "d 'de' MMMM 'de' y"],
      months: ['MMMM', ' – ', "MMMM 'de' y"],
    },
    separator: ' – ',
    bce: (label) => `${label} a.C.`,
    ce: (label) => `${label} d.C.`,
    bigCount: (count) => bigNumber(count, { billion: 'bilhões', million: 'milhões', decimal: ',', group: '.' }),
    // A count in millions takes "de": "há 13,8 bilhões de anos".
    yearsAgo: (count, years) => `há ${count}${/\p{L}$/u.test(count) ? ' de' : ''} ${years}`,
    clock: "H'h'mm",
    withTime: (label, time) => `${label}, ${time}`,
    openRange: (label) => `desde ${label}`,
    approximate: (label) => `por volta de ${label}`,
    uncertain: (label) => `${label} (incerto)`,
    units: { year: { one: 'ano', other: 'anos' }, month: { one: 'mês', other: 'meses' }, day: { one: 'dia', other: 'dias' } },
    duration: (n, unit) => `${n} ${unit}`,
    about: (duration) => `cerca de ${duration}`,
    later: (duration, approximate) => `${approximate ? 'cerca de ' : ''}${duration} depois`,
    same: { year: 'no mesmo ano', month: 'no mesmo mês', day: 'no mesmo dia' },
  }),
  ui: {
    fromArticle: 'Do artigo',
    original: 'Ver o original',
    outsideArticle: 'Fora do artigo',
    citation: 'Fonte',
    howDated: 'Como esta data foi calculada',
    articleSays: 'O artigo diz',
    deskTranslation: 'Tradução da redação, não palavras do artigo',
    basedOn: (title, publisher, date) =>
      sentence(`Datas e citações de “${title}”${publisher ? `, ${publisher}` : ''}${date ? `, ${date}` : ''}`),
    chronology: 'Cronologia',
    unavailable: 'Não foi possível carregar esta cronologia.',
    noEvents: 'Nenhum acontecimento desta cronologia pôde ser mostrado.',
    breakName: (duration, from, to) => `intervalo de ${duration}, de ${from} a ${to}`,
    era: 'Período',
    previous: 'Anterior',
    next: 'Seguinte',
    position: (index, total) => `${index} de ${total}`,
    events: 'Acontecimentos',
    editorPanel: 'Problemas nos dados desta cronologia (visíveis só com o atributo editor)',
    problemsFound: (n) => `${n} ${n === 1 ? 'problema' : 'problemas'} nos dados. Os leitores veem só os acontecimentos válidos.`,
    noProblems: 'Não há problemas nos dados.',
    problems: ptProblems,
  },
};
export default pt;
