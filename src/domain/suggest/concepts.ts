/**
 * Ideas that support teams' values usually express, each with
 * - `describe`: words an admin uses when writing a value about it (read from the value's own
 *   name, description, prompts, questions) — this is how any catalogue maps onto the concepts;
 * - `reply`: phrases in an agent's reply that show it;
 * - `situation`: phrases in the customer's messages that call for it.
 * Entries are folded (lower case, no accents); a trailing `*` matches any ending. English first,
 * with common Spanish, German, French and Portuguese phrasing.
 */
export interface Concept {
  id: string;
  describe: string[];
  reply: string[];
  situation: string[];
}

export const CONCEPTS: Concept[] = [
  {
    id: 'empathy',
    describe: ['empath*', 'feel*', 'heard', 'listen*', 'compassion*', 'kind*', 'caring', 'warm*', 'human*', 'emotion*', 'acknowledg*', 'patien*', 'perspective', 'shoes', 'understood', 'gentle*', 'dignity', 'respect*', 'stress*', 'upset', 'grief'],
    reply: ['so sorry', 'truly sorry', 'really sorry', 'very sorry', 'sorry to hear', 'sorry for your loss', 'i understand how', 'i understand that', 'i completely understand', 'i can imagine', 'i can only imagine', 'must be', 'must have been', 'that sounds', 'i hear you', 'not your fault', 'nothing to be ashamed', 'you did nothing wrong', 'take your time', 'no rush', 'you are not alone', "you're not alone", 'my condolences', 'condolence*', 'heartbreaking', 'i know how', 'thank you for telling', 'thank you for sharing', 'lo siento', 'siento mucho', 'lamento', 'entiendo', 'es tut mir leid', 'mein beileid', 'ich verstehe', 'je suis desole', 'je comprends', 'sinto muito', 'lamento muito', 'entendo'],
    situation: ['upset', 'frustrat*', 'angry', 'furious', 'disappointed', 'devastat*', 'heartbroken', 'grie*', 'passed away', 'died', 'funeral', 'widow*', 'stressed', 'anxious', 'worried', 'scared', 'terrified', 'crying', 'in tears', 'ashamed', 'embarrassed', 'my fault', 'overwhelmed', 'exhausted', 'third time', 'three times', 'again and again', 'ridiculous', 'unacceptable', 'awful', 'terrible', 'nightmare', 'desperate', 'enfadad*', 'frustrad*', 'verargert', 'enttauscht', 'decu*', 'triste'],
  },
  {
    id: 'responsiveness',
    describe: ['respon*', 'quick*', 'fast*', 'prompt*', 'timely', 'timeline*', 'urgen*', 'speed*', 'swift*', 'immediate*', 'minutes', 'wait*', 'delay*', 'update*', 'cadence', 'deadline*', 'same day', 'available', 'present', 'chased', 'momentum', 'hours', 'time', 'when it matters'],
    reply: ['right away', 'straight away', 'immediately', 'within the hour', 'within minutes', 'within * minutes', 'within * hours', 'next update', 'i will update', "i'll update", 'update you', 'updates every', 'every hour', 'every * minutes', 'every 30 minutes', 'by end of day', 'end of today', 'later today', 'same day', 'as soon as', 'by * am', 'by * pm', "i'll be here", 'i will stay', "i'll stay", 'stay online', 'staying on', 'i am on it', "i'm on it", 'handed over', 'handover', 'hand over', 'handoff', 'next shift', 'my colleague * will', 'de inmediato', 'ahora mismo', 'hoy mismo', 'sofort', 'umgehend', 'heute noch', 'immediatement', 'tout de suite', "aujourd'hui", 'imediatamente', 'agora mesmo', 'hoje'],
    situation: ['urgent', 'urgently', 'asap', 'as soon as possible', 'emergency', 'deadline', 'tomorrow', 'tonight', 'this morning', 'right now', 'outage', 'is down', 'went down', 'not loading', "can't take orders", 'cannot take orders', 'losing money', 'losing sales', 'still waiting', 'waiting for', 'no response', 'no reply', "haven't heard", 'have not heard', 'days ago', 'hours ago', 'payday', 'payroll', 'surgery', 'flight', 'go-live', 'go live', 'urgente', 'dringend', 'eilig', 'urgence'],
  },
  {
    id: 'ownership',
    describe: ['own*', 'accountab*', 'responsib*', 'end to end', 'follow through', 'through to', 'see it through', 'take charge', 'commit*', 'outcome*', 'finish*', 'until', 'chased', 'promise*', 'handed over', 'pass*'],
    reply: ["that's on me", 'that is on me', 'my mistake', 'my fault', 'my error', 'i take responsibility', "i'll take care", 'i will take care', "i've taken care", 'i have taken care', "i'll personally", 'i will personally', "i'll handle", 'i will handle', "i'll make sure", 'i will make sure', "i'll follow up", 'i will follow up', "i'll check back", "i'll check on", 'i will check', "i'll confirm", 'i will confirm', "i'll keep", 'i will keep', 'keep watching', 'keep an eye', 'from start to finish', 'end to end', "you won't need to", 'you will not need to', 'no need to contact', 'you do not need to contact', "i've called", 'i called', 'i contacted', 'i reached out', 'i raised', 'i filed the claim', "i've fixed", 'i have fixed', "i've corrected", 'i have corrected', "i've refunded", 'i have refunded', 'i refunded', 'until this is resolved', 'until it is resolved', "until it's resolved", 'me encargo', 'me ocupo', 'ich kummere mich', 'ich ubernehme', "je m'en occupe", 'je m en occupe', 'eu cuido', 'vou acompanhar'],
    situation: ['transferred', 'bounced', 'passed around', 'passed between', 'back and forth', 'runaround', 'nobody', 'no one', 'another department', 'told to contact', 'told me to contact', 'each time', 'every time i'],
  },
  {
    id: 'honesty',
    describe: ['honest*', 'transparen*', 'open', 'openly', 'candid*', 'truth*', 'straight', 'plain*', 'frank*', 'trust*', 'rely', 'reliab*', 'credib*', 'admit*', 'mistake*', 'unwelcome', 'integrity', 'what we know', "don't know", 'limits', 'caveat*', 'verif*'],
    reply: ['to be honest', 'honestly', 'to be transparent', 'to be clear', 'to be upfront', 'upfront', 'frankly', 'the truth is', 'i want to be clear', 'i wont pretend', "i won't pretend", "i can't promise", 'i cannot promise', "i can't guarantee", 'cannot guarantee', 'we made a mistake', 'our mistake', 'our error', 'we got this wrong', 'we were wrong', 'was wrong', 'i was wrong', "i don't know yet", 'what i know', 'what we know', "what we don't know", 'what i do not know', 'the real reason', 'the actual reason', 'the reason is', "here's why", 'here is why', 'unfortunately', 'misleading', 'known issue', 'known defect', 'defect', 'to be direct', 'i have to be direct', 'direct answers', 'here are the facts', 'the facts', "i'd rather not", 'i would rather not', 'judge for yourself', 'what i can share', "what i can't share", "can't share", 'cannot share', 'as clear as i can', 'what i can tell you', 'too broad', 'overclaim*', "you're right", 'you are right', 'incomplete', 'overstat*', 'cannot be changed', "can't be reversed", 'will not be able', "won't be able", 'is lost', 'para ser sincero', 'sinceramente', 'honestamente', 'ehrlich gesagt', 'offen gesagt', 'franchement', 'pour etre honnete', 'para ser honesto'],
    situation: ['can i trust', 'can i rely', 'is it safe', 'is this legit', 'legit', 'scam', 'the real reason', 'why was', 'why did', 'lied', 'lying', 'misled', 'promised', 'straight answer', 'honest answer', 'security review', 'audit', 'compliance', 'guarantee'],
  },
  {
    id: 'teaching',
    describe: ['empower*', 'teach*', 'educat*', 'learn*', 'self*', 'independen*', 'know-how', 'know how', 'capab*', 'confiden*', 'next time', 'on their own', 'themselves', 'explain*', 'why each', 'sharper questions', 'understand the product', 'guide*', 'skills', 'without us'],
    reply: ["here's how", 'here is how', 'step by step', 'step 1', 'step one', 'first, go to', 'go to settings', 'open settings', 'click', 'select', 'you can', "you'll be able", 'you will be able', 'next time', 'yourself', 'on your own', 'so you can', 'let me show', 'i can show you', "i'll walk you", 'walk you through', 'walked you through', 'try it', 'give it a try', 'try it now', 'practise', 'practice', 'this guide', 'the guide', 'help article', 'help center', 'documentation', 'tutorial', 'tip:', 'the reason this works', 'this works because', 'this is because', 'why this', 'in future', 'in the future', 'from now on', 'puedes', 'paso a paso', 'la proxima vez', 'sie konnen', 'schritt fur schritt', 'vous pouvez', 'etape par etape', 'la prochaine fois', 'voce pode', 'passo a passo', 'da proxima vez'],
    situation: ['how do i', 'how can i', 'how to', 'is there a way', 'where do i', 'where can i', 'where is the', 'can you show', 'i want to learn', "i'd like to learn", 'by myself', 'myself', 'every week i', 'every month i', 'como puedo', 'como hago', 'wie kann ich', 'comment puis-je', 'comment faire', 'como posso', 'como faco'],
  },
  {
    id: 'creativity',
    describe: ['creativ*', 'innovat*', 'workaround*', 'alternative*', 'imaginat*', 'open mind*', 'outside the box', 'unconventional', 'script', 'ingenious', 'resourceful*', 'invent*', 'combin*', 'improvis*', 'usual answer', 'standard answer', "doesn't fit", 'other way', 'immediate path', 'long-term', 'lasting fix'],
    reply: ['workaround', 'work around', 'in the meantime', 'for now', 'another way', 'alternative', 'instead', 'what we can do', 'what i can do', 'one option', 'two options', 'option 1', 'option 2', 'temporary', 'trick', 'as a stopgap', 'combine', 'combining', 'repurpose', 'not designed for', "isn't supported", 'is not supported', 'not officially', 'get you there', 'so you don\'t have to wait', 'so you do not have to wait', 'manual', 'manually', 'restore', 'transfer', 'swap', 'coordinates', 'solucion temporal', 'mientras tanto', 'otra forma', 'ubergangslosung', 'vorerst', 'contournement', 'en attendant', 'solucao alternativa', 'enquanto isso', 'por enquanto'],
    situation: ['not supported', "isn't possible", 'not possible', 'out of stock', 'sold out', 'limit', 'premium', "doesn't allow", 'does not allow', 'stuck', 'no option', 'any way', 'anyway to', 'blocked'],
  },
  {
    id: 'advocacy',
    describe: ['advoca*', 'champion*', 'voice', 'stand up', 'to bat', 'behalf', 'internal*', 'inside our company', 'escalat*', 'negotiat*', 'exception*', 'policy', 'adapt*', 'flexib*', 'nimble', 'agile', 'change course', 'rework', 'collide', 'forcing them', 'fit our process', 'process to their'],
    reply: ['on your behalf', 'in your name', 'i went to', 'i spoke with', 'i spoke to', 'i talked to', 'i argued', 'i pushed', 'i made the case', "i've made the case", 'i asked our', "i've asked", 'i have asked', 'i escalated', "i've escalated", 'i have escalated', 'exception', 'made an exception', 'approved an exception', 'got approval', 'approved', 'our billing team', 'our risk team', 'our product team', 'our finance team', 'our disputes team', 'the team agreed', 'i shared your', 'your own words', 'your words', 'in your words', 'i adjusted', "i've adjusted", 'adapted', 'changed the plan', 'new plan', 'spoken directly', 'i spoke directly', 'asked the *', 'requesting exception', 'requesting an exception', 'waiver', 'sending to', 'disputes', 'rather than leave you', 'did nothing wrong', 'argue', 'make the case', 'agreed to accept', 'en tu nombre', 'en su nombre', 'excepcion', 'in ihrem namen', 'ausnahme', 'en votre nom', 'exception', 'em seu nome', 'excecao'],
    situation: ['policy', 'not fair', 'unfair', "rules don't", 'exception', 'special case', 'collections', 'denied', 'rejected', 'declined', 'refused', 'escalate', 'manager', 'supervisor', 'changed', 'circumstances', 'my situation'],
  },
  {
    id: 'quality',
    describe: ['quality', 'thorough*', 'detail*', 'accura*', 'precis*', 'expert*', 'knowledge*', 'know the product', 'deep*', 'verified', 'correct*', 'careful*', 'craft*', 'excellen*', 'right the first time', 'business decision', 'advice'],
    reply: ['i checked', "i've checked", 'i have checked', 'i verified', "i've verified", 'i tested', "i've tested", 'i reproduced', 'i confirmed', 'double-checked', 'double checked', 'looked into', 'logs show', 'the logs', 'according to', 'specifically', 'exactly', 'the data shows', 'diagnostic*', 'i reviewed', 'precisely', 'certified', 'encrypted', 'encryption', 'audited', 'in detail', 'in writing', 'my recommendation', 'i recommend', 'i would not recommend', "i wouldn't recommend", 'you do not need to upgrade', "you don't need to upgrade", 'compare', 'from memory', 'with our security team', 'line diagnostics', 'authorized', 'eligible', 'insured', 'insurance', 'hosted in', 'data residency', 'on file'],
    situation: ['which plan', 'should i upgrade', 'is it worth', 'recommend', 'compare', 'difference between', 'security', 'encrypt*', 'soc 2', 'gdpr', 'regulat*', 'invest*', 'business account', 'funds'],
  },
  {
    id: 'simplicity',
    describe: ['simpl*', 'plain*', 'easy', 'easier', 'effortless*', 'jargon', 'concise*', 'friction*', 'hassle*', 'extra step*', 'at once', 'clear beats', 'answer first'],
    reply: ['in short', 'simply', 'the short answer', 'short answer', 'quick answer', 'one click', 'nothing else', 'nothing more', "you don't need to", 'you do not need to', 'no need to', "i've already", 'i have already', 'already done', "it's done", 'all set', "you're all set", 'that is all', "that's all"],
    situation: ['confusing', 'confused', "don't understand", 'do not understand', 'too complicated', 'complicated', 'what does this mean', 'jargon'],
  },
  {
    id: 'root-cause',
    describe: ['root cause*', 'underlying', 'permanent*', 'long-term', 'lasting', 'prevent*', 'recur*', 'coming back', 'for good', 'source', 'why it happened'],
    reply: ['root cause', 'the cause', 'caused by', 'underlying', 'permanent fix', 'long-term fix', 'lasting fix', "so it doesn't happen again", 'so it does not happen again', "won't happen again", 'will not happen again', 'prevent', 'stop this from', 'the real problem', 'the bug', 'a bug', 'traced', 'the reason it', 'what happened was', 'here is what happened', "here's what happened"],
    situation: ['again', 'keeps happening', 'happened before', 'every time', 'recurring', 'still broken', 'same problem', 'same issue'],
  },
  {
    id: 'collaboration',
    describe: ['collaborat*', 'team*', 'together', 'partner*', 'colleague*', 'one team', 'cross-functional', 'silos'],
    reply: ['my colleague', 'our team', 'together', 'teammate', 'worked with', 'looped in', 'partnering', 'with the engineers', 'with our engineers', 'the engineering team', 'we worked', 'partner with you', 'mi companero', 'mein kollege', 'mon collegue', 'meu colega'],
    situation: ['which team', 'another team', 'your partner', 'broker', 'vendor'],
  },
  {
    id: 'proactivity',
    describe: ['proactiv*', 'anticipat*', 'ahead', 'before they ask', 'before it', 'spot*', 'notice*', 'flag*', 'warn*', 'foresee*', 'initiative', 'beyond', 'extra mile', 'unasked', 'the next question', 'hard way', 'catch'],
    reply: ['i also noticed', 'i noticed', 'while i was', 'while looking', 'while checking', 'i also spotted', 'i spotted', 'heads up', 'heads-up', 'before you', 'you may also', 'you might also', 'one more thing', 'something else', 'i also checked', 'i also', 'to avoid', 'so you are not', "so you're not", 'i went ahead', 'already set up', 'in case', 'also flagged', 'flagged', 'upcoming', 'will expire', 'expires', 'bank holiday', 'before it', 'before dispatch', 'ademas', 'tambien note', 'ausserdem', 'aussi remarque', 'tambem notei', 'alem disso'],
    situation: ['just a quick question', 'quick question', 'simple question', 'small change', 'only want', 'just want', 'just need', 'routine'],
  },
  {
    id: 'improvement',
    describe: ['improv*', 'continuous*', 'better', 'feedback', 'iterat*', 'evolv*', 'grow*', 'next customer', 'docs', 'documentation', 'process*', 'each ticket teaches', 'lessons', 'future customers', 'everyone'],
    reply: ["i've updated the", 'i have updated the', 'updated the article', 'updated the help', 'help article', 'the article', 'documentation', 'the docs', 'macro', 'i filed', "i've filed", 'i have filed', 'filed a', 'feedback to', 'shared this with', 'shared with the product', 'product team', 'feature request', "i've logged", 'i logged', 'logged', 'improve', 'improvement', 'so future customers', 'future customers', 'for everyone', 'next customer', 'other customers', 'others', 'we are changing', "we're changing", 'raised with', 'proposal', 'proposed', 'size chart', 'wording', 'error message', 'faq', 'mejorar', 'verbessern', 'ameliorer', 'melhorar'],
    situation: ['other customers', 'everyone', 'confusing page', 'the article', 'the help center', 'outdated', 'wrong information', 'misleading'],
  },
];
