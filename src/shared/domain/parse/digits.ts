/**
 * Decimal digits of any script (`৩`, `٣`, `۳`, `३`, `๓`, `３`): their value, so numbering in
 * Bengali, Arabic-Indic, Persian, Devanagari, Thai or full-width digits counts as numbering.
 * Unicode lays each script's digits out as ten consecutive code points from zero.
 */

// Zero of each decimal digit block seen in documents (Unicode `Nd`), ASCII first.
const ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50,
  0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10
]

/** The value of one decimal digit of any listed script, else -1. */
export function digitValue(ch: string): number {
  const c = ch.charCodeAt(0)
  for (const zero of ZEROS) if (c >= zero && c <= zero + 9) return c - zero
  return -1
}

/** The value of a run of decimal digits (`12`, `১২`, `١٢`), or NaN if one is not a digit. */
export function digitsValue(digits: string): number {
  let n = 0
  for (const ch of digits) {
    const d = digitValue(ch)
    if (d < 0) return NaN
    n = n * 10 + d
  }
  return digits === '' ? NaN : n
}
