// Small progressive enhancements; every page works without them. No inline script (see the CSP).
(function () {
    "use strict";

    // Live countdown: <span data-deadline="ISO UTC">server text</span>
    function describe(ms) {
        if (ms <= 0) { return "the deadline has passed"; }
        var minutes = Math.floor(ms / 60000);
        if (minutes < 1) { return "less than a minute left"; }
        var days = Math.floor(minutes / 1440), hours = Math.floor((minutes % 1440) / 60), mins = minutes % 60;
        var parts = [];
        if (days > 0) { parts.push(days + (days === 1 ? " day" : " days")); }
        if (hours > 0) { parts.push(hours + (hours === 1 ? " hour" : " hours")); }
        if (days === 0 && mins > 0) { parts.push(mins + (mins === 1 ? " minute" : " minutes")); }
        return parts.join(", ") + " left";
    }
    function tick() {
        document.querySelectorAll("[data-deadline]").forEach(function (el) {
            el.textContent = describe(new Date(el.getAttribute("data-deadline")) - new Date());
        });
    }
    if (document.querySelector("[data-deadline]")) { setInterval(tick, 30000); }

    // Buttons that need a second thought: <button data-confirm="Publish this request?">
    document.addEventListener("submit", function (event) {
        var button = event.submitter;
        var message = (button && button.getAttribute("data-confirm")) || event.target.getAttribute("data-confirm");
        if (message && !window.confirm(message)) { event.preventDefault(); }
    });

    // Warn before leaving a form with unsaved changes: <form data-warn-unsaved>
    document.querySelectorAll("form[data-warn-unsaved]").forEach(function (form) {
        var dirty = false;
        form.addEventListener("input", function () { dirty = true; });
        form.addEventListener("submit", function () { dirty = false; });
        window.addEventListener("beforeunload", function (event) {
            if (dirty) { event.preventDefault(); event.returnValue = ""; }
        });
    });
})();

// Live total of criterion weights on the request-for-action form.
(function () {
    "use strict";
    var total = document.querySelector("[data-weight-total]");
    if (!total) { return; }
    var form = total.closest("form");
    function recount() {
        var sum = 0;
        form.querySelectorAll("input[name$='.Weight']").forEach(function (input) {
            var remove = form.querySelector("input[name='" + input.name.replace(".Weight", ".Remove") + "']");
            if (!(remove && remove.checked)) { sum += parseInt(input.value, 10) || 0; }
        });
        total.textContent = String(sum);
    }
    form.addEventListener("input", recount);
    form.addEventListener("change", recount);
})();

// Live word counts: <textarea data-word-limit="1500"> with its counter in #{id}-count. The server enforces the same limit.
(function () {
    "use strict";
    function count(text) { var words = text.trim().split(/\s+/); return text.trim() === "" ? 0 : words.length; }
    document.querySelectorAll("[data-word-limit]").forEach(function (field) {
        var limit = parseInt(field.getAttribute("data-word-limit"), 10);
        var counter = document.getElementById(field.id + "-count");
        if (!counter) { return; }
        function update() {
            var n = count(field.value);
            counter.textContent = n.toLocaleString("en-US") + " of " + limit.toLocaleString("en-US") + " words" + (n > limit ? ": " + (n - limit).toLocaleString("en-US") + " over the limit" : "");
            counter.classList.toggle("text-danger", n > limit);
        }
        field.addEventListener("input", update);
        update();
    });
})();

// Nothing typed is lost: the text of a form marked data-draft-key is kept in this browser while typing, and
// offered back if the page later shows something else (the session expired, the save failed, the tab closed).
(function () {
    "use strict";
    var form = document.querySelector("form[data-draft-key]");
    if (!form || !window.localStorage) { return; }
    var key = "raaqj-draft:" + form.getAttribute("data-draft-key");
    var fields = function () { return form.querySelectorAll("textarea, input[type=text], input[type=number], input[type=url]"); };
    function snapshot() {
        var values = {};
        fields().forEach(function (f) { if (f.name) { values[f.name] = f.value; } });
        return values;
    }
    function same(a, b) {
        if (a.trim() === b.trim()) { return true; }
        // "120000" typed and "120000.00" shown back are the same amount.
        return a.trim() !== "" && b.trim() !== "" && !isNaN(a) && !isNaN(b) && Number(a) === Number(b);
    }
    function differs(saved) {
        return Array.prototype.some.call(fields(), function (f) { return f.name in saved && !same(saved[f.name], f.value); });
    }
    var stored = null;
    try { stored = JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { stored = null; }
    if (stored && stored.values && differs(stored.values)) {
        var banner = document.createElement("div");
        banner.className = "alert alert-warning d-flex flex-wrap gap-2 align-items-center";
        banner.setAttribute("role", "alert");
        var text = document.createElement("span");
        // In words and in the program's time zone, as every date on the portal.
        var when = new Date(stored.at).toLocaleString("en-US", {
            weekday: "long", year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit",
            timeZone: document.body.getAttribute("data-time-zone") || undefined, timeZoneName: "short"
        });
        text.textContent = "This browser kept text you typed here on " + when + " that was not saved.";
        var restore = document.createElement("button");
        restore.type = "button"; restore.className = "btn btn-sm btn-warning"; restore.textContent = "Restore my text";
        var discard = document.createElement("button");
        discard.type = "button"; discard.className = "btn btn-sm btn-outline-dark"; discard.textContent = "Discard it";
        restore.addEventListener("click", function () {
            fields().forEach(function (f) { if (f.name in stored.values) { f.value = stored.values[f.name]; f.dispatchEvent(new Event("input", { bubbles: true })); } });
            banner.remove();
        });
        discard.addEventListener("click", function () { localStorage.removeItem(key); banner.remove(); });
        banner.append(text, restore, discard);
        form.parentNode.insertBefore(banner, form);
    } else if (stored) {
        localStorage.removeItem(key);
    }
    form.addEventListener("input", function () {
        localStorage.setItem(key, JSON.stringify({ at: Date.now(), values: snapshot() }));
    });
})();

// <a data-back> returns to the previous page (the error page's way back to a form whose text the browser kept).
document.querySelectorAll("[data-back]").forEach(function (link) {
    "use strict";
    link.addEventListener("click", function (event) { event.preventDefault(); window.history.back(); });
});

// <button data-print> opens the browser's print dialog (the print stylesheet hides navigation).
document.querySelectorAll("[data-print]").forEach(function (button) {
    "use strict";
    button.addEventListener("click", function () { window.print(); });
});

// A form is sent once: after the first submit its buttons are disabled (a tick later, so the clicked button's
// name and value still go with it) and further submits are ignored. The server refuses duplicates anyway; this
// spares people the "done at the same moment" page. Buttons come back if the page is shown again from history.
(function () {
    "use strict";
    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (event.defaultPrevented || !(form instanceof HTMLFormElement) || (form.method || "").toLowerCase() !== "post") { return; }
        if (form.hasAttribute("data-sending")) { event.preventDefault(); return; }
        form.setAttribute("data-sending", "");
        window.setTimeout(function () {
            form.querySelectorAll("button[type=submit], input[type=submit], button:not([type])").forEach(function (b) { b.disabled = true; b.setAttribute("aria-disabled", "true"); });
        }, 0);
    });
    window.addEventListener("pageshow", function () {
        document.querySelectorAll("form[data-sending]").forEach(function (form) {
            form.removeAttribute("data-sending");
            form.querySelectorAll("button, input[type=submit]").forEach(function (b) { b.disabled = false; b.removeAttribute("aria-disabled"); });
        });
    });

    // A table wider than its box says so above itself (the first column stays in view, see site.css).
    function markScrolling() {
        document.querySelectorAll(".table-responsive").forEach(function (box) {
            var hint = box.previousElementSibling;
            var scrolls = box.scrollWidth > box.clientWidth + 1;
            if (scrolls && !(hint && hint.classList.contains("scroll-hint"))) {
                box.insertAdjacentHTML("beforebegin", '<p class="scroll-hint small text-body-secondary mb-1">Scroll the table sideways for more columns &rarr;</p>');
            } else if (!scrolls && hint && hint.classList.contains("scroll-hint")) {
                hint.remove();
            }
        });
    }
    markScrolling();
    window.addEventListener("resize", markScrolling);

    // Amounts read as people write them: 250,000 (a "$" or spaces typed are dropped when the box is left).
    document.addEventListener("focusout", function (event) {
        var box = event.target;
        if (!box.matches || !box.matches("input[data-money]")) { return; }
        var plain = box.value.replace(/[$\s,]/g, "");
        if (plain === "" || !/^\d+(\.\d{0,2})?$/.test(plain)) { return; }
        var amount = Number(plain);
        var cents = amount % 1 !== 0;
        box.value = amount.toLocaleString("en-US", { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 });
    });
})();

// The reviewer's switch on a phone: one pane at a time (the proposal or the scores), the switch always at the
// top. A form sent back with errors opens on the scores. On a wide screen both panes show side by side.
(function () {
    var bar = document.querySelector("[data-review-switch]");
    if (!bar) return;
    var links = bar.querySelectorAll("[data-pane]");
    function show(id) {
        links.forEach(function (link) {
            var pane = document.getElementById(link.dataset.pane);
            var selected = link.dataset.pane === id;
            pane.classList.toggle("review-pane-hidden", !selected);
            link.classList.toggle("active", selected);
            link.setAttribute("aria-current", selected ? "true" : "false");
        });
    }
    links.forEach(function (link) {
        link.addEventListener("click", function (event) {
            event.preventDefault();
            show(link.dataset.pane);
            window.scrollTo(0, bar.offsetTop);
        });
    });
    var scores = document.getElementById("review-scores");
    show(scores && scores.querySelector(".is-invalid, .invalid-feedback.d-block") ? "review-scores" : "review-proposal");
})();

// The fundraising section's match totals follow what is typed: committed, pending, total and match per dollar
// requested, counting rows not marked for removal, as the server counts them when the section is saved.
(function () {
    document.querySelectorAll("[data-match-totals]").forEach(function (panel) {
        var form = document.getElementById(panel.dataset.for);
        if (!form) return;
        function amount(input) {
            var value = parseFloat(((input && input.value) || "").replace(/[$,\s]/g, ""));
            return isFinite(value) && value >= 0 ? value : 0;
        }
        function show(name, text) { panel.querySelector("[data-figure='" + name + "']").textContent = text; }
        function dollars(value) { return "$" + Math.round(value).toLocaleString("en-US"); }
        function update() {
            var committed = 0, pending = 0;
            form.querySelectorAll("[data-match-row]").forEach(function (row) {
                if (row.querySelector("[name$='.Remove']").checked) return;
                var value = amount(row.querySelector("[name$='.Amount']"));
                if (row.querySelector("[name$='.IsCommitted']").checked) committed += value; else pending += value;
            });
            var requested = amount(form.querySelector("[name='Form.AmountRequested']"));
            show("committed", dollars(committed));
            show("pending", dollars(pending));
            show("total", dollars(committed + pending));
            show("ratio", requested > 0 ? (Math.round((committed + pending) / requested * 100) / 100).toFixed(2) : "–");
        }
        form.addEventListener("input", update);
        form.addEventListener("change", update);
    });
})();
