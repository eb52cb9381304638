/**
 * A search box for Chinese and English: it waits for a pause in typing before it
 * searches, and ignores keystrokes that belong to an input method (IME) composing
 * characters, so choosing 快递 from a pinyin candidate list does not search for "kuaidi".
 */
import { Input } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

interface SearchInputProps {
  value: string;
  onSearch: (value: string) => void;
  label: string;
  placeholder?: string;
  debounceMs?: number;
}

export function SearchInput({ value, onSearch, label, placeholder, debounceMs = 300 }: SearchInputProps) {
  const [draft, setDraft] = useState(value);
  const composing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const committed = useRef(value);

  // Follow the value from outside (back button, "clear filters").
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setDraft(value);
    }
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (next: string) => {
    clearTimeout(timer.current);
    const trimmed = next.trim();
    if (trimmed === committed.current) return;
    committed.current = trimmed;
    onSearch(trimmed);
  };
  const schedule = (next: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(next), debounceMs);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // keyCode 229: Safari and older Chrome report IME keystrokes this way.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Enter') commit(draft);
    if (event.key === 'Escape' && draft) {
      setDraft('');
      commit('');
    }
  };

  return (
    <Input
      type="search"
      role="searchbox"
      aria-label={label}
      placeholder={placeholder}
      value={draft}
      allowClear
      onChange={(event) => {
        setDraft(event.target.value);
        if (!composing.current) schedule(event.target.value);
      }}
      onCompositionStart={() => {
        composing.current = true;
        clearTimeout(timer.current);
      }}
      onCompositionEnd={(event) => {
        composing.current = false;
        schedule(event.currentTarget.value);
      }}
      onKeyDown={onKeyDown}
    />
  );
}
