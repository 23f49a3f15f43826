import { fr as locale } from 'date-fns/locale/fr';
import { bigNumber } from '../dates/deep-time.js';
import { createDateFnsStyle } from '../dates/date-fns-style.js';
import { frProblems } from './problems-fr.js';
import { sentence, type Language } from './strings.js';

export const fr: Language = {
  code: 'fr',
  dates: createDateFnsStyle({
    locale,
    patterns: { day: 'd MMMM y', month: 'MMMM y', year: 'y' },
    // CLDR's interval formats (yMMMd, yMMM): what the two ends share is said once.
    yearRange: (start, end) => `${start}–${end}`,
    withinYear: { sameMonth: ['d', '–', 'd MMMM y'], days: ['d MMMM', ' – ', 'd MMMM y'], months: ['MMMM', ' – ', 'MMMM y'] },
    separator: ' – ',
    bce: (label) => `${label} av. J.-C.`,
    ce: (label) => `${label} apr. J.-C.`,
    bigCount: (count) => bigNumber(count, { billion: 'milliards', million: 'millions', decimal: ',', group: '\u202f' }),
    // A count in millions takes "d’": "il y a 13,8 milliards d’années".
    yearsAgo: (count, years) => (/\p{L}$/u.test(count) ? `il y a ${count} d’années` : `il y a ${count} ${years}`),
    clock: "H 'h' mm",
    withTime: (label, time) => `${label} à ${time}`,
    openRange: (label) => `depuis ${label}`,
    approximate: (label) => `vers ${label}`,
    uncertain: (label) => `${label} (incertain)`,
    units: { year: { one: 'an', other: 'ans' }, month: { one: 'mois', other: 'mois' }, day: { one: 'jour', other: 'jours' } },
    duration: (n, unit) => `${n} ${unit}`,
    about: (duration) => `environ ${duration}`,
    later: (duration, approximate) => `${approximate ? 'environ ' : ''}${duration} plus tard`,
    same: { year: 'la même année', month: 'le même mois', day: 'le même jour' },
  }),
  ui: {
    fromArticle: 'Dans l’article',
    original: 'Voir l’original',
    outsideArticle: 'Hors de l’article',
    citation: 'Source',
    howDated: 'Comment cette date a été établie',
    articleSays: 'L’article dit',
    deskTranslation: 'Traduction de la rédaction, pas les mots de l’article',
    basedOn: (title, publisher, date) =>
      sentence(`Dates et citations tirées de « ${title} »${publisher ? `, ${publisher}` : ''}${date ? `, ${date}` : ''}`),
    chronology: 'Chronologie',
    unavailable: 'Cette chronologie n’a pas pu être chargée.',
    noEvents: 'Aucun événement de cette chronologie n’a pu être affiché.',
    breakName: (duration, from, to) => `intervalle de ${duration}, de ${from} à ${to}`,
    era: 'Période',
    previous: 'Précédent',
    next: 'Suivant',
    position: (index, total) => `${index} sur ${total}`,
    events: 'Événements',
    editorPanel: 'Problèmes dans les données de cette chronologie (visibles seulement avec l’attribut editor)',
    problemsFound: (n) => `${n} ${n < 2 ? 'problème' : 'problèmes'} dans les données. Les lecteurs ne voient que les événements valides.`,
    noProblems: 'Aucun problème dans les données.',
    problems: frProblems,
  },
};
export default fr;
