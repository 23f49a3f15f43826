import type { ProblemWording } from '../data/describe.js';
import type { ProblemValues, ValueType } from '../problems.js';

const TYPES: Readonly<Record<ValueType, string>> = {
  null: 'null',
  list: 'список',
  number: 'число',
  boolean: 'логічне значення',
  object: "об'єкт",
  string: 'текст',
  undefined: 'нічого',
};
const got = (v: ProblemValues) => (v.got?.text !== undefined ? `«${v.got.text}»` : TYPES[v.got?.type ?? 'undefined']);

export const ukProblems: ProblemWording = {
  subjects: { document: 'Хронологія', event: 'Подія', era: 'Період' },
  fields: {
    date: 'дата',
    end: 'дата завершення',
    displayDate: 'підпис дати',
    headline: 'заголовок',
    body: 'текст',
    src: 'файл за адресою src',
    'media.alt': 'альтернативний текст зображення',
    'media.url': 'адреса медіафайлу',
    'outside.url': 'посилання на джерело',
    label: 'назва',
    id: 'id',
  },
  place: (row, column) => `Рядок ${row}${column ? `, стовпець ${column}` : ''}`,
  leftOut: 'не показано',
  messages: {
    unknownField: () => '— невідоме поле, пропущено',
    notText: (v) => `— очікується текст, а не ${got(v)}`,
    idMissing: (v) => `— відсутній; використано «${v.fallback}» (для прямих посилань потрібен сталий id)`,
    idUnusable: (v) => `${got(v)} не годиться як id (літери, цифри, - і _); використано «${v.fallback}»`,
    idDuplicate: (v) => `«${v.id}» трапляється двічі; ця подія тепер «${v.renamed}»`,
    missing: () => '— відсутнє',
    notDate: (v) => `— очікується дата, а не ${got(v)}`,
    dateShape: (v) =>
      `«${v.text}» — не дата: використовуйте РРРР, РРРР-ММ або РРРР-ММ-ДД (до н. е. — -РРРР: -0752 — це 753 р. до н. е.), за потреби з ~ або ?`,
    badMonth: (v) => `«${v.text}» — неіснуючий місяць`,
    badDay: (v) => `«${v.text}» — неіснуючий день: у ${v.month} ${v.days} дн.`,
    twoSlashes: (v) => `«${v.text}» містить більше однієї «/»`,
    endConflict: (v) => `«${v.end}» суперечить інтервалу «${v.text}», уже вказаному в даті`,
    openEndNotAllowed: () => '«..» (відкритий кінець) дозволено лише для періодів',
    endBeforeStart: (v) => `«${v.end}» раніше за початок «${v.start}»`,
    badSource: () => 'має мати вигляд { "quote": ["…"] } принаймні з однією цитатою',
    badRelative: () => 'має містити текстові поля "wording" і "arithmetic"',
    badOutside: () => 'має містити "note" і "citation"; факт не зі статті без джерела не показується',
    badMedia: () => 'має бути об\'єктом із полем "url"',
    badMediaUrl: (v) => `${got(v)} — не вебадреса, медіафайл не показано`,
    altFromCaption: () => '— відсутній; зображення описано підписом',
    altDecorative: () =>
      '— відсутній, і підпису немає: зображення показано як декоративне (alt=""); опишіть його, якщо воно каже більше за текст',
    mediaQuote: () => '— розмітка (цитата); показана як цитата в картці',
    mediaPost: (v) => `— код вбудовування допису ${v.text}; показано його слова й посилання на оригінал (скрипт мережі не запускається)`,
    mediaFrame: (v) => `— <iframe>; показано як посилання на ${v.text ? `«${v.text}»` : 'ніщо (у нього немає src)'}, а не як чужий фрейм`,
    notWebLink: (v) => `${got(v)} — не посилання http(s)`,
    notObject: (v) => `— очікується об'єкт, а не ${got(v)}`,
    emptyHeadline: () => '— порожньо після вилучення розмітки',
    badArticle: () => 'має бути об\'єктом із текстовим полем "title"',
    eventsMissing: () => '— відсутні: показувати нічого',
    notList: (v) => `— очікується список, а не ${got(v)}`,
    eventsEmpty: () => '— порожньо: показувати нічого',
    notDocument: (v) => `хронологія має бути об'єктом JSON з "events", а не ${got(v)}`,
    notJson: (v) => `— некоректний JSON (${v.detail})`,
    badSrc: (v) => `'${v.src}' — не адреса, з якої таймлайн може завантажити дані (http, https або шлях на цьому сайті)`,
    loadFailed: (v) => `«${v.src}» не вдалося завантажити (${v.detail})`,
    httpError: (v) => `«${v.src}» не вдалося завантажити: HTTP ${v.status}`,
    readFailed: (v) => `«${v.src}» не вдалося прочитати (${v.detail})`,
    yearMissing: (v) => `рік ${v.text ? `«${v.text}» ` : ''}не вказано або це не ціле число`,
    yearZero: () => '— 0, а в TimelineJS нульового року немає: -1 — це 1 р. до н. е., 1 — 1 р. н. е.',
    yearTooLong: (v) => `${v.year} — поза роками, які можна розмістити (у межах 100 млрд років до й після 1 р. н. е.)`,
    scaleUnsupported: (v) =>
      `«${v.text}» не підтримується: роки раніше 9999 р. до н. е. не показано, про кожен — окреме повідомлення; решту показано`,
    csvYear: (v) => `«${v.text}» — не рік, який можна розмістити (ціле число від -10000 до 9999; -1 — це 1 р. до н. е.)`,
    csvNoLayout: () => 'у першому рядку немає ні стовпців TimelineJS (Year, Headline, …), ні наших (date, headline, …)',
    csvQuote: () => 'містить незакриті лапки; наступні рядки могли злитися',
    csvUnknownColumn: (v) =>
      `«${v.text}» — не стовпець, який читає таймлайн${v.fallback ? ` (можливо, «${v.fallback}»?)` : ''}; ${v.count ? `заповнених клітинок у ньому: ${v.count}, їх не прочитано` : 'він порожній'}`,
    csvUnusedColumn: (v) => `«${v.text}» таймлайн не використовує: заповнених клітинок у ньому: ${v.count}, їх не показано`,
    csvShortYear: (v) =>
      v.year !== undefined
        ? `«${v.text}»: ${v.year} чи ${v.text} р. н. е.? Напишіть рік повністю; для ${v.text} р. н. е. зробіть клітинку текстовою й напишіть 00${v.text}`
        : `«${v.text}» — рік із ${String(v.text).length} цифр серед чотиризначних: це ${v.text} р. н. е. чи рік з помилкою? Показано як ${v.text} р. н. е.`,
    csvSpaces: (v) => `«${v.text}» — із пробілами по краях; прочитано як «${v.fallback}»`,
    csvDuplicateRow: (v) => `точно повторює рядок ${v.count}`,
    headlineBlank: () => '— порожньо; читач побачить замість заголовка початок тексту',
    csvTime: (v) =>
      v.detail === 'noDay'
        ? `«${v.text}» — час, але в рядку немає дня для нього; час не показано`
        : `«${v.text}» — не час доби (пишіть 13:05 або 1:05 PM); час не показано`,
    translationTag: (v) => `«${v.text}» — не код мови (наприклад, ru, ko чи pt-BR); переклад не прочитано`,
    translationUnknownItem: (v) => `перекладає «${v.id}» мовою «${v.text}», але в хронології немає елемента з таким id`,
    translationMissing: (v) => `— немає перекладу мовою «${v.text}» для: ${v.detail}; читачі побачать там оригінал`,
    tooLarge: (v) => `— ${v.detail}; таймлайн читає не більше ${v.limit} МБ (не прочитано)`,
    tooDeep: (v) => `— вкладеність ${v.count} рівнів; таймлайн читає не більше ${v.limit} (не прочитано)`,
    tooManyEvents: (v) => `— ${v.count}, більше, ніж показує таймлайн (${v.limit}): показано перші ${v.limit}`,
  },
};
