// Countries (with demonyms and the capitals and seats of power news uses as metonyms), international
// organisations and offices, each with the spellings news writes them in.

export interface CountryEntry {
  name: string
  aliases: readonly string[]
  demonyms: readonly string[]
  /** Capitals and seats of power that stand for the government ("Moscow said", "the Kremlin said"). */
  metonyms: readonly string[]
}

export interface NamedEntry {
  name: string
  aliases: readonly string[]
  /** The country an office belongs to when its name says so by itself (State Department, Knesset). */
  country?: string
  /** The organisation a body belongs to, which outlets name in its stead ("the EU said" for the EEAS). */
  partOf?: string
}

const c = (name: string, aliases: string[], demonyms: string[], metonyms: string[] = []): CountryEntry => ({ name, aliases, demonyms, metonyms })

export const COUNTRIES: readonly CountryEntry[] = [
  c('Russia', ['Russian Federation'], ['Russian', 'Russians'], ['Moscow', 'Kremlin', 'the Kremlin']),
  c('United States', ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'], ['American', 'Americans'], ['Washington', 'White House', 'the White House']),
  c('Ukraine', [], ['Ukrainian', 'Ukrainians'], ['Kyiv', 'Kiev']),
  c('United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain'], ['British', 'Briton', 'Britons'], ['London', 'Downing Street']),
  c('France', [], ['French'], ['Paris', 'Elysee', 'Élysée']),
  c('Germany', [], ['German', 'Germans'], ['Berlin']),
  c('China', ["People's Republic of China", 'PRC'], ['Chinese'], ['Beijing']),
  c('Turkey', ['Türkiye', 'Turkiye'], ['Turkish', 'Turks'], ['Ankara']),
  c('Iran', ['Islamic Republic of Iran'], ['Iranian', 'Iranians'], ['Tehran']),
  c('Israel', [], ['Israeli', 'Israelis'], ['Jerusalem', 'Tel Aviv']),
  c('United Arab Emirates', ['UAE', 'U.A.E.', 'Emirates'], ['Emirati', 'Emiratis'], ['Abu Dhabi']),
  c('Bahrain', [], ['Bahraini', 'Bahrainis'], ['Manama']),
  c('Saudi Arabia', [], ['Saudi', 'Saudis'], ['Riyadh']),
  c('Egypt', [], ['Egyptian', 'Egyptians'], ['Cairo']),
  c('Jordan', [], ['Jordanian', 'Jordanians'], ['Amman']),
  c('Syria', [], ['Syrian', 'Syrians'], ['Damascus']),
  c('Iraq', [], ['Iraqi', 'Iraqis'], ['Baghdad']),
  c('Lebanon', [], ['Lebanese'], ['Beirut']),
  c('Qatar', [], ['Qatari', 'Qataris'], ['Doha']),
  c('Kuwait', [], ['Kuwaiti'], []),
  c('Oman', [], ['Omani'], ['Muscat']),
  c('Yemen', [], ['Yemeni', 'Yemenis'], ['Sanaa']),
  c('Palestine', ['Palestinian territories', 'State of Palestine'], ['Palestinian', 'Palestinians'], ['Ramallah']),
  c('Afghanistan', [], ['Afghan', 'Afghans'], ['Kabul']),
  c('Pakistan', [], ['Pakistani', 'Pakistanis'], ['Islamabad']),
  c('India', [], ['Indian', 'Indians'], ['New Delhi']),
  c('Japan', [], ['Japanese'], ['Tokyo']),
  c('South Korea', ['Republic of Korea'], ['South Korean', 'South Koreans'], ['Seoul']),
  c('North Korea', ['DPRK', "Democratic People's Republic of Korea"], ['North Korean', 'North Koreans'], ['Pyongyang']),
  c('Taiwan', [], ['Taiwanese'], ['Taipei']),
  c('Tajikistan', [], ['Tajik', 'Tajiks'], ['Dushanbe']),
  c('Kazakhstan', [], ['Kazakh', 'Kazakhs'], ['Astana', 'Nur-Sultan']),
  c('Uzbekistan', [], ['Uzbek', 'Uzbeks'], ['Tashkent']),
  c('Kyrgyzstan', [], ['Kyrgyz'], ['Bishkek']),
  c('Turkmenistan', [], ['Turkmen'], ['Ashgabat']),
  c('Armenia', [], ['Armenian', 'Armenians'], ['Yerevan']),
  c('Azerbaijan', [], ['Azerbaijani', 'Azerbaijanis', 'Azeri'], ['Baku']),
  c('Georgia', [], ['Georgian', 'Georgians'], ['Tbilisi']),
  c('Belarus', [], ['Belarusian', 'Belarusians'], ['Minsk']),
  c('Moldova', [], ['Moldovan'], ['Chisinau']),
  c('Poland', [], ['Polish', 'Poles'], ['Warsaw']),
  c('Lithuania', [], ['Lithuanian'], ['Vilnius']),
  c('Latvia', [], ['Latvian'], ['Riga']),
  c('Estonia', [], ['Estonian'], ['Tallinn']),
  c('Finland', [], ['Finnish', 'Finns'], ['Helsinki']),
  c('Sweden', [], ['Swedish', 'Swedes'], ['Stockholm']),
  c('Norway', [], ['Norwegian'], ['Oslo']),
  c('Denmark', [], ['Danish', 'Danes'], ['Copenhagen']),
  c('Netherlands', ['Holland'], ['Dutch'], ['The Hague']),
  c('Belgium', [], ['Belgian'], []),
  c('Switzerland', [], ['Swiss'], ['Bern']),
  c('Austria', [], ['Austrian'], []),
  c('Italy', [], ['Italian', 'Italians'], ['Rome']),
  c('Spain', [], ['Spanish'], ['Madrid']),
  c('Portugal', [], ['Portuguese'], ['Lisbon']),
  c('Greece', [], ['Greek', 'Greeks'], ['Athens']),
  c('Cyprus', [], ['Cypriot'], ['Nicosia']),
  c('Hungary', [], ['Hungarian'], ['Budapest']),
  c('Czech Republic', ['Czechia'], ['Czech'], ['Prague']),
  c('Slovakia', [], ['Slovak'], ['Bratislava']),
  c('Romania', [], ['Romanian'], ['Bucharest']),
  c('Bulgaria', [], ['Bulgarian'], ['Sofia']),
  c('Serbia', [], ['Serbian', 'Serbs'], ['Belgrade']),
  c('Croatia', [], ['Croatian'], ['Zagreb']),
  c('Kosovo', [], ['Kosovar'], ['Pristina']),
  c('Ireland', [], ['Irish'], ['Dublin']),
  c('Canada', [], ['Canadian', 'Canadians'], ['Ottawa']),
  c('Mexico', [], ['Mexican', 'Mexicans'], ['Mexico City']),
  c('Brazil', [], ['Brazilian'], ['Brasilia']),
  c('Argentina', [], ['Argentine', 'Argentinian'], ['Buenos Aires']),
  c('Venezuela', [], ['Venezuelan'], ['Caracas']),
  c('Cuba', [], ['Cuban'], ['Havana']),
  c('Colombia', [], ['Colombian'], ['Bogota']),
  c('Australia', [], ['Australian', 'Australians'], ['Canberra']),
  c('New Zealand', [], ['New Zealander'], ['Wellington']),
  c('Indonesia', [], ['Indonesian'], ['Jakarta']),
  c('Malaysia', [], ['Malaysian'], ['Kuala Lumpur']),
  c('Philippines', [], ['Filipino', 'Philippine'], ['Manila']),
  c('Vietnam', ['Viet Nam'], ['Vietnamese'], ['Hanoi']),
  c('Thailand', [], ['Thai'], ['Bangkok']),
  c('Myanmar', ['Burma'], ['Burmese'], ['Naypyidaw']),
  c('Libya', [], ['Libyan', 'Libyans'], ['Tripoli']),
  c('Tunisia', [], ['Tunisian'], ['Tunis']),
  c('Algeria', [], ['Algerian'], ['Algiers']),
  c('Morocco', [], ['Moroccan'], ['Rabat']),
  c('Sudan', [], ['Sudanese'], ['Khartoum']),
  c('South Sudan', [], ['South Sudanese'], ['Juba']),
  c('Ethiopia', [], ['Ethiopian'], ['Addis Ababa']),
  c('Eritrea', [], ['Eritrean'], ['Asmara']),
  c('Somalia', [], ['Somali'], ['Mogadishu']),
  c('Kenya', [], ['Kenyan'], ['Nairobi']),
  c('Nigeria', [], ['Nigerian'], ['Abuja']),
  c('South Africa', [], ['South African'], ['Pretoria']),
  c('Mali', [], ['Malian'], ['Bamako']),
  c('Niger', [], ['Nigerien'], ['Niamey']),
  c('Vatican', ['Holy See'], [], []),
]

export const ORGANISATIONS: readonly NamedEntry[] = [
  { name: 'NATO', aliases: ['Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance'] },
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  { name: 'UN Security Council', partOf: 'United Nations', aliases: ['Security Council', 'UNSC'] },
  { name: 'UN General Assembly', partOf: 'United Nations', aliases: ['General Assembly'] },
  { name: 'European Union', aliases: ['EU', 'E.U.'] },
  { name: 'European Commission', partOf: 'European Union', aliases: [] },
  { name: 'European External Action Service', partOf: 'European Union', aliases: ['EEAS'] },
  { name: 'European Parliament', partOf: 'European Union', aliases: [] },
  { name: 'Council of Europe', aliases: [] },
  { name: 'Organization for Security and Cooperation in Europe', aliases: ['OSCE', 'Organisation for Security and Co-operation in Europe', 'Organization for Security and Co-operation in Europe', 'Organisation for Security and Cooperation in Europe'] },
  { name: 'OSCE Permanent Council', partOf: 'Organization for Security and Cooperation in Europe', aliases: [] },
  { name: 'NATO-Russia Council', aliases: ['Nato-Russia Council', 'Russia-NATO Council', 'Russia-Nato Council'] },
  { name: 'Collective Security Treaty Organization', aliases: ['CSTO', 'Collective Security Treaty Organisation'] },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'World Health Organization', aliases: ['WHO', 'World Health Organisation'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Bank', aliases: [] },
  { name: 'World Trade Organization', aliases: ['WTO', 'World Trade Organisation'] },
  { name: 'OPEC', aliases: ['Organization of the Petroleum Exporting Countries'] },
  { name: 'G7', aliases: ['Group of Seven', 'G-7'] },
  { name: 'G20', aliases: ['Group of 20', 'G-20'] },
  { name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'] },
  { name: 'African Union', aliases: ['AU'] },
  { name: 'Arab League', aliases: ['League of Arab States'] },
  { name: 'Gulf Cooperation Council', aliases: ['GCC', 'Gulf Co-operation Council'] },
  { name: 'Shanghai Cooperation Organisation', aliases: ['SCO', 'Shanghai Cooperation Organization'] },
  { name: 'UN Conference on Trade and Development', partOf: 'United Nations', aliases: ['UNCTAD', 'United Nations Conference on Trade and Development'] },
  { name: 'UNHCR', partOf: 'United Nations', aliases: ['UN refugee agency'] },
  { name: 'UNICEF', partOf: 'United Nations', aliases: [] },
  { name: 'World Food Programme', partOf: 'United Nations', aliases: ['WFP', 'World Food Program'] },
  { name: 'International Criminal Court', aliases: ['ICC'] },
  { name: 'International Court of Justice', aliases: ['ICJ'] },
  { name: 'Hamas', aliases: [] },
  { name: 'Hezbollah', aliases: ['Hizbollah'] },
  { name: 'Taliban', aliases: [] },
  { name: 'Joint Comprehensive Plan of Action', aliases: ['JCPOA'] },
]

/** Offices: a country's ministries and seats of government, named with or without the country. */
export const OFFICES: readonly NamedEntry[] = [
  { name: 'State Department', country: 'United States', aliases: ['Department of State', 'US State Department', 'U.S. State Department'] },
  { name: 'Foreign Ministry', aliases: ['Ministry of Foreign Affairs', 'Foreign Affairs Ministry', 'MFA', 'Foreign Office', 'FO'] },
  { name: 'Defence Ministry', aliases: ['Defense Ministry', 'Ministry of Defence', 'Ministry of Defense'] },
  { name: 'Pentagon', country: 'United States', aliases: ['Defense Department', 'Department of Defense', 'US Defense Department'] },
  { name: 'Interior Ministry', aliases: ['Ministry of Interior', 'Ministry of Internal Affairs'] },
  { name: 'Treasury', aliases: ['Treasury Department', 'Department of the Treasury'] },
  { name: 'White House', country: 'United States', aliases: [] },
  { name: 'Kremlin', country: 'Russia', aliases: [] },
  { name: "President's Office", aliases: ['Presidential Office', 'Office of the President', 'presidency'] },
  { name: 'Security Council', aliases: ['National Security Council'] },
  { name: 'Knesset', country: 'Israel', aliases: [] },
  { name: 'Congress', country: 'United States', aliases: ['US Congress'] },
  { name: 'Senate', aliases: [] },
  { name: 'State Duma', country: 'Russia', aliases: ['Duma'] },
  { name: 'Parliament', aliases: [] },
]

/** Words that open a role or title before a name ("Russian Foreign Minister Sergey Lavrov"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'ministers', 'foreign', 'defence', 'defense', 'deputy', 'secretary', 'general', 'secretary-general',
  'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'ambassador', 'envoy', 'special', 'chief', 'head', 'chancellor',
  'king', 'queen', 'prince', 'crown', 'sheikh', 'emir', 'sultan', 'pope', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'gen',
  'general', 'admiral', 'colonel', 'col', 'lt', 'commander', 'senator', 'sen', 'rep', 'representative', 'governor', 'gov',
  'mayor', 'speaker', 'leader', 'adviser', 'advisor', 'senior', 'national', 'security', 'infrastructure', 'interior', 'finance',
  'economy', 'trade', 'energy', 'justice', 'health', 'affairs', 'state', 'of', 'for', 'the', 'top', 'lead', 'chief', 'negotiator',
  'diplomat', 'official', 'officials', 'director', 'humanitarian', 'coordinator', 'commissioner', 'high', 'representative',
  'chairman', 'chairwoman', 'chair', 'executive', 'former', 'then', 'acting', 'first', 'policy', 'assistant', 'under', 'undersecretary',
  'permanent', 'un', 'eu', 'nato', 'fm', 'pm', 'army', 'military', 'staff', 'joint', 'chiefs', 'army', 'navy', 'ceo', 'founder',
])

const DEMONYM = new Map(COUNTRIES.map((c) => [c.name, c.name === 'United States' ? 'US' : c.demonyms[0] ?? c.name]))

/** The adjective news puts before an office: "Russian Foreign Ministry", "US State Department". */
export function demonymOf(country: string): string {
  return DEMONYM.get(country) ?? country
}
