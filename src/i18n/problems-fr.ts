import type { ProblemWording } from '../data/describe.js';
import type { ProblemValues, ValueType } from '../problems.js';

const TYPES: Readonly<Record<ValueType, string>> = {
  null: 'null',
  list: 'une liste',
  number: 'un nombre',
  boolean: 'un booléen',
  object: 'un objet',
  string: 'du texte',
  undefined: 'rien',
};
const q = (text: unknown) => `« ${String(text)} »`;
const got = (v: ProblemValues) => (v.got?.text !== undefined ? q(v.got.text) : TYPES[v.got?.type ?? 'undefined']);
const cells = (n = 0) => `${n} ${n < 2 ? 'cellule remplie' : 'cellules remplies'}`;

export const frProblems: ProblemWording = {
  subjects: { document: 'La chronologie', event: 'Événement', era: 'Période' },
  fields: {
    date: 'date',
    end: 'date de fin',
    displayDate: 'date affichée',
    headline: 'titre',
    body: 'texte',
    src: 'le fichier de src',
    'media.alt': 'le texte alternatif de l’image',
    'media.url': 'l’adresse du média',
    'outside.url': 'le lien de la source',
    label: 'nom',
    id: 'id',
  },
  place: (row, column) => `Ligne ${row}${column ? `, colonne ${column}` : ''}`,
  leftOut: 'non affiché',
  messages: {
    unknownField: () => 'n’est pas un champ connu et a été ignoré',
    notText: (v) => `doit être du texte, pas ${got(v)}`,
    idMissing: (v) => `manque ; ${q(v.fallback)} est utilisé (les liens directs ont besoin d’un id stable)`,
    idUnusable: (v) => `${got(v)} n’est pas un id utilisable (lettres, chiffres, - et _) ; ${q(v.fallback)} est utilisé`,
    idDuplicate: (v) => `${q(v.id)} est utilisé deux fois ; celui-ci devient ${q(v.renamed)}`,
    missing: () => 'manque',
    notDate: (v) => `doit être une date, pas ${got(v)}`,
    dateShape: (v) =>
      `${q(v.text)} n’est pas une date : écrivez AAAA, AAAA-MM, AAAA-MM-JJ ou AAAA-MM-JJThh:mm (-AAAA avant l’an 1 : -0752 est 753 av. J.-C. ; Y-13800000000 pour les temps géologiques), suivi au besoin de ~ ou ?`,
    badMonth: (v) => `${q(v.text)} n’est pas un mois valide`,
    badDay: (v) => `${q(v.text)} n’est pas un jour valide : ${v.month} a ${v.days} jours`,
    twoSlashes: (v) => `${q(v.text)} contient plus d’une « / »`,
    endConflict: (v) => `${q(v.end)} contredit l’intervalle ${q(v.text)} déjà donné comme date`,
    openEndNotAllowed: () => '« .. » (une fin ouverte) n’est permis que pour les périodes',
    endBeforeStart: (v) => `${q(v.end)} est antérieur au début ${q(v.start)}`,
    badSource: () => 'doit être { "quote": ["…"] } avec au moins une citation',
    badRelative: () => 'doit avoir les textes "wording" et "arithmetic"',
    badOutside: () => 'doit avoir les textes "note" et "citation" ; un fait hors de l’article sans sa source n’est pas affiché',
    badMedia: () => 'doit être un objet avec "url"',
    badMediaUrl: (v) => `${got(v)} n’est pas une adresse web : le média n’est pas affiché`,
    altFromCaption: () => 'manque ; la légende sert à décrire l’image',
    altDecorative: () =>
      'manque et il n’y a pas de légende : l’image est affichée comme décorative (alt="") ; décrivez-la si elle dit plus que le texte',
    mediaQuote: () => 'était du balisage (une citation) ; affiché comme citation sur la carte',
    mediaPost: (v) =>
      `était le code d’intégration d’une publication ${v.text} ; ses mots sont affichés avec un lien vers l’original (le script du réseau n’est pas exécuté)`,
    mediaFrame: (v) =>
      `était un <iframe> ; affiché comme lien vers ${v.text ? q(v.text) : 'rien (il n’avait pas de src)'}, jamais comme cadre d’un autre site`,
    notWebLink: (v) => `${got(v)} n’est pas un lien http(s)`,
    notObject: (v) => `doit être un objet, pas ${got(v)}`,
    emptyHeadline: () => 'n’a plus de texte une fois le balisage retiré',
    badArticle: () => 'doit être un objet avec un texte "title"',
    eventsMissing: () => 'manque : il n’y a rien à afficher',
    notList: (v) => `doit être une liste, pas ${got(v)}`,
    eventsEmpty: () => 'est vide : il n’y a rien à afficher',
    notDocument: (v) => `une chronologie doit être un objet JSON avec "events", pas ${got(v)}`,
    notJson: (v) => `n’est pas du JSON valide (${v.detail})`,
    badSrc: (v) => `${q(v.src)} n’est pas une adresse que la chronologie peut charger (http, https ou un chemin de ce site)`,
    loadFailed: (v) => `${q(v.src)} n’a pas pu être chargé (${v.detail})`,
    httpError: (v) => `${q(v.src)} n’a pas pu être chargé : HTTP ${v.status}`,
    readFailed: (v) => `${q(v.src)} n’a pas pu être lu (${v.detail})`,
    yearMissing: (v) => `l’année ${v.text ? `${q(v.text)} ` : ''}manque ou n’est pas un nombre entier`,
    yearZero: () => 'vaut 0, que TimelineJS n’a pas : -1 est 1 av. J.-C. et 1 est 1 apr. J.-C.',
    yearTooLong: (v) => `${v.year} est hors des années que cette chronologie place (100 milliards d’années de part et d’autre de l’an 1)`,
    scaleUnsupported: (v) =>
      `${q(v.text)} n’est pas pris en charge : les années avant 9999 av. J.-C. ne sont pas affichées, chacune avec son message, et le reste l’est`,
    csvYear: (v) =>
      `${q(v.text)} n’est pas une année que cette chronologie peut placer (un nombre entier de -10000 à 9999 ; -1 est 1 av. J.-C.)`,
    csvNoLayout: () => 'n’a dans sa première ligne ni les colonnes de TimelineJS (Year, Headline, …) ni les nôtres (date, headline, …)',
    csvQuote: () => 'a une cellule entre guillemets jamais refermée ; les lignes suivantes ont pu se fondre',
    csvUnknownColumn: (v) =>
      `${q(v.text)} n’est pas une colonne que cette chronologie lit : ${v.count ? `ses ${cells(v.count)} ont été ignorées` : 'rien n’en est affiché'}${v.fallback ? `. Vouliez-vous dire ${q(v.fallback)} ?` : ''}`,
    csvUnusedColumn: (v) => `${q(v.text)} n’est pas utilisée par cette chronologie : ses ${cells(v.count)} ne sont pas affichées`,
    csvShortYear: (v) =>
      v.year !== undefined
        ? `${q(v.text)} : ${v.year} ou l’an ${v.text} ? Écrivez l’année en entier ; pour l’an ${v.text}, mettez la cellule au format texte et écrivez 00${v.text}`
        : `${q(v.text)} a ${String(v.text).length} chiffres parmi des années à quatre : est-ce l’an ${v.text} ou une année tronquée ? Affiché comme l’an ${v.text}`,
    csvSpaces: (v) => `${q(v.text)} est entouré d’espaces ; lu comme ${q(v.fallback)}`,
    csvDuplicateRow: (v) => `répète exactement la ligne ${v.count}`,
    headlineBlank: () => 'est vide ; les lecteurs voient à sa place le début du texte',
    csvTime: (v) =>
      v.detail === 'noDay'
        ? `${q(v.text)} est une heure, mais la ligne n’a pas de jour pour elle ; l’heure n’est pas affichée`
        : `${q(v.text)} n’est pas une heure (écrivez 13:05 ou 1:05 PM) ; l’heure n’est pas affichée`,
    translationTag: (v) => `${q(v.text)} n’est pas une étiquette de langue (comme ru, ko ou pt-BR) ; sa traduction n’est pas lue`,
    translationUnknownItem: (v) => `traduit ${q(v.id)} en ${q(v.text)}, mais la chronologie n’a aucun élément avec cet id`,
    translationMissing: (v) => `n’a pas de traduction en ${q(v.text)} pour : ${v.detail} ; ses lecteurs y voient l’original`,
    tooLarge: (v) => `fait ${v.detail} ; une chronologie lit au plus ${v.limit} Mo (non lu)`,
    tooDeep: (v) => `imbrique ${v.count} niveaux ; une chronologie en lit au plus ${v.limit} (non lu)`,
    tooManyEvents: (v) => `en a ${v.count}, plus qu’une chronologie n’en affiche (${v.limit}) : les ${v.limit} premiers sont affichés`,
  },
};
