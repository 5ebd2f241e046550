import { say, type Language, type Word } from './words';

/** The page's one element matching `selector` (the screens' markup has each). */
export const $ = <T extends HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;

/** Writes every `data-word` element in `language`. */
export function translatePage(language: Language): void {
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  for (const element of document.querySelectorAll<HTMLElement>('[data-word]')) element.textContent = say(element.dataset.word as Word, language);
}

/** Fills a `<dl>` with key and value pairs, each value findable by its `data-key`. */
export function showFacts(list: HTMLElement, facts: readonly (readonly [string, unknown])[]): void {
  list.replaceChildren(
    ...facts.flatMap(([key, value]) => {
      const term = document.createElement('dt');
      const detail = document.createElement('dd');
      term.textContent = key;
      detail.textContent = String(value);
      detail.dataset.key = key;
      return [term, detail];
    }),
  );
}
