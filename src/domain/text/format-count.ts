/**
 * A whole number with a comma between each group of three digits, as en-US writes it: 10240 → "10,240".
 * Written out because `toLocaleString` sets up ICU's number formatter on first use (tens of milliseconds on a
 * phone), and this runs while a link opens.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n)
  const digits = String(Math.abs(n))
  let grouped = digits.slice(0, digits.length % 3 || 3)
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`
  return n < 0 ? `-${grouped}` : grouped
}
