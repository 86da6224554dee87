export { resolveCoordinates, resolveWhere, splitQuery, type SplitQuery, type WhereData } from './resolve.ts';
export { areaCentroids, parsePostcodeQuery, resolvePostcodeQuery, type PlaceLevel, type PostcodeQuery, type WhereResult } from './postcode.ts';
export { editDistance, findPlace, placeKey, validatePlaces, type Place } from './gazetteer.ts';
