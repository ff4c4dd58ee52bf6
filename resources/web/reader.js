// Gloss's own script in the reader. It runs in an isolated world (the article cannot see it or
// the bridge) and does only page work: applying reading settings, replacing images the reader
// did not load with a placeholder, keeping links out of new windows, restoring the scroll
// position. Values arrive as QWebChannel arguments, never as code.
//
// With page JavaScript off, Chromium runs this script and the channel's callbacks but no
// timers and no event listeners, so the view asks (glossReader.scrollFraction()) instead of
// being told.
(function () {
    "use strict";
    var root = document.documentElement;

    function applySettings(settings) {
        root.setAttribute("data-theme", settings.theme);
        root.setAttribute("data-typeface", settings.typeface);
        root.style.setProperty("--gloss-font-size", settings.fontSize + "px");
        root.style.setProperty("--gloss-width", settings.lineWidth + "em");
    }

    function isRemote(url) {
        return /^https?:/i.test(url);
    }

    function placeholderFor(img) {
        var host = "";
        try {
            host = new URL(img.getAttribute("src"), document.baseURI).host;
        } catch (e) {
            host = "";
        }
        var alt = img.getAttribute("alt") || img.getAttribute("title") || "";
        var box = document.createElement("span");
        box.className = "gloss-blocked-image";
        box.textContent = "\u25A7 " + (alt ? alt + " \u2014 " : "") + (host || "remote image");
        box.title = img.getAttribute("src") || "";
        return box;
    }

    function replaceBlockedImages() {
        var images = Array.prototype.slice.call(document.querySelectorAll("img"));
        images.forEach(function (img) {
            if (isRemote(img.getAttribute("src") || "") || (img.getAttribute("srcset") || "").match(/https?:/i))
                img.replaceWith(placeholderFor(img));
        });
    }

    function keepLinksInPlace() {
        Array.prototype.forEach.call(document.querySelectorAll("a[target], area[target], form[target]"), function (a) {
            a.removeAttribute("target");
        });
    }

    function scrollFraction() {
        var range = root.scrollHeight - window.innerHeight;
        return range > 0 ? window.scrollY / range : 0;
    }

    function scrollToFraction(fraction) {
        if (fraction > 0)
            window.scrollTo(0, Math.round(fraction * (root.scrollHeight - window.innerHeight)));
    }

    // --- The article's text, as app/article/htmltext.cpp extracts it -------------------------
    // Same skipped elements, the same blocks ending lines, white space collapsed outside <pre>,
    // so offsets usually carry over one to one (the C++ side re-anchors when they do not).
    var SKIPPED = { SCRIPT: 1, STYLE: 1, TEMPLATE: 1, HEAD: 1, TITLE: 1, IFRAME: 1, FRAMESET: 1, OBJECT: 1, SVG: 1, MATH: 1 };
    var BLOCKS = {
        ADDRESS: 1, ARTICLE: 1, ASIDE: 1, BLOCKQUOTE: 1, BODY: 1, CAPTION: 1, DD: 1, DETAILS: 1, DIV: 1,
        DL: 1, DT: 1, FIELDSET: 1, FIGCAPTION: 1, FIGURE: 1, FOOTER: 1, FORM: 1, H1: 1, H2: 1, H3: 1,
        H4: 1, H5: 1, H6: 1, HEADER: 1, HR: 1, LI: 1, MAIN: 1, NAV: 1, OL: 1, P: 1, PRE: 1, SECTION: 1,
        SUMMARY: 1, TABLE: 1, TBODY: 1, THEAD: 1, TFOOT: 1, TR: 1, UL: 1, HTML: 1
    };
    var PREFORMATTED = { PRE: 1, TEXTAREA: 1, LISTING: 1, PLAINTEXT: 1 };

    function articleElement() {
        return document.querySelector(".gloss-article");
    }

    // Returns { text, nodes, offsets }: for each character of text, the text node and offset it
    // stands for (a line break stands for the character after it).
    function buildText() {
        var out = [], nodes = [], offsets = [];
        var pendingSpace = false, pendingBreak = false, atLineStart = true;
        var spaceNode = null, spaceOffset = 0;
        function push(c, node, offset) { out.push(c); nodes.push(node); offsets.push(offset); }
        function flush(node, offset) {
            if (pendingBreak) {
                if (!atLineStart)
                    push("\n", node, offset);
                atLineStart = true;
            } else if (pendingSpace && !atLineStart) {
                push(" ", spaceNode, spaceOffset);
            }
            pendingBreak = pendingSpace = false;
            atLineStart = false;
        }
        function lineBreak() { if (out.length) pendingBreak = true; }
        function cell() { if (out.length && !atLineStart) pendingSpace = true; }
        function text(node, pre) {
            var data = node.data;
            for (var i = 0; i < data.length; ++i) {
                var c = data[i];
                if (!pre && (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f")) {
                    if (out.length) {
                        if (!pendingSpace) { spaceNode = node; spaceOffset = i; }
                        pendingSpace = true;
                    }
                    continue;
                }
                flush(node, i);
                push(c === "\r" ? "\n" : c, node, i);
                if (pre && c === "\n")
                    atLineStart = true;
            }
        }
        function walk(element, pre) {
            for (var child = element.firstChild; child; child = child.nextSibling) {
                if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) {
                    text(child, pre);
                } else if (child.nodeType === Node.ELEMENT_NODE) {
                    var tag = child.tagName.toUpperCase();
                    if (SKIPPED[tag] || child.classList.contains("gloss-blocked-image"))
                        continue;
                    if (tag === "BR" || BLOCKS[tag])
                        lineBreak();
                    else if (tag === "TD" || tag === "TH")
                        cell();
                    walk(child, pre || !!PREFORMATTED[tag]);
                    if (BLOCKS[tag])
                        lineBreak();
                }
            }
        }
        var article = articleElement();
        if (article)
            walk(article, false);
        return { text: out.join(""), nodes: nodes, offsets: offsets };
    }

    // The index of the first character whose boundary point `test` accepts (they come in
    // document order, so a binary search will do).
    function firstIndex(map, test) {
        var low = 0, high = map.nodes.length;
        while (low < high) {
            var mid = (low + high) >> 1;
            if (test(mid)) high = mid; else low = mid + 1;
        }
        return low;
    }

    function selection() {
        var sel = window.getSelection();
        if (!sel || sel.rangeCount === 0 || sel.isCollapsed)
            return null;
        var range = sel.getRangeAt(0);
        var map = buildText();
        var start = firstIndex(map, function (i) { return range.comparePoint(map.nodes[i], map.offsets[i]) >= 0; });
        var end = firstIndex(map, function (i) { return range.comparePoint(map.nodes[i], map.offsets[i] + 1) > 0; });
        // A line break or space at either edge is not part of what was meant.
        while (start < end && /\s/.test(map.text[start])) ++start;
        while (end > start && /\s/.test(map.text[end - 1])) --end;
        return end > start ? { start: start, end: end, text: map.text.substring(start, end) } : null;
    }

    function clearMarks() {
        var article = articleElement();
        if (!article)
            return;
        Array.prototype.forEach.call(article.querySelectorAll("mark.gloss-hl, mark.gloss-search"), function (mark) {
            var parent = mark.parentNode;
            while (mark.firstChild)
                parent.insertBefore(mark.firstChild, mark);
            parent.removeChild(mark);
        });
        article.normalize();
    }

    // Paints highlights given as [{ id, start, end, color }] in text offsets: every text node
    // is cut at each highlight's edges, and each piece inside a highlight is wrapped in a <mark>
    // (overlapping highlights nest). Search matches come as { search: true, start, end }.
    var onPainted = function () {};

    function paint(highlights) {
        paintNow(highlights);
        onPainted(document.querySelectorAll("mark.gloss-hl").length);
    }

    function paintNow(highlights) {
        clearMarks();
        window.getSelection().removeAllRanges();
        var map = buildText();
        var n = map.nodes.length;
        var cuts = new Map();
        function cutAt(node, offset) {
            if (!cuts.has(node)) cuts.set(node, []);
            cuts.get(node).push(offset);
        }
        highlights.forEach(function (h) {
            if (h.start < 0 || h.end > n || h.start >= h.end) return;
            cutAt(map.nodes[h.start], map.offsets[h.start]);
            cutAt(map.nodes[h.end - 1], map.offsets[h.end - 1] + 1);
        });
        cuts.forEach(function (offsets, node) {
            offsets.sort(function (a, b) { return b - a; }).forEach(function (offset) {
                if (offset > 0 && offset < node.data.length)
                    node.splitText(offset);
            });
        });
        map = buildText();
        highlights.forEach(function (h) {
            if (h.start < 0 || h.end > n || h.start >= h.end) return;
            var seen = new Set();
            for (var i = h.start; i < h.end; ++i) {
                var node = map.nodes[i];
                if (seen.has(node) || /^\s$/.test(map.text[i]) && node.data.trim() === "") continue;
                seen.add(node);
                var mark = document.createElement("mark");
                if (h.search) {
                    mark.className = "gloss-search";
                } else {
                    mark.className = "gloss-hl gloss-hl-" + h.color;
                    mark.setAttribute("data-gloss-id", String(h.id));
                }
                node.parentNode.insertBefore(mark, node);
                mark.appendChild(node);
            }
        });
    }

    function highlightAt(x, y) {
        var element = document.elementFromPoint(x, y);
        var mark = element && element.closest ? element.closest("mark.gloss-hl") : null;
        return mark ? Number(mark.getAttribute("data-gloss-id")) : 0;
    }

    function reveal(id) {
        var mark = document.querySelector('mark.gloss-hl[data-gloss-id="' + Number(id) + '"]');
        if (!mark)
            return;
        mark.scrollIntoView({ block: "center" });
        Array.prototype.forEach.call(document.querySelectorAll('mark.gloss-hl[data-gloss-id="' + Number(id) + '"]'),
                                     function (m) { m.classList.add("gloss-hl-flash"); });
    }

    function revealSearch() {
        var mark = document.querySelector("mark.gloss-search");
        if (mark)
            mark.scrollIntoView({ block: "center" });
    }

    // --- Code blocks, coloured by Debian's highlight.js ---------------------------------------
    // The view runs highlight.js in this world only when the page has code (it is 850 KB), then
    // highlightCode(). Only text nodes are replaced, by spans that hold exactly the same
    // characters (checked before each swap), so the page's text and every offset into it, and
    // with them highlights and search marks, stay as they were.
    var CODE_BLOCKS = "pre > code, figure.highlight";
    // A block that names no language is guessed only when short, and only among the languages
    // the posts use most: each candidate is compiled anew on every page, and eleven of them cost
    // 30 ms a page at the median (four: 12 ms; bench_codehighlight). Past the budget, code stays
    // plain.
    var GUESSED = ["bash", "cpp", "java", "python"];
    var GUESS_MAX = 1000, BLOCK_MAX = 50000, BUDGET_MS = 100;

    function codeBlockCount() {
        var article = articleElement();
        return article ? article.querySelectorAll(CODE_BLOCKS).length : 0;
    }

    function languageOf(element) {
        var classes = element && element.classList ? element.classList : [];
        for (var i = 0; i < classes.length; ++i) {
            var m = /^(?:lang|language)-(.+)$/.exec(classes[i]);
            if (m)
                return m[1].toLowerCase();
        }
        return "";
    }

    function onlyText(element) {
        for (var child = element.firstChild; child; child = child.nextSibling) {
            if (child.nodeType !== Node.TEXT_NODE)
                return false;
        }
        return true;
    }

    // Puts highlight.js's spans in place of element's text; null when it left it alone.
    function colour(element, language, continuation) {
        var text = element.textContent;
        var result;
        if (language) {
            result = hljs.highlight(language, text, true, continuation || undefined);
        } else {
            result = hljs.highlightAuto(text, GUESSED);
            if (!result.language || result.relevance < 5)
                return null; // a guess this weak is more often prose or output than code
        }
        var template = document.createElement("template"); // inert: nothing in it loads or runs
        template.innerHTML = result.value;
        if (template.content.textContent !== text)
            return null;
        while (element.firstChild)
            element.removeChild(element.firstChild);
        element.appendChild(template.content);
        return result;
    }

    // Hexo's <figure class="highlight x">: a table of line numbers and code, one
    // <span class="line"> per line. Lines Hexo coloured itself keep Hexo's spans.
    function highlightFigure(figure) {
        var language = "";
        figure.classList.forEach(function (c) { if (c !== "highlight") language = c.toLowerCase(); });
        var pre = figure.querySelector("td.code pre") || figure.querySelector("pre");
        if (!pre || !language || !hljs.getLanguage(language))
            return 0;
        pre.classList.add("hljs", "language-" + language);
        if (pre.querySelector("span:not(.line)"))
            return 1;
        var lines = pre.querySelectorAll("span.line");
        var top = null;
        Array.prototype.forEach.call(lines.length ? lines : [pre], function (line) {
            var result = onlyText(line) ? colour(line, language, top) : null;
            top = result ? result.top : null;
        });
        return 1;
    }

    // Returns { blocks, ms }: how many blocks were coloured, and how long it took. Blocks past
    // the time budget, or too long, stay plain: the page is never held up for long.
    function highlightCode() {
        var article = articleElement();
        var start = performance.now(), done = 0;
        if (!article || typeof hljs === "undefined")
            return { blocks: 0, ms: 0 };
        Array.prototype.forEach.call(article.querySelectorAll(CODE_BLOCKS), function (block) {
            if (performance.now() - start > BUDGET_MS)
                return;
            if (block.tagName === "FIGURE") {
                done += highlightFigure(block);
                return;
            }
            if (block.closest("figure.highlight") || block.classList.contains("hljs"))
                return;
            var language = languageOf(block) || languageOf(block.parentNode);
            if (language && !hljs.getLanguage(language))
                return; // mermaid, git, ...: not a language highlight.js knows
            var text = block.textContent;
            if (!onlyText(block) || text.length > (language ? BLOCK_MAX : GUESS_MAX))
                return;
            var result = colour(block, language, null);
            if (!result)
                return;
            block.classList.add("hljs");
            if (!language)
                block.classList.add("language-" + result.language);
            ++done;
        });
        return { blocks: done, ms: performance.now() - start };
    }

    // --- The outline: the article's h1-h4 -----------------------------------------------------
    function headingElements() {
        var article = articleElement();
        if (!article)
            return [];
        return Array.prototype.filter.call(article.querySelectorAll("h1, h2, h3, h4"), function (h) {
            return h.textContent.trim() !== "";
        });
    }

    function headings() {
        return headingElements().map(function (h) {
            return { level: Number(h.tagName.substring(1)), text: h.textContent.replace(/\s+/g, " ").trim() };
        });
    }

    // A heading counts as reached once its top is within a few pixels of the view's top.
    var REACHED = 8;

    function currentHeading() {
        var current = -1;
        headingElements().forEach(function (h, i) {
            if (h.getBoundingClientRect().top <= REACHED)
                current = i;
        });
        return current;
    }

    function scrollToHeading(index) {
        var h = headingElements()[index];
        if (h)
            h.scrollIntoView({ block: "start" });
    }

    // delta > 0: the first heading below the view's top; delta < 0: the last one above it.
    function stepHeading(delta) {
        var list = headingElements(), target = -1;
        list.forEach(function (h, i) {
            var top = h.getBoundingClientRect().top;
            if (delta > 0 && target < 0 && top > REACHED)
                target = i;
            if (delta < 0 && top < -REACHED)
                target = i;
        });
        if (delta < 0 && target < 0 && list.length)
            window.scrollTo(0, 0);
        else
            scrollToHeading(target);
    }

    window.glossReader = {
        scrollFraction: scrollFraction,
        text: function () { return buildText().text; },
        // What the view needs once the article is ready: its text and its outline.
        article: function () { return { text: buildText().text, headings: headings() }; },
        highlightCode: highlightCode,
        currentHeading: currentHeading,
        selection: selection,
        marks: function () {
            return Array.prototype.map.call(document.querySelectorAll("mark.gloss-hl"), function (m) {
                return { id: Number(m.getAttribute("data-gloss-id")), text: m.textContent, color: m.className };
            });
        },
        searchMarks: function () {
            return Array.prototype.map.call(document.querySelectorAll("mark.gloss-search"),
                                            function (m) { return m.textContent; });
        }
    };

    new QWebChannel(qt.webChannelTransport, function (channel) {
        var bridge = channel.objects.bridge;
        applySettings(bridge.settings);
        bridge.settingsChanged.connect(applySettings);
        if (!bridge.settings.remoteImages)
            replaceBlockedImages();
        keepLinksInPlace();

        // Once now, and again when the view says the page has its final height.
        scrollToFraction(bridge.initialPosition);
        bridge.scrollRequested.connect(scrollToFraction);
        onPainted = function (marks) { bridge.highlightsPainted(marks); };
        bridge.paintRequested.connect(paint);
        bridge.hitTestRequested.connect(function (x, y) { bridge.hitTestAnswered(highlightAt(x, y)); });
        bridge.revealRequested.connect(reveal);
        bridge.searchRevealRequested.connect(revealSearch);
        bridge.headingRequested.connect(scrollToHeading);
        bridge.headingStepRequested.connect(stepHeading);
        bridge.pageReady(codeBlockCount());
    });
})();
