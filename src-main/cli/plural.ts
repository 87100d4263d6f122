/** "1 document", "2 documents": a count and its noun for the CLI's English messages. */
export const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`
