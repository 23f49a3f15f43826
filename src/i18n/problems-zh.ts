import type { ProblemWording } from '../data/describe.js';
import type { ProblemValues, ValueType } from '../problems.js';

const TYPES: Readonly<Record<ValueType, string>> = {
  null: 'null',
  list: '列表',
  number: '数字',
  boolean: '布尔值',
  object: '对象',
  string: '文本',
  undefined: '空值',
};
const q = (text: unknown) => `“${String(text)}”`;
const got = (v: ProblemValues) => (v.got?.text !== undefined ? q(v.got.text) : TYPES[v.got?.type ?? 'undefined']);

export const zhProblems: ProblemWording = {
  subjects: { document: '年表', event: '事件', era: '时期' },
  fields: {
    date: '日期',
    end: '结束日期',
    displayDate: '显示的日期',
    headline: '标题',
    body: '正文',
    src: 'src 指向的文件',
    'media.alt': '图片的替代文本',
    'media.url': '媒体地址',
    'outside.url': '来源链接',
    label: '名称',
    id: 'id',
  },
  place: (row, column) => `第${row}行${column ? `，${column}列` : ''}`,
  leftOut: '未显示',
  messages: {
    unknownField: () => '不是已知字段，已忽略',
    notText: (v) => `应为文本，而不是${got(v)}`,
    idMissing: (v) => `缺失；改用${q(v.fallback)}（直达链接需要固定的 id）`,
    idUnusable: (v) => `${got(v)}不能用作 id（字母、数字、- 和 _）；改用${q(v.fallback)}`,
    idDuplicate: (v) => `${q(v.id)}用了两次；这一个改为${q(v.renamed)}`,
    missing: () => '缺失',
    notDate: (v) => `应为日期，而不是${got(v)}`,
    dateShape: (v) =>
      `${q(v.text)}不是日期：请写成 YYYY、YYYY-MM、YYYY-MM-DD 或 YYYY-MM-DDThh:mm（公元1年以前写 -YYYY：-0752 即公元前753年；地质年代写 Y-13800000000），必要时后加 ~ 或 ?`,
    badMonth: (v) => `${q(v.text)}不是有效的月份`,
    badDay: (v) => `${q(v.text)}不是有效的日子：${v.month}只有${v.days}天`,
    twoSlashes: (v) => `${q(v.text)}含有不止一个“/”`,
    endConflict: (v) => `${q(v.end)}与日期中已给出的区间${q(v.text)}矛盾`,
    openEndNotAllowed: () => '“..”（没有结束的区间）只能用于时期',
    endBeforeStart: (v) => `${q(v.end)}早于开始日期${q(v.start)}`,
    badSource: () => '应为 { "quote": ["…"] }，至少包含一条引文',
    badRelative: () => '需要文本字段 "wording" 和 "arithmetic"',
    badOutside: () => '需要文本字段 "note" 和 "citation"；没有来源的文章外事实不予显示',
    badMedia: () => '应为带有 "url" 的对象',
    badMediaUrl: (v) => `${got(v)}不是网址，因此不显示该媒体`,
    altFromCaption: () => '缺失；用图片说明描述图片',
    altDecorative: () => '缺失，也没有图片说明：图片按装饰性图片显示（alt=""）；如果图片传达的信息多于正文，请加以描述',
    mediaQuote: () => '是标记（一段引文）；在卡片上按引文显示',
    mediaPost: (v) => `是 ${v.text} 帖子的嵌入代码；显示其文字和原帖链接（不运行该网站的脚本）`,
    mediaFrame: (v) => `是 <iframe>；显示为指向${v.text ? q(v.text) : '空地址（没有 src）'}的链接，绝不显示其他网站的框架`,
    notWebLink: (v) => `${got(v)}不是 http(s) 链接`,
    notObject: (v) => `应为对象，而不是${got(v)}`,
    emptyHeadline: () => '去掉标记后没有文字',
    badArticle: () => '应为带有文本 "title" 的对象',
    eventsMissing: () => '缺失：没有可显示的内容',
    notList: (v) => `应为列表，而不是${got(v)}`,
    eventsEmpty: () => '为空：没有可显示的内容',
    notDocument: (v) => `年表应为带有 "events" 的 JSON 对象，而不是${got(v)}`,
    notJson: (v) => `不是有效的 JSON（${v.detail}）`,
    badSrc: (v) => `${q(v.src)}不是年表可以加载的地址（http、https 或本站路径）`,
    loadFailed: (v) => `无法加载${q(v.src)}（${v.detail}）`,
    httpError: (v) => `无法加载${q(v.src)}：HTTP ${v.status}`,
    readFailed: (v) => `无法读取${q(v.src)}（${v.detail}）`,
    yearMissing: (v) => `年份${v.text ? q(v.text) : ''}缺失或不是整数`,
    yearZero: () => '为0，而 TimelineJS 没有0年：-1 即公元前1年，1 即公元1年',
    yearTooLong: (v) => `${v.year}超出这份年表能放置的年份范围（公元1年前后各1000亿年）`,
    scaleUnsupported: (v) => `不支持${q(v.text)}：公元前9999年以前的年份不予显示，每个都有单独的提示，其余照常显示`,
    csvYear: (v) => `${q(v.text)}不是这份年表能放置的年份（-10000至9999的整数；-1 即公元前1年）`,
    csvNoLayout: () => '第一行既没有 TimelineJS 的列（Year、Headline…），也没有我们的列（date、headline…）',
    csvQuote: () => '有一个引号从未闭合的单元格；其后的各行可能连在了一起',
    csvUnknownColumn: (v) =>
      `${q(v.text)}不是这份年表读取的列，因此${v.count ? `其中${v.count}个已填写的单元格被忽略` : '其中内容都不显示'}${v.fallback ? `。您是指${q(v.fallback)}吗？` : ''}`,
    csvUnusedColumn: (v) => `这份年表不使用${q(v.text)}：其中${v.count}个已填写的单元格不显示`,
    csvShortYear: (v) =>
      v.year !== undefined
        ? `${q(v.text)}：是${v.year}年还是公元${v.text}年？请写出完整年份；如指公元${v.text}年，请把单元格设为文本并写成 00${v.text}`
        : `${q(v.text)}在四位数年份中只有${String(v.text).length}位：是公元${v.text}年，还是输入不全的年份？按公元${v.text}年显示`,
    csvSpaces: (v) => `${q(v.text)}前后有空格；按${q(v.fallback)}读取`,
    csvDuplicateRow: (v) => `与第${v.count}行完全相同`,
    headlineBlank: () => '为空；读者会在此处看到正文的开头',
    csvTime: (v) =>
      v.detail === 'noDay'
        ? `${q(v.text)}是时间，但该行没有对应的日子；不显示时间`
        : `${q(v.text)}不是一天中的时间（请写 13:05 或 1:05 PM）；不显示时间`,
    translationTag: (v) => `${q(v.text)}不是语言标签（如 ru、ko 或 pt-BR）；不读取其译文`,
    translationUnknownItem: (v) => `把${q(v.id)}译成${q(v.text)}，但年表中没有这个 id 的条目`,
    translationMissing: (v) => `缺少${q(v.text)}译文：${v.detail}；该语言的读者在此看到原文`,
    tooLarge: (v) => `大小为${v.detail}；年表最多读取${v.limit} MB（未读取）`,
    tooDeep: (v) => `嵌套${v.count}层；年表最多读取${v.limit}层（未读取）`,
    tooManyEvents: (v) => `有${v.count}个，超过年表能显示的数量（${v.limit}）：显示前${v.limit}个`,
  },
};
