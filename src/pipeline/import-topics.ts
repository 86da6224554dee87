/**
 * Chooses our topics (data/topics.json) for an imported service.
 *
 * Evidence, strongest first:
 * 1. who the feed says the service is for (ORUK v1 `pc_targetAudience`, see AUDIENCE_TOPICS) and
 *    taxonomy terms (ORUK 3.0 `attributes[].taxonomy_term`, v1 `service_taxonomys`), matched
 *    against the keyword table: 5 points per topic;
 * 2. keywords in the service name: 3 points per keyword;
 * 3. keywords in the description: 1 point per keyword (each keyword counts once).
 * The best-scoring topic is kept, plus up to two more that score at least 60% of it (and 3 or
 * more). Dementia together with carers also gives "dementia-carers". With no evidence at all
 * the service gets FALLBACK_TOPIC, and the importer reports how many did.
 */

export const FALLBACK_TOPIC = 'social';

/** Keyword table. `*` at the end of a word matches any ending ("befriend*" → befriending). */
export const TOPIC_KEYWORDS: Record<string, string[]> = {
  'dementia-people': ['dementia', 'alzheimer*', 'memory caf*', 'memory loss', 'memory clinic', 'singing for the brain'],
  'dementia-carers': ['dementia carer*', 'carers of people with dementia', 'caring for someone with dementia', 'admiral nurse*'],
  carers: ['carer', 'carers', 'caring for', 'respite', 'unpaid care*', 'looking after someone'],
  bereavement: ['bereave*', 'grief', 'grieving', 'loss of a loved one', 'widow*', 'funeral*', 'death of', 'cruse'],
  money: ['money', 'benefit', 'benefits', 'debt*', 'financ*', 'welfare rights', 'pension*', 'attendance allowance', 'cost of living', 'budget*', 'grant', 'grants', 'income', 'universal credit', 'citizens advice'],
  housing: ['housing', 'homeless*', 'home adaptation*', 'adaptations', 'accommodation', 'tenan*', 'handyperson', 'handyman', 'repairs', 'sheltered', 'stairlift*', 'rough sleep*', 'landlord*'],
  'home-safety': ['falls', 'fall prevention', 'home safety', 'fire safety', 'smoke alarm*', 'telecare', 'careline', 'lifeline', 'personal alarm*', 'pendant alarm*', 'trip hazard*', 'strength and balance'],
  digital: ['digital', 'computer*', 'internet', 'get online', 'getting online', 'tablet*', 'smartphone*', 'ipad*', 'laptop*', 'it skills', 'tech help', 'technology', 'video call*'],
  transport: ['transport', 'bus', 'buses', 'dial-a-ride', 'dial a ride', 'volunteer driver*', 'car scheme', 'lifts to', 'taxi*', 'shopmobility', 'travel', 'wheelchair hire', 'blue badge'],
  meals: ['lunch*', 'meal*', 'food bank*', 'foodbank*', 'food', 'dinner*', 'breakfast*', 'shopping', 'community fridge', 'pantry', 'larder', 'cooking', 'hot food', 'soup'],
  scams: ['scam*', 'fraud*', 'rogue trader*', 'doorstep crime', 'cyber', 'staying safe online', 'identity theft', 'con artist*'],
  health: ['health', 'healthy', 'wellbeing', 'well-being', 'exercise', 'fitness', 'mental health', 'walking', 'walks', 'yoga', 'tai chi', 'physical activity', 'gp', 'nhs', 'counselling', 'parkinson*', 'stroke', 'cancer', 'diabetes', 'arthritis', 'sight loss', 'hearing', 'deaf', 'blind', 'alcohol', 'drug*', 'dance', 'swimming', 'pilates', 'physio*', 'therapy', 'nurse', 'nurses', 'chair-based', 'chair based'],
  social: ['social', 'befriend*', 'coffee morning*', 'friendship', 'lonel*', 'isolat*', 'club', 'clubs', 'chat', 'natter', 'knit*', 'craft*', 'choir*', 'singing', 'community centre', 'tea and', 'drop-in', 'drop in', 'get together', 'meet new people', 'making friends', 'bingo', 'quiz', 'games', 'men\'s shed*', 'u3a', 'over 50s', 'over 60s', 'luncheon club', 'warm space*', 'welcome space*', 'welcoming space*'],
};

/** ORUK v1 `pc_targetAudience[].audienceType` (as the councils' feeds write them) → our topics. */
export const AUDIENCE_TOPICS: Record<string, string> = {
  dementia: 'dementia-people',
  carers: 'carers',
  bereaved: 'bereavement',
  homeless: 'housing',
  'low income': 'money',
  'low income>unemployed': 'money',
  'long term health conditions': 'health',
  'mental health': 'health',
  parkinsons: 'health',
  cancer: 'health',
  'drug and alcohol misuse': 'health',
  'sensory impaired': 'health',
  'sensory impaired>visually impaired': 'health',
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MATCHERS: [string, RegExp[]][] = Object.entries(TOPIC_KEYWORDS).map(([topic, words]) => [
  topic,
  words.map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(w.replace(/\*$/, ''))}${w.endsWith('*') ? '' : '(?![\\p{L}\\p{N}])'}`, 'iu')),
]);

function keywordHits(text: string): Map<string, number> {
  const hits = new Map<string, number>();
  if (!text) return hits;
  for (const [topic, res] of MATCHERS) {
    const n = res.filter((re) => re.test(text)).length;
    if (n) hits.set(topic, n);
  }
  return hits;
}

export interface TopicEvidence {
  name: string;
  description: string;
  /** Audience labels (v1 pc_targetAudience). */
  audiences: string[];
  /** Taxonomy term names and descriptions. */
  terms: string[];
}

export interface TopicChoice {
  topics: string[];
  fallback: boolean;
}

export function chooseTopics(e: TopicEvidence, known: ReadonlySet<string>): TopicChoice {
  const score = new Map<string, number>();
  const add = (topic: string, points: number) => known.has(topic) && score.set(topic, (score.get(topic) ?? 0) + points);
  for (const a of e.audiences) {
    const topic = AUDIENCE_TOPICS[a.trim().toLowerCase().replace(/\s*>\s*/g, '>')];
    if (topic) add(topic, 5);
  }
  for (const term of e.terms) for (const [topic] of keywordHits(term)) add(topic, 5);
  for (const [topic, n] of keywordHits(e.name)) add(topic, 3 * n);
  for (const [topic, n] of keywordHits(e.description)) add(topic, n);
  if (score.has('dementia-people') && score.has('carers')) add('dementia-carers', Math.min(score.get('dementia-people')!, score.get('carers')!));
  const ranked = [...score].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!ranked.length) return { topics: known.has(FALLBACK_TOPIC) ? [FALLBACK_TOPIC] : [...known].slice(0, 1), fallback: true };
  const best = ranked[0]![1];
  const topics = ranked.filter(([, s], i) => i === 0 || (s >= best * 0.6 && s >= 3)).slice(0, 3).map(([t]) => t);
  return { topics, fallback: false };
}
