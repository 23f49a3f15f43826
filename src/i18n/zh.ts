import { zhCN as locale } from 'date-fns/locale/zh-CN';
import { createDateFnsStyle } from '../dates/date-fns-style.js';
import { myriads } from '../dates/deep-time.js';
import { zhProblems } from './problems-zh.js';
import type { Language } from './strings.js';

/** Chinese in simplified characters (zh, zh-CN, zh-SG, zh-Hans); traditional (zh-Hant, zh-TW, zh-HK) is not this table. */
export const zh: Language = {
  code: 'zh-Hans',
  dates: createDateFnsStyle({
    locale,
    patterns: { day: "y'年'M'月'd'日'", month: "y'年'M'月'", year: "y'年'" },
    // CLDR's interval formats for Chinese (y, yMMMd, yMMM): "1950–1953年", "2023年9月13日至14日".
    yearRange: (start, end) => `${start}–${end}年`,
    withinYear: {
      sameMonth: ["y'年'M'月'd'日'", '至', "d'日'"],
      days: ["y'年'M'月'd'日'", '至', "M'月'd'日'"],
      months: ["y'年'M'月'", '至', "M'月'"],
    },
    separator: '至',
    bce: (label) => `公元前${label}`,
    ce: (label) => `公元${label}`,
    // Deep time in myriads, as Chinese counts: "138亿年前".
    bigCount: (count) => ({ text: myriads(count, ['亿', '万'], ''), scaled: false }),
    yearsAgo: (count) => `${count}年前`,
    clock: 'H:mm',
    withTime: (label, time) => `${label} ${time}`,
    openRange: (label) => `${label}起`,
    approximate: (label) => `约${label}`,
    uncertain: (label) => `${label}（存疑）`,
    units: { year: { other: '年' }, month: { other: '个月' }, day: { other: '天' } },
    duration: (n, unit) => `${n}${unit}`,
    about: (duration) => `约${duration}`,
    later: (duration, approximate) => `${approximate ? '约' : ''}${duration}后`,
    same: { year: '同年', month: '同月', day: '同日' },
  }),
  ui: {
    fromArticle: '文章原文',
    original: '查看原帖',
    outsideArticle: '文章以外的资料',
    citation: '来源',
    howDated: '这个日期是怎样推算的',
    articleSays: '文章的说法',
    deskTranslation: '编辑部译文（并非文章原文）',
    basedOn: (title, publisher, date) => `日期和引文出自《${title}》${publisher ? `，${publisher}` : ''}${date ? `，${date}` : ''}。`,
    chronology: '年表',
    unavailable: '无法加载这份年表。',
    noEvents: '这份年表中的事件均无法显示。',
    breakName: (duration, from, to) => `${from}至${to}，间隔${duration}`,
    era: '时期',
    previous: '上一个',
    next: '下一个',
    position: (index, total) => `第${index}个，共${total}个`,
    events: '事件',
    editorPanel: '这份年表的数据问题（仅在有 editor 属性时显示）',
    problemsFound: (n) => `数据中有${n}个问题。读者只会看到有效的事件。`,
    noProblems: '数据中没有问题。',
    problems: zhProblems,
  },
};
export default zh;
