/**
 * The problems of a refused form that no field took: one line as the title, several as a
 * list under `summary` ("Please fix the problems below"). Nothing when there are none.
 */
import { Alert } from 'antd';
import type { CSSProperties } from 'react';

export function ProblemsAlert({
  problems,
  summary,
  style,
}: {
  problems: readonly string[];
  summary: string;
  style?: CSSProperties;
}) {
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={style}
      title={problems.length === 1 ? problems[0] : summary}
      description={
        problems.length > 1 ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
