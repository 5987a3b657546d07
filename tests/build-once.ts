import { execFileSync } from 'node:child_process';

/** Build once before the tests (`npm run build`: compile src/ to dist/, derive the name lexicon), so the CLI tests run the current code. */
export default function setup(): void {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}
