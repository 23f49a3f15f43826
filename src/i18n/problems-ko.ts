import type { ProblemWording } from '../data/describe.js';
import type { ProblemValues, ValueType } from '../problems.js';

const TYPES: Readonly<Record<ValueType, string>> = {
  null: 'null',
  list: '목록',
  number: '숫자',
  boolean: '논릿값',
  object: '객체',
  string: '텍스트',
  undefined: '값 없음',
};
const got = (v: ProblemValues) => (v.got?.text !== undefined ? `'${v.got.text}'` : TYPES[v.got?.type ?? 'undefined']);

export const koProblems: ProblemWording = {
  subjects: { document: '연표', event: '사건', era: '시기' },
  fields: {
    date: '날짜',
    end: '종료 날짜',
    displayDate: '표시 날짜',
    headline: '제목',
    body: '본문',
    src: 'src 파일',
    'media.alt': '이미지 대체 텍스트',
    'media.url': '미디어 주소',
    'outside.url': '출처 링크',
    label: '이름',
    id: 'id',
  },
  place: (row, column) => `${row}행${column ? `, ${column} 열` : ''}`,
  leftOut: '표시 안 함',
  messages: {
    unknownField: () => '은(는) 알 수 없는 필드라 무시했습니다',
    notText: (v) => `은(는) ${got(v)}이(가) 아니라 텍스트여야 합니다`,
    idMissing: (v) => `이(가) 없어 '${v.fallback}'을(를) 씁니다 (바로가기 링크에는 고정 id가 필요합니다)`,
    idUnusable: (v) => `${got(v)}은(는) id로 쓸 수 없어 '${v.fallback}'을(를) 씁니다 (문자, 숫자, -, _)`,
    idDuplicate: (v) => `'${v.id}'이(가) 두 번 쓰여 이 항목은 '${v.renamed}'(으)로 바꿨습니다`,
    missing: () => '이(가) 없습니다',
    notDate: (v) => `은(는) ${got(v)}이(가) 아니라 날짜여야 합니다`,
    dateShape: (v) =>
      `'${v.text}'은(는) 날짜가 아닙니다: YYYY, YYYY-MM, YYYY-MM-DD 형식(기원전은 -YYYY: -0752는 기원전 753년)에 필요하면 ~ 또는 ?를 붙이세요`,
    badMonth: (v) => `'${v.text}'은(는) 없는 달입니다`,
    badDay: (v) => `'${v.text}'은(는) 없는 날입니다: ${v.month}은(는) ${v.days}일까지입니다`,
    twoSlashes: (v) => `'${v.text}'에 '/'가 둘 이상 있습니다`,
    endConflict: (v) => `'${v.end}'은(는) 날짜에 이미 적힌 기간 '${v.text}'과(와) 맞지 않습니다`,
    openEndNotAllowed: () => "'..'(끝이 열린 기간)은 시기에만 쓸 수 있습니다",
    endBeforeStart: (v) => `'${v.end}'이(가) 시작 '${v.start}'보다 앞섭니다`,
    badSource: () => '은(는) 인용문이 하나 이상 있는 { "quote": ["…"] } 형식이어야 합니다',
    badRelative: () => '에는 텍스트 "wording"과 "arithmetic"이 있어야 합니다',
    badOutside: () => '에는 "note"와 "citation"이 있어야 합니다; 출처 없는 기사 외 사실은 표시하지 않습니다',
    badMedia: () => '은(는) "url"이 있는 객체여야 합니다',
    badMediaUrl: (v) => `${got(v)}은(는) 웹 주소가 아니어서 미디어를 표시하지 않습니다`,
    altFromCaption: () => '이(가) 없어 캡션으로 이미지를 설명합니다',
    altDecorative: () => '이(가) 없고 캡션도 없어 장식용 이미지(alt="")로 표시합니다. 본문보다 더 많은 것을 보여 준다면 설명을 넣으세요',
    mediaQuote: () => '은(는) 마크업(인용문)이어서 카드에 인용문으로 표시합니다',
    mediaPost: (v) => `은(는) ${v.text} 게시물의 임베드 코드여서 글과 원본 링크로 표시합니다(해당 서비스의 스크립트는 실행하지 않습니다)`,
    mediaFrame: (v) =>
      `은(는) <iframe>이어서 ${v.text ? `'${v.text}'` : '없는 주소(src 없음)'}로 가는 링크로 표시하며, 다른 사이트의 프레임은 넣지 않습니다`,
    notWebLink: (v) => `${got(v)}은(는) http(s) 링크가 아닙니다`,
    notObject: (v) => `은(는) ${got(v)}이(가) 아니라 객체여야 합니다`,
    emptyHeadline: () => '이(가) 마크업을 지우면 비어 있습니다',
    badArticle: () => '은(는) 텍스트 "title"이 있는 객체여야 합니다',
    eventsMissing: () => '이(가) 없습니다: 표시할 내용이 없습니다',
    notList: (v) => `은(는) ${got(v)}이(가) 아니라 목록이어야 합니다`,
    eventsEmpty: () => '이(가) 비어 있습니다: 표시할 내용이 없습니다',
    notDocument: (v) => `연표는 ${got(v)}이(가) 아니라 "events"가 있는 JSON 객체여야 합니다`,
    notJson: (v) => `은(는) 올바른 JSON이 아닙니다 (${v.detail})`,
    badSrc: (v) => `'${v.src}'은(는) 타임라인이 불러올 수 있는 주소가 아닙니다 (http, https 또는 이 사이트의 경로)`,
    loadFailed: (v) => `'${v.src}'을(를) 불러오지 못했습니다 (${v.detail})`,
    httpError: (v) => `'${v.src}'을(를) 불러오지 못했습니다: HTTP ${v.status}`,
    readFailed: (v) => `'${v.src}'을(를) 읽지 못했습니다 (${v.detail})`,
    yearMissing: (v) => `연도 ${v.text ? `'${v.text}' ` : ''}이(가) 없거나 정수가 아닙니다`,
    yearZero: () => '이(가) 0입니다. TimelineJS에는 0년이 없습니다: -1은 기원전 1년, 1은 서기 1년입니다',
    yearTooLong: (v) => `${v.year}년은 표시할 수 있는 범위(서기 1년 전후 1000억 년)를 벗어납니다`,
    scaleUnsupported: (v) =>
      `'${v.text}'은(는) 지원하지 않습니다: 기원전 9999년보다 앞선 연도는 각각 메시지와 함께 빼고 나머지를 표시합니다`,
    csvYear: (v) => `'${v.text}'은(는) 표시할 수 있는 연도가 아닙니다(-10000~9999의 정수, -1은 기원전 1년)`,
    csvNoLayout: () => '첫 행에 TimelineJS 열(Year, Headline, …)도 이 형식의 열(date, headline, …)도 없습니다',
    csvQuote: () => '에 닫히지 않은 따옴표가 있어 뒤의 행이 합쳐졌을 수 있습니다',
    csvUnknownColumn: (v) =>
      `'${v.text}'은(는) 연표가 읽는 열이 아닙니다${v.fallback ? ` ('${v.fallback}'을(를) 뜻했나요?)` : ''}. ${v.count ? `채워진 셀 ${v.count}개를 읽지 않았습니다` : '비어 있습니다'}`,
    csvUnusedColumn: (v) => `'${v.text}' 열은 이 연표에서 쓰이지 않습니다. 채워진 셀 ${v.count}개가 표시되지 않습니다`,
    csvShortYear: (v) =>
      v.year !== undefined
        ? `'${v.text}': ${v.year}년인가요, 서기 ${v.text}년인가요? 연도를 모두 쓰세요. 서기 ${v.text}년이면 셀을 텍스트 형식으로 바꾸고 00${v.text}로 쓰세요`
        : `'${v.text}'은(는) 네 자리 연도 사이의 ${String(v.text).length}자리 연도입니다. 서기 ${v.text}년인가요, 잘못 입력한 연도인가요? 서기 ${v.text}년으로 표시했습니다`,
    csvSpaces: (v) => `'${v.text}' 앞뒤에 공백이 있어 '${v.fallback}'(으)로 읽었습니다`,
    csvDuplicateRow: (v) => `${v.count}행과 똑같습니다`,
    headlineBlank: () => '이(가) 비어 있어 독자에게는 본문의 앞부분이 대신 보입니다',
    csvTime: (v) =>
      v.detail === 'noDay'
        ? `'${v.text}'은(는) 시각이지만 이 행에 날짜(일)가 없어 시각을 표시하지 않습니다`
        : `'${v.text}'은(는) 시각이 아닙니다(13:05 또는 1:05 PM으로 쓰세요). 시각을 표시하지 않습니다`,
    translationTag: (v) => `'${v.text}'은(는) 언어 태그(예: ru, ko, pt-BR)가 아니어서 번역을 읽지 않았습니다`,
    translationUnknownItem: (v) => `'${v.id}'을(를) '${v.text}'(으)로 번역했지만 연표에 그 id의 항목이 없습니다`,
    translationMissing: (v) => `에 '${v.text}' 번역이 없는 항목: ${v.detail}. 그 언어의 독자에게는 원문이 보입니다`,
    tooLarge: (v) => `은(는) ${v.detail}입니다. 타임라인은 최대 ${v.limit}MB까지 읽습니다 (읽지 않음)`,
    tooDeep: (v) => `은(는) ${v.count}단계로 중첩되어 있습니다. 타임라인은 최대 ${v.limit}단계까지 읽습니다 (읽지 않음)`,
    tooManyEvents: (v) => `은(는) ${v.count}개로, 타임라인이 표시하는 최대 ${v.limit}개보다 많습니다: 처음 ${v.limit}개를 표시합니다`,
  },
};
