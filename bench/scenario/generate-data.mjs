// Writes data.json: 20 authors x 3 books x 5 reviews from a fixed seed (PERFORMANCE.md §5.3).
// ASCII only, so byte counts are the same in every runtime. Run: node bench/scenario/generate-data.mjs
import { writeFileSync } from 'node:fs';

const SEED = 20240507;
const AUTHORS = 20, BOOKS_PER_AUTHOR = 3, REVIEWS_PER_BOOK = 5;

// mulberry32: tiny, deterministic, good enough for picking words.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = prng(SEED);
const pick = (list) => list[Math.floor(rnd() * list.length)];
const int = (min, max) => min + Math.floor(rnd() * (max - min + 1));

const first = ['Ada', 'Bola', 'Chen', 'Dara', 'Emeka', 'Farah', 'Goran', 'Hana', 'Ines', 'Jomo', 'Kirra', 'Luca', 'Mina', 'Nils', 'Oona', 'Priya'];
const last = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Haddad', 'Silva', 'Novak', 'Mensah', 'Rossi', 'Kowalski', 'Ibrahim', 'Larsen'];
const orgs = ['Harbour Cooperative', 'Open Fields Trust', 'River Commons', 'Northwind Mutual', 'Seedbank Collective', 'Commonwealth Press'];
const adjectives = ['Quiet', 'Shared', 'Open', 'Patient', 'Distant', 'Green', 'Plain', 'Common', 'Small', 'Careful'];
const nouns = ['Harvest', 'Rivers', 'Ledger', 'Commons', 'Bridges', 'Gardens', 'Workshop', 'Tides', 'Lanterns', 'Orchard'];
const phrases = ['a careful study', 'well argued', 'too long in places', 'useful for organisers', 'clear and practical',
  'a slow start', 'worth a second read', 'full of good sources', 'uneven but honest', 'recommended to friends'];

const authors = [], books = [], reviews = [];
for (let a = 1; a <= AUTHORS; a++) {
  const authorId = `author-${a}`;
  authors.push({ id: authorId, name: `${pick(first)} ${pick(last)}`, company: pick(orgs) });
  for (let b = 1; b <= BOOKS_PER_AUTHOR; b++) {
    const bookId = `book-${a}-${b}`;
    books.push({ id: bookId, authorId, name: `The ${pick(adjectives)} ${pick(nouns)}`, numPages: int(80, 640) });
    for (let r = 1; r <= REVIEWS_PER_BOOK; r++) {
      reviews.push({ id: `review-${a}-${b}-${r}`, bookId, stars: int(1, 5), body: `${pick(phrases)}, ${pick(phrases)}.` });
    }
  }
}

const out = new URL('./data.json', import.meta.url);
writeFileSync(out, JSON.stringify({ seed: SEED, authors, books, reviews }, null, 1) + '\n');
console.log(`data.json: ${authors.length} authors, ${books.length} books, ${reviews.length} reviews`);
