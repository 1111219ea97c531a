// The scenario data set (bench/scenario/data.json) with the indexes every peer's batch functions read.
import { readFileSync } from 'node:fs';

const raw = JSON.parse(readFileSync(new URL('../../scenario/data.json', import.meta.url), 'utf8'));

export const authors = raw.authors;
export const authorsById = new Map(authors.map((a) => [a.id, a]));
export const booksById = new Map(raw.books.map((b) => [b.id, b]));
export const booksByAuthorId = groupBy(raw.books, (b) => b.authorId);
export const reviewsByBookId = groupBy(raw.reviews, (r) => r.bookId);

function groupBy(items, key) {
  const map = new Map();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, []);
    map.get(k).push(item);
  }
  return map;
}
