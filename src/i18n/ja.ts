import { ja as locale } from 'date-fns/locale/ja';
import { createDateFnsStyle } from '../dates/date-fns-style.js';
import { myriads } from '../dates/deep-time.js';
import { jaProblems } from './problems-ja.js';
import type { Language } from './strings.js';

export const ja: Language = {
  code: 'ja',
  dates: createDateFnsStyle({
    locale,
    patterns: { day: "y'年'M'月'd'日'", month: "y'年'M'月'", year: "y'年'" },
    // CLDR's interval formats for Japanese (y, yMMMd, yMMM), with "～" between the ends.
    yearRange: (start, end) => `${start}年～${end}年`,
    withinYear: {
      sameMonth: ["y'年'M'月'd'日'", '～', "d'日'"],
      days: ["y'年'M'月'd'日'", '～', "M'月'd'日'"],
      months: ["y'年'M'月'", '～', "M'月'"],
    },
    separator: '～',
    bce: (label) => `紀元前${label}`,
    ce: (label) => `西暦${label}`,
    // Deep time in myriads, as Japanese counts: "138億年前".
    bigCount: (count) => ({ text: myriads(count, ['億', '万'], ''), scaled: false }),
    yearsAgo: (count) => `${count}年前`,
    clock: 'H:mm',
    withTime: (label, time) => `${label} ${time}`,
    openRange: (label) => `${label}から`,
    approximate: (label) => `${label}頃`,
    uncertain: (label) => `${label}（推定）`,
    units: { year: { other: '年' }, month: { other: 'か月' }, day: { other: '日' } },
    duration: (n, unit) => `${n}${unit}`,
    about: (duration) => `約${duration}`,
    later: (duration, approximate) => `${approximate ? '約' : ''}${duration}後`,
    same: { year: '同じ年', month: '同じ月', day: '同じ日' },
  }),
  ui: {
    fromArticle: '記事の原文',
    original: '元の投稿を見る',
    outsideArticle: '記事外の情報',
    citation: '出典',
    howDated: 'この日付の算出方法',
    articleSays: '記事の表現',
    deskTranslation: '編集部による訳（記事の原文ではありません）',
    basedOn: (title, publisher, date) => `日付と引用の出典：「${title}」${publisher ? `、${publisher}` : ''}${date ? `、${date}` : ''}。`,
    chronology: '年表',
    unavailable: 'この年表を読み込めませんでした。',
    noEvents: 'この年表の出来事を一つも表示できませんでした。',
    breakName: (duration, from, to) => `${from}～${to}、${duration}の空白`,
    era: '時期',
    previous: '前へ',
    next: '次へ',
    position: (index, total) => `${total}件中${index}件目`,
    events: '出来事',
    editorPanel: 'この年表のデータの問題（editor 属性があるときだけ表示）',
    problemsFound: (n) => `データに${n}件の問題があります。読者には正しい出来事だけが表示されます。`,
    noProblems: 'データに問題はありません。',
    problems: jaProblems,
  },
};
export default ja;
