// Calendar days as numbers: the merge compares item dates millions of times per folder (every pair
// of candidates, every vote on a group's date). Reading the digits of "YYYY-MM-DD" is cheaper than
// looking each string up in a memo, and gives the very number Date.parse does.

const MS_PER_DAY = 86_400_000

/** Days since 1970-01-01 of an ISO date ("2022-01-10"), as Date.parse(date) / 86 400 000. */
export function dayNumber(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return Date.parse(date) / MS_PER_DAY
  const year = digits(date, 0, 4), month = digits(date, 5, 7), day = digits(date, 8, 10)
  // Date.parse lets a day run past its month's end (February 30 is March 2), as the count below does.
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return Date.parse(date) / MS_PER_DAY
  return daysFromCivil(year, month, day)
}

/** The decimal number in date[from, to), NaN when a character is not a digit. */
function digits(date: string, from: number, to: number): number {
  let n = 0
  for (let k = from; k < to; k++) {
    const d = date.charCodeAt(k) - 48
    if (d < 0 || d > 9) return Number.NaN
    n = n * 10 + d
  }
  return n
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}
