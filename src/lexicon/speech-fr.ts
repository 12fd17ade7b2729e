// French: how AFP-style and web copy ties a quotation to its speaker.
//   « … », a déclaré le ministre de la Santé.        → a déclaré; speaker le ministre de la Santé
//   « … », précise la toxicologue Claire Vernet         → précise; role la toxicologue
//   « Je n'ai rien caché à personne », a-t-il estimé. → a-t-il estimé (inverted pronoun)
//   « Ridicule, explique Julien Mardel. Les dossiers … » → one quote split around the inserted attribution
//   selon elle, …                                      → selon (according)
//   Pour la toxicologue, « … »                         → pour (forSource, at the start of the sentence)
// Not cues: le « Zéro Pluie » (no verb of saying), « toxique probable » en 2019 (a label).
import { type SpeechLexicon, words } from './speech-lexicon.js'

export const SPEECH_FR: SpeechLexicon = {
  code: 'fr',
  verbs: words(`
    dit disent déclare déclarent déclaré déclarait déclara affirme affirment affirmé affirmait affirma estime
    estiment estimé estimait explique expliquent expliqué expliquait expliqua ajoute ajoutent ajouté ajouta
    indique indiquent indiqué souligne soulignent souligné soulignait précise précisent précisé assure
    assurent assuré assurait lance lancé martèle martelé reconnaît reconnu confie confié confiait rappelle
    rappelé insiste insisté avertit averti prévient prévenu annonce annoncé répond répondu répondait
    poursuit poursuivi résume résumé juge jugé commente commenté écrit écrivent raconte raconté racontait
    témoigne témoigné assène asséné observe observé note noté relève relevé conclut conclu analyse analysé
    nuance nuancé tranche tranché glisse glissé lâche lâché ironise ironisé déplore déploré regrette
    regretté dénonce dénoncé plaide plaidé admet admis concède concédé confirme confirmé promet promis
    réagi réagit souffle soufflé tweeté détaille détaillé s'exclame s’exclame interroge interrogé
    s'interroge s’interroge s'inquiète s’inquiète insistait disait expliquent avancé avance argumente
    argumenté renchérit renchéri complète complété`),
  introducing: words(`
    fustige fustigé parler parlé évoque évoqué qualifie qualifié qualifiait appelle appelé dénonçant
    estimant jugeant`),
  auxiliaries: words('a ont avait avaient aurait auraient'),
  according: words('selon'),
  forSource: words('pour'),
  pronouns: words('il elle'),
  determiners: words('le la les l un une son sa ses ce cet cette leur leurs'),
  plurals: words('les des ces leurs'),
  indefinites: words('un une'),
  titles: words(`
    ministre ministres président présidente présidents porte-parole directeur directrice secrétaire maire
    député députée sénateur sénatrice toxicologue toxicologues avocat avocate procureur procureure juge chef
    cheffe patron patronne responsable épidémiologiste ambassadeur ambassadrice commissaire gouverneur préfet
    préfète général colonel professeur professeure chercheur chercheuse économiste analyste expert experte
    entraîneur sélectionneur capitaine pdg fondateur fondatrice dirigeant dirigeante militant militante
    syndicaliste délégué déléguée conseiller conseillère chancelier chancelière roi reine pape évêque
    médecin docteur biologiste climatologue sociologue politologue historien historienne journaliste
    écrivain écrivaine auteur autrice candidat candidate élu élue vice-président vice-présidente
    vice-premier premier première`),
  elisions: words('l d j m n s t c qu jusqu lorsqu puisqu'),
  honorifics: words('m mme mlle me dr pr'),
  particles: words('de du des d le la'),
  stops: words(`
    à au aux dans en lors pendant sur sous pour par avec après avant devant chez vers contre entre selon
    qui que qu dont où et mais car donc ou ni puis alors si quand comme lorsque ce`),
  relatives: words('qui'),
  conjunctions: words('et mais ou donc car que qu quand lorsque si comme puis'),
  adverbs: words(`
    aussi encore également ensuite enfin alors déjà toujours ainsi pourtant cependant hier aujourd’hui
    lundi mardi mercredi jeudi vendredi samedi dimanche matin soir plus tôt récemment publiquement
    s se lui leur y en n ne`),
  openers: words(`
    mais et or donc puis ainsi alors aussi pourtant cependant ensuite enfin le la les l un une des pour
    selon dans en à au aux par avec après avant depuis lors si quand comme de du d`),
  works: words(`
    film films livre roman série émission documentaire album
    chanson pièce prix opération magazine revue chronique spectacle`),
  organisations: words(`
    ministère université gouvernement parlement assemblée sénat conseil commission agence institut
    académie société groupe parti syndicat association fédération banque hôpital tribunal cour`),
  dashQuotes: 'attributed',
}
