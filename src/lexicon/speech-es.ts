// Spanish: how EFE-style and web copy ties a quotation to its speaker.
//   “…”, dijo Quiroga al ser consultado.                → dijo; speaker Quiroga
//   “…”, explica Tomás Varela, director del instituto.→ explica; role after the comma
//   «Es difícil –admitió García– pero seguiremos»     → one quote split around the inserted attribution
//   “…”, afirma.                                      → afirma with no subject: the speaker before
//   Según el periodista, la obra “…”                  → según (according)
//   Para Ibáñez, lo peor del plan es que “…”         → para (forSource, at the start of the sentence)
// Not cues: la operación "Mano Lenta" (no verb of saying), el premio “Ana Ríos al Valor” (a name).
import { type SpeechLexicon, words } from './speech-lexicon.js'

export const SPEECH_ES: SpeechLexicon = {
  code: 'es',
  verbs: words(`
    dijo dice dicen dijeron decía declaró declara declaran declararon añadió añade agregó agrega afirmó afirma
    afirmaba afirmaron aseguró asegura aseguraba aseguraron señaló señala señalaron explicó explica explicaba
    explican explicaron indicó indica indicaron comentó comenta manifestó manifiesta expresó expresa sostuvo
    sostiene advirtió advierte alertó alerta apuntó apunta subrayó subraya destacó destaca insistió insiste
    recalcó recalca reiteró reitera precisó precisa admitió admite reconoció reconoce confesó confiesa
    lamentó lamenta denunció denuncia opinó opina reflexionó reflexiona resaltó resalta detalló detalla
    aseveró asevera puntualizó puntualiza planteó plantea respondió responde contó cuenta relató relata
    narró narra recordó recuerda concluyó concluye gritó grita escribió escribe tuiteó sentenció sentencia
    enfatizó enfatiza mencionó menciona adelantó adelanta anunció anuncia informó informa defendió defiende
    argumentó argumenta matizó matiza exclamó exclama preguntó pregunta aclaró aclara acotó acota remarcó
    remarca expuso expone razonó razona analizó analiza valoró valora insistía contaba relataba confió confía
    agregaba
    añadía lee dicho declarado añadido agregado afirmado asegurado señalado explicado indicado comentado
    manifestado expresado sostenido advertido apuntado subrayado destacado reconocido lamentado denunciado
    detallado planteado respondido contado recordado escrito anunciado informado defendido`),
  introducing: words(`
    calificó califica consideró considera criticó critica llamó llama definió define
    describió describe tildó tilda pidió pide enumeró propuso`),
  auxiliaries: words('ha han había habían habría'),
  according: words('según'),
  forSource: words('para'),
  pronouns: words('él ella'),
  determiners: words('el la los las lo un una unos unas su sus este esta ese esa aquel aquella'),
  plurals: words('los las unos unas sus estos esos'),
  indefinites: words('un una unos unas'),
  titles: words(`
    presidente presidenta ministro ministra portavoz director directora secretario secretaria alcalde
    alcaldesa diputado diputada senador senadora subsecretario subsecretaria juez jueza fiscal abogado
    abogada jefe jefa líder dirigente investigador investigadora científico científica experto experta
    profesor profesora periodista rector rectora glaciólogo glacióloga meteorólogo meteoróloga economista
    analista entrenador técnico seleccionador capitán gobernador gobernadora embajador embajadora canciller
    comisario comisaria titular funcionario funcionaria vocero vocera timonel mandatario mandataria
    parlamentario parlamentaria activista militante fundador fundadora rey reina papa obispo general
    coronel doctor doctora médico médica vicepresidente vicepresidenta responsable coordinador coordinadora
    delegado delegada concejal concejala gerente consejero consejera asesor asesora candidato candidata
    expresidente expresidenta exministro exministra primer primera vice`),
  honorifics: words('sr sra srta don doña dr dra'),
  particles: words('de del la las los y da di van von'),
  stops: words(`
    a al en ante con desde durante para por sobre tras hacia entre contra sin según que quien quienes cuando
    donde y e pero o u mientras porque como si aunque cuyo cuya`),
  relatives: words('quien quienes que'),
  conjunctions: words('y e pero o u que cuando mientras si porque aunque'),
  adverbs: words(`
    también además luego ya todavía aún ayer hoy entonces finalmente lunes martes miércoles jueves viernes
    sábado domingo este esta mañana tarde noche recién nuevamente se le lo les me nos`),
  openers: words(`
    pero y sin embargo además también el la los las un una en para por con desde tras ante según según a
    al de del ya así luego entonces mientras aunque si cuando`),
  works: words(`
    película películas libro novela serie programa documental disco
    álbum canción obra premio operación revista columna campaña`),
  organisations: words(`
    universidad ministerio gobierno congreso senado instituto agencia comisión consejo partido sindicato
    asociación fundación banco hospital tribunal corte servicio organización comité escuela`),
  dashQuotes: 'attributed',
}
