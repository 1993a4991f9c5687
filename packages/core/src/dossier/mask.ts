/**
 * Masking for screens that show a dossier to people who need less than all of it: the public
 * lookup by dossier code (anyone holding a receipt, or guessing codes) and staff lists. Personal
 * data of citizens is protected (Decree 13/2023/ND-CP); showing enough to recognise one's own
 * dossier is the purpose, identifying a stranger is not.
 */

/** Words of a name, NFC-normalised so a letter with its diacritics is one character. */
function wordsOf(text: string): string[] {
  return text.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
}

/** The first letter, then one '*' per remaining letter: "Văn" → "V**", "Đặng" → "Đ***". */
function maskWord(word: string): string {
  const [first = '', ...rest] = Array.from(word);
  return first + '*'.repeat(rest.length);
}

/**
 * An applicant's name for the public lookup: the family name whole, every later word reduced to
 * its first letter ("Nguyễn Văn An" → "Nguyễn V** A*"). Family names are shared by millions
 * (Nguyễn, Trần, Lê…), so keeping one whole identifies nobody, while the initials and lengths let
 * applicants recognise their own dossier. A one-word name is all given name, so it is masked too
 * ("Lan" → "L**").
 */
export function maskPersonName(name: string): string {
  const words = wordsOf(name);
  if (words.length === 1) return maskWord(words[0] ?? '');
  return words.map((word, i) => (i === 0 ? word : maskWord(word))).join(' ');
}

/**
 * An organisation's name is shown as given (spaces tidied): businesses, pharmacies and clinics
 * are published by name in the enterprise registration and licence registers, and personal-data
 * protection covers natural persons, not organisations. A household business named after its
 * owner ("Hộ kinh doanh Nguyễn Văn An") is shown too: that is its registered, public name.
 */
export function maskOrganisationName(name: string): string {
  return wordsOf(name).join(' ');
}

/**
 * A personal identification number (12-digit CCCD, or an older 9-digit CMND) with all but the last
 * 3 characters hidden ("001234567123" → "*********123"), for staff screens that must not show the
 * full number by default. Spaces typed inside it are ignored; an ID of 3 characters or fewer is
 * hidden whole, since showing its "last 3" would show all of it.
 */
export function maskCitizenId(id: string): string {
  const chars = Array.from(id.replace(/\s+/gu, ''));
  const shown = chars.length > 3 ? chars.slice(-3) : [];
  return '*'.repeat(chars.length - shown.length) + shown.join('');
}
