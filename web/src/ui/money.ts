/** Amounts in the reader's language: "¥899.00" in both, "899.00 US$" where the language says so. */
export function formatMoney(amount: number, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
    }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}
