// Per-request context: fresh DataLoaders (per-request cache, as graphql/dataloader recommends) and the shared counters.
import DataLoader from 'dataloader';
import { booksByAuthorId, reviewsByBookId } from './data.mjs';
import { stats } from './stats.mjs';

const NONE = Object.freeze([]);

// Every batch function counts one call: "loader calls per request" (PERFORMANCE.md §4, §5.9).
function batchFrom(index) {
  return async (keys) => {
    stats.loaderCalls++;
    return keys.map((k) => index.get(k) ?? NONE);
  };
}

const batchBooks = batchFrom(booksByAuthorId);
const batchReviews = batchFrom(reviewsByBookId);

export function createContext() {
  stats.requests++;
  return {
    stats,
    booksByAuthor: new DataLoader(batchBooks),
    reviewsByBook: new DataLoader(batchReviews),
  };
}
