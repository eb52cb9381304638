/**
 * A small antd Card that is also a named region: screen readers can jump to "Deadlines"
 * or "Remedies" by name, and tests find a card by its visible title.
 */
import { Card, type CardProps } from 'antd';
import { useId, type ReactNode } from 'react';

interface SectionCardProps extends Omit<CardProps, 'title' | 'size'> {
  title: ReactNode;
}

export function SectionCard({ title, children, ...rest }: SectionCardProps) {
  const id = useId();
  return (
    <Card {...rest} size="small" role="region" aria-labelledby={id} title={<span id={id}>{title}</span>}>
      {children}
    </Card>
  );
}
