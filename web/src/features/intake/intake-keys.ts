/**
 * The intake form's keyboard: Ctrl+Enter (⌘+Enter) logs the complaint from any field;
 * a plain Enter never does (a half-taken complaint must not be sent by a stray key), and
 * nothing happens while an input method (pinyin, kana…) is composing: then Enter picks
 * the candidate. Chrome marks that Enter with `isComposing`; Safari ends the composition
 * first and sends keyCode 229.
 */
import type { KeyboardEvent } from 'react';

export function isComposing(event: KeyboardEvent<HTMLElement>): boolean {
  return event.nativeEvent.isComposing || event.nativeEvent.keyCode === 229;
}

export function intakeKeyDown(event: KeyboardEvent<HTMLElement>, submit: () => void): void {
  if (event.key !== 'Enter') return;
  const oneLine = event.target instanceof HTMLInputElement;
  if (isComposing(event)) {
    // The input method takes this Enter; keep the browser from submitting the form.
    if (oneLine) event.preventDefault();
    return;
  }
  if (event.ctrlKey || event.metaKey) {
    event.preventDefault();
    submit();
    return;
  }
  if (oneLine) event.preventDefault();
}
