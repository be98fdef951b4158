// Page furniture: the lines of a saved page that are not the article (menus, share prompts, paywalls,
// captions, bylines, comment forms, footers). Each rule is a named pattern about how news pages are built,
// never about one outlet; `tail` rules also mark the end of the article body (see classifyLines).

export interface FurnitureRule {
  name: string
  test: (line: string) => boolean
  /** The page's body is over: what follows is furniture until a real news paragraph appears. */
  tail?: boolean
  /** Only lines up to this length can match (menus, labels): long lines skip the test. */
  maxLength?: number
  /**
   * Words (lower-case ASCII) or single characters one of which every match contains: a line without any
   * skips the test. All gates are opened by one scan of the line (gateMask), many times cheaper than the
   * unanchored patterns it saves on the news lines that match nothing.
   */
  gate?: string[]
}

const re = (pattern: RegExp) => ({ test: (line: string) => pattern.test(line) })

/** Number of words (runs of non-space characters), counted without allocating. */
export function words(line: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    const space = c === 32 || c === 9 || c === 10
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}
export const endsSentence = (line: string) => /[.!?…]["”’»)]?$/.test(line)

// Photo and wire agencies credited under pictures ("... at the ceremony. Reuters", "[Getty]").
const AGENCY = '(?:reuters|afp|ap|ap photo|afp photo|afp via getty images|epa|epa-efe|getty(?: images)?|bloomberg|anadolu(?: agency)?|tass|xinhua|sputnik|ria novosti|wam|spa|irna|ians|pti|ani|shutterstock|alamy|dpa|efe|ansa|pool|file)'

// "(Photo: ...)", and a body's photo service with the photographer: "(UN Photo/Loey Felipe)".
const CAPTION_CREDIT = /\((?:(?:photo|photos|image|file photo|picture|pic|credit|courtesy)\b|(?:[A-Z][\w.&-]*\s+){1,3}photos?\s*\/)[^)]*\)\s*$/i
const CAPTION_LABEL = /^file(?: photo)?\s*[-–:]\s|^(?:photo|photos|image|picture|pic|credit|file photo|illustration|video|source: (?:afp|reuters|ap|getty))s?\s*(?::|by\b|-|–)|^(?:image|photo|picture|media) (?:source|caption|credit)s?\b/i
const CREDIT_LABEL = /\bcredits?\s*:\s*\S/i
const BRACKETED_AGENCY = new RegExp(`\\[(?:${AGENCY}|photo|file)[^\\]]*\\]\\s*$`, 'i')
const PARENTHESISED_AGENCY = new RegExp(`\\(${AGENCY}\\s*(?:photo)?\\s*[/|]?[^)]*\\)\\s*$`, 'i')
const TRAILING_AGENCY = new RegExp(`[.,]\\s*${AGENCY}(?:\\s*(?:photo|/\\s*\\S.*))?$`, 'i')
/** "(AP Photo/Vahid Salemi, File)": a photographer's credit, whatever comes before it. */
const PHOTO_CREDIT = /\([^()]*(?:photo|\/)[^()]*\)\s*$/i
/** A credit labelled after the caption, in any of the languages pages use: "... on Friday. Foto: IJ/Carlos Mejía". */
const TRAILING_PHOTO_LABEL = /[.!?]\s+(?:photo|foto|photograph|picture|image|bild)s?\s*:\s*\S[^.!?]{0,60}$/i
/** A credit cut off by the page's excerpt: "... of the White House. (R" */
const CUT_CREDIT = /\s\([A-Z][a-z]?$/
// Captions describe a picture in the present tense; each phrase is one a news sentence rarely uses.
const PICTURE_VERB = /\b(?:holds? (?:up )?(?:a|an|the) (?:placard|sign|banner|flag|poster|portrait|photo(?:graph)?)|stands? together\b|poses? (?:together )?for (?:a |the )?(?:photo|photograph|picture|portrait|selfie|family photo)|pose together|attends? a (?:signing |welcoming |press )?ceremony|gestures? (?:as|while|during)\b|looks? on(?:[,.]|\s*$)|shakes? hands\b|waves? to (?:the )?(?:supporters|reporters|crowds?|journalists|media|well-wishers|photographers)|(?:is|are) pictured\b)/i
/** "will attend a ceremony" is news and "a gesture as" a noun; "attend a ceremony" under a picture is not. */
const MODAL_BEFORE = /\b(?:will|would|to|could|may|might|can|did|not|and|a|an|the|this|that|his|her|their|its)\s$/i
const REPORTING = /\b(?:said|says|told|added|stated|according to)\b/i
const CAPTION_START = /^(?:from left|left to right|\(?l-r\)?|clockwise from|pictured)\b/i
const CAPTION_POSITION = /,\s*(?:(?:second|third|far) )?(?:left|right|centre|center)(?:,|\s*$)|,\s*seated,|\((?:left|right|centre|center)\)/i
/** Wire captions end with the place and full date of the picture: "..., Switzerland, January 21, 2022." */
const DATED_CAPTION_END = /(?:,|[A-Z][a-z]+)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4})\.?$/i
const WEEKDAY_BEFORE_DATE = /\b(?:on|mon|tues|wednes|thurs|fri|satur|sun)(?:day)?,?\s+\S+\s+\S+,?\s+\d{4}\.?$/i
const YEAR_AT_END = /\d{4}\.?$/
const ROLE_AT_END = /(?:writer|correspondent|reporter|editor|contributor|columnist|reuters|ap|afp|bloomberg|agencies)$/i
const CAPTION_VERB = /\b(?:speaks?|attends?|arrives?|meets?|walks?|sits?|talks?|listens?|delivers?|gives?|looks?|holds?|stands?|poses?|waves?|gestures?|shakes?|signs?|leaves?|greets?|address(?:es)?|reacts?|prepares?|chairs?|takes? part)\b/i
const MEDIA_FILE = /\.(?:transcoded|mp4|mov|m3u8|webm|jpe?g|png|gif|webp)\b/i

// The labels of a link to another story ("Read more", "ALSO READ"): alone on a line, its headline follows.
const SEE_ALSO = String.raw`see also|read also|also read|also see|read more|read next|keep reading|up next|more on this|more (?:on|about|from) [^:|.]{2,30}?|related(?: articles?| stories| news| (?:live )?coverage| content| live blogs?| (?:on|from|at|in) [^:|.]{2,30}?)?|also on [^:|.]{2,30}?|recommended(?: for you)?|you (?:may|might) (?:also )?(?:like|enjoy)|don'?t miss|must read|trending now|more coverage|more (?:analysis|opinion|commentary|explainers?|features|reporting|reading)|further reading|next on [^:|.]{2,30}?|most (?:read|popular|viewed|shared)(?: (?:on|at|in|from) [^:|.]{2,30}?)?|(?:also )?in (?:today['’]s|this|this week['’]s|tomorrow['’]s|the next) (?:edition|issue|newsletter|paper|bulletin)|also in (?:today['’]s|this week['’]s) \w+(?: \w+)?|in other news|also inside|elsewhere in (?:today['’]s|this) (?:edition|issue|paper)`
// The same labels in the language of the site around an English article ("Читайте также:", "İlgili haberler").
const SEE_ALSO_ABROAD = String.raw`читайте также|читайте також|по теме|похожие новости|[iİ]lgili haberler|ilgili haber|lesen sie auch|mehr zum thema|à lire aussi|lire aussi|sur le même sujet|lee también|te puede interesar|noticias relacionadas|leia também|veja também|leggi anche|czytaj (?:także|też)|čtěte také|související články|相关新闻|相關新聞|関連記事|관련기사|اقرأ أيضا`
// A bilingual site puts its own language's label first: "Читайте также / See also: ...", "İlgili Haberler / Related".
const OTHER_SCRIPT_LABEL = String.raw`(?:[^\x00-\x7F][^/:|]{0,30}\s*/\s*)?`
const BREADCRUMB = /^[\p{L}][\p{L}\d .&'-]{0,30}(?:\s+[/>›»|＞｜]\s+[\p{L}][\p{L}\d .&'-]{0,30}|\s*[›»＞]\s*[\p{L}][\p{L}\d .&'-]{0,30}){1,6}$/u
const SEE_ALSO_HEADING = new RegExp(`^${OTHER_SCRIPT_LABEL}(?:${SEE_ALSO}|${SEE_ALSO_ABROAD})[:.]?$`, 'i')
const SEE_ALSO_LINK = new RegExp(`^${OTHER_SCRIPT_LABEL}(?:${SEE_ALSO}|more|watch|listen|podcast)(?::|\\s*[|»›>-]|\\s{2,}|$)`, 'i')

const NETWORKS = String.raw`facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|print|vk|flipboard|messenger`
const SOCIAL_BUTTONS = new RegExp(String.raw`^(?:share(?: this(?: [a-z]+){1,2})?\s*:\s*)?(?:(?:${NETWORKS})[\s,|·•]*){1,}$`, 'i')
// Among other buttons, short names are networks too.
const NETWORK = new RegExp(String.raw`^(?:${NETWORKS}|x|line|weibo|wechat|ok|xing|threads|bluesky|mastodon)$`, 'i')

/**
 * A share bar labelled in the site's language ("Paylaş: Facebook | Twitter | E-posta | Yazdır", "Поделиться: VK |
 * Telegram | Twitter"): a short label, then short buttons between bars, two or more of them networks.
 */
function shareBar(line: string): boolean {
  const m = /^[\p{L} ]{2,25}:\s*(.+)$/u.exec(line)
  const buttons = m?.[1].split(/\s*[|·•]\s*/) ?? []
  return buttons.length >= 2 && buttons.every((b) => /^[\p{L}-]{1,15}$/u.test(b)) && buttons.filter((b) => NETWORK.test(b)).length >= 2
}

const MENU_WORD = /^(?:home|about|archive|archives|contact|subscribe|search|newsletters?|podcasts?|events|donate|login|shop|jobs|careers|advertise|privacy|terms|menu|blog|topics|sections|authors|team|support|faq|rss)$/i

/** A line of a site's menu words and little else, without a sentence's punctuation. */
function menuWords(line: string): boolean {
  if (/[.,;:!?"“”]/.test(line)) return false
  const words = line.split(/\s+/)
  const menu = words.filter((w) => MENU_WORD.test(w)).length
  return words.length <= 10 && menu >= 3 && menu * 2 >= words.length
}

const LIVE_BLOG_PROMPT = /\b(?:refresh|reload) (?:your|this|the) page\b|\bupdates are at (?:the )?top\b|\b(?:stay with|follow) (?:us|\w+)?.{0,30}\b(?:live )?(?:updates|coverage)\b|\bthanks? (?:you )?for (?:once again )?(?:following|reading|joining)\b|\bfollow (?:our |\w+['’]s )?live\b|\blive (?:coverage|blog|updates) (?:has|have) (?:now )?(?:ended|closed)\b|^live updates?:?$/i
/** A live blog's own goodbye ("That's where we will leave our live coverage for tonight."): no news before the prompt. */
const SIGN_OFF = /\b(?:live (?:blog|coverage|updates|page)|leave (?:it|our|you|things)|closing this|wrap(?:ping)? (?:up|things up))\b/i
/** A sentence of eight words or more, ended, before the prompt. */
const NEWS_BEFORE = /(?:^|[.!?]\s+)(?:\S+\s+){7,}\S+[.!?]["”’]?\s/

// Furniture lines are short; long lines are paragraphs and skip the rules that cannot match them.
const SHORT = 160
const MEDIUM = 300
const LONG = 400

const SAVE_STAMP = /^(?:(?:page|article)\s+)?(?:clipped|saved|accessed|retrieved|archived|downloaded|captured|bookmarked)\b(?:[^.!?]|\.(?=\S)){0,60}?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})/iu

export const FURNITURE_RULES: FurnitureRule[] = [
  { name: 'stray character', maxLength: 3, ...re(/^[\p{P}\p{S}\d\s]{1,3}$/u) },
  // "Politics · Region · Opinion · Business · Sport": a site's sections in a row; a dot between two parts may be a byline's.
  { name: 'menu bar', maxLength: 100, gate: ['·', '•'], ...re(/^\p{Lu}[\p{L} &'-]{1,20}(?:\s+[·•]\s+\p{Lu}[\p{L} &'-]{1,20}){2,9}$/u) },
  // "İlgili Haberler / Related" is a heading over other stories, not a trail.
  { name: 'breadcrumb', maxLength: 100, gate: ['/', '>', '›', '»', '|', '＞', '｜'], test: (l) => BREADCRUMB.test(l) && !SEE_ALSO_HEADING.test(l) },
  { name: 'doubled widget text', maxLength: SHORT, test: (l) => l.length >= 6 && l.length % 2 === 0 && l[0] === l[l.length / 2] && l.slice(0, l.length / 2) === l.slice(l.length / 2) },
  {
    name: 'share prompt',
    maxLength: 60,
    ...re(/\(opens in (?:a )?new window\)|^like this:?(?:\s+like(?:\s+loading\.*)?)?$|^(?:share(?: this)?(?: article| story| post| page)?(?: on \w+| via \w+)?|share|tweet|print(?: this)?(?: article)?|e-?mail(?: this)?(?: article)?|copy(?: the)? link|send (?:in|by|via) e-?mail.*|share (?:via|by) e-?mail)[:!]?$/i),
  },
  {
    name: 'social buttons',
    maxLength: 100,
    // "Share this live blog: Facebook · Twitter · Email"
    test: (l) => SOCIAL_BUTTONS.test(l) || shareBar(l),
  },
  {
    // "LATEST ASIA PACIFIC STORIES", "More from Europe", "Read more from Caspian Review:", "You may also like", a letter's
    // "ALSO THIS WEEK": other stories'
    // headlines follow.
    name: 'more stories heading',
    maxLength: 50,
    tail: true,
    ...re(/^(?:(?:latest|more|top|related|popular|other|recent|trending)(?: [\p{L}&-]+){0,3} (?:news|stories|headlines|articles|posts)|(?:read )?more from [\p{L} &-]{2,30}|most (?:read|popular|viewed|shared)(?: stories| articles)?|you (?:may|might) (?:also )?(?:like|enjoy)|recommended for you|also (?:this week|today|in the news)|in other news|(?:news )?in brief|elsewhere(?: (?:this week|today|in [\p{L} ]{2,20}))?)[:.]?$/iu),
  },
  {
    name: 'navigation',
    maxLength: 40,
    ...re(/^(?:(?:all|latest|more|top|breaking|trending|related|popular|live|other|recent) (?:news|stories|story|updates|articles|posts|videos|headlines)|most (?:read|popular|viewed|shared)|more|more stories|home(?:page)?|menu|search|log ?in|sign ?in|sign ?up|register|skip to (?:main )?content|back to top|next (?:article|story|post)|previous (?:article|story|post)|advertisement|sponsored(?: content)?|promoted(?: content)?|scroll to continue(?: with content)?|listen to (?:this )?article|font size|text size|bookmark|save(?: article)?|follow|subscribe|comments?|\d+ comments?)[:.]?$/i),
  },
  // "Home About Case notes Archive Contact": a blog's menu copied as one line, without separators.
  { name: 'menu words', maxLength: 80, test: menuWords },
  {
    name: 'language switcher',
    maxLength: 30,
    ...re(/^[•·*▪-]?\s*(?:english|arabic|french|spanish|russian|chinese|turkish|german|persian|farsi|urdu|hindi|português|portuguese|italiano|italian|français|español|deutsch|türkçe|русский|українська|العربية|عربي|فارسی|中文|हिन्दी|עברית|hebrew)$/i),
  },
  // An audio or video player's fallback text, saved with the page.
  { name: 'player fallback', maxLength: 80, ...re(/^your browser does not support (?:the )?(?:audio|video|html5 (?:audio|video))(?: element| tag| player)?\.?$/i) },
  { name: 'bullet label', maxLength: 60, ...re(/^[•·▪◦‣]\s*\S+(?:\s+\S+)?$/) },
  { name: 'reading time', maxLength: 60, ...re(/^(?:\d+\s*(?:min|mins|minutes?)(?:\s+read(?:ing)?)?|reading time:?.*|(?:published |updated )?\d+\s*(?:sec|secs|seconds?|min|mins|minutes?|hours?|hrs?|days?|weeks?)\s+ago)$/i) },
  {
    // "ALSO READ" on a line of its own: the other story's headline follows on the next.
    name: 'see also heading',
    maxLength: 50,
    tail: true,
    ...re(SEE_ALSO_HEADING),
  },
  {
    name: 'see also link',
    maxLength: MEDIUM,
    test: (l) => SEE_ALSO_LINK.test(l) || (/^(?:see also|read also|also read|read more|related)\s/i.test(l) && !endsSentence(l)),
  },
  // "This live blog has now closed. Read our full report on the night's events: ..."
  // "Sponsored | Sokoni Logistics: Reliable freight from Mombasa to Kampala in 72 hours."
  // "How Blinken's trip was supposed to go (Jan. 30)", "The case against prisoner swaps (Dec. 9, 2022)": a headline of another
  // story with its date, no sentence of this one.
  // So is a question's headline: "Explainer: What is Nord Stream, and why does it matter? (9 June 2022)".
  { name: 'dated link', maxLength: SHORT, gate: ['('], ...re(/^(?:[^.!?()]|\?(?=\s\())(?:[^.!?()]|\?(?=\s\()){7,119}\s\((?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\)$/i) },
  { name: 'sponsored line', maxLength: SHORT, ...re(/^(?:sponsored(?: content| by [^|:]{1,40})?|advertisement|paid (?:post|content)|promoted|partner content)\s*[|:·•–—]\s*\S/i) },
  // A newsletter's sponsor ("Our sponsor this week: Sahel Risk Monitor. Country risk briefings ...", "This week's partner: ...")
  // and a page's appeal for money ("Support Sahel Monitor: our journalism is free, but it is not cheap to produce. Donate today.").
  { name: 'sponsor or appeal', maxLength: SHORT, gate: ['sponsor', 'sponsors', 'partner', 'partners', 'support', 'donate'], ...re(/^[-•·*\s]*(?:(?:our|this week['’]s|today['’]s|this issue['’]s)\s+)?(?:sponsor|partner)s?(?:\s+(?:this week|today|of (?:the|this) (?:week|issue|edition)))?\s*:\s*(?:[\p{Lu}][\p{L}'’&-]*\s*){1,5}[.!](?:\s|$)|^(?:support|donate to)\s+(?:[\p{Lu}][\p{L}'’&-]*\s*){1,4}[:.!]\s.*\b(?:donate|donation|journalism|subscribe|contribute)\b/iu) },
  // "Andean Wire clients: for the latest on this story, see the Americas news page.": a wire's word to the papers that take it.
  // "(Adds DFA statement, detentions, background)", "(Updates with vote, adds quotes)": what a wire's new version changed.
  { name: 'wire note', maxLength: 200, ...re(/^(?:[\p{Lu}][\p{L}&'’.-]*\s+){1,4}(?:clients|subscribers|customers)\s*:\s|^for the latest on this story\b|^\((?:adds|updates|recasts|rewrites|changes|corrects|fixes|removes|inserts|repeats|refiles|combines|tops)\b[^()]*\)$/iu) },
  { name: 'continue reading', maxLength: 200, ...re(/^(?:continue|keep) reading\b|^(?:this live (?:blog|page|coverage) (?:has )?(?:now )?(?:closed|ended)\.\s+)?read (?:the |our )?(?:full|whole|complete|rest of the) (?:story|article|report|coverage)\b|^(?:click|tap) here\b/i) },
  {
    name: 'photo caption',
    maxLength: LONG,
    test: (l) => {
      // Credits stand at the end of a caption: the end-anchored patterns only need its last characters.
      const end = l.length > 120 ? l.slice(-120) : l
      return (
        TRAILING_AGENCY.test(l.length > 60 ? l.slice(-60) : l) ||
        CUT_CREDIT.test(l.slice(-5)) ||
        CAPTION_LABEL.test(l) ||
        (end.includes(':') && TRAILING_PHOTO_LABEL.test(end)) ||
        ((end.includes('(') || end.includes('[')) &&
          (CAPTION_CREDIT.test(end) || BRACKETED_AGENCY.test(end) || (PARENTHESISED_AGENCY.test(end) && (PHOTO_CREDIT.test(end) || !endsSentence(l.replace(/\([^)]*\)\s*$/, '').trim()))))) ||
        (l.includes('redit') && CREDIT_LABEL.test(l)) ||
        (l.length <= 120 && l.includes('.') && MEDIA_FILE.test(l))
      )
    },
  },
  {
    name: 'dated photo caption',
    maxLength: LONG,
    test: (l) => {
      // Only a line ending in a year can qualify; the end-anchored patterns then only need its last characters.
      if (!YEAR_AT_END.test(l.slice(-6))) return false
      const end = l.slice(-48)
      // The date follows a comma or a place ("in Kyiv June 5, 2023"), not a preposition ("must leave Estonia by 7 February 2023").
      const dated = DATED_CAPTION_END.exec(end)
      return !!dated && /^(?:,|\p{Lu})/u.test(dated[0]) && !WEEKDAY_BEFORE_DATE.test(end) && CAPTION_VERB.test(l) && !REPORTING.test(l) && !/["“”]/.test(l)
    },
  },
  {
    name: 'caption position',
    maxLength: LONG,
    gate: ['left', 'right', 'centre', 'center', 'seated', 'l', 'clockwise', 'pictured'],
    test: (l) => CAPTION_START.test(l) || (CAPTION_POSITION.test(l) && !REPORTING.test(l)),
  },
  {
    name: 'photo caption (picture verb)',
    maxLength: LONG,
    gate: ['hold', 'holds', 'stand', 'stands', 'pose', 'poses', 'attend', 'attends', 'gesture', 'gestures', 'look', 'looks', 'shake', 'shakes', 'wave', 'waves', 'pictured'],
    test: (l) => {
      if (/["“”]/.test(l) || REPORTING.test(l)) return false
      const m = PICTURE_VERB.exec(l)
      return !!m && !MODAL_BEFORE.test(l.slice(Math.max(0, m.index - 8), m.index))
    },
  },
  {
    name: 'byline',
    maxLength: 100,
    test: (l) =>
      (/^(?:by|(?:posted|written|published) by)\s+\S/i.test(l) && words(l) <= 12 && !endsSentence(l)) ||
      /^\(?(?:additional )?(?:reporting|writing|editing|compiled|edited|produced) by\b/i.test(l) ||
      (/^(?:editors?|writer|author|reporter|compiled by|translated by)\s*:\s*\p{Lu}/iu.test(l) && words(l) <= 8),
  },
  { name: 'contributed to this report', maxLength: LONG, gate: ['contributed'], tail: true, ...re(/\bcontributed (?:reporting\b|to this (?:report|article|story))/i) },
  {
    name: 'paywall',
    maxLength: LONG,
    gate: ['limit', 'free', 'subscribe', 'subscribed', 'subscriber', 'subscribers', 'subscription', 'renews', 'cancel', 'premium', 'unlimited', 'log', 'sign', 'become', 'member', 'members', 'unlock', 'trial'],
    tail: true,
    ...re(/reached your (?:monthly |free |weekly )?(?:article |story )?limit|\bfree (?:articles?|stories)\b|\{\{free_limit\}\}|^subscribe\b|subscribe (?:now|today|to (?:read|continue|unlock|get|access))|already (?:a )?(?:subscriber|subscribed)|subscription (?:plans?|required|options)|renews automatically|cancel any ?time|premium (?:stories|content|articles|members?)\b|unlimited (?:digital )?access|digital subscription|(?:log|sign) in to (?:read|continue)|become a (?:member|subscriber)|this (?:article|content) is (?:for|reserved for) (?:subscribers|members)|\bjoin (?:today|now) and get\b|\bsupported by (?:our )?(?:members|readers|subscribers)\b|\bunlock\b[^.]{0,60}\bfor\s+(?:rs\.?|inr|usd|₹|\$|£|€)\s?\d[\d,.]*\s+(?:a|per)\s+(?:month|year|week)\b|\bstart (?:your|a) free trial\b/i),
  },
  // An opinion page's call for letters under the piece: "Margalla Review welcomes responses."
  { name: 'letters invitation', maxLength: SHORT, gate: ['welcomes'], ...re(/^(?:the\s+)?(?:[\p{Lu}][\p{L}'’&-]*\s+){1,4}welcomes\s+(?:responses|letters|comments|submissions|replies|your (?:views|letters|comments|responses))\b[^!?]{0,80}$/u) },
  { name: 'price list', maxLength: 40, ...re(/^[₹$€£¥]\s?[\d,.]+(?:\s*\/\s*\w+)?$|^\d+\s+(?:months?|years?|weeks?|days?)$|[₹$€£¥]\s?[\d,.]+\s*\/\s*(?:month|year|mo|yr|week)\b/i) },
  // "Correction, July 2, 2009: An earlier version of this story misspelled ...": the outlet's note on its own text.
  { name: 'correction notice', maxLength: LONG, gate: ['correction', 'clarification', 'earlier', 'amended', 'corrected'], ...re(/^(?:correction|clarification)s?\b[^:]{0,40}:\s|\ban earlier version of this (?:story|article|report)\b|^this (?:article|story|report|piece) (?:was|has been) (?:amended|corrected)\b/i) },
  // A letter asking to be passed on, or announcing its next issue, on a line of its own: "Like this briefing? Forward it to a
  // colleague, or sign up here to get it every Tuesday and Friday.", "Next issue: Wednesday, October 30 – on Chile's protests."
  // What follows may be the letter again.
  {
    name: 'letter prompt',
    maxLength: LONG,
    gate: ['like', 'liked', 'enjoy', 'enjoying', 'forward', 'next'],
    ...re(/^(?:enjoy(?:ing)?|like|liked) this (?:briefing|newsletter|letter|e-?mail|issue|edition|digest)\?|(?:^|[?.!]\s+)forward (?:it|this)(?: (?:e-?mail|newsletter|briefing))? to a (?:friend|colleague)\b|^next (?:issue|edition|letter|newsletter|briefing)\s*[:–—-]/i),
  },
  {
    name: 'app or newsletter prompt',
    maxLength: LONG,
    gate: ['available', 'join', 'follow', 'subscribe', 'download', 'newsletter', 'sign', 'app', 'click', 'briefing', 'digest'],
    tail: true,
    ...re(/\bis (?:now )?(?:also )?available on (?:telegram|whatsapp|google news|apple news|roku|the app store|google play|youtube)|\b(?:join|follow|subscribe to) (?:us|our)\b.*\b(?:telegram|whatsapp|channel|newsletter|google news|twitter|facebook|instagram|youtube)\b|\bdownload (?:our|the \w+) app\b|^download\b.{0,60}\bapp\b|^follow [\w\s.'’-]{1,40}:$|^\W*follow [\w&.'’ -]{1,40} on (?:twitter|x|facebook|instagram|telegram|youtube|linkedin|tiktok|whatsapp)\b|^sign up (?:here|now|today)\b|\bsign up (?:for|to) (?:our|the)\b.*\bnewsletter|\b(?:get|receive) (?:our|the) (?:[\w’'-]+ ){0,3}newsletter\b|^(?:newsletter|sign up|get the app|download the app)$|\bclick here to (?:join|subscribe|follow|download)|^get (?:the |our )?(?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:briefing|newsletter|digest|bulletin)(?:\s*[:.,–—-].{0,60})?$|[.!?:,]\s+sign up(?: (?:here|now|today))?(?: (?:free|for free))?[.!]?$|\bsubscribe to [\p{L}\d&.'’ -]{2,40} for (?:more )?(?:updates|news|stories|coverage)\b|\bdiscuss (?:today['’]s|this|the) (?:news|story|post) in our (?:chat|group|forum|comments)\b/iu),
  },
  {
    name: 'comment form',
    maxLength: LONG,
    gate: ['leave', 'comment', 'comments', 'email', 'required', 'cancel', 'save', 'name', 'website', 'response', 'responses', 'reply', 'replies'],
    tail: true,
    ...re(/^leave a (?:reply|comment)|^(?:post|add|write) a comment|your email address will not be published|required fields are marked|^cancel reply$|save my name, email|^(?:name|email|website|comment)\s*\*?$|comments are closed|^comments? (?:are |were )?closed\b|^\d+ (?:responses?|replies)\b/i),
  },
  {
    name: 'syndication disclaimer',
    maxLength: LONG,
    gate: ['syndicated', 'generated', 'staff', 'edited', 'wire'],
    tail: true,
    ...re(/syndicated (?:news )?feed|auto-generated from|(?:reworked|edited) by (?:the )?[\w\u00c0-\u024f&.' -]{2,40} staff|has not been edited by|published from a (?:wire|syndicated) (?:agency )?feed|\(this story has not been edited/i),
  },
  {
    name: 'site footer',
    maxLength: LONG,
    gate: ['website', 'alternate', 'reserved', '©', 'copyright', 'terms', 'privacy', 'cookie', 'about', 'contact', 'advertise'],
    tail: true,
    ...re(/website can (?:also )?be accessed|alternate addresses|all rights reserved|^©|©\s*\d{4}|^copyright\b.*\d{4}|^(?:terms (?:of use|of service|and conditions)|privacy policy|cookie (?:policy|settings)|about us|contact us|advertise with us)\b/i),
  },
  {
    // A newsletter saved from its archive page or as sent: the web-view link at its head, the mailing tool's footer.
    name: 'email furniture',
    maxLength: LONG,
    gate: ['view', 'receiving', 'getting', 'unsubscribe', 'preferences', 'forwarded', 'mailing'],
    ...re(/^view (?:this|the|it) (?:e-?mail|newsletter|message)? ?(?:in|on) (?:your|a|the) (?:web )?browser|you (?:are|were) receiving this (?:e-?mail|newsletter|message)|you(?:['’]re| are| were) (?:receiving|getting) (?:this\b|(?:(?:the|our) )?[^.]{1,40}\bbecause\b)|^forwarded (?:to you )?by\b|(?:^|[.·|•]\s+)unsubscribe\b|\bupdate (?:your )?(?:subscription |e-?mail )?preferences\b|forwarded this (?:e-?mail|newsletter)|^our mailing address is\b/i),
  },
  // A podcast's or radio show's sign-off, perhaps under its host's label: "ACHTERBERG: That's it for this episode of Docket &
  // Dispatch. Show notes, with a link to the full order, are on our website. If you like the show, rate us ...".
  {
    name: 'show outro',
    maxLength: 600,
    gate: ['notes', 'wherever', 'member', 'members', 'rate'],
    ...re(/^(?:\p{Lu}[\p{Lu}\p{M}'’ .-]+:\s+)?that['’]s\b[^.!?]{0,60}\bfor (?:this|today|now)\b.*\b(?:show notes|wherever you (?:listen|get your podcasts)|members?['’]? page|become an? [\p{L} ]{0,30}member|rate us)\b/iu),
  },
  // A press release's marks: "FOR IMMEDIATE RELEASE" over it, "-ENDS-", "###" or "-30-" under it (in two languages: "-TAMAT- / -ENDS-").
  { name: 'press release mark', maxLength: 100, ...re(/^(?:for immediate release|embargoed (?:until|till)\b.{0,60}|#{3,}|-\s*30\s*-|(?:[-–—*\s]*(?:ends?|tamat|fin|fim|ende|selesai)[-–—*\s]*(?:\/\s*)?)+)$/i) },
  // A ministry's or an embassy's letterhead in capitals: "EMBASSY OF THE REPUBLIC OF THE PHILIPPINES", "MINISTRY OF FOREIGN AFFAIRS
  // OF THE REPUBLIC OF", "PEJABAT SETIAUSAHA KERAJAAN NEGERI JOHOR"; not a headline in capitals ("... SUMMONS THE AMBASSADOR OVER THE MAP").
  { name: 'letterhead', maxLength: 100, ...re(/^(?:THE\s+)?(?:(?:ROYAL\s+)?(?:EMBASSY|MINISTRY|DEPARTMENT|OFFICE|CONSULATE(?: GENERAL)?|(?:PERMANENT\s+)?MISSION|SECRETARIAT|PRESIDENCY|CHANCELLERY|HIGH COMMISSION|DELEGATION)\s+OF|PEJABAT|KEMENTERIAN|KEDUTAAN|KONSULAT)\b(?!.*\b(?:TO|IN|ON|OVER|AFTER|FOR|WITH|AS|AT|BY|FROM|AGAINST|SAYS?|SAID|WILL|IS|ARE|WAS|WERE|HAS|HAVE|HAD|NOT)\b)[\p{Lu}\p{M}\d\s.,&'’()/-]{0,90}$/u) },
  // A podcast's prompts under its episode: "Rate and review Verdicts & Vetoes - it helps other listeners find us.", "Listen on
  // your favourite podcast app. New episodes every second Wednesday."
  {
    name: 'podcast prompt',
    maxLength: 200,
    gate: ['rate', 'listen', 'listeners', 'episodes', 'episode', 'podcast'],
    ...re(/^(?:rate(?:,)? (?:and|&) review\b|listen (?:on|to us on|to (?:the|this) (?:show|podcast) on) (?:your|any|apple|spotify)\b|new episodes? (?:every|each|out)\b)|\bhelps? (?:other |new )?listeners (?:to )?find (?:us|the show)\b/i),
  },
  // "Clipped from ridgelinereview.in · 11 Jul 2017", "Accessed 2017-09-21 14:02", "Saved to your reading list · 14/02/2018": when
  // the reader's tool kept the page, not when it appeared.
  { name: 'save stamp', maxLength: 100, test: (l) => SAVE_STAMP.test(l) && !/[.!?]["”’]?$/.test(l) },
  // "In today's issue: the Lu Shaye affair, ...", "Read the previous issue: 'Sheikh Jarrah, explained'": a newsletter's contents
  // and its archive, no sentence of the news.
  // So is its greeting's "Today: what De Croo said to the Lumumba family, and what he did not say; plus the week ahead.", "Here
  // is our round-up of a remarkable Wednesday", and "Hello and welcome back. This week: the ambassador row reaches the president,
  // a new book on the Armistice, and our reader survey". Not a greeting that sums up the news ("Good evening from Brussels. A
  // German lawmaker flies home from Moscow with a letter ... Here is what you need to know."): its news may be the day's own.
  { name: 'newsletter contents', maxLength: MEDIUM, gate: ['issue', 'edition', 'morning', 'afternoon', 'evening', 'round', 'roundup', 'summary', 'digest', 'week'], ...re(/^good (?:morning|afternoon|evening)[.,!]\s+(?:today|inside|in this (?:issue|edition))\s*:\s|^here(?:['’]s| is) (?:our|your) (?:round-?up|summary|digest)\b|^(?:in (?:today['’]s|this(?: week['’]s)?) (?:issue|edition|newsletter|briefing)\s*:|(?:(?:hello|hi|welcome)\b[^.!?]{0,40}[.!]\s+)?this week\s*:\s[^.!?]*,[^.!?]*\band our\b|read (?:the|our) (?:previous|last|latest|past) (?:issues?|editions?|newsletters?)\b|(?:last|previous) (?:week['’]s )?(?:issue|edition)\s*:)/i) },
  // "Gulf of Guinea Digest is published every other Wednesday.": the publication's schedule, not a happening of its weekday.
  // So is "The Sofia Evening Courier is published Monday to Saturday. Letters to the editor: letters@eveningcourier.example",
  // and "Tatra Review is published every Tuesday. Subscribe to the print edition and get 52 issues delivered to your door", and
  // "Barrel & Bourse Weekly is published every Saturday. Nothing in this newsletter constitutes investment advice."
  { name: 'publishing schedule', maxLength: SHORT, gate: ['every', 'daily', 'weekly', 'weekdays', 'to'], ...re(/^\p{Lu}[^.!?]{1,60}\b(?:is|are) (?:published|sent|written|edited|delivered|out)\b[^.!?]{0,40}\b(?:every (?:other |second )?(?:day|week|weekday|fortnight|month|morning|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|daily|weekly|on weekdays|(?:mon|tues|wednes|thurs|fri|satur|sun)day to (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.!?]{0,60}[.!]?(?:\s+(?:letters|write|contact|e-?mail|tips|subscribe|nothing in (?:this|our)|the views expressed|opinions expressed)\b.{0,80})?$/iu) },
  // "That's it for today. Tariff Line Daily returns tomorrow with the fallout.", "We'll be back on Monday.": a newsletter's or a
  // live page's farewell and its next appearance, no happening of that day. Its name returning needs the farewell: "Parliament
  // returns tomorrow" may be news.
  { name: 'newsletter farewell', maxLength: SHORT, gate: ['returns', 'return', 'back', 'see'], ...re(/^(?:that['’]s (?:it|all) for (?:today|tonight|now|this (?:week|issue|edition))[.!]\s+(?:\p{Lu}[\p{L}&'’.-]*\s+){1,4}(?:returns|is back|will be back)|(?:that['’]s (?:it|all) for (?:today|tonight|now|this (?:week|issue|edition))[.!]\s+)?(?:we['’]ll be back|we return|see you))\s+(?:tomorrow|next week|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|after the (?:weekend|break|holidays?)|in the new year)\b[^.!?]{0,60}[.!]?$/iu) },
  { name: 'bare address', maxLength: SHORT, ...re(/^(?:https?:\/\/|www\.)\S+$/i) },
  // "Courier photo by Adeel Rana": a picture's credit on a line of its own, with no sentence.
  // So is a bracketed caption that ends with one: "[Photo: Residents gather outside the house ... — Courier photo by Adeel Rana]".
  { name: 'photo credit', maxLength: LONG, gate: ['photo', 'photos', 'photograph', 'picture', 'image'], ...re(/^(?:\[(?:[Pp]hoto|[Pp]icture|[Ii]mage)s?\s*:[^\]]*[—–-]\s*)?(?:[\p{Lu}][\p{L}.&'’-]*\s+){1,4}(?:photo|photograph|picture|image)s?\s+by\s+(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4}\]?$/u) },
  // "Straits Monitor readers: tell us what you think.": the page asking for letters.
  { name: 'reader prompt', maxLength: SHORT, gate: ['tell', 'know', 'write', 'share'], ...re(/^(?:[\p{Lu}][\p{L}'’-]*\s+){0,4}readers?\s*[:,–—-]\s*[^.!?]{0,40}\b(?:tell us|let us know|write to us|share your)\b[^.!?]{0,60}[.!?]?(?:\s+\S.{0,80})?$/iu) },
  {
    name: 'live blog prompt',
    maxLength: LONG,
    gate: ['refresh', 'reload', 'updates', 'coverage', 'thank', 'thanks', 'follow', 'live'],
    // Not an entry that tells its news before signing off ("Tomorrow Bolton is due to hold ... We are closing this live
    // blog for the night – thank you for following").
    test: (l) => {
      const m = LIVE_BLOG_PROMPT.exec(l)
      return m !== null && !NEWS_BEFORE.test(l.slice(0, m.index).split(/(?<=[.!?])\s+/).filter((sentence) => !SIGN_OFF.test(sentence)).join(' ') + ' ')
    },
  },
  // "A quick recap for readers joining us this morning.": the blog's turn to a summary, alone on its line.
  { name: 'live blog recap', maxLength: SHORT, gate: ['recap', 'joining'], ...re(/^(?:(?:a|here(?:['’]s| is) a) (?:quick |brief )?recap\b|if you(?:['’]re| are) just joining us\b|for (?:readers|those)\b[^.!?]{0,20}\bjoining us\b)[^.!?]{0,40}[.!:]?$/i) },
  { name: 'tags', maxLength: MEDIUM, ...re(/^(?:tags?|topics?|filed under|categories|category|keywords)\s*:/i) },
  { name: 'social counts', maxLength: 40, ...re(/^\d+(?:[.,]\d+)?\s*k?\s+(?:shares?|views?|comments?|likes?|reads?)$/i) },
  {
    name: 'page notice',
    maxLength: LONG,
    gate: ['more', 'cookies', 'javascript', 'loading', 'like', 'link', 'toggle', 'standards', 'principles', 'inbox', 'advertisement', 'continues', 'feedback', 'report', 'disclaimer', 'embed'],
    ...re(/^this (?:article|story|content) is more than \d+ \w+ old|\bwe use cookies\b|\baccept (?:all )?cookies\b|\benable javascript\b|^(?:loading|like this|link copied|toggle navigation)\W*$|\bour standards:|trust principles|delivered (?:straight |directly )?to your inbox|^\W*advertisement\b|\b(?:story|article) continues (?:below|after)|^send us your feedback|^report (?:an error|a correction|a typo)|^disclaimer\s*:|\bembed (?:link|code)\b/i),
  },
  {
    // "Rohan Abeyratne is a Nonresident Fellow in the Lowy Institute's ... He writes on ...": the author's note under an analysis.
    name: 'author bio',
    maxLength: LONG,
    gate: ['fellow', 'researcher', 'analyst', 'professor', 'lecturer', 'correspondent', 'reporter', 'journalist', 'columnist', 'editor', 'contributor', 'writer', 'scholar', 'covers', 'writes', 'appears', 'author'],
    // So is a blog's: "Written by Deniz Aydin. Editor of Marmara Quarterly, writing on Turkey and the Eastern Mediterranean."
    // And a beat's: "Jonas Reinhardt covers Eastern Europe for Bundesblick.", "About the author: Aoife Brennan writes on politics
    // and the border from Newry.", "Suda Chanthavong is a former UN official and writes The Mekong Letter from Bangkok.",
    // "Thomas Brandt covered the Middle East for 20 years and writes a fortnightly column for the Sentinel.", "Nathaniel Ebbers
    // writes The Hemisphere, a column on U.S. policy in Latin America.", "Alvise Moretti writes the Lagoon Letter every Sunday.",
    // "About the columnist: Tomas Hradil writes Eastbound every Monday. He was previously the Digest's correspondent in Warsaw."
    // "Valeria Cantú Garza is an economist and a former trade negotiator. She writes every Friday for Norte Monitor.", "Her
    // newsletter appears every Thursday."
    ...re(/^about the (?:author|columnist|writer|contributor)s?\b|^(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}\p{Lu}[\p{L}.'’-]+\s+(?:is\s+[^.]{3,80}?\s+and\s+)?writes\s+(?:(?:on|about)\s|(?:[^.]{1,60}\s)?from\s+\p{Lu}[\p{L}-]+\.?$)|^(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}\p{Lu}[\p{L}.'’-]+\s+is\s+(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,3}(?:fellow|researcher|analyst|professor|lecturer|correspondent|reporter|journalist|columnist|editor|contributor|writer|scholar)\b|^(?:written|posted) by (?:\p{Lu}[\p{L}.'’-]+\s+){0,3}\p{Lu}[\p{L}.'’-]+\.\s+(?:[\p{L}-]+\s+){0,3}(?:fellow|researcher|analyst|professor|lecturer|correspondent|reporter|journalist|columnist|editor|contributor|writer|scholar)\b|^(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}\p{Lu}[\p{L}.'’-]+\s+covers\s+[^.]{2,80}?\s+for\s+\p{Lu}|^(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}\p{Lu}[\p{L}.'’-]+\s+(?:[^.]{2,80}?\s+and\s+)?writes\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}|[^.,]{2,40},\s+(?:a|an|the)\s+(?:[\p{L}.-]+\s+){0,3}?)(?:column|newsletter|blog|podcast)\b|^(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}\p{Lu}[\p{L}.'’-]+\s+(?:is\s+[^.]{3,80}?\s+and\s+)?writes\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}every\s+(?:other\s+)?\p{L}+\.?(?:\s+(?:(?:reply|write|e-?mail|contact|follow)\b|(?:she|he|they)\s+(?:was|were|is|are|has|had)\s)[^]{0,120})?$|(?:^|[.!?]\s+)(?:she|he|they)\s+writes\s+(?:(?:a|her|his|their)\s+(?:[\p{L}-]+\s+){0,2}column\s+)?every\s+(?:other\s+)?\p{L}+\s+for\s+(?:the\s+)?\p{Lu}[^.]{0,60}\.?$|^(?:her|his|their|the)\s+(?:column|newsletter|letter)\s+appears\s+every\s+(?:other\s+)?\p{L}+\.?$/iu),
  },
  {
    name: 'author and role',
    maxLength: 100,
    test: (l) => {
      if (!ROLE_AT_END.test(l.slice(-24))) return false
      const m = /^((?:\p{Lu}[\p{L}.'’-]+\s+){1,3}\p{Lu}[\p{L}.'’-]+)\s*[,|–-]\s*(.+)$/u.exec(l)
      return !!m && /^(?:staff writer|(?:senior |chief |foreign |diplomatic |political |special |white house |middle east )?(?:correspondent|reporter|editor|writer|contributor|columnist)|reuters|ap|afp|bloomberg|agencies)$/i.test(m[2].trim())
    },
  },
  { name: 'page metadata', maxLength: 60, gate: [':'], ...re(/^(?:story|article|news|post|content|report) (?:code|id|no\.?|number)\s*:?\s*\d+$|^[\p{L} ]{2,24}\s*:\s*\d{4,}$/iu) },
  { name: 'short link', maxLength: SHORT, ...re(/^(?:short ?(?:url|link)|permalink|shortlink)\b/i) },
]

// Gates: each gated rule gets a bit; its words and characters map to that bit.
const GATE_BITS = FURNITURE_RULES.map(() => 0)
const WORD_BITS = new Map<string, number>()
const CHAR_BITS = new Map<string, number>()
{
  let bit = 1
  FURNITURE_RULES.forEach((rule, i) => {
    if (!rule.gate) return
    if (bit === 0) throw new Error('more than 32 gated furniture rules')
    GATE_BITS[i] = bit
    for (const entry of rule.gate) {
      const bits = /^[a-z]+$/.test(entry) ? WORD_BITS : entry.length === 1 ? CHAR_BITS : null
      if (!bits) throw new Error(`furniture gate entries are words or single characters: ${entry}`)
      bits.set(entry, (bits.get(entry) ?? 0) | bit)
    }
    bit = bit << 1
  })
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
// One pass of a word-list pattern finds every gate word in a line (faster than any hand-written scan here).
const GATE_WORDS = new RegExp(`\\b(?:${[...WORD_BITS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi')
const GATE_CHARS = new RegExp(`[${[...CHAR_BITS.keys()].map(escape).join('')}]`, 'g')

/** The bits of every gate the line opens. */
export function gateMask(line: string): number {
  let mask = 0
  const words = line.match(GATE_WORDS)
  if (words) for (const word of words) mask |= WORD_BITS.get(word.toLowerCase()) ?? 0
  const chars = line.match(GATE_CHARS)
  if (chars) for (const char of chars) mask |= CHAR_BITS.get(char) ?? 0
  return mask
}

/** The first furniture rule a line matches (trimmed line), or null. */
export function furnitureRule(line: string): FurnitureRule | null {
  // The gates are read when a gated rule first takes a line this long (paragraphs longer than any
  // gated rule's maxLength, and lines an earlier rule takes, never need them).
  let open: number | null = null
  for (let i = 0; i < FURNITURE_RULES.length; i++) {
    const rule = FURNITURE_RULES[i]
    if (rule.maxLength !== undefined && line.length > rule.maxLength) continue
    if (rule.gate) {
      open ??= gateMask(line)
      if (!(open & GATE_BITS[i])) continue
    }
    if (rule.test(line)) return rule
  }
  return null
}

/** Two to four capitalised words and nothing else: an author's or photographer's name, a section label. */
export function isNameLine(line: string): boolean {
  if (line.length > 60 || /[\d:;,!?"“”()]/.test(line) || endsSentence(line) && !/\b[A-Z]\.$/.test(line)) return false
  const tokens = line.split(/\s+/)
  if (tokens.length < 2 || tokens.length > 4) return false
  return tokens.every((t) => /^(?:\p{Lu}[\p{L}'’.-]*|(?:bin|ibn|al|el|de|da|van|von|der|di|la|le)(?:-\p{L}+)?)$/u.test(t))
}

/** One or two words without a sentence: a section name ("MENA"), a leftover label. Times ("1:46 PM") stay. */
export function isLabelLine(line: string): boolean {
  // "Lavrov said:" introduces the next line's quote; times ("1:46 PM") mark live-blog entries.
  if (line.length > 40 || /^\d{1,2}[:.]\d{2}/.test(line) || line.endsWith(':')) return false
  return words(line) <= 2 && !endsSentence(line)
}

/** A sentence of four words or more: never treated as furniture just for recurring in other files. */
export function isSentence(line: string): boolean {
  return words(line) >= 4 && endsSentence(line)
}

/** A full news paragraph: long enough and ending like a sentence (ends a page-footer block). */
export function isNewsParagraph(line: string): boolean {
  return words(line) >= 12 && endsSentence(line)
}

/** A separate headline: short, a single clause, no final period (abbreviations such as "D.C." aside). */
export function looksLikeHeadline(line: string): boolean {
  if (line.length > 180) return false
  const n = words(line)
  // A line ending in a dash, colon or comma leads into what follows ("GENEVA, Jan 21 (Reuters) -").
  if (n < 2 || n > 25 || /[-–—:,;]$/.test(line)) return false
  if (/[.!]["”’]?$/.test(line) && !/(?:\b\p{Lu}\.){2,}$/u.test(line)) return false
  return !/\p{Ll}{2}[.!?]["”’]?\s+\p{Lu}/u.test(line)
}

/** Key under which a line is compared across files of the folder. */
export function lineKey(line: string): string {
  // Longer lines are paragraphs and never learned as folder furniture: case and final punctuation are
  // all that tell a repeat apart there ("...member states" and "...member states."), and a scan from the
  // end is far cheaper than rewriting the whole line.
  if (line.length > 80) {
    let end = line.length
    while (end > 0 && TRAILING_PUNCTUATION.includes(line[end - 1])) end--
    return line.slice(0, end).toLowerCase()
  }
  return line.toLowerCase().replace(SEPARATORS, ' ').trim()
}
const TRAILING_PUNCTUATION = ' .,;:!?…"\'“”‘’«»()[]–—-*'
const SEPARATORS = /[\s!-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20cf\u2190-\u27bf\u3000-\u303f\ufe30-\ufe4f\uff01-\uff0f]+/g
