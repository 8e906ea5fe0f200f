// A small Markdown subset: headings, paragraphs, lists, emphasis, code.
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function inline(text) {
  return escape(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/\*([^*]+)\*/g, "<em>$1</em>");
}

export function toHtml(markdown) {
  const out = [];
  let list = null;
  let paragraph = [];
  const flush = () => {
    if (paragraph.length) out.push(`<p>${inline(paragraph.join(" "))}</p>`);
    paragraph = [];
    if (list) out.push(`<ul>\n${list.join("\n")}\n</ul>`);
    list = null;
  };
  for (const line of markdown.split("\n")) {
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      flush();
      out.push(`<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`);
    } else if (line.startsWith("- ")) {
      if (paragraph.length) flush();
      (list ??= []).push(`<li>${inline(line.slice(2))}</li>`);
    } else if (line.trim() === "") {
      flush();
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return out.join("\n");
}

export function title(markdown) {
  const match = /^# (.*)$/m.exec(markdown);
  return match ? match[1] : "Untitled";
}
