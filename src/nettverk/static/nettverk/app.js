// nettverk's few behaviours beyond htmx: dismissible flashes, Ctrl+Enter to submit, and the
// contact picker of the quick log. Names are only ever set with textContent, never as markup.
"use strict";

(() => {
  document.addEventListener("click", (event) => {
    const close = event.target.closest("[data-dismiss]");
    if (close) close.closest(".flash")?.remove();
  });

  // In a textarea Enter makes a new line, so Ctrl/Cmd+Enter sends the form.
  document.addEventListener("keydown", (event) => {
    const field = event.target;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && field.form) {
      event.preventDefault();
      field.form.requestSubmit();
    }
  });

  // A filter form marked data-drop-empty sends (and pushes into the address bar) only the
  // filters in use, so a shared link reads /contacts/?function=finance.
  document.addEventListener("htmx:configRequest", (event) => {
    const form = event.detail.elt.closest("form[data-drop-empty]");
    if (!form || event.detail.verb !== "get") return;
    const formData = event.detail.formData;
    for (const [name, value] of [...formData.entries()]) {
      if (value === "") formData.delete(name);
    }
  });

  function chipFor(id, name, removeLabel) {
    const chip = document.createElement("span");
    chip.className = "chip";
    const label = document.createElement("span");
    label.textContent = name;
    const hidden = document.createElement("input");
    hidden.type = "hidden";
    hidden.name = "contacts";
    hidden.value = id;
    const remove = document.createElement("button");
    remove.type = "button";
    remove.dataset.remove = "";
    remove.setAttribute("aria-label", `${removeLabel} ${name}`);
    remove.textContent = "×";
    chip.append(label, hidden, remove);
    return chip;
  }

  function setUpPicker(root) {
    const input = root.querySelector("[data-picker-input]");
    const list = root.querySelector("[data-picker-options]");
    const chips = root.querySelector("[data-picker-chips]");
    const removeLabel = root.dataset.removeLabel || "Remove";
    let active = -1;
    // Suggestions on screen may answer older text; Enter picks only from an answer to this text.
    let requestedFor = "";
    let answeredFor = "";
    let pickWhenAnswered = false;

    const options = () => [...list.querySelectorAll("[role=option]")];

    const setActive = (index) => {
      const all = options();
      active = all.length ? (index + all.length) % all.length : -1;
      all.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
      if (active >= 0) input.setAttribute("aria-activedescendant", all[active].id);
      else input.removeAttribute("aria-activedescendant");
    };

    const close = () => {
      list.replaceChildren();
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    };

    const pick = (option) => {
      const id = option.dataset.id;
      if (!chips.querySelector(`input[value="${CSS.escape(id)}"]`)) {
        chips.append(chipFor(id, option.dataset.name, removeLabel));
      }
      input.value = "";
      close();
      input.focus();
    };

    root.addEventListener("htmx:afterSwap", () => {
      // A slow answer for text already picked or erased must not reopen the list.
      if (!input.value.trim()) return close();
      input.setAttribute("aria-expanded", String(options().length > 0));
      setActive(0);
      answeredFor = requestedFor;
      if (pickWhenAnswered && answeredFor === input.value && active >= 0) pick(options()[active]);
      pickWhenAnswered = false;
    });
    input.addEventListener("htmx:beforeRequest", () => {
      requestedFor = input.value;
    });

    // mousedown, not click: it fires before the input loses focus.
    list.addEventListener("mousedown", (event) => {
      const option = event.target.closest("[role=option]");
      if (!option) return;
      event.preventDefault();
      pick(option);
    });

    chips.addEventListener("click", (event) => {
      const remove = event.target.closest("[data-remove]");
      if (!remove) return;
      remove.closest(".chip").remove();
      input.focus();
    });

    input.addEventListener("keydown", (event) => {
      const all = options();
      if (event.key === "ArrowDown" && all.length) {
        event.preventDefault();
        setActive(active + 1);
      } else if (event.key === "ArrowUp" && all.length) {
        event.preventDefault();
        setActive(active - 1);
      } else if (event.key === "Enter" && !event.ctrlKey && !event.metaKey && input.value.trim()) {
        event.preventDefault();
        if (answeredFor === input.value && active >= 0) pick(all[active]);
        // Typed faster than the suggestions came: take the best match once it arrives.
        else pickWhenAnswered = true;
      } else if (event.key === "Escape" && all.length) {
        event.preventDefault();
        close();
      } else if (event.key === "Backspace" && !input.value) {
        chips.querySelector(".chip:last-of-type")?.remove();
      }
    });

    input.addEventListener("blur", () => setTimeout(close, 150));
  }

  const start = () => document.querySelectorAll("[data-picker]").forEach(setUpPicker);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
