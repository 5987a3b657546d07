// Setup file run before each test file: the temporary folders it makes are removed once it has run.
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.js';

afterAll(removeTempDirs);
