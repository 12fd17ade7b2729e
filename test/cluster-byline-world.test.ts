import { describe, expect, test } from 'vitest'
import { parseArticle } from '../src/index.js'

// Pages in the layouts of news sites from many countries, written for these tests: a menu, the headline, the header
// cluster with the byline in the local convention (or none), the story and a footer. Each positive row failed before
// the rule or the lexicon entry it names.
const S = {
  en: [
    'The seafront road at Marrow Bay will close to traffic for six weeks from Monday while engineers rebuild the supports of the Victorian pier, the council said.',
    'Work on the pier, which was damaged in storms last winter, was due to start in the autumn but was brought forward after an inspection found cracks in two of its iron legs.',
    'Buses will be diverted along Station Road, and the council has asked drivers heading for the harbour car park to use the ring road instead.',
  ],
  de: [
    'Die Uferstraße in Marrow Bay wird ab Montag für sechs Wochen für den Verkehr gesperrt, während Ingenieure die Stützen der alten Seebrücke erneuern, teilte die Stadt mit.',
    'Die Arbeiten an der Brücke, die im vergangenen Winter bei Stürmen beschädigt wurde, sollten eigentlich erst im Herbst beginnen, wurden aber nach einer Prüfung vorgezogen.',
    'Busse werden über die Bahnhofstraße umgeleitet, und Autofahrer werden gebeten, den Hafenparkplatz über die Ringstraße anzufahren.',
  ],
  fr: [
    'La route du front de mer de Marrow Bay sera fermée à la circulation pendant six semaines à partir de lundi, le temps que les ingénieurs reconstruisent les piliers de la jetée, a indiqué la mairie.',
    'Les travaux sur la jetée, endommagée par les tempêtes de l’hiver dernier, devaient commencer à l’automne mais ont été avancés après une inspection qui a révélé des fissures.',
    'Les bus seront déviés par la rue de la Gare, et la mairie demande aux automobilistes de rejoindre le parking du port par le périphérique.',
  ],
  es: [
    'La carretera del paseo marítimo de Marrow Bay permanecerá cerrada al tráfico durante seis semanas a partir del lunes mientras los ingenieros reconstruyen los soportes del muelle, informó el ayuntamiento.',
    'Las obras en el muelle, dañado por los temporales del invierno pasado, debían comenzar en otoño, pero se adelantaron después de que una inspección encontrara grietas en dos de sus pilares.',
    'Los autobuses se desviarán por la calle de la Estación y el ayuntamiento ha pedido a los conductores que usen la circunvalación.',
  ],
  it: [
    'La strada del lungomare di Marrow Bay resterà chiusa al traffico per sei settimane a partire da lunedì mentre gli ingegneri ricostruiscono i sostegni del vecchio molo, ha comunicato il comune.',
    'I lavori sul molo, danneggiato dalle tempeste dello scorso inverno, dovevano iniziare in autunno ma sono stati anticipati dopo che un’ispezione ha trovato crepe in due dei suoi piloni.',
    'Gli autobus saranno deviati lungo via della Stazione e il comune ha chiesto agli automobilisti di usare la tangenziale.',
  ],
  ru: [
    'Набережная в городе Марроу-Бей будет закрыта для движения на шесть недель начиная с понедельника, пока инженеры восстанавливают опоры старого пирса, сообщили в администрации.',
    'Работы на пирсе, который пострадал от штормов прошлой зимой, должны были начаться осенью, но их перенесли на более ранний срок после того, как проверка выявила трещины.',
    'Автобусы пустят по Вокзальной улице, а водителей просят добираться до парковки у гавани по кольцевой дороге.',
  ],
  zh: [
    '市政府周一宣布，海滨道路将从下周起封闭六周，工程人员将重建老码头的支撑结构。这一工程原计划在秋季开始，但在检查中发现两根铁柱出现裂缝后提前进行。',
    '据介绍，码头在去年冬天的风暴中受损严重。市政府表示，施工期间公交车将改道行驶，并请前往港口停车场的司机绕行环路。',
    '当地居民对此表示理解，但也有商户担心施工会影响夏季的客流。市政府表示将在施工期间为周边商户提供一定的补贴。',
  ],
  ja: [
    '市は月曜日、海岸沿いの道路を来週から六週間通行止めにすると発表した。老朽化した桟橋の支柱を作り直す工事のためで、当初は秋に始める予定だったが、点検で鉄の柱二本にひびが見つかったため前倒しした。',
    '桟橋は昨年の冬の嵐で大きな被害を受けていた。工事の間、路線バスは駅前通りに迂回し、港の駐車場に向かう車には環状道路を使うよう呼びかけている。',
    '地元の商店からは夏の観光客への影響を心配する声も上がっているが、市は工事期間中の支援策を検討しているという。',
  ],
  ko: [
    '시는 월요일 해안 도로를 다음 주부터 6주 동안 통제한다고 밝혔다. 낡은 부두의 지지대를 다시 짓는 공사 때문이며, 원래 가을에 시작할 예정이었으나 점검에서 철제 기둥 두 개에 균열이 발견돼 앞당겨졌다.',
    '부두는 지난겨울 폭풍으로 큰 피해를 입었다. 공사 기간 버스는 역전 거리로 우회하며, 항구 주차장으로 가는 차량은 순환도로를 이용해 달라고 시는 당부했다.',
    '지역 상인들은 여름 관광객 감소를 걱정하고 있으며, 시는 공사 기간 지원책을 검토하고 있다고 전했다.',
  ],
  ar: [
    'أعلنت البلدية يوم الاثنين إغلاق الطريق الساحلي أمام حركة المرور لمدة ستة أسابيع، بينما يعيد المهندسون بناء دعائم الرصيف القديم الذي تضرر في عواصف الشتاء الماضي.',
    'وكان من المقرر أن تبدأ الأعمال في الخريف، لكنها قُدمت بعد أن كشف فحص عن تشققات في اثنتين من دعاماته الحديدية، بحسب ما قال مسؤولون في البلدية.',
    'وستتحول الحافلات إلى شارع المحطة، فيما طلبت البلدية من السائقين المتجهين إلى موقف الميناء استخدام الطريق الدائري.',
  ],
  tr: [
    'Marrow Bay’deki sahil yolu, mühendislerin eski iskelenin destek ayaklarını yeniden inşa etmesi nedeniyle pazartesiden itibaren altı hafta boyunca trafiğe kapatılacak, belediye açıkladı.',
    'Geçen kış fırtınalarda hasar gören iskeledeki çalışmaların sonbaharda başlaması planlanıyordu, ancak bir incelemede demir ayaklarda çatlak bulununca tarih öne çekildi.',
    'Otobüsler İstasyon Caddesi üzerinden yönlendirilecek ve belediye sürücülerden liman otoparkına çevre yolunu kullanarak gitmelerini istedi.',
  ],
}
const MENU: Record<string, string[]> = {
  zh: ['首页', '新闻', '体育', '财经'],
  ja: ['ホーム', 'ニュース', 'スポーツ', '経済'],
  ko: ['홈', '뉴스', '스포츠', '경제'],
}
const HEAD: Record<string, string> = {
  zh: '海滨道路将封闭六周，老码头支撑结构提前重建',
  ja: '桟橋の工事で海岸道路を通行止めに',
  ko: '해안 도로 6주간 통제…노후 부두 지지대 보수',
}
const page = (lang: keyof typeof S, cluster: string[]) =>
  [
    ...(MENU[lang] ?? ['Home', 'News', 'Sport', 'Culture', 'Sign in']),
    HEAD[lang] ?? 'Pier repairs to close seafront road',
    ...cluster,
    ...S[lang],
    'Privacy policy',
    'Contact us',
  ].join('\n')

describe('bylines in the local conventions of news pages', () => {
  test.each([
    // Chinese header rows (byline-cjk): the author's field, else the editor in charge.
    ['zh', ['2021-06-15 14:22:07来源：海港日报作者：责任编辑：王小明'], ['王小明']],
    ['zh', ['2021-06-15 14:22　来源：新华网　作者：李明'], ['李明']],
    ['zh', ['来源：人民日报　记者 张伟'], ['张伟']],
    ['zh', ['文／林怡君'], ['林怡君']],
    ['zh', ['記者林怡君／台北報導'], ['林怡君']],
    ['zh', ['2024-03-04 10:20', '責任編輯：黃小明'], ['黃小明']],
    // Japanese labels.
    ['ja', ['2024年3月4日', '文・山田太郎'], ['山田太郎']],
    ['ja', ['著者：山田太郎', '2024年3月4日'], ['山田太郎']],
    // A CJK name under a view count under the date (byline-name-under-count).
    ['ja', ['2024.05.02 09:30', '1,204', '山田ゆうこ', 'Tags :'], ['山田ゆうこ']],
    // Korean: the job after the name, "글" before it.
    ['ko', ['김철수 기자', '입력 2024.03.04 10:20'], ['김철수']],
    ['ko', ['입력 2024.03.04 10:20 | 김철수 기자 kim@example.co.kr'], ['김철수']],
    ['ko', ['글 김철수', '2024.03.04'], ['김철수']],
    // Labels and "and" in other languages (AUTHOR_LABELS, AND_WORDS).
    ['it', ['Di Marco Rossi e Giulia Bianchi', '4 marzo 2025'], ['Marco Rossi', 'Giulia Bianchi']],
    ['en', ['Av Kari Nordmann og Ola Hansen', '4. mars 2025'], ['Kari Nordmann', 'Ola Hansen']],
    ['en', ['Av Anna Svensson och Erik Lind', '4 mars 2025'], ['Anna Svensson', 'Erik Lind']],
    ['en', ['Autor: Jan Kowalski i Anna Nowak', '4 marca 2025'], ['Jan Kowalski', 'Anna Nowak']],
    ['en', ['Jan Kowalski i Anna Nowak', '04.03.2025, 10:20'], ['Jan Kowalski', 'Anna Nowak']],
    ['tr', ['Yazar: Ayşe Yılmaz', '4 Mart 2025'], ['Ayşe Yılmaz']],
    ['en', ['Oleh Budi Santoso', '4 Maret 2025'], ['Budi Santoso']],
    ['en', ['Szerző: Kovács Anna', '2025. március 4.'], ['Kovács Anna']],
    ['en', ['Tác giả: Nguyễn Văn An', '04/03/2025'], ['Nguyễn Văn An']],
    ['en', ['Του Γιώργου Παπαδόπουλου', '4 Μαρτίου 2025'], ['Γιώργου Παπαδόπουλου']],
    // Names in scripts without capitals, after a label and its colon.
    ['ar', ['كتب: محمد علي', '4 مارس 2025'], ['محمد علي']],
    ['ar', ['بقلم: محمد علي', '4 مارس 2025'], ['محمد علي']],
    ['en', ['लेखक: राहुल शर्मा', '4 मार्च 2025'], ['राहुल शर्मा']],
    // A piece's kind or the paper's own reporter before the name (AUTHOR_LABELS).
    ['de', ['Ein Kommentar von Jana Rohr', '12. März 2025, 18:40 Uhr'], ['Jana Rohr']],
    ['de', ['Von unserem Korrespondenten Jonas Keller', '12.03.2025'], ['Jonas Keller']],
    ['en', ['Door onze redacteur Jan de Vries', '4 maart 2025'], ['Jan de Vries']],
    ['fr', ['Par notre correspondant Paul Durand', '4 mars 2025'], ['Paul Durand']],
    ['en', ['מאת: דני כהן', '04.03.2025'], ['דני כהן']],
    // A job in the local language, perhaps with its place, after the name (BYLINE_ROLE).
    ['es', ['Por Ana Ruiz | Corresponsal en Berlín', '4 de marzo de 2025'], ['Ana Ruiz']],
    ['en', ['Por Ana Lima, da Redação', '04/03/2025 10h20'], ['Ana Lima']],
    ['ru', ['Иван Петров, корреспондент', '4 марта 2025'], ['Иван Петров']],
    // Other credits after a bar on the writer's line.
    ['en', ['Written By: Jane Roe | Edited By: John Doe', 'Updated: March 4, 2025'], ['Jane Roe']],
    ['en', ['Text: Jane Roe | Photos: John Doe', 'March 4, 2025'], ['Jane Roe']],
    // A blog's meta line (byline-post-meta).
    ['en', ['Jane Roe — 2022-11-03 — in Gardening — Comments — Tags'], ['Jane Roe']],
    ['en', ['Posted by Jane Roe on March 4, 2025 in Travel'], ['Jane Roe']],
    ['fr', ['Publié par Léa Martin le 4 mars 2025 dans Voyages'], ['Léa Martin']],
  ] as const)('%s %j', (lang, cluster, authors) => {
    expect(parseArticle(page(lang, [...cluster])).byline?.authors).toEqual(authors)
  })

  test.each([
    ['en', ['Follow', 'March 4, 2025']],
    ['en', ['Politics', 'March 4, 2025']],
    ['en', ['Opinion', 'March 4, 2025 10:20']],
    ['en', ['March 4, 2025', 'Photo: Jane Roe/Reuters']],
    ['en', ['Sport · 4 March 2025']],
    ['en', ['Posted in Travel', 'March 4, 2025']],
    ['en', ['Posted on March 4, 2025']],
    ['en', ['Redakcja', '04.03.2025']],
    ['es', ['Redacción', '4 de marzo de 2025']],
    // A button before a name (BUTTON_WORDS).
    ['en', ['Follow Jane Roe', 'March 4, 2025']],
    ['de', ['Folgen Jana Rohr', '12.03.2025']],
    ['it', ['Di Maio attacca il governo sul molo', '4 marzo 2025']],
    ['de', ['Foto: Jana Rohr/dpa', '12.03.2025']],
    // "Books" in Arabic opens the line, no colon: a headline's words, not a label.
    ['ar', ['كتب جديدة في المعرض', '4 مارس 2025']],
    ['zh', ['2021-06-15 14:22　来源：新华网']],
    // A one-word section label under the date, no count between: not told from a name.
    ['ja', ['2024年3月4日', '経済']],
  ] as const)('not a byline: %s %j', (lang, cluster) => {
    expect(parseArticle(page(lang, [...cluster])).byline).toBeNull()
  })
})
