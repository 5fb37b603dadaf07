/**
 * Words that say nothing about which value applies: function words in the languages we read (Dutch and Polish
 * without the words another language uses as content: "door", "want", "alle", "hier", "waren", ADR 0116; Catalan
 * without "son", "mes", "era", "pot", "dia", ADR 0130; Swedish, folded, without "kunde", "kunden" (German "Kunde",
 * "Kunden"), "sedan", "dock" (English), "borde", "mina" (Spanish), "bade" (German "Bade-"), "alla", "andra" (Italian
 * "alla", "andrà"; no Italian line drops them), "vara" (Swedish "goods" too), and, found in the 160 pool teams' text
 * (ADR 0182), "dessa" (Portuguese), "som" (Dutch "sum", Catalan "we are"), "mig" (Catalan "half"), "med", "hennes");
 * Danish, folded ("æ" and "ø" stay), without "kunde" (German), "sagen" (German "to say"), "mange" (French), "ville"
 * (French "town"), "dette", "disse" (Italian, Portuguese "said"), "maske" (German "Maske"), "hele" (Dutch), "mere",
 * "mine", "dine" (English), "først" (a value's "first") and Swedish's own "intet", "omkring", "sådan", "således",
 * "bedes", ADR 0184),
 * and support vocabulary every value description shares ("customer", "ticket").
 */
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers him his how i if in
  into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she should
  so some such than that the their them then there these they this those through to too under until up very was we were what
  when where which while who whom why will with would you your yours yourself yourselves us let make made get got one way
  customer customers ticket tickets support team teams agent agents people someone something thing things every even still
  de la el en y a los las del se por un una con para es al lo como mas o pero sus le ya si porque muy sin sobre tambien
  der die das und ist zu den nicht von sie mit dem es ein eine auch auf fur an im sich als wie bei oder wir ihr
  le les des et est un une en du que qui dans pour pas sur au avec ce il elle nous vous ne plus par se
  o os as e um uma do da em no na para com nao por mais se ao dos das como mas foi ele ela
  het een van niet voor zijn naar maar hebben heeft hebt wordt kunt kunnen graag deze omdat zoals onder tegen tussen zich
  haar onze jouw jullie waar wanneer welke toch iets niets iemand zeer werd zouden moet moeten mogen wilt
  klant klanten medewerker bedankt groet groeten vriendelijke
  jest przez oraz bardzo prosze moze tylko jesli jezeli ktory ktora ktore ktorych ktorym bedzie beda tego jestem
  jestesmy zostal zostala zostalo zostaly wszystko teraz tutaj jednak takze rowniez pana pani panu panstwa panstwo mnie
  mamy sobie swoje moje nasz nasza nasze naszym naszej twoj twoje tych temu jego nich niego niej kiedy gdzie wiec zeby
  bylo byla byly bede bedziemy witam pozdrawiam dziekuje dziekujemy klient klienta klienci zgloszenie zgloszenia
  amb els dels pel pels aixo aquest aquesta aquests aquestes aquell aquella ho hi li seu seva seus seves meu meva teu teva
  nostre nostra nostres vostre vostra vostres voste vostes molt tambe perque pero quan hem heu han gracies salutacions
  och att det inte jag har ett eller ocksa detta denna fran ska skall vill bara mycket din ditt dina oss hos hur vad
  varfor nar skulle kommer hade blir blev varit redan garna tyvarr vanligen efter utan eftersom vilket vilken vilka
  alltsa nagon nagot nagra ingen inget inga mellan medan genom innan tills aven dessutom kanske maste sjalv sjalva
  samma sina sitt deras honom henne varje annars darfor ganska kund kunder kundens kunderna kundtjanst kundservice
  arende arendet medarbetare hej tack mvh halsningar halsning
  ikke meget hvad hvem hvor hvordan hvorfor hvornar hvilken hvilket hvilke nogle nogen noget ogsa altsa vores jeres hende
  hendes deres blevet bliver blive blev være været havde kunne skal selv lige godt lidt endnu allerede fordi derfor inden
  uden siden mellem igennem gennem ellers enten eventuelt hermed herefter derefter dermed desuden derudover derimod
  alligevel stadig altid ifølge denne hver hvert flere imod samme nemlig desværre kære
  venlig venligst venlige hilsen hilsner kunderne kundeservice kundeservicen henvendelse henvendelsen henvendelser
  medarbejder medarbejdere`.split(/\s+/),
);
