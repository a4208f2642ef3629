using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PrivacyAnalyzers.Baseline
{
    /// <summary>
    /// <c>privacy-baseline.json</c> (docs/baseline.md): the findings a team accepted when it adopted the rules, one entry per
    /// rule, file, enclosing symbol and anchor, with how many findings it covers. Read by the suppressor, written and
    /// checked by the build task, which compiles this file too.
    /// </summary>
    internal sealed class PrivacyBaselineFile
    {
        public const int Version = 1;

        /// <summary>More identical findings in one declaration than any code has: a larger count is a typo.</summary>
        public const int MaxCount = 100000;

        public PrivacyBaselineFile(IReadOnlyList<BaselineEntry> entries) => Entries = entries;

        public IReadOnlyList<BaselineEntry> Entries { get; }

        /// <summary>The file's entries; a <see cref="JsonTextException"/> naming what is wrong and where when it is not a baseline.</summary>
        public static PrivacyBaselineFile Parse(string text)
        {
            if (JsonText.Parse(text) is not Dictionary<string, object?> root)
            {
                throw new JsonTextException("the baseline is not a JSON object", 1, 1);
            }

            if (!root.TryGetValue("version", out var version) || version is not double number || number != Version)
            {
                throw new JsonTextException($"\"version\" must be {Version}", 1, 1);
            }

            if (!root.TryGetValue("findings", out var findings) || findings is not List<object?> items)
            {
                throw new JsonTextException("\"findings\" must be a list of entries", 1, 1);
            }

            return new PrivacyBaselineFile(items.Select((item, index) => Entry(item, index)).ToList());
        }

        /// <summary>The file as it is written: entries sorted, two-space indents, one property per line, so a refresh without changes is no diff.</summary>
        public string Write()
        {
            var text = new StringBuilder();
            text.Append("{\n  \"version\": ").Append(Version).Append(",\n  \"findings\": [");
            var first = true;
            foreach (var entry in Entries.OrderBy(e => e.Key.File, StringComparer.Ordinal).ThenBy(e => e.Key.Rule, StringComparer.Ordinal)
                .ThenBy(e => e.Key.Symbol, StringComparer.Ordinal).ThenBy(e => e.Key.Anchor, StringComparer.Ordinal))
            {
                text.Append(first ? "\n" : ",\n");
                first = false;
                text.Append("    {\n");
                text.Append("      \"rule\": ").Append(JsonText.Quote(entry.Key.Rule)).Append(",\n");
                text.Append("      \"file\": ").Append(JsonText.Quote(entry.Key.File)).Append(",\n");
                text.Append("      \"symbol\": ").Append(JsonText.Quote(entry.Key.Symbol)).Append(",\n");
                text.Append("      \"anchor\": ").Append(JsonText.Quote(entry.Key.Anchor)).Append(",\n");
                text.Append("      \"message\": ").Append(JsonText.Quote(entry.Message)).Append(",\n");
                text.Append("      \"count\": ").Append(entry.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
                text.Append("    }");
            }

            text.Append(first ? "]\n}\n" : "\n  ]\n}\n");
            return text.ToString();
        }

        private static BaselineEntry Entry(object? item, int index)
        {
            var where = $"entry {index + 1}";
            if (item is not Dictionary<string, object?> entry)
            {
                throw new JsonTextException($"{where} is not an object", 1, 1);
            }

            string Text(string name) => entry.TryGetValue(name, out var value) && value is string text
                ? text
                : throw new JsonTextException($"{where} has no \"{name}\" string", 1, 1);

            var count = entry.TryGetValue("count", out var value) && value is double number && number >= 1 && number <= MaxCount && number == Math.Floor(number)
                ? (int)number
                : throw new JsonTextException($"{where} has no \"count\" from 1 to {MaxCount}", 1, 1);
            var message = entry.TryGetValue("message", out var m) && m is string text ? text : string.Empty;
            return new BaselineEntry(new BaselineKey(Text("rule"), Text("file"), Text("symbol"), Text("anchor")), message, count);
        }
    }

    /// <summary>What a finding is matched by: never its line, so edits around it do not re-open it.</summary>
    internal readonly struct BaselineKey : IEquatable<BaselineKey>
    {
        public BaselineKey(string rule, string file, string symbol, string anchor)
        {
            Rule = rule;
            File = file;
            Symbol = symbol;
            Anchor = anchor;
        }

        public string Rule { get; }

        /// <summary>Relative to the baseline's folder, with <c>/</c> separators.</summary>
        public string File { get; }

        /// <summary>The documentation id of the declaration the finding is in (<c>P:App.CreatorStats.ViewerIds</c>), or empty.</summary>
        public string Symbol { get; }

        /// <summary>What the rule found there: the member, the notification call, the endpoint.</summary>
        public string Anchor { get; }

        public bool Equals(BaselineKey other) =>
            string.Equals(Rule, other.Rule, StringComparison.Ordinal) && string.Equals(File, other.File, StringComparison.Ordinal)
            && string.Equals(Symbol, other.Symbol, StringComparison.Ordinal) && string.Equals(Anchor, other.Anchor, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is BaselineKey other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                return (((((StringComparer.Ordinal.GetHashCode(Rule) * 31) + StringComparer.Ordinal.GetHashCode(File)) * 31)
                    + StringComparer.Ordinal.GetHashCode(Symbol)) * 31) + StringComparer.Ordinal.GetHashCode(Anchor);
            }
        }

        public override string ToString() => $"{Rule} in {File} at {(Symbol.Length == 0 ? "(file)" : Symbol)}: {Anchor}";
    }

    /// <summary>An accepted finding: <see cref="Count"/> identical findings in one place are covered, one more is new.</summary>
    internal sealed class BaselineEntry
    {
        public BaselineEntry(BaselineKey key, string message, int count)
        {
            Key = key;
            Message = message;
            Count = count;
        }

        public BaselineKey Key { get; }

        /// <summary>The message of the finding, for the reviewer of the file; not matched, so rewording a rule re-opens nothing.</summary>
        public string Message { get; }

        public int Count { get; }
    }
}
