import { apStyle } from '../dates/ap-style.js';
import { sentence, type Language } from './strings.js';

export const en: Language = {
  code: 'en',
  dates: apStyle,
  ui: {
    fromArticle: 'From the article',
    original: 'See the original',
    outsideArticle: 'Outside the article',
    citation: 'Source',
    howDated: 'How this date was worked out',
    articleSays: 'The article says',
    deskTranslation: 'Our translation of the article’s text',
    basedOn: (title, publisher, date) =>
      sentence(`Dates and quotes from “${title}”${publisher ? `, ${publisher}` : ''}${date ? `, ${date}` : ''}`),
    chronology: 'Chronology',
    unavailable: 'This timeline could not be loaded.',
    noEvents: 'None of this timeline’s events could be shown.',
    breakName: (duration: string, from: string, to: string) => `gap of ${duration}, ${from} to ${to}`,
    era: 'Era',
    previous: 'Previous',
    next: 'Next',
    position: (index, total) => `${index} of ${total}`,
    events: 'Events',
    editorPanel: 'Problems in this timeline’s data (shown only with the editor attribute)',
    problemsFound: (n) => `${n} ${n === 1 ? 'problem' : 'problems'} in the data. Readers see only the valid events.`,
    noProblems: 'No problems in the data.',
  },
};
