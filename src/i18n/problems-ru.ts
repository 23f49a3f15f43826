import type { ProblemWording } from '../data/describe.js';
import type { ProblemValues, ValueType } from '../problems.js';

const TYPES: Readonly<Record<ValueType, string>> = {
  null: 'null', list: 'список', number: 'число', boolean: 'логическое значение', object: 'объект', string: 'текст', undefined: 'ничего',
};
const got = (v: ProblemValues) => (v.got?.text !== undefined ? `«${v.got.text}»` : TYPES[v.got?.type ?? 'undefined']);

export const ruProblems: ProblemWording = {
  subjects: { document: 'Хронология', event: 'Событие', era: 'Период' },
  fields: { date: 'дата', end: 'дата окончания', displayDate: 'подпись даты', headline: 'заголовок', body: 'текст', src: 'файл по адресу src', 'media.alt': 'альтернативный текст изображения', 'media.url': 'адрес медиафайла', 'outside.url': 'ссылка на источник', label: 'название', id: 'id' },
  leftOut: 'не показано',
  messages: {
    unknownField: () => '— неизвестное поле, пропущено',
    notText: (v) => `— ожидается текст, а не ${got(v)}`,
    idMissing: (v) => `— отсутствует; используется «${v.fallback}» (для прямых ссылок нужен постоянный id)`,
    idUnusable: (v) => `${got(v)} не годится как id (буквы, цифры, - и _); используется «${v.fallback}»`,
    idDuplicate: (v) => `«${v.id}» встречается дважды; это событие теперь «${v.renamed}»`,
    missing: () => '— отсутствует',
    notDate: (v) => `— ожидается дата, а не ${got(v)}`,
    dateShape: (v) => `«${v.text}» — не дата: используйте ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД, при необходимости с ~ или ?`,
    badMonth: (v) => `«${v.text}» — несуществующий месяц`,
    badDay: (v) => `«${v.text}» — несуществующий день: в ${v.month} ${v.days} дн.`,
    twoSlashes: (v) => `«${v.text}» содержит больше одной «/»`,
    endConflict: (v) => `«${v.end}» противоречит интервалу «${v.text}», уже указанному в дате`,
    openEndNotAllowed: () => '«..» (открытый конец) допускается только у периодов',
    endBeforeStart: (v) => `«${v.end}» раньше начала «${v.start}»`,
    badSource: () => '— ожидается вид { "quote": ["…"] } хотя бы с одной цитатой',
    badRelative: () => '— нужны текстовые поля "wording" и "arithmetic"',
    badOutside: () => '— нужны "note" и "citation"; факт не из статьи без источника не показывается',
    badMedia: () => '— ожидается объект с полем "url"',
    badMediaUrl: (v) => `${got(v)} — не веб-адрес, медиафайл не показан`,
    altMissing: () => '— отсутствует: изображение не показывается, пока у него нет описания',
    notWebLink: (v) => `${got(v)} — не ссылка http(s)`,
    notObject: (v) => `— ожидается объект, а не ${got(v)}`,
    emptyHeadline: () => '— пусто после удаления разметки',
    badArticle: () => '— ожидается объект с текстовым полем "title"',
    eventsMissing: () => '— отсутствуют: показывать нечего',
    notList: (v) => `— ожидается список, а не ${got(v)}`,
    eventsEmpty: () => '— пусто: показывать нечего',
    notDocument: (v) => `хронология должна быть объектом JSON с "events", а не ${got(v)}`,
    notJson: (v) => `— не корректный JSON (${v.detail})`,
    loadFailed: (v) => `«${v.src}» не удалось загрузить (${v.detail})`,
    httpError: (v) => `«${v.src}» не удалось загрузить: HTTP ${v.status}`,
    readFailed: (v) => `«${v.src}» не удалось прочитать (${v.detail})`,
    yearMissing: (v) => `год ${v.text ? `«${v.text}» ` : ''}не указан или не целое число`,
    yearBce: (v) => `год ${v.year} — до 1 г. н. э., такие даты пока не поддерживаются`,
    yearTooLong: (v) => `в годе ${v.year} больше четырёх цифр`,
    scaleUnsupported: (v) => `«${v.text}» не поддерживается; годы читаются как годы нашей эры`,
    csvYear: (v) => `«${v.text}» — не год, который можно разместить (н. э., до четырёх цифр)`,
    csvNoLayout: () => 'в первой строке нет ни столбцов TimelineJS (Year, Headline, …), ни наших (date, headline, …)',
    csvQuote: () => 'содержит незакрытую кавычку; следующие строки могли слиться',
  },
};
