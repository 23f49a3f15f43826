import type { ProblemWording } from '../data/describe.js';
import type { ProblemValues, ValueType } from '../problems.js';

const TYPES: Readonly<Record<ValueType, string>> = {
  null: 'null',
  list: 'una lista',
  number: 'un número',
  boolean: 'un booleano',
  object: 'un objeto',
  string: 'texto',
  undefined: 'nada',
};
const got = (v: ProblemValues) => (v.got?.text !== undefined ? `«${v.got.text}»` : TYPES[v.got?.type ?? 'undefined']);
const cells = (n = 0) => `${n} ${n === 1 ? 'celda llena' : 'celdas llenas'}`;

export const esProblems: ProblemWording = {
  subjects: { document: 'La cronología', event: 'Acontecimiento', era: 'Periodo' },
  fields: {
    date: 'fecha',
    end: 'fecha final',
    displayDate: 'fecha mostrada',
    headline: 'titular',
    body: 'texto',
    src: 'el archivo de src',
    'media.alt': 'el texto alternativo de la imagen',
    'media.url': 'la dirección del medio',
    'outside.url': 'el enlace de la fuente',
    label: 'nombre',
    id: 'id',
  },
  place: (row, column) => `Fila ${row}${column ? `, columna ${column}` : ''}`,
  leftOut: 'omitido',
  messages: {
    unknownField: () => 'no es un campo conocido y se ignoró',
    notText: (v) => `debe ser texto, no ${got(v)}`,
    idMissing: (v) => `falta; se usa «${v.fallback}» (los enlaces directos necesitan un id estable)`,
    idUnusable: (v) => `${got(v)} no sirve como id (letras, cifras, - y _); se usa «${v.fallback}»`,
    idDuplicate: (v) => `«${v.id}» se usa dos veces; este pasa a ser «${v.renamed}»`,
    missing: () => 'falta',
    notDate: (v) => `debe ser una fecha, no ${got(v)}`,
    dateShape: (v) =>
      `«${v.text}» no es una fecha: use AAAA, AAAA-MM, AAAA-MM-DD o AAAA-MM-DDThh:mm (-AAAA antes del año 1: -0752 es 753 a. C.; Y-13800000000 para el tiempo profundo), seguido si hace falta de ~ o ?`,
    badMonth: (v) => `«${v.text}» no es un mes válido`,
    badDay: (v) => `«${v.text}» no es un día válido: ${v.month} tiene ${v.days} días`,
    twoSlashes: (v) => `«${v.text}» tiene más de una «/»`,
    endConflict: (v) => `«${v.end}» contradice el intervalo «${v.text}» ya dado como fecha`,
    openEndNotAllowed: () => '«..» (un final abierto) solo se admite en los periodos',
    endBeforeStart: (v) => `«${v.end}» es anterior al inicio «${v.start}»`,
    badSource: () => 'debe ser { "quote": ["…"] } con al menos una cita',
    badRelative: () => 'debe tener los textos "wording" y "arithmetic"',
    badOutside: () => 'debe tener los textos "note" y "citation"; un dato de fuera del artículo sin su fuente no se muestra',
    badMedia: () => 'debe ser un objeto con "url"',
    badMediaUrl: (v) => `${got(v)} no es una dirección web, así que el medio se omite`,
    altFromCaption: () => 'falta; se usa el pie de foto para describir la imagen',
    altDecorative: () => 'falta y no hay pie de foto: la imagen se muestra como decorativa (alt=""); descríbala si dice más que el texto',
    mediaQuote: () => 'era marcado (una cita); se muestra como cita en la tarjeta',
    mediaPost: (v) =>
      `era el código para insertar una publicación de ${v.text}; se muestran sus palabras con un enlace al original (no se ejecuta el script de la red)`,
    mediaFrame: (v) =>
      `era un <iframe>; se muestra como enlace a ${v.text ? `«${v.text}»` : 'nada (no tenía src)'}, nunca como marco de otro sitio`,
    notWebLink: (v) => `${got(v)} no es un enlace http(s)`,
    notObject: (v) => `debe ser un objeto, no ${got(v)}`,
    emptyHeadline: () => 'no tiene texto una vez quitado el marcado',
    badArticle: () => 'debe ser un objeto con un texto "title"',
    eventsMissing: () => 'falta: no hay nada que mostrar',
    notList: (v) => `debe ser una lista, no ${got(v)}`,
    eventsEmpty: () => 'está vacío: no hay nada que mostrar',
    notDocument: (v) => `una cronología debe ser un objeto JSON con "events", no ${got(v)}`,
    notJson: (v) => `no es JSON válido (${v.detail})`,
    badSrc: (v) => `«${v.src}» no es una dirección que la cronología pueda cargar (http, https o una ruta de este sitio)`,
    loadFailed: (v) => `«${v.src}» no se pudo cargar (${v.detail})`,
    httpError: (v) => `«${v.src}» no se pudo cargar: HTTP ${v.status}`,
    readFailed: (v) => `«${v.src}» no se pudo leer (${v.detail})`,
    yearMissing: (v) => `el año ${v.text ? `«${v.text}» ` : ''}falta o no es un número entero`,
    yearZero: () => 'es 0, que TimelineJS no tiene: -1 es 1 a. C. y 1 es 1 d. C.',
    yearTooLong: (v) => `${v.year} está fuera de los años que esta cronología sitúa (100 000 millones de años a cada lado del año 1)`,
    scaleUnsupported: (v) =>
      `«${v.text}» no se admite: los años anteriores a 9999 a. C. se omiten, cada uno con su mensaje, y el resto se muestra`,
    csvYear: (v) => `«${v.text}» no es un año que esta cronología pueda situar (un número entero de -10000 a 9999; -1 es 1 a. C.)`,
    csvNoLayout: () => 'su primera fila no tiene ni las columnas de TimelineJS (Year, Headline, …) ni las nuestras (date, headline, …)',
    csvQuote: () => 'tiene una celda entre comillas que nunca se cierra; las filas siguientes pueden haberse juntado',
    csvUnknownColumn: (v) =>
      `«${v.text}» no es una columna que esta cronología lea, así que ${v.count ? `se ignoraron sus ${cells(v.count)}` : 'nada de ella se muestra'}${v.fallback ? `. ¿Quería decir «${v.fallback}»?` : ''}`,
    csvUnusedColumn: (v) => `«${v.text}» no la usa esta cronología: sus ${cells(v.count)} no se muestran`,
    csvShortYear: (v) =>
      v.year !== undefined
        ? `«${v.text}»: ¿${v.year} o el año ${v.text} d. C.? Escriba el año completo; para el ${v.text} d. C., dé formato de texto a la celda y escriba 00${v.text}`
        : `«${v.text}» tiene ${String(v.text).length} cifras entre años de cuatro: ¿es el año ${v.text} d. C. o un año mal escrito? Se muestra como ${v.text} d. C.`,
    csvSpaces: (v) => `«${v.text}» tiene espacios alrededor; se lee «${v.fallback}»`,
    csvDuplicateRow: (v) => `repite exactamente la fila ${v.count}`,
    headlineBlank: () => 'está vacío; los lectores ven en su lugar el comienzo del texto',
    csvTime: (v) =>
      v.detail === 'noDay'
        ? `«${v.text}» es una hora, pero la fila no tiene día para ella; la hora se omite`
        : `«${v.text}» no es una hora del día (escriba 13:05 o 1:05 PM); la hora se omite`,
    translationTag: (v) => `«${v.text}» no es una etiqueta de idioma (como ru, ko o pt-BR); su traducción no se lee`,
    translationUnknownItem: (v) => `traduce «${v.id}» al «${v.text}», pero la cronología no tiene ningún elemento con ese id`,
    translationMissing: (v) => `no tiene traducción al «${v.text}» para: ${v.detail}; sus lectores ven ahí el original`,
    tooLarge: (v) => `ocupa ${v.detail}; una cronología lee como máximo ${v.limit} MB (no se lee)`,
    tooDeep: (v) => `anida ${v.count} niveles; una cronología lee como máximo ${v.limit} (no se lee)`,
    tooManyEvents: (v) => `tiene ${v.count}, más de los que muestra una cronología (${v.limit}): se muestran los ${v.limit} primeros`,
  },
};
