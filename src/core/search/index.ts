export { buildIndex, indexSize, loadIndex, search, serializeIndex, INDEX_VERSION, SERVICE_BOOSTS, type SearchHit, type SearchOpts, type ServiceIndex } from './services.ts';
export { buildGuideIndex, searchGuides, GUIDE_BOOSTS, type GuideIndex } from './guides.ts';
export { cleanQuery, isBlankQuery, queryTerms, STOP_WORDS } from './text.ts';
