// Sample articles are bundled as text modules (see [[rules]] in wrangler.toml).
declare module '*.txt' {
  const text: string;
  export default text;
}
