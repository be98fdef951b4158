// Words that make a sentence report something that happened or is scheduled: meetings, talks,
// calls, visits, documents, agreements, sanctions, troop movements.
import { memo } from '../memo'

const PROTEST_WORDS = ['protest(?:s|ed|ing|ers)?', 'demonstrat(?:ed|ions?|ors)', 'rall(?:y|ied|ies)', 'marched', 'clash(?:es|ed)', 'tear gas']
/** A protest or a clash: a happening of its own beside whatever it protests. */
export const PROTEST = new RegExp(`\\b(?:${PROTEST_WORDS.join('|')})\\b`, 'i')

const TRIGGER = new RegExp(
  '\\b(?:' +
    [
      'meet(?:s|ing|ings)?', 'met', 'talks', 'negotiations?', 'summits?', 'consultations', 'dialogue', 'conference', 'council', 'session',
      'call(?:ed)? (?:a|an) (?:meeting|session|summit)', 'convene[sd]?', '(?:tele)?phone call', '(?:tele)?phone conversation', 'spoke by phone', 'video ?(?:link|call|conference)', 'videoconference', 'virtual (?:summit|meeting)', 'conversation',
      'visit(?:s|ed|ing)?', 'travel(?:s|l?ed)?', '(?:expected|due) (?:in|at)', 'trip', 'tour', 'arriv(?:e|ed|es|ing|al)', 'hospitali[sz]ed', 'taken to hospital', 'landed', 'fl(?:y|ies|ying|ew)', 'depart(?:s|ed|ing)?', 'travell?ing', 'heading to', 'return(?:s|ed|ing)? (?:to|home)',
      'sign(?:s|ed|ing)?', 'ink(?:s|ed)?', 'agreement', 'accords?', 'deal', 'treaty', 'declaration', 'ceremony',
      'submit(?:s|ted)?', 'publish(?:ed|es)?', 'unveil(?:s|ed)?', 'adopt(?:s|ed)?', 'proposals?', 'offer', 'draft', 'documents?',
      'sanctions?', 'troops', 'build-?up', 'forces', 'servicemen', 'deploy(?:s|ed|ment)?', 'invasion', 'invade[sd]?', 'attack(?:s|ed)?',
      'strikes?', 'rockets?', 'missiles?', 'fired', 'withdr(?:ew|awn|awal)', 'resum(?:e|es|ed|ption)', 'held', 'hold', 'hosted', 'host',
      'election', 'vote', 'referendum', 'ceasefire', 'truce', 'exercises', 'drills', 'launch(?:es|ed)?', 'reopen(?:s|ed)?', 'opens?(?= (?:the|its|their|a|an) )', 'start(?:s|ed)?',
      'begin(?:s)?', 'began', 'end(?:s|ed)?', 'suspend(?:s|ed)?', 'hiatus', 'expel(?:s|led)?', 'killed', 'wounded', 'holidays?', 'working day',
      'response', 'round', 'shipments?', 'exports?', 'flowing', 'valid', 'prices (?:fell|rose)', 'announced',
      'annex(?:ed|es|ation)?', 'occup(?:y|ied|ation)', 'seized?', 'captured?', 'elected', 'elections?', 'inaugurat(?:ed|ion)', 'ratif(?:y|ied|ication)',
      'approved?', 'vetoe?d?', 'resign(?:ed|ation)', 'appointed', 'sworn in', 'died', 'arrested', 'released', 'freed', 'evacuat(?:ed|ion)',
      'collapsed?', ...PROTEST_WORDS, 'fighting', 'shelling', 'bombing', 'coup', 'lifted', 'recalled', 'closed', 'opened', 'postponed',
      'cancell?ed', 'delayed', 'adjourned', 'broke down', 'walked out', 'joined', 'left', 'exit', 'accession', 'membership', 'vote[sd]?',
      'deadlines?', 'ultimatum', 'extend(?:s|ed)?', 'extension', 'expir(?:e|es|ed|y)', 'endorse[sd]?', 'discuss(?:es|ed)?', 'discussions?',
      'blockade', 'blocked', 'paus(?:e|es|ed)', 'halt(?:s|ed)?', 'address(?:es|ed)?', 'speech', 'ordered', 'siege', 'declared war', 'martial law', 'state of emergency',
      'restor(?:e|es|ed)', 'exchang(?:e|es|ed)', 'swaps?', 'prisoners?', 'hostages?', 'detained', 'abducted', 'kidnapped', 'brokered', 'mediat(?:ed|ion)',
      'handed over', 'summon(?:s|ed)', 'persona non grata', 'severed', 'normali[sz](?:ed|ation)', 'recogni[sz](?:ed|ition)', 'boycott(?:s|ed)?',
      'shot down', 'downed', 'shot dead', 'gunned down', 'assassinat(?:ed|ion)', 'murder(?:ed)?', 'air ?strikes?', 'raids?', 'offensive', 'delivered', 'deliveries',
      'scheduled', 'cut (?:diplomatic )?ties', 'broke off', 'wreath', 'takes? effect', 'took effect', '(?:comes?|came|entere?d?s?) into (?:force|effect)',
      'conced(?:e|es|ed) (?:defeat|victory|the election)', 'reversed course', 'failed', 'burn(?:s|ed|t|ing)', 'shelled', 'bombed', 'bombard(?:ed|ment)', 'stormed', 'opened fire', 'ambushed', 'rammed', 'intercepted', '(?:tele)?phoned', '(?<!previously )agreed (?:to|on)',
      'admit(?:s|ted)?', 'invit(?:e|es|ed|ation)', 'indict(?:s|ed|ment)', 'charged', 'join(?:s|ing)?', 'full members?',
      'set up', 'established', 'founded', 'issued', 'joint (?:press )?(?:statement|communiqu[eé])',
      'dock(?:s|ed)', 'set sail', 'sailed', 'crossed (?:the|into)', 'stepped (?:over|across|into|onto)', 'buried', 'laid to rest', 'rescued', 'brought back', 'found (?:dead|slumped|unconscious|collapsed)', 'poisoned',
      'followed suit', 'water cannon', 'dispersed?', 'barred', 'fr(?:oze|ozen|eezes?)', 'came (?:first|second|third)', 'seats',
      '(?:was|were) found', '(?:hours|days) to leave', 'touch(?:ed|es)? down',
      'brought down', 'destroy(?:s|ed)', 'granted', 'asylum', 'pardon(?:s|ed)?', 'extradit(?:ed|ion)', 'deport(?:ed|ation)', 'appeal',
      'remov(?:e|es|ed)', 'scrap(?:s|ped)?', 'repeal(?:s|ed)?', 'amend(?:s|ed|ment)', 'abolish(?:es|ed)?', 'overturn(?:s|ed)?', 'passed',
      'tariffs?', 'embargo(?:es)?', 'import (?:duties|bans?)',
      'ruled', 'rulings?', 'verdict', 'sentenced', 'convicted', 'acquitted', 'dissolv(?:e|es|ed)', 'ousted', 'toppled', 'overthr(?:ew|own)', 'sacked', 'judg(?:e)?ments?', 'jurisdiction', 'took (?:the|its|their) case', 'filed',
    ].join('|') +
    ')\\b',
  'i',
)

// "Vance spoke to Modi on Friday", "spoke with his Indian counterpart": a conversation between leaders; not "spoke to reporters".
const SPOKE_TO = /\bspoke (?:by (?:tele)?phone )?(?:to|with) (?:[A-Z]|(?:his|her|their) )(?!eporters|ournalists)/

export const hasEventTrigger: (text: string) => boolean = memo((text) => TRIGGER.test(text) || SPOKE_TO.test(text), 20_000)

/** "sanctions", "new sanctions": what announcing imposes. */
export const SANCTIONS = String.raw`(?:(?:new|fresh|further|additional|more)\s+)?sanctions`

// Events that need no date phrase to be worth listing: something was signed, met, fired, agreed.
const DONE = new RegExp(String.raw`\b(?:signed|adopted|met|fired|declared (?:an? )?(?:state of emergency|martial law|curfew|war)|launched|attacked|killed|wounded|withdrew|followed suit|used (?:water cannon|tear gas)|agreed (?:to|a|an|on)|arrived|landed|touched down|departed|flew|ordered|imposed|(?:raised|doubled|tripled|lifted|scrapped) (?:the|its|a|their) (?:[\w%-]+ ){0,3}(?:tariffs?|dut(?:y|ies)|embargo)|expelled|protested|clashed|announced ${SANCTIONS}|walked out|convicted|convicts|acquitted|acquits|sentenced|(?:tele)?phoned|shot down|crossed (?:the|into)|stepped (?:over|across|into|onto)|left the (?:summit|meeting|talks|session|hall|room|country)|(?:summit|meeting|talks|session|conference) (?:closed|ended|opened) with|(?:handed(?: over)?|deposited|presented) [^.;]{0,40}?\b(?:instruments?|ratification|credentials))\b`, 'i')

export function reportsDoneEvent(text: string): boolean {
  return DONE.test(text)
}
