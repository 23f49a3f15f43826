import type { ProblemWording } from '../data/describe.js';
import type { ProblemValues, ValueType } from '../problems.js';

const TYPES: Readonly<Record<ValueType, string>> = {
  null: 'null',
  list: 'リスト',
  number: '数値',
  boolean: '真偽値',
  object: 'オブジェクト',
  string: 'テキスト',
  undefined: '値なし',
};
const q = (text: unknown) => `「${String(text)}」`;
const got = (v: ProblemValues) => (v.got?.text !== undefined ? q(v.got.text) : TYPES[v.got?.type ?? 'undefined']);

export const jaProblems: ProblemWording = {
  subjects: { document: '年表', event: '出来事', era: '時期' },
  fields: {
    date: '日付',
    end: '終了日',
    displayDate: '表示用の日付',
    headline: '見出し',
    body: '本文',
    src: 'src のファイル',
    'media.alt': '画像の代替テキスト',
    'media.url': 'メディアのアドレス',
    'outside.url': '出典のリンク',
    label: '名前',
    id: 'id',
  },
  place: (row, column) => `${row}行目${column ? `、${column}列` : ''}`,
  leftOut: '非表示',
  messages: {
    unknownField: () => 'は不明な項目のため無視しました',
    notText: (v) => `は${got(v)}ではなくテキストにしてください`,
    idMissing: (v) => `がないため${q(v.fallback)}を使います（直接リンクには固定の id が必要です）`,
    idUnusable: (v) => `${got(v)}は id に使えないため${q(v.fallback)}を使います（英字、数字、-、_）`,
    idDuplicate: (v) => `${q(v.id)}が2回使われているため、こちらを${q(v.renamed)}にしました`,
    missing: () => 'がありません',
    notDate: (v) => `は${got(v)}ではなく日付にしてください`,
    dateShape: (v) =>
      `${q(v.text)}は日付ではありません：YYYY、YYYY-MM、YYYY-MM-DD、YYYY-MM-DDThh:mm の形で書き（紀元前は -YYYY：-0752 は紀元前753年。地質年代は Y-13800000000）、必要なら ~ か ? を付けてください`,
    badMonth: (v) => `${q(v.text)}は存在しない月です`,
    badDay: (v) => `${q(v.text)}は存在しない日です：${v.month}は${v.days}日までです`,
    twoSlashes: (v) => `${q(v.text)}に「/」が2つ以上あります`,
    endConflict: (v) => `${q(v.end)}は、日付にすでに書かれた期間${q(v.text)}と矛盾します`,
    openEndNotAllowed: () => '「..」（終わりのない期間）は時期にだけ使えます',
    endBeforeStart: (v) => `${q(v.end)}は開始${q(v.start)}より前です`,
    badSource: () => 'は引用を1つ以上含む { "quote": ["…"] } にしてください',
    badRelative: () => 'にはテキストの "wording" と "arithmetic" が必要です',
    badOutside: () => 'にはテキストの "note" と "citation" が必要です。出典のない記事外の事実は表示しません',
    badMedia: () => 'は "url" を持つオブジェクトにしてください',
    badMediaUrl: (v) => `${got(v)}はウェブアドレスではないため、メディアを表示しません`,
    altFromCaption: () => 'がないため、キャプションで画像を説明します',
    altDecorative: () =>
      'がなく、キャプションもないため、画像を装飾として表示します（alt=""）。本文以上の情報がある画像なら説明を書いてください',
    mediaQuote: () => 'はマークアップ（引用）だったため、カードに引用として表示します',
    mediaPost: (v) =>
      `は${v.text}の投稿の埋め込みコードだったため、その文面と元の投稿へのリンクを表示します（SNS のスクリプトは実行しません）`,
    mediaFrame: (v) =>
      `は <iframe> だったため、${v.text ? q(v.text) : '何もないもの（src がありません）'}へのリンクとして表示します。他サイトのフレームは表示しません`,
    notWebLink: (v) => `${got(v)}は http(s) のリンクではありません`,
    notObject: (v) => `は${got(v)}ではなくオブジェクトにしてください`,
    emptyHeadline: () => 'はマークアップを除くと文字がありません',
    badArticle: () => 'はテキストの "title" を持つオブジェクトにしてください',
    eventsMissing: () => 'がありません：表示するものがありません',
    notList: (v) => `は${got(v)}ではなくリストにしてください`,
    eventsEmpty: () => 'が空です：表示するものがありません',
    notDocument: (v) => `年表は${got(v)}ではなく "events" を持つ JSON オブジェクトにしてください`,
    notJson: (v) => `は正しい JSON ではありません（${v.detail}）`,
    badSrc: (v) => `${q(v.src)}は年表が読み込めるアドレスではありません（http、https、またはこのサイトのパス）`,
    loadFailed: (v) => `${q(v.src)}を読み込めませんでした（${v.detail}）`,
    httpError: (v) => `${q(v.src)}を読み込めませんでした：HTTP ${v.status}`,
    readFailed: (v) => `${q(v.src)}を読み取れませんでした（${v.detail}）`,
    yearMissing: (v) => `年${v.text ? q(v.text) : ''}がないか、整数ではありません`,
    yearZero: () => 'は0ですが、TimelineJS に0年はありません：-1 は紀元前1年、1 は西暦1年です',
    yearTooLong: (v) => `${v.year}はこの年表が配置できる範囲（西暦1年の前後1000億年）の外です`,
    scaleUnsupported: (v) =>
      `${q(v.text)}には対応していません：紀元前9999年より前の年はそれぞれメッセージを付けて非表示にし、残りを表示します`,
    csvYear: (v) => `${q(v.text)}はこの年表が配置できる年ではありません（-10000～9999の整数。-1 は紀元前1年）`,
    csvNoLayout: () => 'の1行目に TimelineJS の列（Year、Headline…）も、こちらの列（date、headline…）もありません',
    csvQuote: () => 'に閉じられていない引用符のセルがあります。その後の行がつながっているかもしれません',
    csvUnknownColumn: (v) =>
      `${q(v.text)}はこの年表が読む列ではないため、${v.count ? `入力済みの${v.count}個のセルを無視しました` : '何も表示しません'}${v.fallback ? `。${q(v.fallback)}のことですか？` : ''}`,
    csvUnusedColumn: (v) => `${q(v.text)}はこの年表では使いません：入力済みの${v.count}個のセルは表示しません`,
    csvShortYear: (v) =>
      v.year !== undefined
        ? `${q(v.text)}：${v.year}年ですか、西暦${v.text}年ですか？ 年は省略せずに書いてください。西暦${v.text}年ならセルを文字列にして 00${v.text} と書いてください`
        : `${q(v.text)}は4桁の年の中で${String(v.text).length}桁です：西暦${v.text}年ですか、それとも入力漏れですか？ 西暦${v.text}年として表示します`,
    csvSpaces: (v) => `${q(v.text)}の前後に空白があります。${q(v.fallback)}として読みました`,
    csvDuplicateRow: (v) => `は${v.count}行目とまったく同じです`,
    headlineBlank: () => 'が空です。読者には代わりに本文の冒頭が表示されます',
    csvTime: (v) =>
      v.detail === 'noDay'
        ? `${q(v.text)}は時刻ですが、その行に日がありません。時刻は表示しません`
        : `${q(v.text)}は時刻ではありません（13:05 や 1:05 PM と書いてください）。時刻は表示しません`,
    translationTag: (v) => `${q(v.text)}は言語タグ（ru、ko、pt-BR など）ではないため、その翻訳は読みません`,
    translationUnknownItem: (v) => `は${q(v.id)}を${q(v.text)}に翻訳していますが、年表にその id の項目はありません`,
    translationMissing: (v) => `には${q(v.text)}の翻訳がありません：${v.detail}。その言語の読者には原文が表示されます`,
    tooLarge: (v) => `は${v.detail}あります。年表が読めるのは${v.limit} MB までです（読み込みません）`,
    tooDeep: (v) => `は${v.count}階層の入れ子です。年表が読めるのは${v.limit}階層までです（読み込みません）`,
    tooManyEvents: (v) => `は${v.count}件あり、年表に表示できる${v.limit}件を超えています：最初の${v.limit}件を表示します`,
  },
};
