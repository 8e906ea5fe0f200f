// A static site: Markdown pages and a template to HTML, with an index page.
//   autorun --list        the tasks
//   autorun build         build dist/
import { task, glob } from "autorun";
import { readFile, writeFile, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { toHtml, title } from "./lib/markdown.js";

task("clean", "Remove dist/", () => rm("dist", { recursive: true, force: true }));

task("pages", { desc: "Render every content/*.md page", deps: ["clean"] }, async () => {
  const template = await readFile("templates/page.html", "utf8");
  const files = await glob("content/*.md");
  await mkdir("dist", { recursive: true });
  await Promise.all(
    files.map(async (file) => {
      const markdown = await readFile(file, "utf8");
      const html = template.replace("{{title}}", title(markdown)).replace("{{content}}", toHtml(markdown));
      const out = path.join("dist", `${path.basename(file, ".md")}.html`);
      await writeFile(out, html);
    }),
  );
  console.log(`rendered ${files.length} pages`);
});

task("contents", { desc: "Write dist/contents.html, a page linking every page", deps: ["pages"] }, async () => {
  const template = await readFile("templates/page.html", "utf8");
  const pages = await glob("*.html", { cwd: "dist" });
  const links = await Promise.all(
    pages.map(async (page) => {
      const html = await readFile(path.join("dist", page), "utf8");
      return `<li><a href="${page}">${/<title>(.*)<\/title>/.exec(html)[1]}</a></li>`;
    }),
  );
  const list = `<h1>Contents</h1>\n<ul>\n${links.join("\n")}\n</ul>`;
  await writeFile("dist/contents.html", template.replace("{{title}}", "Contents").replace("{{content}}", list));
  console.log(`indexed ${links.length} pages`);
});

task("build", { desc: "Build the whole site", deps: ["pages", "contents"] });

export default "build";
