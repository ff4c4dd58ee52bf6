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

    window.glossReader = { scrollFraction: scrollFraction };

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
        bridge.pageReady();
    });
})();
