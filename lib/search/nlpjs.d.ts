// nlp.js ships no type declarations: only the stemmers are used here.
declare module "@nlpjs/lang-en-min" {
  export class StemmerEn {
    stemWord(word: string): string;
  }
}
declare module "@nlpjs/lang-fr" {
  export class StemmerFr {
    stemWord(word: string): string;
  }
}
declare module "@nlpjs/lang-es" {
  export class StemmerEs {
    stemWord(word: string): string;
  }
}
declare module "@nlpjs/lang-pt" {
  export class StemmerPt {
    stemWord(word: string): string;
  }
}
declare module "@nlpjs/lang-ar" {
  export class StemmerAr {
    stemWord(word: string): string;
  }
}
declare module "@nlpjs/lang-uk" {
  export class StemmerUk {
    stemWord(word: string): string;
  }
}
