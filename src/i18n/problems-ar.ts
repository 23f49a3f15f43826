import type { ProblemWording } from '../data/describe.js';
import type { ProblemValues, ValueType } from '../problems.js';

const TYPES: Readonly<Record<ValueType, string>> = {
  null: 'null',
  list: 'قائمة',
  number: 'رقمًا',
  boolean: 'قيمة منطقية',
  object: 'كائنًا',
  string: 'نصًا',
  undefined: 'لا شيء',
};
const q = (text: unknown) => `«${String(text)}»`;
const got = (v: ProblemValues) => (v.got?.text !== undefined ? q(v.got.text) : TYPES[v.got?.type ?? 'undefined']);

export const arProblems: ProblemWording = {
  subjects: { document: 'التسلسل الزمني', event: 'الحدث', era: 'الحقبة' },
  fields: {
    date: 'التاريخ',
    end: 'تاريخ النهاية',
    displayDate: 'التاريخ المعروض',
    headline: 'العنوان',
    body: 'النص',
    src: 'الملف في src',
    'media.alt': 'النص البديل للصورة',
    'media.url': 'عنوان الوسائط',
    'outside.url': 'رابط المصدر',
    label: 'الاسم',
    id: 'id',
  },
  place: (row, column) => `الصف ${row}${column ? `، العمود ${column}` : ''}`,
  leftOut: 'لم يُعرض',
  messages: {
    unknownField: () => 'ليس حقلًا معروفًا وتم تجاهله',
    notText: (v) => `يجب أن يكون نصًا، لا ${got(v)}`,
    idMissing: (v) => `غير موجود؛ يُستخدم ${q(v.fallback)} (الروابط المباشرة تحتاج إلى id ثابت)`,
    idUnusable: (v) => `${got(v)} لا يصلح id (حروف وأرقام و- و_)؛ يُستخدم ${q(v.fallback)}`,
    idDuplicate: (v) => `${q(v.id)} مستخدم مرتين؛ صار هذا ${q(v.renamed)}`,
    missing: () => 'غير موجود',
    notDate: (v) => `يجب أن يكون تاريخًا، لا ${got(v)}`,
    dateShape: (v) =>
      `${q(v.text)} ليس تاريخًا: اكتب YYYY أو YYYY-MM أو YYYY-MM-DD أو YYYY-MM-DDThh:mm (وقبل السنة 1 اكتب -YYYY: ‎-0752 هي 753 ق.م؛ وللزمن السحيق Y-13800000000)، وأضف ~ أو ? عند الحاجة`,
    badMonth: (v) => `${q(v.text)} ليس شهرًا صحيحًا`,
    badDay: (v) => `${q(v.text)} ليس يومًا صحيحًا: في ${v.month} ${v.days} يومًا`,
    twoSlashes: (v) => `في ${q(v.text)} أكثر من «/» واحدة`,
    endConflict: (v) => `${q(v.end)} يتعارض مع الفترة ${q(v.text)} المعطاة تاريخًا`,
    openEndNotAllowed: () => '«..» (نهاية مفتوحة) مسموح بها للحقب فقط',
    endBeforeStart: (v) => `${q(v.end)} يسبق البداية ${q(v.start)}`,
    badSource: () => 'يجب أن يكون { "quote": ["…"] } مع اقتباس واحد على الأقل',
    badRelative: () => 'يجب أن يضم النصين "wording" و"arithmetic"',
    badOutside: () => 'يجب أن يضم النصين "note" و"citation"؛ لا تُعرض واقعة من خارج المقال دون مصدرها',
    badMedia: () => 'يجب أن يكون كائنًا فيه "url"',
    badMediaUrl: (v) => `${got(v)} ليس عنوان ويب، فلم تُعرض الوسائط`,
    altFromCaption: () => 'غير موجود؛ يُستخدم تعليق الصورة لوصفها',
    altDecorative: () => 'غير موجود ولا تعليق للصورة: تُعرض الصورة زخرفية (alt="")؛ صِفها إن كانت تقول أكثر مما يقوله النص',
    mediaQuote: () => 'كان ترميزًا (اقتباسًا)؛ يُعرض اقتباسًا في البطاقة',
    mediaPost: (v) => `كان رمز تضمين منشور على ${v.text}؛ تُعرض كلماته مع رابط إلى الأصل (لا يُشغَّل سكربت الشبكة)`,
    mediaFrame: (v) => `كان <iframe>؛ يُعرض رابطًا إلى ${v.text ? q(v.text) : 'لا شيء (لم يكن له src)'}، لا إطارًا من موقع آخر`,
    notWebLink: (v) => `${got(v)} ليس رابط http(s)`,
    notObject: (v) => `يجب أن يكون كائنًا، لا ${got(v)}`,
    emptyHeadline: () => 'لا نص فيه بعد إزالة الترميز',
    badArticle: () => 'يجب أن يكون كائنًا فيه نص "title"',
    eventsMissing: () => 'غير موجودة: لا شيء للعرض',
    notList: (v) => `يجب أن يكون قائمة، لا ${got(v)}`,
    eventsEmpty: () => 'فارغة: لا شيء للعرض',
    notDocument: (v) => `يجب أن يكون التسلسل الزمني كائن JSON فيه "events"، لا ${got(v)}`,
    notJson: (v) => `ليس JSON صالحًا (${v.detail})`,
    badSrc: (v) => `${q(v.src)} ليس عنوانًا يجوز للتسلسل الزمني التحميل منه (http أو https أو مسار في هذا الموقع)`,
    loadFailed: (v) => `تعذر تحميل ${q(v.src)} (${v.detail})`,
    httpError: (v) => `تعذر تحميل ${q(v.src)}: HTTP ${v.status}`,
    readFailed: (v) => `تعذرت قراءة ${q(v.src)} (${v.detail})`,
    yearMissing: (v) => `السنة ${v.text ? `${q(v.text)} ` : ''}غير موجودة أو ليست عددًا صحيحًا`,
    yearZero: () => 'هي 0، وليس في TimelineJS سنة صفر: ‎-1 هي 1 ق.م و1 هي 1 م',
    yearTooLong: (v) => `${v.year} خارج السنوات التي يضعها هذا التسلسل الزمني (100 مليار سنة قبل السنة 1 وبعدها)`,
    scaleUnsupported: (v) => `${q(v.text)} غير مدعوم: لا تُعرض السنوات السابقة لعام 9999 ق.م، ولكل منها رسالتها، ويُعرض الباقي`,
    csvYear: (v) => `${q(v.text)} ليست سنة يستطيع هذا التسلسل الزمني وضعها (عدد صحيح من ‎-10000 إلى 9999؛ ‎-1 هي 1 ق.م)`,
    csvNoLayout: () => 'ليس في صفه الأول أعمدة TimelineJS (Year وHeadline…) ولا أعمدتنا (date وheadline…)',
    csvQuote: () => 'فيه خلية بين علامتي تنصيص لم تُغلق؛ ربما اندمجت الصفوف التي بعدها',
    csvUnknownColumn: (v) =>
      `${q(v.text)} ليس عمودًا يقرؤه هذا التسلسل الزمني، ف${v.count ? `تم تجاهل خلاياه المملوءة (${v.count})` : 'لا يُعرض شيء منه'}${v.fallback ? `. هل تقصد ${q(v.fallback)}؟` : ''}`,
    csvUnusedColumn: (v) => `لا يستخدم هذا التسلسل الزمني ${q(v.text)}: لا تُعرض خلاياه المملوءة (${v.count})`,
    csvShortYear: (v) =>
      v.year !== undefined
        ? `${q(v.text)}: ${v.year} أم السنة ${v.text} م؟ اكتب السنة كاملة؛ وللسنة ${v.text} م اجعل الخلية نصًا واكتب 00${v.text}`
        : `${q(v.text)} من ${String(v.text).length} أرقام بين سنوات من أربعة: أهي السنة ${v.text} م أم سنة كُتبت ناقصة؟ تُعرض على أنها ${v.text} م`,
    csvSpaces: (v) => `حول ${q(v.text)} مسافات؛ قُرئ ${q(v.fallback)}`,
    csvDuplicateRow: (v) => `يكرر الصف ${v.count} تمامًا`,
    headlineBlank: () => 'فارغ؛ يرى القراء مكانه بداية النص',
    csvTime: (v) =>
      v.detail === 'noDay'
        ? `${q(v.text)} وقت، لكن لا يوم له في الصف؛ لم يُعرض الوقت`
        : `${q(v.text)} ليس وقتًا من اليوم (اكتب 13:05 أو 1:05 PM)؛ لم يُعرض الوقت`,
    translationTag: (v) => `${q(v.text)} ليس رمز لغة (مثل ru أو ko أو pt-BR)؛ لم تُقرأ ترجمته`,
    translationUnknownItem: (v) => `يترجم ${q(v.id)} إلى ${q(v.text)}، لكن لا عنصر بهذا id في التسلسل الزمني`,
    translationMissing: (v) => `لا ترجمة إلى ${q(v.text)} لـ: ${v.detail}؛ يرى قراؤها الأصل هناك`,
    tooLarge: (v) => `حجمه ${v.detail}؛ يقرأ التسلسل الزمني ${v.limit} ميغابايت على الأكثر (لم يُقرأ)`,
    tooDeep: (v) => `متداخل ${v.count} مستويات؛ يقرأ التسلسل الزمني ${v.limit} على الأكثر (لم يُقرأ)`,
    tooManyEvents: (v) => `فيه ${v.count}، أكثر مما يعرضه التسلسل الزمني (${v.limit}): تُعرض أول ${v.limit}`,
  },
};
