// Custom Elements Manifest for <article-quiz>: `npm run manifest` writes custom-elements.json from the
// element's JSDoc (@fires, @csspart, @cssprop) and its typed properties.
export default {
  globs: ['widget/index.ts', 'widget/article-quiz.ts', 'widget/events/*.ts'],
  // CEM_OUTDIR lets the drift test write a fresh copy elsewhere.
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  // package.json names the manifest once, by hand; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    {
      name: 'article-quiz-events',
      // Events are declared once, by name, with @fires; drop the nameless duplicates inferred from dispatchEvent().
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
            if (declaration.members) declaration.members = declaration.members.filter((member) => member.privacy !== 'private');
          }
        }
      },
    },
  ],
};
