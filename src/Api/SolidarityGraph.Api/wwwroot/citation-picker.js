// Citation picker: selecting text in the archived document fills the quote and its character span.
// The document is one text node, so a selection's offsets within it are offsets in the archived text.
(function () {
    "use strict";
    var text = document.getElementById("cite-text");
    var quote = document.getElementById("cite-quote");
    var start = document.getElementById("cite-start");
    var end = document.getElementById("cite-end");
    if (!text || !quote || !start || !end) {
        return;
    }

    // Offset of (node, offset) counted in characters from the start of the document element.
    function offsetOf(node, offset) {
        var range = document.createRange();
        range.selectNodeContents(text);
        range.setEnd(node, offset);
        return range.toString().length;
    }

    function pick() {
        var selection = window.getSelection();
        if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
            return;
        }

        var range = selection.getRangeAt(0);
        if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) {
            return;
        }

        var from = offsetOf(range.startContainer, range.startOffset);
        var to = offsetOf(range.endContainer, range.endOffset);
        var picked = text.textContent.slice(from, to);
        var trimmedStart = picked.length - picked.replace(/^\s+/, "").length;
        picked = picked.trim();
        if (picked.length === 0) {
            return;
        }

        quote.value = picked;
        start.value = String(from + trimmedStart);
        end.value = String(from + trimmedStart + picked.length);
        // A selected quote replaces any sentence chosen from the search results.
        document.querySelectorAll("input[name='Input.Sentence']").forEach(function (r) { r.checked = false; });
    }

    text.addEventListener("mouseup", pick);
    text.addEventListener("keyup", pick);
    // Typing a quote by hand drops the span of an earlier selection.
    quote.addEventListener("input", function () { start.value = ""; end.value = ""; });
})();
