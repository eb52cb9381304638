/**
 * The demo staff: one login per role, with readable passwords the server prints at start
 * so anyone trying Closeloop can sign in as each role. Demo data only: never create
 * these accounts on a real deployment.
 */
import type { Role } from '../domain/vocabulary.js';

export interface DemoLogin {
  /** A stable key the seeding uses to pick people (owners, approvers, note authors). */
  key: DemoUserKey;
  email: string;
  password: string;
  name: string;
  role: Role;
}

export type DemoUserKey =
  'admin' | 'supervisor' | 'qualityManager' | 'agentChen' | 'agentWang' | 'agentCarter' | 'handler';

export const demoUsers: readonly DemoLogin[] = Object.freeze([
  {
    key: 'admin',
    email: 'admin@demo.closeloop.dev',
    password: 'demo-admin-2026',
    name: '系统管理员 Admin',
    role: 'admin',
  },
  {
    key: 'supervisor',
    email: 'supervisor@demo.closeloop.dev',
    password: 'demo-supervisor-2026',
    name: '刘芳 Liu Fang',
    role: 'supervisor',
  },
  {
    key: 'qualityManager',
    email: 'quality@demo.closeloop.dev',
    password: 'demo-quality-2026',
    name: '赵敏 Zhao Min',
    role: 'quality_manager',
  },
  {
    key: 'agentChen',
    email: 'chen.jing@demo.closeloop.dev',
    password: 'demo-agent-chen-2026',
    name: '陈静',
    role: 'agent',
  },
  {
    key: 'agentWang',
    email: 'wang.lei@demo.closeloop.dev',
    password: 'demo-agent-wang-2026',
    name: '王磊',
    role: 'agent',
  },
  {
    key: 'agentCarter',
    email: 'emily.carter@demo.closeloop.dev',
    password: 'demo-agent-emily-2026',
    name: 'Emily Carter',
    role: 'agent',
  },
  {
    key: 'handler',
    email: 'handler@demo.closeloop.dev',
    password: 'demo-handler-2026',
    name: '孙浩 Sun Hao',
    role: 'handler',
  },
]);
