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
