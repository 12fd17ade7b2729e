import { STOPWORDS_DA } from './da.js'
import { STOPWORDS_DE } from './de.js'
import { STOPWORDS_EN } from './en.js'
import { STOPWORDS_ES } from './es.js'
import { STOPWORDS_FI } from './fi.js'
import { STOPWORDS_FR } from './fr.js'
import { STOPWORDS_IT } from './it.js'
import { STOPWORDS_NL } from './nl.js'
import { STOPWORDS_NO } from './no.js'
import { STOPWORDS_PT } from './pt.js'
import { STOPWORDS_SV } from './sv.js'

/** Stopword lists by ISO 639-1 code: the languages whose prose the paragraph scorer can weigh. */
export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: STOPWORDS_EN,
  de: STOPWORDS_DE,
  fr: STOPWORDS_FR,
  es: STOPWORDS_ES,
  it: STOPWORDS_IT,
  pt: STOPWORDS_PT,
  nl: STOPWORDS_NL,
  da: STOPWORDS_DA,
  no: STOPWORDS_NO,
  sv: STOPWORDS_SV,
  fi: STOPWORDS_FI,
}
