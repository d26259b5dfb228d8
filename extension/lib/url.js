// A percent-encoded part of a LinkedIn address (a profile slug, a vanityName), decoded; as
// written when it is not valid percent-encoding (a page can put `%` anywhere in its links).

/** @param {string} part */
export function decoded(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
