/** Every character the cut web fonts hold (app/fonts/characters.mjs). */
export const CHARACTERS: string;
