import type { ProblemWording } from '../data/describe.js';
import type { ProblemValues, ValueType } from '../problems.js';

const TYPES: Readonly<Record<ValueType, string>> = {
  null: 'null',
  list: 'список',
  number: 'число',
  boolean: 'логическое значение',
  object: 'объект',
  string: 'текст',
  undefined: 'ничего',
};
const got = (v: ProblemValues) => (v.got?.text !== undefined ? `«${v.got.text}»` : TYPES[v.got?.type ?? 'undefined']);

export const ruProblems: ProblemWording = {
  subjects: { document: 'Хронология', event: 'Событие', era: 'Период' },
  fields: {
    date: 'дата',
    end: 'дата окончания',
    displayDate: 'подпись даты',
    headline: 'заголовок',
    body: 'текст',
    src: 'файл по адресу src',
    'media.alt': 'альтернативный текст изображения',
    'media.url': 'адрес медиафайла',
    'outside.url': 'ссылка на источник',
    label: 'название',
    id: 'id',
  },
  place: (row, column) => `Строка ${row}${column ? `, столбец ${column}` : ''}`,
  leftOut: 'не показано',
  messages: {
    unknownField: () => '— неизвестное поле, пропущено',
    notText: (v) => `— ожидается текст, а не ${got(v)}`,
    idMissing: (v) => `— отсутствует; используется «${v.fallback}» (для прямых ссылок нужен постоянный id)`,
    idUnusable: (v) => `${got(v)} не годится как id (буквы, цифры, - и _); используется «${v.fallback}»`,
    idDuplicate: (v) => `«${v.id}» встречается дважды; это событие теперь «${v.renamed}»`,
    missing: () => '— отсутствует',
    notDate: (v) => `— ожидается дата, а не ${got(v)}`,
    dateShape: (v) =>
      `«${v.text}» — не дата: используйте ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД (до н. э. — -ГГГГ: -0752 — это 753 г. до н. э.), при необходимости с ~ или ?`,
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
    altFromCaption: () => '— отсутствует; изображение описано подписью',
    altDecorative: () =>
      '— отсутствует, и подписи нет: изображение показано как декоративное (alt=""); опишите его, если оно говорит больше текста',
    mediaQuote: () => '— разметка (цитата); показана как цитата в карточке',
    mediaPost: (v) => `— код встраивания поста ${v.text}; показаны его слова и ссылка на оригинал (скрипт сети не запускается)`,
    mediaFrame: (v) => `— <iframe>; показан как ссылка на ${v.text ? `«${v.text}»` : 'ничто (у него нет src)'}, а не как чужой фрейм`,
    notWebLink: (v) => `${got(v)} — не ссылка http(s)`,
    notObject: (v) => `— ожидается объект, а не ${got(v)}`,
    emptyHeadline: () => '— пусто после удаления разметки',
    badArticle: () => '— ожидается объект с текстовым полем "title"',
    eventsMissing: () => '— отсутствуют: показывать нечего',
    notList: (v) => `— ожидается список, а не ${got(v)}`,
    eventsEmpty: () => '— пусто: показывать нечего',
    notDocument: (v) => `хронология должна быть объектом JSON с "events", а не ${got(v)}`,
    notJson: (v) => `— не корректный JSON (${v.detail})`,
    badSrc: (v) => `'${v.src}' — не адрес, с которого таймлайн может загрузить данные (http, https или путь на этом сайте)`,
    loadFailed: (v) => `«${v.src}» не удалось загрузить (${v.detail})`,
    httpError: (v) => `«${v.src}» не удалось загрузить: HTTP ${v.status}`,
    readFailed: (v) => `«${v.src}» не удалось прочитать (${v.detail})`,
    yearMissing: (v) => `год ${v.text ? `«${v.text}» ` : ''}не указан или не целое число`,
    yearZero: () => '— 0, а в TimelineJS нулевого года нет: -1 — это 1 г. до н. э., 1 — 1 г. н. э.',
    yearTooLong: (v) => `${v.year} — вне лет, которые можно разместить (в пределах 100 млрд лет до и после 1 г. н. э.)`,
    scaleUnsupported: (v) =>
      `«${v.text}» не поддерживается: годы раньше 9999 г. до н. э. не показаны, о каждом — отдельное сообщение; остальное показано`,
    csvYear: (v) => `«${v.text}» — не год, который можно разместить (целое число от -10000 до 9999; -1 — это 1 г. до н. э.)`,
    csvNoLayout: () => 'в первой строке нет ни столбцов TimelineJS (Year, Headline, …), ни наших (date, headline, …)',
    csvQuote: () => 'содержит незакрытую кавычку; следующие строки могли слиться',
    csvUnknownColumn: (v) =>
      `«${v.text}» — не столбец, который читает таймлайн${v.fallback ? ` (может быть, «${v.fallback}»?)` : ''}; ${v.count ? `заполненных ячеек в нём: ${v.count}, они не прочитаны` : 'он пуст'}`,
    csvUnusedColumn: (v) => `«${v.text}» таймлайн не использует: заполненных ячеек в нём: ${v.count}, они не показаны`,
    csvShortYear: (v) =>
      v.year !== undefined
        ? `«${v.text}»: ${v.year} или ${v.text} г. н. э.? Напишите год полностью; для ${v.text} г. н. э. сделайте ячейку текстовой и напишите 00${v.text}`
        : `«${v.text}» — год из ${String(v.text).length} цифр среди четырёхзначных: это ${v.text} г. н. э. или год с опечаткой? Показан как ${v.text} г. н. э.`,
    csvSpaces: (v) => `«${v.text}» — с пробелами по краям; прочитано как «${v.fallback}»`,
    csvDuplicateRow: (v) => `в точности повторяет строку ${v.count}`,
    headlineBlank: () => '— пусто; читатель увидит вместо заголовка начало текста',
    csvTime: (v) =>
      v.detail === 'noDay'
        ? `«${v.text}» — время, но в строке нет дня для него; время не показано`
        : `«${v.text}» — не время суток (пишите 13:05 или 1:05 PM); время не показано`,
    translationTag: (v) => `«${v.text}» — не код языка (например, ru, ko или pt-BR); перевод не прочитан`,
    translationUnknownItem: (v) => `переводит «${v.id}» на «${v.text}», но в хронологии нет элемента с таким id`,
    translationMissing: (v) => `— нет перевода на «${v.text}» для: ${v.detail}; читатели увидят там оригинал`,
    tooLarge: (v) => `— ${v.detail}; таймлайн читает не более ${v.limit} МБ (не прочитано)`,
    tooDeep: (v) => `— вложенность ${v.count} уровней; таймлайн читает не более ${v.limit} (не прочитано)`,
    tooManyEvents: (v) => `— ${v.count}, больше, чем показывает таймлайн (${v.limit}): показаны первые ${v.limit}`,
  },
};
