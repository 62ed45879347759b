// Version 6: where a law applies (an ISO 3166-2 subdivision, or null for a national law, and the
// subdivisions a national law does not extend to) and the dates its status took effect. Existing
// laws become national laws without dates, which count exactly as before.
export default `
ALTER TABLE documents ADD COLUMN jurisdiction TEXT;
ALTER TABLE documents ADD COLUMN excluded_subdivisions TEXT NOT NULL DEFAULT '[]';
ALTER TABLE documents ADD COLUMN enacted_on TEXT;
ALTER TABLE documents ADD COLUMN in_force_from TEXT;
ALTER TABLE documents ADD COLUMN amended_on TEXT;
ALTER TABLE documents ADD COLUMN repealed_on TEXT;
`;
