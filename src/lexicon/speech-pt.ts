// Portuguese: how Lusa-style and web copy ties a quotation to its speaker.
//   "…", declarou o delegado Paulo Ribas, da Delegacia Central. → declarou; role o delegado
//   "…", acrescentou o comandante.                    → acrescentou; speaker o comandante
//   Moreira disse aos jornalistas que foi "um erro …" → disse; speaker Moreira
//   segundo a polícia, …                              → segundo (according)
// Not cues: a operação "Mão Leve" (a name), o programa "Noite Aberta" (a title).
import { type SpeechLexicon, words } from './speech-lexicon.js'

export const SPEECH_PT: SpeechLexicon = {
  code: 'pt',
  verbs: words(`
    disse diz dizem disseram afirmou afirma afirmaram declarou declara declararam acrescentou acrescenta
    explicou explica destacou destaca ressaltou ressalta completou completa complementou complementa
    ponderou pondera reforçou reforça sustentou sustenta defendeu defende avaliou avalia observou observa
    lembrou lembra contou conta relatou relata garantiu garante assegurou assegura informou informa
    comentou comenta falou fala reiterou reitera alertou alerta advertiu adverte admitiu admite reconheceu
    reconhece concluiu conclui questionou questiona respondeu responde pontuou pontua frisou frisa
    salientou salienta enfatizou enfatiza sublinhou sublinha escreveu escreve apontou aponta argumentou
    argumenta anunciou anuncia revelou revela insistiu insiste rebateu rebate desabafou desabafa brincou
    brinca afirmava dizia contava explicava`),
  introducing: words('classificou classifica considerou considera chamou chama criticou critica definiu'),
  auxiliaries: words('tem têm tinha tinham havia'),
  according: words('segundo conforme'),
  forSource: words('para'),
  pronouns: words('ele ela'),
  determiners: words('o a os as um uma uns umas seu sua seus suas este esta esse essa'),
  plurals: words('os as uns umas seus suas'),
  indefinites: words('um uma uns umas'),
  titles: words(`
    presidente presidenta ministro ministra porta-voz diretor diretora secretário secretária prefeito
    prefeita deputado deputada senador senadora governador governadora juiz juíza promotor promotora
    procurador procuradora delegado delegada advogado advogada chefe líder técnico treinador comandante
    pesquisador pesquisadora especialista professor professora jornalista economista analista coordenador
    coordenadora superintendente coronel general capitão comissário embaixador papa rei rainha bispo médico
    médica vereador vereadora candidato candidata ex-presidente pré-candidato pré-candidata titular`),
  honorifics: words('sr sra dr dra dom dona'),
  particles: words('de da do das dos e'),
  stops: words(`
    à às ao aos a em no na nos nas num numa com desde durante para pela pelo por sobre após até entre contra
    sem que quem quando onde e mas ou enquanto porque como se`),
  relatives: words('que quem'),
  conjunctions: words('e mas ou que quando enquanto se porque'),
  adverbs: words(`
    também ainda já depois então hoje ontem finalmente segunda-feira terça-feira quarta-feira quinta-feira
    sexta-feira sábado domingo se lhe lhes`),
  openers: words(`
    mas e também o a os as um uma em para por com desde após segundo de do da no na ao à se quando`),
  works: words(`
    filme livro romance série programa documentário disco álbum
    canção música peça prêmio prémio operação revista coluna`),
  organisations: words(`
    universidade ministério governo congresso senado instituto agência comissão conselho partido sindicato
    associação fundação banco hospital tribunal polícia secretaria`),
  dashQuotes: 'attributed',
}
