// The words web pages write their date and time stamps with, in the
// languages we read: month and weekday names, the verbs and labels around a
// stamp ("Updated", "Publié le", "Aktualisiert am"), the units of a relative
// time ("3 hours ago", "há 2 horas", "vor 5 Minuten"). Data for
// src/detect/page-date.ts, which decides by shape whether a line is a stamp.
// All words in lower case; a trailing "." is allowed after any of them. Each list runs through the
// languages in this order: en, de, fr, es, it, pt, nl, sv/da/no, ru, then pl, cs, uk, el, tr, id, ro, hu, fi, ar.

/** A list written as words separated by white space. */
const words = (list: string): readonly string[] => list.split(/\s+/).filter(Boolean)

// Month names and the abbreviations sites print ("Sept.", "déc.", "Okt."):
// English, German, French, Spanish, Italian, Portuguese, Dutch, Scandinavian, Russian (genitive).
export const MONTH_NAMES = words(`
  january february march april may june july august september october november
  december jan feb mar apr jun jul aug sep sept oct nov dec
  januar jänner februar märz mai juni juli oktober dezember mär okt dez
  janvier février mars avril juin juillet août septembre octobre novembre décembre
  janv févr fév avr juil déc
  enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre
  noviembre diciembre ene abr dic
  gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre gen mag
  giu lug set ott
  janeiro fevereiro março maio junho julho setembro outubro dezembro fev out dez
  januari februari maart mei augustus okt mrt
  augusti maj marts desember des
  января февраля марта апреля мая июня июля
  августа сентября октября ноября декабря
  stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października
  listopada grudnia
  ledna února března dubna května června července srpna září října listopadu prosince
  січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня
  ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου
  σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου
  ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık
  ianuarie februarie martie aprilie mai iunie iulie septembrie octombrie noiembrie decembrie
  január február március április május június július augusztus szeptember október
  december
  يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
`)

// Weekday names, whole and short: "Tue", "Mittwoch", "mercredi", "sábado", "zondag".
export const WEEKDAY_NAMES = words(`
  monday tuesday wednesday thursday friday saturday sunday
  mon tue tues wed thu thur thurs fri sat sun
  montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
  mo di mi do fr sa so
  lundi mardi mercredi jeudi vendredi samedi dimanche
  lunes martes miércoles jueves viernes sábado domingo
  lunedì martedì mercoledì giovedì venerdì sabato domenica
  segunda-feira terça-feira quarta-feira quinta-feira sexta-feira
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
  måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag
  понедельник вторник среда четверг пятница суббота воскресенье
  poniedziałek wtorek środa czwartek piątek sobota niedziela
  pondělí úterý středa čtvrtek pátek neděle
  δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή
  pazartesi salı çarşamba perşembe cuma cumartesi
  senin selasa rabu kamis jumat sabtu
  luni marți miercuri joi vineri sâmbătă duminică
  hétfő kedd szerda csütörtök péntek szombat vasárnap
  الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد
`)

// Words a stamp is written with besides its numbers and names: the verb or label ("Updated", "Publié le",
// "Aktualisiert am", "Publicado el", "Pubblicato il", "Gepubliceerd op"), "at"/"um"/"à", "today", a time of day, a
// zone.
// Not content words: "Updated rules take effect March 1" keeps "rules", "take", "effect" and is no stamp.
export const STAMP_WORDS = words(`
  updated update published posted modified issued last first on at of the and today
  yesterday am pm a.m p.m st nd rd th date original edited created released
  veröffentlicht aktualisiert erstellt geändert zuletzt stand am um uhr heute gestern
  vom datum
  publié publiée mis mise à jour le la modifié modifiée h aujourd hui hier
  depuis en date du
  publicado publicada actualizado actualizada atualizado atualizada el a las los de
  del hoy ayer em às hoje ontem pubblicato aggiornato il alle ore oggi ieri
  del e y
  gepubliceerd bijgewerkt op om uur vandaag gisteren publicerad uppdaterad publiceret
  opdateret publisert oppdatert kl klockan idag igår i dag går
  опубликовано обновлено в сегодня вчера г
  modifica modificato
  opublikowano aktualizacja zaktualizowano dzisiaj wczoraj dnia godz
  publikováno aktualizováno dnes včera
  ενημερώθηκε δημοσιεύθηκε σήμερα χθες
  güncelleme güncellendi yayınlanma yayınlandı tarihi bugün dün
  diperbarui dipublikasikan diterbitkan hari ini kemarin wib wita wit pukul
  actualizat publicat azi ieri
  frissítve publikálva ma tegnap
  julkaistu päivitetty klo tänään eilen
  est edt cst cdt mst mdt pst pdt pt et ct mt gmt utc bst cet cest
  mez mesz eet eest ist hkt jst kst sgt aest aedt awst sast msk z
`)

// Units of a relative time: "5 mins ago", "vor 3 Stunden", "il y a 2 jours", "hace 4 horas", "há 2 horas",
// "2 ore fa", "3 uur geleden", "2 часа назад".
export const TIME_UNITS = words(`
  second seconds sec secs minute minutes min mins hour hours hr hrs day days
  week weeks month months year years h m d w y
  sekunde sekunden minute minuten stunde stunden std tag tagen woche wochen monat
  monaten jahr jahren
  seconde secondes heure heures jour jours semaine semaines mois an ans année
  années
  segundo segundos minuto minutos hora horas día días dia dias semana semanas mes
  meses mês año años ano anos
  secondi minuti ora ore giorno giorni settimana settimane mese mesi anno anni
  seconden minuten uur dag dagen weken maand maanden jaar timme timmar time timer
  dage dager секунд секунды минуту минуты минут
  час часа часов день дня дней
  sekund minut minuty godzin godziny godz dni dzień
  saniye dakika saat gün hafta ay yıl
  detik menit jam hari minggu bulan tahun
`)

// The words that make a number and a unit a time before now: "ago", "vor", "il y a", "hace", "há", "fa", "geleden",
// "sedan", "siden", "назад".
export const AGO_WORDS = words(`
  ago vor il y a hace há fa geleden sedan siden назад
  temu önce yang lalu
`)

// The characters of a date or time in Chinese, Japanese and Korean, and their relative times:
// "2019年2月13日", "1 時間前", "3小时前", "10분 전", "公開日", "发布时间", "更新日時".
export const CJK_DATE_CHARS = '年月日時时間间小分钟鐘秒前半週周昨今天号號点點度년월일시간분초전'
// Labels over a stamp in those scripts ("Published", "Updated", "Posted on", "Release time"): a label and a date make a
// stamp.
export const CJK_DATE_LABELS = words(`
  公開日 公開 更新日 更新 投稿日 掲載日 配信 発行日 日付
  发布时间 发布日期 发布 发稿时间
  更新时间 时间 日期 時間 입력 수정 등록 발행 기사입력 최종수정
`)
