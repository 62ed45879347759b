// natural ships no declarations for its per-stemmer files; we import those alone to keep the
// rest of natural (classifiers, storage back-ends) out of the matcher.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/indonesian/stemmer_id.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
