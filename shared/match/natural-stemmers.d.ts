// natural ships no declarations for its per-stemmer files. The matcher reimplements its Porter
// stemmer (porter.ts); porter.test.ts checks the two agree.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
