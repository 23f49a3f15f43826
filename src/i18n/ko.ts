import { ko as locale } from 'date-fns/locale/ko';
import { createDateFnsStyle } from '../dates/date-fns-style.js';
import type { Language } from './strings.js';

export const ko: Language = {
  code: 'ko',
  dates: createDateFnsStyle({
    locale,
    patterns: { day: "yyyy'년' M'월' d'일'", month: "yyyy'년' M'월'", year: "yyyy'년'" },
    yearRange: (start, end) => `${start}–${end}년`,
    openRange: (label) => `${label}부터`,
    approximate: (label) => `${label}경`,
    uncertain: (label) => `${label}(추정)`,
    units: {
      year: { other: '년' },
      month: { other: '개월' },
      day: { other: '일' },
    },
    later: (n, unit) => `${n}${unit} 후`,
    aboutLater: (n, unit) => `약 ${n}${unit} 후`,
    same: { year: '같은 해', month: '같은 달', day: '같은 날' },
  }),
  ui: {
    fromArticle: '기사 원문',
    outsideArticle: '기사 외 자료',
    citation: '출처',
    howDated: '날짜 산출 근거',
    articleSays: '기사 표현',
    basedOn: (title, publisher, date) =>
      `날짜와 인용: 「${title}」${publisher ? `, ${publisher}` : ''}${date ? `, ${date}` : ''}.`,
    chronology: '연표',
    unavailable: '연표를 불러오지 못했습니다.',
    era: '시기',
  },
};
