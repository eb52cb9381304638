/**
 * A list of items drawn with antd's Listy (antd 6.6 deprecates List). Listy renders <div>s,
 * so this keeps what List's <ul>/<li> told screen readers: the wrapper is a list (named by
 * `label` when given) and each item a list item; Listy's own <div>s between them have no
 * role, which ARIA 1.2 allows.
 */
import { Listy } from 'antd';
import type { CSSProperties, Key, ReactNode } from 'react';

export function ItemList<T>({
  items,
  itemKey,
  renderItem,
  label,
  itemStyle,
  style,
}: {
  items: T[];
  itemKey: (item: T) => Key;
  renderItem: (item: T, index: number) => ReactNode;
  label?: string;
  /** Each item's box (Listy's padding and split line are kept unless changed here). */
  itemStyle?: CSSProperties;
  style?: CSSProperties;
}) {
  return (
    <div role="list" aria-label={label} style={style}>
      <Listy<T>
        items={items}
        rowKey={itemKey}
        styles={{ item: itemStyle }}
        itemRender={(item, index) => <div role="listitem">{renderItem(item, index)}</div>}
      />
    </div>
  );
}
