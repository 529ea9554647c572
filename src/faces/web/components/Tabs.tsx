/** Tabs (WAI-ARIA tabs pattern): arrow keys move between tabs, the panel follows the selection. */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  label: string;
  tabs: readonly { key: string; title: ReactNode }[];
  selected: string;
  onSelect: (key: string) => void;
  children: ReactNode;
}

export function Tabs({ label, tabs, selected, onSelect, children }: Props) {
  const id = useId();
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target =
      event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : step ? (index + step + tabs.length) % tabs.length : -1;
    const tab = tabs[target];
    if (target < 0 || !tab) return;
    event.preventDefault();
    onSelect(tab.key);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[target]?.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} ref={list} className="tablist">
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={`${id}-tab-${index}`}
            aria-selected={tab.key === selected}
            aria-controls={`${id}-panel`}
            tabIndex={tab.key === selected ? 0 : -1}
            onClick={() => onSelect(tab.key)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.title}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${Math.max(
          0,
          tabs.findIndex((t) => t.key === selected),
        )}`}
        tabIndex={0}
        className="tabpanel"
      >
        {children}
      </div>
    </div>
  );
}
