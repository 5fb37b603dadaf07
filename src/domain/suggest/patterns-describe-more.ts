import type { Behaviour } from './behaviours';

/**
 * Describing stems (folded) that the English stems of `DESCRIBE_SOURCES` had and Spanish, Portuguese, French, Italian
 * or German lacked (ADR 0141). Written by translating the English stems, concept by concept, not from any catalogue;
 * checked against the dev catalogues as independent translators rewrote them in those languages
 * (`npx tsx scripts/eval-translated.ts`).
 */
export const MORE_DESCRIBE: Partial<Record<Behaviour, string>> = {
  apologise: 'lament|desole|navre|regrett|dispiac|bedauer|tut (uns|mir) leid|leid tun|perdao',
  acknowledge:
    'emocion|emoc[ao]|emozion|calidez|calido|calor humano|chaleur|chaleureu|calore|caloros|amabl|gentil|bienveill|carino|carinh|compasion|compaix|comprension|comprensiv|compreens|comprehens|pacien|pazien|geduld|' +
    'ponerse en (su|el) lugar|ponernos en|no lugar d|colocar no lugar|a (la|sa) place d|nei panni|proximidad|proximidade|proximite|vicinanza|einfuhl|mensch|herzlich|warmherz|verstandnisvoll',
  'commit-time':
    "puntual|pontual|ponctu|punktlich|rechtzeitig|tempestiv|a temps|a l'heure|dans les temps|em dia|no prazo|en plazo|fecha limite|hora limite|horario limite|data limite|date limite|echeanc|" +
    'promet|promesa|promett|promess|versprech|zusag|zugesagt|espera(?![a-z])|esperar|attente|attendre|wartezeit|warten|attesa|aspett',
  'follow-up':
    'actualiz|atualiz|mise a jour|mettre a jour|aktualisier|cerrar el (circulo|ciclo)|fechar o ciclo|boucler la boucle|chiudere il cerchio|chiudi il cerchio|kreis schliess|' +
    'volver a (contactar|escribir|llamar)|dar seguimiento|retomar|dar retorno|relanc|revenir vers|faire le point|tenir au courant|ricontatt|al corrente|nachhak|ruckmeld',
  'own-it':
    "de ponta a ponta|de punta a punta|de principio a fin|de bout en bout|fino in fondo|dall'inizio alla fine|von anfang bis|bis zum (schluss|ende)|dranbleib|senso de dono|" +
    "hasta el final|ate o fim|jusqu'a la fin|fino alla fine|rendir cuentas|redevab|render conto|prendre en charge|prise en charge|encargarse|nos encargamos|presa in carico|in carico",
  'own-mistake': 'culpa|faute|colpa|schuld|admet|ammett|zugeb|eingesteh|fallo|falha',
  'explain-cause': 'spieg|ragion|razao|hintergrund|begrund',
  'straight-talk':
    'surpres|uberrasch|letras miudas|petits caracteres|kleingedruckt|klartext|sem rodeios|sans detour|parler vrai|senza giri di parole|ohne umschweife|dritti al punto',
  teach:
    'educa|enseign|transmet|transmission|pedagog|capacit(ar|acion|acao|amos|ando|ado)|prossima volta|da soli|da sola|da solo|nachstes mal|anleit|fortalec|reforzad|renforc|rafforz|gestarkt|starker|' +
    'por conta propria|por su cuenta|par eux-memes|par soi-meme|in autonomia',
  options:
    'criativ|kreativ|agil|jogo de cintura|wendig|beweglich|encontrar (una|la|un|uma|o) (manera|forma|camino|jeito|caminho)|dar um jeito|trouver (une|un) (solution|moyen|chemin)|' +
    'trovare (una|il|un) (soluzione|modo)|weg finden|contorn|contourn|aggir|umgeh|anpass|fuera del guion|fora do script|hors du script|fuori dal copione|fuori dagli schemi',
  proactive:
    "proativ|proattiv|proaktiv|por delante|a frente|en avance|coup d'avance|longueur d'avance|voir plus loin|in anticipo|passo avanti|voraus|antes (de )?que (el cliente|la cliente|los clientes|o cliente|os clientes|alguien|alguem|nadie|ninguem|lo pidan|o pecam|pregunten|perguntem)|avant que (le client|la cliente|les clients|quelqu'un|personne|ils|elles)|prima che (il cliente|la cliente|i clienti|qualcuno|nessuno|lo chiedano)|bevor (jemand|kunden|der kunde|die kundin|die kunden|sie (fragen|nachfragen|es merken)|es jemand)|" +
    'verhinder|prevedi|prevoir|prever',
  beyond: 'supera|exced|depass|generos|genereu|encant|enchant|ravir|entusias',
  handover: 'colleg|companer|colega|ubergab|ubergeb|traspas|relevo|passagem de|repass|passation|relais|passaggio di consegne|cooper|kooper',
  protect: 'privacid|privacidade|confidencial|vie privee|riservat|vertraulich|estafa|golpe|arnaque|truffa',
  'plain-short': 'jerga|jargao|gergo|fachchinesisch|fachjargon|facil(?!it)|facile|verstandlich|tecnicismo',
  celebrate: 'festej|comemor|feter|festeggi|divertid|divertent|divertimento|spass|enthousias|entusias',
  'act-fast':
    'agil|reactivi|reativ|reattiv|reaktiv|prontid|prontezza|presteza|sin demora|sem demora|sans delai|sans tarder|senza ritard|unverzuglich|umgehend|rasch',
  accuracy:
    'medir|mesur|misur|calidad|qualidade|qualite|qualita|qualitat|dos veces|duas vezes|deux fois|due volte|zweimal|doppelt|conferir|confira|reconferir|rigor|rigueur|' +
    'minuci|minutie|meticul|grundlich|esatt',
  reassure:
    'sangue freddo|sang-froid|sangre fria|sangue frio|kuhlen kopf|ruhe bewahr|tranquiliz|rassur|rassicur|beruhig|panique|panik|presion|pressao|pressione',
  'fair-policy':
    'politica(?!l)|politique|richtlinie|coheren|coeren|konsequent|einheitlich|mesmas regras|memes regles|stesse regole|gleiche regeln|imparcial|impartial|imparzial|unparteiisch',
  improve: 'evolu|crescer|crecer|wachsen|leccion|licao|lecon|lezion|kontinuierlich',
  'de-escalate':
    'desescal|deeskal|apais|provoc|provok|sarcas|condescend|condiscend|herablass|humilla|humilh|humilie|umili|demutigen|demutigung',
};

/**
 * Japanese describing words (ADR 0141), written the same way from the English stems. Japanese has no word boundary, so
 * they are joined to the patterns without one (`\b` never holds before a kana or kanji).
 */
export const JA_DESCRIBE: Partial<Record<Behaviour, string>> = {
  apologise: '申し訳|お詫び|謝罪|謝る|すみません',
  acknowledge: '共感|寄り添|気持ち|感情|傾聴|耳を傾け|思いやり|温か|親身|相手の立場|人として|人間味|一人ひとり|ひとりひとり',
  'commit-time': '期限|納期|期日|約束|時間どおり|時間通り|タイムリー|締め切り|締切|待たせ',
  'follow-up': 'フォロー|進捗|経過を|報告|状況を(お)?知らせ|アップデート|ループを閉じ|やりっぱなし|最後まで連絡',
  'own-it': '責任|当事者意識|オーナーシップ|自分ごと|自分事|主体的|最後まで|一貫して対応|引き受け',
  'own-mistake': 'ミス|誤り|間違い|過ち|非を認め|落ち度',
  'explain-cause': '理由|原因|なぜ|説明|背景|根本',
  'straight-talk': '正直|誠実|率直|透明|ありのまま|隠さ|はっきり|本当のこと|真実|包み隠さ',
  teach: '教え|学び|自立|自分で|自力で|次回|できるように|身につけ|エンパワ',
  options: '創造|クリエイティブ|柔軟|選択肢|代替|回避策|工夫|別の方法|別の道|臨機応変|型にはまら|マニュアル通りでは',
  proactive: '先回り|先を見|先手|予測|未然に|事前に|プロアクティブ|先読み|予防|一歩先',
  beyond: '期待を超え|期待以上|感動|プラスアルファ|寛大|驚き',
  handover: 'チーム|連携|協力|引き継|引継|共に|一緒に|仲間|同僚|協働',
  protect: 'セキュリティ|保護|守る|守り|プライバシー|個人情報|データ|不正|詐欺|本人確認',
  'plain-short': '簡潔|シンプル|わかりやすく|分かりやすく|わかりやすい|分かりやすい|平易|専門用語|短く',
  celebrate: '祝|喜び|楽し|ポジティブ|情熱|称え',
  'act-fast': '迅速|素早|すばや|スピード|即座|即時|至急|緊急|すぐに|機敏|レスポンス',
  accuracy: '正確|精度|品質|ダブルチェック|二重チェック|念入り|慎重|検証|細部|確認を重ね|二度確認',
  reassure: '落ち着|冷静|安心|不安|プレッシャー|パニック|動じ',
  'fair-policy': '公平|公正|一貫|ルール|規則|方針|ポリシー|平等|誰にでも|えこひいき',
  improve: '改善|より良|成長|フィードバック|継続的|カイゼン|教訓|進化',
  'de-escalate': '敬意|尊重|礼儀|冷静さ|怒り|侮辱|品位|尊厳|挑発',
  safeguard: '安全|嫌がらせ|ハラスメント|脅迫|危険|未成年|子ども|子供|若い|弱い立場',
};

/** Dutch, Polish and Catalan words the English stems had and `patterns-nl-pl.ts` / `patterns-ca.ts` lacked (ADR 0141). */
export const MORE_DESCRIBE_NL_PL_CA: Partial<Record<Behaviour, string>> = {
  acknowledge: 'persones(?![a-z])|cura de les persones',
  'commit-time': 'op tijd|stipt|punctueel|puntual|data limit',
  'follow-up':
    'de cirkel rond|cirkel sluiten|terugkomen|informeren|domkn|domyk|informowa|aktualiz|tancar el (cercle|cicle)|actualitz|informar',
  'own-it': "eigenaarschap|poczucie wlasnosci|od poczatku do konca|de principi a fi|fer-ho nostre|se'n fa carrec",
  options: 'aanpas|wendbaar|flexib|pomysl|zwinn|dostosow|enginy|imaginaci|adapt',
  proactive: 'stap vooruit|vooruitdenk|krok przed|zawczasu|veure-les venir|avancar-se|un pas endavant',
  'act-fast': 'reageren|snel reageren|reaguj|reakcj|blyskawicz|reactiv|resposta rapida',
  accuracy: 'meten|dubbel|precyzj|mierz|mesur|dues vegades|dos cops|qualitat',
  reassure: 'koelbloedig|rust bewar|sang freda|serens',
  'plain-short': 'entenedor|sense tecnicismes|vaktaal|jargon',
  celebrate: 'swietuj|gaudim',
  'fair-policy': 'mateixes normes|imparcial|igualtat',
  handover: 'traspas|relleu',
};
