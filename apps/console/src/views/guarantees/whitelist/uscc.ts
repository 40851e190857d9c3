/** 18 characters of the USCC alphabet (the check digit is the service's to verify). */
export function isValidUsccFormat(text: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(text);
}
