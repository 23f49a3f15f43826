import { ko as locale } from 'date-fns/locale/ko';
import { createDateFnsStyle } from '../dates/date-fns-style.js';
import { myriads } from '../dates/deep-time.js';
import { koProblems } from './problems-ko.js';
import { sentence, type Language } from './strings.js';

export const ko: Language = {
  code: 'ko',
  dates: createDateFnsStyle({
    locale,
    patterns: { day: "y'년' M'월' d'일'", month: "y'년' M'월'", year: "y'년'" },
    bce: (label) => `기원전 ${label}`,
    ce: (label) => `서기 ${label}`,
    // CLDR's interval formats for Korean: the year once, "~" between the ends.
    yearRange: (start, end) => `${start}년 ~ ${end}년`,
    withinYear: {
      sameMonth: ["y'년' M'월' d'일'", '~', "d'일'"],
      days: ["y'년' M'월' d'일'", ' ~ ', "M'월' d'일'"],
      months: ["y'년' M'월'", '~', "M'월'"],
    },
    separator: ' ~ ',
    // Deep time (./deep-time.ts), in myriads as Korean counts: "138억 년 전", "31만 5000년 전".
    bigCount: (count) => ({ text: myriads(count, ['억', '만'], ' '), scaled: false }),
    // A count ending in a unit of its own (억, 만) takes a space before 년: "138억 년 전", "3500년 전".
    yearsAgo: (count) => (/[억만]$/.test(count) ? `${count} 년 전` : `${count}년 전`),
    clock: 'a h:mm',
    withTime: (label, time) => `${label} ${time}`,
    openRange: (label) => `${label}부터`,
    approximate: (label) => `${label}경`,
    uncertain: (label) => `${label}(추정)`,
    units: {
      year: { other: '년' },
      month: { other: '개월' },
      day: { other: '일' },
    },
    duration: (n, unit) => `${n}${unit}`,
    about: (duration) => `약 ${duration}`,
    later: (duration, approximate) => `${approximate ? '약 ' : ''}${duration} 후`,
    same: { year: '같은 해', month: '같은 달', day: '같은 날' },
  }),
  ui: {
    fromArticle: '기사 원문',
    original: '원문 보기',
    outsideArticle: '기사 외 자료',
    citation: '출처',
    howDated: '날짜 산출 근거',
    articleSays: '기사 표현',
    deskTranslation: '기사 원문이 아닌 편집국 번역',
    basedOn: (title, publisher, date) =>
      sentence(`날짜와 인용: 「${title}」${publisher ? `, ${publisher}` : ''}${date ? `, ${date}` : ''}`),
    chronology: '연표',
    unavailable: '연표를 불러오지 못했습니다.',
    noEvents: '이 연표의 사건을 하나도 표시할 수 없습니다.',
    // CLDR's range form for Korean years: "1953년 ~ 2006년".
    breakName: (duration: string, from: string, to: string) => `${from} ~ ${to}, ${duration} 공백`,
    era: '시기',
    previous: '이전',
    next: '다음',
    position: (index, total) => `${total}개 중 ${index}번째`,
    events: '사건',
    editorPanel: '연표 데이터 오류 (편집자 모드에서만 표시)',
    problemsFound: (n) => `데이터 오류 ${n}건. 독자에게는 올바른 사건만 표시됩니다.`,
    noProblems: '데이터 오류가 없습니다.',
    problems: koProblems,
  },
};
export default ko;
