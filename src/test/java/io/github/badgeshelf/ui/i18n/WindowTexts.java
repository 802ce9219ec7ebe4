package io.github.badgeshelf.ui.i18n;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * For the UI tests: every text a window shows or says (labels, texts, prompts, tooltips, accessible
 * texts), and a check of those texts against the English bundle. A text is English when it reads as
 * an English pattern whose translation differs (so "Hardcore" or "Demo", the same in every language,
 * and the server's data are never counted).
 */
public final class WindowTexts {
    private final List<Pattern> english = new ArrayList<>();
    private final List<String> englishKeys = new ArrayList<>();

    /** English patterns whose translation into {@code language} is different. */
    public WindowTexts(Locale language) {
        Properties en = MessagesBundleTest.load("messages.properties");
        Properties other = MessagesBundleTest.load(language.equals(Locale.forLanguageTag("pt-BR"))
                ? "messages_pt_BR.properties" : "messages_" + language.getLanguage() + ".properties");
        for (String key : en.stringPropertyNames()) {
            String value = en.getProperty(key);
            if (!value.equals(other.getProperty(key)) && hasWords(value)) {
                english.add(Pattern.compile(regexOf(value), Pattern.DOTALL));
                englishKeys.add(key);
            }
        }
    }

    /** Everything the scene under {@code root} shows or tells a screen reader, piece by piece. */
    public static Set<String> collect(Node root) {
        Set<String> texts = new LinkedHashSet<>();
        walk(root, texts);
        return texts;
    }

    private static void walk(Node node, Set<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            add(texts, labeled.getText());
        }
        if (node instanceof Text text) {
            add(texts, text.getText());
        }
        if (node instanceof TextInputControl input) {
            add(texts, input.getPromptText());
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            add(texts, control.getTooltip().getText());
        }
        // Tooltip.install on a plain node keeps the tooltip in the node's properties.
        Object installed = node.getProperties().get("javafx.scene.control.Tooltip");
        if (installed instanceof Tooltip tip) {
            add(texts, tip.getText());
        }
        add(texts, node.getAccessibleText());
        add(texts, node.getAccessibleHelp());
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, texts);
            }
        }
    }

    private static void add(Set<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }

    /** The texts (or the lines and " · " parts of them) that read as English, each with the key it matched. */
    public List<String> englishIn(Set<String> texts) {
        return englishIn(texts, Set.of());
    }

    /**
     * As {@link #englishIn(Set)}, not counting {@code data}: what the server sent (titles, console names
     * such as "Events", user names) stays as sent in every language.
     */
    public List<String> englishIn(Set<String> texts, Set<String> data) {
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            for (String piece : text.split("\n| · ")) {
                if (data.contains(piece.strip())) {
                    continue;
                }
                for (int i = 0; i < english.size(); i++) {
                    if (english.get(i).matcher(piece.strip()).matches()) {
                        found.add("\"" + piece.strip() + "\" (" + englishKeys.get(i) + ")");
                    }
                }
            }
        }
        return found;
    }

    private static boolean hasWords(String pattern) {
        // Letters outside the placeholders: a pattern of arguments and symbols alone says nothing English.
        return Pattern.compile("\\p{L}{2,}").matcher(pattern.replaceAll("\\{[^{}]*}", "")).find();
    }

    /** A MessageFormat pattern as a regular expression: literal text as is, arguments as anything, choices as alternatives. */
    static String regexOf(String pattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            if (open < 0) {
                out.append(Pattern.quote(pattern.substring(i)));
                break;
            }
            if (open > i) {
                out.append(Pattern.quote(pattern.substring(i, open)));
            }
            int close = matching(pattern, open);
            String inside = pattern.substring(open + 1, close);
            int choice = inside.indexOf(",choice,");
            if (choice < 0) {
                out.append(".+?");
            } else {
                List<String> options = new ArrayList<>();
                for (String option : topLevelSplit(inside.substring(choice + ",choice,".length()))) {
                    int hash = option.indexOf('#') >= 0 ? option.indexOf('#') : option.indexOf('<');
                    options.add(regexOf(option.substring(hash + 1)));
                }
                out.append("(?:").append(String.join("|", options)).append(')');
            }
            i = close + 1;
        }
        return out.toString();
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in " + s);
    }

    private static List<String> topLevelSplit(String choices) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < choices.length(); i++) {
            char c = choices.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(choices.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(choices.substring(start));
        return parts;
    }
}
