"use client";
// The search box. Without JavaScript it is a plain GET form; with it, it becomes a WAI-ARIA 1.2 combobox that suggests
// pages (and sections) as you type, usable with the keyboard only and announced to screen readers.
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import type { Locale } from "@/lib/i18n/locales";

interface Suggestion {
  url: string;
  title: string;
  section: string | null;
}

const MIN_CHARS = 2;
const noSubscription = () => () => {};
const MAX_SUGGESTIONS = 6;

export function SearchCombobox({ locale, id, defaultValue }: { locale: Locale; id: string; defaultValue?: string }) {
  const t = useTranslations("search");
  const listId = useId();
  // False while server-rendering and hydrating, true once JavaScript runs: only then is it a combobox.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [query, setQuery] = useState(defaultValue ?? "");
  // Suggestions follow typing only: on the results page the box holds the query, and a list opened on load would cover
  // the results.
  const [typed, setTyped] = useState(false);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");
  const requestRef = useRef<AbortController | null>(null);

  const q = query.trim();
  const tooShort = q.length < MIN_CHARS;

  useEffect(() => {
    if (!enhanced || tooShort || !typed) return;
    const timer = window.setTimeout(async () => {
      requestRef.current?.abort();
      const controller = new AbortController();
      requestRef.current = controller;
      try {
        const response = await fetch(`/api/search?${new URLSearchParams({ q, locale })}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { hits: Suggestion[] };
        const hits = body.hits.slice(0, MAX_SUGGESTIONS);
        setSuggestions(hits);
        setActive(-1);
        setOpen(true);
        setAnnouncement(t("announce", { count: hits.length }));
      } catch {
        // The form still submits to the server-rendered search page.
        if (!controller.signal.aborted) setOpen(false);
      }
    }, 200);
    return () => window.clearTimeout(timer);
  }, [q, tooShort, typed, locale, enhanced, t]);

  const optionId = (index: number) => `${listId}-option-${index}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && suggestions.length) {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (current + 1) % suggestions.length);
    } else if (event.key === "ArrowUp" && suggestions.length) {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (current <= 0 ? suggestions.length - 1 : current - 1));
    } else if (event.key === "Enter" && open && active >= 0 && suggestions[active]) {
      event.preventDefault();
      window.location.assign(suggestions[active].url);
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else setQuery("");
    }
  }

  const expanded = enhanced && open && !tooShort && suggestions.length > 0;
  return (
    <div className="relative">
      <input
        id={id}
        name="q"
        type="search"
        value={query}
        onChange={(event) => {
          setTyped(true);
          setQuery(event.target.value);
        }}
        onKeyDown={enhanced ? onKeyDown : undefined}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        maxLength={200}
        placeholder={t("placeholder")}
        autoComplete="off"
        className="w-56 rounded border-2 border-muted bg-white px-3 py-2 text-ink sm:w-72"
        {...(enhanced
          ? {
              role: "combobox",
              "aria-autocomplete": "list" as const,
              "aria-expanded": expanded,
              "aria-controls": listId,
              "aria-activedescendant": expanded && active >= 0 ? optionId(active) : undefined,
            }
          : {})}
      />
      {enhanced ? (
        <ul
          id={listId}
          role="listbox"
          aria-label={t("suggestions")}
          hidden={!expanded}
          className="absolute inset-x-0 top-full z-40 mt-1 max-h-96 w-[min(28rem,90vw)] overflow-auto rounded border border-line bg-white shadow-lg"
        >
          {suggestions.map((suggestion, index) => (
            <li
              key={suggestion.url}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                window.location.assign(suggestion.url);
              }}
              className={`cursor-pointer px-3 py-2 ${index === active ? "bg-brand text-white" : "text-ink"}`}
            >
              <span className="block font-semibold">{suggestion.title}</span>
              {suggestion.section ? <span className="block text-step--1">{suggestion.section}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
