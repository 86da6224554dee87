// All of this language's strings in one chunk: every language is precached, and one file
// compresses better and costs one request.
export default Object.assign({}, ...Object.values(import.meta.glob<Record<string, unknown>>('./*.json', { eager: true, import: 'default' })));
